// Types for page-cache-config.mjs (plain JS: the cache handler loads it outside the bundler).
export const DEFAULT_PAGE_CACHE_MB: number;
export function pageCacheCapBytes(env?: Record<string, string | undefined>): number;
export const CATALOG_FREE_ROUTES: readonly string[];
export function rendersCatalog(tags: string[]): boolean;
