import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canEdit } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/request';
import { getEntry } from '@/lib/data/admin/catalog';
import { entryHistory } from '@/lib/data/admin/history';
import { ENTITY_LABELS, entityNameSchema } from '@/lib/schemas/admin';
import { ChangeList } from '@/components/admin/change-list';
import { RevertButton } from '@/components/admin/revert-button';

type Props = { params: Promise<{ entity: string; key: string }> };

export const metadata: Metadata = { title: 'History' };

export default async function EntryHistoryPage({ params }: Props) {
  const actor = await requirePageActor('viewer');
  const p = await params;
  const entity = entityNameSchema.safeParse(p.entity);
  if (!entity.success) notFound();
  const key = decodeURIComponent(p.key);
  const [entry, history] = await Promise.all([getEntry(actor, entity.data, key), entryHistory(actor, entity.data, key)]);
  if (!entry && history.length === 0) notFound();
  const editHref = `/admin/${entity.data}/${encodeURIComponent(key)}`;
  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`/admin/${entity.data}`}>{ENTITY_LABELS[entity.data].plural}</Link> › {entry ? <Link href={editHref}>{key}</Link> : key}
      </nav>
      <h1 className="mb-1 text-2xl font-semibold">History of {ENTITY_LABELS[entity.data].singular} <code className="break-all">{key}</code></h1>
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
        {entry ? `Now at version ${entry.version}.` : 'This entry is deleted.'} Reverting a change undoes only the fields it changed; later edits to other fields stay.
      </p>
      <ol className="space-y-4">
        {history.map((item) => (
          <li key={item.id} className="rounded border border-zinc-300 p-3 dark:border-zinc-700">
            <p className="mb-1 text-sm">
              <strong>{item.action}</strong> · {item.at.replace('T', ' ').slice(0, 19)} UTC · {item.actorEmail ?? 'system'}
            </p>
            <ChangeList entity={entity.data} changes={item.changes} />
            {canEdit(actor) ? <RevertButton auditId={item.id} version={entry?.version ?? null} entity={entity.data} /> : null}
          </li>
        ))}
      </ol>
      {history.length === 0 ? <p>No recorded changes (the entry came from the seed data).</p> : null}
    </div>
  );
}
