'use client';

import { useState, useTransition } from 'react';
import type { ImportOperation, ImportResult } from '@/lib/data/admin/import';
import { showValue } from '@/lib/editing/form-values';

/** Posts the file to the import route (a route handler: catalog files outgrow the 1 MB action limit). */
async function postImport(json: string, dryRun: boolean): Promise<ImportResult> {
  let response: Response;
  try {
    response = await fetch(`/api/admin/import?dryRun=${dryRun ? 1 : 0}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
  } catch {
    return { ok: false, message: 'The server could not be reached; nothing was imported.', errors: [] };
  }
  const body: unknown = await response.json().catch(() => null);
  // 200 and 422 carry the import's own result; anything else is a refusal with a message.
  if ((response.status === 200 || response.status === 422) && body && typeof body === 'object' && 'ok' in body) return body as ImportResult;
  const refusal = (body ?? {}) as { message?: string; errors?: { path: string; message: string }[] };
  return { ok: false, message: refusal.message ?? `The import failed (HTTP ${response.status}); nothing was imported.`, errors: Array.isArray(refusal.errors) ? refusal.errors : [] };
}

export function ImportForm() {
  const [json, setJson] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (dryRun: boolean) => startTransition(async () => setResult(await postImport(json, dryRun)));
  const previewed = result?.ok === true && result.dryRun && result.conflicts === 0;
  return (
    <form aria-label="Import catalog" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="import-file" className="block text-sm font-medium">Catalog file (JSON, from Export)</label>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        className="mb-2"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (file) {
            setJson(await file.text());
            setResult(null);
          }
        }}
      />
      <label htmlFor="import-json" className="block text-sm font-medium">…or paste it</label>
      <textarea id="import-json" rows={6} className="w-full rounded border font-mono text-xs" value={json} onChange={(e) => { setJson(e.target.value); setResult(null); }} />
      <div className="my-3 flex gap-3">
        <button type="button" className="rounded border px-3 py-1" disabled={pending || json.length < 2} onClick={() => run(true)}>Dry run: show the changes</button>
        <button type="button" className="rounded border px-3 py-1 font-medium" disabled={pending || !previewed} onClick={() => run(false)}>Import these changes</button>
      </div>
      <div role="status" aria-live="polite">
        {result && !result.ok ? (
          <div>
            <p className="font-medium text-red-700 dark:text-red-400">{result.message}</p>
            {result.operations ? <Operations operations={result.operations.filter((o) => o.kind === 'conflict')} /> : null}
            <ul className="text-sm">{result.errors.map((e, i) => <li key={i}><code>{e.path}</code>: {e.message}</li>)}</ul>
          </div>
        ) : null}
        {result?.ok ? (
          <div>
            <p className="font-medium">
              {result.dryRun ? 'Dry run (nothing written): ' : 'Imported: '}
              {result.operations.filter((o) => o.kind === 'create').length} new, {result.operations.filter((o) => o.kind === 'update').length} changed, {result.unchanged} unchanged
              {result.conflicts > 0 ? <>, <strong className="text-red-700 dark:text-red-400">{result.conflicts} in conflict</strong></> : null}.
            </p>
            {result.conflicts > 0 ? (
              <p className="text-red-700 dark:text-red-400">
                Rows in conflict were saved by someone else (or deleted) after this file was exported: importing them would undo that work, so the import is blocked. Export again, redo your edits in the new file, and import that.
              </p>
            ) : null}
            <Operations operations={result.operations} />
          </div>
        ) : null}
      </div>
    </form>
  );
}

function Operations({ operations }: { operations: ImportOperation[] }) {
  const shown = [...operations].sort((a, b) => Number(b.kind === 'conflict') - Number(a.kind === 'conflict')).slice(0, 500);
  return (
    <ul className="text-sm">
      {shown.map((o) => (
        <li key={`${o.entity}/${o.key}`} className="break-words">
          <strong className={o.kind === 'conflict' ? 'text-red-700 dark:text-red-400' : undefined}>{o.kind}</strong> {o.entity}/<code>{o.key}</code>
          {o.kind === 'conflict' ? (o.savedVersion === null ? ` (deleted since the export of version ${o.fileVersion})` : ` (file has version ${o.fileVersion}; saved since as version ${o.savedVersion}; the file's values below would replace the saved ones)`) : null}
          {o.changes.length > 0 ? <ul className="ml-4">{o.changes.map((c) => <li key={c.field}>{c.field}: {showValue(c.before)} → {showValue(c.after)}</li>)}</ul> : null}
        </li>
      ))}
    </ul>
  );
}
