// The two Transformers memory constants (prefill activation copies, quantized-kernel scratch),
// fitted on the measured peaks of fixtures/reference, and the cross-validation that judges them on
// sources the fit did not see. Pure: takes rows the accuracy harness decomposed, returns constants.
//
// A row's peak with constants (f, s), per device d (placement-sequential.ts, PrefillPeak):
//   weights_d + cache_d + s·[quantized] + max(0, cacheAtPrompt_d + f·unit − cache_d)
// where unit = prompt × n_ff × 2 bytes (one bf16 copy of the MLP intermediate). The placement is
// the one the committed constants gave (refitting moves no layer on these 80–96 GB benchmark GPUs).

import type { DeviceSpec } from './types';

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
 * The constants on a grid that minimise the mean absolute relative error over `rows` (the error the
 * targets count, without letting a few large values dominate as squares would), each source
 * weighing the same whatever its row count: one campaign of many rows (one harness, one way of
 * reading the peak) must not outvote the independent ones. Exhaustive: both memory models are
 * piecewise linear in their two constants, so no gradient method is needed. Ties go to the first
 * candidate, the smaller constants. `bytes` weighs the miss in bytes instead, for a constant that is
 * subtracted from a budget rather than predicted as a peak (vLLM's non-torch memory).
 */
function gridFit<C>(
  rows: readonly { sourceId: string; measured: number }[],
  candidates: () => Iterable<C>,
  predict: (i: number, c: C) => number,
  loss: 'relative' | 'bytes' = 'relative',
): C {
  if (rows.length === 0) throw new Error('memory fit: no rows');
  const perSource = new Map<string, number>();
  for (const r of rows) perSource.set(r.sourceId, (perSource.get(r.sourceId) ?? 0) + 1);
  const weight = rows.map((r) => 1 / (perSource.get(r.sourceId) as number));
  let best: C | null = null;
  let bestErr = Infinity;
  for (const c of candidates()) {
    let err = 0;
    rows.forEach((r, i) => {
      const miss = Math.abs(predict(i, c) - r.measured);
      err += (weight[i] as number) * (loss === 'bytes' ? miss : miss / r.measured);
    });
    if (err < bestErr - 1e-12) {
      bestErr = err;
      best = c;
    }
  }
  return best as C;
}

/** Grid points of a factor (copies, two decimals) crossed with a byte constant. */
function* factorByBytes(stepBytes: number, maxBytes: number): Generator<{ factor: number; bytes: number }> {
  for (let fi = 0; fi * FACTOR_STEP <= FACTOR_MAX + 1e-9; fi++) {
    const factor = Number((fi * FACTOR_STEP).toFixed(2));
    for (let b = 0; b <= maxBytes; b += stepBytes) yield { factor, bytes: b };
  }
}

/** The Transformers constants that minimise the source-weighted mean absolute relative error over `rows`. */
export function fitTransformersMemory(rows: readonly MemoryFitRow[]): TransformersMemoryConstants {
  const best = gridFit(rows, () => factorByBytes(SCRATCH_STEP, SCRATCH_MAX), (i, c) => predictTransformersMemory(rows[i]!, { activationFactor: c.factor, quantScratchBytes: c.bytes }));
  return { activationFactor: best.factor, quantScratchBytes: best.bytes };
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

// vLLM. Its memory is set by --gpu-memory-utilization: at start-up it profiles one forward pass of
// max_num_batched_tokens tokens (and one sampler pass over max_num_seqs sequences), then gives the
// KV cache what is left of utilization × the GPU's memory (vllm/worker/worker.py
// determine_num_available_blocks up to 0.10, vllm/v1/worker/gpu_worker.py determine_available_memory
// after). What its logs print, and what is predicted here, is that KV pool per GPU:
//   capacity − weights − max(f·unit, k·logits) − n
// where unit = profile tokens × n_ff × 2 bytes (one 16-bit copy of the MLP intermediate), logits =
// max_num_seqs × vocab × 4 bytes (one fp32 copy of the sampler's logits), k the copies of them alive
// at the sampler pass's peak, n the memory outside torch's allocator the profile leaves (cuBLAS
// workspaces, allocator slack; under tensor parallelism over a GPU fabric also the communication
// buffers). CUDA graphs are captured after the pool is allocated and the driver context sits below
// the profile's baseline: neither is taken out of the pool.

export interface VllmMemoryConstants {
  /** The GPU's total as CUDA reports it (what utilization multiplies), as a share of the catalog's memory. */
  visibleShare: number;
  /** 16-bit copies of the MLP intermediate alive at the profile run's peak (the Transformers fit's). */
  activationFactor: number;
  /**
   * fp32 copies of the sampler's logits (max_num_seqs × vocab) alive at the sampler pass's peak,
   * fitted on the printed peaks. The profile samples with top-k = vocab − 1 and top-p set (V0
   * model_runner.py profile_run, V1 gpu_model_runner.py _dummy_sampler_run), so the top-k/top-p sort
   * runs; what it allocates (sorted values, int64 indices, probabilities, their cumulative sum) bounds
   * the count from above, and which of those are alive at once depends on the version's kernels.
   */
  samplerCopies: number;
  /** Memory outside torch's allocator counted against the budget, per GPU, bytes. */
  nonTorchBytes: number;
  /**
   * What tensor parallelism over a GPU fabric (SXM or OAM modules: NVLink and NVSwitch, Infinity
   * Fabric) adds to it per GPU, bytes: the H100 SXM logs print 1.8–2.2 GiB at -tp 2 and 4 where one
   * GPU prints 0.25–0.46; a pair of PCIe RTX 4090s (no peer access) printed 0.25 GiB at -tp 2, so
   * cards are not charged it. Which buffers hold it (NCCL's peer transport, the custom all-reduce) the
   * logs do not say.
   */
  nonTorchTpBytes: number;
}

export interface VllmFitRow {
  sourceId: string;
  /** The KV pool vLLM printed ("Available KV cache memory"), summed over the GPUs, bytes. */
  measured: number;
  /** One 16-bit copy of the profile run's MLP intermediate, per GPU (not divided by tensor parallelism: overhead.ts vllmActivationUnitBytes). */
  activationUnit: number;
  /** The run's GPUs sit on a GPU fabric (onGpuFabric). */
  fabric: boolean;
  /**
   * The profile run's peak beyond the weights where the log prints it for a GPU that ran the sampler
   * pass, bytes (null where not printed, or printed by a V0 tensor-parallel worker, which does not sample).
   */
  peakMeasured: number | null;
  /** Non-torch memory where the log prints it, per GPU, bytes. */
  nonTorchMeasured: number | null;
  /** The GPU's total where the log prints it ("total_gpu_memory"), bytes. */
  totalMeasured: number | null;
  /** --gpu-memory-utilization. */
  utilization: number;
  /** Per GPU: the catalog's memory (headless: nothing else taken off), the weights shard, one fp32 copy of the sampler's logits. */
  devices: { memory: number; weights: number; logits: number }[];
}

/**
 * The profile run's peak beyond the weights: the forward pass's intermediates or the sampler pass's
 * copies of the logits, whichever is larger. The sampler pass runs after the forward pass has freed
 * its intermediates (profile_run: _dummy_run, then _dummy_sampler_run on its hidden states), so the
 * two do not add: vllm-project/vllm#10517's two runs grow by 3.83 copies of the MLP intermediate per
 * token with an intercept of 0.03 GiB.
 */
export function vllmProfilePeakBytes(activationUnit: number, logits: number, c: Pick<VllmMemoryConstants, 'activationFactor' | 'samplerCopies'>): number {
  return Math.max(c.activationFactor * activationUnit, c.samplerCopies * logits);
}

/** Whether a run's GPUs sit on a GPU fabric: every one is a module (SXM, OAM) in the catalog; CPUs are not counted. */
export function onGpuFabric(devices: readonly Pick<DeviceSpec, 'kind' | 'formFactor'>[]): boolean {
  return devices.every((d) => d.kind === 'cpu' || d.formFactor === 'module');
}

/** Non-torch memory per GPU of a run over `tensorParallel` GPUs (`fabric`: onGpuFabric). */
export function vllmNonTorchBytes(tensorParallel: number, fabric: boolean, c: Pick<VllmMemoryConstants, 'nonTorchBytes' | 'nonTorchTpBytes'>): number {
  return c.nonTorchBytes + (tensorParallel > 1 && fabric ? c.nonTorchTpBytes : 0);
}

/** The KV pool of one GPU: what the utilization budget leaves after weights, the profile's peak and non-torch memory (never below 0). */
function vllmKvPoolBytes(d: { capacity: number; weights: number; logits: number }, r: Pick<VllmFitRow, 'activationUnit' | 'fabric' | 'devices'>, c: VllmMemoryConstants): number {
  return Math.max(0, d.capacity - d.weights - vllmProfilePeakBytes(r.activationUnit, d.logits, c) - vllmNonTorchBytes(r.devices.length, r.fabric, c));
}

/** vLLM's budget on one GPU: utilization × the total CUDA reports (the catalog's memory × the visible share). */
export function vllmBudgetBytes(memoryBytes: number, utilization: number, c: Pick<VllmMemoryConstants, 'visibleShare'>): number {
  return memoryBytes * c.visibleShare * utilization;
}

export function predictVllmKvPool(r: VllmFitRow, c: VllmMemoryConstants): number {
  return r.devices.reduce((a, d) => a + vllmKvPoolBytes({ ...d, capacity: vllmBudgetBytes(d.memory, r.utilization, c) }, r, c), 0);
}

/** Non-torch memory: 0–4 GiB by 16 MiB. */
const NON_TORCH_STEP = 16 * MiB;
const NON_TORCH_MAX = 4096 * MiB;
/** Sampler copies: 1–16 by 0.1 (one copy, the logits alone, is the least the pass holds). */
const COPIES_STEP = 0.1;
const COPIES_MAX = 16;
/** Visible share: 1 down to 0.9 by 0.0005 (ties go to the larger share, the catalog's figure). */
const SHARE_STEP = 0.0005;
const SHARE_MIN = 0.9;

/**
 * The vLLM constants, each fitted on the figure that measures it, each source weighing the same: the
 * visible share on the GPU totals the logs print and the sampler's copies on the profile peaks they
 * print (with the forward pass's copies given), by mean absolute relative error; non-torch memory on
 * the non-torch figures they print (single-GPU runs first, then what tensor-parallel runs over a GPU
 * fabric print beyond it) by mean absolute error in bytes: it is subtracted from the budget in bytes,
 * and weighed relative the fit took the smallest printed figure (0.11 GiB beside 0.25–3.6 GiB). The
 * activation factor is not fitted here: the profile run is a PyTorch forward pass of the same model,
 * so it takes the Transformers fit's copies (`activationFactor`, fitted on other sources), which the
 * 3090 logs confirm (3.83 copies per token). The KV pools are only predicted, never fitted: fitted on them, the
 * constants absorbed what no formula explains in two rows (docs/speed-model-findings.md §7).
 */
export function fitVllmMemory(rows: readonly VllmFitRow[], activationFactor: number): VllmMemoryConstants {
  const totals = rows.filter((r) => r.totalMeasured !== null && r.totalMeasured > 0);
  const shares = function* () {
    for (let i = 0; i <= (1 - SHARE_MIN) / SHARE_STEP + 1e-9; i++) yield Number((1 - i * SHARE_STEP).toFixed(4));
  };
  const visibleShare = totals.length === 0 ? 1 : gridFit(
    totals.map((r) => ({ sourceId: r.sourceId, measured: r.totalMeasured as number })),
    shares,
    (i, share) => (totals[i]!.devices[0]?.memory ?? 0) * share,
  );
  const peaks = rows.filter((r) => r.peakMeasured !== null && r.peakMeasured > 0);
  const copies = function* () {
    for (let i = 0; 1 + i * COPIES_STEP <= COPIES_MAX + 1e-9; i++) yield Number((1 + i * COPIES_STEP).toFixed(1));
  };
  const samplerCopies = peaks.length === 0 ? 1 : gridFit(
    peaks.map((r) => ({ sourceId: r.sourceId, measured: r.peakMeasured as number })),
    copies,
    (i, k) => vllmProfilePeakBytes(peaks[i]!.activationUnit, peaks[i]!.devices[0]?.logits ?? 0, { activationFactor, samplerCopies: k }),
  );
  const nonTorch = function* () {
    for (let b = 0; b <= NON_TORCH_MAX; b += NON_TORCH_STEP) yield b;
  };
  const printed = (take: (r: VllmFitRow) => boolean) =>
    rows.filter((r) => r.nonTorchMeasured !== null && r.nonTorchMeasured > 0 && take(r)).map((r) => ({ sourceId: r.sourceId, measured: r.nonTorchMeasured as number }));
  const single = printed((r) => r.devices.length === 1);
  const nonTorchBytes = single.length === 0 ? 0 : gridFit(single, nonTorch, (_i, b) => b, 'bytes');
  const parallel = printed((r) => r.devices.length > 1 && r.fabric);
  const nonTorchTpBytes = parallel.length === 0 ? 0 : gridFit(parallel, nonTorch, (_i, b) => nonTorchBytes + b, 'bytes');
  return { visibleShare, activationFactor, samplerCopies, nonTorchBytes, nonTorchTpBytes };
}

/** Leave-one-source-out, as for Transformers: every row predicted by constants fitted without its source. */
export function crossValidateVllmMemory(rows: readonly VllmFitRow[], activationFactor: number): { predicted: (number | null)[]; folds: Map<string, VllmMemoryConstants> } {
  const sources = [...new Set(rows.map((r) => r.sourceId))].sort();
  const folds = new Map<string, VllmMemoryConstants>();
  for (const s of sources) {
    const train = rows.filter((r) => r.sourceId !== s);
    if (train.length > 0) folds.set(s, fitVllmMemory(train, activationFactor));
  }
  return { predicted: rows.map((r) => (folds.has(r.sourceId) ? predictVllmKvPool(r, folds.get(r.sourceId)!) : null)), folds };
}
