import 'server-only';
import { getCatalogSnapshot, deviceSpecOf, type CatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { estimate } from '@/lib/estimate/estimate';
import type { Estimate, HardwareSpec, KvCacheType, Runtime } from '@/lib/estimate/types';

// Helpers for the guides' live components: estimates for catalog models, so every number a
// guide shows comes from the same estimator and catalog as the wizard.

export async function requireModel(slug: string) {
  const snapshot = await getCatalogSnapshot();
  const model = snapshot.lookup.model(slug);
  if (!model) throw new Error(`Guide component: unknown model "${slug}"`);
  return { snapshot, model: snapshot.models.find((m) => m.slug === slug)! };
}

export function hardwareSpec(snapshot: CatalogSnapshot, slugs: string[], systemMemoryBytes = 64 * 2 ** 30): HardwareSpec {
  const devices = slugs.map((slug) => {
    const hardware = snapshot.hardware.find((h) => h.slug === slug);
    if (!hardware) throw new Error(`Guide component: unknown hardware "${slug}"`);
    return deviceSpecOf(hardware);
  });
  const apple = devices.some((d) => d.kind === 'apple');
  return { devices, systemMemoryBytes: apple ? devices[0]!.memoryBytes : systemMemoryBytes };
}

export function estimateFor(
  snapshot: CatalogSnapshot,
  slug: string,
  quant: string,
  options: { contextTokens?: number; kvCacheType?: KvCacheType; runtime?: Runtime; hardware?: HardwareSpec | null } = {},
): Estimate {
  const model = snapshot.lookup.model(slug)!;
  return estimate({
    model,
    quant,
    contextTokens: options.contextTokens ?? 8192,
    depthTokens: 0,
    kvCacheType: options.kvCacheType ?? 'f16',
    parallel: 1,
    runtime: options.runtime ?? 'llama.cpp',
    hardware: options.hardware ?? null,
    fileBytes: snapshot.lookup.artifactFileBytes(slug, quant),
  });
}

/** Hardware classes, smallest first, that the size table names as "what runs it". */
export const HARDWARE_CLASSES: { label: string; devices: string[]; systemGiB: number }[] = [
  { label: '8 GB GPU (RTX 4060)', devices: ['geforce-rtx-4060'], systemGiB: 16 },
  { label: '12 GB GPU (RTX 3060 12 GB)', devices: ['geforce-rtx-3060-12gb'], systemGiB: 32 },
  { label: '16 GB GPU (RTX 4060 Ti 16 GB)', devices: ['geforce-rtx-4060-ti-16gb'], systemGiB: 32 },
  { label: '24 GB GPU (RTX 4090)', devices: ['geforce-rtx-4090'], systemGiB: 64 },
  { label: 'Two 24 GB GPUs', devices: ['geforce-rtx-3090', 'geforce-rtx-3090'], systemGiB: 128 },
  { label: 'Mac with 128 GB (M4 Max)', devices: ['apple-m4-max-40c-128gb'], systemGiB: 128 },
  { label: 'Mac with 512 GB (M3 Ultra)', devices: ['apple-m3-ultra-80c-512gb'], systemGiB: 512 },
  { label: 'Eight 80 GB datacenter GPUs (H100)', devices: Array(8).fill('h100-sxm'), systemGiB: 2048 },
];

/** The smallest hardware class that holds the model entirely in GPU memory at this quant and context. */
export function smallestClass(snapshot: CatalogSnapshot, slug: string, quant: string, contextTokens: number): string | null {
  for (const hardwareClass of HARDWARE_CLASSES) {
    const result = estimateFor(snapshot, slug, quant, { contextTokens, hardware: hardwareSpec(snapshot, hardwareClass.devices, hardwareClass.systemGiB * 2 ** 30) });
    if (result.fit === 'full-gpu') return hardwareClass.label;
  }
  return null;
}
