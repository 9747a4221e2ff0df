'use client';

import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { compareAction, type FormState } from '@/lib/actions/planner';
import type { Choice } from '@/components/planner/plan-form';

const field = 'rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900';

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
      {state.message ? <p role="alert" className="text-sm text-red-700">{state.message}</p> : null}
      {['1', '2', '3', '4'].map((row) => (
        <fieldset key={row} className="grid gap-2 sm:grid-cols-[2fr_1fr_2fr_5rem_7rem_1fr]">
          <legend className="sr-only">Choice {row}</legend>
          <label className="flex flex-col gap-1 text-xs font-medium">Model {row}{Number(row) > 2 ? ' (optional)' : ''}
            <select name={`model${row}`} defaultValue={v[`model${row}`] ?? ''} className={field}>
              <option value="">—</option>
              {models.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-xs font-medium">Quantization
            <select name={`quant${row}`} defaultValue={v[`quant${row}`] ?? 'Q4_K_M'} className={field}>
              {quants.map((q) => <option key={q.value} value={q.value}>{q.label}</option>)}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-xs font-medium">Hardware
            <select name={`hardware${row}`} defaultValue={v[`hardware${row}`] ?? 'geforce-rtx-4090'} className={field}>
              {hardware.map((h) => <option key={h.value} value={h.value}>{h.label}</option>)}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-xs font-medium">Count
            <input name={`count${row}`} type="number" min="1" max="8" defaultValue={v[`count${row}`] ?? '1'} className={field} />
          </label>
          <label className="flex flex-col gap-1 text-xs font-medium">Context
            <input name={`ctx${row}`} type="number" min="512" step="512" defaultValue={v[`ctx${row}`] ?? '8192'} className={field} />
          </label>
          <label className="flex flex-col gap-1 text-xs font-medium">Runtime
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
