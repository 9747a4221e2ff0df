// Storage formats: ggml block sizes, llama.cpp preset composition rules and the table of
// quant names the estimator accepts.

import { LLAMA_CPP_RUNTIMES, RUNTIMES, type FormatFamily, type Runtime } from '../enums';

/**
 * ggml tensor types: elements per block and bytes per block.
 * Source: ggml/src/ggml-common.h block structs (block_q4_K = 2 halfs + 12 scale bytes + 128 quant
 * bytes per 256 weights, and so on) and the type_traits table in ggml/src/ggml.c.
 */
export const GGML_TYPES = {
  F32: { block: 1, bytes: 4 },
  F16: { block: 1, bytes: 2 },
  BF16: { block: 1, bytes: 2 },
  Q8_0: { block: 32, bytes: 34 },
  Q4_0: { block: 32, bytes: 18 },
  Q4_1: { block: 32, bytes: 20 },
  Q5_0: { block: 32, bytes: 22 },
  Q5_1: { block: 32, bytes: 24 },
  IQ4_NL: { block: 32, bytes: 18 },
  MXFP4: { block: 32, bytes: 17 },
  Q2_K: { block: 256, bytes: 84 },
  Q3_K: { block: 256, bytes: 110 },
  Q4_K: { block: 256, bytes: 144 },
  Q5_K: { block: 256, bytes: 176 },
  Q6_K: { block: 256, bytes: 210 },
  IQ1_S: { block: 256, bytes: 50 },
  IQ1_M: { block: 256, bytes: 56 },
  IQ2_XXS: { block: 256, bytes: 66 },
  IQ2_XS: { block: 256, bytes: 74 },
  IQ2_S: { block: 256, bytes: 82 },
  IQ3_XXS: { block: 256, bytes: 98 },
  IQ3_S: { block: 256, bytes: 110 },
  IQ4_XS: { block: 256, bytes: 136 },
} as const;
export type GgmlType = keyof typeof GGML_TYPES;

export function ggmlBits(t: GgmlType): number {
  const s = GGML_TYPES[t];
  return (s.bytes * 8) / s.block;
}

export interface QuantFormat {
  name: string;
  /** The catalog's format family; 'int' is bitsandbytes (LLM.int8, NF4). */
  family: FormatFamily;
  /** Nominal bits per weight of the bulk (linear) weights. */
  bits: number;
  runtimes: readonly Runtime[];
  description: string;
}

const GGUF_RUNTIMES: readonly Runtime[] = LLAMA_CPP_RUNTIMES;
const HF_RUNTIMES: readonly Runtime[] = ['vllm', 'transformers'];
const ALL_RUNTIMES: readonly Runtime[] = RUNTIMES;

/** llama.cpp presets: default tensor type of the preset (llama-quant.cpp, ftype → default_type). */
const GGUF_PRESET_BASE: Record<string, GgmlType> = {
  F32: 'F32',
  F16: 'F16',
  BF16: 'BF16',
  Q8_0: 'Q8_0',
  Q6_K: 'Q6_K',
  Q5_K_M: 'Q5_K',
  Q5_K_S: 'Q5_K',
  Q5_1: 'Q5_1',
  Q5_0: 'Q5_0',
  Q4_K_M: 'Q4_K',
  Q4_K_S: 'Q4_K',
  Q4_1: 'Q4_1',
  Q4_0: 'Q4_0',
  IQ4_NL: 'IQ4_NL',
  IQ4_XS: 'IQ4_XS',
  Q3_K_L: 'Q3_K',
  Q3_K_M: 'Q3_K',
  Q3_K_S: 'Q3_K',
  IQ3_M: 'IQ3_S',
  IQ3_S: 'IQ3_S',
  IQ3_XS: 'IQ3_S',
  IQ3_XXS: 'IQ3_XXS',
  Q2_K: 'Q2_K',
  Q2_K_S: 'Q2_K',
  IQ2_M: 'IQ2_S',
  IQ2_S: 'IQ2_XS',
  IQ2_XS: 'IQ2_XS',
  IQ2_XXS: 'IQ2_XXS',
  IQ1_M: 'IQ1_M',
  IQ1_S: 'IQ1_S',
};

