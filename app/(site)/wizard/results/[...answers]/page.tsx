import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { profileFromParams } from '@/lib/catalog/wizard-profile';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { formatBytes, formatTokensPerSec, formatUsd } from '@/lib/format';
import { recommend } from '@/lib/recommend';
import { answersFromSegments, canonicalWizardPath, wizardParamsSchema, wizardQuery } from '@/lib/schemas/wizard';
import { PageHeader } from '@/components/ui/page-header';
import { PriorityControl } from '@/components/wizard/priority-control';
import { RecommendationCard } from '@/components/wizard/recommendation-card';

export const metadata: Metadata = { title: 'What you can run', robots: { index: false } };

// Each distinct answer set renders once and is then served from the page cache (bounded by bytes,
// cache-handler.mjs); catalog edits revalidate /wizard/results, and entries also expire on their
// own after `revalidate` seconds. proxy.ts lets only canonical, schema-valid paths reach this page
// (others get 400 naming the field, or a 308 to the canonical spelling); a link that names
// hardware the catalog lacks gets the 404 below, which is never cached.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { answers: string[] }[] {
  return [];
}

type Params = Promise<{ answers: string[] }>;

export default async function WizardResultsPage({ params: routeParams }: { params: Params }) {
  // Invalid answers never render a page here (proxy.ts answers 400 first); should one arrive
  // another way, it gets the uncached 404 rather than a cached page.
  const fromPath = answersFromSegments((await routeParams).answers);
  const parsed = fromPath.ok ? wizardParamsSchema.safeParse(fromPath.answers) : null;
  if (!parsed?.success) notFound();
  const params = parsed.data;
  const catalog = await getCatalogSnapshot();
  const resolved = profileFromParams(params, catalog.hardware);
  if (!resolved.ok) notFound();
  // Twenty picks: with MoE offload and newer models competing, a top ten leaves out setups people ask about.
  const result = recommend(resolved.profile, resolved.needs, catalog, { limit: WIZARD_RESULTS });
  const editHref = `/wizard?${wizardQuery({ ...params, gpu: params.gpu.length > 0 ? params.gpu : undefined, macs: params.macs.length > 0 ? params.macs : undefined })}`;

  return (
    <>
      <PageHeader title="What you can run">
        <p>
          On <strong>{resolved.label}</strong>
          {params.hw !== 'mac' && params.hw !== 'cluster' ? ` with ${formatBytes(params.ram * 2 ** 30, 'GiB')} of system RAM` : ''}, for <strong>{params.use.replace('-', ' ')}</strong> with{' '}
          {params.ctx.toLocaleString('en-US')} tokens of context. <Link href={editHref}>Change answers</Link>
        </p>
      </PageHeader>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <PriorityControl value={params.pri} hrefs={PRIORITY_STEPS.map((pri) => canonicalWizardPath({ ...params, pri }))} />
        <p className="text-xs text-zinc-600 dark:text-zinc-400">This page&apos;s address is a permalink: share it to share these results.</p>
      </div>

      {result.notes.length > 0 ? (
        // The live region wraps the list: role="status" on the <ul> itself would strip its list semantics (axe listitem).
        <div role="status" className="mb-6 rounded border border-sky-200 bg-sky-50 py-2 pr-3 pl-8 text-sm dark:border-sky-900 dark:bg-sky-950">
          <ul className="list-disc">{result.notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </div>
      ) : null}

      {result.results.length === 0 ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
          Nothing in the catalog runs usefully on this hardware at {params.ctx.toLocaleString('en-US')} tokens of context. Try a shorter context, or see the upgrade below.
        </p>
      ) : (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-xl font-semibold">Best matches ({result.results.length})</h2>
          {result.results.map((recommendation) => (
            <RecommendationCard key={`${recommendation.model.slug}-${recommendation.format}-${recommendation.runtime}`} recommendation={recommendation} />
          ))}
        </section>
      )}

      {result.whyNot.length > 0 ? (
        <section aria-labelledby="whynot-heading" className="mt-10">
          <h2 id="whynot-heading" className="mb-2 text-xl font-semibold">Why not…?</h2>
          <ul className="space-y-2 text-sm">
            {result.whyNot.map((w) => (
              <li key={w.modelSlug}>
                <Link href={`/models/${w.modelSlug}`} className="font-medium">{w.modelName}</Link> ({w.quant}): {w.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {result.upgrade ? (
        <section aria-labelledby="upgrade-heading" className="mt-10">
          <h2 id="upgrade-heading" className="mb-2 text-xl font-semibold">What an upgrade unlocks</h2>
          <p className="text-sm">
            {result.upgrade.summary}
            {result.upgrade.priceUsd !== null ? ` (launch price ${formatUsd(result.upgrade.priceUsd)})` : ''}, adding {formatBytes(result.upgrade.addedMemoryBytes, 'GiB')}.
          </p>
          {result.upgrade.unlocks.length > 0 ? (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {result.upgrade.unlocks.map((u) => (
                <li key={u.modelSlug}><Link href={`/models/${u.modelSlug}`}>{u.modelName}</Link> at {u.quant}, about {formatTokensPerSec(u.decodeTokensPerSec)} tokens/s</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

const WIZARD_RESULTS = 20;
const PRIORITY_STEPS = Array.from({ length: 21 }, (_, i) => i * 5);
