import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { bumpCatalogRevision, noteCatalogWrite } from '@/lib/data/catalog-revision';
import { writeAudit } from '@/lib/data/admin/audit';
import { ReferenceError, loadEntry, writeRecord, type AnyRecord } from '@/lib/data/catalog-records';
import { ENTITY_FIELDS, ENTITY_SCHEMAS, bulkEditInputSchema, fieldErrorsOf } from '@/lib/schemas/admin';
import { readField } from '@/lib/editing/form-values';
import { diffRecords, setPath, type FieldChange } from '@/lib/editing/record-diff';

// Bulk edit: one field set to one value across chosen entries. Every row is version-checked
// against what the editor saw and validated whole; one stale or invalid row and nothing is
// written. A dry run reports each row's diff; the real run writes them in one transaction, one
// audit row per entry, like single saves.

export interface BulkRow {
  key: string;
  changes: FieldChange[];
  /** Why this row blocks the edit, if it does. */
  problem?: string;
}

export type BulkEditResult =
  | { ok: true; dryRun: boolean; rows: BulkRow[]; changed: number }
  | { ok: false; message: string; fieldErrors: Record<string, string>; rows: BulkRow[] };

/** Identity fields name the entry; setting one value on many would collide. */
const NOT_BULK_EDITABLE = new Set(['slug', 'name']);

class Rollback extends Error {}

export async function bulkEdit(actor: Actor | null, input: unknown): Promise<BulkEditResult> {
  assertRole(actor, 'editor');
  const parsed = bulkEditInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'The request is malformed.', fieldErrors: fieldErrorsOf(parsed.error, input), rows: [] };
  const { entity, rows, dryRun } = parsed.data;
  const field = ENTITY_FIELDS[entity].find((f) => f.path === parsed.data.field);
  if (!field || NOT_BULK_EDITABLE.has(field.path)) return { ok: false, message: 'That field cannot be edited in bulk.', fieldErrors: { field: 'choose one of the listed fields' }, rows: [] };
  const raw = parsed.data.value;
  if (typeof raw !== 'string' && typeof raw !== 'boolean') return { ok: false, message: 'The new value is missing.', fieldErrors: { value: 'enter the new value' }, rows: [] };
  const value = readField(field, raw);
  if (!value.ok) return { ok: false, message: 'The new value cannot be read.', fieldErrors: { value: value.message }, rows: [] };
  if (new Set(rows.map((r) => r.key)).size !== rows.length) return { ok: false, message: 'An entry is chosen twice.', fieldErrors: { rows: 'each entry once' }, rows: [] };

  const report: BulkRow[] = [];
  let blocked = false;
  try {
    await db.$transaction(async (tx) => {
      const writes: { key: string; id: number; version: number; before: AnyRecord; after: AnyRecord }[] = [];
      for (const row of rows) {
        const current = await loadEntry(tx, entity, row.key);
        if (!current || current.version !== row.version) {
          blocked = true;
          report.push({ key: row.key, changes: [], problem: current ? `saved as version ${current.version} since you listed it (version ${row.version}): reload the list` : 'deleted since you listed it' });
          continue;
        }
        const next = structuredClone(current.record) as Record<string, unknown>;
        setPath(next, field.path, value.value);
        const checked = ENTITY_SCHEMAS[entity].safeParse(next);
        if (!checked.success) {
          blocked = true;
          report.push({ key: row.key, changes: [], problem: Object.entries(fieldErrorsOf(checked.error, next)).map(([k, m]) => `${k}: ${m}`).join('; ') });
          continue;
        }
        const after = checked.data as AnyRecord;
        report.push({ key: row.key, changes: diffRecords(current.record, after) });
        writes.push({ key: row.key, id: current.id, version: current.version, before: current.record, after });
      }
      if (blocked || dryRun) throw new Rollback();
      let changed = 0;
      for (const w of writes) {
        if (diffRecords(w.before, w.after).length === 0) continue;
        if (!(await writeRecord(tx, entity, w.after, { id: w.id, key: w.key }, w.version))) {
          blocked = true;
          report.find((r) => r.key === w.key)!.problem = 'changed during the edit: reload the list';
          throw new Rollback();
        }
        await writeAudit(tx, actor, { action: 'update', entity, entityKey: w.key, before: w.before, after: (await loadEntry(tx, entity, w.key))?.record });
        changed++;
      }
      if (changed > 0) await bumpCatalogRevision(tx);
    });
  } catch (error) {
    if (error instanceof ReferenceError) return { ok: false, message: 'A referenced entry does not exist.', fieldErrors: { value: error.message }, rows: report };
    if (!(error instanceof Rollback)) throw error;
    if (blocked) return { ok: false, message: `${report.filter((r) => r.problem).length} of ${rows.length} entries block this edit; nothing was changed.`, fieldErrors: {}, rows: report };
    return { ok: true, dryRun: true, rows: report, changed: report.filter((r) => r.changes.length > 0).length };
  }
  noteCatalogWrite();
  return { ok: true, dryRun: false, rows: report, changed: report.filter((r) => r.changes.length > 0).length };
}
