import { revalidatePath } from 'next/cache';

// Named cache tags and the public routes that render catalog data. Admin writes revalidate these
// so public pages show an edit on the next request, without a rebuild.

export const TAGS = {
  catalog: 'catalog',
} as const;

/**
 * [route, type] pairs for revalidatePath after a catalog write. Patterns name the route file,
 * route group included (Next tags a page with its file path, e.g. "/(site)/hardware/[slug]/page").
 */
export const PUBLIC_CATALOG_PATHS: ReadonlyArray<readonly [string, 'page' | 'layout']> = [
  ['/(site)', 'page'],
  ['/(site)/models', 'page'],
  ['/(site)/models/[slug]', 'page'],
  ['/(site)/models/filter/[...filters]', 'page'],
  ['/(site)/hardware', 'page'],
  ['/(site)/hardware/[slug]', 'page'],
  // Cached wizard results and the static pages whose tables the estimator computes from the catalog.
  ['/(site)/wizard/results/[...answers]', 'page'],
  ['/(site)/guides/[slug]', 'page'],
  ['/(site)/api', 'page'],
];
// /plan, /compare and the models search (/models/filter?q=…) read the catalog per request (through
// the snapshot or the data layer), so they need no entry here.

/**
 * After a catalog write: this instance's public pages, at once. The data function has already
 * bumped the catalog revision (other instances follow within CATALOG_SYNC_SECONDS) and called
 * noteCatalogWrite() after its commit, so this instance's snapshot and page-cache handler re-read
 * the revision on their next use.
 */
export function revalidateCatalogPages(): void {
  for (const [path, type] of PUBLIC_CATALOG_PATHS) revalidatePath(path, type);
}
