// The 2026 measurement files (fixtures/reference/speed_2026.csv, memory_2026.csv) read as the
// estimator's terms. Their rows name models and hardware as the catalog does, so they resolve
// against the catalog (prisma/seed), not against a table of their own: a row whose model or device
// the catalog lacks is "not scorable yet" and becomes scorable when the catalog gains it, with no
// code change. Rows the estimator is not meant to predict are excluded, each class with its reason.

import { matchGpuName } from '../catalog/gpu-names';
import type { ChoiceModel } from './choice';
import { normalizeQuant } from './formats';
import type { CsvRow } from './csv';
import type { DeviceKind, HardwareSpec, KvCacheType, Runtime } from './types';

/** A catalog device as the harness needs it: its names, and the machine it makes with `count` of it. */
export interface ReferenceMachine {
  slug: string;
  name: string;
  kind: DeviceKind;
  memoryBytes: number;
  bandwidthGBps: number;
  fp16Tflops: number | null;
  /** The machine the estimator sees: `count` devices beside the host's RAM (a Mac's own unified memory). */
  machine: (count: number) => HardwareSpec;
}

/** The catalog the 2026 rows resolve against (built from prisma/seed by lib/data/reference-data.ts). */
export interface ReferenceCatalog {
  models: (ChoiceModel & { slug: string; name: string; publisher: string; family: string })[];
  machines: ReferenceMachine[];
}

/** Why a row is not scored. `later`: the catalog lacks its model or device; `excluded`: not what the estimator predicts. */
export interface RowSkip {
  kind: 'later' | 'excluded' | 'unreadable';
  reason: string;
}

/**
 * The first Transformers release whose Qwen3-MoE block runs only the experts the router selected
 * (huggingface/transformers#38133, "Skip non-selected experts for qwen3_moe", reviewed 2025-06-02, so
 * after 4.52): before it, Qwen3MoeSparseMoeBlock.forward looped `for expert_idx in range(num_experts)`,
 * and at batch 1 each of the 128 iterations ran a torch.where on the one-hot mask (a device-to-host
 * sync) and the expert MLP's launches on zero tokens. Mixtral and Qwen2-MoE got the same change
 * earlier (#32429). Today's Transformers runs routed experts only (v5's experts backends: a loop over
 * the selected experts, or one grouped GEMM), which is what the estimator models.
 */
const TRANSFORMERS_ROUTED_EXPERTS_ONLY = [4, 53] as const;

/** The version a row's backend names after `tool` ("HF Transformers 4.51.3" → [4, 51, 3]), or null when it names none. */
function toolVersion(tool: string, backend: string): number[] | null {
  const m = new RegExp(`${tool}\\s+v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?`, 'i').exec(backend);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : null;
}

/** `version` is an earlier release than `first` (missing parts read as 0). */
function releasedBefore(version: readonly number[], first: readonly number[]): boolean {
  for (let i = 0; i < first.length; i++) {
    if ((version[i] ?? 0) !== first[i]) return (version[i] ?? 0) < first[i]!;
  }
  return false;
}

/** The Transformers version a row's backend names ("HF Transformers 4.51.3" → [4, 51, 3]), or null when it names none. */
export function transformersVersion(backend: string): number[] | null {
  return toolVersion('transformers', backend);
}

/** The row's Transformers loops over every expert of a MoE layer (a release before TRANSFORMERS_ROUTED_EXPERTS_ONLY). */
export function loopsOverEveryExpert(backend: string): boolean {
  const v = transformersVersion(backend);
  return v !== null && releasedBefore(v, TRANSFORMERS_ROUTED_EXPERTS_ONLY);
}

/**
 * The first vLLM release that captures decode steps in CUDA graphs (vllm-project/vllm#1926, "Optimize
 * model execution with CUDA graph", reviewed 2023-12-17, first released in 0.2.6). Before it every decode step
 * launched each layer's kernels eagerly from Python, a per-token host cost several times today's, and
 * GPTQ/AWQ ran the early kernels of that time; the estimator's vLLM terms describe the graph-captured
 * engine (0.2.6 to today's V1).
 */
