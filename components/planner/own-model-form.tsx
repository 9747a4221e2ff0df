'use client';

import { useId, useRef, useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { Estimate } from '@/lib/estimate/types';
import { estimateFigures, formatBytes, formatParams } from '@/lib/format';

type Answer = { ok: true; estimate: Estimate } | { ok: false; field: string; message: string };


const field = 'rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900';

/**
 * Posts the pasted config.json to the public estimate API and shows its answer, errors by field. A
 * repo id fills the box from Hugging Face through the server (GET /api/v1/hf-config), which says
 * plainly when it cannot reach the Hub; the paste works either way.
 */
export function OwnModelForm({ quants, runtimes }: { quants: string[]; runtimes: { value: string; label: string }[] }) {
  const id = useId();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [pending, setPending] = useState(false);
  // The form posts from the browser: until React has hydrated, the button stays disabled (a click
  // before that would submit the page natively and lose the pasted text).
  const hydrated = useHydrated();
  const configRef = useRef<HTMLTextAreaElement>(null);
  const repoRef = useRef<HTMLInputElement>(null);
  const [repoStatus, setRepoStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [reading, setReading] = useState(false);

  async function readRepo() {
    const repo = repoRef.current?.value.trim() ?? '';
    if (repo === '') {
      setRepoStatus({ ok: false, text: 'repo: give a repo id such as owner/name' });
      return;
    }
    setReading(true);
    setRepoStatus(null);
    try {
      const response = await fetch(`/api/v1/hf-config?repo=${encodeURIComponent(repo)}`);
      const body = (await response.json()) as { repoId: string; config: string } | { error: { field: string; message: string } };
      if ('error' in body) {
        setRepoStatus({ ok: false, text: `${body.error.field}: ${body.error.message}` });
      } else if (configRef.current) {
        configRef.current.value = body.config;
        setRepoStatus({ ok: true, text: `Read config.json of ${body.repoId}.` });
      }
    } catch {
      setRepoStatus({ ok: false, text: 'repo: the server did not answer' });
    } finally {
      setReading(false);
    }
  }

  async function submit(form: FormData) {
    const text = String(form.get('config') ?? '');
    let config: unknown;
    try {
      config = JSON.parse(text);
    } catch {
      setAnswer({ ok: false, field: 'config.json', message: 'this is not valid JSON' });
      return;
    }
    setPending(true);
    try {
      const response = await fetch('/api/v1/estimate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: { hfConfig: config }, quant: form.get('quant'), runtime: form.get('runtime'), contextTokens: Number(form.get('context')) }),
      });
      const body = (await response.json()) as Estimate | { error: { field: string; message: string } };
      setAnswer('error' in body ? { ok: false, field: body.error.field, message: body.error.message } : { ok: true, estimate: body });
    } catch {
      setAnswer({ ok: false, field: '(network)', message: 'the estimate service did not answer' });
    } finally {
      setPending(false);
    }
  }

  const e = answer?.ok ? answer.estimate : null;
  return (
    <div className="space-y-6">
      <form
        className="space-y-3"
        aria-describedby={`${id}-error`}
        onSubmit={(event) => {
          event.preventDefault();
          void submit(new FormData(event.currentTarget));
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-repo`} className="text-sm font-medium">Hugging Face repo id</label>
          <div className="flex flex-wrap gap-2">
            <input id={`${id}-repo`} ref={repoRef} name="repo" placeholder="owner/name" autoComplete="off" onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); void readRepo(); } }} spellCheck={false} aria-describedby={`${id}-repo-status`} className={`${field} min-w-0 flex-1`} />
            <button type="button" onClick={() => void readRepo()} disabled={reading || !hydrated} className="rounded border border-zinc-400 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-60 dark:hover:bg-zinc-800">
              {reading ? 'Reading…' : 'Read its config.json'}
            </button>
          </div>
          <p id={`${id}-repo-status`} role="status" aria-live="polite" className={`break-words text-sm ${repoStatus?.ok === false ? 'text-red-700 dark:text-red-300' : ''}`}>{repoStatus?.text ?? ''}</p>
        </div>
        <label className="flex flex-col gap-1 text-sm font-medium">config.json
          <textarea ref={configRef} name="config" required rows={12} spellCheck={false} className={`${field} font-mono text-xs`} placeholder='{ "model_type": "qwen3_next", … }' />
        </label>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <label className="flex flex-col gap-1 text-xs font-medium">Quantization
            <select name="quant" defaultValue="Q4_K_M" className={field}>
              {quants.map((q) => <option key={q} value={q}>{q}</option>)}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-xs font-medium">Context (tokens)
            <input name="context" type="number" min={1} max={16_777_216} defaultValue={32768} required className={field} />
          </label>
          <label className="flex flex-col gap-1 text-xs font-medium">Runtime
            <select name="runtime" defaultValue="llama.cpp" className={field}>
              {runtimes.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
            </select>
          </label>
        </div>
        <button type="submit" disabled={pending || !hydrated} className="rounded bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800 disabled:opacity-60">
          {pending ? 'Estimating…' : 'Estimate'}
        </button>
        <p id={`${id}-error`} role="alert" aria-live="polite" className="text-sm text-red-700 dark:text-red-300">
          {answer && !answer.ok ? `${answer.field}: ${answer.message}` : ''}
        </p>
      </form>
      {e ? (
        <section aria-labelledby={`${id}-result`} data-testid="own-model-estimate" className="space-y-3">
          <h2 id={`${id}-result`} className="text-xl font-semibold">{e.model.name ?? 'Your model'} at {e.quant}, {e.contextTokens.toLocaleString('en-US')} tokens, {e.runtime}</h2>
          <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
            <div><dt className="text-zinc-600 dark:text-zinc-400">Parameters</dt><dd>{formatParams(e.model.totalParams)} total, {formatParams(e.model.activeParams)} active</dd></div>
            <div><dt className="text-zinc-600 dark:text-zinc-400">Memory</dt><dd data-figure="memory">{estimateFigures(e).memory}</dd></div>
            <div><dt className="text-zinc-600 dark:text-zinc-400">Weights</dt><dd>{formatBytes(e.memory.weightsBytes, 'GiB')}</dd></div>
            <div><dt className="text-zinc-600 dark:text-zinc-400">KV cache</dt><dd data-figure="kv">{formatBytes(e.memory.kvCacheBytes - e.memory.recurrentStateBytes, 'GiB')}</dd></div>
            <div><dt className="text-zinc-600 dark:text-zinc-400">Recurrent state</dt><dd data-figure="state">{formatBytes(e.memory.recurrentStateBytes, 'GiB')}</dd></div>
          </dl>
          {e.warnings.length > 0 ? (
            <div>
              <h3 className="font-semibold">Warnings</h3>
              <ul className="list-disc pl-5 text-sm">{e.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
            </div>
          ) : null}
          <div>
            <h3 className="font-semibold">Assumptions</h3>
            <ul className="list-disc pl-5 text-sm">{e.assumptions.map((a) => <li key={a}>{a}</li>)}</ul>
          </div>
        </section>
      ) : null}
    </div>
  );
}
