import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpCatalogRevision } from '@/lib/data/catalog-revision-bump';
import { readEnv } from '@/lib/env';
import { loadSeedData, seedDatabase } from '@/lib/data/catalog-seed';
import { setUpAdminFixture, type AdminFixture } from '@/tests/admin/support';

// Two app instances on one database. This process's data layer (`db`, the revision state, the
// snapshot) is instance B; a second Prisma client on the same database (fx.prisma) is instance A,
// or any other writer (the seed CLI, another server). Only the database URL is shared, so the test
// holds for any engine. Times passed to getCatalogSnapshot are explicit: nothing waits.

let fx: AdminFixture;
let data: typeof import('@/lib/data/admin/catalog');
let imports: typeof import('@/lib/data/admin/import');
let snapshots: typeof import('@/lib/data/catalog-snapshot');

const GPU = 'geforce-rtx-3060-12gb';
const SYNC_MS = readEnv().CATALOG_SYNC_SECONDS * 1000;

beforeAll(async () => {
  fx = await setUpAdminFixture();
  data = await import('@/lib/data/admin/catalog');
  imports = await import('@/lib/data/admin/import');
  snapshots = await import('@/lib/data/catalog-snapshot');
});
afterAll(async () => {
  await fx.prisma.$disconnect();
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await fx.database.cleanup();
});

async function storedRevision(): Promise<number> {
  const row = await fx.prisma.catalogRevision.findUnique({ where: { id: 1 } });
  return row?.revision ?? 0;
}

describe('[COHERENCE] every catalog write bumps the revision in its own transaction', () => {
  it('an admin create, update and delete each bump it once; a refused save does not', async () => {
    const entry = (await data.getEntry(fx.actors.editor, 'hardware', GPU))!;
    const start = await storedRevision();

    const created = await data.saveEntry(fx.actors.editor, { entity: 'hardware', key: null, version: null, record: { ...entry.record, slug: 'coherence-gpu', name: 'Coherence GPU' } });
    expect(created).toMatchObject({ ok: true });
    expect(await storedRevision()).toBe(start + 1);

    const updated = await data.saveEntry(fx.actors.editor, { entity: 'hardware', key: entry.key, version: entry.version, record: { ...entry.record, notes: 'bumped' } });
    expect(updated).toMatchObject({ ok: true });
    expect(await storedRevision()).toBe(start + 2);

    // Same stale version again: a conflict, rolled back with its (would-be) bump.
    const conflict = await data.saveEntry(fx.actors.editor, { entity: 'hardware', key: entry.key, version: entry.version, record: { ...entry.record, notes: 'loses' } });
    expect(conflict).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await storedRevision()).toBe(start + 2);

    const fresh = (await data.getEntry(fx.actors.editor, 'hardware', 'coherence-gpu'))!;
    expect(await data.deleteEntry(fx.actors.editor, { entity: 'hardware', key: fresh.key, version: fresh.version })).toMatchObject({ ok: true });
    expect(await storedRevision()).toBe(start + 3);
  });

  it('an import bumps it once when it changes something; a dry run or an import that changes nothing does not', async () => {
    const exported = await data.exportCatalog(fx.actors.editor);
    const start = await storedRevision();
    expect(await imports.importCatalog(fx.actors.editor, { json: JSON.stringify(exported), dryRun: false })).toMatchObject({ ok: true, operations: [] });
    expect(await storedRevision()).toBe(start);

    const gpu = exported.catalog.hardware.find((h) => h.slug === GPU)!;
    const json = JSON.stringify({ ...exported, catalog: { hardware: [{ ...gpu, bandwidthGBps: 361 }, { ...gpu, slug: 'imported-coherence-gpu', name: 'Imported Coherence GPU' }] } });
    expect(await imports.importCatalog(fx.actors.editor, { json, dryRun: true })).toMatchObject({ ok: true, dryRun: true });
    expect(await storedRevision()).toBe(start);
    expect(await imports.importCatalog(fx.actors.editor, { json, dryRun: false })).toMatchObject({ ok: true, dryRun: false });
    expect(await storedRevision()).toBe(start + 1);
  });

  it('a seed that finds nothing missing leaves it alone; one that adds a record, or a --sync, bumps it', async () => {
    const seed = loadSeedData();
    const start = await storedRevision();
    const noop = await seedDatabase(fx.prisma, seed);
    expect(Object.values(noop.created).every((count) => count === 0)).toBe(true);
    expect(await storedRevision()).toBe(start);

    const extra = { ...seed.hardware[0]!, slug: 'seeded-coherence-gpu', name: 'Seeded Coherence GPU' };
    const adding = await seedDatabase(fx.prisma, { ...seed, hardware: [...seed.hardware, extra] });
    expect(adding.created.hardware).toBe(1);
    expect(await storedRevision()).toBe(start + 1);

    await seedDatabase(fx.prisma, seed, { sync: true });
    expect(await storedRevision()).toBe(start + 2);
  });
});

