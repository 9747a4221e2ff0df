import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canEdit } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/request';
import { listEntries } from '@/lib/data/admin/catalog';
import { BASE_SORTS } from '@/lib/editing/entry-list';
import { EntryTable } from '@/components/admin/entry-table';
import { ENTITY_LABELS, LIST_PAGE_SIZES, entityNameSchema, listQueryOf } from '@/lib/schemas/admin';

type Props = { params: Promise<{ entity: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entity = entityNameSchema.safeParse((await params).entity);
  return { title: entity.success ? ENTITY_LABELS[entity.data].plural : 'Not found' };
}

const input = 'rounded border border-zinc-300 bg-transparent px-2 py-1 dark:border-zinc-700';

/** One entity's entries: search, filters, sort and pages, every parameter in the link. */
export default async function EntityListPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('viewer');
  const entity = entityNameSchema.safeParse((await params).entity);
  if (!entity.success) notFound();
  const sp = await searchParams;
  const query = listQueryOf(sp);
  const deleted = typeof sp.deleted === 'string' ? sp.deleted.slice(0, 200) : null;
  const result = await listEntries(actor, entity.data, query);
  const label = ENTITY_LABELS[entity.data];
  const base = `/admin/${entity.data}`;
  const link = (page: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.sort !== 'label') params.set('sort', query.sort);
    if (query.dir !== 'asc') params.set('dir', query.dir);
    if (query.size !== LIST_PAGE_SIZES[0]) params.set('size', String(query.size));
    for (const [path, value] of Object.entries(query.filters)) params.set(`f.${path}`, value);
    if (page > 1) params.set('page', String(page));
    const text = params.toString();
    return text ? `${base}?${text}` : base;
  };
  const sortField = result.sortFields.find((f) => f.path === query.sort);
  const first = (result.page - 1) * query.size + 1;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{label.plural}</h1>
      {deleted ? <p role="status" className="mb-3">Deleted {deleted}.</p> : null}
      <form role="search" aria-label={`Find ${label.plural.toLowerCase()}`} className="mb-3 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">Search <input name="q" type="search" defaultValue={query.q} className={input} /></label>
        {result.facets.map((facet) => (
          <div key={facet.path} className="flex max-w-full flex-col">
            <label htmlFor={`filter-${facet.path}`}>{facet.label}</label>
            <select id={`filter-${facet.path}`} name={`f.${facet.path}`} defaultValue={query.filters[facet.path] ?? ''} className={`${input} max-w-56`}>
              <option value="">any</option>
              {facet.values.map((v) => <option key={v.value} value={v.value}>{v.value} ({v.count})</option>)}
            </select>
          </div>
        ))}
        <div className="flex flex-col"><label htmlFor="list-sort">Sort by</label>
          <select id="list-sort" name="sort" defaultValue={query.sort} className={`${input} max-w-56`}>
            {Object.entries(BASE_SORTS).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
            {result.sortFields.map((f) => <option key={f.path} value={f.path}>{f.label}</option>)}
          </select>
        </div>
        <div className="flex flex-col"><label htmlFor="list-dir">Order</label>
          <select id="list-dir" name="dir" defaultValue={query.dir} className={input}>
            <option value="asc">ascending</option>
            <option value="desc">descending</option>
          </select>
        </div>
        <div className="flex flex-col"><label htmlFor="list-size">Per page</label>
          <select id="list-size" name="size" defaultValue={String(query.size)} className={input}>
            {LIST_PAGE_SIZES.map((n) => <option key={n}>{n}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded border border-zinc-400 px-3 py-1">Search</button>
        {canEdit(actor) ? <Link href={`${base}/new`} className="rounded border border-zinc-400 px-3 py-1">New {label.singular}</Link> : null}
      </form>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {result.total === 0 ? 'No entries match.' : `${first}–${first + result.rows.length - 1} of ${result.total}`}
        {result.total !== result.all ? ` (of ${result.all} in all)` : ''} · page {result.page} of {result.pages}
      </p>
      <EntryTable entity={entity.data} rows={result.rows} matching={result.matching} sortLabel={sortField?.label ?? null} editable={canEdit(actor)} />
      {result.pages > 1 ? (
        <nav aria-label="Pages" className="mt-3 flex flex-wrap gap-3">
          {result.page > 1 ? <Link href={link(1)}>First</Link> : null}
          {result.page > 1 ? <Link href={link(result.page - 1)} rel="prev">Previous</Link> : null}
          <span>Page {result.page} of {result.pages}</span>
          {result.page < result.pages ? <Link href={link(result.page + 1)} rel="next">Next</Link> : null}
          {result.page < result.pages ? <Link href={link(result.pages)}>Last</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
