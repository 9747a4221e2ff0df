import Link from 'next/link';
import { facetSlug, filterModels, modelsPath, MODELS_FILTER_BASE, SIZE_BUCKETS, SORTS, type ModelFacets, type ModelFilters } from '@/lib/catalog/model-filters';
import type { ModelSummary } from '@/lib/catalog/types';
import { formatParams } from '@/lib/format';
import { USE_CASES } from '@/lib/enums';
import { PageHeader } from '@/components/ui/page-header';
import { SelectField } from '@/components/ui/select-field';
import { ScrollTable } from '@/components/ui/scroll-table';

const USE_CASE_LABELS: Record<string, string> = {
  chat: 'Chat',
  coding: 'Coding',
  reasoning: 'Reasoning',
  'creative-writing': 'Creative writing',
  vision: 'Vision',
  multilingual: 'Multilingual',
  'long-documents': 'Long documents',
};

/**
 * The model list with its filters, for /models (everything), the cached filter permalinks and the
 * free-text search. The form sends a plain GET to /models/filter, which redirects to the
 * permalink (or, with search text, renders the list itself), so it works without JavaScript; the
 * quick links under it are permalinks too.
 */
export function ModelsView({ models, facets, filters }: { models: ModelSummary[]; facets: ModelFacets; filters: ModelFilters }) {
  const shown = filterModels(models, filters);
  const facetOptions = (values: string[]) => values.map((value) => ({ value: facetSlug(value), label: value }));
  const slugOr = (value: string | undefined) => (value === undefined ? undefined : facetSlug(value));
  return (
    <>
      <PageHeader title="Models">
        <p>
          {models.length} open-weight models. Sizes are total parameters; mixture-of-experts models also show the
          parameters active per token.
        </p>
      </PageHeader>
      <form method="get" action={MODELS_FILTER_BASE} className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7" aria-label="Filter models">
        <div className="col-span-2 flex min-w-0 flex-col gap-1 sm:col-span-4 lg:col-span-1">
          <label htmlFor="field-q" className="text-xs font-medium text-zinc-600 dark:text-zinc-400">Search</label>
          <input id="field-q" name="q" type="search" defaultValue={filters.q ?? ''} className="rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900" />
        </div>
        <SelectField name="size" label="Size" value={filters.size} emptyLabel="Any size" options={SIZE_BUCKETS.map((b) => ({ value: b.id, label: b.label }))} />
        <SelectField name="family" label="Family" value={slugOr(filters.family)} emptyLabel="Any family" options={facetOptions(facets.families)} />
        <SelectField name="use" label="Use case" value={filters.use} emptyLabel="Any use" options={USE_CASES.map((u) => ({ value: u, label: USE_CASE_LABELS[u] ?? u }))} />
        <SelectField name="license" label="License" value={slugOr(filters.license)} emptyLabel="Any license" options={facetOptions(facets.licenses)} />
        <SelectField name="format" label="Format" value={slugOr(filters.format)} emptyLabel="Any format" options={facetOptions(facets.formats)} />
        <SelectField name="sort" label="Sort" value={filters.sort} options={SORTS.map((s) => ({ value: s.id, label: s.label }))} />
        <div className="col-span-2 flex flex-wrap items-end gap-3 sm:col-span-4 lg:col-span-7">
          <button type="submit" className="rounded bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700">Apply filters</button>
          <Link href="/models" className="text-sm">Clear</Link>
          <p className="ml-auto text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {shown.length} of {models.length} models
          </p>
        </div>
      </form>
      <nav aria-label="Good at" className="mb-6 text-sm">
        <ul className="flex flex-wrap gap-2">
          {USE_CASES.map((use) => {
            const active = filters.use === use;
            return (
              <li key={use}>
                <Link
                  href={modelsPath({ ...filters, q: undefined, use: active ? undefined : use })}
                  aria-current={active ? 'true' : undefined}
                  className="inline-block rounded-full border border-zinc-300 px-3 py-0.5 text-zinc-800 no-underline hover:border-brand-500 hover:no-underline aria-[current=true]:border-brand-600 aria-[current=true]:bg-brand-600 aria-[current=true]:text-white dark:border-zinc-700 dark:text-zinc-200 dark:aria-[current=true]:border-sky-400 dark:aria-[current=true]:bg-sky-400 dark:aria-[current=true]:text-zinc-950"
                >
                  {USE_CASE_LABELS[use] ?? use}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <ScrollTable label="Models">
        <table className="data">
          <caption className="sr-only">Models matching the filters</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col" className="num">Parameters</th>
              <th scope="col">Good at</th>
              <th scope="col" className="num">Context</th>
              <th scope="col">Family</th>
              <th scope="col">License</th>
              <th scope="col">Released</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.slug}>
                <td className="min-w-36"><Link href={`/models/${m.slug}`}>{m.name}</Link></td>
                <td className="num">
                  {formatParams(m.totalParams)}
                  {m.activeParams < m.totalParams ? <span className="block text-xs whitespace-nowrap text-zinc-600 dark:text-zinc-400">{formatParams(m.activeParams)} active</span> : null}
                </td>
                <td className="min-w-32">{m.strengths.filter((s) => s.rating >= 4).map((s) => USE_CASE_LABELS[s.useCase]).join(', ') || '—'}</td>
                <td className="num">{Math.round(m.contextLength / 1024)}k</td>
                <td>{m.family}</td>
                <td>{m.license}</td>
                <td className="whitespace-nowrap">{m.releaseDate ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="mt-4">No model matches these filters. <Link href="/models">Show all models</Link>.</p> : null}
      </ScrollTable>
    </>
  );
}
