// The page cache's size cap, in one place for lib/env.ts (which validates PAGE_CACHE_MB with the
// rest of the environment) and cache-handler.mjs (plain JS that Next loads outside the bundler).

/** Default cap of the in-memory page cache, in MiB (a wizard result is about 0.4 MiB). */
export const DEFAULT_PAGE_CACHE_MB = 128;

/**
 * The cap in bytes from PAGE_CACHE_MB: a whole number of MiB from 1 to 65,536, else the default
 * (lib/env.ts refuses such a value at start with a message; the cache must not fail on its own).
 * @param {Record<string, string | undefined>} [env]
 * @returns {number}
 */
export function pageCacheCapBytes(env = process.env) {
  const raw = env.PAGE_CACHE_MB;
  const mb = raw === undefined || raw === '' ? DEFAULT_PAGE_CACHE_MB : Number(raw);
  const valid = Number.isInteger(mb) && mb >= 1 && mb <= 65_536;
  return (valid ? mb : DEFAULT_PAGE_CACHE_MB) * 1024 * 1024;
}

/**
 * Cached pages that render nothing from the catalog database, by their route file as Next tags a
 * page ("/(site)/accuracy/page", the name revalidatePath takes). A catalog write leaves them
 * cached: /accuracy reads the committed reference measurements and seed files (lib/data/
 * reference-data.ts), and re-rendering it costs seconds of the server's one thread per write.
 * A page that starts reading the catalog must leave this list.
 */
export const CATALOG_FREE_ROUTES = ['/(site)/accuracy/page'];

/** Next's prefix for the tags it derives from a page's route and path (NEXT_CACHE_IMPLICIT_TAG_ID). */
const IMPLICIT_TAG_PREFIX = '_N_T_';

/**
 * Whether a cached response renders catalog data, from the tags Next stored with it (its
 * `x-next-cache-tags` header): yes unless it is one of CATALOG_FREE_ROUTES, so a page nobody
 * listed stays coherent with the catalog.
 * @param {string[]} tags
 * @returns {boolean}
 */
export function rendersCatalog(tags) {
  return !CATALOG_FREE_ROUTES.some((route) => tags.includes(`${IMPLICIT_TAG_PREFIX}${route}`));
}
