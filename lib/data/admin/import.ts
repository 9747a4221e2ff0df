import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { parseDatabaseUrl } from '@/lib/database-url';
import { readEnv } from '@/lib/env';
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { bumpCatalogRevision, noteCatalogWrite } from '@/lib/data/catalog-revision';
import { writeAudit } from '@/lib/data/admin/audit';
import { IMPORT_ORDER } from '@/lib/data/admin/catalog';
import { ReferenceError, keyOfRecord, loadEntries, writeRecord, type AnyRecord } from '@/lib/data/catalog-records';
import { ENTITY_SCHEMAS, fieldErrorsOf, importInputSchema, type EntityName } from '@/lib/schemas/admin';
import { diffRecords, sameValue, type FieldChange } from '@/lib/editing/record-diff';

// Import: validated row by row, then applied in one transaction (all or nothing). A dry run runs
// the very same writes and rolls them back, so what it reports is what a real run would do.
//
// A 4 MB file is thousands of rows and several seconds of work, so it runs in bounded chunks
// that yield to the event loop between them: other requests keep being served meanwhile. On
// SQLite the transaction runs on a connection of its own: readers on the app's connection see
// only committed rows (WAL), and the app's writers wait their turn asynchronously
// (lib/sqlite-writes.ts) instead of joining, or freezing on, the open transaction.

/** Longest stretch of import work between two yields to the event loop. */
const SLICE_MS = 10;

/** Yields to the event loop once the current slice of work has run for SLICE_MS. */
function pacer(): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}

/** Runs `work` with the client the import writes through: its own connection on SQLite, the pool on PostgreSQL. */
async function withImportClient<T>(work: (client: PrismaClient) => Promise<T>): Promise<T> {
  const url = readEnv().DATABASE_URL;
  if (parseDatabaseUrl(url).provider !== 'sqlite') return work(db);
  const own = createPrismaClient(url);
  try {
    return await work(own);
  } finally {
    await own.$disconnect();
  }
}

export interface ImportOperation {
  entity: EntityName;
  key: string;
  /**
   * conflict: the row changed (or was deleted) since the export the file came from; importing it
   * would undo someone's edit, so the import refuses until the file is exported again.
   */
  kind: 'create' | 'update' | 'conflict';
  changes: FieldChange[];
  /** For a conflict: the version in the file and the version saved now (null: deleted since). */
  fileVersion?: number;
  savedVersion?: number | null;
}

export type ImportResult =
  | { ok: true; dryRun: boolean; operations: ImportOperation[]; unchanged: number; conflicts: number }
  | { ok: false; message: string; errors: { path: string; message: string }[]; operations?: ImportOperation[] };

const measurementKeySchema = z.string().regex(/^[0-9a-f]{32}$/);
const MAX_REPORTED_ERRORS = 50;

const envelopeSchema = z
  .object({
    format: z.literal('quantwise-catalog'),
    formatVersion: z.literal(1),
    exportedAt: z.string().max(40).optional(),
    catalog: z
      .object({
        runtimes: z.array(z.unknown()).max(10_000).default([]),
        formats: z.array(z.unknown()).max(10_000).default([]),
        models: z.array(z.unknown()).max(10_000).default([]),
        artifacts: z.array(z.unknown()).max(10_000).default([]),
        hardware: z.array(z.unknown()).max(10_000).default([]),
        prices: z.array(z.unknown()).max(50_000).default([]),
        measurements: z.array(z.unknown()).max(50_000).default([]),
      })
      .strict(),
    /** Exports since issue 18 carry each row's version; older files and hand-made ones do not. */
    versions: z.partialRecord(z.enum(IMPORT_ORDER as unknown as [EntityName, ...EntityName[]]), z.record(z.string().max(200), z.number().int().positive())).optional(),
  })
  .strict();

class DryRunRollback extends Error {}
class ConflictRollback extends Error {}
class ImportAbort extends Error {
  constructor(readonly errors: { path: string; message: string }[]) {
    super(errors[0]?.message ?? 'import failed');
  }
}

