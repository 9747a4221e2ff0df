// llama.cpp (and Ollama, LM Studio) placement: the largest -ngl that fits, layers split over GPUs
// by free memory, token embeddings in system RAM, and for MoE models the routed experts of the
// first layers kept in RAM (--n-cpu-moe) when that decodes faster.

import { modelShape } from './model-shape';
import { DRIVER_OVERHEAD_BYTES, llamaCppComputeBytes } from './overhead';
import { LLAMA_CPP_FIT_TARGET_BYTES, fitPicksGpuLayers } from './runtime-defaults';
import { RUNTIME_LABELS } from '../enums';
import { deviceCapacities, emptyPlacement, expandDevices, hostCapacity, layerCosts, proportionalCounts, type LayerCosts, type Placement, type PlacementContext, type Slot } from './placement';
import type { DeviceSpec, Fit, EstimateHardware } from './types';
import type { WeightComposition } from './weights';

/**
 * A tied model has no output.weight: llama.cpp loads token_embd a second time as the head
 * (TENSOR_DUPLICATED, src/llama-model.cpp) into the output layer's buffer, so the GPU holding it keeps
 * a copy beside the host's. Apple's Metal buffers wrap the mmap'd file, where the copy is the same pages.
 */
export function llamaCppHeadCopyBytes(device: DeviceSpec, comp: WeightComposition): number {
  return device.kind === 'apple' ? 0 : comp.tiedHeadBytes;
}

/** What every attempt of one placement shares: the devices' room and the buffers that depend only on where the output goes. */
interface AttemptSetup {
  gpus: DeviceSpec[];
  usable: { capacity: number; displayReserveBytes: number }[];
  drivers: number[];
  /** Compute buffer of a GPU holding layers but not the output, and of the one holding the output. */
  computeMid: number;
  computeLast: number;
  /** Room left on each GPU for layers once its driver and the larger buffer are in. */
  free: number[];
  /** The host's compute buffer when it runs layers, with and without the output head. */
  cpuComputeWithOutput: number;
  cpuComputeWithoutOutput: number;
}

// Computed once per placement rather than once per attempt: the -ngl and --n-cpu-moe searches
// try a dozen or more splits of the same request.
function attemptSetup(ctx: PlacementContext, hw: EstimateHardware, gpus: DeviceSpec[], kvCells: number): AttemptSetup {
  const m = ctx.input.model;
  const fa = ctx.input.flashAttention;
  const usable = deviceCapacities(hw, gpus, ctx.projectorBytes);
  const drivers = gpus.map((d) => DRIVER_OVERHEAD_BYTES[d.kind]);
  // Splitting layers over several GPUs runs them as a pipeline (only ever asked with layers on a GPU).
  const pipeline = gpus.length > 1;
  const computeMid = llamaCppComputeBytes({ model: m, kvCells, flashAttention: fa, hasOutput: false, pipeline });
  const computeLast = llamaCppComputeBytes({ model: m, kvCells, flashAttention: fa, hasOutput: true, pipeline });
  return {
    gpus,
    usable,
    drivers,
    computeMid,
    computeLast,
    free: usable.map((u, i) => u.capacity - (drivers[i] ?? 0) - computeLast),
    cpuComputeWithOutput: llamaCppComputeBytes({ model: m, kvCells, flashAttention: fa, hasOutput: true, pipeline: false }),
    cpuComputeWithoutOutput: llamaCppComputeBytes({ model: m, kvCells, flashAttention: fa, hasOutput: false, pipeline: false }),
  };
}

/**
 * llama.cpp family placement with `nGpu` trailing layers on the GPUs (llama.cpp offloads the last
 * n_gpu_layers; the output head goes to the GPU only when every layer does) and, for MoE models,
 * the routed experts of the first `expertCpu` layers kept in system RAM.
 */
