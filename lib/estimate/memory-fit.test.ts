import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  crossValidateTransformersMemory,
  fitTransformersMemory,
  fitVllmMemory,
  predictTransformersMemory,
  predictVllmKvPool,
  vllmNonTorchBytes,
  vllmProfilePeakBytes,
  type MemoryFitRow,
  type VllmFitRow,
  type VllmMemoryConstants,
} from './memory-fit';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/** A one-GPU row: 8 GiB of weights, a cache growing 128 KiB a token, a prompt then 2048 generated tokens. */
function row(sourceId: string, prompt: number, quantized: boolean, c: { activationFactor: number; quantScratchBytes: number }): MemoryFitRow {
  const perToken = 128 * 1024;
  const r: MemoryFitRow = {
    sourceId, measured: 0, quantized,
    activationUnit: prompt * 12288 * 2,
    devices: [{ weights: 8 * GiB, cache: (prompt + 2048) * perToken, cacheAtPrompt: prompt * perToken }],
  };
  return { ...r, measured: predictTransformersMemory(r, c) };
}

const PROMPTS = [1, 6144, 14336, 30720];
const rowsOf = (sourceId: string, c: { activationFactor: number; quantScratchBytes: number }) =>
  PROMPTS.flatMap((p) => [row(sourceId, p, false, c), row(sourceId, p, true, c)]);

describe('Transformers memory constants fitted on measured peaks', () => {
  it('the peak counts the prefill only where it exceeds the cache the generated tokens add', () => {
    const base = { activationFactor: 0, quantScratchBytes: 0 };
    const r = row('a', 30720, false, base);
    // 2048 tokens × 128 KiB = 256 MiB of headroom: a smaller prefill peak changes nothing.
    const small = (256 * MiB) / r.activationUnit;
    expect(predictTransformersMemory(r, { activationFactor: small * 0.99, quantScratchBytes: 0 })).toBe(r.measured);
    expect(predictTransformersMemory(r, { activationFactor: small * 2, quantScratchBytes: 0 })).toBeCloseTo(r.measured + 256 * MiB, -3);
  });

  it('each source weighs the same: one campaign with many rows does not outvote two that agree', () => {
    const four = { activationFactor: 4, quantScratchBytes: 0 };
    const none = { activationFactor: 0, quantScratchBytes: 0 };
    // Ten times the rows from the campaign that shows no activations.
    const many = Array.from({ length: 10 }, () => rowsOf('big', none)).flat();
    const fit = fitTransformersMemory([...many, ...rowsOf('b', four), ...rowsOf('c', four)]);
    expect(fit.activationFactor).toBe(4);
  });

  // From 0.5 copies up: below ≈0.36 the longest prompt's peak hides under the 256 MiB the generated
  // tokens add, every smaller factor predicts the same, and the fit takes the smallest (0).
  it('recovers constants on the grid from rows they generated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 160 }), fc.integer({ min: 0, max: 128 }), (f20, s4) => {
        const truth = { activationFactor: f20 / 20, quantScratchBytes: s4 * 4 * MiB };
        const fit = fitTransformersMemory(rowsOf('a', truth));
        expect(fit.activationFactor).toBeCloseTo(truth.activationFactor, 6);
        expect(fit.quantScratchBytes).toBe(truth.quantScratchBytes);
      }),
      { numRuns: 8 },
    );
  });

  it('predicts each source with constants fitted on the other sources only', () => {
    const a = rowsOf('a', { activationFactor: 3.75, quantScratchBytes: 28 * MiB });
    const b = rowsOf('b', { activationFactor: 1, quantScratchBytes: 0 });
    const cv = crossValidateTransformersMemory([...a, ...b]);
    expect(cv.folds.get('a')).toEqual({ activationFactor: 1, quantScratchBytes: 0 });
    expect(cv.folds.get('b')).toEqual({ activationFactor: 3.75, quantScratchBytes: 28 * MiB });
    // Changing source a's measurements leaves a's held-out predictions as they were.
    const moved = crossValidateTransformersMemory([...a.map((r) => ({ ...r, measured: r.measured * 1.3 })), ...b]);
    expect(moved.predicted.slice(0, a.length)).toEqual(cv.predicted.slice(0, a.length));
    // A lone source has nothing to be held out against.
    expect(crossValidateTransformersMemory(a).predicted.every((p) => p === null)).toBe(true);
  });
});

