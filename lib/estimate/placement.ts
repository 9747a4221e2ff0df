// Where the weights and caches go: GPUs (layer split), system RAM (partial offload, MoE experts),
// Apple unified memory under the Metal cap, vLLM's pre-allocation, exo clusters.

import { isLlamaCppFamily, kvBytesPerLayer, kvLayout } from './kv-cache';
import {
  APPLE_OS_RESERVE_BYTES,
  DRIVER_OVERHEAD_BYTES,
  MLX_RUNTIME_BYTES,
  SYSTEM_RESERVE_BYTES,
  TRANSFORMERS_QUANT_SCRATCH_BYTES,
  VLLM_CUDA_GRAPH_BYTES,
  llamaCppComputeBytes,
  metalWorkingSetCapBytes,
  mlxActivationBytes,
  transformersActivationBytes,
  vllmActivationBytes,
} from './overhead';
import type { WeightComposition } from './weights';
import type { DeviceSpec, EstimateInput, Fit, HardwareSpec } from './types';
import { QUANT_FORMATS } from './formats';

export interface Slot {
  device: DeviceSpec;
  label: string;
  capacity: number;
  layers: number;
  firstLayer: number;
  weightsBytes: number;
  kvBytes: number;
  computeBytes: number;
  overheadBytes: number;
  holdsOutput: boolean;
  /** Layers of this slot whose routed experts were left in system RAM. */
  expertCpuLayers: number;
}

export interface Plan {
  fit: Fit;
  slots: Slot[];
  cpu: {
    layers: number;
    weightsBytes: number;
    kvBytes: number;
    computeBytes: number;
    overheadBytes: number;
    capacity: number | null;
    holdsOutput: boolean;
  };
  gpuLayers: number;
  cpuLayers: number;
  moeExpertLayersOnCpu: number;
  /** vLLM reserves a share of VRAM regardless of need. */
  reservedBytes: number | null;
  metalCapBytes: number | null;
  notes: string[];
}

export interface PlanContext {
  input: EstimateInput;
  comp: WeightComposition;
  /** Decode-speed oracle used to choose between offload strategies. */
  decodeSeconds?: (plan: Plan) => number;
}

const GiB = 1024 ** 3;

/** Memory the Metal backend may use on an Apple device. */
export function appleGpuCapacity(d: DeviceSpec, hw: HardwareSpec): number {
  if (hw.metalWiredLimitBytes && hw.metalWiredLimitBytes > 0) {
    return Math.min(hw.metalWiredLimitBytes, d.memoryBytes - APPLE_OS_RESERVE_BYTES / 2);
  }
  return metalWorkingSetCapBytes(d.memoryBytes);
}

function expandDevices(hw: HardwareSpec): DeviceSpec[] {
  const out: DeviceSpec[] = [];
  for (const d of hw.devices) {
    if (d.kind === 'cpu') continue;
    const n = Math.max(1, Math.min(64, Math.floor(d.count ?? 1)));
    for (let i = 0; i < n; i++) out.push(d);
  }
  return out;
}

export function systemMemory(hw: HardwareSpec): number | null {
  if (hw.systemMemoryBytes && hw.systemMemoryBytes > 0) return hw.systemMemoryBytes;
  const cpu = hw.devices.find((d) => d.kind === 'cpu');
  if (cpu) return cpu.memoryBytes * Math.max(1, cpu.count ?? 1);
  const apple = hw.devices.find((d) => d.kind === 'apple');
  if (apple && !hw.cluster) return apple.memoryBytes;
  return null;
}

function emptyPlan(fit: Fit, notes: string[] = []): Plan {
  return {
    fit,
    slots: [],
    cpu: { layers: 0, weightsBytes: 0, kvBytes: 0, computeBytes: 0, overheadBytes: 0, capacity: null, holdsOutput: false },
    gpuLayers: 0,
    cpuLayers: 0,
    moeExpertLayersOnCpu: 0,
    reservedBytes: null,
    metalCapBytes: null,
    notes,
  };
}

/** Split `n` layers over capacities in proportion (llama.cpp default tensor split by free memory). */
function proportionalCounts(n: number, free: number[]): number[] {
  const total = free.reduce((a, b) => a + Math.max(0, b), 0);
  const counts = free.map(() => 0);
  if (n <= 0 || total <= 0) return counts;
  let assigned = 0;
  let cum = 0;
  for (let i = 0; i < free.length; i++) {
    cum += Math.max(0, free[i] ?? 0);
    const upto = i === free.length - 1 ? n : Math.round((n * cum) / total);
    counts[i] = Math.max(0, upto - assigned);
    assigned += counts[i] ?? 0;
  }
  return counts;
}

interface LayerCosts {
  weights: number[];
  experts: number[];
  kv: number[];
  kvCells: number;
}

