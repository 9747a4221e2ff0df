'use client';

import Link from 'next/link';
import { useId, useState, useTransition } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { importFromHubAction } from '@/lib/actions/admin/hf-import';
import type { ModelDraft } from '@/lib/hf/model-import';
import { artifactForModelSlug, prefillHref } from '@/lib/editing/prefill';
import { formatBytes } from '@/lib/format';
import type { EntityName } from '@/lib/schemas/admin';
import { EntityForm } from '@/components/admin/entity-form';
import { ScrollTable } from '@/components/ui/scroll-table';

const button = 'rounded border border-zinc-400 px-3 py-1 font-medium hover:bg-zinc-100 disabled:opacity-50 dark:hover:bg-zinc-800';
const inputClass = 'w-full rounded border border-zinc-300 bg-transparent px-2 py-1 dark:border-zinc-700';
const errorClass = 'text-sm text-red-700 dark:text-red-400';

function sizeText(bytes: number | null): string {
  return bytes === null ? 'unknown' : `${formatBytes(bytes)} (${bytes.toLocaleString('en-US')} bytes)`;
}

/**
 * "New model from config.json or repo id": the server reads the Hub (or only the pasted config),
 * the model form below is filled with the draft, and the proposed artifacts are listed with their
 * sizes, each opening the artifact form filled in. Nothing is saved until the editor saves.
 */
export function HubImport({ emptyRecord, referenceOptions, catalogRepos }: { emptyRecord: Record<string, unknown>; referenceOptions: Partial<Record<EntityName, string[]>>; catalogRepos: Record<string, string> }) {
  const id = useId();
  const [draft, setDraft] = useState<ModelDraft | null>(null);
  const [imports, setImports] = useState(0);
  // The model's slug as the form holds it now: a renamed model takes its proposed artifacts along.
  const [modelSlug, setModelSlug] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ repoId?: string; config?: string }>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();

  const read = (form: FormData) =>
    startTransition(async () => {
      setMessage(null);
      let result;
      try {
        result = await importFromHubAction({ repoId: String(form.get('repoId') ?? ''), config: String(form.get('config') ?? '') });
      } catch {
        setMessage('Not read: your session may have ended, or the server did not answer. Sign in again and retry.');
        return;
      }
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setMessage(result.message);
        requestAnimationFrame(() => document.getElementById(`${id}-${result.fieldErrors.repoId ? 'repo' : 'config'}`)?.focus());
        return;
      }
      setFieldErrors({});
      setDraft(result.draft);
      setImports((n) => n + 1);
      setMessage(`Read ${result.draft.source ? `${result.draft.source.repoId} at ${result.draft.source.revision.slice(0, 7)}` : 'the pasted config.json'}: review the form below, then save.`);
    });

  const repo = typeof draft?.model.huggingFaceRepo === 'string' ? draft.model.huggingFaceRepo : null;
  const already = repo ? catalogRepos[repo.toLowerCase()] : undefined;
  return (
    <>
      <section aria-labelledby={`${id}-title`} className="mb-6 rounded border border-zinc-300 p-3 dark:border-zinc-700">
        <h2 id={`${id}-title`} className="text-lg font-semibold">From Hugging Face</h2>
        <p className="mb-3 text-sm">Give a repo id, paste its <code>config.json</code>, or both (a pasted file is used instead of the repository&apos;s). The form below is filled in; nothing is saved until you save it.</p>
        <form
          aria-label="Read a model from Hugging Face"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            read(new FormData(event.currentTarget));
          }}
          className="space-y-3"
        >
          <div>
            <label htmlFor={`${id}-repo`} className="block font-medium">Repo id</label>
            <input id={`${id}-repo`} name="repoId" placeholder="owner/name" autoComplete="off" spellCheck={false} className={inputClass} aria-invalid={fieldErrors.repoId ? true : undefined} aria-describedby={fieldErrors.repoId ? `${id}-repo-error` : undefined} />
            {fieldErrors.repoId ? <p id={`${id}-repo-error`} className={errorClass}>{fieldErrors.repoId}</p> : null}
          </div>
          <div>
            <label htmlFor={`${id}-config`} className="block font-medium">config.json</label>
            <textarea id={`${id}-config`} name="config" rows={4} spellCheck={false} className={`${inputClass} font-mono text-xs`} placeholder='{ "model_type": "llama", … }' aria-invalid={fieldErrors.config ? true : undefined} aria-describedby={fieldErrors.config ? `${id}-config-error` : undefined} />
            {fieldErrors.config ? <p id={`${id}-config-error`} className={`${errorClass} break-words`}>{fieldErrors.config}</p> : null}
          </div>
          <button type="submit" className={button} disabled={!hydrated || pending}>{pending ? 'Reading…' : 'Read the model'}</button>
          <p role="status" aria-live="polite" className="break-words text-sm font-medium">{message ?? ''}</p>
        </form>
        {draft ? (
          <div className="mt-3 space-y-3 text-sm">
            {already ? <p className="font-medium">Already in the catalog as <Link href={`/admin/models/${encodeURIComponent(already)}`}>{already}</Link>: change the slug to add it again.</p> : null}
            <ul aria-label="What was read" className="ml-4 list-disc break-words">{draft.notes.map((n) => <li key={n}>{n}</li>)}</ul>
            <section aria-labelledby={`${id}-artifacts`}>
              <h3 id={`${id}-artifacts`} className="font-semibold">Proposed artifacts</h3>
              {draft.artifacts.length === 0 ? (
                <p>None: no GGUF or safetensors weights were listed.</p>
              ) : (
                <>
                  <p className="mb-2">Save the model first; each link then opens the artifact form filled in, in a new tab (this draft stays here), to review and save.</p>
                  <ScrollTable label="Proposed artifacts">
                    <table className="data min-w-[36rem]">
                      <thead><tr><th scope="col">Format</th><th scope="col">Files</th><th scope="col">Size</th><th scope="col">Notes</th><th scope="col"><span className="sr-only">Action</span></th></tr></thead>
                      <tbody>
                        {draft.artifacts.map((a) => ({ ...a, record: artifactForModelSlug(a.record, String(draft.model.slug ?? ''), modelSlug) })).map((a) => (
                          <tr key={`${a.format}:${a.files[0] ?? ''}`}>
                            <th scope="row">{a.format}{a.knownFormat ? '' : ' (unknown to the estimator)'}</th>
                            <td>{a.files.length === 1 ? a.files[0] : `${a.files.length} files (${a.files[0]} …)`}</td>
                            <td data-figure="size">{sizeText(a.fileBytes)}</td>
                            <td>{[...a.notes, ...(a.complete ? [] : ['incomplete split'])].join('; ')}</td>
                            <td><a href={prefillHref('artifacts', a.record)} target="_blank" rel="noopener">Create artifact {String(a.record.slug)} <span className="whitespace-nowrap">(new tab)</span></a></td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </ScrollTable>
                </>
              )}
            </section>
          </div>
        ) : null}
      </section>
      <EntityForm key={imports} entity="models" entryKey={null} version={null} record={draft?.model ?? emptyRecord} savedRecord={draft ? emptyRecord : undefined} referenceOptions={referenceOptions} onSlugChange={setModelSlug} />
    </>
  );
}
