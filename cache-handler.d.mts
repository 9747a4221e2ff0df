// Types for cache-handler.mjs (plain JS: Next loads it outside the bundler), for its tests.
export default class CatalogCoherentCache {
  get(key: string, ctx: { kind: string }): Promise<unknown>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
}
export class PageLru {
  constructor(capBytes: number);
  readonly capBytes: number;
  readonly bytes: number;
  readonly entries: Map<string, { entry: unknown; bytes: number }>;
  get(key: string): unknown;
  set(key: string, entry: unknown, bytes: number): boolean;
  delete(key: string): void;
}
export function entryBytes(key: string, value: Record<string, unknown>): number;
export function runtimePages(): PageLru;
