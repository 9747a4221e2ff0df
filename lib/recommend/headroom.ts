// How much room a pick leaves, and what to change when it is tight. The estimate has already taken
// the OS's share (the desktop's VRAM, Metal's cap, the system's RAM) off what it may use: this reads
// the pick against that usable memory, so its percentage and the fit label say the same thing.

import { APPLE_OS_RESERVE_BYTES, METAL_WORKING_SET_RULE, metalWorkingSetCapBytes, type Estimate } from '@/lib/estimate';
import { formatBytes } from '@/lib/format';
import { GiB } from './hardware';
import type { Headroom, HostSystem } from './types';

const MiB = 1024 ** 2;

/** Above this share of usable memory a pick is a tight fit: a browser tab or a longer chat can push it over. */
export const TIGHT_FIT_SHARE = 0.9;

const GPU_KINDS = new Set(['nvidia', 'amd', 'intel']);

/**
 * The share of usable memory a pick takes on its fullest device. Usable memory is the estimate's
 * own `capacityBytes` (gpuCapacity: VRAM less the desktop's reserve on the display GPU, Metal's cap, RAM less the
 * system's reserve), so the share never exceeds 100 % for a pick that fits.
 */
export function headroomFor(e: Estimate, os: HostSystem): Headroom {
  let usedShare = 0;
  let worst: (typeof e.memory.devices)[number] | null = null;
  for (const d of e.memory.devices) {
    if (d.capacityBytes === null || d.capacityBytes <= 0 || d.bytes <= 0) continue;
    const share = d.bytes / d.capacityBytes;
    if (share > usedShare) {
      usedShare = share;
      worst = d;
    }
  }
  if (!worst || usedShare <= TIGHT_FIT_SHARE) return { usedShare, tight: false, advice: null };
  const pct = Math.round(usedShare * 100);
  const gpu = GPU_KINDS.has(worst.kind);
  // Only the GPU that drives the display keeps the desktop's share (the estimate says which device it is).
  const reserve = gpu && worst.displayReserveBytes > 0 ? ` after the ${formatBytes(worst.displayReserveBytes, 'GiB')} the ${os === 'windows' ? 'Windows' : 'Linux'} desktop keeps` : '';
  const where = gpu ? 'the VRAM' : worst.kind === 'apple' ? "the GPU's share of unified memory" : 'the RAM left';
  const p = e.placement;
  let change: string;
  if (gpu && p.moeExpertLayersOnCpu > 0 && p.cpuLayers === 0) change = `if it runs out of memory, raise --n-cpu-moe to ${Math.min(p.totalLayers, p.moeExpertLayersOnCpu + 2)}`;
  else if (gpu && p.cpuLayers > 0) change = `if it runs out of memory, lower -ngl to ${Math.max(0, p.gpuLayers - 2)}`;
  else change = `if it runs out of memory, use a shorter context than ${e.contextTokens.toLocaleString('en-US')} tokens or a smaller quant than ${e.quant}`;
  const close = worst.kind === 'apple' || !gpu || os === 'windows' || os === 'macos' ? '; close memory-hungry apps first' : '';
  return { usedShare, tight: true, advice: `Tight fit: ${pct} % of ${where}${reserve}; ${change}${close}.` };
}

/** Macs from this size up get the command that raises the GPU cap (smaller ones need their memory for macOS). */
export const LARGE_MAC_BYTES = 32 * GiB;

/** The `sysctl` value (MB) that lets the GPU wire all but macOS's reserve of a Mac's memory. */
export function wiredLimitMb(memoryBytes: number): number {
  return Math.floor((memoryBytes - APPLE_OS_RESERVE_BYTES) / MiB);
}

/**
 * The Metal cap in words, and for large Macs the command that raises it (mlx-lm README, "Large
 * Models": `sudo sysctl iogpu.wired_limit_mb=N`, N above the model's size and below the machine's
 * memory; https://github.com/ml-explore/mlx-lm/blob/d78bf58e217c904ec282ed8da9b947491f78c022/README.md).
 */
export function macGpuCapNote(memoryBytes: number): string {
  const cap = metalWorkingSetCapBytes(memoryBytes);
  const base = `macOS lets the GPU use about ${formatBytes(cap, 'GiB')} of this Mac's ${formatBytes(memoryBytes, 'GiB')} (Metal's recommended working set: ${METAL_WORKING_SET_RULE}); every pick here keeps what the GPU holds under that cap.`;
  if (memoryBytes < LARGE_MAC_BYTES) return `${base} Raising the cap would leave macOS too little on a Mac this size.`;
  return `${base} To let larger models fit, raise it until the next restart with: sudo sysctl iogpu.wired_limit_mb=${wiredLimitMb(memoryBytes)} (keeps ${formatBytes(APPLE_OS_RESERVE_BYTES, 'GiB')} for macOS; the list does not assume it).`;
}
