import { describe, expect, it } from 'vitest';
import { SPEED_CONSTANTS } from './backends';
import { buildEstimateInput, estimateChoice } from './choice';
import { speedFeaturesFor } from './estimate';
import { CPU_DOT_FAMILY, GRID_ENTRY_WEIGHTS, cpuDotFactor, cpuDotFamily, cpuDotOf } from './cpu-dot';
import { GGML_TYPES, QUANT_FORMATS, ggufBulkType } from './formats';
import type { HardwareSpec } from './types';
import { SEED_CATALOG as C } from '@/tests/support/seed-catalog';

const GiB = 1024 ** 3;
const cpu = SPEED_CONSTANTS.backends.cpu;
/** Quants whose CPU kernels cost more per weight than Q4_K (measured 1.2–3.7× slower on CPUs, fixtures/reference SOURCES-2026.md). */
const COSTLY = ['IQ3_M', 'IQ3_XXS', 'IQ2_M', 'IQ2_XS', 'IQ2_XXS', 'Q2_K'];

describe('cpu-dot: the CPU kernel family of each format', () => {
  it('every ggml type has a family, and exactly the codebook types have a grid entry size', () => {
    expect(Object.keys(CPU_DOT_FAMILY).sort()).toEqual(Object.keys(GGML_TYPES).sort());
    const grids = Object.entries(CPU_DOT_FAMILY).filter(([, f]) => f === 'grid').map(([t]) => t).sort();
    expect(Object.keys(GRID_ENTRY_WEIGHTS).sort()).toEqual(grids);
  });

  it('reads the family off the preset’s bulk type', () => {
    expect(cpuDotFamily('Q4_K_M')).toBe('block');
    expect(cpuDotFamily('Q4_0')).toBe('block');
    expect(cpuDotFamily('IQ4_XS')).toBe('block');
    expect(cpuDotFamily('Q6_K')).toBe('split');
    expect(cpuDotFamily('Q3_K_M')).toBe('split');
    expect(cpuDotFamily('Q2_K')).toBe('lowK');
    expect(cpuDotFamily('IQ3_M')).toBe('grid');
    expect(cpuDotFamily('UD-IQ2_XXS')).toBe('grid');
    expect(cpuDotFamily('F16')).toBe('float');
    expect(cpuDotFamily('GPTQ-INT4')).toBeNull();
    expect(cpuDotOf('IQ3_M')!.gathersPerWeight).toBe(1 / 4);
    expect(cpuDotOf('IQ2_M')!.gathersPerWeight).toBe(1 / 8);
  });

  it('every GGUF quant the estimator accepts has a family (no name reaches the speed model unclassified)', () => {
    for (const [name, f] of Object.entries(QUANT_FORMATS)) {
      if (f.family !== 'gguf') continue;
      if (ggufBulkType(name) === null && name !== 'MXFP4') continue;
      expect(cpuDotFamily(name), name).not.toBeNull();
    }
  });

  it('the committed fit prices low-bit K-quants, split-plane formats and grid gathers above a block weight', () => {
    // What the measurements say (M2 Max, 2–8 threads); if a refit says otherwise this fails and the law below goes with it.
    expect(cpu.lowKDotFactor).toBeGreaterThan(1);
    expect(cpu.splitDotFactor).toBeGreaterThan(1);
    expect(cpu.gridEntryCost).toBeGreaterThan(0);
    expect(cpuDotFactor(cpuDotOf('IQ3_M'), cpu)).toBeGreaterThan(cpuDotFactor(cpuDotOf('IQ2_M'), cpu));
    // Other backends have no CPU kernel factor.
    expect(cpuDotFactor(cpuDotOf('IQ3_M'), SPEED_CONSTANTS.backends.metal)).toBe(1);
  });
});