describe('vLLM memory constants fitted on the printed breakdown', () => {
  const truth: VllmMemoryConstants = { visibleShare: 0.99, activationFactor: 3.95, samplerCopies: 4, nonTorchBytes: 320 * MiB, nonTorchTpBytes: 1792 * MiB };
  /** A run printing its breakdown as vLLM would under `truth`: 80 GiB GPUs, 8k profile tokens of a 14,336-wide MLP. */
  function vllmRow(sourceId: string, tp: number, seqs: number, vocab: number, fabric = true): VllmFitRow {
    const activationUnit = 8192 * 14336 * 2;
    const logits = seqs * vocab * 4;
    const r: VllmFitRow = {
      sourceId, measured: 0, utilization: 0.9, activationUnit, fabric,
      peakMeasured: vllmProfilePeakBytes(activationUnit, logits, truth),
      nonTorchMeasured: vllmNonTorchBytes(tp, fabric, truth),
      totalMeasured: 80 * GiB * truth.visibleShare,
      devices: Array.from({ length: tp }, () => ({ memory: 80 * GiB, weights: 16 * GiB / tp, logits })),
    };
    return { ...r, measured: predictVllmKvPool(r, truth) };
  }
  // A PCIe pair (no fabric) prints the single-GPU figure: it must not pull the fabric's term toward 0.
  const rows = [vllmRow('a', 1, 1024, 128256), vllmRow('b', 1, 256, 151936), vllmRow('c', 2, 1024, 256000), vllmRow('d', 4, 1024, 152064), vllmRow('e', 2, 256, 152064, false), vllmRow('f', 2, 256, 152064, false)];

  it('recovers the sampler copies, the single-GPU and the tensor-parallel non-torch memory the rows were printed with', () => {
    const fit = fitVllmMemory(rows, truth.activationFactor);
    expect(fit.samplerCopies).toBeCloseTo(truth.samplerCopies, 5);
    expect(fit.nonTorchBytes).toBe(truth.nonTorchBytes);
    expect(fit.nonTorchTpBytes).toBe(truth.nonTorchTpBytes);
    expect(fit.visibleShare).toBeCloseTo(truth.visibleShare, 4);
  });

  it('the profile peak is the larger of the forward pass and the sampler copies, never their sum', () => {
    const unit = 8192 * 14336 * 2;
    expect(vllmProfilePeakBytes(unit, 1, truth)).toBe(truth.activationFactor * unit);
    expect(vllmProfilePeakBytes(1, 1024 * 128256 * 4, truth)).toBe(truth.samplerCopies * 1024 * 128256 * 4);
  });

  it('tensor parallelism over a fabric takes its non-torch memory out of every GPU\'s pool; one GPU and a pair of cards pay none of it', () => {
    const one = vllmRow('x', 1, 256, 128256);
    const two = vllmRow('x', 2, 256, 128256);
    const cards = vllmRow('x', 2, 256, 128256, false);
    const noTp = { ...truth, nonTorchTpBytes: 0 };
    expect(predictVllmKvPool(one, noTp)).toBe(predictVllmKvPool(one, truth));
    expect(predictVllmKvPool(cards, noTp)).toBe(predictVllmKvPool(cards, truth));
    expect(predictVllmKvPool(two, noTp) - predictVllmKvPool(two, truth)).toBeCloseTo(2 * truth.nonTorchTpBytes, -3);
  });

  it('weighs non-torch memory in bytes: a small printed figure does not pull the constant to itself', () => {
    // Three single-GPU sources print 112, 352 and 1,840 MiB: in bytes the best constant is the middle one;
    // weighed relative it would be the smallest.
    const printed = [112, 352, 1840].map((m, i) => ({ ...vllmRow(`s${i}`, 1, 256, 128256), nonTorchMeasured: m * MiB }));
    expect(fitVllmMemory(printed, truth.activationFactor).nonTorchBytes).toBe(352 * MiB);
  });
});