/** Publisher variants (bartowski "_L"/"_XL"): the preset with token_embd and output kept at Q8_0. */
const GGUF_Q8_EMBED_VARIANTS: Record<string, string> = {
  Q6_K_L: 'Q6_K',
  Q5_K_L: 'Q5_K_M',
  Q4_K_L: 'Q4_K_M',
  Q3_K_XL: 'Q3_K_L',
  Q2_K_L: 'Q2_K',
};

/**
 * Unsloth Dynamic 2.0 quants (docs.unsloth.ai/basics/unsloth-dynamic-2.0-ggufs): a llama.cpp preset
 * with layers Unsloth found sensitive kept at more bits, chosen per model. Their layout is not a rule
 * we can restate, so the estimate composes the base preset and the published file size (when the
 * catalog has one) replaces it; the base preset's quality loss is an upper bound.
 */
export const UNSLOTH_DYNAMIC_BASE: Readonly<Record<string, string>> = {
  'UD-Q8_K_XL': 'Q8_0',
  'UD-Q6_K_XL': 'Q6_K',
  'UD-Q5_K_XL': 'Q5_K_M',
  'UD-Q4_K_XL': 'Q4_K_M',
  'UD-Q3_K_XL': 'Q3_K_M',
  'UD-Q2_K_XL': 'Q2_K',
  'UD-IQ4_XS': 'IQ4_XS',
  'UD-IQ3_XXS': 'IQ3_XXS',
  'UD-IQ2_M': 'IQ2_M',
  'UD-IQ2_XXS': 'IQ2_XXS',
  'UD-IQ1_M': 'IQ1_M',
  'UD-IQ1_S': 'IQ1_S',
};

/** The ggml type of a llama.cpp quant's bulk weights (Q4_K_M → Q4_K, IQ3_M → IQ3_S), or null for a name that is no GGUF preset. */
export function ggufBulkType(quant: string): GgmlType | null {
  const preset = UNSLOTH_DYNAMIC_BASE[quant] ?? quant;
  return GGUF_PRESET_BASE[preset] ?? GGUF_PRESET_BASE[GGUF_Q8_EMBED_VARIANTS[preset] ?? ''] ?? null;
}

function gguf(name: string, description: string): QuantFormat {
  const base = ggufBulkType(name) ?? 'Q4_K';
  return { name, family: 'gguf', bits: ggmlBits(base), runtimes: GGUF_RUNTIMES, description };
}

