'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, useTransition } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { previewEntryAction, saveEntryAction } from '@/lib/actions/admin/catalog';
import { ENTITY_FIELDS, ENTITY_FIELD_GROUPS, ENTITY_LABELS, ENTITY_SCHEMAS, fieldErrorsOf, type EntityName, type FieldSpec } from '@/lib/schemas/admin';
import type { PreviewResult } from '@/lib/data/admin/preview';
import type { SaveResult } from '@/lib/data/admin/catalog';
import { FieldInput, fieldInputId } from '@/components/admin/field-input';
import { ScrollTable } from '@/components/ui/scroll-table';
import { currentDraftValues, fieldOfError, fromFormValues, isActive, setPresence, showValue, toFormValues, type FormValues } from '@/lib/editing/form-values';
import { mergeThreeWay, resolveMerge, unresolved, type MergeChoice, type MergeResult } from '@/lib/editing/record-diff';
import { clearDraft, draftTextAtOpen, forgetDraftAtOpen, parseDraft, subscribeToDrafts, writeDraft } from '@/components/admin/draft-store';
import { useUnsavedChangesGuard } from '@/components/admin/unsaved-changes';
import { PROPOSED_ARTIFACT_FIELDS, proposedArtifactValues } from '@/lib/editing/slug-proposal';
import { leaveSavedFlash, takeSavedFlash } from '@/components/admin/saved-flash';


type Conflict = Extract<SaveResult, { kind: 'conflict' }>;

const button = 'rounded border border-zinc-400 px-3 py-1 font-medium hover:bg-zinc-100 disabled:opacity-50 dark:hover:bg-zinc-800';

/**
 * Create or edit one catalog entry (`savedRecord`: what is stored when `record` is a draft filled in
 * from elsewhere, such as a Hugging Face import): numbers in human form ("18.7 GB", "32k"), every error at once
 * beside its field with focus on the first, a preview of the estimates it moves, a three-way
 * conflict view when someone saved first, a guard against leaving with unsaved changes, and a
 * draft kept in this browser when the session ends mid-edit.
 */