export async function importCatalog(actor: Actor | null, input: unknown): Promise<ImportResult> {
  assertRole(actor, 'editor');
  const request = importInputSchema.safeParse(input);
  if (!request.success) {
    return { ok: false, message: 'The request is malformed.', errors: Object.entries(fieldErrorsOf(request.error)).map(([path, message]) => ({ path, message })) };
  }
  let json: unknown;
  try {
    json = JSON.parse(request.data.json);
  } catch (error) {
    return { ok: false, message: 'The file is not valid JSON.', errors: [{ path: '(file)', message: (error as Error).message.slice(0, 200) }] };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return { ok: false, message: 'The file is not a Quantwise catalog export.', errors: Object.entries(fieldErrorsOf(envelope.error)).slice(0, MAX_REPORTED_ERRORS).map(([path, message]) => ({ path, message })) };
  }

  // Validate every row before touching the database.
  const errors: { path: string; message: string }[] = [];
  const incoming: { entity: EntityName; key: string; record: AnyRecord }[] = [];
  const pace = pacer();
  for (const entity of IMPORT_ORDER) {
    const seen = new Set<string>();
    const rows = envelope.data.catalog[entity];
    for (let index = 0; index < rows.length; index++) {
      await pace();
      const raw = rows[index];
      let row = raw;
      let explicitKey: string | null = null;
      if (entity === 'measurements' && raw && typeof raw === 'object' && 'key' in raw) {
        const { key, ...rest } = raw as Record<string, unknown>;
        const parsedKey = measurementKeySchema.safeParse(key);
        if (!parsedKey.success) errors.push({ path: `catalog.measurements[${index}].key`, message: 'a measurement key is 32 hex digits' });
        else explicitKey = parsedKey.data;
        row = rest;
      }
      const parsed = ENTITY_SCHEMAS[entity].safeParse(row);
      if (!parsed.success) {
        for (const [field, message] of Object.entries(fieldErrorsOf(parsed.error))) errors.push({ path: `catalog.${entity}[${index}].${field}`, message });
        continue;
      }
      const record = parsed.data as AnyRecord;
      const key = explicitKey ?? keyOfRecord(entity, record);
      if (seen.has(key)) errors.push({ path: `catalog.${entity}[${index}]`, message: `"${key}" appears twice` });
      seen.add(key);
      incoming.push({ entity, key, record });
    }
  }
  if (errors.length > 0) return { ok: false, message: `${errors.length} problem(s) in the file; nothing was imported.`, errors: errors.slice(0, MAX_REPORTED_ERRORS) };

  const operations: ImportOperation[] = [];
  let unchanged = 0;
  try {
    await withImportClient((client) => client.$transaction(
      async (tx) => {
        const existing = new Map<EntityName, Map<string, { id: number; version: number; record: AnyRecord }>>();
        for (const entity of IMPORT_ORDER) {
          await pace();
          existing.set(entity, new Map((await loadEntries(tx, entity)).map((e) => [e.key, e])));
        }
        const versions = envelope.data.versions;
        const deletedSince = async (entity: EntityName, key: string) =>
          (await tx.auditLog.count({ where: { entity, entityKey: key, action: { in: ['delete', 'revert'] }, after: null } })) > 0;
        for (const item of incoming) {
          await pace();
          const current = existing.get(item.entity)!.get(item.key);
          if (current && sameValue(current.record, item.record)) {
            unchanged++;
            continue;
          }
          const fileVersion = versions?.[item.entity]?.[item.key];
          // A row saved since the export (or deleted since) would be silently reverted: a conflict.
          if (fileVersion !== undefined && ((current && current.version !== fileVersion) || (!current && (await deletedSince(item.entity, item.key))))) {
            operations.push({ entity: item.entity, key: item.key, kind: 'conflict', changes: diffRecords(current?.record ?? null, item.record), fileVersion, savedVersion: current?.version ?? null });
            continue;
          }
          try {
            const written = await writeRecord(tx, item.entity, item.record, current ? { id: current.id, key: item.key } : null, current?.version ?? null);
            if (!written) throw new ImportAbort([{ path: `catalog.${item.entity}`, message: `${item.key} changed during the import; try again` }]);
          } catch (error) {
            if (error instanceof ReferenceError) throw new ImportAbort([{ path: `catalog.${item.entity} (${item.key}).${error.field}`, message: error.message }]);
            if (error instanceof ImportAbort) throw error;
            throw new ImportAbort([{ path: `catalog.${item.entity} (${item.key})`, message: `cannot be written (${(error as Error).message.split('\n').at(-1)?.slice(0, 200)})` }]);
          }
          const changes = current ? diffRecords(current.record, item.record) : [];
          operations.push({ entity: item.entity, key: item.key, kind: current ? 'update' : 'create', changes });
          await writeAudit(tx, actor, { action: current ? 'import.update' : 'import.create', entity: item.entity, entityKey: item.key, before: current?.record, after: item.record });
        }
        if (operations.some((o) => o.kind === 'conflict')) {
          if (request.data.dryRun) throw new DryRunRollback();
          throw new ConflictRollback();
        }
        if (operations.length > 0) {
          await writeAudit(tx, actor, { action: 'import', after: { created: operations.filter((o) => o.kind === 'create').length, updated: operations.filter((o) => o.kind === 'update').length, unchanged } });
          // An import that changes nothing leaves every instance's caches alone.
          await bumpCatalogRevision(tx);
        }
        if (request.data.dryRun) throw new DryRunRollback();
      },
      { timeout: 120_000, maxWait: 10_000 },
    ));
  } catch (error) {
    if (error instanceof DryRunRollback) return { ok: true, dryRun: true, operations, unchanged, conflicts: operations.filter((o) => o.kind === 'conflict').length };
    if (error instanceof ConflictRollback) {
      const conflicts = operations.filter((o) => o.kind === 'conflict');
      return {
        ok: false,
        message: `${conflicts.length} row(s) changed since this file was exported; importing would undo those edits, so nothing was changed. Export again, redo your edits there, and import that file.`,
        errors: conflicts.slice(0, MAX_REPORTED_ERRORS).map((o) => ({ path: `catalog.${o.entity} (${o.key})`, message: o.savedVersion === null ? `deleted since the export (version ${o.fileVersion})` : `saved as version ${o.savedVersion} since the export (version ${o.fileVersion})` })),
        operations,
      };
    }
    if (error instanceof ImportAbort) return { ok: false, message: 'The import was rolled back; nothing was changed.', errors: error.errors };
    // P2028: the transaction could not start in time (another import holds the database) or ran out of time.
    if ((error as { code?: unknown })?.code === 'P2028') return { ok: false, message: 'The database is busy with another import; nothing was changed. Try again in a minute.', errors: [{ path: '(file)', message: 'busy' }] };
    throw error;
  }
  if (operations.length > 0) noteCatalogWrite();
  return { ok: true, dryRun: false, operations, unchanged, conflicts: 0 };
}