/** Every quant name the estimator accepts, keyed by canonical (upper-case) name. */
export const QUANT_FORMATS: Readonly<Record<string, QuantFormat>> = Object.freeze({
  F32: { name: 'F32', family: 'float', bits: 32, runtimes: ALL_RUNTIMES, description: '32-bit float' },
  F16: { name: 'F16', family: 'float', bits: 16, runtimes: ALL_RUNTIMES, description: '16-bit float' },
  BF16: { name: 'BF16', family: 'float', bits: 16, runtimes: ALL_RUNTIMES, description: 'bfloat16' },
  Q8_0: gguf('Q8_0', '8-bit, blocks of 32 with an fp16 scale'),
  Q6_K: gguf('Q6_K', '6-bit k-quant'),
  Q5_K_M: gguf('Q5_K_M', '5-bit k-quant, half of attn_v/ffn_down at Q6_K'),
  Q5_K_S: gguf('Q5_K_S', '5-bit k-quant'),
  Q5_1: gguf('Q5_1', 'legacy 5-bit with offset'),
  Q5_0: gguf('Q5_0', 'legacy 5-bit'),
  Q4_K_M: gguf('Q4_K_M', '4-bit k-quant, half of attn_v/ffn_down at Q6_K, output Q6_K'),
  Q4_K_S: gguf('Q4_K_S', '4-bit k-quant'),
  Q4_1: gguf('Q4_1', 'legacy 4-bit with offset'),
  Q4_0: gguf('Q4_0', 'legacy 4-bit'),
  IQ4_NL: gguf('IQ4_NL', '4-bit non-linear, blocks of 32'),
  IQ4_XS: gguf('IQ4_XS', '4-bit non-linear, super-blocks of 256'),
  Q3_K_L: gguf('Q3_K_L', '3-bit k-quant, attn_v/ffn_down/attn_output at Q5_K'),
  Q3_K_M: gguf('Q3_K_M', '3-bit k-quant, attn_v/ffn_down/attn_output at Q4_K'),
  Q3_K_S: gguf('Q3_K_S', '3-bit k-quant'),
  IQ3_M: gguf('IQ3_M', '3-bit i-quant mix'),
  IQ3_S: gguf('IQ3_S', '3.44-bit i-quant'),
  IQ3_XS: gguf('IQ3_XS', '3-bit i-quant mix'),
  IQ3_XXS: gguf('IQ3_XXS', '3.06-bit i-quant'),
  Q2_K: gguf('Q2_K', '2-bit k-quant, attn_v/ffn_down at Q3_K/Q4_K'),
  Q2_K_S: gguf('Q2_K_S', '2-bit k-quant, small'),
  IQ2_M: gguf('IQ2_M', '2.7-bit i-quant mix'),
  IQ2_S: gguf('IQ2_S', '2.5-bit i-quant mix'),
  IQ2_XS: gguf('IQ2_XS', '2.31-bit i-quant'),
  IQ2_XXS: gguf('IQ2_XXS', '2.06-bit i-quant'),
  IQ1_M: gguf('IQ1_M', '1.75-bit i-quant'),
  IQ1_S: gguf('IQ1_S', '1.56-bit i-quant'),
  Q6_K_L: gguf('Q6_K_L', 'Q6_K with Q8_0 embeddings and output (bartowski)'),
  Q5_K_L: gguf('Q5_K_L', 'Q5_K_M with Q8_0 embeddings and output (bartowski)'),
  Q4_K_L: gguf('Q4_K_L', 'Q4_K_M with Q8_0 embeddings and output (bartowski)'),
  Q3_K_XL: gguf('Q3_K_XL', 'Q3_K_L with Q8_0 embeddings and output (bartowski)'),
  Q2_K_L: gguf('Q2_K_L', 'Q2_K with Q8_0 embeddings and output (bartowski)'),
  ...Object.fromEntries(Object.entries(UNSLOTH_DYNAMIC_BASE).map(([name, base]) => [name, gguf(name, `Unsloth Dynamic 2.0 on ${base}: sensitive layers kept at more bits`)])),
  MXFP4: {
    name: 'MXFP4',
    family: 'mxfp4',
    bits: ggmlBits('MXFP4'),
    runtimes: ALL_RUNTIMES,
    description: 'OCP microscaling FP4 (E2M1, 32-element blocks, shared E8M0 scale) on MoE experts',
  },
  FP8: { name: 'FP8', family: 'fp8', bits: 8, runtimes: HF_RUNTIMES, description: 'FP8 E4M3 weights, per-channel scales' },
  INT8: { name: 'INT8', family: 'int', bits: 8, runtimes: ['transformers'], description: 'bitsandbytes LLM.int8()' },
  INT4: { name: 'INT4', family: 'int', bits: 4.5, runtimes: ['transformers'], description: 'bitsandbytes NF4, blocks of 64' },
  'GPTQ-INT4': { name: 'GPTQ-INT4', family: 'gptq', bits: 4, runtimes: HF_RUNTIMES, description: 'GPTQ 4-bit, group 128' },
  'GPTQ-INT8': { name: 'GPTQ-INT8', family: 'gptq', bits: 8, runtimes: HF_RUNTIMES, description: 'GPTQ 8-bit, group 128' },
  'AWQ-INT4': { name: 'AWQ-INT4', family: 'awq', bits: 4, runtimes: HF_RUNTIMES, description: 'AWQ 4-bit, group 128' },
  'EXL2-4.0BPW': { name: 'EXL2-4.0BPW', family: 'exl2', bits: 4, runtimes: [], description: 'ExLlamaV2, 4.0 bits per weight' },
  'EXL2-6.0BPW': { name: 'EXL2-6.0BPW', family: 'exl2', bits: 6, runtimes: [], description: 'ExLlamaV2, 6.0 bits per weight' },
  'MLX-4BIT': { name: 'MLX-4BIT', family: 'mlx', bits: 4, runtimes: ['mlx', 'lm-studio', 'exo'], description: 'mlx-lm affine 4-bit, group 64' },
  'MLX-5BIT': { name: 'MLX-5BIT', family: 'mlx', bits: 5, runtimes: ['mlx', 'lm-studio', 'exo'], description: 'mlx-lm affine 5-bit, group 64' },
  'MLX-6BIT': { name: 'MLX-6BIT', family: 'mlx', bits: 6, runtimes: ['mlx', 'lm-studio', 'exo'], description: 'mlx-lm affine 6-bit, group 64' },
  'MLX-8BIT': { name: 'MLX-8BIT', family: 'mlx', bits: 8, runtimes: ['mlx', 'lm-studio', 'exo'], description: 'mlx-lm affine 8-bit, group 64' },
});