const VLLM_CUDA_GRAPHS = [0, 2, 6] as const;

/** The vLLM version a row's backend names ("vLLM 0.6.3" → [0, 6, 3], "vLLM 0.2.0+ (git main …)" → [0, 2, 0]), or null when it names none. */
export function vllmVersion(backend: string): number[] | null {
  return toolVersion('vllm', backend);
}

/** The row's vLLM ran every decode step eagerly (a release before VLLM_CUDA_GRAPHS). */
export function vllmBeforeCudaGraphs(backend: string): boolean {
  const v = vllmVersion(backend);
  return v !== null && releasedBefore(v, VLLM_CUDA_GRAPHS);
}

/** The exclusion classes, each with the reason a reader sees. */
export const EXCLUDED = {
  runtime: (name: string): RowSkip => ({ kind: 'excluded', reason: `runtime the estimator does not model (${name})` }),
  fork: { kind: 'excluded', reason: 'a fork or unmerged branch flagged not mainline: not what users run' } as RowSkip,
  tensorSplit: { kind: 'excluded', reason: 'llama.cpp -sm tensor or MLX tensor parallelism across machines: split modes the estimator does not model' } as RowSkip,
  serving: { kind: 'excluded', reason: 'serving benchmark with several requests in flight (mean above 1.5): batched decode, not the single-stream speed the estimator predicts' } as RowSkip,
  modified: { kind: 'excluded', reason: 'modified hardware (overclocked, power-limited or unlocked): the catalog describes stock devices' } as RowSkip,
  samePool: { kind: 'excluded', reason: 'the same pool from the same inputs as an earlier row of its source (runs that differ only in settings the pool does not depend on, such as max_model_len or the KV cache type): one measurement, scored once' } as RowSkip,
  gpuBackendUnknown: { kind: 'excluded', reason: 'llama.cpp GPU backend not recorded on AMD or Intel (ROCm, SYCL or Vulkan run at different speeds)' } as RowSkip,
  cpuOnGpuMachine: { kind: 'excluded', reason: 'CPU-only run on a machine the catalog lists by its GPU (its CPU bandwidth and cores are not in the catalog)' } as RowSkip,
  format: (name: string): RowSkip => ({ kind: 'excluded', reason: `weight format the estimator does not model (${name})` }),
  ambiguousHardware: { kind: 'excluded', reason: 'hardware configuration not stated (several catalog entries with different speeds fit the name)' } as RowSkip,
  ambiguousModel: { kind: 'excluded', reason: 'model name fits several catalog models' } as RowSkip,
  paramsMismatch: { kind: 'excluded', reason: 'the printed parameter count differs from the catalog model the name matches (a different model)' } as RowSkip,
  handSplit: { kind: 'excluded', reason: 'a layer split chosen by hand (-ngl N below all layers, --n-cpu-moe N): the estimator places layers itself' } as RowSkip,
  beyondContext: { kind: 'excluded', reason: "measured beyond the model's trained context (the estimator caps the context there)" } as RowSkip,
  cpuBandwidthUnknown: { kind: 'excluded', reason: 'CPU-only run whose memory (type, channels, speed) the source does not state: decode reads the system bandwidth, so the row cannot judge it' } as RowSkip,
  vllmEager: {
    kind: 'excluded',
    reason: `vLLM before ${VLLM_CUDA_GRAPHS.join('.')}: every decode step ran eagerly, without CUDA graphs (a different per-token host cost from the engine the estimator models)`,
  } as RowSkip,
  transformersExpertLoop: {
    kind: 'excluded',
    reason: `MoE model on Transformers before ${TRANSFORMERS_ROUTED_EXPERTS_ONLY.join('.')}: its MoE block loops over every expert of a layer at batch 1, not only the routed ones (a different implementation from today's)`,
  } as RowSkip,
};
export const LATER = {
  model: { kind: 'later', reason: 'not scorable yet: model missing from the catalog' } as RowSkip,
  hardware: { kind: 'later', reason: 'not scorable yet: hardware missing from the catalog' } as RowSkip,
};

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

