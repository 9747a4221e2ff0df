// What one quantized weight costs llama.cpp's CPU backend at decode, by the kind of kernel its ggml
// type takes. A CPU mat-vec dequantizes and dots every weight on the threads it has, so decode on a
// CPU can be compute-bound, and the cost per weight depends on the layout, not on the bits (block
// layouts: ggml/src/ggml-common.h; kernels: ggml/src/ggml-cpu/arch/{x86,arm}/quants.c):
//  - 'block': each weight's bits in one plane: Q4_0, Q4_1, Q8_0, Q4_K, and the 16-entry non-linear
//    tables that fit one SIMD register (IQ4_NL, IQ4_XS, MXFP4: a byte shuffle). Unpack, multiply-add.
//    The reference cost (the cpu backend's dequantFlopPerWeight).
//  - 'split': the bits split over a low and a high plane that must be merged per weight (Q5_0 and Q5_1
//    qh, Q5_K qh, Q6_K ql/qh, Q3_K's hmask).
//  - 'lowK': Q2_K: one 2-bit plane, but a 4-bit scale and a 4-bit min per 16 weights to unpack.
//  - 'grid': the I-quants below 4 bits (IQ1_*, IQ2_*, IQ3_*): each group of 8 weights (IQ1, IQ2) or
//    4 weights (IQ3) is an index into a codebook grid (iq1s_grid, iq2xxs_grid, iq2xs_grid, iq2s_grid:
//    8 bytes an entry; iq3xxs_grid, iq3s_grid: 4 bytes an entry) read one entry at a time, plus sign
//    bits expanded through sign tables (e.g. ggml_vec_dot_iq2_xs_q8_K). Those scalar gathers are the
//    extra work, so a weight costs the block cost plus one gather per GRID_ENTRY_WEIGHTS weights: an
//    IQ3 weight pays twice the gathers of an IQ2 weight.
// The factors of 'split' and 'lowK' and the cost of one gather, relative to a 'block' weight, are
// fitted (backends.ts: splitDotFactor, lowKDotFactor, gridEntryCost), never set by hand. Float
// weights have no dequantization term.

import type { BackendConstants } from './backends';
import { ggufBulkType, QUANT_FORMATS, type GgmlType } from './formats';

export const CPU_DOT_FAMILIES = ['float', 'block', 'split', 'lowK', 'grid'] as const;
export type CpuDotFamily = (typeof CPU_DOT_FAMILIES)[number];

/** The one definition: the CPU kernel family of every ggml type. */
export const CPU_DOT_FAMILY: Readonly<Record<GgmlType, CpuDotFamily>> = {
  F32: 'float',
  F16: 'float',
  BF16: 'float',
  Q8_0: 'block',
  Q4_0: 'block',
  Q4_1: 'block',
  Q5_0: 'split',
  Q5_1: 'split',
  IQ4_NL: 'block',
  MXFP4: 'block',
  Q4_K: 'block',
  Q5_K: 'split',
  Q6_K: 'split',
  IQ4_XS: 'block',
  Q2_K: 'lowK',
  Q3_K: 'split',
  IQ1_S: 'grid',
  IQ1_M: 'grid',
  IQ2_XXS: 'grid',
  IQ2_XS: 'grid',
  IQ2_S: 'grid',
  IQ3_XXS: 'grid',
  IQ3_S: 'grid',
};

/** Weights one codebook-grid entry holds, per grid type (ggml-common.h: uint64 grids of 8 int8, uint32 grids of 4). */
export const GRID_ENTRY_WEIGHTS: Readonly<Partial<Record<GgmlType, number>>> = {
  IQ1_S: 8,
  IQ1_M: 8,
  IQ2_XXS: 8,
  IQ2_XS: 8,
  IQ2_S: 8,
  IQ3_XXS: 4,
  IQ3_S: 4,
};

/** How a quant's bulk weights go through llama.cpp's CPU dot kernels. */
export interface CpuDot {
  family: CpuDotFamily;
  /** Codebook entries gathered per weight (0 outside the grid family). */
  gathersPerWeight: number;
}

function bulkTypeOf(quant: string): GgmlType | null {
  return ggufBulkType(quant) ?? (quant === 'MXFP4' ? 'MXFP4' : null);
}

/** The CPU kernel of a quant's bulk weights; null for formats llama.cpp's CPU backend does not run (GPTQ, AWQ, MLX). */
export function cpuDotOf(quant: string): CpuDot | null {
  if (QUANT_FORMATS[quant]?.family === 'float') return { family: 'float', gathersPerWeight: 0 };
  const bulk = bulkTypeOf(quant);
  if (!bulk) return null;
  const family = CPU_DOT_FAMILY[bulk];
  const entry = family === 'grid' ? GRID_ENTRY_WEIGHTS[bulk] : undefined;
  return { family, gathersPerWeight: entry ? 1 / entry : 0 };
}

/** The CPU kernel family of a quant's bulk weights; null for formats llama.cpp's CPU backend does not run (GPTQ, AWQ, MLX). */
export function cpuDotFamily(quant: string): CpuDotFamily | null {
  return cpuDotOf(quant)?.family ?? null;
}

/** The cost of one weight relative to a 'block' weight under a backend's constants (1 where the kernel has no cost of its own). */
export function cpuDotFactor(dot: CpuDot | null, c: BackendConstants): number {
  if (dot?.family === 'lowK') return c.lowKDotFactor;
  if (dot?.family === 'split') return c.splitDotFactor;
  if (dot?.family === 'grid') return 1 + c.gridEntryCost * dot.gathersPerWeight;
  return 1;
}
