import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// cache-handler.mjs on its own: Next's FileSystemCache underneath is replaced by a fixed entry
// (this test file runs in its own process), and the catalog hook by the cases below.

const HOOK = Symbol.for('quantwise.catalogSync');
const hooks = globalThis as unknown as Record<symbol, unknown>;
const ENTRY = { lastModified: 1_000, value: { kind: 'APP_PAGE' } };
type Handler = { get(key: string, ctx: { kind: string }): Promise<unknown>; set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void> };
let handler: Handler;

// What the handler passes on to Next's file-system cache (the disk), per key.
const diskWrites: string[] = [];
const CAP_MB = 16;
let pages: typeof import('@/cache-handler.mjs').runtimePages;
let entryBytes: typeof import('@/cache-handler.mjs').entryBytes;

beforeAll(async () => {
  process.env.PAGE_CACHE_MB = String(CAP_MB);
  const { default: FileSystemCache } = (await import('next/dist/server/lib/incremental-cache/file-system-cache.js')) as unknown as { default: { prototype: { get: unknown; set: unknown } } };
  FileSystemCache.prototype.get = async () => ENTRY;
  FileSystemCache.prototype.set = async (key: string) => {
    diskWrites.push(key);
  };
  const handlerModule = await import('@/cache-handler.mjs');
  handler = Object.create(handlerModule.default.prototype) as Handler;
  pages = handlerModule.runtimePages;
  entryBytes = handlerModule.entryBytes;
});
afterEach(() => {
  delete hooks[HOOK];
  vi.useRealTimers();
});

