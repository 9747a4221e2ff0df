import 'server-only';
import { db } from '@/lib/db';
import { readEnv } from '@/lib/env';
import { CATALOG_REVISION_ROW_ID } from '@/lib/data/catalog-revision-bump';

export { bumpCatalogRevision } from '@/lib/data/catalog-revision-bump';

// Coherence between app instances that share one database. Every catalog write bumps the
// CatalogRevision row in its own transaction (bumpCatalogRevision). Each process holds the last
// revision it read and re-reads it at most every CATALOG_SYNC_SECONDS; when the revision moves,
// the in-memory catalog snapshot reloads (catalog-snapshot.ts) and the page cache
// (cache-handler.mjs) treats entries written before pageCacheStaleBefore() as misses. So an edit
// made on any instance shows on every instance within about CATALOG_SYNC_SECONDS. An edit made with
// hand-written SQL must bump the row as well (UPDATE "CatalogRevision" SET revision = revision + 1
// WHERE id = 1), or cached pages keep the old data until the next bump or restart.

/**
 * A render that began on the old catalog can finish after the change is noticed, and another
 * instance sharing the page cache may still be writing such renders until it notices too (up to
 * one sync interval later): entries written up to this long after the change was seen are
 * distrusted as well.
 */
export const RENDER_GRACE_MS = 10_000;

export interface CatalogRevisionStateOptions {
  /** Reads the stored revision (0 when the row does not exist). */
  readRevision: () => Promise<number>;
  /** A held revision younger than this is answered without reading. */
  syncIntervalMs: number;
  renderGraceMs?: number;
  /** Milliseconds since the epoch; the default for every `now`. */
  clock?: () => number;
  /** When this process started: cache entries written before it (the build's prerendered pages, perhaps from another database) are distrusted. */
  startedAt?: number;
}

export interface CatalogRevisionState {
  /** The catalog revision, read again when the held one is older than the sync interval. */
  current(now?: number): Promise<number>;
  /** Page-cache entries last modified before this time (ms since the epoch) must be rendered again. */
  staleBefore(): number;
  /** A catalog write from this process has committed: the next current() reads again. */
  noteWrite(): void;
}

export function createCatalogRevisionState(options: CatalogRevisionStateOptions): CatalogRevisionState {
  const { readRevision, syncIntervalMs, renderGraceMs = RENDER_GRACE_MS, clock = Date.now } = options;
  const startedAt = options.startedAt ?? clock();
  // Ages count from when a read began, so a slow read cannot stretch the staleness bound.
  let held: { revision: number; readAt: number; sequence: number } | null = null;
  let inFlight: { promise: Promise<number>; startedAt: number; sequence: number } | null = null;
  let changeSeenAt: number | null = null;
  let sequence = 0;
  // Reads numbered below this began before a local write committed: their answers may predate it.
  let firstTrustedSequence = 0;

  function read(now: number): Promise<number> {
    const readSequence = ++sequence;
    const promise = readRevision().then((revision) => {
      const isNewest = readSequence >= firstTrustedSequence && (held === null || readSequence > held.sequence);
      if (isNewest) {
        // The first revision this process sees counts as a change too: pages in a cache shared
        // with other instances may have been rendered there on data this process never saw.
        if (held === null || held.revision !== revision) changeSeenAt = now;
        held = { revision, readAt: now, sequence: readSequence };
      }
      return revision;
    });
    const entry = { promise, startedAt: now, sequence: readSequence };
    inFlight = entry;
    // A failed read changes nothing held: its callers get the error, the next call reads again.
    const settle = () => {
      if (inFlight === entry) inFlight = null;
    };
    promise.then(settle, settle);
    return promise;
  }

  return {
    current(now = clock()) {
      if (held && held.sequence >= firstTrustedSequence && now - held.readAt < syncIntervalMs) return Promise.resolve(held.revision);
      if (inFlight && inFlight.sequence >= firstTrustedSequence && now - inFlight.startedAt < syncIntervalMs) return inFlight.promise;
      return read(now);
    },
    staleBefore() {
      return changeSeenAt === null ? startedAt : Math.max(startedAt, changeSeenAt + renderGraceMs);
    },
    noteWrite() {
      firstTrustedSequence = sequence + 1;
    },
  };
}

async function readStoredRevision(): Promise<number> {
  const row = await db.catalogRevision.findUnique({ where: { id: CATALOG_REVISION_ROW_ID }, select: { revision: true } });
  return row?.revision ?? 0;
}

// Kept on globalThis: Next bundles this module more than once per process (instrumentation, each
// route), and they must share one view of the revision, or the page cache and the snapshot could
// disagree about what is current.
const globalState = globalThis as unknown as { quantwiseCatalogRevision?: CatalogRevisionState };

function processState(): CatalogRevisionState {
  if (globalState.quantwiseCatalogRevision) return globalState.quantwiseCatalogRevision;
  const syncIntervalMs = readEnv().CATALOG_SYNC_SECONDS * 1000;
  globalState.quantwiseCatalogRevision = createCatalogRevisionState({
    readRevision: readStoredRevision,
    syncIntervalMs,
    // A render under way, plus an instance sharing this page cache that notices one interval later.
    renderGraceMs: RENDER_GRACE_MS + syncIntervalMs,
    // performance.timeOrigin is when this process started.
    startedAt: Math.floor(performance.timeOrigin),
  });
  return globalState.quantwiseCatalogRevision;
}

/** The catalog revision this process works from; at most CATALOG_SYNC_SECONDS old. */
export function currentCatalogRevision(now?: number): Promise<number> {
  return processState().current(now);
}

/** Page-cache entries last modified before this time must be rendered again. */
function pageCacheStaleBefore(): number {
  return processState().staleBefore();
}

/** Call after a catalog write from this process commits, so this instance is current at once. */
export function noteCatalogWrite(): void {
  processState().noteWrite();
}

/**
 * The name cache-handler.mjs looks the hook up by (plain JS outside the bundle, so it cannot
 * import this module). Keep the two in step.
 */
const CATALOG_SYNC_HOOK = Symbol.for('quantwise.catalogSync');

/**
 * Registers the hook the page cache handler calls on every read: it brings the revision up to
 * date, then answers the stale-before time. Called once at server start (instrumentation.ts).
 */
export function registerCatalogSyncHook(): void {
  (globalThis as Record<symbol, unknown>)[CATALOG_SYNC_HOOK] = async (): Promise<number> => {
    await currentCatalogRevision();
    return pageCacheStaleBefore();
  };
  // Read once now, so the first change this process sees is measured from its start.
  currentCatalogRevision().catch((error: unknown) => console.error('Catalog revision: first read failed', error));
}