function llamaAttempt(ctx: PlacementContext, setup: AttemptSetup, hw: EstimateHardware, c: LayerCosts, nGpu: number, expertCpu: number, fitMarginBytes = 0): Placement | null {
  const { comp } = ctx;
  const { gpus, usable, drivers } = setup;
  const Ltot = ctx.input.model.architecture.layers;
  const first = Ltot - nGpu;
  const outputOnGpu = nGpu === Ltot && gpus.length > 0;
  const slots: Slot[] = [];
  if (nGpu > 0) {
    const { computeMid, computeLast } = setup;
    // Split by free memory (llama.cpp default); devices that end up with no layer hold no buffers.
    const counts = proportionalCounts(nGpu, setup.free);
    // No GPU with room left after its buffers takes none of the layers asked for: this -ngl does not fit (never layers dropped).
    if (counts.reduce((a, b) => a + b, 0) < nGpu) return null;
    let layer = first;
    for (let g = 0; g < gpus.length; g++) {
      const n = counts[g] ?? 0;
      if (n === 0) continue;
      const d = gpus[g] as DeviceSpec;
      let w = 0;
      let kv = 0;
      let expCpu = 0;
      for (let i = layer; i < layer + n; i++) {
        const experts = i < expertCpu ? (c.experts[i] ?? 0) : 0;
        if (experts > 0) expCpu++;
        w += (c.weights[i] ?? 0) - experts;
        kv += c.kv[i] ?? 0;
      }
      slots.push({
        device: d,
        label: d.name,
        capacity: usable[g]?.capacity ?? 0,
        layers: n,
        firstLayer: layer,
        weightsBytes: w,
        kvBytes: kv,
        computeBytes: computeMid,
        overheadBytes: drivers[g] ?? 0,
        holdsOutput: false,
        expertCpuLayers: expCpu,
        displayReserveBytes: usable[g]?.displayReserveBytes ?? 0,
      });
      layer += n;
    }
    const last = slots[slots.length - 1];
    if (last && outputOnGpu) {
      last.holdsOutput = true;
      last.weightsBytes += comp.outputBytes + llamaCppHeadCopyBytes(last.device, comp);
      last.computeBytes = computeLast;
    }
    for (const s of slots) if (s.weightsBytes + s.kvBytes + s.computeBytes + s.overheadBytes > s.capacity - fitMarginBytes) return null;
  }
  // System RAM side: token embeddings (llama.cpp keeps them on the host), CPU layers, experts.
  let cw = comp.tokenEmbdBytes + comp.metadataBytes + (outputOnGpu ? 0 : comp.outputBytes);
  let ckv = 0;
  for (let i = 0; i < first; i++) {
    cw += c.weights[i] ?? 0;
    ckv += c.kv[i] ?? 0;
  }
  let expertLayers = 0;
  for (let i = first; i < Math.min(expertCpu, Ltot); i++) {
    cw += c.experts[i] ?? 0;
    expertLayers++;
  }
  const cpuCompute = first > 0 || !outputOnGpu || gpus.length === 0 ? (outputOnGpu ? setup.cpuComputeWithoutOutput : setup.cpuComputeWithOutput) : 0;
  // Apple Silicon and unified machines: what the GPU holds comes out of the same memory.
  const gpuUse = slots.reduce((a, s) => a + s.weightsBytes + s.kvBytes + s.computeBytes + s.overheadBytes, 0);
  const cap = hostCapacity(hw, gpuUse);
  if (cap !== null && cw + ckv + cpuCompute > cap) return null;
  const gpuLayers = slots.reduce((a, s) => a + s.layers, 0);
  let fit: Fit;
  if (gpuLayers === 0) fit = 'cpu-only';
  else if (first === 0 && outputOnGpu && expertLayers === 0) fit = 'full-gpu';
  else fit = 'partial-offload';
  return {
    fit,
    slots,
    cpu: { layers: first, weightsBytes: cw, kvBytes: ckv, computeBytes: cpuCompute, overheadBytes: 0, capacity: cap, holdsOutput: !outputOnGpu },
    gpuLayers,
    cpuLayers: first,
    moeExpertLayersOnCpu: expertLayers,
    reservedBytes: null,
    metalCapBytes: null,
    notes: [],
  };
}

