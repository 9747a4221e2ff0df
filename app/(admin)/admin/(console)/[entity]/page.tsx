import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canEdit } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/request';
import { listEntries } from '@/lib/data/admin/catalog';
import { ENTITY_LABELS, entityNameSchema } from '@/lib/schemas/admin';

type Props = { params: Promise<{ entity: string }>; searchParams: Promise<{ q?: string | string[]; deleted?: string | string[] }> };

export default async function EntityListPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('viewer');
  const entity = entityNameSchema.safeParse((await params).entity);
  if (!entity.success) notFound();
  const sp = await searchParams;
  const q = typeof sp.q === 'string' ? sp.q.slice(0, 200) : '';
  const deleted = typeof sp.deleted === 'string' ? sp.deleted.slice(0, 200) : null;
  const { rows, total } = await listEntries(actor, entity.data, q);
  const label = ENTITY_LABELS[entity.data];
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{label.plural}</h1>
      {deleted ? <p role="status" className="mb-3">Deleted {deleted}.</p> : null}
      <div className="mb-4 flex flex-wrap items-end gap-4">
        <form role="search" className="flex gap-2">
          <label htmlFor="q" className="sr-only">Search {label.plural.toLowerCase()}</label>
          <input id="q" name="q" type="search" defaultValue={q} placeholder="Search" className="rounded border px-2 py-1" />
          <button type="submit" className="rounded border px-3">Search</button>
        </form>
        {canEdit(actor) ? <Link href={`/admin/${entity.data}/new`} className="rounded border px-3 py-1">New {label.singular}</Link> : null}
      </div>
      <p className="mb-2 text-sm text-zinc-500">{total} {total === 1 ? 'entry' : 'entries'}{rows.length < total ? ` (first ${rows.length} shown)` : ''}</p>
      <table className="data">
        <thead><tr><th scope="col">Entry</th><th scope="col">Key</th><th scope="col">Detail</th><th scope="col" className="num">Version</th></tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td><Link href={`/admin/${entity.data}/${encodeURIComponent(row.key)}`}>{row.label}</Link></td>
              <td><code>{row.key}</code></td>
              <td>{row.detail}</td>
              <td className="num">{row.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
