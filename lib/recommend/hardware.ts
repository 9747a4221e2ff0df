// Hardware profile → the estimator's HardwareSpec, plus the facts the recommender keys on
// (platform, VRAM, which runtimes make sense).

import { DEFAULT_HOST_MEMORY_BYTES, type DeviceKind, type DeviceSpec, type HardwareSpec } from '@/lib/estimate';
import { formatBytes } from '@/lib/format';
import type { CatalogHardware, HardwareProfile } from './types';

export const GiB = 1024 ** 3;

function deviceKindOf(h: Pick<CatalogHardware, 'kind' | 'vendor'>): DeviceKind {
  if (h.kind === 'apple-silicon' || h.vendor === 'apple') return 'apple';
  if (h.kind === 'cpu') return 'cpu';
  // GPUs and unified machines: the GPU's maker sets the backend; a maker the estimator has no GPU backend for computes on the CPU.
  return h.vendor === 'nvidia' || h.vendor === 'amd' || h.vendor === 'intel' ? h.vendor : 'cpu';
}

/** A unified machine's GPU share: the Linux driver limit where a source gives one (llama.cpp's usual OS there), else Windows'. */
function unifiedLimitOf(h: CatalogHardware): DeviceSpec['unified'] {
  if (h.kind !== 'unified') return undefined;
  if (h.gpuMemoryLinuxBytes) return { gpuLimitBytes: h.gpuMemoryLinuxBytes, basis: 'its Linux driver limit' };
  if (h.gpuMemoryWindowsBytes) return { gpuLimitBytes: h.gpuMemoryWindowsBytes, basis: 'its Windows driver limit' };
  return undefined;
}

export function deviceSpecOf(h: CatalogHardware, count = 1): DeviceSpec {
  return {
    slug: h.slug,
    name: h.name,
    kind: deviceKindOf(h),
    memoryBytes: h.memoryBytes,
    bandwidthGBps: h.bandwidthGBps,
    fp16Tflops: h.fp16Tflops,
    ...(h.fp16TflopsWeak ? { fp16TflopsWeak: true } : {}),
    ...(h.peaks ? { peaks: h.peaks } : {}),
    ...(h.memoryType ? { memoryType: h.memoryType } : {}),
    ...(h.formFactor ? { formFactor: h.formFactor } : {}),
    // Core counts set CPU compute; on Apple entries `cores` counts GPU cores, which the estimator does not use.
    ...((h.kind === 'cpu' || h.kind === 'unified') && h.cores ? { cores: h.cores } : {}),
    ...(h.isa && h.isa.length > 0 ? { isa: h.isa } : {}),
    ...(unifiedLimitOf(h) ? { unified: unifiedLimitOf(h) } : {}),
    ...(count > 1 ? { count } : {}),
  };
}

/**
 * One machine built from a catalog entry: `count` identical GPUs beside `hostMemoryBytes` of RAM,
 * a Mac (its unified memory is the RAM; several Macs form an exo cluster), or a CPU machine with
 * its own RAM and bandwidth.
 */
export function machineSpec(h: CatalogHardware, count = 1, hostMemoryBytes = DEFAULT_HOST_MEMORY_BYTES): HardwareSpec {
  if (h.kind === 'apple-silicon') return count > 1 ? { devices: [deviceSpecOf(h, count)], cluster: true } : { devices: [deviceSpecOf(h)], systemMemoryBytes: h.memoryBytes };
  if (h.kind === 'cpu') return { devices: [deviceSpecOf(h)], systemMemoryBytes: h.memoryBytes, systemBandwidthGBps: h.bandwidthGBps };
  // A unified machine is one system: its pool is the RAM, its CPU reads it at the same bandwidth.
  if (h.kind === 'unified') return { devices: [deviceSpecOf(h)], systemMemoryBytes: h.memoryBytes, systemBandwidthGBps: h.bandwidthGBps };
  return { devices: [deviceSpecOf(h, count)], systemMemoryBytes: hostMemoryBytes };
}

