import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { bumpCatalogRevision, noteCatalogWrite } from '@/lib/data/catalog-revision';
import { writeAudit } from '@/lib/data/admin/audit';
import { ReferenceError, deleteRow, keyOfRecord, loadEntry, referencesTo, writeRecord, type AnyRecord } from '@/lib/data/catalog-records';
import { ENTITY_SCHEMAS, entityNameSchema, fieldErrorsOf, revertInputSchema, type EntityName } from '@/lib/schemas/admin';
import { diffRecords, mergeThreeWay, type FieldChange, type MergeConflict } from '@/lib/editing/record-diff';

// An entry's history is its audit rows (written in the same transaction as each change, so the
// history is complete by construction). A revert undoes one change: only the fields that change
// touched, by a three-way merge (base: the change's "after", theirs: the entry now, mine: the
// change's "before"), so later edits to other fields survive; a field edited again since is a
// conflict the editor resolves. The revert is itself a version-checked, audited write.

const CATALOG_ACTIONS = ['create', 'update', 'delete', 'import.create', 'import.update', 'revert'] as const;

export interface HistoryItem {
  id: number;
  at: string;
  actorEmail: string | null;
  action: string;
  entity: EntityName;
  entityKey: string;
  changes: FieldChange[];
  /** Whether the change left a record behind (false for a delete). */
  hasAfter: boolean;
  hasBefore: boolean;
}

const parse = (text: string | null): unknown => (text === null ? null : (JSON.parse(text) as unknown));

/** Every change of one entry, newest first, each as a field-level diff. */
export async function entryHistory(actor: Actor | null, entity: EntityName, key: string): Promise<HistoryItem[]> {
  assertRole(actor, 'viewer');
  const rows = await db.auditLog.findMany({ where: { entity, entityKey: key, action: { in: [...CATALOG_ACTIONS] } }, orderBy: { id: 'desc' }, take: 500 });
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorEmail: r.actorEmail,
    action: r.action,
    entity,
    entityKey: key,
    changes: diffRecords(parse(r.before), parse(r.after)),
    hasAfter: r.after !== null,
    hasBefore: r.before !== null,
  }));
}

export type RevertResult =
  | { ok: true; entity: EntityName; key: string; version: number | null; deleted: boolean }
  | { ok: false; kind: 'validation'; message: string; fieldErrors: Record<string, string> }
  | { ok: false; kind: 'conflict'; message: string; conflicts: MergeConflict[]; version: number | null }
  | { ok: false; kind: 'not-found' | 'referenced' | 'stale'; message: string };

class Abort extends Error {
  constructor(readonly result: RevertResult) {
    super(result.ok ? 'ok' : result.message);
  }
}

/** Undo one audited change of a catalog entry (editors). */
export async function revertChange(actor: Actor | null, input: unknown): Promise<RevertResult> {
  assertRole(actor, 'editor');
  const parsed = revertInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: 'validation', message: 'The request is malformed.', fieldErrors: fieldErrorsOf(parsed.error, input) };
  const { auditId, version } = parsed.data;
  const row = await db.auditLog.findUnique({ where: { id: auditId } });
  const entity = entityNameSchema.safeParse(row?.entity);
  if (!row || !entity.success || !row.entityKey || !(CATALOG_ACTIONS as readonly string[]).includes(row.action)) {
    return { ok: false, kind: 'not-found', message: 'That change does not exist or cannot be reverted.' };
  }
  const before = parse(row.before) as AnyRecord | null;
  const after = parse(row.after) as AnyRecord | null;
  const key = row.entityKey;
  let resolved: AnyRecord | null = null;
  if (parsed.data.record !== undefined) {
    const record = ENTITY_SCHEMAS[entity.data].safeParse(parsed.data.record);
    if (!record.success) return { ok: false, kind: 'validation', message: 'Some fields need attention.', fieldErrors: fieldErrorsOf(record.error, parsed.data.record) };
    resolved = record.data as AnyRecord;
  }

  try {
    const result = await db.$transaction(async (tx): Promise<RevertResult> => {
      const current = await loadEntry(tx, entity.data, key);
      if ((current?.version ?? null) !== version) {
        throw new Abort({ ok: false, kind: 'stale', message: 'The entry changed after you opened its history: reload and check the change again.' });
      }
      // A create is undone by deleting the entry; refused while other entries refer to it.
      if (!before) {
        if (!current) throw new Abort({ ok: false, kind: 'not-found', message: 'The entry is already gone.' });
        const references = await referencesTo(tx, entity.data, current.id);
        if (references.length > 0) throw new Abort({ ok: false, kind: 'referenced', message: `Cannot undo the creation of ${key}: ${references.join(' and ')} still refer to it.` });
        if (!(await deleteRow(tx, entity.data, current.id, current.version))) throw new Abort({ ok: false, kind: 'stale', message: 'The entry changed meanwhile: reload and try again.' });
        await writeAudit(tx, actor, { action: 'revert', entity: entity.data, entityKey: key, before: current.record });
        await bumpCatalogRevision(tx);
        return { ok: true, entity: entity.data, key, version: null, deleted: true };
      }
      let record: AnyRecord;
      if (resolved) record = resolved;
      else if (!current) record = before;
      else {
        const merge = mergeThreeWay(after, current.record, before);
        if (merge.conflicts.length > 0) {
          throw new Abort({ ok: false, kind: 'conflict', message: 'Some fields this change touched were edited again since: choose what each should be.', conflicts: merge.conflicts, version: current.version });
        }
        const checked = ENTITY_SCHEMAS[entity.data].safeParse(merge.merged);
        if (!checked.success) return { ok: false, kind: 'validation', message: 'The reverted entry would not be valid.', fieldErrors: fieldErrorsOf(checked.error, merge.merged) };
        record = checked.data as AnyRecord;
      }
      if (current && diffRecords(current.record, record).length === 0) throw new Abort({ ok: false, kind: 'stale', message: 'Nothing to revert: the entry already has those values.' });
      if (!(await writeRecord(tx, entity.data, record, current ? { id: current.id, key } : null, current?.version ?? null))) {
        throw new Abort({ ok: false, kind: 'stale', message: 'The entry changed meanwhile: reload and try again.' });
      }
      const newKey = entity.data === 'measurements' ? key : keyOfRecord(entity.data, record);
      const saved = await loadEntry(tx, entity.data, newKey);
      await writeAudit(tx, actor, { action: 'revert', entity: entity.data, entityKey: newKey, before: current?.record, after: saved?.record });
      await bumpCatalogRevision(tx);
      return { ok: true, entity: entity.data, key: newKey, version: saved?.version ?? null, deleted: false };
    });
    noteCatalogWrite();
    return result;
  } catch (error) {
    if (error instanceof Abort) return error.result;
    if (error instanceof ReferenceError) return { ok: false, kind: 'validation', message: 'A referenced entry no longer exists.', fieldErrors: { [error.field]: error.message } };
    throw error;
  }
}
