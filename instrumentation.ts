// Runs once when a server process starts. Registers the hook cache-handler.mjs asks whether a
// cached page predates the latest catalog change (lib/data/catalog-revision.ts). Node only: the
// data layer needs the database driver, and the page cache lives in the Node server.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerCatalogSyncHook } = await import('@/lib/data/catalog-revision');
    registerCatalogSyncHook();
  }
}