/** What runs the model: GPUs beside RAM, one Mac, the CPU, or several Macs under exo. */
type Platform = 'gpu' | 'apple' | 'cpu' | 'cluster';

export interface ProfileFacts {
  spec: HardwareSpec;
  platform: Platform;
  /** Total accelerator memory (VRAM, or unified memory on Apple). */
  acceleratorBytes: number;
  systemBytes: number;
  gpuCount: number;
  /** Discrete GPUs are all NVIDIA or AMD (vLLM targets). */
  vllmCapableGpus: boolean;
  /** Short human description: "24 GiB VRAM + 32 GiB RAM" (a card sold as "24 GB" has 24 GiB). */
  summary: string;
}

/** Group identical catalog GPUs into one DeviceSpec with a count (keeps order of first use). */
function gpuDevices(gpus: CatalogHardware[]): DeviceSpec[] {
  const out: DeviceSpec[] = [];
  const bySlug = new Map<string, DeviceSpec>();
  for (const g of gpus) {
    const seen = bySlug.get(g.slug);
    if (seen) seen.count = (seen.count ?? 1) + 1;
    else {
      const d = deviceSpecOf(g);
      bySlug.set(g.slug, d);
      out.push(d);
    }
  }
  return out;
}

/** The name a cluster machine goes by in estimates and on cards: its place in the list, then its catalog name. */
export function clusterMachineName(index: number, machine: Pick<CatalogHardware, 'name'>): string {
  return `Machine ${index + 1}: ${machine.name}`;
}

/** One device per machine, each named by its place in the list, so a placement says which machine holds what. */
function clusterDevices(machines: readonly CatalogHardware[]): DeviceSpec[] {
  return machines.map((m, i) => ({ ...deviceSpecOf(m), name: clusterMachineName(i, m) }));
}

export function profileFacts(p: HardwareProfile): ProfileFacts {
  const facts = factsWithoutOs(p);
  // The answered OS goes with the hardware: the estimator takes its desktop's share off each GPU.
  return { ...facts, spec: { ...facts.spec, os: p.os } };
}

