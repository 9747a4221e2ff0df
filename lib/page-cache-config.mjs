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
