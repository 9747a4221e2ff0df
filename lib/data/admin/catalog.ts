import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { bumpCatalogRevision, noteCatalogWrite } from '@/lib/data/catalog-revision';
import { writeAudit } from '@/lib/data/admin/audit';
import {
  ENTITY_WRITE_ORDER, ReferenceError, deleteRow, keyOfRecord, loadEntries, loadEntry, referencesTo, writeRecord,
  type AnyRecord, type StoredEntry,
} from '@/lib/data/catalog-records';
import {
  ENTITY_FIELDS, ENTITY_LABELS, ENTITY_SCHEMAS, LIST_PAGE_SIZES, referenceValueOf, deleteEntryInputSchema, fieldErrorsOf, saveEntryInputSchema,
  type EntityName,
} from '@/lib/schemas/admin';
import { Prisma } from '@/lib/prisma-client';
import { listPage, type ListQuery, type ListResult } from '@/lib/editing/entry-list';

// Catalog reads and writes for the admin. Each function checks the actor's role itself; each
// write is one transaction that also writes its audit row and bumps the catalog revision (so other
// instances notice); edits are compare-and-swap on version.

export type SaveResult =
  | { ok: true; key: string; version: number }
  | { ok: false; kind: 'validation'; message: string; fieldErrors: Record<string, string> }
  | { ok: false; kind: 'conflict'; message: string; theirs: StoredEntry | null; mine: AnyRecord }
  | { ok: false; kind: 'not-found' | 'referenced'; message: string };

/** One page of an entity's entries, searched, filtered and sorted (lib/editing/entry-list.ts); no row cap. */
export async function listEntries(actor: Actor | null, entity: EntityName, query: Partial<ListQuery> = {}): Promise<ListResult> {
  assertRole(actor, 'viewer');
  const entries = await loadEntries(db, entity);
  return listPage(entity, entries, ENTITY_FIELDS[entity], { q: '', sort: 'label', dir: 'asc', page: 1, size: LIST_PAGE_SIZES[0], filters: {}, ...query });
}

export async function getEntry(actor: Actor | null, entity: EntityName, key: string): Promise<StoredEntry | null> {
  assertRole(actor, 'viewer');
  return loadEntry(db, entity, key);
}

/** The values each reference field of `entity` may take (slugs, or format names), for its pickers. */
export async function referenceOptions(actor: Actor | null, entity: EntityName): Promise<Partial<Record<EntityName, string[]>>> {
  assertRole(actor, 'viewer');
  const targets = [...new Set(ENTITY_FIELDS[entity].flatMap((f) => (f.references ? [f.references] : [])))];
  const out: Partial<Record<EntityName, string[]>> = {};
  for (const target of targets) {
    out[target] = (await loadEntries(db, target)).map((e) => referenceValueOf(target, e.record)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  }
  return out;
}

/** Catalog models by their Hugging Face repo (lower-cased), so an import can say the model is already there. */
export async function modelSlugsByHuggingFaceRepo(actor: Actor | null): Promise<Record<string, string>> {
  assertRole(actor, 'viewer');
  const out: Record<string, string> = {};
  for (const e of await loadEntries(db, 'models')) {
    const repo = (e.record as { huggingFaceRepo?: string | null }).huggingFaceRepo;
    if (repo) out[repo.toLowerCase()] = e.key;
  }
  return out;
}

export async function countEntries(actor: Actor | null): Promise<Record<EntityName, number>> {
  assertRole(actor, 'viewer');
  const [models, artifacts, formats, hardware, prices, runtimes, measurements] = await Promise.all([
    db.model.count(), db.artifact.count(), db.quantFormat.count(), db.hardware.count(), db.hardwarePrice.count(), db.runtime.count(), db.measurement.count(),
  ]);
  return { models, artifacts, formats, hardware, prices, runtimes, measurements };
}

class Abort extends Error {
  constructor(readonly result: SaveResult) {
    super(result.ok ? 'ok' : result.message);
  }
}

function uniqueViolation(error: unknown): string | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    const target = (error.meta as { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } | undefined);
    const fields = Array.isArray(target?.target) ? (target.target as string[]) : target?.driverAdapterError?.cause?.constraint?.fields;
    return fields?.[0]?.replace(/"/g, '') ?? 'slug';
  }
  return null;
}

