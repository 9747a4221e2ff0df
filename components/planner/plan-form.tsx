'use client';

import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { planAction, type FormState } from '@/lib/actions/planner';

export interface Choice {
  value: string;
  label: string;
}

const field = 'rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900';

function Submit({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
      {pending ? 'Working…' : label}
    </button>
  );
}

function Labelled({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      {children}
      <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400" aria-live="polite">{error ?? ''}</p>
    </div>
  );
}

export function PlanForm({ models, quants, runtimes, kvTypes, defaults }: { models: Choice[]; quants: Choice[]; runtimes: Choice[]; kvTypes: Choice[]; defaults: Record<string, string> }) {
  const [state, action] = useActionState<FormState, FormData>(planAction, { message: null, fieldErrors: {}, values: defaults });
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="mb-8 grid gap-4 sm:grid-cols-3 lg:grid-cols-6" noValidate>
      {state.message ? <p role="alert" className="text-sm text-red-700 dark:text-red-400 sm:col-span-3 lg:col-span-6">{state.message}</p> : null}
      <div className="sm:col-span-2">
        <Labelled id="p-model" label="Model" error={e.model}>
          <select id="p-model" name="model" defaultValue={v.model ?? 'llama-3.3-70b-instruct'} className={field} aria-describedby="p-model-error" aria-invalid={e.model ? true : undefined}>
            {models.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          </select>
        </Labelled>
      </div>
      <Labelled id="p-quant" label="Quantization" error={e.quant}>
        <select id="p-quant" name="quant" defaultValue={v.quant ?? 'Q4_K_M'} className={field} aria-describedby="p-quant-error">
          {quants.map((q) => <option key={q.value} value={q.value}>{q.label}</option>)}
        </select>
      </Labelled>
      <Labelled id="p-ctx" label="Context (tokens)" error={e.ctx}>
        <input id="p-ctx" name="ctx" type="number" min="512" step="512" defaultValue={v.ctx ?? '8192'} className={field} aria-describedby="p-ctx-error" aria-invalid={e.ctx ? true : undefined} />
      </Labelled>
      <Labelled id="p-tps" label="Target tokens/s" error={e.tps}>
        <input id="p-tps" name="tps" type="number" min="0.5" step="0.5" defaultValue={v.tps ?? '10'} className={field} aria-describedby="p-tps-error" aria-invalid={e.tps ? true : undefined} />
      </Labelled>
      <Labelled id="p-users" label="Concurrent users" error={e.users}>
        <input id="p-users" name="users" type="number" min="1" max="256" defaultValue={v.users ?? '1'} className={field} aria-describedby="p-users-error" aria-invalid={e.users ? true : undefined} />
      </Labelled>
      <Labelled id="p-runtime" label="GGUF runtime" error={e.runtime}>
        <select id="p-runtime" name="runtime" defaultValue={v.runtime ?? ''} className={field} aria-describedby="p-runtime-error">
          <option value="">Default (llama.cpp)</option>
          {runtimes.filter((r) => r.value !== 'llama.cpp').map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
        </select>
      </Labelled>
      <Labelled id="p-kv" label="KV cache" error={e.kv}>
        <select id="p-kv" name="kv" defaultValue={v.kv ?? ''} className={field} aria-describedby="p-kv-error">
          <option value="">Default (the runtime&apos;s)</option>
          {kvTypes.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
        </select>
      </Labelled>
      <div className="sm:col-span-3 lg:col-span-6"><Submit label="Find hardware" /></div>
    </form>
  );
}
