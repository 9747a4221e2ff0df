// The two Transformers memory constants (prefill activation copies, quantized-kernel scratch),
// fitted on the measured peaks of fixtures/reference, and the cross-validation that judges them on
// sources the fit did not see. Pure: takes rows the accuracy harness decomposed, returns constants.
//
// A row's peak with constants (f, s), per device d (placement-sequential.ts, PrefillPeak):
//   weights_d + cache_d + s·[quantized] + max(0, cacheAtPrompt_d + f·unit − cache_d)
// where unit = prompt × n_ff × 2 bytes (one bf16 copy of the MLP intermediate). The placement is
// the one the committed constants gave (refitting moves no layer on these 80–96 GB benchmark GPUs).

export interface TransformersMemoryConstants {
  /** bf16 copies of the MLP intermediate alive at the prefill's peak. */
  activationFactor: number;
  /** Scratch a GPTQ/AWQ (or bitsandbytes) kernel keeps per GPU, bytes. */
  quantScratchBytes: number;
}

export interface MemoryFitRow {
  sourceId: string;
  measured: number;
  quantized: boolean;
  /** One bf16 copy of the prompt's MLP intermediate (prompt × n_ff × 2 bytes). */
  activationUnit: number;
  devices: { weights: number; cache: number; cacheAtPrompt: number }[];
}

export function predictTransformersMemory(r: MemoryFitRow, c: TransformersMemoryConstants): number {
  let sum = 0;
  for (const d of r.devices) {
    sum += d.weights + d.cache + (r.quantized ? c.quantScratchBytes : 0) + Math.max(0, d.cacheAtPrompt + c.activationFactor * r.activationUnit - d.cache);
  }
  return sum;
}

const MiB = 1024 ** 2;
/** The grid the fit searches: factor 0–8 copies by 0.05, scratch 0–512 MiB by 4 MiB. */
const FACTOR_STEP = 0.05;
const FACTOR_MAX = 8;
const SCRATCH_STEP = 4 * MiB;
const SCRATCH_MAX = 512 * MiB;

/**
 * The constants that minimise the mean absolute relative error over `rows` (the error the targets
 * count, without letting a few long prompts dominate as squares would). Exhaustive over the grid:
 * the peak is piecewise linear in both constants, so no gradient method is needed. Ties go to the
 * smaller constants.
 */
export function fitTransformersMemory(rows: readonly MemoryFitRow[]): TransformersMemoryConstants {
  if (rows.length === 0) throw new Error('fitTransformersMemory: no rows');
  // Each source weighs the same, whatever its row count: one campaign of many rows (one harness,
  // one way of reading the peak) must not outvote the independent ones.
  const perSource = new Map<string, number>();
  for (const r of rows) perSource.set(r.sourceId, (perSource.get(r.sourceId) ?? 0) + 1);
  const weight = rows.map((r) => 1 / (perSource.get(r.sourceId) as number));
  let best: TransformersMemoryConstants = { activationFactor: 0, quantScratchBytes: 0 };
  let bestErr = Infinity;
  for (let fi = 0; fi * FACTOR_STEP <= FACTOR_MAX + 1e-9; fi++) {
    const activationFactor = Number((fi * FACTOR_STEP).toFixed(2));
    for (let s = 0; s <= SCRATCH_MAX; s += SCRATCH_STEP) {
      const c = { activationFactor, quantScratchBytes: s };
      let err = 0;
      rows.forEach((r, i) => {
        err += (weight[i] as number) * (Math.abs(predictTransformersMemory(r, c) - r.measured) / r.measured);
      });
      if (err < bestErr - 1e-12) {
        bestErr = err;
        best = c;
      }
    }
  }
  return best;
}

/**
 * Leave-one-source-out: every row predicted by constants fitted on the other sources' rows (the
 * grouping decode and prefill use, with one fold per source since memory has few sources). A source
 * alone has no held-out prediction.
 */
export function crossValidateTransformersMemory(rows: readonly MemoryFitRow[]): { predicted: (number | null)[]; folds: Map<string, TransformersMemoryConstants> } {
  const sources = [...new Set(rows.map((r) => r.sourceId))].sort();
  const folds = new Map<string, TransformersMemoryConstants>();
  for (const s of sources) {
    const train = rows.filter((r) => r.sourceId !== s);
    if (train.length > 0) folds.set(s, fitTransformersMemory(train));
  }
  return { predicted: rows.map((r) => (folds.has(r.sourceId) ? predictTransformersMemory(r, folds.get(r.sourceId)!) : null)), folds };
}
