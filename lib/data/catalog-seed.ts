// The seed: loads the reviewable files in prisma/seed/, validates every row with the catalog's
// zod schemas (a bad row fails loudly with its file, row and field), checks cross-references, and
// writes them in one transaction through the one row ↔ record mapping (lib/data/catalog-records.ts).
// Not 'server-only': `npm run db:seed` and the tests run it on Node.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { artifactSchema, formatSchema, hardwareSchema, measurementSchema, modelSchema, priceSchema, runtimeSchema } from '@/lib/schemas/catalog';
import type { CatalogRecords } from '@/lib/catalog/records';
import type { PrismaClient } from '@/lib/prisma-client';
import { bumpCatalogRevision } from '@/lib/data/catalog-revision-bump';
import { ENTITY_WRITE_ORDER, ReferenceIds, keyOfRecord, loadEntries, measurementKey, writeRecord, type AnyRecord } from '@/lib/data/catalog-records';

export const SEED_DIR = path.resolve('prisma/seed');
/** The measurements `npm run catalog:measurements` writes from fixtures/reference/speed_2026.csv. */
export const REFERENCE_MEASUREMENTS_FILE = 'measurements-reference.json';

export type SeedData = CatalogRecords;

export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly field: string,
    message: string,
  ) {
    super(`${file}${row === null ? '' : ` row ${row}`}: ${field ? `${field}: ` : ''}${message}`);
    this.name = 'SeedError';
  }
}

function readRows<T extends z.ZodType>(dir: string, file: string, schema: T): z.output<T>[] {
  const filePath = path.join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    throw new SeedError(file, null, '', `cannot read JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(raw)) throw new SeedError(file, null, '', 'must hold a JSON array of records');
  return raw.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const label = typeof row === 'object' && row !== null && 'slug' in row ? ` (${String((row as { slug: unknown }).slug)})` : '';
      throw new SeedError(file, index, issue.path.join('.') || '(record)', `${issue.message}${label}`);
    }
    return parsed.data;
  });
}

function assertUnique<T>(file: string, rows: T[], key: (row: T) => string, field: string): void {
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const value = key(row);
    const first = seen.get(value);
    if (first !== undefined) throw new SeedError(file, index, field, `"${value}" repeats row ${first}`);
    seen.set(value, index);
  });
}

function assertKnown(file: string, index: number, field: string, value: string, known: Set<string>, what: string): void {
  if (!known.has(value)) throw new SeedError(file, index, field, `unknown ${what} "${value}"`);
}

export function loadSeedData(dir: string = SEED_DIR): SeedData {
  const curated = readRows(dir, 'measurements.json', measurementSchema);
  const data: SeedData = {
    formats: readRows(dir, 'formats.json', formatSchema),
    models: readRows(dir, 'models.json', modelSchema),
    artifacts: readRows(dir, 'artifacts.json', artifactSchema),
    hardware: readRows(dir, 'hardware.json', hardwareSchema),
    prices: readRows(dir, 'prices.json', priceSchema),
    runtimes: readRows(dir, 'runtimes.json', runtimeSchema),
    // Curated measurements, then those generated from the reference set (npm run catalog:measurements).
    measurements: [...curated, ...readRows(dir, REFERENCE_MEASUREMENTS_FILE, measurementSchema)],
  };
  // Where a measurement's row is, for error messages: its file and index there.
  const measurementAt = (i: number): [string, number] => (i < curated.length ? ['measurements.json', i] : [REFERENCE_MEASUREMENTS_FILE, i - curated.length]);
  assertUnique('formats.json', data.formats, (f) => f.name, 'name');
  assertUnique('formats.json', data.formats, (f) => f.slug, 'slug');
  assertUnique('models.json', data.models, (m) => m.slug, 'slug');
  assertUnique('artifacts.json', data.artifacts, (a) => a.slug, 'slug');
  assertUnique('hardware.json', data.hardware, (h) => h.slug, 'slug');
  assertUnique('prices.json', data.prices, (p) => p.slug, 'slug');
  assertUnique('runtimes.json', data.runtimes, (r) => r.slug, 'slug');
  assertUnique(`measurements.json + ${REFERENCE_MEASUREMENTS_FILE}`, data.measurements, measurementKey, '(record)');

  const formats = new Set(data.formats.map((f) => f.name));
  const models = new Set(data.models.map((m) => m.slug));
  const hardware = new Set(data.hardware.map((h) => h.slug));
  const runtimes = new Set(data.runtimes.map((r) => r.slug));
  data.formats.forEach((f, i) => f.runtimes.forEach((r) => assertKnown('formats.json', i, 'runtimes', r, runtimes, 'runtime')));
  data.artifacts.forEach((a, i) => {
    assertKnown('artifacts.json', i, 'model', a.model, models, 'model');
    assertKnown('artifacts.json', i, 'format', a.format, formats, 'format');
  });
  data.prices.forEach((p, i) => assertKnown('prices.json', i, 'hardware', p.hardware, hardware, 'hardware'));
  data.measurements.forEach((m, i) => {
    const [file, index] = measurementAt(i);
    assertKnown(file, index, 'hardware', m.hardware, hardware, 'hardware');
    assertKnown(file, index, 'model', m.model, models, 'model');
    assertKnown(file, index, 'format', m.format, formats, 'format');
    assertKnown(file, index, 'runtime', m.runtime, runtimes, 'runtime');
  });
  return data;
}

export interface SeedOptions {
  /** Overwrite rows that already exist with the files' values. Default: only add what is missing, so editors' changes survive a restart. */
  sync?: boolean;
}

export interface SeedSummary {
  created: Record<keyof SeedData, number>;
  updated: Record<keyof SeedData, number>;
}

export async function seedDatabase(prisma: PrismaClient, data: SeedData, options: SeedOptions = {}): Promise<SeedSummary> {
  const created = { formats: 0, models: 0, artifacts: 0, hardware: 0, prices: 0, runtimes: 0, measurements: 0 };
  const updated = { ...created };
  const sync = options.sync ?? false;

  await prisma.$transaction(
    async (tx) => {
      const refs = new ReferenceIds(tx);
      for (const entity of ENTITY_WRITE_ORDER) {
        const stored = new Map((await loadEntries(tx, entity)).map((e) => [e.key, e]));
        for (const record of data[entity] as AnyRecord[]) {
          const existing = stored.get(keyOfRecord(entity, record));
          if (!existing) {
            await writeRecord(tx, entity, record, null, null, refs);
            created[entity]++;
          } else if (sync && !sameRecord(existing.record, record)) {
            await writeRecord(tx, entity, record, { id: existing.id, key: existing.key }, null, refs);
            updated[entity]++;
          }
        }
      }
      // Running app instances reload when the revision moves; a seed that changed nothing (what
      // every start does) leaves it alone.
      const wrote = [...Object.values(created), ...Object.values(updated)].some((count) => count > 0);
      if (wrote) await bumpCatalogRevision(tx);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { created, updated };
}

/** Equal field for field, whatever the key order. */
function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
