// Types for cache-handler.mjs (plain JS: Next loads it outside the bundler), for its tests.
export default class CatalogCoherentCache {
  get(key: string, ctx: { kind: string }): Promise<unknown>;
}
