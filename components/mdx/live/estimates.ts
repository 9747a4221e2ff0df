import 'server-only';
import type { CatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { deviceSpecOf } from '@/lib/recommend';
import { defaultRuntimeFor, estimateChoice, type Choice } from '@/lib/estimate';
import type { Estimate, HardwareSpec } from '@/lib/estimate/types';

// Helpers for the guides' live components: estimates for catalog models through the one builder,
// so every number a guide shows is the one the wizard, the model page and the API give.

export function hardwareSpec(snapshot: CatalogSnapshot, slugs: string[], systemMemoryBytes = 64 * 2 ** 30): HardwareSpec {
  const devices = slugs.map((slug) => {
    const hardware = snapshot.hardware.find((h) => h.slug === slug);
    if (!hardware) throw new Error(`Guide component: unknown hardware "${slug}"`);
    return deviceSpecOf(hardware);
  });
  const apple = devices.some((d) => d.kind === 'apple');
  return { devices, systemMemoryBytes: apple ? devices[0]!.memoryBytes : systemMemoryBytes };
}

/** One catalog model at a format; options the guide leaves out take the runtime's defaults (the format's default runtime, without hardware unless given). */
export function estimateFor(
  snapshot: CatalogSnapshot,
  slug: string,
  quant: string,
  options: Partial<Pick<Choice, 'contextTokens' | 'kvCacheType' | 'runtime' | 'depthTokens'>> & { hardware?: HardwareSpec | null } = {},
): Estimate {
  const model = snapshot.models.find((m) => m.slug === slug);
  if (!model) throw new Error(`Guide component: unknown model "${slug}"`);
  const hardware = options.hardware ?? null;
  const { hardware: _hardware, ...settings } = options;
  return estimateChoice({ model, quant, runtime: options.runtime ?? defaultRuntimeFor(quant, hardware), hardware, ...settings });
}

/** Hardware classes, smallest first, that the size table names as "what runs it". */
const HARDWARE_CLASSES: { label: string; devices: string[]; systemGiB: number }[] = [
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