export function placeLlamaCpp(ctx: PlacementContext, hw: EstimateHardware, tokens: number, onlyFull: boolean): Placement {
  const m = ctx.input.model;
  const gpus = expandDevices(hw);
  const c = layerCosts(ctx, tokens);
  const setup = attemptSetup(ctx, hw, gpus, c.kvCells);
  const L = m.architecture.layers;
  if (gpus.length === 0) return llamaAttempt(ctx, setup, hw, c, 0, 0) ?? emptyPlacement('does-not-fit');
  // A runtime that leaves the layers to --fit keeps its target free on every GPU when offloading.
  const rt = ctx.input.runtime;
  const margin = fitPicksGpuLayers(ctx.input) ? LLAMA_CPP_FIT_TARGET_BYTES : 0;
  const full = llamaAttempt(ctx, setup, hw, c, L, 0, margin);
  if (full || onlyFull) return full ?? emptyPlacement('does-not-fit');
  // Largest n_gpu_layers that fits (fit is monotone in n: fewer GPU layers never need more VRAM).
  let lo = -1;
  let hi = L;
  let best: Placement | null = null;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const p = llamaAttempt(ctx, setup, hw, c, mid, 0, margin);
    if (p) {
      lo = mid;
      best = p;
    } else hi = mid;
  }
  if (!best) best = llamaAttempt(ctx, setup, hw, c, 0, 0);
  // Whichever split is returned says when only --fit's margin keeps the model off the GPUs whole.
  const marginNote =
    margin > 0 && best && llamaAttempt(ctx, setup, hw, c, L, 0)
      ? (what: string) => `${rt ? RUNTIME_LABELS[rt] : 'llama.cpp'} leaves the GPU layers to llama-server's --fit, which keeps ${Math.round(margin / 2 ** 20)} MiB of each GPU free: ${what}, though all would fit without that margin.`
      : null;
  if (best && marginNote) best.notes.push(marginNote(`${best.gpuLayers} of ${L} layers on the GPU`));
  const moe = modelShape(m).moe !== null && gpus.length > 0;
  const mode = ctx.input.moeOffload;
  if (moe && mode !== 'never') {
    // --n-cpu-moe N: all layers on GPU, experts of the first N layers in RAM. Smallest N that fits.
    let lo2 = 0;
    let hi2 = L;
    let alt: Placement | null = llamaAttempt(ctx, setup, hw, c, L, L, margin);
    if (alt) {
      while (hi2 - lo2 > 1) {
        const mid = (lo2 + hi2) >> 1;
        const p = llamaAttempt(ctx, setup, hw, c, L, mid, margin);
        if (p) {
          hi2 = mid;
          alt = p;
        } else lo2 = mid;
      }
      const speed = ctx.decodeSeconds;
      // The estimate's own -ngl takes whichever split decodes faster. llama-server's --fit, where it picks the
      // layers (margin > 0), keeps every layer's dense part on the GPUs and moves routed experts to RAM first
      // (common/fit.cpp step 3 @08033df): the experts' split, always.
      if (alt && (!best || mode === 'always' || margin > 0 || !speed || speed(alt) < speed(best))) {
        alt.notes.push(`MoE experts of ${alt.moeExpertLayersOnCpu} layers kept in system RAM (llama.cpp --n-cpu-moe ${alt.moeExpertLayersOnCpu}); attention and shared weights on GPU.`);
        if (marginNote) alt.notes.push(marginNote(`the experts of ${alt.moeExpertLayersOnCpu} of ${L} layers in system RAM`));
        return alt;
      }
    }
  }
  return best ?? emptyPlacement('does-not-fit');
}

