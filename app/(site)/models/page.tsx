import type { Metadata } from 'next';
import Link from 'next/link';
import { filterModels, parseModelFilters, SIZE_BUCKETS, SORTS } from '@/lib/catalog/model-filters';
import { listModels } from '@/lib/data/models';
import { formatParams } from '@/lib/format';
import { USE_CASE_LABELS, USE_CASES, optionsOf } from '@/lib/enums';
import { PageHeader } from '@/components/ui/page-header';
import { SelectField } from '@/components/ui/select-field';

export const metadata: Metadata = {
  title: 'Models',
  description: 'Open-weight LLMs with their architecture, parameters, quantized files and real file sizes.',
};

export default async function ModelsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = parseModelFilters(await searchParams);
  const models = await listModels();
  const shown = filterModels(models, filters);
  const families = [...new Set(models.map((m) => m.family))].sort();
  const licenses = [...new Set(models.map((m) => m.license))].sort();
  const formats = [...new Set(models.flatMap((m) => m.formats))].sort();

  return (
    <>
      <PageHeader title="Models">
        <p>
          {models.length} open-weight models. Sizes are total parameters; mixture-of-experts models also show the
          parameters active per token.
        </p>
      </PageHeader>
      <form method="get" action="/models" className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7" aria-label="Filter models">
        <div className="col-span-2 flex flex-col gap-1 sm:col-span-4 lg:col-span-1">
          <label htmlFor="field-q" className="text-xs font-medium text-zinc-600 dark:text-zinc-400">Search</label>
          <input id="field-q" name="q" type="search" defaultValue={filters.q ?? ''} className="rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900" />
        </div>
        <SelectField name="size" label="Size" value={filters.size} emptyLabel="Any size" options={SIZE_BUCKETS.map((b) => ({ value: b.id, label: b.label }))} />
        <SelectField name="family" label="Family" value={filters.family} emptyLabel="Any family" options={families.map((f) => ({ value: f, label: f }))} />
        <SelectField name="use" label="Use case" value={filters.use} emptyLabel="Any use" options={optionsOf(USE_CASES, USE_CASE_LABELS)} />
        <SelectField name="license" label="License" value={filters.license} emptyLabel="Any license" options={licenses.map((l) => ({ value: l, label: l }))} />
        <SelectField name="format" label="Format" value={filters.format} emptyLabel="Any format" options={formats.map((f) => ({ value: f, label: f }))} />
        <SelectField name="sort" label="Sort" value={filters.sort} options={SORTS.map((s) => ({ value: s.id, label: s.label }))} />
        <div className="col-span-2 flex items-end gap-3 sm:col-span-4 lg:col-span-7">
          <button type="submit" className="rounded bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700">Apply filters</button>
          <Link href="/models" className="text-sm">Clear</Link>
          <p className="ml-auto text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {shown.length} of {models.length} models
          </p>
        </div>
      </form>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table, scrolls sideways on small screens">
        <table className="data">
          <caption className="sr-only">Models matching the filters</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Family</th>
              <th scope="col" className="num">Parameters</th>
              <th scope="col" className="num">Context</th>
              <th scope="col">Good at</th>
              <th scope="col">License</th>
              <th scope="col">Released</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.slug}>
                <td><Link href={`/models/${m.slug}`}>{m.name}</Link></td>
                <td>{m.family}</td>
                <td className="num">
                  {formatParams(m.totalParams)}
                  {m.activeParams < m.totalParams ? <span className="text-zinc-500"> ({formatParams(m.activeParams)} active)</span> : null}
                </td>
                <td className="num">{Math.round(m.contextLength / 1024)}k</td>
                <td>{m.strengths.filter((s) => s.rating >= 4).map((s) => USE_CASE_LABELS[s.useCase]).join(', ') || '—'}</td>
                <td>{m.license}</td>
                <td>{m.releaseDate ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="mt-4">No model matches these filters. <Link href="/models">Show all models</Link>.</p> : null}
      </div>
    </>
  );
}