/** Words that never tell two catalog models apart: a base and its instruct tune share the architecture. */
const MODEL_OPTIONAL_WORDS = new Set(['instruct', 'it', 'chat', 'base', 'the']);

function modelWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s\-_/,]+/)
    .filter((w) => w !== '' && !MODEL_OPTIONAL_WORDS.has(w));
}

/**
 * Words a name may carry or leave out for this model: its publisher's name ("NVIDIA Nemotron 3 Nano"
 * is "Nemotron 3 Nano"), except words the family's name also uses ("Mistral" in "Mistral 7B").
 */
function optionalWordsOf(model: { publisher: string; family: string }): Set<string> {
  const family = new Set(modelWords(model.family));
  return new Set(modelWords(model.publisher).filter((w) => !family.has(w)));
}

/** The catalog model a row names: exact name or slug, else the same identifying words (parenthesised notes, "Instruct"/"IT" and the publisher's name aside). */
export function resolveModel(text: string, catalog: ReferenceCatalog): { ok: true; model: ReferenceCatalog['models'][number] } | { ok: false; skip: RowSkip } {
  const lower = text.trim().toLowerCase();
  const exact = catalog.models.find((m) => m.name.toLowerCase() === lower || m.slug === lower);
  if (exact) return { ok: true, model: exact };
  const words = modelWords(text);
  const hits = words.length === 0 ? [] : catalog.models.filter((m) => {
    const optional = optionalWordsOf(m);
    const identifying = (list: string[]) => list.filter((w) => !optional.has(w)).join(' ');
    const typed = identifying(words);
    return typed !== '' && typed === identifying(modelWords(m.name));
  });
  if (hits.length === 1) return { ok: true, model: hits[0]! };
  return { ok: false, skip: hits.length > 1 ? EXCLUDED.ambiguousModel : LATER.model };
}

/** Same speed figures: entries that differ only in memory size (the speed model cannot tell them apart). */
const sameSpeed = (a: ReferenceMachine, b: ReferenceMachine) => a.kind === b.kind && a.bandwidthGBps === b.bandwidthGBps && a.fp16Tflops === b.fp16Tflops;

