import { CLUSTER_LINK_LABELS, DEFAULT_CLUSTER_LINK, GPU_FIELD_KINDS } from '@/lib/enums';
import type { HardwareProfile, Needs, CatalogHardware } from '@/lib/recommend/types';
import type { WizardParams } from '@/lib/schemas/wizard';

// Turns validated wizard answers into the recommender's inputs, resolving hardware slugs
// against the catalog. A slug the catalog does not have is a field error, not a crash.

const GIB = 2 ** 30;

export type ProfileResult = { ok: true; profile: HardwareProfile; needs: Needs; label: string } | { ok: false; field: string; message: string };

export function profileFromParams(params: WizardParams, hardware: CatalogHardware[]): ProfileResult {
  const bySlug = new Map(hardware.map((h) => [h.slug, h]));
  const systemMemoryBytes = params.ram * GIB;
  const needs: Needs = { useCase: params.use, contextTokens: params.ctx, priority: params.pri / 100, tool: params.tool };

  if (params.hw === 'gpu') {
    const gpus: CatalogHardware[] = [];
    for (const [index, slug] of params.gpu.entries()) {
      const gpu = bySlug.get(slug);
      if (!gpu || !GPU_FIELD_KINDS.includes(gpu.kind)) return { ok: false, field: 'gpu', message: `GPU ${index + 1} ("${slug}") is not in the catalog` };
      gpus.push(gpu);
    }
    return { ok: true, profile: { hardware: { type: 'gpus', gpus }, systemMemoryBytes, os: params.os }, needs, label: describeGpus(gpus) };
  }
  if (params.hw === 'mac') {
    const mac = bySlug.get(params.mac!);
    if (!mac || mac.kind !== 'apple-silicon') return { ok: false, field: 'mac', message: `"${params.mac}" is not an Apple Silicon configuration in the catalog` };
    // A Mac's memory is its unified memory, whatever the RAM field says.
    return { ok: true, profile: { hardware: { type: 'apple', apple: mac }, systemMemoryBytes: mac.memoryBytes, os: 'macos' }, needs, label: mac.name };
  }
  if (params.hw === 'cluster') {
    const machines: CatalogHardware[] = [];
    for (const [index, slug] of params.macs.entries()) {
      const mac = bySlug.get(slug);
      if (!mac || mac.kind !== 'apple-silicon') return { ok: false, field: 'macs', message: `Machine ${index + 1} ("${slug}") is not an Apple Silicon configuration in the catalog` };
      machines.push(mac);
    }
    // Every machine is a Mac: its memory is its own, its OS macOS.
    const memory = machines.reduce((a, m) => a + m.memoryBytes, 0);
    const link = params.link ?? DEFAULT_CLUSTER_LINK;
    return {
      ok: true,
      profile: { hardware: { type: 'cluster', machines, link }, systemMemoryBytes: memory, os: 'macos' },
      needs,
      label: `${describeMachines(machines)} over ${CLUSTER_LINK_LABELS[link]}`,
    };
  }
  if (params.hw === 'cpu') {
    const cpu = bySlug.get(params.cpu!);
    if (!cpu || cpu.kind !== 'cpu') return { ok: false, field: 'cpu', message: `"${params.cpu}" is not a CPU machine in the catalog` };
    // The RAM answer is what the machine has; the catalog row gives its memory speed and cores
    // (a row's own RAM size is only the configuration it was measured in).
    return {
      ok: true,
      profile: { hardware: { type: 'cpu-only', cpu }, systemMemoryBytes, systemBandwidthGBps: cpu.bandwidthGBps, os: params.os },
      needs,
      label: cpu.name,
    };
  }
  const memoryBytes = params.mem! * GIB;
  return {
    ok: true,
    profile: { hardware: { type: 'custom', kind: 'gpu', memoryBytes, bandwidthGBps: params.bw!, name: `Accelerator with ${params.mem} GB at ${params.bw} GB/s` }, systemMemoryBytes, os: params.os },
    needs,
    label: `Your accelerator: ${params.mem} GB at ${params.bw} GB/s`,
  };
}

function describeGpus(gpus: CatalogHardware[]): string {
  return describeMachines(gpus);
}

function describeMachines(gpus: CatalogHardware[]): string {
  const counts = new Map<string, number>();
  for (const gpu of gpus) counts.set(gpu.name, (counts.get(gpu.name) ?? 0) + 1);
  return [...counts].map(([name, count]) => (count > 1 ? `${count}× ${name}` : name)).join(' + ');
}