const ALIASES: Record<string, string> = {
  FP16: 'F16',
  FP32: 'F32',
  AWQ: 'AWQ-INT4',
  'GPTQ-4BIT': 'GPTQ-INT4',
  'GPTQ-8BIT': 'GPTQ-INT8',
  'MLX-4': 'MLX-4BIT',
  'MLX-5': 'MLX-5BIT',
  'MLX-6': 'MLX-6BIT',
  'MLX-8': 'MLX-8BIT',
  Q4_K: 'Q4_K_M',
  Q5_K: 'Q5_K_M',
  Q3_K: 'Q3_K_M',
  MXFP4_MOE: 'MXFP4',
};

/** Canonical quant name for a user string (case-insensitive), or null when unknown. */
export function normalizeQuant(raw: string): string | null {
  const key = raw.trim().toUpperCase().replace(/\s+/g, '');
  if (key in QUANT_FORMATS) return key;
  const alias = ALIASES[key];
  return alias ?? null;
}

export interface TensorCtx {
  /** llama.cpp tensor role. */
  role: 'token_embd' | 'output' | 'attn_q' | 'attn_k' | 'attn_v' | 'attn_output' | 'attn_other' | 'ffn_gate' | 'ffn_up' | 'ffn_down';
  layer: number;
  nLayers: number;
  /** ne[0]: the row length the block size must divide. */
  cols: number;
  nGqa: number;
  nExpert: number;
  /** llama.cpp's LLM_TYPE_70B (80-layer Llama/Qwen2 family). */
  is70B: boolean;
  /** True when the model has no separate output tensor (tied embeddings). */
  tied: boolean;
  /** MoE expert tensor (3-D in GGUF). */
  expert: boolean;
}

/** use_more_bits() of llama-quant.cpp: first and last eighth of layers plus every third in between. */
function moreBits(i: number, n: number): boolean {
  const e = Math.trunc(n / 8);
  return i < e || i >= Math.trunc((7 * n) / 8) || (i - e) % 3 === 2;
}

// Presets whose i-quants are always made with an importance matrix (llama.cpp refuses IQ1/IQ2
// without one; publishers use it for all IQ files), which changes a few fallbacks below.
const IMATRIX_PRESETS = new Set(['IQ1_S', 'IQ1_M', 'IQ2_XXS', 'IQ2_XS', 'IQ2_S', 'IQ2_M', 'IQ3_XXS', 'IQ3_XS', 'IQ3_S', 'IQ3_M', 'IQ4_XS', 'IQ4_NL']);
const IQ_LOW = new Set(['IQ2_XXS', 'IQ2_XS', 'IQ1_S', 'IQ2_S', 'IQ2_M', 'IQ1_M']);

