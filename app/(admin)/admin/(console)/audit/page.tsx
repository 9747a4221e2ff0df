import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/request';
import { AUDIT_PAGE_SIZE, listAudit } from '@/lib/data/admin/audit';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined);

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requirePageActor('admin');
  const sp = await searchParams;
  const filter = { action: one(sp.action), entity: one(sp.entity), actor: one(sp.actor), key: one(sp.key), page: Number(one(sp.page) ?? 1) || 1 };
  const { rows, total } = await listAudit(actor, filter);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const link = (page: number) => `/admin/audit?${new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v !== undefined) as [string, string][])}`;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">Audit log</h1>
      <form className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter the audit log">
        <label>Action <select name="action" defaultValue={filter.action ?? ''} className="rounded border px-2 py-1">
          <option value="">any</option>
          {['create', 'update', 'delete', 'import', 'login', 'logout', 'user'].map((a) => <option key={a} value={a}>{a}…</option>)}
        </select></label>
        <label>Entity <select name="entity" defaultValue={filter.entity ?? ''} className="rounded border px-2 py-1">
          <option value="">any</option>
          {['models', 'artifacts', 'formats', 'hardware', 'runtimes', 'measurements', 'users'].map((e) => <option key={e}>{e}</option>)}
        </select></label>
        <label>Who <input name="actor" defaultValue={filter.actor ?? ''} className="rounded border px-2 py-1" /></label>
        <label>Key <input name="key" defaultValue={filter.key ?? ''} className="rounded border px-2 py-1" /></label>
        <button type="submit" className="rounded border px-3 py-1">Filter</button>
      </form>
      <p className="mb-2 text-sm text-zinc-500">{total} rows · page {filter.page} of {pages}</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table, scrolls sideways on small screens">
        <table className="data text-sm">
          <thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">What</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">IP</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.at.replace('T', ' ').slice(0, 19)}</td>
                <td>{r.actorEmail ?? '—'}</td>
                <td>{r.action}</td>
                <td>{r.entity ? `${r.entity}/${r.entityKey ?? ''}` : '—'}</td>
                <td><details><summary>view</summary><pre className="max-w-md whitespace-pre-wrap">{r.before ?? '—'}</pre></details></td>
                <td><details><summary>view</summary><pre className="max-w-md whitespace-pre-wrap">{r.after ?? '—'}</pre></details></td>
                <td>{r.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="mt-3 flex gap-3">
        {filter.page > 1 ? <Link href={link(filter.page - 1)}>Newer</Link> : null}
        {filter.page < pages ? <Link href={link(filter.page + 1)}>Older</Link> : null}
      </nav>
    </div>
  );
}
