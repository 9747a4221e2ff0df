// The reference measurements (fixtures/reference/*.csv) and the catalog they resolve against
// (prisma/seed), read from the repository for the accuracy harness: `npm run accuracy`,
// `npm run fit:speed`, /accuracy and the tests all load them here, so all judge the same data.
// Not 'server-only': the scripts and tests run it on Node.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogFromRecords } from '@/lib/catalog/records';
import { loadSeedData } from '@/lib/data/catalog-seed';
import { speedSamples, type AccuracyData, type SpeedHeldOut, type SpeedSample } from '@/lib/estimate/accuracy';
import type { ReferenceCatalog } from '@/lib/estimate/accuracy-rows';
import { parseCsv } from '@/lib/estimate/csv';
import { deviceSpecOf, machineSpec } from '@/lib/recommend/hardware';

export const REFERENCE_DIR = path.resolve('fixtures/reference');
const GiB = 1024 ** 3;
/** Host RAM beside benchmark GPUs: enough for whatever the run offloaded. */
const BENCH_HOST_MEMORY_BYTES = 256 * GiB;

export const readReferenceCsv = (file: string) => parseCsv(readFileSync(path.join(REFERENCE_DIR, file), 'utf8'));

/** The committed catalog as the 2026 rows resolve it: models with their published files, devices as machines. */
export function referenceCatalog(): ReferenceCatalog {
  const catalog = catalogFromRecords(loadSeedData());
  return {
    models: catalog.models,
    machines: catalog.hardware.map((h) => {
      const d = deviceSpecOf(h);
      return { slug: h.slug, name: h.name, kind: d.kind, memoryBytes: h.memoryBytes, bandwidthGBps: h.bandwidthGBps, fp16Tflops: h.fp16Tflops, machine: (count: number) => machineSpec(h, count, BENCH_HOST_MEMORY_BYTES) };
    }),
  };
}

/** Every reference file the harness reads. */
export function loadAccuracyData(): AccuracyData {
  return {
    arch: readReferenceCsv('arch.csv'),
    ggufSizes: readReferenceCsv('gguf_sizes.csv'),
    measuredMemory: readReferenceCsv('measured_memory.csv'),
    speed: [...readReferenceCsv('speed.csv'), ...readReferenceCsv('speed_extra.csv')],
    speed2026: readReferenceCsv('speed_2026.csv'),
    memory2026: readReferenceCsv('memory_2026.csv'),
    vllmMemory2026: readReferenceCsv('vllm_memory_2026.csv'),
    catalog: referenceCatalog(),
  };
}

/** Significant digits kept when hashing features: enough to see any real change, immune to last-bit noise. */
const HASH_DIGITS = 9;

/**
 * A fingerprint of what the speed fit sees: every sample's quantity, value, source and features.
 * It changes when a measurement, the catalog, the row mapping or the physics that turns a request
 * into features changes, which is exactly when `npm run fit:speed` must run again.
 */
export function fitDataHash(samples: readonly SpeedSample[]): string {
  const round = (_key: string, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(HASH_DIGITS)) : v);
  const text = JSON.stringify(samples.map((s) => [s.metric, s.measured, s.sourceId, s.features]), round);
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

const heldOutFileSchema = z
  .object({
    about: z.string(),
    dataHash: z.string().startsWith('sha256:'),
    folds: z.number().int().min(2),
    rows: z.array(z.tuple([z.number().int().nonnegative(), z.number().positive(), z.number().positive(), z.number().positive()])),
  })
  .strict();

/**
 * The held-out speed predictions `npm run fit:speed` committed (lib/estimate/fitted/speed-heldout.json),
 * when they were made from exactly this data (same hash as the samples give now); otherwise
 * undefined, and computeAccuracy cross-validates itself.
 */
export function committedSpeedHeldOut(data: AccuracyData): SpeedHeldOut[] | undefined {
  const file = heldOutFileSchema.parse(JSON.parse(readFileSync(path.resolve('lib/estimate/fitted/speed-heldout.json'), 'utf8')));
  const { samples } = speedSamples(data);
  if (file.dataHash !== fitDataHash(samples) || file.rows.length !== samples.length) return undefined;
  return file.rows.map(([fold, predicted, low, high]) => ({ fold, predicted, low, high }));
}
