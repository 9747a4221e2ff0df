'use client';

import { useId, useState } from 'react';
import { KV_CACHE_TYPE_LABELS, KV_CACHE_TYPES, type KvCacheType } from '@/lib/enums';
import { estimateChoice, type ChoiceModel, type PublishedFile } from '@/lib/estimate/choice';
import { COMMON_GGUF_QUANTS } from '@/lib/estimate/formats';
import { maxContextTokens } from '@/lib/estimate/model-shape';
import { estimateFigures } from '@/lib/format';

export interface CalculatorModel extends ChoiceModel {
  slug: string;
  name: string;
  /** The model's published files (the builder picks the size by its one rule). */
  artifacts: PublishedFile[];
}

const QUANTS = ['F16', ...COMMON_GGUF_QUANTS];
const CONTEXTS = [2048, 4096, 8192, 16384, 32768, 65536, 131072];
const GiB = 2 ** 30;

/** Weights + KV cache + runtime overhead for a model, quant, context and KV type: the estimator, in the browser. */
export function MemoryCalculatorClient({ models, initial }: { models: CalculatorModel[]; initial: string }) {
  const id = useId();
  const [slug, setSlug] = useState(initial);
  const [quant, setQuant] = useState('Q4_K_M');
  const [context, setContext] = useState(8192);
  const [kv, setKv] = useState<KvCacheType>('f16');
  const model = models.find((m) => m.slug === slug) ?? models[0]!;
  const longest = maxContextTokens(model);
  const tokens = Math.min(context, longest);
  const result = estimateChoice({ model, quant, runtime: 'llama.cpp', hardware: null, contextTokens: tokens, kvCacheType: kv });
  const parts = [
    { label: 'Weights', bytes: result.memory.weightsBytes, className: 'bg-sky-600' },
    { label: 'KV cache', bytes: result.memory.kvCacheBytes, className: 'bg-amber-500' },
    { label: 'Compute and overhead', bytes: result.memory.computeBytes + result.memory.overheadBytes, className: 'bg-zinc-400' },
  ];
  const total = result.memory.totalBytes;
  const field = 'rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';
  return (
    <section aria-labelledby={`${id}-heading`} className="my-6 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h3 id={`${id}-heading`} className="mt-0 mb-3 text-lg font-semibold">Memory calculator</h3>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <label className="flex flex-col gap-1 text-xs font-medium">Model
          <select className={field} value={slug} onChange={(e) => setSlug(e.target.value)}>
            {models.map((m) => <option key={m.slug} value={m.slug}>{m.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium">Quantization
          <select className={field} value={quant} onChange={(e) => setQuant(e.target.value)}>
            {QUANTS.map((q) => <option key={q} value={q}>{q}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium">Context (tokens)
          <select className={field} value={context} onChange={(e) => setContext(Number(e.target.value))}>
            {CONTEXTS.map((c) => <option key={c} value={c}>{c.toLocaleString('en-US')}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium">KV cache type
          <select className={field} value={kv} onChange={(e) => setKv(e.target.value as KvCacheType)}>
            {KV_CACHE_TYPES.map((t) => <option key={t} value={t}>{KV_CACHE_TYPE_LABELS[t]}{t === 'f16' ? ' (default)' : ''}</option>)}
          </select>
        </label>
      </div>
      <p className="mt-4 mb-2 text-base" aria-live="polite">
        <strong data-testid="calculator-total">{estimateFigures(result).memory}</strong> in all for {model.name} at {quant}
        {tokens < context ? ` (context capped at the model's ${longest.toLocaleString('en-US')} tokens)` : ` with ${tokens.toLocaleString('en-US')} tokens`}.
      </p>
      <div className="flex h-4 w-full overflow-hidden rounded" aria-hidden="true">
        {parts.map((p) => <div key={p.label} className={p.className} style={{ width: `${(p.bytes / total) * 100}%` }} />)}
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 text-sm">
        {parts.map((p) => <li key={p.label}>{p.label}: {(p.bytes / GiB).toFixed(2)} GiB</li>)}
      </ul>
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">llama.cpp with its defaults (flash attention on), one sequence; weights from {result.fileBytesSource === 'catalog' ? 'the published file size' : 'the architecture and the format'}. Add about 0.3–0.5 GiB of driver memory per GPU.</p>
    </section>
  );
}