describe('[COHERENCE] instance B follows instance A through the revision', () => {
  it('B keeps its snapshot within the sync interval, then reloads once A has written and bumped', async () => {
    const t = Date.now();
    const before = await snapshots.getCatalogSnapshot(t);
    const bandwidthBefore = before.hardware.find((h) => h.slug === GPU)!.bandwidthGBps;

    // Instance A: an edit and its bump, in one transaction.
    await fx.prisma.$transaction(async (tx) => {
      await tx.hardware.update({ where: { slug: GPU }, data: { bandwidthGBps: bandwidthBefore + 100 } });
      await bumpCatalogRevision(tx);
    });
    const revisionAfter = await storedRevision();
    expect(revisionAfter).not.toBe(before.revision);

    // Within the interval B has not looked yet: same snapshot (no read per request).
    const within = await snapshots.getCatalogSnapshot(t + SYNC_MS - 1);
    expect(within).toBe(before);

    // Once the interval has passed, B sees the new revision and reloads.
    const after = await snapshots.getCatalogSnapshot(t + SYNC_MS);
    expect(after).not.toBe(before);
    expect(after.revision).toBe(revisionAfter);
    expect(after.hardware.find((h) => h.slug === GPU)!.bandwidthGBps).toBe(bandwidthBefore + 100);
  });

  it('an edit that skips the revision (hand SQL) is picked up only by the long fallback', async () => {
    const t = Date.now() + 60_000;
    const before = await snapshots.getCatalogSnapshot(t);
    const bandwidth = before.hardware.find((h) => h.slug === GPU)!.bandwidthGBps;
    await fx.prisma.hardware.update({ where: { slug: GPU }, data: { bandwidthGBps: bandwidth + 1 } });

    const laterSameRevision = await snapshots.getCatalogSnapshot(t + 3 * SYNC_MS);
    expect(laterSameRevision).toBe(before);
    const afterFallback = await snapshots.getCatalogSnapshot(t + snapshots.SNAPSHOT_FALLBACK_TTL_MS + 1);
    expect(afterFallback.hardware.find((h) => h.slug === GPU)!.bandwidthGBps).toBe(bandwidth + 1);
  });

  it('a write made through B itself shows in B at once, without waiting for the interval', async () => {
    const t = Date.now() + 2 * snapshots.SNAPSHOT_FALLBACK_TTL_MS;
    const before = await snapshots.getCatalogSnapshot(t);
    const entry = (await data.getEntry(fx.actors.editor, 'hardware', GPU))!;
    const bandwidth = before.hardware.find((h) => h.slug === GPU)!.bandwidthGBps;
    expect(await data.saveEntry(fx.actors.editor, { entity: 'hardware', key: GPU, version: entry.version, record: { ...entry.record, bandwidthGBps: bandwidth + 7 } })).toMatchObject({ ok: true });

    const next = await snapshots.getCatalogSnapshot(t + 1);
    expect(next).not.toBe(before);
    expect(next.hardware.find((h) => h.slug === GPU)!.bandwidthGBps).toBe(bandwidth + 7);
  });
});
