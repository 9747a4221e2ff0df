// Quality loss of a quant, scaled by model size, and a size-vs-bits comparison score.

import { modelShape } from './model-shape';
import { normalizeQuant, UNSLOTH_DYNAMIC_BASE } from './formats';
import type { ModelSpec, Quality, QualityLabel } from './types';

/** MLX affine 4-bit g64, placed between Q4_1 and Q4_0 of the scoreboard below. */
const MLX_AFFINE_4BIT_LOSS = 0.074;

/**
 * Round-to-nearest with a per-group scale: each extra bit halves the step, so the noise power (and,
 * to first order, the perplexity increase) falls 4× per bit. The scoreboard's own RTN pairs agree:
 * Q4_0 → Q5_0 falls 3.6×, Q4_1 → Q5_1 4.2×.
 */
function mlxAffineLoss(bits: number): number {
  return MLX_AFFINE_4BIT_LOSS * Math.pow(4, 4 - bits);
}

/**
 * Relative perplexity increase over FP16 for Llama 3 8B (the reference model), i.e. ΔPPL / PPL.
 * Source: llama.cpp tools/perplexity/README.md "LLaMA 3 8b Scoreboard" (wikitext-2, RTX 4090,
 * PPL(f16) = 6.2332), no-imatrix rows where present; i-quants use the imatrix rows (they need one).
 * Non-GGUF formats: GPTQ/AWQ 4-bit g128 from Huang et al. 2024 "How Good Are Low-bit Quantized
 * LLaMA3 Models?" (LLaMA3-8B wikitext-2: FP16 6.1, GPTQ 6.5, AWQ 6.6 at 4 bits); bitsandbytes NF4
 * and MLX affine 4-bit g64 placed between Q4_1 and Q4_0 of the scoreboard (same round-to-nearest
 * family); 8-bit formats at the Q8_0 level; EXL2 at the nearest k-quant of equal bits. MLX affine
 * 5- and 6-bit follow from the 4-bit figure by round-to-nearest noise (mlxAffineLoss).
 */
const REFERENCE_LOSS_8B: Record<string, number> = {
  F32: 0,
  F16: 0,
  BF16: 0,
  Q8_0: 0.00043,
  Q6_K: 0.00349,
  Q6_K_L: 0.0033,
  Q5_K_M: 0.00914,
  Q5_K_L: 0.0088,
  Q5_K_S: 0.01684,
  Q5_1: 0.01704,
  Q5_0: 0.02111,
  Q4_K_M: 0.02815,
  Q4_K_L: 0.0272,
  Q4_K_S: 0.04314,
  IQ4_NL: 0.03593,
  IQ4_XS: 0.03659,
  Q4_1: 0.07237,
  Q4_0: 0.07516,
  Q3_K_L: 0.08924,
  Q3_K_XL: 0.086,
  Q3_K_M: 0.10538,
  IQ3_M: 0.10696,
  IQ3_S: 0.11773,
  IQ3_XS: 0.14943,
  IQ3_XXS: 0.19682,
  Q3_K_S: 0.26185,
  IQ2_M: 0.38009,
  Q2_K: 0.56471,
  Q2_K_L: 0.54,
  Q2_K_S: 0.49608,
  IQ2_S: 0.54854,
  IQ2_XS: 0.72672,
  IQ2_XXS: 1.26101,
  IQ1_M: 3.09025,
  IQ1_S: 8.32117,
  FP8: 0.003,
  INT8: 0.002,
  'GPTQ-INT8': 0.002,
  'MLX-8BIT': 0.001,
  'GPTQ-INT4': 0.066,
  'AWQ-INT4': 0.082,
  INT4: 0.07,
  'MLX-4BIT': MLX_AFFINE_4BIT_LOSS,
  'MLX-5BIT': mlxAffineLoss(5),
  'MLX-6BIT': mlxAffineLoss(6),
  'EXL2-4.0BPW': 0.045,
  'EXL2-6.0BPW': 0.004,
  MXFP4: 0.075,
};

/**
 * Size scaling: loss ∝ (params / 8e9)^-α with α = 0.1. Fitted on the same README's Llama 2 7B vs
 * 70B rows (Q4_K_M +1.42 % vs +1.20 %, Q2_K +10.8 % vs +8.8 %, Q6_K +0.24 % vs +0.16 %): larger
 * models degrade less, but only mildly.
 */
const SIZE_EXPONENT = 0.1;

/**
 * ln(PPL) falls ≈ 0.227 per unit of ln(params) across a model family: Llama 2 7B → 70B goes
 * 5.79 → 3.43 wikitext-2 PPL (same README tables) = ln(1.69) / ln(10).
 */
const LOG_PPL_PER_LOG_PARAMS = 0.227;

/** Parameters that set quality: dense count, or √(total·active) for MoE (common dense-equivalent rule). */
function qualityParams(m: ModelSpec): number {
  const moe = modelShape(m).moe !== null && m.activeParams > 0 && m.activeParams < m.totalParams;
  return moe ? Math.sqrt(m.totalParams * m.activeParams) : m.totalParams;
}

export function relativeLoss(quantRaw: string, m: ModelSpec): number {
  const named = normalizeQuant(quantRaw) ?? quantRaw.toUpperCase();
  // An Unsloth dynamic quant keeps sensitive layers at more bits than its base preset: the base's loss bounds it.
  const q = UNSLOTH_DYNAMIC_BASE[named] ?? named;
  let base = REFERENCE_LOSS_8B[q] ?? 0.1;
  // gpt-oss was trained with MXFP4 experts: the released weights are the reference.
  if (q === 'MXFP4' && modelShape(m).moe !== null && /gpt-oss/i.test(`${m.slug ?? ''} ${m.name ?? ''}`)) base = 0;
  const p = Math.max(1e8, qualityParams(m));
  return base * Math.pow(p / 8e9, -SIZE_EXPONENT);
}

function qualityLabel(loss: number): QualityLabel {
  if (loss <= 0.002) return 'lossless';
  if (loss <= 0.015) return 'near-lossless';
  if (loss <= 0.05) return 'small loss';
  if (loss <= 0.2) return 'noticeable loss';
  return 'heavy loss';
}

/**
 * Dense-equivalent parameter count after quantization: the size whose 16-bit perplexity equals
 * this model's quantized perplexity, using ln PPL = c − 0.227·ln N. Compare models with
 * effectiveQualityScore = log10(that count): 70B at Q2_K ≈ 10.5 beats 8B at Q8_0 ≈ 9.9.
 */
function effectiveParams(m: ModelSpec, quant: string): number {
  const loss = relativeLoss(quant, m);
  return qualityParams(m) * Math.exp(-Math.log1p(loss) / LOG_PPL_PER_LOG_PARAMS);
}

export function effectiveQualityScore(m: ModelSpec, quant: string): number {
  return Math.log10(Math.max(1, effectiveParams(m, quant)));
}

export function qualityFor(quant: string, m: ModelSpec): Quality {
  const loss = relativeLoss(quant, m);
  const eff = effectiveParams(m, quant);
  return {
    relativeLoss: loss,
    label: qualityLabel(loss),
    effectiveQualityScore: Math.log10(Math.max(1, eff)),
    effectiveParams: eff,
  };
}
