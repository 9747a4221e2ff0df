import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client';
import type { CatalogExport } from '@/lib/data/admin/catalog';
import { signInNewAccount } from '@/tests/admin/support';
import { createTempDatabase, TEST_ENGINE, type TempDatabase } from '@/tests/support/temp-database';

// Moving a deployment from the embedded SQLite file to PostgreSQL (docs/deploy.md): export the
// catalog through the admin export on the old site, import it through the admin import on the
// new one. On the PostgreSQL pass this is SQLite → PostgreSQL; on the SQLite pass, SQLite → SQLite.
// Each side runs in its own module graph, as two sites would, pointed at its own database.

/** Loads the admin data layer against `url`, signed in as a fresh admin of that database. */
async function adminSession(url: string) {
  const global = globalThis as { quantwiseDb?: PrismaClient };
  await global.quantwiseDb?.$disconnect();
  delete global.quantwiseDb;
  vi.resetModules();
  process.env.DATABASE_URL = url;
  const prisma = createPrismaClient(url);
  try {
    const { actor } = await signInNewAccount(prisma, 'mover@example.com', 'admin', '198.51.100.7');
    return { actor, catalog: await import('@/lib/data/admin/catalog'), imports: await import('@/lib/data/admin/import') };
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * Every catalog row, with surrogate ids replaced by the natural keys they point at. Ids, row
 * versions and created/updated times are the new database's own bookkeeping and are left out.
 */
async function catalogRows(url: string): Promise<Record<string, string[]>> {
  const prisma = createPrismaClient(url);
  try {
    const tables: Record<string, unknown[]> = {
      Runtime: await prisma.runtime.findMany(),
      QuantFormat: await prisma.quantFormat.findMany(),
      RuntimeFormat: await prisma.runtimeFormat.findMany({ include: { runtime: { select: { slug: true } }, format: { select: { name: true } } } }),
      Model: await prisma.model.findMany(),
      ModelStrength: await prisma.modelStrength.findMany({ include: { model: { select: { slug: true } } } }),
      Artifact: await prisma.artifact.findMany({ include: { model: { select: { slug: true } }, format: { select: { name: true } } } }),
      Hardware: await prisma.hardware.findMany(),
      Measurement: await prisma.measurement.findMany({
        include: { hardware: { select: { slug: true } }, model: { select: { slug: true } }, format: { select: { name: true } }, runtime: { select: { slug: true } } },
      }),
    };
    const bookkeeping = (key: string) => key === 'id' || key.endsWith('Id') || key === 'version' || key === 'createdAt' || key === 'updatedAt';
    return Object.fromEntries(
      Object.entries(tables).map(([table, rows]) => [
        table,
        rows.map((row) => JSON.stringify(Object.fromEntries(Object.entries(row as object).filter(([key]) => !bookkeeping(key))))).sort(),
      ]),
    );
  } finally {
    await prisma.$disconnect();
  }
}

describe(`moving the catalog from SQLite to ${TEST_ENGINE} with the admin export and import`, () => {
  let source: TempDatabase;
  let target: TempDatabase;
  const savedUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    source = await createTempDatabase({ seed: true, engine: 'sqlite' });
    target = await createTempDatabase();
  });
  afterAll(async () => {
    const global = globalThis as { quantwiseDb?: PrismaClient };
    await global.quantwiseDb?.$disconnect();
    delete global.quantwiseDb;
    process.env.DATABASE_URL = savedUrl;
    await source.cleanup();
    await target.cleanup();
  });

  it('imports every exported row into an empty database, and the two catalogs then match row for row', async () => {
    const from = await adminSession(source.url);
    const exported: CatalogExport = await from.catalog.exportCatalog(from.actor);
    const json = JSON.stringify(exported);

    const to = await adminSession(target.url);
    expect(await to.catalog.countEntries(to.actor)).toEqual({ runtimes: 0, formats: 0, models: 0, artifacts: 0, hardware: 0, prices: 0, measurements: 0 });
    const result = await to.imports.importCatalog(to.actor, { json, dryRun: false });
    expect(result).toMatchObject({ ok: true, dryRun: false });

    const [before, after] = [await catalogRows(source.url), await catalogRows(target.url)];
    for (const table of Object.keys(before)) {
      expect(before[table]!.length, `${table} rows in the source`).toBeGreaterThan(0);
      expect(after[table], table).toEqual(before[table]);
    }
    // Exporting again from the new database gives the same records (in the new database's row order).
    const sorted = (catalog: CatalogExport['catalog']) => Object.fromEntries(Object.entries(catalog).map(([entity, rows]) => [entity, rows.map((r) => JSON.stringify(r)).sort()]));
    expect(sorted((await to.catalog.exportCatalog(to.actor)).catalog)).toEqual(sorted(exported.catalog));
  });
});