function layerCosts(ctx: PlanContext, tokens: number): LayerCosts {
  const { input, comp } = ctx;
  const kv = kvBytesPerLayer(input.model, { tokens, kvCacheType: input.kvCacheType, parallel: input.parallel, runtime: input.runtime });
  const L = kvLayout(input.model, tokens, input.parallel, input.runtime);
  return { weights: comp.layerBytes, experts: comp.layerExpertBytes, kv, kvCells: L.globalLayers > 0 ? L.globalCells : L.localCells };
}

/**
 * llama.cpp family placement with `nGpu` trailing layers on the GPUs (llama.cpp offloads the last
 * n_gpu_layers; the output head goes to the GPU only when every layer does) and, for MoE models,
 * the routed experts of the first `expertCpu` layers kept in system RAM.
 */
function llamaAttempt(ctx: PlanContext, gpus: DeviceSpec[], hw: HardwareSpec, c: LayerCosts, nGpu: number, expertCpu: number): Plan | null {
  const { input, comp } = ctx;
  const m = input.model;
  const Ltot = m.layers;
  const fa = input.flashAttention ?? false;
  const first = Ltot - nGpu;
  const outputOnGpu = nGpu === Ltot && gpus.length > 0;
  const caps = gpus.map((d) => (d.kind === 'apple' ? appleGpuCapacity(d, hw) : d.memoryBytes));
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
      });
      layer += n;
    }
    const last = slots[slots.length - 1];
    if (last && outputOnGpu) {
      last.holdsOutput = true;
      last.weightsBytes += comp.outputBytes;
      last.computeBytes = computeLast;
    }
    for (const s of slots) if (s.weightsBytes + s.kvBytes + s.computeBytes + s.overheadBytes > s.capacity) return null;
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
  const sys = systemMemory(hw);
  const appleUnified = gpus.some((d) => d.kind === 'apple') && !hw.cluster;
  let cap: number | null = null;
  if (sys !== null) {
    const gpuUse = appleUnified ? slots.reduce((a, s) => a + s.weightsBytes + s.kvBytes + s.computeBytes, 0) : 0;
    cap = sys - gpuUse - (appleUnified ? APPLE_OS_RESERVE_BYTES : SYSTEM_RESERVE_BYTES);
    if (cw + ckv + cpuCompute > cap) return null;
  }
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

