// Sequential layer split without CPU offload by default: MLX on one Mac, exo over several
// machines, Transformers' device_map="auto" (which may spill to RAM).

import { DRIVER_OVERHEAD_BYTES } from './overhead';
import { emptyPlacement, expandDevices, hostCapacity, layerCosts, proportionalCounts, withFit, type Placement, type PlacementContext, type Slot } from './placement';
import type { DeviceSpec, EstimateHardware } from './types';

/**
 * A prefill whose activations are freed before the cache grows to the full context (Transformers'
 * generate: the prompt runs in one forward pass, then DynamicCache.update concatenates one token
 * per layer per step, src/transformers/cache_utils.py). A device's peak is then the larger of
 * weights + cache at the prompt + activations and weights + cache at the full context.
 */
export interface PrefillPeak {
  promptTokens: number;
  activationBytes: number;
}

/** Sequential layer split without CPU offload (MLX, exo clusters, Transformers on GPUs). */
export function placeSequential(
  ctx: PlacementContext,
  hw: EstimateHardware,
  tokens: number,
  perDeviceExtra: (d: DeviceSpec) => number,
  /** Usable memory and desktop reserve of each device, in the order given (see deviceCapacities). */
  capacitiesOf: (gpus: readonly DeviceSpec[]) => { capacity: number; displayReserveBytes: number }[],
  allowCpu: boolean,
  prefill?: PrefillPeak,
): Placement {
  const { input, comp } = ctx;
  const gpus = expandDevices(hw);
  const c = layerCosts(ctx, tokens);
  // Cache each layer holds when the prompt has run (the prompt never exceeds the context placed).
  const kvAtPrompt = prefill ? layerCosts(ctx, Math.min(tokens, prefill.promptTokens)).kv : null;
  const act = prefill?.activationBytes ?? 0;
  // Memory beyond weights and the full cache that the prefill needs on a device (0 when the grown cache is larger).
  const prefillExtra = (kv: number, kvP: number) => (prefill ? Math.max(0, kvP + act - kv) : 0);
  const L = input.model.architecture.layers;
  const usable = capacitiesOf(gpus);
  const caps = usable.map((u) => u.capacity);
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
    let kvP = 0;
    let n = 0;
    const want = counts[g] ?? 0;
    while (n < want && layer < L) {
      const addKv = c.kv[layer] ?? 0;
      const addKvP = kvAtPrompt?.[layer] ?? 0;
      if (w + (c.weights[layer] ?? 0) + kv + addKv + prefillExtra(kv + addKv, kvP + addKvP) + extra > cap) break;
      w += c.weights[layer] ?? 0;
      kv += addKv;
      kvP += addKvP;
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
        computeBytes: extra - DRIVER_OVERHEAD_BYTES[d.kind] + prefillExtra(kv, kvP),
        overheadBytes: DRIVER_OVERHEAD_BYTES[d.kind],
        holdsOutput: false,
        expertCpuLayers: 0,
        displayReserveBytes: usable[g]?.displayReserveBytes ?? 0,
      });
    }
  }
  const last = slots[slots.length - 1];
  let outputPlaced = false;
  if (last && layer === L && last.weightsBytes + last.kvBytes + comp.outputBytes + last.computeBytes + last.overheadBytes <= last.capacity) {
    last.weightsBytes += comp.outputBytes;
    last.holdsOutput = true;
    outputPlaced = true;
  }
  const gpuLayers = slots.reduce((a, s) => a + s.layers, 0);
  const rest = L - gpuLayers;
  const placed = emptyPlacement('full-gpu');
  placed.slots = slots.filter((s) => s.layers > 0 || s.holdsOutput);
  placed.gpuLayers = gpuLayers;
  placed.cpuLayers = rest;
  if (rest === 0 && outputPlaced) return placed;
  if (!allowCpu) return withFit(placed, 'does-not-fit');
  let cw = outputPlaced ? 0 : comp.outputBytes;
  let ckv = 0;
  // Token embeddings sit with the first device's layers, or in RAM when that device has none.
  if (!slots[0] || slots[0].layers === 0) cw += comp.tokenEmbdBytes;
  for (let i = gpuLayers; i < L; i++) {
    cw += c.weights[i] ?? 0;
    ckv += c.kv[i] ?? 0;
  }
  const cap = hostCapacity(hw, placed.slots.reduce((a, s) => a + s.weightsBytes + s.kvBytes + s.computeBytes + s.overheadBytes, 0));
  placed.cpu = { layers: rest, weightsBytes: cw, kvBytes: ckv, computeBytes: 0, overheadBytes: 0, capacity: cap, holdsOutput: !outputPlaced };
  if (cap !== null && cw + ckv > cap) return withFit(placed, 'does-not-fit');
  placed.fit = gpuLayers > 0 ? 'partial-offload' : 'cpu-only';
  return placed;
}