function factsWithoutOs(p: HardwareProfile): ProfileFacts {
  const h = p.hardware;
  const sysBw = p.systemBandwidthGBps;
  const base = (spec: HardwareSpec): HardwareSpec => (sysBw ? { ...spec, systemBandwidthGBps: sysBw } : spec);
  // A unified-memory machine picked as the GPU: its one pool is the RAM too, whatever RAM was answered.
  const unified = h.type === 'gpus' && h.gpus.length === 1 && h.gpus[0]!.kind === 'unified' ? h.gpus[0]! : null;
  if (unified) {
    return {
      spec: base(machineSpec(unified)),
      platform: 'gpu',
      acceleratorBytes: unified.memoryBytes,
      systemBytes: unified.memoryBytes,
      gpuCount: 1,
      vllmCapableGpus: unified.vendor === 'nvidia',
      summary: `${formatBytes(unified.memoryBytes, 'GiB')} unified memory`,
    };
  }
  if (h.type === 'gpus') {
    const devices = gpuDevices(h.gpus);
    const vram = h.gpus.reduce((a, g) => a + g.memoryBytes, 0);
    return {
      spec: base({ devices, systemMemoryBytes: p.systemMemoryBytes }),
      platform: h.gpus.length > 0 ? 'gpu' : 'cpu',
      acceleratorBytes: vram,
      systemBytes: p.systemMemoryBytes,
      gpuCount: h.gpus.length,
      vllmCapableGpus: h.gpus.length > 0 && h.gpus.every((g) => g.vendor === 'nvidia' || g.vendor === 'amd'),
      summary: `${formatBytes(vram, 'GiB')} VRAM + ${formatBytes(p.systemMemoryBytes, 'GiB')} RAM`,
    };
  }
  if (h.type === 'apple') {
    const mem = h.apple.memoryBytes;
    return {
      spec: base({ devices: [deviceSpecOf(h.apple)], systemMemoryBytes: mem }),
      platform: 'apple',
      acceleratorBytes: mem,
      systemBytes: mem,
      gpuCount: 1,
      vllmCapableGpus: false,
      summary: `${formatBytes(mem, 'GiB')} unified memory`,
    };
  }
  if (h.type === 'cluster') {
    const total = h.machines.reduce((a, m) => a + m.memoryBytes, 0);
    return {
      spec: { devices: clusterDevices(h.machines), cluster: true, link: h.link },
      platform: 'cluster',
      acceleratorBytes: total,
      systemBytes: total,
      gpuCount: h.machines.length,
      vllmCapableGpus: false,
      summary: `${h.machines.length} Macs, ${formatBytes(total, 'GiB')} of unified memory in all`,
    };
  }
  if (h.type === 'cpu-only') {
    const bw = sysBw ?? h.cpu?.bandwidthGBps;
    const cpu: DeviceSpec = {
      name: h.cpu?.name ?? 'CPU',
      kind: 'cpu',
      memoryBytes: p.systemMemoryBytes,
      // 0: not stated, so the speed model reads the RAM at its fitted assumption (and says so).
      bandwidthGBps: bw ?? 0,
      fp16Tflops: h.cpu?.fp16Tflops ?? null,
      ...(h.cpu ? { slug: h.cpu.slug } : {}),
      ...(h.cpu?.cores ? { cores: h.cpu.cores } : {}),
    };
    return {
      spec: { devices: [cpu], systemMemoryBytes: p.systemMemoryBytes, ...(bw ? { systemBandwidthGBps: bw } : {}) },
      platform: 'cpu',
      acceleratorBytes: 0,
      systemBytes: p.systemMemoryBytes,
      gpuCount: 0,
      vllmCapableGpus: false,
      summary: `${formatBytes(p.systemMemoryBytes, 'GiB')} RAM (no GPU)`,
    };
  }
  // custom
  const kind: DeviceKind = h.kind === 'apple-silicon' ? 'apple' : h.kind === 'cpu' ? 'cpu' : 'nvidia';
  const dev: DeviceSpec = { name: h.name ?? 'Custom device', kind, memoryBytes: h.memoryBytes, bandwidthGBps: h.bandwidthGBps, fp16Tflops: h.fp16Tflops ?? null };
  if (kind === 'apple') {
    return {
      spec: base({ devices: [dev], systemMemoryBytes: h.memoryBytes }),
      platform: 'apple',
      acceleratorBytes: h.memoryBytes,
      systemBytes: h.memoryBytes,
      gpuCount: 1,
      vllmCapableGpus: false,
      summary: `${formatBytes(h.memoryBytes, 'GiB')} unified memory`,
    };
  }
  if (kind === 'cpu') {
    return {
      spec: { devices: [{ ...dev, memoryBytes: p.systemMemoryBytes }], systemMemoryBytes: p.systemMemoryBytes, systemBandwidthGBps: sysBw ?? h.bandwidthGBps },
      platform: 'cpu',
      acceleratorBytes: 0,
      systemBytes: p.systemMemoryBytes,
      gpuCount: 0,
      vllmCapableGpus: false,
      summary: `${formatBytes(p.systemMemoryBytes, 'GiB')} RAM (no GPU)`,
    };
  }
  return {
    spec: base({ devices: [dev], systemMemoryBytes: p.systemMemoryBytes }),
    platform: 'gpu',
    acceleratorBytes: h.memoryBytes,
    systemBytes: p.systemMemoryBytes,
    gpuCount: 1,
    vllmCapableGpus: true,
    summary: `${formatBytes(h.memoryBytes, 'GiB')} VRAM + ${formatBytes(p.systemMemoryBytes, 'GiB')} RAM`,
  };
}
