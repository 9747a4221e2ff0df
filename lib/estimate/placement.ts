// Where the weights and caches go: the shapes every placement strategy shares (slots per device,
// what stays in system RAM) and the helpers they use. The strategies live beside this file:
// placement-llama-cpp.ts (layer split, partial offload, MoE experts in RAM), placement-sequential.ts
// (MLX, exo clusters, Transformers), placement-vllm.ts (tensor parallel, pre-allocation);
// place-model.ts picks one for a request.

import { attentionCellsOf, cacheSize } from './kv-cache';
import { DISPLAY_RESERVE_BYTES, MACOS_MINIMUM_BYTES, SYSTEM_RESERVE_BYTES, UNIFIED_OS_RESERVE_BYTES, metalWorkingSetCapBytes } from './overhead';
import type { WeightComposition } from './weights';
import type { DeviceSpec, EstimateHardware, EstimateInput, Fit, HardwareSpec } from './types';

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
  /** What the system's desktop keeps of this device (taken off `capacity`): only the GPU that drives the display. */
  displayReserveBytes: number;
}

export interface Placement {
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

export interface PlacementContext {
  input: EstimateInput;
  comp: WeightComposition;
  /** Decode-speed oracle used to choose between offload strategies. */
  decodeSeconds?: (plan: Placement) => number;
  /** Vision/audio projector loaded on the first GPU beside the layers (mmproj; vLLM's encoder): its room is kept there. */
  projectorBytes?: number;
}

/** Memory the Metal backend may use on an Apple device. */
export function appleGpuCapacity(d: DeviceSpec, hw: HardwareSpec): number {
  if (hw.metalWiredLimitBytes && hw.metalWiredLimitBytes > 0) {
    return Math.min(hw.metalWiredLimitBytes, d.memoryBytes - MACOS_MINIMUM_BYTES);
  }
  return metalWorkingSetCapBytes(d.memoryBytes);
}

/** A discrete GPU: one with its own VRAM, not Apple Silicon, a unified machine or a CPU. */
function isDiscreteGpu(d: DeviceSpec): boolean {
  return d.kind !== 'apple' && d.kind !== 'cpu' && !d.unified;
}

/**
 * What the system's desktop keeps of each device, aligned with `gpus` (expandDevices order). The
 * desktop runs on one GPU, the first discrete one (the card the monitor is plugged into), so only it
 * keeps DISPLAY_RESERVE_BYTES; the others hold nothing but what runs on them. In a cluster each
 * device is a machine of its own, with its own display.
 */
export function displayReserves(gpus: readonly DeviceSpec[], hw: EstimateHardware): number[] {
  const reserve = DISPLAY_RESERVE_BYTES[hw.os];
  const display = gpus.findIndex(isDiscreteGpu);
  return gpus.map((d, i) => (isDiscreteGpu(d) && (hw.cluster || i === display) ? reserve : 0));
}

/**
 * What a GPU-like device may hold, the one definition every placement (and so every surface) uses:
 * a discrete GPU's VRAM less what the system's desktop keeps on it (`displayReserveBytes`, from
 * displayReserves: the display GPU's share, 0 on the others); Metal's working-set cap on Apple
 * Silicon; on a unified-memory machine the share its driver lets the GPU map, less the OS reserve
 * of the pool. The runtime's own overhead (driver context, compute buffers) is placed in it.
 */
export function gpuCapacity(d: DeviceSpec, hw: EstimateHardware, displayReserveBytes: number): number {
  if (d.kind === 'apple') return appleGpuCapacity(d, hw);
  if (d.unified) return Math.max(0, Math.min(d.unified.gpuLimitBytes, d.memoryBytes - UNIFIED_OS_RESERVE_BYTES));
  if (d.kind === 'cpu') return d.memoryBytes;
  return Math.max(0, d.memoryBytes - displayReserveBytes);
}

/** The usable memory and desktop reserve of each expanded device of `hw` (expandDevices order). */
export function deviceCapacities(hw: EstimateHardware, gpus: readonly DeviceSpec[] = expandDevices(hw), firstGpuHeldBytes = 0): { capacity: number; displayReserveBytes: number }[] {
  const reserves = displayReserves(gpus, hw);
  return gpus.map((d, i) => ({ capacity: gpuCapacity(d, hw, reserves[i] ?? 0) - (i === 0 ? firstGpuHeldBytes : 0), displayReserveBytes: reserves[i] ?? 0 }));
}

/** The device whose memory is the system's memory (Apple Silicon, a unified machine), unless the devices are a cluster. */
export function sharedPoolDevice(hw: HardwareSpec): DeviceSpec | null {
  if (hw.cluster) return null;
  return hw.devices.find((d) => d.kind === 'apple' || d.unified) ?? null;
}

/**
 * What programs outside the GPU may use: system RAM less a reserve, or, where the GPU shares it
 * (Apple Silicon, unified machines), what the GPU's `gpuBytes` leave of the pool less the OS's. On a
 * Mac the GPU's share is already capped by Metal's working set; what is left for the CPU side is the
 * rest of the pool less the least macOS keeps (MACOS_MINIMUM_BYTES), not a second reserve on top.
 */
export function hostCapacity(hw: HardwareSpec, gpuBytes: number): number | null {
  const sys = systemMemory(hw);
  if (sys === null) return null;
  const shared = sharedPoolDevice(hw);
  if (!shared) return sys - SYSTEM_RESERVE_BYTES;
  return sys - gpuBytes - (shared.kind === 'apple' ? MACOS_MINIMUM_BYTES : UNIFIED_OS_RESERVE_BYTES);
}

export function expandDevices(hw: HardwareSpec): DeviceSpec[] {
  const out: DeviceSpec[] = [];
  for (const d of hw.devices) {
    if (d.kind === 'cpu') continue;
    const n = Math.max(1, Math.min(64, Math.floor(d.count ?? 1)));
    for (let i = 0; i < n; i++) out.push(d);
  }
  return out;
}

export function systemMemory(hw: HardwareSpec): number | null {
  // A unified machine's system memory is its one pool, whatever RAM figure came with it.
  const unified = hw.cluster ? undefined : hw.devices.find((d) => d.unified);
  if (unified) return unified.memoryBytes;
  if (hw.systemMemoryBytes && hw.systemMemoryBytes > 0) return hw.systemMemoryBytes;
  const cpu = hw.devices.find((d) => d.kind === 'cpu');
  if (cpu) return cpu.memoryBytes * Math.max(1, cpu.count ?? 1);
  const apple = hw.devices.find((d) => d.kind === 'apple');
  if (apple && !hw.cluster) return apple.memoryBytes;
  return null;
}

export function emptyPlacement(fit: Fit, notes: string[] = []): Placement {
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

export function withFit(p: Placement, fit: Fit): Placement {
  return { ...p, fit };
}

/** Split `n` layers over capacities in proportion (llama.cpp default tensor split by free memory). */
export function proportionalCounts(n: number, free: number[]): number[] {
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

export interface LayerCosts {
  weights: number[];
  experts: number[];
  kv: number[];
  kvCells: number;
}

export function layerCosts(ctx: PlacementContext, tokens: number): LayerCosts {
  const { input, comp } = ctx;
  const o = { tokens, kvCacheType: input.kvCacheType, parallel: input.parallel, runtime: input.runtime };
  // One sizing serves both figures (placement asks for them at every context it tries).
  const size = cacheSize(input.model, o);
  return { weights: comp.layerBytes, experts: comp.layerExpertBytes, kv: size.perLayer, kvCells: attentionCellsOf(size) };
}