export function EntityForm({ entity, entryKey, version, record, savedRecord, referenceOptions = {}, onSlugChange }: { entity: EntityName; entryKey: string | null; version: number | null; record: unknown; savedRecord?: unknown; referenceOptions?: Partial<Record<EntityName, string[]>>; onSlugChange?: (slug: string) => void }) {
  const fields = ENTITY_FIELDS[entity];
  const groups = ENTITY_FIELD_GROUPS[entity];
  const formId = useId();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const initialValues = useMemo(() => toFormValues(fields, record), [fields, record]);
  const [values, setValues] = useState<FormValues>(initialValues);
  // The version and record this edit started from: the base of the three-way merge.
  const [base, setBase] = useState<{ version: number | null; record: unknown }>({ version, record });
  // A form opened filled in (an import's draft) starts unsaved: what is saved is `savedRecord`.
  const [savedValues, setSavedValues] = useState<FormValues>(() => (savedRecord === undefined ? initialValues : toFormValues(fields, savedRecord)));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [signInAgain, setSignInAgain] = useState(false);
  const [conflict, setConflict] = useState<{ result: Conflict; merge: MergeResult | null; mine: Record<string, unknown> } | null>(null);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [pending, startTransition] = useTransition();
  // Until the form is interactive, its buttons are disabled: a click before hydration would submit the bare HTML form.
  const hydrated = useHydrated();
  const draftKey = `${entity}/${entryKey ?? '(new)'}`;
  const dirty = useMemo(() => fields.some((f) => values[f.path] !== savedValues[f.path]), [fields, values, savedValues]);
  // Once the session has ended, the draft is kept in this browser and offered back after sign-in:
  // leaving for the sign-in page loses nothing, so it is not asked about.
  useUnsavedChangesGuard(dirty && !signInAgain);

  // A draft left from an earlier visit (a session that ended, a closed tab): offer it back.
  const draftText = useSyncExternalStore(subscribeToDrafts, () => draftTextAtOpen(draftKey), () => null);
  useEffect(() => () => forgetDraftAtOpen(draftKey), [draftKey]);
  const [draftDismissed, setDraftDismissed] = useState(false);
  const storedDraft = useMemo(() => {
    const draft = draftDismissed ? null : parseDraft(draftText);
    if (!draft) return null;
    // A draft from before a part of the form changed shape (the architecture's one JSON text) is read into today's fields.
    const { values: draftValues, problems } = currentDraftValues(fields, draft.values);
    const differs = fields.some((f) => draftValues[f.path] !== undefined && draftValues[f.path] !== initialValues[f.path]);
    return differs || problems.length > 0 ? { ...draft, values: draftValues, problems } : null;
  }, [draftText, draftDismissed, fields, initialValues]);
  // Keep the draft while it differs from what is saved, so nothing typed is lost to a reload or a sign-in.
  useEffect(() => {
    if (dirty) writeDraft(draftKey, { values, baseVersion: base.version, baseRecord: base.record, savedAt: new Date().toISOString() });
  }, [dirty, draftKey, values, base]);

  // After a create (or a slug change), the editor lands here and the old form's status went with the
  // redirect: say it was saved, once, through the status region (set after mount, so it is announced).
  useEffect(() => {
    if (entryKey === null) return;
    const saved = takeSavedFlash(`${entity}/${entryKey}`);
    if (saved === null) return;
    let shown = false;
    const frame = requestAnimationFrame(() => {
      shown = true;
      setMessage(`Saved (version ${saved}).`);
    });
    return () => {
      cancelAnimationFrame(frame);
      // Unmounted before it showed (React's development double mount): keep it for the next mount.
      if (!shown) leaveSavedFlash(`${entity}/${entryKey}`, saved);
    };
  }, [entity, entryKey]);

  // Each error sits beside its own field (or the innermost one holding its path: a JSON list's item).
  const ownerOf = (key: string) => fieldOfError(fields, key)?.path;
  const focusFirstError = (errors: Record<string, string>) => {
    // The first in display order: the groups decide it, not the record's field order.
    const owners = new Set(Object.keys(errors).map(ownerOf));
    const first = groups.flatMap((g) => g.fields).find((f) => owners.has(f.path));
    if (first) requestAnimationFrame(() => document.getElementById(fieldInputId(first.path))?.focus());
  };
  // A new artifact's publisher and source follow its repo id, and its slug its model, format and
  // publisher, until the editor types them.
  const [typed, setTyped] = useState<ReadonlySet<string>>(new Set());
  const proposes = entity === 'artifacts' && entryKey === null;
  const slugValue = typeof values.slug === 'string' ? values.slug : '';
  useEffect(() => onSlugChange?.(slugValue), [onSlugChange, slugValue]);
  const onChange = (path: string, value: string | boolean) => {
    const typedNow = (PROPOSED_ARTIFACT_FIELDS as readonly string[]).includes(path) ? new Set([...typed, path]) : typed;
    if (typedNow !== typed) setTyped(typedNow);
    const presence = fields.find((f) => f.path === path && f.kind === 'presence');
    setValues((v) => {
      const next = presence ? setPresence(fields, v, path, value === true) : { ...v, [path]: value };
      return proposes ? proposedArtifactValues(next, typedNow) : next;
    });
    // A fixed field loses its old error at once; the others keep theirs until the next check.
    setFieldErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([k]) => k !== path && !k.startsWith(`${path}.`))));
    setPreview(null);
  };
  const errorFor = (path: string) => fieldErrors[path] ?? Object.entries(fieldErrors).find(([k]) => ownerOf(k) === path)?.[1];
  const orphanErrors = Object.entries(fieldErrors).filter(([k]) => ownerOf(k) === undefined);

  /** The form's record, or null after showing every field it cannot read. */
  const readForm = (): Record<string, unknown> | null => {
    const { record: read, errors: unreadable } = fromFormValues(fields, values);
    // The entity's own schema runs here too, so an unreadable number and an empty required field
    // show in one round; the server validates again with the same schema.
    const checked = ENTITY_SCHEMAS[entity].safeParse(read);
    const errors = { ...(checked.success ? {} : fieldErrorsOf(checked.error, read)), ...unreadable };
    for (const path of Object.keys(unreadable)) {
      for (const key of Object.keys(errors)) if (key !== path && key.startsWith(`${path}.`)) delete errors[key];
    }
    if (Object.keys(errors).length === 0) return read;
    setFieldErrors(errors);
    setMessage(`${Object.keys(errors).length} field(s) need attention.`);
    focusFirstError(errors);
    return null;
  };

  const submit = (recordToSave: Record<string, unknown>, baseUsed: { version: number | null; record: unknown }, keyToUse: string | null) =>
    startTransition(async () => {
      setMessage(null);
      let result: SaveResult;
      try {
        result = await saveEntryAction({ entity, key: keyToUse, version: baseUsed.version, record: recordToSave });
      } catch {
        // 401/403 (the session ended, the role changed) or no connection: the draft stays in this browser.
        writeDraft(draftKey, { values: toFormValues(fields, recordToSave), baseVersion: baseUsed.version, baseRecord: baseUsed.record, savedAt: new Date().toISOString() });
        setSignInAgain(true);
        setMessage('Not saved: your session may have ended. Your draft is kept in this browser; sign in again and you will come back to it.');
        return;
      }
      if (result.ok) {
        const saved = toFormValues(fields, recordToSave);
        setFieldErrors({});
        setConflict(null);
        setSignInAgain(false);
        setBase({ version: result.version, record: recordToSave });
        setValues(saved);
        setSavedValues(saved);
        clearDraft(draftKey);
        setMessage(`Saved (version ${result.version}).`);
        if (result.key !== keyToUse) {
          leaveSavedFlash(`${entity}/${result.key}`, result.version);
          router.replace(`/admin/${entity}/${encodeURIComponent(result.key)}`);
        }
        router.refresh();
        return;
      }
      setMessage(result.message);
      if (result.kind === 'validation') {
        setFieldErrors(result.fieldErrors);
        focusFirstError(result.fieldErrors);
      }
      if (result.kind === 'conflict') {
        setConflict({ result, mine: recordToSave, merge: result.theirs ? mergeThreeWay(baseUsed.record, result.theirs.record, recordToSave) : null });
      }
    });

  const runPreview = () => {
    const read = readForm();
    if (!read) return;
    startTransition(async () => {
      const result = await previewEntryAction({ entity, key: entryKey, record: read });
      setPreview(result);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        focusFirstError(result.fieldErrors);
      }
    });
  };

  const returnPath = entryKey ? `/admin/${entity}/${encodeURIComponent(entryKey)}` : `/admin/${entity}/new`;
  return (
    <form
      ref={formRef}
      noValidate
      aria-label={`${entryKey ? 'Edit' : 'New'} ${ENTITY_LABELS[entity].singular}`}
      onSubmit={(event) => {
        event.preventDefault();
        const read = readForm();
        if (read) submit(read, base, entryKey);
      }}
    >
      <p role="status" aria-live="polite" className="mb-3 font-medium">
        {message ?? ''}
        {signInAgain ? <> <a href={`/admin/login?next=${encodeURIComponent(returnPath)}`}>Sign in again</a></> : null}
      </p>
      {storedDraft ? (
        <section aria-label="Unsaved draft" className="mb-4 rounded border border-sky-600 p-3 text-sm">
          <p className="mb-2">You have an unsaved draft of this entry from {storedDraft.savedAt.slice(0, 16).replace('T', ' ')} UTC{storedDraft.baseVersion !== null ? `, started from version ${storedDraft.baseVersion}` : ''}.</p>
          {storedDraft.problems.map((problem) => (
            <p key={problem.path} className="mb-2 text-red-700 dark:text-red-400">
              Its {problem.path}, saved as one JSON text before the form had a field per value, could not be read ({problem.message}): restoring brings back the rest, with the {problem.path} as saved.
            </p>
          ))}
          <div className="flex gap-3">
            <button
              type="button"
              className={button}
              onClick={() => {
                setValues({ ...initialValues, ...storedDraft.values });
                // The draft's own base: a save after restoring still sees what changed meanwhile.
                setBase({ version: storedDraft.baseVersion, record: storedDraft.baseRecord });
                setDraftDismissed(true);
                setMessage('Draft restored: review it and save.');
              }}
            >
              Restore my draft
            </button>
            <button type="button" className={button} onClick={() => { clearDraft(draftKey); setDraftDismissed(true); }}>Discard the draft</button>
          </div>
        </section>
      ) : null}
      {orphanErrors.length > 0 ? (
        <ul className="mb-3 text-sm text-red-700 dark:text-red-400">{orphanErrors.map(([k, v]) => <li key={k}>{k}: {v}</li>)}</ul>
      ) : null}
      {conflict ? (
        <ConflictView
          conflict={conflict.result}
          merge={conflict.merge}
          fields={fields}
          pending={pending}
          onResolve={(choices) => {
            const theirs = conflict.result.theirs;
            if (!theirs || !conflict.merge) {
              submit(conflict.mine, { version: null, record: null }, null);
              return;
            }
            const merged = resolveMerge(conflict.merge, choices);
            setValues(toFormValues(fields, merged));
            submit(merged, { version: theirs.version, record: theirs.record }, entryKey);
          }}
          onDiscard={() => {
            const theirs = conflict.result.theirs;
            if (theirs) {
              const saved = toFormValues(fields, theirs.record);
              setValues(saved);
              setSavedValues(saved);
              setBase({ version: theirs.version, record: theirs.record });
            }
            clearDraft(draftKey);
            setConflict(null);
            setMessage('Loaded the saved version; your edits were discarded.');
          }}
        />
      ) : null}
      {groups.map((group, index) => {
        const hintId = `${formId}-group-${index}-hint`;
        return (
          // min-w-0: a fieldset is as wide as its widest content by default, which would widen a phone's page.
          <fieldset key={group.legend} className="mb-4 min-w-0 rounded border border-zinc-300 px-3 pt-1 dark:border-zinc-700" aria-describedby={group.hint ? hintId : undefined}>
            <legend className="px-1 font-semibold">{group.legend}</legend>
            {group.hint ? <p id={hintId} className="mb-2 text-sm break-words text-zinc-600 dark:text-zinc-400">{group.hint}</p> : null}
            <div className="grid gap-x-6 md:grid-cols-2">
              {/* The fields of an unticked part are hidden (and not read); ticking it shows them again as they were. */}
              {group.fields.filter((field) => isActive(field, values)).map((field) => <FieldInput key={field.path} field={field} values={values} error={errorFor(field.path)} options={field.references ? referenceOptions[field.references] : undefined} onChange={onChange} />)}
            </div>
          </fieldset>
        );
      })}
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={button} disabled={!hydrated || pending} onClick={runPreview}>Preview effect on estimates</button>
        <button type="submit" className={`${button} bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900`} disabled={!hydrated || pending || conflict !== null}>Save</button>
        {dirty ? <span className="self-center text-sm text-zinc-600 dark:text-zinc-400">Unsaved changes</span> : null}
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
        <ScrollTable label="Reference requests now and after this change">
          <table className="data">
            <thead><tr><th scope="col">Reference request</th><th scope="col">Now</th><th scope="col">After this change</th></tr></thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.label}><th scope="row">{row.label}</th><td>{fmt(row.before)}</td><td>{fmt(row.after)}</td></tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </section>
  );
}

