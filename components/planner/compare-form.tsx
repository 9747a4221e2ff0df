'use client';

import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { compareAction, type FormState } from '@/lib/actions/planner';
import type { Choice } from '@/components/planner/plan-form';

// w-full min-w-0: a select is as wide as its longest option unless told otherwise.
const field = 'w-full min-w-0 rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900';

function Submit() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
      {pending ? 'Comparing…' : 'Compare'}
    </button>
  );
}

export function CompareForm({ models, quants, hardware, runtimes, defaults }: { models: Choice[]; quants: Choice[]; hardware: Choice[]; runtimes: Choice[]; defaults: Record<string, string> }) {
  const [state, action] = useActionState<FormState, FormData>(compareAction, { message: null, fieldErrors: {}, values: defaults });
  const v = state.values;
  return (
    <form action={action} className="mb-8 space-y-3" noValidate>
      {state.message ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{state.message}</p> : null}
      {['1', '2', '3', '4'].map((row) => (
        // A fieldset is at least as wide as its content unless min-w-0 says otherwise.
        <fieldset key={row} className="grid min-w-0 grid-cols-2 gap-2 border-t border-zinc-200 pt-3 first-of-type:border-t-0 first-of-type:pt-0 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,2fr)_5rem_7rem_minmax(0,1fr)] sm:border-t-0 sm:pt-0 dark:border-zinc-800">
          <legend className="sr-only">Choice {row}</legend>
          <label className="col-span-2 flex min-w-0 flex-col gap-1 text-xs font-medium sm:col-span-1">Model {row}{Number(row) > 2 ? ' (optional)' : ''}
            <select name={`model${row}`} defaultValue={v[`model${row}`] ?? ''} className={field}>
              <option value="">—</option>
              {models.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
            </select>
          </label>
          <label className="flex min-w-0 flex-col gap-1 text-xs font-medium">Quantization
            <select name={`quant${row}`} defaultValue={v[`quant${row}`] ?? 'Q4_K_M'} className={field}>
              {quants.map((q) => <option key={q.value} value={q.value}>{q.label}</option>)}
            </select>
          </label>
          <label className="flex min-w-0 flex-col gap-1 text-xs font-medium">Hardware
            <select name={`hardware${row}`} defaultValue={v[`hardware${row}`] ?? 'geforce-rtx-4090'} className={field}>
              {hardware.map((h) => <option key={h.value} value={h.value}>{h.label}</option>)}
            </select>
          </label>
          <label className="flex min-w-0 flex-col gap-1 text-xs font-medium">Count
            <input name={`count${row}`} type="number" min="1" max="8" defaultValue={v[`count${row}`] ?? '1'} className={field} />
          </label>
          <label className="flex min-w-0 flex-col gap-1 text-xs font-medium">Context
            <input name={`ctx${row}`} type="number" min="512" step="512" defaultValue={v[`ctx${row}`] ?? '8192'} className={field} />
          </label>
          <label className="flex min-w-0 flex-col gap-1 text-xs font-medium">Runtime
            <select name={`runtime${row}`} defaultValue={v[`runtime${row}`] ?? ''} className={field}>
              <option value="">Default for the format</option>
              {runtimes.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
            </select>
          </label>
        </fieldset>
      ))}
      <Submit />
    </form>
  );
}
