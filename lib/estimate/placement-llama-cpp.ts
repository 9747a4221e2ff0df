// llama.cpp (and Ollama, LM Studio) placement: the largest -ngl that fits, layers split over GPUs
// by free memory, token embeddings in system RAM, and for MoE models the routed experts of the
// first layers kept in RAM (--n-cpu-moe) when that decodes faster.

import { modelShape } from './model-shape';
import { DRIVER_OVERHEAD_BYTES, llamaCppComputeBytes } from './overhead';
import { FIT_PICKS_GPU_LAYERS, LLAMA_CPP_FIT_TARGET_BYTES } from './runtime-defaults';
import { RUNTIME_LABELS } from '../enums';
import { deviceCapacities, emptyPlacement, expandDevices, hostCapacity, layerCosts, proportionalCounts, type LayerCosts, type Placement, type PlacementContext, type Slot } from './placement';
import type { DeviceSpec, Fit, EstimateHardware } from './types';

/**
 * llama.cpp family placement with `nGpu` trailing layers on the GPUs (llama.cpp offloads the last
 * n_gpu_layers; the output head goes to the GPU only when every layer does) and, for MoE models,
 * the routed experts of the first `expertCpu` layers kept in system RAM.
 */
function llamaAttempt(ctx: PlacementContext, gpus: DeviceSpec[], hw: EstimateHardware, c: LayerCosts, nGpu: number, expertCpu: number, fitMarginBytes = 0): Placement | null {
  const { input, comp } = ctx;
  const m = input.model;
  const Ltot = m.architecture.layers;
  const fa = input.flashAttention;
  const first = Ltot - nGpu;
  const outputOnGpu = nGpu === Ltot && gpus.length > 0;
  const usable = deviceCapacities(hw, gpus);
  const caps = usable.map((u) => u.capacity);
  const drivers = gpus.map((d) => DRIVER_OVERHEAD_BYTES[d.kind]);
  const pipeline = gpus.length > 1 && nGpu > 0;
  const slots: Slot[] = [];
  if (nGpu > 0) {
    const computeMid = llamaCppComputeBytes({ model: m, kvCells: c.kvCells, flashAttention: fa, hasOutput: false, pipeline });
    const computeLast = llamaCppComputeBytes({ model: m, kvCells: c.kvCells, flashAttention: fa, hasOutput: true, pipeline });
    const free = caps.map((cap, i) => cap - (drivers[i] ?? 0) - computeLast);
    // Split by free memory (llama.cpp default); devices that end up with no layer hold no buffers.
    const counts = proportionalCounts(nGpu, free);
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
        capacity: caps[g] ?? 0,
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
      last.weightsBytes += comp.outputBytes;
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
  const cpuCompute =
    first > 0 || !outputOnGpu || gpus.length === 0
      ? llamaCppComputeBytes({ model: m, kvCells: c.kvCells, flashAttention: fa, hasOutput: !outputOnGpu, pipeline: false })
      : 0;
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
  const L = m.architecture.layers;
  if (gpus.length === 0) return llamaAttempt(ctx, gpus, hw, c, 0, 0) ?? emptyPlacement('does-not-fit');
  // A runtime that leaves the layers to --fit keeps its target free on every GPU when offloading.
  const rt = ctx.input.runtime;
  const margin = rt && FIT_PICKS_GPU_LAYERS.includes(rt) ? LLAMA_CPP_FIT_TARGET_BYTES : 0;
  const full = llamaAttempt(ctx, gpus, hw, c, L, 0, margin);
  if (full || onlyFull) return full ?? emptyPlacement('does-not-fit');
  // Largest n_gpu_layers that fits (fit is monotone in n: fewer GPU layers never need more VRAM).
  let lo = -1;
  let hi = L;
  let best: Placement | null = null;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const p = llamaAttempt(ctx, gpus, hw, c, mid, 0, margin);
    if (p) {
      lo = mid;
      best = p;
    } else hi = mid;
  }
  if (!best) best = llamaAttempt(ctx, gpus, hw, c, 0, 0);
  else if (margin > 0 && llamaAttempt(ctx, gpus, hw, c, L, 0)) {
    best.notes.push(
      `${rt ? RUNTIME_LABELS[rt] : 'llama.cpp'} leaves the GPU layers to llama-server's --fit, which keeps ${Math.round(margin / 2 ** 20)} MiB of each GPU free: ${best.gpuLayers} of ${L} layers on the GPU, though all would fit without that margin.`,
    );
  }
  const moe = modelShape(m).moe !== null && gpus.length > 0;
  const mode = ctx.input.moeOffload;
  if (moe && mode !== 'never') {
    // --n-cpu-moe N: all layers on GPU, experts of the first N layers in RAM. Smallest N that fits.
    let lo2 = 0;
    let hi2 = L;
    let alt: Placement | null = llamaAttempt(ctx, gpus, hw, c, L, L, margin);
    if (alt) {
      while (hi2 - lo2 > 1) {
        const mid = (lo2 + hi2) >> 1;
        const p = llamaAttempt(ctx, gpus, hw, c, L, mid, margin);
        if (p) {
          hi2 = mid;
          alt = p;
        } else lo2 = mid;
      }
      const speed = ctx.decodeSeconds;
      if (alt && (!best || mode === 'always' || !speed || speed(alt) < speed(best))) {
        alt.notes.push(`MoE experts of ${alt.moeExpertLayersOnCpu} layers kept in system RAM (llama.cpp --n-cpu-moe ${alt.moeExpertLayersOnCpu}); attention and shared weights on GPU.`);
        return alt;
      }
    }
  }
  return best ?? emptyPlacement('does-not-fit');
}

