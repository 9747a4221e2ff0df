import Link from 'next/link';
import type { Fit } from '@/lib/enums';
import { estimateFigures, formatBytes, formatParams } from '@/lib/format';
import type { Recommendation } from '@/lib/recommend/types';
import { CopyButton } from '@/components/wizard/copy-button';
import { MemoryBar } from '@/components/wizard/memory-bar';

const FIT_CLASS: Record<Fit, string> = {
  'full-gpu': 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  'partial-offload': 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  'cpu-only': 'bg-zinc-200 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100',
  'does-not-fit': 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
  unknown: 'bg-zinc-200 text-zinc-900',
};

const FEEL_TEXT: Record<string, string> = {
  instant: 'instant: text appears faster than you can read',
  fast: 'fast: comfortably ahead of reading speed',
  'reading speed': 'about reading speed',
  slow: 'slow: you will wait for answers',
  'too slow': 'too slow for chat; fine for batch jobs',
};


export function RecommendationCard({ recommendation }: { recommendation: Recommendation }) {
  const r = recommendation;
  const e = r.estimate;
  const figures = estimateFigures(e);
  const headingId = `rec-${r.rank}`;
  return (
    <article
      aria-labelledby={headingId}
      className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
      data-testid="recommendation"
      data-model={r.model.slug}
      data-params={r.model.totalParams}
      data-bits={e.bitsPerWeight.toFixed(2)}
      data-total-bytes={Math.round(e.memory.totalBytes)}
      data-experts-in-ram={e.placement.moeExpertLayersOnCpu}
      data-cpu-layers={e.placement.cpuLayers}
      data-runtime={r.runtime}
      data-gpu-devices={e.memory.devices.filter((d) => d.kind !== 'system' && d.layers > 0).length}
    >
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="text-sm text-zinc-600 dark:text-zinc-400">#{r.rank}</span>
        <h3 id={headingId} className="text-lg font-semibold">
          <Link href={`/models/${r.model.slug}`}>{r.model.name}</Link> <code className="text-base">{r.format}</code>
        </h3>
        <span className="text-sm text-zinc-600 dark:text-zinc-400">
          {formatParams(r.model.totalParams)}
          {r.model.activeParams < r.model.totalParams ? ` (${formatParams(r.model.activeParams)} active)` : ''} · {r.runtime}
        </span>
        <span className={`rounded px-2 py-0.5 text-xs font-medium ${FIT_CLASS[e.fit]}`} data-fit={e.fit} data-figure="fit">{figures.fit}</span>
      </header>
      <p className="mt-1 text-sm" data-testid="trade-off">{r.tradeOff}</p>
      {r.headroom.advice ? (
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100" data-testid="tight-fit">
          {r.headroom.advice}
        </p>
      ) : null}
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <div>
          <h4 className="text-sm font-semibold">Memory: <span data-figure="memory">{figures.memory}</span> in all</h4>
          <MemoryBar estimate={e} />
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            File {formatBytes(e.fileBytes)} ({e.fileBytesSource === 'catalog' ? 'published size' : 'computed from the architecture'}) ·{' '}
            {e.placement.cpuLayers > 0 ? `${e.placement.gpuLayers} of ${e.placement.totalLayers} layers on the GPU` : `${e.placement.totalLayers} layers`}
            {e.maxContextTokens ? ` · context up to ${e.maxContextTokens.toLocaleString('en-US')} tokens still fits` : ''}
          </p>
        </div>
        <div className="space-y-2 text-sm">
          {e.speed ? (
            <p>
              <strong>Generates <span data-figure="decode">{figures.decode}</span> tokens/s</strong>{' '}
              <span className="text-zinc-600 dark:text-zinc-400">(likely {figures.decodeBand}; <span data-testid="speed-confidence" data-figure="confidence">{figures.confidence}</span>)</span>:{' '}
              <span data-feel={r.feel}>{FEEL_TEXT[r.feel] ?? r.feel}</span>
            </p>
          ) : null}
          {e.speed ? <p>Reads prompts at {figures.prefill} tokens/s</p> : null}
          <p>Quality: {r.qualityNote}</p>
          {r.notes.length > 0 ? <ul className="list-disc pl-5 text-xs text-zinc-600 dark:text-zinc-400">{r.notes.map((n) => <li key={n}>{n}</li>)}</ul> : null}
        </div>
      </div>
      {r.machines ? (
        <div className="mt-3 text-sm" data-testid="cluster-machines">
          <h4 className="font-semibold">Per machine</h4>
          <ul className="mt-1 space-y-0.5">
            {r.machines.map((m) => (
              <li key={m.index} data-testid="cluster-machine" data-machine={m.index} data-layers={m.layers ? `${m.layers.first}-${m.layers.last}` : 'none'}>
                <span className="font-medium">Machine {m.index}</span> · {m.name}:{' '}
                {m.layers
                  ? `layers ${m.layers.first}–${m.layers.last}, ${formatBytes(m.bytes, 'GiB')}${m.capacityBytes ? ` of ${formatBytes(m.capacityBytes, 'GiB')} usable` : ''}; runs uv run exo`
                  : 'free: exo places this model on fewer machines, so it need not run it'}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.commands.length > 0 ? (
        <details className="mt-3" open={r.rank <= 3}>
          <summary className="cursor-pointer text-sm font-semibold">Run it</summary>
          <ul className="mt-2 space-y-2">
            {r.commands.map((c) => (
              <li key={`${c.tool}-${c.label}`}>
                <div className="flex items-center justify-between gap-2 text-xs text-zinc-600 dark:text-zinc-400">
                  <span>{c.label}</span>
                  <CopyButton text={c.command} />
                </div>
                <pre className="overflow-x-auto rounded bg-zinc-900 p-2 text-xs text-zinc-100" data-tool={c.tool} tabIndex={0}><code>{c.command}</code></pre>
                {c.notes ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{c.notes}</p> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