/**
 * Three-way: fields only the other editor changed stay theirs, fields only this editor changed
 * stay this editor's, and fields both changed have no default: each must be chosen.
 */
function ConflictView({ conflict, merge, fields, pending, onResolve, onDiscard }: { conflict: Conflict; merge: MergeResult | null; fields: readonly FieldSpec[]; pending: boolean; onResolve: (choices: Record<string, MergeChoice>) => void; onDiscard: () => void }) {
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const labelOf = (path: string) => fields.find((f) => f.path === path)?.fullLabel ?? path;
  const fieldOf = (path: string) => fields.find((f) => f.path === path);
  const open = merge ? unresolved(merge, choices) : [];
  return (
    <section aria-label="Conflict" className="mb-6 rounded border border-amber-600 p-3">
      <h2 className="text-lg font-semibold">Conflict: {conflict.message}</h2>
      {merge && conflict.theirs ? (
        <>
          <p className="mb-2 text-sm">Saved version {conflict.theirs.version} is newer than the version {merge ? 'you started from' : ''}. Nothing is overwritten until you save.</p>
          {merge.theirsKept.length > 0 ? (
            <ChangeList title="Kept from the saved version (changed by someone else)" changes={merge.theirsKept} labelOf={labelOf} fieldOf={fieldOf} />
          ) : null}
          {merge.mineKept.length > 0 ? <ChangeList title="Kept from your edit" changes={merge.mineKept} labelOf={labelOf} fieldOf={fieldOf} /> : null}
          {merge.conflicts.length > 0 ? (
            <fieldset className="mt-3">
              <legend className="font-medium">Changed on both sides: choose each one</legend>
              <ScrollTable label="Fields changed on both sides">
                <table className="data">
                  <thead><tr><th scope="col">Field</th><th scope="col">Before both edits</th><th scope="col">Your value</th><th scope="col">Saved value</th></tr></thead>
                  <tbody>
                    {merge.conflicts.map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{labelOf(c.field)}</th>
                        <td>{showValue(c.base, fieldOf(c.field))}</td>
                        <td><label><input type="radio" name={`choice-${c.field}`} checked={choices[c.field] === 'mine'} onChange={() => setChoices((old) => ({ ...old, [c.field]: 'mine' }))} /> Yours: {showValue(c.mine, fieldOf(c.field))}</label></td>
                        <td><label><input type="radio" name={`choice-${c.field}`} checked={choices[c.field] === 'theirs'} onChange={() => setChoices((old) => ({ ...old, [c.field]: 'theirs' }))} /> Saved: {showValue(c.theirs, fieldOf(c.field))}</label></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            </fieldset>
          ) : (
            <p className="mt-2 text-sm">No field was changed on both sides: saving keeps both edits.</p>
          )}
          {open.length > 0 ? <p className="mt-2 text-sm">Still to choose: {open.map(labelOf).join(', ')}.</p> : null}
        </>
      ) : (
        <p className="text-sm">The entry was deleted. You can create it again with your values.</p>
      )}
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" className={button} disabled={pending || open.length > 0} onClick={() => onResolve(choices)}>{merge ? 'Save the merged entry' : 'Create it again'}</button>
        <button type="button" className={button} disabled={pending} onClick={onDiscard}>Discard my edits</button>
      </div>
    </section>
  );
}

function ChangeList({ title, changes, labelOf, fieldOf }: { title: string; changes: { field: string; before: unknown; after: unknown }[]; labelOf: (path: string) => string; fieldOf: (path: string) => FieldSpec | undefined }) {
  return (
    <div className="mt-2 text-sm">
      <h3 className="font-medium">{title}</h3>
      <ul className="ml-4 list-disc">
        {changes.map((c) => <li key={c.field}>{labelOf(c.field)}: {showValue(c.before, fieldOf(c.field))} → {showValue(c.after, fieldOf(c.field))}</li>)}
      </ul>
    </div>
  );
}