/** A CPU-only machine: `cores` cores at `bandwidthGBps`. */
function cpuMachine(cores: number, bandwidthGBps: number): HardwareSpec {
  return {
    devices: [{ name: 'test CPU', kind: 'cpu', memoryBytes: 64 * GiB, bandwidthGBps, fp16Tflops: null, cores, count: 1 }],
    systemMemoryBytes: 64 * GiB,
    systemBandwidthGBps: bandwidthGBps,
  };
}

const decode = (model: (typeof C.models)[number], quant: string, hardware: HardwareSpec) => {
  const e = estimateChoice({ model, quant, runtime: 'llama.cpp', hardware, contextTokens: 4096 });
  return e.speed && e.fit === 'cpu-only' ? { tps: e.speed.decodeTokensPerSec.expected, bytes: e.fileBytes } : null;
};

const dense = C.models.filter((m) => m.activeParams === m.totalParams && m.totalParams >= 1e9 && m.totalParams <= 14e9);

describe('CPU decode: costlier kernels are not drawn as free bytes', () => {
  it('in the measured regime (4 cores of an M2 Max, its 400 GB/s SoC memory) IQ3/IQ2 and Q2_K decode slower than Q4_K_M of the same model', () => {
    // Measured there: IQ3_S 0.28×, IQ2_XXS 0.48×, Q2_K_S 0.78× the tokens/s of Q4_K_S (ik_readme_2024_07, 4 threads).
    const hw = cpuMachine(4, 400);
    let compared = 0;
    for (const m of dense) {
      const base = decode(m, 'Q4_K_M', hw);
      if (!base) continue;
      for (const q of COSTLY) {
        const d = decode(m, q, hw);
        if (!d) continue;
        compared++;
        expect(d.tps, `${m.slug} ${q} vs Q4_K_M`).toBeLessThan(base.tps);
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});

describe('CPU decode: the weights a token multiplies belong to the model, not to its format', () => {
  // Decode streams the layers' active weights and the output block, and a CPU dequantizes and dots each
  // of those weights: their count is the model's, whatever the format's bits. Counting them by the file's
  // average bits went wrong wherever the input layer, which a token only looks up, is stored at other bits:
  // Gemma 4 E4B's per-layer embedding table (2.8B parameters kept at Q6_K) put its Q2_K at 2.6B weights
  // a token against 4.0B at Q8_0, so its Q2_K decoded faster than its Q4_K_M.
  const QUANTS = ['Q2_K', 'Q3_K_M', 'Q4_K_M', 'Q5_K_M', 'Q6_K', 'Q8_0'];
  const hw = { ...cpuMachine(8, 100), systemMemoryBytes: 256 * GiB };
  /** Weights the CPU segments dequantize per token at depth 0 (no cache to read besides a recurrent state). */
  const multiplied = (model: (typeof C.models)[number], quant: string) => {
    const built = buildEstimateInput({ model, quant, runtime: 'llama.cpp', hardware: hw, contextTokens: 4096, depthTokens: 0 });
    const f = speedFeaturesFor(built.input);
    return f ? f.decode.reduce((sum, s) => sum + s.quantParams, 0) : null;
  };
  // A recurrent state (linear attention, Mamba) is read every token at any depth and rides in the same bytes.
  const stateless = C.models.filter((m) => m.architecture.linear === null && m.architecture.mamba === null && m.totalParams <= 40e9);

  it('every K-quant of a model counts the same weights, from a published file or computed', () => {
    let compared = 0;
    for (const m of stateless) {
      const counts = QUANTS.map((q) => [q, multiplied(m, q)] as const).filter((x): x is readonly [string, number] => x[1] !== null);
      const reference = counts.find(([q]) => q === 'Q8_0')?.[1];
      if (!reference) continue;
      for (const [q, n] of counts) {
        compared++;
        expect(n / reference, `${m.slug} ${q} vs Q8_0`).toBeCloseTo(1, 3);
      }
    }
    expect(compared).toBeGreaterThan(200);
    expect(stateless.some((m) => m.architecture.perLayerEmbeddings !== null), 'a per-layer-embedding model is among them').toBe(true);
  });
});