/** One device name → a catalog entry: exact name or slug, else the forgiving GPU-name match on the name without its notes, plus the memory size and GPU core count the notes state. */
function resolveDevice(text: string, catalog: ReferenceCatalog): { ok: true; machine: ReferenceMachine } | { ok: false; skip: RowSkip } {
  // "X class": a machine built on X's chip and memory (an OEM GB10 box for the DGX Spark) runs at X's speed.
  const typed = text.trim().replace(/^\d+\s*x\s+/i, '').replace(/\s+class(?=\s*(?:\(|$))/i, '');
  const lower = typed.toLowerCase();
  const exact = catalog.machines.find((m) => m.name.toLowerCase() === lower || m.slug === lower);
  if (exact) return { ok: true, machine: exact };
  const notes = [...typed.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!).join(' ');
  const memories = new Set([...notes.matchAll(/(\d+(?:\.\d+)?)\s*GB\b/gi)].map((m) => m[1]));
  const cores = new Set([...notes.matchAll(/(\d+)-core GPU/gi)].map((m) => m[1]));
  let query = typed.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (memories.size === 1 && !/\d\s*GB\b/i.test(query)) query += ` ${[...memories][0]} GB`;
  if (cores.size === 1) query += ` ${[...cores][0]}-core GPU`;
  const match = matchGpuName(query, catalog.machines);
  if (match.ok) return { ok: true, machine: catalog.machines.find((m) => m.slug === match.slug)! };
  if (match.reason === 'ambiguous') {
    const candidates = match.suggestions.map((s) => catalog.machines.find((m) => m.slug === s.slug)!);
    // Entries that differ only in memory run at one speed: take the largest (the row ran, so it fit).
    if (candidates.every((c) => sameSpeed(c, candidates[0]!))) return { ok: true, machine: candidates.reduce((a, b) => (b.memoryBytes > a.memoryBytes ? b : a)) };
    return { ok: false, skip: EXCLUDED.ambiguousHardware };
  }
  return { ok: false, skip: LATER.hardware };
}

/** A row's hardware → the machine the estimator sees ("A + B (mixed pair)" → both GPUs). */
export function resolveHardware(text: string, count: number, catalog: ReferenceCatalog): { ok: true; hardware: HardwareSpec; machines: ReferenceMachine[] } | { ok: false; skip: RowSkip } {
  if (/overclock|power[- ]limit|unlocked|mining/i.test(text)) return { ok: false, skip: EXCLUDED.modified };
  // Split on " + " outside parentheses only: a note may add figures ("15.0 GiB weights + 22.0 GiB KV").
  const parts = text.replace(/\((?:mixed pair)\)/i, '').split(/\s\+\s(?![^(]*\))/);
  const machines: ReferenceMachine[] = [];
  for (const part of parts) {
    const r = resolveDevice(part, catalog);
    if (!r.ok) return r;
    machines.push(r.machine);
  }
  if (machines.length === 1) return { ok: true, hardware: machines[0]!.machine(Math.max(1, count)), machines };
  // A mixed pair: one of each, beside the first machine's host memory.
  const host = machines[0]!.machine(1);
  return { ok: true, hardware: { ...host, devices: machines.flatMap((m) => m.machine(1).devices) }, machines };
}

/** Unsloth dynamic quants print as their base type; the real size comes from `model_size_as_printed`. */
const UNSLOTH_BASE: Record<string, string> = {
  'UD-Q2_K_XL': 'Q2_K', 'UD-Q3_K_XL': 'Q3_K_M', 'UD-Q3_K_S': 'Q3_K_S', 'UD-Q4_K_XL': 'Q4_K_M', 'UD-Q5_K_XL': 'Q5_K_M', 'UD-Q6_K_XL': 'Q6_K', 'UD-Q8_K_XL': 'Q8_0', 'UD-IQ2_XXS': 'IQ2_XXS',
};

/** A row's quant label → the estimator's format name. */
export function resolveQuant(raw: string): { ok: true; quant: string } | { ok: false; skip: RowSkip } {
  const label = raw.replace(/\(.*$/, '').trim();
  const upper = label.toUpperCase();
  if (UNSLOTH_BASE[upper]) return { ok: true, quant: UNSLOTH_BASE[upper] };
  const mlx = /^MLX\s+(\d+)-BIT/.exec(upper);
  if (mlx) {
    const q = normalizeQuant(`MLX-${mlx[1]}BIT`);
    return q ? { ok: true, quant: q } : { ok: false, skip: EXCLUDED.format(label) };
  }
  if (/^MLX\s+MXFP4/.test(upper)) return { ok: true, quant: 'MXFP4' };
  // compressed-tensors W4A16: 4-bit weights in groups of 128, the GPTQ layout.
  if (upper === 'W4A16') return { ok: true, quant: 'GPTQ-INT4' };
  const q = normalizeQuant(label);
  return q ? { ok: true, quant: q } : { ok: false, skip: EXCLUDED.format(label) };
}

/** The runtime and llama.cpp GPU backend a row's `backend` names (`gpuBackend: 'unknown'` when llama.cpp's GPU backend is not recorded). */
export function resolveBackend(backend: string): { ok: true; runtime: Runtime; gpuBackend: 'vulkan' | 'vendor' | 'unknown'; cpuOnly: boolean } | { ok: false; skip: RowSkip } {
  if (/gpt-fast/i.test(backend)) return { ok: false, skip: EXCLUDED.runtime('gpt-fast') };
  if (/sglang/i.test(backend)) return { ok: false, skip: EXCLUDED.runtime('SGLang') };
  if (/\bMLC\b/.test(backend)) return { ok: false, skip: EXCLUDED.runtime('MLC LLM') };
  if (/\bfork\b|not mainline/i.test(backend)) return { ok: false, skip: EXCLUDED.fork };
  if (/-sm tensor|tensor parallelism|\bTP\d/i.test(backend)) return { ok: false, skip: EXCLUDED.tensorSplit };
  if (/vllm/i.test(backend)) return { ok: true, runtime: 'vllm', gpuBackend: 'vendor', cpuOnly: false };
  if (/transformers/i.test(backend)) return { ok: true, runtime: 'transformers', gpuBackend: 'vendor', cpuOnly: false };
  if (/\bmlx\b/i.test(backend)) return { ok: true, runtime: 'mlx', gpuBackend: 'vendor', cpuOnly: false };
  const cpuOnly = /\bCPU\b/.test(backend);
  if (/ollama/i.test(backend)) return { ok: true, runtime: 'ollama', gpuBackend: 'vendor', cpuOnly };
  if (/llama\.cpp/i.test(backend)) {
    const gpu = /vulkan/i.test(backend) ? 'vulkan' : /cuda|rocm|hip|metal|sycl/i.test(backend) || cpuOnly ? 'vendor' : 'unknown';
    return { ok: true, runtime: 'llama.cpp', gpuBackend: gpu, cpuOnly };
  }
  return { ok: false, skip: { kind: 'unreadable', reason: 'backend not understood' } };
}

/** A prompt processed (N tokens after D already in the cache) and tokens generated (N after D). */
export interface SpeedTests {
  prefill?: { promptTokens: number; depthTokens: number };
  decode?: { generatedTokens: number; depthTokens: number };
}

/** A short prompt where a source gives no length (chat-style probes, "short prompt"): 128 tokens, and 128 generated. Assumption. */
const SHORT_PROMPT_TOKENS = 128;
/** llama-bench's default generation length (-n 128). */
const LLAMA_BENCH_GENERATED = 128;
/** llmfit's prompts are 12–60 tokens: their middle. */
const LLMFIT_PROMPT_TOKENS = 36;

function thousands(s: string): number {
  const m = /([\d.]+)\s*K/i.exec(s);
  return m ? Math.round(Number(m[1]) * 1000) : Number(s);
}

/** Depth a `context_or_depth` cell states ("depth 32768", "depth ~12.7K"), else null. */
function statedDepth(contextOrDepth: string): number | null {
  const m = /depth\s*~?\s*([\d.]+\s*K?)/i.exec(contextOrDepth);
  return m ? thousands(m[1]!) : null;
}

/**
 * The `test` cell (and `context_or_depth` where the test leaves the depth out) → what was measured.
 * llama-bench names (`pp512 / tg128`, `pp2048 @ d32768 / tg32 @ d32768`, `tg`) and the phrases other
 * tools use (see fixtures/reference/README.md). Null: not understood.
 */
export function parseSpeedTest(test: string, contextOrDepth: string): SpeedTests | null {
  const raw = test.trim();
  let m: RegExpExecArray | null;
  if ((m = /generate (\d+) tokens from (\d+)-token prompt/i.exec(raw))) return { decode: { generatedTokens: Number(m[1]), depthTokens: Number(m[2]) } };
  if ((m = /^ISL (\d+) \/ OSL (\d+)/i.exec(raw))) return { prefill: { promptTokens: Number(m[1]), depthTokens: 0 }, decode: { generatedTokens: Number(m[2]), depthTokens: Number(m[1]) } };
  if ((m = /prompt ([\d.]+K) tokens \(pp\) then up to (\d+) generated/i.exec(raw))) {
    const p = thousands(m[1]!);
    return { prefill: { promptTokens: p, depthTokens: 0 }, decode: { generatedTokens: Number(m[2]), depthTokens: p } };
  }
  if ((m = /short prompt \((\d+) tokens\), up to (\d+) generated/i.exec(raw))) return { decode: { generatedTokens: Number(m[2]), depthTokens: Number(m[1]) } };
  if ((m = /prompt (\d+) tokens, (\d+) generated/i.exec(raw))) return { prefill: { promptTokens: Number(m[1]), depthTokens: 0 }, decode: { generatedTokens: Number(m[2]), depthTokens: Number(m[1]) } };
  if ((m = /(\d+)-token prompt, up to (\d+) output tokens/i.exec(raw))) return { decode: { generatedTokens: Number(m[2]), depthTokens: Number(m[1]) } };
  if (/llmfit bench/i.test(raw)) {
    const out = /~(\d+) output tokens/i.exec(contextOrDepth);
    return { decode: { generatedTokens: out ? Number(out[1]) : 300, depthTokens: LLMFIT_PROMPT_TOKENS } };
  }
  if (/vllm bench serve/i.test(raw)) {
    const io = /mean input (\d+) tok, mean output (\d+) tok/i.exec(contextOrDepth);
    return { decode: io ? { generatedTokens: Number(io[2]), depthTokens: Number(io[1]) } : { generatedTokens: SHORT_PROMPT_TOKENS, depthTokens: SHORT_PROMPT_TOKENS } };
  }
  // llama-bench style: parts separated by "/", each ppN or tgN with an optional "@ dD".
  const clean = raw.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const parts = clean.split('/').map((p) => p.trim());
  const tests: SpeedTests = {};
  let llamaBench = parts.length > 0;
  for (const part of parts) {
    const t = /^(pp|tg)(\d+)?(?:\s*@\s*d(\d+))?$/i.exec(part);
    if (!t) {
      llamaBench = false;
      break;
    }
    const n = t[2] ? Number(t[2]) : t[1]!.toLowerCase() === 'tg' ? LLAMA_BENCH_GENERATED : NaN;
    const d = t[3] ? Number(t[3]) : 0;
    if (!(n > 0)) return null;
    if (t[1]!.toLowerCase() === 'pp') {
      if (tests.prefill) return null; // two prompt lengths for one pp_tps cell
      tests.prefill = { promptTokens: n, depthTokens: d };
    } else {
      if (tests.decode) return null;
      tests.decode = { generatedTokens: n, depthTokens: d };
    }
  }
  if (llamaBench) return tests;
  if (/decode|eval rate|generation tok\/s|output tokens\/s/i.test(raw)) {
    return { decode: { generatedTokens: SHORT_PROMPT_TOKENS, depthTokens: statedDepth(contextOrDepth) ?? SHORT_PROMPT_TOKENS } };
  }
  return null;
}

/** Settings a row states: flash attention, ubatch, KV cache type, requests in flight, a hand-chosen layer split, CPU threads. */
export interface RowSettings {
  flashAttention?: boolean;
  /** CPU threads the run used (`-t N`, `threads N`, `N threads`), or null. */
  threads: number | null;
  ubatch: number | null;
  kvCacheType?: KvCacheType;
  meanInFlight: number | null;
  handSplit: boolean;
  /** llama.cpp's tensor split mode (-sm tensor, "tensor parallel"), which the estimator does not model (only under llama.cpp). */
  llamaCppTensorSplit: boolean;
  /**
   * The llama.cpp build number the row states ("build 83bc2f28 (6077)", "build b4008", "b10549"), or null.
   * Null for Intel's IPEX-LLM build too: it carries Intel's own SYCL kernels, so the upstream build it
   * names says nothing about them (its Q4_0 decode ran 72.7 t/s on an A770 where upstream b3999 ran 42.1).
   */
  llamaCppBuild: number | null;
  /** The row names a llama.cpp SYCL build without GGML_SYCL_F16 ("SYCL (FP32)"). */
  syclFp32Gemm: boolean;
  /** A llama-server run that states no -ngl: the server's --fit chose the GPU layers (EstimateInput.llamaServerFit). */
  serverFit: boolean;
}

/** A llama.cpp build number as llama-bench prints it ("build <commit> (N)") or as a release tag ("bN"). */
export function llamaCppBuildOf(text: string): number | null {
  const m = /\bbuild\s+[0-9a-f]{6,}\s+\((\d{3,5})\)|\bbuild\s+(\d{3,5})\b|\bb(\d{4,5})\b/i.exec(text);
  return m ? Number(m[1] ?? m[2] ?? m[3]) : null;
}

export function parseSettings(...texts: string[]): RowSettings {
  const text = texts.join('; ');
  let flashAttention: boolean | undefined;
  if (/\bfa\s*[:=]?\s*1\b|-fa\s+(?:1|on)\b|flash_attn\s*=\s*1|\bFA on\b|FlashAttention Yes/i.test(text)) flashAttention = true;
  else if (/\bfa\s*[:=]?\s*0\b|flash_attn\s*=\s*0|\bno FA\b|FlashAttention No/i.test(text)) flashAttention = false;
  const ub = /n_ubatch\s*(\d+)|-ub\s+(\d+)|microbatch\s+(\d+)/i.exec(text);
  const kv = /\bKV\s+(q4_0|q8_0|f16)\b|\b(q4_0|q8_0|f16)\s+KV\b/i.exec(text);
  // "mean requests in flight = 1 req/s x (mean output x TPOT) = 10.7": the last figure of the clause.
  const flightClause = /in flight([^;]*)/i.exec(text)?.[1] ?? '';
  const flight = [...flightClause.matchAll(/=\s*([\d.]+)/g)].pop();
  const threads = /(?:^|[\s(;,])(?:-t|--threads|threads)\s+(\d+)\b|\b(\d+)\s+threads\b/i.exec(text);
  return {
    flashAttention,
    threads: threads ? Number(threads[1] ?? threads[2]) : null,
    ubatch: ub ? Number(ub[1] ?? ub[2] ?? ub[3]) : null,
    kvCacheType: kv ? ((kv[1] ?? kv[2])!.toLowerCase() as KvCacheType) : undefined,
    meanInFlight: flight ? Number(flight[1]) : null,
    handSplit: /--n-cpu-moe\s+\d+|-ngl\s+\d+\s*\(partial/i.test(text),
    llamaCppTensorSplit: /-sm\s+tensor|tensor parallel/i.test(text),
    llamaCppBuild: /IPEX-LLM/i.test(text) ? null : llamaCppBuildOf(text),
    syclFp32Gemm: /\bSYCL \(FP32\)/i.test(text),
    serverFit: /llama-server/i.test(text) && !/(?:^|[\s(;,])-?-?ngl\b|--n-gpu-layers|--gpu-layers|--n-cpu-moe|--cpu-moe|-ot\b|--override-tensor|--fit\s+off|-fit\s+off/i.test(text),
  };
}

/** llama-bench's "55.79 GiB / 29.94 B …": the file size in bytes and the parameter count, where printed in GiB/MiB and B. */
export function printedSize(text: string): { fileBytes: number | null; params: number | null } {
  const gib = /([\d.]+)\s*GiB/.exec(text);
  const mib = /([\d.]+)\s*MiB/.exec(text);
  const params = /\/\s*([\d.]+)\s*B\b/.exec(text);
  return {
    fileBytes: gib ? Number(gib[1]) * GiB : mib ? Number(mib[1]) * MiB : null,
    params: params ? Number(params[1]) * 1e9 : null,
  };
}

/** A row's `source_id`, or the empty string. */
export const sourceIdOf = (r: CsvRow): string => (r.source_id ?? '').trim();
