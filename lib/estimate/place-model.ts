// Placement for one request: the strategy its runtime uses, on the hardware it names.

import { isLlamaCppFamily } from './kv-cache';
import { DRIVER_OVERHEAD_BYTES, MLX_RUNTIME_BYTES, TRANSFORMERS_MEMORY, mlxActivationBytes, transformersActivationBytes } from './overhead';
import { appleGpuCapacity, deviceCapacities, emptyPlacement, expandDevices, gpuCapacity, type Placement, type PlacementContext } from './placement';
import { placeLlamaCpp } from './placement-llama-cpp';
import { placeSequential } from './placement-sequential';
import { placeVllm } from './placement-vllm';
import { QUANT_FORMATS } from './formats';
import type { DeviceSpec, EstimateHardware } from './types';

/** Placement for the request at `tokens` context (onlyFull: skip the offload search). */
export function placeModel(ctx: PlacementContext, tokens: number, onlyFull = false): Placement {
  const hw = ctx.input.hardware;
  if (!hw || hw.devices.length === 0) {
    if (hw && (hw.systemMemoryBytes ?? 0) > 0) return placeOnHardware(ctx, { ...hw, devices: [] }, tokens, onlyFull);
    return emptyPlacement('unknown');
  }
  return placeOnHardware(ctx, hw, tokens, onlyFull);
}

function placeOnHardware(ctx: PlacementContext, hw: EstimateHardware, tokens: number, onlyFull: boolean): Placement {
  const { input } = ctx;
  const rt = input.runtime;
  const gpus = expandDevices(hw);
  const hasApple = gpus.some((d) => d.kind === 'apple');
  const metalCap = hasApple ? appleGpuCapacity(gpus.find((d) => d.kind === 'apple') as DeviceSpec, hw) : null;
  // What each device may hold: VRAM (less the desktop's share on the GPU that drives the display),
  // the Metal working-set cap, a unified machine's GPU share.
  const capacity = (devices: readonly DeviceSpec[]) => deviceCapacities(hw, devices, ctx.projectorBytes);
  let p: Placement;
  if (rt === 'vllm') p = placeVllm(ctx, hw, tokens);
  else if (rt === 'exo' || (hw.cluster && !isLlamaCppFamily(rt))) {
    const act = mlxActivationBytes(input.model) + MLX_RUNTIME_BYTES;
    const ring = rt === 'exo' ? exoRing(gpus, capacity(gpus), ctx.comp.fileBytes) : null;
    p = placeSequential(
      ctx,
      ring ? { ...hw, devices: ring.devices } : hw,
      tokens,
      (d) => act + DRIVER_OVERHEAD_BYTES[d.kind],
      capacity,
      false,
    );
  } else if (rt === 'mlx') {
    const act = mlxActivationBytes(input.model) + MLX_RUNTIME_BYTES;
    const apple = { ...hw, devices: hw.devices.filter((d) => d.kind === 'apple') };
    if (apple.devices.length === 0) p = emptyPlacement('does-not-fit', ['MLX runs on Apple Silicon only.']);
    else p = placeSequential(ctx, apple, tokens, () => act, (devices) => devices.map((d) => ({ capacity: appleGpuCapacity(d, hw), displayReserveBytes: 0 })), false);
  } else if (rt === 'transformers') {
    // No prompt length given: the prompt fills the context being placed.
    const prompt = input.promptTokens ?? tokens;
    const fam = QUANT_FORMATS[input.quant]?.family;
    const scratch = fam === 'gptq' || fam === 'awq' || fam === 'int' ? TRANSFORMERS_MEMORY.quantScratchBytes : 0;
    // The prefill's activations are freed before generation grows the cache (placement-sequential.ts, PrefillPeak).
    const prefill = { promptTokens: prompt, activationBytes: transformersActivationBytes(input.model, Math.min(prompt, tokens)) };
    p = placeSequential(ctx, hw, tokens, (d) => scratch + DRIVER_OVERHEAD_BYTES[d.kind], capacity, true, prefill);
  } else if (hw.cluster) {
    // llama.cpp RPC across machines: treat as one pipeline without CPU offload.
    p = placeSequential(ctx, hw, tokens, (d) => DRIVER_OVERHEAD_BYTES[d.kind], capacity, false);
  } else p = placeLlamaCpp(ctx, hw, tokens, onlyFull);
  p.metalCapBytes = metalCap;
  if (rt === 'exo' && gpus.length > 1 && p.fit !== 'does-not-fit') {
    const used = p.slots.length;
    p.notes.push(
      used < gpus.length
        ? `exo places a model on the fewest machines whose memory holds it: ${used} of the ${gpus.length} machines here; the others stay free.`
        : `exo uses all ${gpus.length} machines: fewer do not hold the model.`,
    );
  }
  const unified = hw.cluster ? undefined : gpus.find((d) => d.unified);
  if (unified?.unified) {
    const gib = (b: number) => `${(b / 2 ** 30).toFixed(1)} GiB`;
    p.notes.push(
      `Unified memory: ${unified.name}'s GPU may use up to ${gib(gpuCapacity(unified, hw, 0))} of its ${gib(unified.memoryBytes)} shared pool (${unified.unified.basis}); anything left to the CPU comes out of the same pool at the same bandwidth, not extra RAM.`,
    );
  }
  return p;
}


/**
 * The machines exo places a model on (exo master/placement.py and placement_utils.py, commit
 * b5375f8, June 2026): of the rings whose memory adds up to the model's size, the smallest, and of
 * those the one with the most memory; then layers in proportion to each machine's memory
 * (placeSequential). With every machine linked to every other, that is the largest machines,
 * as few as hold the file.
 */
function exoRing(machines: DeviceSpec[], usable: readonly { capacity: number }[], modelBytes: number): { devices: DeviceSpec[] } | null {
  const bySize = machines.map((d, i) => ({ d, cap: usable[i]?.capacity ?? 0 })).sort((a, b) => b.cap - a.cap);
  let total = 0;
  for (let k = 0; k < bySize.length; k++) {
    total += bySize[k]!.cap;
    if (total >= modelBytes) return { devices: bySize.slice(0, k + 1).map(({ d }) => ({ ...d, count: 1 })) };
  }
  return null;
}