function planLlamaCpp(ctx: PlanContext, hw: HardwareSpec, tokens: number, onlyFull: boolean): Plan {
  const m = ctx.input.model;
  const gpus = expandDevices(hw);
  const c = layerCosts(ctx, tokens);
  const L = m.layers;
  if (gpus.length === 0) return llamaAttempt(ctx, gpus, hw, c, 0, 0) ?? emptyPlan('does-not-fit');
  const full = llamaAttempt(ctx, gpus, hw, c, L, 0);
  if (full || onlyFull) return full ?? emptyPlan('does-not-fit');
  // Largest n_gpu_layers that fits (fit is monotone in n: fewer GPU layers never need more VRAM).
  let lo = -1;
  let hi = L;
  let best: Plan | null = null;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const p = llamaAttempt(ctx, gpus, hw, c, mid, 0);
    if (p) {
      lo = mid;
      best = p;
    } else hi = mid;
  }
  if (!best) best = llamaAttempt(ctx, gpus, hw, c, 0, 0);
  const moe = (m.expertsTotal ?? 0) > 1 && gpus.length > 0;
  const mode = ctx.input.moeOffload ?? 'auto';
  if (moe && mode !== 'never') {
    // --n-cpu-moe N: all layers on GPU, experts of the first N layers in RAM. Smallest N that fits.
    let lo2 = 0;
    let hi2 = L;
    let alt: Plan | null = llamaAttempt(ctx, gpus, hw, c, L, L);
    if (alt) {
      while (hi2 - lo2 > 1) {
        const mid = (lo2 + hi2) >> 1;
        const p = llamaAttempt(ctx, gpus, hw, c, L, mid);
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
  return best ?? emptyPlan('does-not-fit');
}

/** Sequential layer split without CPU offload (MLX, exo clusters, Transformers on GPUs). */
function planSequential(
  ctx: PlanContext,
  hw: HardwareSpec,
  tokens: number,
  perDeviceExtra: (d: DeviceSpec) => number,
  capacityOf: (d: DeviceSpec) => number,
  allowCpu: boolean,
): Plan {
  const { input, comp } = ctx;
  const gpus = expandDevices(hw);
  const c = layerCosts(ctx, tokens);
  const L = input.model.layers;
  const caps = gpus.map(capacityOf);
  const extras = gpus.map(perDeviceExtra);
  const free = caps.map((cap, i) => cap - (extras[i] ?? 0));
  const counts = proportionalCounts(L, free);
  const slots: Slot[] = [];
  let layer = 0;
  let overflowFrom = -1;
  for (let g = 0; g < gpus.length; g++) {
    const d = gpus[g] as DeviceSpec;
    const cap = caps[g] ?? 0;
    const extra = extras[g] ?? 0;
    let w = g === 0 ? comp.tokenEmbdBytes : 0;
    let kv = 0;
    let n = 0;
    const want = counts[g] ?? 0;
    while (n < want && layer < L) {
      const add = (c.weights[layer] ?? 0) + (c.kv[layer] ?? 0);
      if (w + kv + add + extra > cap) break;
      w += c.weights[layer] ?? 0;
      kv += c.kv[layer] ?? 0;
      n++;
      layer++;
    }
    if (n < want && overflowFrom < 0) overflowFrom = g;
    if (n > 0 || g === 0) {
      slots.push({
        device: d,
        label: d.name,
        capacity: cap,
        layers: n,
        firstLayer: layer - n,
        weightsBytes: w,
        kvBytes: kv,
        computeBytes: extra - DRIVER_OVERHEAD_BYTES[d.kind],
        overheadBytes: DRIVER_OVERHEAD_BYTES[d.kind],
        holdsOutput: false,
        expertCpuLayers: 0,
      });
    }
  }
  const last = slots[slots.length - 1];
  let outputPlaced = false;
  if (last && layer === L && last.weightsBytes + last.kvBytes + comp.outputBytes + (extras[gpus.indexOf(last.device)] ?? 0) <= last.capacity) {
    last.weightsBytes += comp.outputBytes;
    last.holdsOutput = true;
    outputPlaced = true;
  }
  const gpuLayers = slots.reduce((a, s) => a + s.layers, 0);
  const rest = L - gpuLayers;
  const plan = emptyPlan('full-gpu');
  plan.slots = slots.filter((s) => s.layers > 0 || s.holdsOutput);
  plan.gpuLayers = gpuLayers;
  plan.cpuLayers = rest;
  if (rest === 0 && outputPlaced) return plan;
  if (!allowCpu) return emptyPlanWith(plan, 'does-not-fit');
  let cw = outputPlaced ? 0 : comp.outputBytes;
  let ckv = 0;
  // Token embeddings sit with the first device's layers, or in RAM when that device has none.
  if (!slots[0] || slots[0].layers === 0) cw += comp.tokenEmbdBytes;
  for (let i = gpuLayers; i < L; i++) {
    cw += c.weights[i] ?? 0;
    ckv += c.kv[i] ?? 0;
  }
  const sys = systemMemory(hw);
  const cap = sys === null ? null : sys - SYSTEM_RESERVE_BYTES;
  plan.cpu = { layers: rest, weightsBytes: cw, kvBytes: ckv, computeBytes: 0, overheadBytes: 0, capacity: cap, holdsOutput: !outputPlaced };
  if (cap !== null && cw + ckv > cap) return emptyPlanWith(plan, 'does-not-fit');
  plan.fit = gpuLayers > 0 ? 'partial-offload' : 'cpu-only';
  return plan;
}

function emptyPlanWith(p: Plan, fit: Fit): Plan {
  return { ...p, fit };
}

/** vLLM: weights sharded by tensor parallelism over all GPUs, KV in the pre-allocated pool. */
function planVllm(ctx: PlanContext, hw: HardwareSpec, tokens: number): Plan {
  const { input, comp } = ctx;
  const gpus = expandDevices(hw);
  if (gpus.length === 0) return emptyPlan('does-not-fit', ['vLLM needs a GPU.']);
  const util = input.gpuMemoryUtilization ?? 0.9;
  const tp = gpus.length;
  const c = layerCosts(ctx, tokens);
  const kvTotal = c.kv.reduce((a, b) => a + b, 0);
  const act = vllmActivationBytes(input.model);
  const plan = emptyPlan('full-gpu');
  let ok = true;
  let reserved = 0;
  for (const d of gpus) {
    const cap = d.memoryBytes * util;
    reserved += cap;
    const w = comp.fileBytes / tp;
    const kv = kvTotal / tp;
    const over = DRIVER_OVERHEAD_BYTES[d.kind] + VLLM_CUDA_GRAPH_BYTES;
    if (w + kv + act + over > cap) ok = false;
    plan.slots.push({
      device: d,
      label: d.name,
      capacity: cap,
      layers: input.model.layers,
      firstLayer: 0,
      weightsBytes: w,
      kvBytes: kv,
      computeBytes: act,
      overheadBytes: over,
      holdsOutput: true,
      expertCpuLayers: 0,
    });
  }
  plan.gpuLayers = input.model.layers;
  plan.reservedBytes = reserved;
  plan.fit = ok ? 'full-gpu' : 'does-not-fit';
  plan.notes.push(`vLLM pre-allocates gpu_memory_utilization = ${util} of each GPU's memory and splits weights by tensor parallelism over ${tp} GPU(s).`);
  return plan;
}

/** Placement for the request at `tokens` context (onlyFull: skip the offload search). */
export function plan(ctx: PlanContext, tokens: number, onlyFull = false): Plan {
  const hw = ctx.input.hardware;
  if (!hw || hw.devices.length === 0) {
    if (hw && (hw.systemMemoryBytes ?? 0) > 0) return planLlamaCppOrOther(ctx, { ...hw, devices: [] }, tokens, onlyFull);
    return emptyPlan('unknown');
  }
  return planLlamaCppOrOther(ctx, hw, tokens, onlyFull);
}

function planLlamaCppOrOther(ctx: PlanContext, hw: HardwareSpec, tokens: number, onlyFull: boolean): Plan {
  const { input } = ctx;
  const rt = input.runtime;
  const gpus = expandDevices(hw);
  const hasApple = gpus.some((d) => d.kind === 'apple');
  const metalCap = hasApple ? appleGpuCapacity(gpus.find((d) => d.kind === 'apple') as DeviceSpec, hw) : null;
  // What each device may hold: the Metal working-set cap on Apple Silicon, the whole memory elsewhere.
  const capacity = (d: DeviceSpec) => (d.kind === 'apple' ? appleGpuCapacity(d, hw) : d.memoryBytes);
  let p: Plan;
  if (rt === 'vllm') p = planVllm(ctx, hw, tokens);
  else if (rt === 'exo' || (hw.cluster && !isLlamaCppFamily(rt))) {
    const act = mlxActivationBytes(input.model) + MLX_RUNTIME_BYTES;
    p = planSequential(
      ctx,
      hw,
      tokens,
      (d) => act + DRIVER_OVERHEAD_BYTES[d.kind],
      capacity,
      false,
    );
  } else if (rt === 'mlx') {
    const act = mlxActivationBytes(input.model) + MLX_RUNTIME_BYTES;
    const apple = { ...hw, devices: hw.devices.filter((d) => d.kind === 'apple') };
    if (apple.devices.length === 0) p = emptyPlan('does-not-fit', ['MLX runs on Apple Silicon only.']);
    else p = planSequential(ctx, apple, tokens, () => act, (d) => appleGpuCapacity(d, hw), false);
  } else if (rt === 'transformers') {
    const prompt = input.promptTokens ?? tokens;
    const fam = QUANT_FORMATS[input.quant]?.family;
    const scratch = fam === 'gptq' || fam === 'awq' || fam === 'int' ? TRANSFORMERS_QUANT_SCRATCH_BYTES : 0;
    const act = transformersActivationBytes(input.model, prompt) + scratch;
    p = planSequential(
      ctx,
      hw,
      tokens,
      (d) => act + DRIVER_OVERHEAD_BYTES[d.kind],
      capacity,
      true,
    );
  } else if (hw.cluster) {
    // llama.cpp RPC across machines: treat as one pipeline without CPU offload.
    p = planSequential(ctx, hw, tokens, (d) => DRIVER_OVERHEAD_BYTES[d.kind], capacity, false);
  } else p = planLlamaCpp(ctx, hw, tokens, onlyFull);
  p.metalCapBytes = metalCap;
  return p;
}

/** Rank of a fit: higher is better. */
export function fitRank(f: Fit): number {
  return f === 'full-gpu' ? 3 : f === 'partial-offload' ? 2 : f === 'cpu-only' ? 1 : 0;
}

/**
 * Longest context (≤ model context) that keeps the current fit: full-GPU stays full-GPU; an
 * offloaded or CPU setup stays runnable. Binary search over tokens (memory is monotone in context).
 */
export function maxContextTokens(ctx: PlanContext, current: Fit): number | null {
  if (current === 'unknown') return null;
  const limit = Math.max(1, ctx.input.model.contextLength ?? 131072);
  const keepFull = current === 'full-gpu';
  const ok = (t: number): boolean => {
    const p = plan(ctx, t, keepFull);
    return keepFull ? p.fit === 'full-gpu' : p.fit !== 'does-not-fit';
  };
  if (ok(limit)) return limit;
  // Search in steps of 256 tokens (llama.cpp pads n_ctx to 256 anyway): ~9 probes instead of 17.
  const step = 256;
  if (!ok(step)) return 0;
  let lo = 1;
  let hi = Math.ceil(limit / step);
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (ok(mid * step)) lo = mid;
    else hi = mid;
  }
  return lo * step;
}

export { GiB };
