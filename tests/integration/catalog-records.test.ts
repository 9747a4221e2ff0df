import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_WRITE_ORDER, loadCatalogRecords, loadEntries } from '@/lib/data/catalog-records';
import { loadSeedData } from '@/lib/data/catalog-seed';
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client';
import { createTempDatabase, type TempDatabase } from '@/tests/support/temp-database';

// The one row ↔ record mapping (lib/data/catalog-records.ts) loses nothing: every seed record,
// written to a real database and read back, is the record it was, field for field and in the
// schema's key order. A field added to a record and forgotten in the mapping fails here.

let database: TempDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTempDatabase({ seed: true });
  prisma = createPrismaClient(database.url);
});
afterAll(async () => {
  await prisma.$disconnect();
  await database.cleanup();
});

/** The mapping stores a format's runtimes and a model's strengths as relations: it reads them back sorted. */
function normalised(entity: string, record: Record<string, unknown>): Record<string, unknown> {
  if (entity === 'formats') return { ...record, runtimes: [...(record.runtimes as string[])].sort() };
  if (entity === 'models') return { ...record, strengths: [...(record.strengths as { useCase: string }[])].sort((a, b) => a.useCase.localeCompare(b.useCase)) };
  return record;
}

describe('catalog records round-trip', () => {
  const seed = loadSeedData();

  it.each(ENTITY_WRITE_ORDER)('every %s record reads back as written', async (entity) => {
    const stored = await loadEntries(prisma, entity);
    expect(stored).toHaveLength(seed[entity].length);
    const byKey = new Map(stored.map((e) => [e.key, e.record as unknown as Record<string, unknown>]));
    for (const written of seed[entity] as unknown as Record<string, unknown>[]) {
      const key = entity === 'measurements' ? stored.find((e) => JSON.stringify(normalised(entity, e.record as never)) === JSON.stringify(normalised(entity, written)))?.key : (written.slug as string);
      const read = key ? byKey.get(key) : undefined;
      expect(read, `${entity} ${String(written.slug ?? JSON.stringify(written).slice(0, 80))}`).toBeDefined();
      expect(normalised(entity, read!)).toEqual(normalised(entity, written));
      expect(Object.keys(read!)).toEqual(Object.keys(written));
    }
  });

  it('loads the whole catalog in one read', async () => {
    const records = await prisma.$transaction((tx) => loadCatalogRecords(tx));
    for (const entity of ENTITY_WRITE_ORDER) expect(records[entity]).toHaveLength(seed[entity].length);
  });
});
