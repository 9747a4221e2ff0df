// Next's own file-system page cache (ISR and prerendered pages), made coherent across instances
// that share one database. Every read asks the hook that instrumentation.ts registers
// (lib/data/catalog-revision.ts) for the time before which cached pages predate the latest catalog
// change this instance knows of; an older entry is answered as a miss, so Next renders the page
// again, blocking, from the current data, and stores the new render as usual.
//
// Loaded by Next at runtime outside the bundler, hence plain JS. It subclasses a Next internal
// (pinned: next 16.4.6); re-check the import path and the entry's `lastModified` on upgrade.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;

// The same symbol as CATALOG_SYNC_HOOK in lib/data/catalog-revision.ts.
const CATALOG_SYNC_HOOK = Symbol.for('quantwise.catalogSync');
// Whole responses (pages and route handlers); fetch-cache entries are not catalog pages.
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);

// Longest a page waits for the revision check: when the database does not answer (a host that
// drops packets, not one that refuses), cached pages are served instead of waiting for TCP.
const CHECK_TIMEOUT_MS = 1000;
const TIMED_OUT = Symbol('timed out');

let reportedHookFailure = false;

function withTimeout(promise) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), CHECK_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export default class CatalogCoherentCache extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry || !RESPONSE_KINDS.has(ctx?.kind)) return entry;
    const staleBefore = globalThis[CATALOG_SYNC_HOOK];
    // No hook during `next build` (its prerenders are fresh by definition): pass through.
    if (typeof staleBefore !== 'function') return entry;
    let before;
    try {
      before = await withTimeout(staleBefore());
      if (before === TIMED_OUT) throw new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`);
    } catch (error) {
      // The revision could not be read in time (database unreachable or slow): serve what is
      // cached rather than fail or stall the page too; the next read tries again.
      if (!reportedHookFailure) console.error('Page cache: could not check the catalog revision; serving cached pages', error);
      reportedHookFailure = true;
      return entry;
    }
    reportedHookFailure = false;
    return typeof entry.lastModified === 'number' && entry.lastModified >= 0 && entry.lastModified < before ? null : entry;
  }
}