describe('the page cache handler', () => {
  it('passes entries through when no hook is registered (next build)', async () => {
    expect(await handler.get('k', { kind: 'APP_PAGE' })).toBe(ENTRY);
  });

  it('answers a miss for a page older than the last catalog change, and the entry for a newer one', async () => {
    hooks[HOOK] = async () => 2_000;
    expect(await handler.get('k', { kind: 'APP_PAGE' })).toBeNull();
    expect(await handler.get('k', { kind: 'APP_ROUTE' })).toBeNull();
    hooks[HOOK] = async () => 500;
    expect(await handler.get('k', { kind: 'APP_PAGE' })).toBe(ENTRY);
  });

  it('keeps a page that renders no catalog data (/accuracy) through a catalog write; a catalog page rendered as early is a miss', async () => {
    // The tags Next stores with a page: its layouts', its route file's and its path's.
    const rendered = (route: string, path: string) => ({ kind: 'APP_PAGE', html: `rendered ${path}`, headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_/(site)/layout,_N_T_/(site)${route}/page,_N_T_${path}` } });
    const accuracy = '/route-cache/APP_PAGE/abc/$/accuracy';
    const hardware = '/route-cache/APP_PAGE/abc/$/hardware';
    await handler.set(accuracy, rendered('/accuracy', '/accuracy'), {});
    await handler.set(hardware, rendered('/hardware', '/hardware'), {});
    // A catalog write after both were rendered.
    hooks[HOOK] = async () => Date.now() + 1_000;
    expect(await handler.get(accuracy, { kind: 'APP_PAGE' })).toMatchObject({ value: { html: 'rendered /accuracy' } });
    expect(await handler.get(hardware, { kind: 'APP_PAGE' })).toBeNull();
  });

  it('lists as catalog-free only pages that read nothing from the database', async () => {
    const { CATALOG_FREE_ROUTES } = await import('@/lib/page-cache-config.mjs');
    const { readFileSync } = await import('node:fs');
    expect(CATALOG_FREE_ROUTES.length).toBeGreaterThan(0);
    for (const route of CATALOG_FREE_ROUTES) {
      const source = readFileSync(`app${route}.tsx`, 'utf8');
      // The data layer's database modules (and the snapshot) are what "the catalog" means here; reference-data reads committed files.
      const dataImports = [...source.matchAll(/from '@\/lib\/data\/([\w/-]+)'/g)].map((m) => m[1]);
      expect(dataImports, route).toEqual(dataImports.filter((module) => module === 'reference-data'));
    }
  });

  it('leaves fetch-cache entries alone', async () => {
    hooks[HOOK] = async () => 2_000;
    expect(await handler.get('k', { kind: 'FETCH' })).toBe(ENTRY);
  });

  it('serves the cached entry when the revision check fails or does not answer within a second', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    hooks[HOOK] = async () => {
      throw new Error('database unreachable');
    };
    expect(await handler.get('k', { kind: 'APP_PAGE' })).toBe(ENTRY);
    vi.useFakeTimers();
    hooks[HOOK] = () => new Promise(() => {});
    const answer = handler.get('k', { kind: 'APP_PAGE' });
    await vi.advanceTimersByTimeAsync(999);
    let settled = false;
    void answer.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toBe(ENTRY);
  });
});

describe('the page cache is bounded by bytes', () => {
  // A rendered wizard result is about 0.4 MB: HTML, the RSC payload and its prefetch segments.
  const html = 'x'.repeat(200_000);
  const rscData = Buffer.alloc(150_000);
  const page = (status?: number) => ({ kind: 'APP_PAGE', html, rscData, segmentData: new Map([['/_tree', Buffer.alloc(30_000)]]), headers: {}, status });
  const key = (i: number) => `/route-cache/APP_PAGE/abc/$/wizard/results/hw/gpu/gpu/geforce-rtx-4090/ram/${i}/os/windows/use/chat/ctx/8192/pri/50/tool/auto`;

  it('5,000 distinct paths: the cache never holds more than PAGE_CACHE_MB, drops the least recently used, and writes nothing to disk', async () => {
    const cap = CAP_MB * 1024 * 1024;
    const perPage = entryBytes(key(1), page());
    expect(perPage).toBeGreaterThan(380_000);
    let peak = 0;
    for (let i = 0; i < 5_000; i++) {
      await handler.set(key(i), page(), { cacheControl: { revalidate: 3600 } });
      peak = Math.max(peak, pages().bytes);
      // Keep one early page in use: the least recently *used* goes first, not the oldest.
      if (i % 10 === 0) expect(await handler.get(key(0), { kind: 'APP_PAGE' })).toMatchObject({ value: { html } });
    }
    expect(peak).toBeLessThanOrEqual(cap);
    expect(pages().entries.size).toBe(Math.floor(cap / perPage));
    expect(await handler.get(key(4_999), { kind: 'APP_PAGE' })).toMatchObject({ value: { rscData } });
    // Evicted: answered by what is on disk from the build (here the stand-in), never by the LRU.
    expect(await handler.get(key(1), { kind: 'APP_PAGE' })).toBe(ENTRY);
    expect(diskWrites).toEqual([]);
  });

  it('never stores an error page (an invalid or unknown link renders each time)', async () => {
    await handler.set('/route-cache/APP_PAGE/abc/$/models/no-such-model', page(404), {});
    await handler.set('/route-cache/APP_PAGE/abc/$/models/broken', page(500), {});
    expect(pages().entries.has('/route-cache/APP_PAGE/abc/$/models/no-such-model')).toBe(false);
    expect(pages().entries.has('/route-cache/APP_PAGE/abc/$/models/broken')).toBe(false);
    expect(diskWrites).toEqual([]);
  });

  it('a page bigger than the whole cap is not kept, and evicts nothing', async () => {
    const before = pages().entries.size;
    await handler.set('/route-cache/APP_PAGE/abc/$/huge', { ...page(), html: 'x'.repeat(CAP_MB * 1024 * 1024 + 1) }, {});
    expect(pages().entries.has('/route-cache/APP_PAGE/abc/$/huge')).toBe(false);
    expect(pages().entries.size).toBe(before);
  });

  it('honours revalidatePath/revalidateTag: an entry whose tags expired after it was rendered is a miss', async () => {
    const { tagsManifest } = (await import('next/dist/server/lib/incremental-cache/tags-manifest.external.js')) as unknown as { tagsManifest: Map<string, { expired?: number }> };
    const tagged = '/route-cache/APP_PAGE/abc/$/hardware/geforce-rtx-4090';
    await handler.set(tagged, { ...page(), headers: { 'x-next-cache-tags': '_N_T_/hardware/geforce-rtx-4090' } }, {});
    expect(await handler.get(tagged, { kind: 'APP_PAGE' })).toMatchObject({ value: { html } });
    tagsManifest.set('_N_T_/hardware/geforce-rtx-4090', { expired: Date.now() + 1 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await handler.get(tagged, { kind: 'APP_PAGE' })).toBe(ENTRY);
    expect(pages().entries.has(tagged)).toBe(false);
  });
});