/**
 * Tensor type a llama.cpp preset gives one tensor. Restates the decision rules of
 * llama_tensor_get_type() in src/llama-quant.cpp (ggml-org/llama.cpp, 2025), including the
 * fallback when the row length is not a multiple of the block size.
 */
export function ggufTensorType(preset: string, t: TensorCtx): GgmlType {
  const dynamicBase = UNSLOTH_DYNAMIC_BASE[preset];
  if (dynamicBase) return ggufTensorType(dynamicBase, t);
  const q8Embed = GGUF_Q8_EMBED_VARIANTS[preset];
  if (q8Embed) {
    if (t.role === 'token_embd' || t.role === 'output') return 'Q8_0';
    return ggufTensorType(q8Embed, t);
  }
  const base = GGUF_PRESET_BASE[preset];
  if (!base) return 'F16';
  if (base === 'F32' || base === 'F16' || base === 'BF16') return base;
  const imatrix = IMATRIX_PRESETS.has(preset);
  let ty: GgmlType = base;
  const { role, layer: i, nLayers: n } = t;
  if (role === 'output' || (role === 'token_embd' && t.tied)) {
    if (t.cols % GGML_TYPES[base].block !== 0) ty = 'Q8_0';
    else if (IQ_LOW.has(preset) || preset === 'IQ3_XXS') ty = 'Q5_K';
    else if (base !== 'Q8_0') ty = 'Q6_K';
  } else if (role === 'token_embd') {
    if (preset === 'IQ2_XXS' || preset === 'IQ2_XS' || preset === 'IQ1_S' || preset === 'IQ1_M') ty = 'Q2_K';
    else if (preset === 'IQ2_S' || preset === 'IQ2_M' || preset === 'IQ3_XXS') ty = 'IQ3_S';
  } else if (IQ_LOW.has(preset)) {
    const s3 = preset === 'IQ2_S' || preset === 'IQ2_M';
    if (role === 'attn_v') ty = t.nGqa >= 4 || t.nExpert >= 4 ? 'Q4_K' : s3 ? 'IQ3_S' : 'Q2_K';
    else if (role === 'attn_k' && t.nExpert === 8) ty = 'Q4_K';
    else if (role === 'ffn_down') {
      if (i < Math.trunc(n / 8)) ty = s3 ? 'IQ3_S' : 'Q2_K';
    } else if (role === 'attn_output') {
      if (t.nExpert === 8) ty = 'Q5_K';
      else if (preset === 'IQ1_S' || preset === 'IQ1_M') ty = 'IQ2_XXS';
      else if (s3) ty = 'IQ3_S';
    }
  } else if (role === 'attn_v') {
    if (preset === 'Q2_K') ty = t.nGqa >= 4 ? 'Q4_K' : 'Q3_K';
    else if (preset === 'Q2_K_S' && t.nGqa >= 4) ty = 'Q4_K';
    else if (preset === 'IQ3_XXS') ty = t.nGqa >= 4 ? 'Q4_K' : imatrix ? 'IQ3_XXS' : 'IQ3_S';
    else if ((preset === 'IQ3_XS' || preset === 'IQ3_S') && t.nGqa >= 4) ty = 'Q4_K';
    else if (preset === 'IQ3_M') ty = 'Q4_K';
    else if (preset === 'Q3_K_M') ty = i < 2 ? 'Q5_K' : 'Q4_K';
    else if (preset === 'Q3_K_L') ty = 'Q5_K';
    else if ((preset === 'IQ4_NL' || preset === 'IQ4_XS') && t.nGqa >= 4) ty = 'Q5_K';
    else if ((preset === 'Q4_K_M' || preset === 'Q5_K_M') && moreBits(i, n)) ty = 'Q6_K';
    else if (preset === 'Q4_K_S' && i < 4) ty = 'Q5_K';
    if (t.is70B && (ty === 'Q3_K' || ty === 'Q4_K')) ty = 'Q5_K';
    if (t.nExpert === 8) ty = 'Q8_0';
  } else if (role === 'attn_k') {
    if (t.nExpert === 8) ty = 'Q8_0';
    else if (preset === 'IQ3_XS') ty = 'IQ3_XXS';
    else if (preset === 'IQ3_XXS') ty = 'IQ2_S';
  } else if (role === 'attn_q') {
    if (preset === 'IQ3_XS') ty = 'IQ3_XXS';
    else if (preset === 'IQ3_XXS') ty = 'IQ2_S';
  } else if (role === 'ffn_down') {
    if (preset === 'Q2_K') ty = 'Q3_K';
    else if (preset === 'Q2_K_S') {
      if (i < Math.trunc(n / 8)) ty = 'Q4_K';
    } else if (preset === 'IQ3_XXS' && !imatrix) ty = i < Math.trunc(n / 8) ? 'Q4_K' : 'Q3_K';
    else if (preset === 'Q3_K_M') ty = i < Math.trunc(n / 16) ? 'Q5_K' : 'Q4_K';
    else if (preset === 'IQ3_M' && (i < Math.trunc(n / 8) || (t.nExpert === 8 && moreBits(i, n)))) ty = 'Q4_K';
    else if (preset === 'Q3_K_L') ty = 'Q5_K';
    else if (preset === 'Q4_K_M') {
      if (moreBits(i, n)) ty = 'Q6_K';
    } else if (i < Math.trunc(n / 8) && (preset === 'IQ4_NL' || preset === 'IQ4_XS') && !imatrix) ty = 'Q5_K';
    else if (preset === 'Q5_K_M' && moreBits(i, n)) ty = 'Q6_K';
    else if (preset === 'Q4_K_S' && i < Math.trunc(n / 8)) ty = 'Q5_K';
  } else if (role === 'attn_output') {
    if (t.nExpert === 8) {
      if (['Q2_K', 'IQ3_XS', 'IQ3_XXS', 'Q3_K_S', 'Q3_K_M', 'IQ4_NL', 'Q4_K_S', 'Q4_K_M', 'IQ3_S', 'IQ3_M', 'IQ4_XS'].includes(preset)) ty = 'Q5_K';
    } else if (preset === 'Q2_K') ty = 'Q3_K';
    else if (preset === 'IQ3_XXS') ty = 'IQ3_S';
    else if (preset === 'Q3_K_M') ty = 'Q4_K';
    else if (preset === 'Q3_K_L') ty = 'Q5_K';
    else if (preset === 'IQ3_M') ty = 'Q4_K';
  } else if ((role === 'ffn_gate' || role === 'ffn_up') && preset === 'IQ3_XS') {
    if (i >= Math.trunc(n / 8) && i < Math.trunc((7 * n) / 8)) ty = 'IQ3_XXS';
  }
  return blockFallback(ty, t.cols);
}

