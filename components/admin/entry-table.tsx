'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { bulkEditAction } from '@/lib/actions/admin/catalog';
import type { BulkEditResult } from '@/lib/data/admin/bulk-edit';
import type { EntrySummary } from '@/lib/editing/entry-list';
import { showValue } from '@/lib/editing/form-values';
import { ENTITY_FIELDS, type EntityName } from '@/lib/schemas/admin';
import { FieldInput } from '@/components/admin/field-input';
import { ScrollTable } from '@/components/ui/scroll-table';

const button = 'rounded border border-zinc-400 px-3 py-1 font-medium disabled:opacity-50';
/** Fields that name an entry, hold structured JSON or say whether a whole part is present are not set in bulk. */
const bulkFields = (entity: EntityName) => ENTITY_FIELDS[entity].filter((f) => f.path !== 'slug' && f.path !== 'name' && f.kind !== 'json' && f.kind !== 'presence');

/**
 * One page of an entity list; for editors, a checkbox per row and a bulk edit of one field across
 * the chosen rows (or every matching one), previewed as per-row diffs before it is applied.
 */
export function EntryTable({ entity, rows, matching, sortLabel, editable }: { entity: EntityName; rows: EntrySummary[]; matching: { key: string; version: number }[]; sortLabel: string | null; editable: boolean }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<Map<string, number>>(new Map());
  const fields = bulkFields(entity);
  const [fieldPath, setFieldPath] = useState(fields[0]?.path ?? '');
  const [value, setValue] = useState<string | boolean>('');
  const [result, setResult] = useState<BulkEditResult | null>(null);
  const [pending, startTransition] = useTransition();
  const field = fields.find((f) => f.path === fieldPath);
  const choose = (next: Map<string, number>) => {
    setChosen(next);
    setResult(null);
  };
  const toggle = (key: string, version: number, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(key, version);
    else next.delete(key);
    choose(next);
  };
  const run = (dryRun: boolean) =>
    startTransition(async () => {
      try {
        const answer = await bulkEditAction({ entity, field: fieldPath, value, rows: [...chosen].map(([key, version]) => ({ key, version })), dryRun });
        setResult(answer);
        if (answer.ok && !answer.dryRun) {
          setChosen(new Map());
          router.refresh();
        }
      } catch {
        setResult({ ok: false, message: 'Not applied: your session may have ended. Sign in again and retry.', fieldErrors: {}, rows: [] });
      }
    });
  const previewed = result?.ok === true && result.dryRun;
  const labelOf = (path: string) => ENTITY_FIELDS[entity].find((f) => f.path === path)?.fullLabel ?? path;
  return (
    <div>
      {editable ? (
        <section aria-label="Bulk edit" className="mb-3 rounded border border-zinc-300 p-3 text-sm dark:border-zinc-700">
          <div className="mb-2 flex flex-wrap items-center gap-3">
            <span>{chosen.size} chosen</span>
            <button type="button" className={button} disabled={!hydrated} onClick={() => choose(new Map([...chosen, ...rows.map((r) => [r.key, r.version] as const)]))}>Choose this page</button>
            <button type="button" className={button} disabled={!hydrated} onClick={() => choose(new Map(matching.map((m) => [m.key, m.version])))}>Choose all {matching.length} matching</button>
            <button type="button" className={button} disabled={!hydrated || chosen.size === 0} onClick={() => choose(new Map())}>Clear</button>
          </div>
          {chosen.size > 0 ? (
            <div className="flex flex-wrap items-end gap-3">
              <div className="flex flex-col"><label htmlFor="bulk-field">Field to set</label>
                <select id="bulk-field" value={fieldPath} onChange={(e) => { setFieldPath(e.target.value); setValue(''); setResult(null); }} className="max-w-64 rounded border border-zinc-300 bg-transparent px-2 py-1 dark:border-zinc-700">
                  {fields.map((f) => <option key={f.path} value={f.path}>{f.fullLabel}</option>)}
                </select>
              </div>
              {field ? (
                <div className="min-w-48 grow">
                  <FieldInput field={{ ...field, label: `New value: ${field.fullLabel}` }} values={{ [field.path]: value }} error={result && !result.ok ? result.fieldErrors.value : undefined} onChange={(_path, v) => { setValue(v); setResult(null); }} />
                </div>
              ) : null}
              <button type="button" className={button} disabled={!hydrated || pending} onClick={() => run(true)}>Preview the change</button>
              <button type="button" className={button} disabled={!hydrated || pending || !previewed} onClick={() => run(false)}>Apply to {chosen.size} entries</button>
            </div>
          ) : null}
          <div role="status" aria-live="polite">
            {result ? <p className={result.ok ? 'mt-2 font-medium' : 'mt-2 font-medium text-red-700 dark:text-red-400'}>{result.ok ? (result.dryRun ? `Preview (nothing written): ${result.changed} of ${result.rows.length} entries change.` : `Applied: ${result.changed} entries changed.`) : result.message}</p> : null}
            {result && result.rows.length > 0 ? (
              <ul className="ml-4 list-disc">
                {result.rows.slice(0, 200).map((r) => (
                  <li key={r.key} className="break-words">
                    <code>{r.key}</code>: {r.problem ? <span className="text-red-700 dark:text-red-400">{r.problem}</span> : r.changes.length === 0 ? 'no change' : r.changes.map((c) => `${labelOf(c.field)}: ${showValue(c.before)} → ${showValue(c.after)}`).join('; ')}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </section>
      ) : null}
      <ScrollTable label="Entries">
        <table className="data">
          <thead>
            <tr>
              {editable ? <th scope="col"><span className="sr-only">Chosen</span></th> : null}
              <th scope="col">Entry</th>
              <th scope="col">Detail</th>
              {sortLabel ? <th scope="col">{sortLabel}</th> : null}
              <th scope="col" className="num">Version</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                {editable ? (
                  <td><input type="checkbox" aria-label={`Choose ${row.label}`} disabled={!hydrated} checked={chosen.has(row.key)} onChange={(e) => toggle(row.key, row.version, e.target.checked)} /></td>
                ) : null}
                <td><Link href={`/admin/${entity}/${encodeURIComponent(row.key)}`}>{row.label}</Link>{row.label !== row.key ? <><br /><code className="text-xs break-all">{row.key}</code></> : null}</td>
                <td>{row.detail}</td>
                {sortLabel ? <td>{row.sortValue}</td> : null}
                <td className="num">{row.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
