import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { KV_CACHE_TYPES, KV_CACHE_TYPE_LABELS, LLAMA_CPP_RUNTIMES, PRICE_SCOPE_LABELS, RUNTIME_LABELS } from '@/lib/enums';
import { pickableQuants } from '@/lib/estimate/formats';
import { estimateFigures, formatTokensPerSec, formatUsd } from '@/lib/format';
import { planHardware, type PlanPrice } from '@/lib/recommend';
import { planParamsSchema } from '@/lib/schemas/wizard';
import { PageHeader } from '@/components/ui/page-header';
import { PlanForm } from '@/components/planner/plan-form';
import { ScrollTable } from '@/components/ui/scroll-table';

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
    ? planHardware({
      modelSlug: request.model, quant: request.quant, contextTokens: request.ctx, targetTokensPerSec: request.tps, concurrentUsers: request.users,
      ...(request.runtime ? { runtime: request.runtime } : {}), ...(request.kv ? { kvCacheType: request.kv } : {}), ...(request.page ? { page: request.page } : {}),
    }, snapshot)
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
        kvTypes={KV_CACHE_TYPES.map((k) => ({ value: k, label: KV_CACHE_TYPE_LABELS[k] }))}
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
            {result.totalFitting} configurations fit{result.pageCount > 1 ? ` (page ${result.page} of ${result.pageCount})` : ''}; {result.options.filter((o) => o.meetsTarget).length} of those shown reach {request.tps} tokens/s. Those that do come first, cheapest first (street prices where dated ones exist, else launch prices).
          </p>
          <ScrollTable label="Configurations that fit">
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
                  <tr key={`${option.label}-${option.count}`} data-fit={option.fit} data-hardware={option.hardware.slug} data-count={option.count} data-meets={option.meetsTarget ? 'yes' : 'no'}>
                    <td className="min-w-32">
                      <Link href={`/hardware/${option.hardware.slug}`}>{option.label}</Link>
                      {option.notes.length > 0 ? <div className="text-xs text-zinc-600 dark:text-zinc-400">{option.notes.join(' ')}</div> : null}
                    </td>
                    <td className="num">
                      <span data-figure="decode">{estimateFigures(option.estimate).decode}</span>
                      <span className="block text-xs whitespace-nowrap text-zinc-600 dark:text-zinc-400">{estimateFigures(option.estimate).decodeBand}</span>
                    </td>
                    <td className="num" data-price={option.priceUsd ?? ''} data-price-scope={option.price?.scope ?? ''}>
                      {option.price ? <PriceCell price={option.price} /> : 'unknown'}
                      {option.usedPrice ? <span className="block text-xs"><PriceCell price={option.usedPrice} /></span> : null}
                    </td>
                    <td>{option.meetsTarget ? 'yes' : 'no'}</td>
                    <td className="num" data-figure="memory">{estimateFigures(option.estimate).memory}</td>
                    <td data-figure="fit">{estimateFigures(option.estimate).fit}</td>
                    <td className="num">{formatTokensPerSec(option.aggregateTokensPerSec)}</td>
                    <td>{option.runtime}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          {result.pageCount > 1 ? (
            <nav aria-label="Pages of options" className="mt-3 flex gap-4 text-sm">
              {result.page > 1 ? <Link href={pageHref(params, result.page - 1)} rel="prev">Previous page</Link> : null}
              <span>Page {result.page} of {result.pageCount}</span>
              {result.page < result.pageCount ? <Link href={pageHref(params, result.page + 1)} rel="next">Next page</Link> : null}
            </nav>
          ) : null}
          {result.assumptions.length > 0 ? <ul className="mt-4 list-disc pl-5 text-xs text-zinc-600 dark:text-zinc-400">{result.assumptions.map((a) => <li key={a}>{a}</li>)}</ul> : null}
        </section>
      ) : null}
    </>
  );
}

/** The same plan on another page. */
function pageHref(params: Record<string, unknown>, page: number): string {
  const search = new URLSearchParams(Object.entries({ ...params, page }).map(([k, v]) => [k, String(v)]));
  return `/plan?${search.toString()}`;
}

/** A price with what it covers, its kind (street or launch), date and source. */
function PriceCell({ price }: { price: PlanPrice }) {
  const when = price.basis === 'launch' ? 'launch price' : `${price.condition}, ${price.observedOn ?? 'undated'}`;
  return (
    <>
      {formatUsd(price.totalUsd)}
      {/* Wraps: on a 390 px phone the price column must stay on screen. */}
      <span className="block text-xs text-zinc-600 dark:text-zinc-400">
        {PRICE_SCOPE_LABELS[price.scope]} · {price.sourceUrl ? <a href={price.sourceUrl} rel="noopener noreferrer" className="underline">{when}</a> : when}
      </span>
    </>
  );
}
