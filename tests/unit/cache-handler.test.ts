import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// cache-handler.mjs on its own: Next's FileSystemCache underneath is replaced by a fixed entry
// (this test file runs in its own process), and the catalog hook by the cases below.

const HOOK = Symbol.for('quantwise.catalogSync');
const hooks = globalThis as unknown as Record<symbol, unknown>;
const ENTRY = { lastModified: 1_000, value: { kind: 'APP_PAGE' } };
type Handler = { get(key: string, ctx: { kind: string }): Promise<unknown> };
let handler: Handler;

beforeAll(async () => {
  const { default: FileSystemCache } = (await import('next/dist/server/lib/incremental-cache/file-system-cache.js')) as unknown as { default: { prototype: { get: unknown } } };
  FileSystemCache.prototype.get = async () => ENTRY;
  const { default: CatalogCoherentCache } = (await import('@/cache-handler.mjs')) as unknown as { default: new () => Handler };
  handler = Object.create(CatalogCoherentCache.prototype) as Handler;
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
