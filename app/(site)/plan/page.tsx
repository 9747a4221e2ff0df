import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { LLAMA_CPP_RUNTIMES, RUNTIME_LABELS } from '@/lib/enums';
import { pickableQuants } from '@/lib/estimate/formats';
import { estimateFigures, formatTokensPerSec, formatUsd } from '@/lib/format';
import { planHardware } from '@/lib/recommend';
import { planParamsSchema } from '@/lib/schemas/wizard';
import { PageHeader } from '@/components/ui/page-header';
import { PlanForm } from '@/components/planner/plan-form';

export const metadata: Metadata = {
  title: 'What do I need?',
  description: 'Pick a model, a quantization and a speed: see the GPUs, Macs, multi-GPU rigs and clusters that run it, cheapest first.',
};

export default async function PlanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v));
  const snapshot = await getCatalogSnapshot();
  const models = snapshot.models.map((m) => ({ value: m.slug, label: m.name })).sort((a, b) => a.label.localeCompare(b.label));
  const hasQuery = Object.keys(params).length > 0;
  const parsed = hasQuery ? planParamsSchema.safeParse(params) : null;
  const request = parsed?.success ? parsed.data : null;
  const unknownModel = request && !snapshot.models.some((m) => m.slug === request.model);
  const result = request && !unknownModel
    ? planHardware({ modelSlug: request.model, quant: request.quant, contextTokens: request.ctx, targetTokensPerSec: request.tps, concurrentUsers: request.users, ...(request.runtime ? { runtime: request.runtime } : {}) }, snapshot)
    : null;
  const modelName = request ? snapshot.models.find((m) => m.slug === request.model)?.name : null;

  return (
    <>
      <PageHeader title="What do I need?">
        <p>Choose a model and how you want it to run. We list hardware that holds it entirely in fast memory, cheapest first, with the speed you can expect.</p>
      </PageHeader>
      <PlanForm
        models={models}
        quants={pickableQuants().map((q) => ({ value: q, label: q }))}
        runtimes={LLAMA_CPP_RUNTIMES.map((r) => ({ value: r, label: RUNTIME_LABELS[r] }))}
        defaults={Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))}
      />
      {parsed && !parsed.success ? (
        <div role="alert" className="text-sm text-red-700 dark:text-red-400">
          This link has a problem: {Object.entries(z.flattenError(parsed.error).fieldErrors).map(([k, v]) => `${k}: ${v?.[0]}`).join('; ')}
        </div>
      ) : null}
      {unknownModel ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">model: “{request!.model}” is not in the catalog.</p> : null}
      {result?.error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{result.error}</p> : null}
      {result && request && !result.error ? (
        <section aria-labelledby="options-heading">
          <h2 id="options-heading" className="mb-2 text-xl font-semibold">
            Hardware for {modelName} at {request.quant}, {request.ctx.toLocaleString('en-US')} tokens, {request.users} user{request.users === 1 ? '' : 's'}
          </h2>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            {result.totalFitting} configurations fit; {result.options.filter((o) => o.meetsTarget).length} of those shown reach {request.tps} tokens/s. Priced options first, cheapest first (launch prices).
          </p>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table, scrolls sideways on small screens">
            <table className="data" data-testid="plan-options">
              <thead>
                <tr>
                  {/* What decides the choice (speed, price) first: a phone shows these without scrolling. */}
                  <th scope="col">Option</th>
                  <th scope="col" className="num whitespace-normal">Tokens/s per user</th>
                  <th scope="col" className="num">Price</th>
                  <th scope="col">Meets {request.tps} tok/s</th>
                  <th scope="col" className="num">Memory used</th>
                  <th scope="col">Fit</th>
                  <th scope="col" className="num">All users</th>
                  <th scope="col">Runtime</th>
                </tr>
              </thead>
              <tbody>
                {result.options.map((option) => (
                  <tr key={`${option.label}-${option.count}`} data-fit={option.fit} data-hardware={option.hardware.slug} data-count={option.count}>
                    <td className="min-w-32">
                      <Link href={`/hardware/${option.hardware.slug}`}>{option.label}</Link>
                      {option.notes.length > 0 ? <div className="text-xs text-zinc-600 dark:text-zinc-400">{option.notes.join(' ')}</div> : null}
                    </td>
                    <td className="num">
                      <span data-figure="decode">{estimateFigures(option.estimate).decode}</span>
                      <span className="block text-xs whitespace-nowrap text-zinc-600 dark:text-zinc-400">{estimateFigures(option.estimate).decodeBand}</span>
                    </td>
                    <td className="num" data-price={option.priceUsd ?? ''}>{option.priceUsd !== null ? formatUsd(option.priceUsd) : 'unknown'}</td>
                    <td>{option.meetsTarget ? 'yes' : 'no'}</td>
                    <td className="num" data-figure="memory">{estimateFigures(option.estimate).memory}</td>
                    <td data-figure="fit">{estimateFigures(option.estimate).fit}</td>
                    <td className="num">{formatTokensPerSec(option.aggregateTokensPerSec)}</td>
                    <td>{option.runtime}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.assumptions.length > 0 ? <ul className="mt-4 list-disc pl-5 text-xs text-zinc-600 dark:text-zinc-400">{result.assumptions.map((a) => <li key={a}>{a}</li>)}</ul> : null}
        </section>
      ) : null}
    </>
  );
}
