'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { previewEntryAction, saveEntryAction } from '@/lib/actions/admin/catalog';
import { ENTITY_FIELDS, ENTITY_LABELS, type EntityName } from '@/lib/schemas/admin';
import type { PreviewResult } from '@/lib/data/admin/preview';
import type { SaveResult } from '@/lib/data/admin/catalog';
import { FieldInput } from '@/components/admin/field-input';
import { fromFormValues, getPath, show, toFormValues, type FormValues } from '@/components/admin/form-values';

type Conflict = Extract<SaveResult, { kind: 'conflict' }>;

const button = 'rounded border border-zinc-400 px-3 py-1 font-medium hover:bg-zinc-100 disabled:opacity-50 dark:hover:bg-zinc-800';

/** Create or edit one catalog entry: strict validation on the server, errors beside each field, a preview of the estimates it moves, and a conflict view when someone saved first. */
export function EntityForm({ entity, entryKey, version, record }: { entity: EntityName; entryKey: string | null; version: number | null; record: unknown }) {
  const fields = ENTITY_FIELDS[entity];
  const router = useRouter();
  const [values, setValues] = useState<FormValues>(() => toFormValues(fields, record));
  const [baseVersion, setBaseVersion] = useState(version);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [pending, startTransition] = useTransition();

  const onChange = (path: string, value: string | boolean) => {
    setValues((v) => ({ ...v, [path]: value }));
    setPreview(null);
  };
  const errorFor = (path: string) => fieldErrors[path] ?? Object.entries(fieldErrors).find(([k]) => k.startsWith(`${path}.`))?.[1];
  const orphanErrors = Object.entries(fieldErrors).filter(([k]) => !fields.some((f) => k === f.path || k.startsWith(`${f.path}.`)));

  const submit = (recordToSave: unknown, versionToUse: number | null, keyToUse: string | null) =>
    startTransition(async () => {
      setMessage(null);
      const result = await saveEntryAction({ entity, key: keyToUse, version: versionToUse, record: recordToSave });
      if (result.ok) {
        setFieldErrors({});
        setConflict(null);
        setBaseVersion(result.version);
        setMessage(`Saved (version ${result.version}).`);
        if (result.key !== keyToUse) router.replace(`/admin/${entity}/${encodeURIComponent(result.key)}`);
        router.refresh();
        return;
      }
      setMessage(result.message);
      if (result.kind === 'validation') setFieldErrors(result.fieldErrors);
      if (result.kind === 'conflict') setConflict(result);
    });

  const runPreview = () =>
    startTransition(async () => {
      const result = await previewEntryAction({ entity, key: entryKey, record: fromFormValues(fields, values) });
      setPreview(result);
      if (!result.ok) setFieldErrors(result.fieldErrors);
    });

  return (
    <form
      noValidate
      aria-label={`${entryKey ? 'Edit' : 'New'} ${ENTITY_LABELS[entity].singular}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit(fromFormValues(fields, values), baseVersion, entryKey);
      }}
    >
      <p role="status" aria-live="polite" className="mb-3 font-medium">{message ?? ''}</p>
      {orphanErrors.length > 0 ? (
        <ul className="mb-3 text-sm text-red-700 dark:text-red-400">{orphanErrors.map(([k, v]) => <li key={k}>{k}: {v}</li>)}</ul>
      ) : null}
      {conflict ? (
        <ConflictView
          conflict={conflict}
          entity={entity}
          mine={fromFormValues(fields, values)}
          pending={pending}
          onResolve={(merged) => {
            if (conflict.theirs) {
              setValues(toFormValues(fields, merged));
              submit(merged, conflict.theirs.version, entryKey);
            } else submit(merged, null, null);
          }}
          onDiscard={() => {
            if (conflict.theirs) {
              setValues(toFormValues(fields, conflict.theirs.record));
              setBaseVersion(conflict.theirs.version);
            }
            setConflict(null);
            setMessage('Loaded the saved version; your edits were discarded.');
          }}
        />
      ) : null}
      <div className="grid gap-x-6 md:grid-cols-2">
        {fields.map((field) => <FieldInput key={field.path} field={field} values={values} error={errorFor(field.path)} onChange={onChange} />)}
      </div>
      <div className="mt-4 flex gap-3">
        <button type="button" className={button} disabled={pending} onClick={runPreview}>Preview effect on estimates</button>
        <button type="submit" className={`${button} bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900`} disabled={pending || conflict !== null}>Save</button>
      </div>
      {preview ? <PreviewTable preview={preview} /> : null}
    </form>
  );
}

function PreviewTable({ preview }: { preview: PreviewResult }) {
  if (!preview.ok) return <p className="mt-4" role="alert">{preview.message}</p>;
  const fmt = (f: { decodeTokensPerSec: number; totalBytes: number; fit: string } | null) => (f ? `${f.decodeTokensPerSec} tok/s · ${(f.totalBytes / 1e9).toFixed(1)} GB · ${f.fit}` : '—');
  return (
    <section aria-label="Effect on estimates" className="mt-6">
      <h2 className="mb-2 text-lg font-semibold">Effect on estimates</h2>
      {preview.note ? <p className="mb-2 text-sm">{preview.note}</p> : null}
      {preview.rows.length > 0 ? (
        <table className="data">
          <thead><tr><th scope="col">Reference request</th><th scope="col">Now</th><th scope="col">After this change</th></tr></thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.label}><th scope="row">{row.label}</th><td>{fmt(row.before)}</td><td>{fmt(row.after)}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function ConflictView({ conflict, entity, mine, pending, onResolve, onDiscard }: { conflict: Conflict; entity: EntityName; mine: unknown; pending: boolean; onResolve: (merged: unknown) => void; onDiscard: () => void }) {
  const fields = ENTITY_FIELDS[entity];
  const theirs = conflict.theirs?.record ?? null;
  const differing = useMemo(() => fields.filter((f) => JSON.stringify(getPath(mine, f.path) ?? null) !== JSON.stringify(theirs ? getPath(theirs, f.path) ?? null : null)), [fields, mine, theirs]);
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>({});
  const merged = () => {
    if (!theirs) return mine;
    const out = structuredClone(theirs) as Record<string, unknown>;
    for (const f of differing) {
      if ((choice[f.path] ?? 'mine') !== 'mine') continue;
      const parts = f.path.split('.');
      let node = out;
      for (const p of parts.slice(0, -1)) node = node[p] as Record<string, unknown>;
      node[parts.at(-1)!] = getPath(mine, f.path);
    }
    return out;
  };
  return (
    <section aria-label="Conflict" className="mb-6 rounded border border-amber-500 p-3">
      <h2 className="text-lg font-semibold">Conflict: {conflict.message}</h2>
      {theirs ? (
        <>
          <p className="mb-2 text-sm">Saved version {conflict.theirs?.version}. For each field that differs, choose which value to keep; nothing is overwritten until you save.</p>
          <table className="data">
            <thead><tr><th scope="col">Field</th><th scope="col">Your value</th><th scope="col">Saved value</th></tr></thead>
            <tbody>
              {differing.map((f) => (
                <tr key={f.path}>
                  <th scope="row">{f.label}</th>
                  <td><label><input type="radio" name={`choice-${f.path}`} checked={(choice[f.path] ?? 'mine') === 'mine'} onChange={() => setChoice((c) => ({ ...c, [f.path]: 'mine' }))} /> {show(getPath(mine, f.path))}</label></td>
                  <td><label><input type="radio" name={`choice-${f.path}`} checked={choice[f.path] === 'theirs'} onChange={() => setChoice((c) => ({ ...c, [f.path]: 'theirs' }))} /> {show(getPath(theirs, f.path))}</label></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="text-sm">The entry was deleted. You can create it again with your values.</p>
      )}
      <div className="mt-3 flex gap-3">
        <button type="button" className={button} disabled={pending} onClick={() => onResolve(merged())}>{theirs ? 'Save with these choices' : 'Create it again'}</button>
        <button type="button" className={button} disabled={pending} onClick={onDiscard}>Discard my edits</button>
      </div>
    </section>
  );
}
