import { revalidatePath } from 'next/cache';

// The public routes whose cached pages render catalog data. Admin writes revalidate these so
// public pages show an edit on the next request, without a rebuild.

/**
 * [route, type] pairs for revalidatePath after a catalog write. Patterns name the route file,
 * route group included (Next tags a page with its file path, e.g. "/(site)/hardware/[slug]/page").
 */
const CACHED_CATALOG_ROUTES: ReadonlyArray<readonly [string, 'page' | 'layout']> = [
  ['/(site)', 'page'],
  ['/(site)/models', 'page'],
  ['/(site)/models/filter/[...filters]', 'page'],
  ['/(site)/hardware', 'page'],
  ['/(site)/hardware/[slug]', 'page'],
  // Cached wizard results and the static pages whose tables the estimator computes from the catalog.
  ['/(site)/wizard/results/[...answers]', 'page'],
  ['/(site)/guides/[slug]', 'page'],
  ['/(site)/api', 'page'],
];
// /models/[slug] (its "on your hardware" figures), /plan, /compare and the models search
// (/models/filter?q=…) render per request from the snapshot, which the same writes invalidate,
// so they need no entry here.

/**
 * After a catalog write: this instance's public pages, at once. The data function has already
 * bumped the catalog revision (other instances follow within CATALOG_SYNC_SECONDS) and called
 * noteCatalogWrite() after its commit, so this instance's snapshot and page-cache handler re-read
 * the revision on their next use.
 */
export function revalidateCatalogPages(): void {
  for (const [path, type] of CACHED_CATALOG_ROUTES) revalidatePath(path, type);
}
