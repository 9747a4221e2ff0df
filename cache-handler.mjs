// Next's page cache (ISR and prerendered pages), bounded and made coherent across instances.
//
// Bounded: every page rendered while the server runs lives in one in-memory LRU capped by bytes
// (PAGE_CACHE_MB, lib/page-cache-config.mjs), least recently used out first, and nothing rendered
// at runtime is written to disk. Disk holds only what `next build` prerendered (bounded by the
// catalog). So distinct addresses, however many, cost at most the cap. Only a complete, successful
// render is kept: a 404 or any other error page (an unknown slug, a wizard link naming hardware the
// catalog lacks) is rendered each time it is asked for and never stored.
//
// Coherent: every read asks the hook instrumentation.ts registers (lib/data/catalog-revision.ts)
// for the time before which cached pages predate the latest catalog change this instance knows
// of; an older entry is answered as a miss, so Next renders the page again, blocking, from the
// current data. Entries older than the process (the build's prerenders, rendered perhaps on
// another database) count as stale the same way. Pages listed as rendering no catalog data
// (CATALOG_FREE_ROUTES in lib/page-cache-config.mjs: /accuracy) are exempt.
//
// Loaded by Next at runtime outside the bundler, hence plain JS. It subclasses Next internals
// (pinned: next 16.4.6); re-check the import paths, the entry shape ({ value, lastModified,
// cacheControl }) and the tag check against file-system-cache.js on upgrade.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { pageCacheCapBytes, rendersCatalog } from './lib/page-cache-config.mjs';

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
const { areTagsExpired } = tagsManifestModule;

// The same symbol as CATALOG_SYNC_HOOK in lib/data/catalog-revision.ts.
const CATALOG_SYNC_HOOK = Symbol.for('quantwise.catalogSync');
// Whole responses (pages and route handlers), as asked for (ctx.kind) and as stored (value.kind).
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);
const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags';

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

const byteLength = (value) => (typeof value === 'string' ? Buffer.byteLength(value) : (value?.byteLength ?? value?.length ?? 0));

/** Bytes an entry holds: its key, the HTML or body, the RSC payload and every prefetch segment. */
export function entryBytes(key, value) {
  let bytes = Buffer.byteLength(key) + byteLength(value.html) + byteLength(value.rscData) + byteLength(value.body) + byteLength(value.postponed);
  if (value.pageData !== undefined) bytes += Buffer.byteLength(JSON.stringify(value.pageData) ?? '');
  if (value.segmentData) for (const [path, buffer] of value.segmentData) bytes += Buffer.byteLength(path) + byteLength(buffer);
  return Math.max(1, bytes);
}

/** A least-recently-used map bounded by the bytes of what it holds. */
export class PageLru {
  constructor(capBytes) {
    this.capBytes = capBytes;
    this.bytes = 0;
    /** Insertion order is recency: the first entry is the least recently used. */
    this.entries = new Map();
  }

  get(key) {
    const found = this.entries.get(key);
    if (!found) return undefined;
    this.entries.delete(key);
    this.entries.set(key, found);
    return found.entry;
  }

  /** Stores an entry of `bytes`, evicting the least recently used until the total fits; false when it alone exceeds the cap. */
  set(key, entry, bytes) {
    this.delete(key);
    if (bytes > this.capBytes) return false;
    this.entries.set(key, { entry, bytes });
    this.bytes += bytes;
    for (const [oldest, { bytes: size }] of this.entries) {
      if (this.bytes <= this.capBytes) break;
      this.entries.delete(oldest);
      this.bytes -= size;
    }
    return true;
  }

  delete(key) {
    const found = this.entries.get(key);
    if (!found) return;
    this.entries.delete(key);
    this.bytes -= found.bytes;
  }
}

// One per process (Next creates a handler per request; they share this).
const PAGES = Symbol.for('quantwise.pageCache');
export function runtimePages() {
  globalThis[PAGES] ??= new PageLru(pageCacheCapBytes());
  return globalThis[PAGES];
}

function tagsOf(entry) {
  const tags = entry.value?.headers?.[NEXT_CACHE_TAGS_HEADER];
  return typeof tags === 'string' && tags.length > 0 ? tags.split(',') : [];
}

function tagsExpired(entry) {
  const tags = tagsOf(entry);
  return tags.length > 0 && areTagsExpired(tags, entry.lastModified);
}

export default class CatalogCoherentCache extends FileSystemCache {
  async get(key, ctx) {
    const isResponse = RESPONSE_KINDS.has(ctx?.kind);
    let entry = null;
    if (isResponse) {
      entry = runtimePages().get(key) ?? null;
      if (entry && tagsExpired(entry)) {
        runtimePages().delete(key);
        entry = null;
      }
    }
    // Not rendered since this process started: what the build prerendered, if anything.
    entry ??= await super.get(key, ctx);
    if (!entry || !isResponse) return entry;
    // A page that renders no catalog data (CATALOG_FREE_ROUTES) does not go stale with the catalog.
    if (!rendersCatalog(tagsOf(entry))) return entry;
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

  async set(key, data, ctx) {
    // `next build` writes its prerenders to disk as usual (they are the bounded seed set); so do
    // fetch-cache entries, which this site does not make.
    if (process.env.NEXT_PHASE === 'phase-production-build' || !data || !RESPONSE_KINDS.has(data.kind)) {
      if (!data) runtimePages().delete(key);
      return super.set(key, data, ctx);
    }
    if (typeof data.status === 'number' && data.status !== 200) {
      runtimePages().delete(key);
      return;
    }
    runtimePages().set(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl }, entryBytes(key, data));
  }
}