/** When the row length is not a multiple of the block, llama.cpp substitutes a compatible type. */
function blockFallback(ty: GgmlType, cols: number): GgmlType {
  if (cols % GGML_TYPES[ty].block === 0) return ty;
  let alt: GgmlType;
  switch (ty) {
    case 'Q4_K':
      alt = 'Q5_0';
      break;
    case 'Q5_K':
      alt = 'Q5_1';
      break;
    case 'Q6_K':
      alt = 'Q8_0';
      break;
    default:
      alt = 'IQ4_NL';
  }
  return cols % GGML_TYPES[alt].block === 0 ? alt : 'F16';
}

/**
 * The GGUF quants people pick most, most bits first: the ladder the recommender estimates from the
 * tensor shapes when no file is published, and the rows the pages list for every model.
 */
export const COMMON_GGUF_QUANTS = ['Q8_0', 'Q6_K', 'Q5_K_M', 'Q4_K_M', 'Q3_K_M', 'IQ3_M', 'Q2_K'] as const;

/** Formats a reader can pick in a form: every format some runtime loads, most bits first. */
export function pickableQuants(): string[] {
  return Object.values(QUANT_FORMATS)
    .filter((f) => f.runtimes.length > 0)
    .sort((a, b) => b.bits - a.bits || (a.name < b.name ? -1 : 1))
    .map((f) => f.name);
}
