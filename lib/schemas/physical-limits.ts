// Physical ranges for every number that describes a model, a device or a measurement: one table
// for the zod schemas (forms, import, seed files, the estimator's API), the estimator's own guard
// (lib/estimate/shape-limits.ts) and the database's range triggers (the `hardening` migration,
// checked against this table by tests/integration/physical-limits.test.ts).
//
// Each bound is far above the largest real value (the catalog's largest, November 2026, in the
// comment) and low enough that no value can stall the estimator, whose loops run once per layer
// and per device, or overflow PostgreSQL's 32-bit `integer` columns (2³¹ − 1 = 2,147,483,647).

export const MODEL_LIMITS = {
  /** Transformer blocks (Llama 3.1 405B: 126). */
  layers: 1_000,
  /** Residual width (Llama 3.1 405B: 16,384). */
  hiddenSize: 65_536,
  /** FFN width (Llama 3.1 405B: 53,248). */
  intermediateSize: 1_048_576,
  /** Query and KV heads (Llama 3.1 405B: 128). */
  attentionHeads: 4_096,
  kvHeads: 4_096,
  /** Per-head width (Gemma: 256). */
  headDim: 4_096,
  /** Tokenizer vocabulary (Gemma 3: 262,208). */
  vocabSize: 4_194_304,
  /** Trained context in tokens (Llama 4 Scout: 10,485,760); also the bound on any token count. */
  contextLength: 16_777_216,
  slidingWindow: 16_777_216,
  globalLayerEvery: 1_000,
  /** Multi-head latent attention (DeepSeek V3: 512 + 64). */
  mlaKvLoraRank: 65_536,
  mlaRopeHeadDim: 4_096,
  /** Routed experts (DeepSeek V3: 256 total, 8 active). */
  expertsTotal: 4_096,
  expertsActive: 4_096,
  /** Parameters (DeepSeek R1: 6.71 × 10¹¹). */
  params: 1e13,
  /** A vision or audio projector file. */
  projectorBytes: 1e12,
} as const;

export const HARDWARE_LIMITS = {
  /** One device's memory (the catalog's largest: 512 GiB of unified memory); also what a unified machine's GPU may map. */
  memoryBytes: 1e15,
  /** GB/s (the catalog's fastest: 8,000). */
  bandwidthGBps: 100_000,
  /** Dense FP16 TFLOPS, the legacy figure the speed model reads (the catalog's fastest: 2,500). */
  fp16Tflops: 100_000,
  /** Any dense per-path peak in TFLOPS (floating point) or TOPS (INT8) (the catalog's fastest: FP4 on B300, 15,000). */
  peakTflops: 100_000,
  launchPriceUsd: 10_000_000,
  /** A street price in USD (the catalog's dearest: a few thousand; a server is below this). */
  streetPriceUsd: 10_000_000,
  /** CPU or GPU cores (the catalog's most: 96). */
  cores: 1_000_000,
} as const;

export const MEASUREMENT_LIMITS = {
  /** Devices in one measured setup (the catalog's most: 8). */
  deviceCount: 1_024,
  /** Any token count: prompt, depth, context. */
  tokens: MODEL_LIMITS.contextLength,
  /** Tokens per second, prompt or generation (the catalog's fastest: 11,107). */
  tokensPerSec: 10_000_000,
  memoryBytes: HARDWARE_LIMITS.memoryBytes,
} as const;

/** A published file (the catalog's largest: 404 GB); 10¹³ parameters at 8 bytes each fit. */
export const FILE_BYTES_LIMIT = 1e14;

/**
 * Characters no catalog text may hold: C0 and C1 control characters (NUL included) and the
 * bidirectional controls that can make text display in another order than it is stored
 * (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069). Multi-line fields still allow tab,
 * line feed and carriage return.
 */
export const FORBIDDEN_TEXT_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
export const FORBIDDEN_MULTILINE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
export const FORBIDDEN_TEXT_MESSAGE = 'control and bidirectional-override characters are not allowed';