/** Creates (key null) or edits an entry. */
export async function saveEntry(actor: Actor | null, input: unknown): Promise<SaveResult> {
  assertRole(actor, 'editor');
  const envelope = saveEntryInputSchema.safeParse(input);
  if (!envelope.success) return { ok: false, kind: 'validation', message: 'The request is malformed.', fieldErrors: fieldErrorsOf(envelope.error) };
  const { entity, key, version } = envelope.data;
  const parsed = ENTITY_SCHEMAS[entity].safeParse(envelope.data.record);
  if (!parsed.success) return { ok: false, kind: 'validation', message: 'Some fields need attention.', fieldErrors: fieldErrorsOf(parsed.error) };
  const record = parsed.data as AnyRecord;

  try {
    const result = await db.$transaction(async (tx): Promise<SaveResult> => {
      if (key === null) {
        const newKey = keyOfRecord(entity, record);
        if (await loadEntry(tx, entity, newKey)) {
          throw new Abort({ ok: false, kind: 'validation', message: `That ${ENTITY_LABELS[entity].singular} already exists.`, fieldErrors: { [entity === 'measurements' ? '(record)' : 'slug']: 'already used by another entry' } });
        }
        await writeRecord(tx, entity, record, null, null);
        const after = await loadEntry(tx, entity, newKey);
        await writeAudit(tx, actor, { action: 'create', entity, entityKey: newKey, after: after?.record });
        await bumpCatalogRevision(tx);
        return { ok: true, key: newKey, version: after?.version ?? 1 };
      }
      const before = await loadEntry(tx, entity, key);
      if (!before) throw new Abort({ ok: false, kind: 'conflict', message: 'Someone deleted this entry while you edited it.', theirs: null, mine: record });
      if (before.version !== version) throw new Abort({ ok: false, kind: 'conflict', message: 'Someone saved this entry after you opened it.', theirs: before, mine: record });
      const written = await writeRecord(tx, entity, record, { id: before.id, key }, version);
      if (!written) {
        const theirs = await loadEntry(tx, entity, key);
        throw new Abort({ ok: false, kind: 'conflict', message: 'Someone saved this entry after you opened it.', theirs, mine: record });
      }
      const newKey = entity === 'measurements' ? key : keyOfRecord(entity, record);
      const after = await loadEntry(tx, entity, newKey);
      await writeAudit(tx, actor, { action: 'update', entity, entityKey: newKey, before: before.record, after: after?.record });
      await bumpCatalogRevision(tx);
      return { ok: true, key: newKey, version: after?.version ?? version + 1 };
    });
    noteCatalogWrite();
    return result;
  } catch (error) {
    if (error instanceof Abort) return error.result;
    if (error instanceof ReferenceError) return { ok: false, kind: 'validation', message: 'A referenced entry does not exist.', fieldErrors: { [error.field]: error.message } };
    const field = uniqueViolation(error);
    if (field) return { ok: false, kind: 'validation', message: 'That value is already used by another entry.', fieldErrors: { [field]: 'already used by another entry' } };
    throw error;
  }
}

/** Deletes an entry; refused while other entries reference it. */
export async function deleteEntry(actor: Actor | null, input: unknown): Promise<SaveResult> {
  assertRole(actor, 'editor');
  const parsed = deleteEntryInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: 'validation', message: 'The request is malformed.', fieldErrors: fieldErrorsOf(parsed.error) };
  const { entity, key, version } = parsed.data;
  try {
    const result = await db.$transaction(async (tx): Promise<SaveResult> => {
      const before = await loadEntry(tx, entity, key);
      if (!before) throw new Abort({ ok: false, kind: 'not-found', message: 'This entry no longer exists.' });
      if (before.version !== version) throw new Abort({ ok: false, kind: 'conflict', message: 'Someone saved this entry after you opened it: review it before deleting.', theirs: before, mine: before.record });
      const references = await referencesTo(tx, entity, before.id);
      if (references.length > 0) {
        throw new Abort({ ok: false, kind: 'referenced', message: `Cannot delete ${key}: ${references.join(' and ')} still refer to it. Delete or move those first.` });
      }
      if (!(await deleteRow(tx, entity, before.id, version))) throw new Abort({ ok: false, kind: 'conflict', message: 'Someone changed this entry meanwhile.', theirs: await loadEntry(tx, entity, key), mine: before.record });
      await writeAudit(tx, actor, { action: 'delete', entity, entityKey: key, before: before.record });
      await bumpCatalogRevision(tx);
      return { ok: true, key, version };
    });
    noteCatalogWrite();
    return result;
  } catch (error) {
    if (error instanceof Abort) return error.result;
    throw error;
  }
}

export const IMPORT_ORDER = ENTITY_WRITE_ORDER;

export interface CatalogExport {
  format: 'quantwise-catalog';
  formatVersion: 1;
  exportedAt: string;
  catalog: Record<EntityName, Record<string, unknown>[]>;
  /** Each entry's version at export time: an import treats a row changed since as a conflict, never an update. */
  versions: Record<EntityName, Record<string, number>>;
}

/** The whole catalog as records (the seed files' shape); measurements carry their key. */
export async function exportCatalog(actor: Actor | null): Promise<CatalogExport> {
  assertRole(actor, 'editor');
  const catalog = {} as CatalogExport['catalog'];
  const versions = {} as CatalogExport['versions'];
  await db.$transaction(async (tx) => {
    for (const entity of IMPORT_ORDER) {
      const entries = await loadEntries(tx, entity);
      catalog[entity] = entries.map((e) => (entity === 'measurements' ? { key: e.key, ...e.record } : { ...e.record }));
      versions[entity] = Object.fromEntries(entries.map((e) => [e.key, e.version]));
    }
  });
  return { format: 'quantwise-catalog', formatVersion: 1, exportedAt: new Date().toISOString(), catalog, versions };
}
