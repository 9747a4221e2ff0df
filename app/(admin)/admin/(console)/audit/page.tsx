import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/request';
import { AUDIT_PAGE_SIZE, listAudit } from '@/lib/data/admin/audit';
import { ENTITIES, auditQueryOf, entityNameSchema } from '@/lib/schemas/admin';
import { ChangeList } from '@/components/admin/change-list';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Audit log' };

const input = 'rounded border border-zinc-300 bg-transparent px-2 py-1 dark:border-zinc-700';

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requirePageActor('admin');
  const filter = auditQueryOf(await searchParams);
  const { rows, total } = await listAudit(actor, filter);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const link = (page: number) => `/admin/audit?${new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v !== undefined) as [string, string][])}`;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">Audit log</h1>
      <form className="mb-4 flex flex-wrap items-end gap-3 text-sm" aria-label="Filter the audit log">
        <label className="flex flex-col">Action <select name="action" defaultValue={filter.action ?? ''} className={input}>
          <option value="">any</option>
          {['create', 'update', 'delete', 'revert', 'import', 'login', 'logout', 'user'].map((a) => <option key={a} value={a}>{a}…</option>)}
        </select></label>
        <label className="flex flex-col">Entity <select name="entity" defaultValue={filter.entity ?? ''} className={input}>
          <option value="">any</option>
          {[...ENTITIES, 'users'].map((e) => <option key={e}>{e}</option>)}
        </select></label>
        <label className="flex flex-col">Who (email) <input name="actor" defaultValue={filter.actor ?? ''} className={input} /></label>
        <label className="flex flex-col">Key <input name="key" defaultValue={filter.key ?? ''} className={input} /></label>
        <label className="flex flex-col">From <input type="date" name="from" defaultValue={filter.from ?? ''} className={input} /></label>
        <label className="flex flex-col">To <input type="date" name="to" defaultValue={filter.to ?? ''} className={input} /></label>
        <button type="submit" className="rounded border border-zinc-400 px-3 py-1">Filter</button>
      </form>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">{total} changes · page {filter.page} of {pages} · times in UTC</p>
      <ol className="space-y-3">
        {rows.map((r) => {
          const entity = entityNameSchema.safeParse(r.entity);
          return (
            <li key={r.id} className="rounded border border-zinc-300 p-3 text-sm dark:border-zinc-700">
              <p className="mb-1 break-words">
                <strong>{r.action}</strong> · {r.at.replace('T', ' ').slice(0, 19)} · {r.actorEmail ?? 'system'}
                {r.entity ? (
                  <> · {entity.success && r.entityKey ? <Link href={`/admin/${entity.data}/${encodeURIComponent(r.entityKey)}/history`}>{r.entity}/{r.entityKey}</Link> : `${r.entity}/${r.entityKey ?? ''}`}</>
                ) : null}
                {r.ip ? <> · {r.ip}</> : null}
              </p>
              {r.changes.length > 0 || r.entity ? <ChangeList entity={r.entity} changes={r.changes} /> : null}
            </li>
          );
        })}
      </ol>
      <nav aria-label="Pages" className="mt-3 flex gap-3">
        {filter.page > 1 ? <Link href={link(filter.page - 1)}>Newer</Link> : null}
        {filter.page < pages ? <Link href={link(filter.page + 1)}>Older</Link> : null}
      </nav>
    </div>
  );
}
