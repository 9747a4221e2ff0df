// Runs once when a server process starts, before it answers requests. Node only: the data layer
// needs the database driver, and the page cache and HTTP server live in the Node server.
// - Records each request's TCP peer (lib/http/peer-address.ts), the one client address a client
//   cannot forge; TRUST_PROXY decides how far X-Forwarded-For is believed.
// - Registers the hook cache-handler.mjs asks whether a cached page predates the latest catalog
//   change (lib/data/catalog-revision.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installPeerAddressHook } = await import('@/lib/http/peer-address');
    installPeerAddressHook();
    const { registerCatalogSyncHook } = await import('@/lib/data/catalog-revision');
    registerCatalogSyncHook();
  }
}
