import 'server-only';
import { db } from '@/lib/db';
import { currentCatalogRevision } from '@/lib/data/catalog-revision';
import { loadCatalogRecords } from '@/lib/data/catalog-records';
import { catalogFromRecords, catalogLookupOf, type CatalogRecords } from '@/lib/catalog/records';
import type { CatalogLookup } from '@/lib/estimate/types';
import type { CatalogHardware, CatalogModel } from '@/lib/recommend/types';
import { modelShapeProblem } from '@/lib/estimate/shape-limits';

// The whole catalog, in memory: its records (the seed files' shape, read through the one row ↔
// record mapping) and the domain objects built from them (the recommender's catalog, the
// estimator's lookup). It is small (a few hundred rows) and read on every public page, so it is
// loaded once and kept until the catalog revision moves (lib/data/catalog-revision.ts): every
// catalog write, on any instance, bumps it.

// Edits made outside the app (hand-written SQL) may not bump the revision; this long fallback
// still picks them up here eventually (cached pages only follow the revision).
export const SNAPSHOT_FALLBACK_TTL_MS = 10 * 60_000;

export interface CatalogSnapshot {
  records: CatalogRecords;
  models: CatalogModel[];
  hardware: CatalogHardware[];
  lookup: CatalogLookup;
  /** The catalog revision read before the rows were: the rows are at least this recent. */
  revision: number;
  loadedAt: number;
}

async function load(revision: number, loadedAt: number): Promise<CatalogSnapshot> {
  // One transaction: every entity read from the same state of the database.
  const records = await db.$transaction((tx) => loadCatalogRecords(tx));
  const catalog = catalogFromRecords(records);
  // A row outside the physical ranges (stored before they were enforced, or by hand-written SQL)
  // stays out of the ranking; the estimator refuses it by name when asked for it directly.
  const models = catalog.models.filter((m) => {
    const problem = modelShapeProblem(m);
    if (problem) console.error(`Catalog: model "${m.slug}" left out of rankings: ${problem.message}`);
    return !problem;
  });
  return { records, models, hardware: catalog.hardware, lookup: catalogLookupOf(catalog), revision, loadedAt };
}

// Kept on globalThis: Next bundles route handlers and pages separately, and each bundle would
// otherwise hold its own copy of this module and load the catalog again.
const state = globalThis as unknown as { quantwiseCatalogSnapshot?: { promise: Promise<CatalogSnapshot>; revision: number; loadedAt: number } };

export async function getCatalogSnapshot(now: number = Date.now()): Promise<CatalogSnapshot> {
  // The revision comes first: rows loaded after it are at least that recent, so a write landing
  // mid-load at worst causes one extra reload, never a snapshot that claims a newer revision.
  const revision = await currentCatalogRevision(now);
  const current = state.quantwiseCatalogSnapshot;
  if (current && current.revision === revision && now - current.loadedAt <= SNAPSHOT_FALLBACK_TTL_MS) return current.promise;
  const promise = load(revision, now);
  state.quantwiseCatalogSnapshot = { promise, revision, loadedAt: now };
  promise.catch(() => {
    if (state.quantwiseCatalogSnapshot?.promise === promise) state.quantwiseCatalogSnapshot = undefined;
  });
  return promise;
}
