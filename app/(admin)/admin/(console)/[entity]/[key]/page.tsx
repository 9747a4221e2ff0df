import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canEdit } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/request';
import { getEntry, referenceOptions } from '@/lib/data/admin/catalog';
import { CREATED_FLAG, ENTITY_LABELS, entityNameSchema } from '@/lib/schemas/admin';
import { DeleteEntry } from '@/components/admin/delete-entry';
import { EntityForm } from '@/components/admin/entity-form';

type Props = { params: Promise<{ entity: string; key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditEntryPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('viewer');
  const p = await params;
  const entity = entityNameSchema.safeParse(p.entity);
  if (!entity.success) notFound();
  const key = decodeURIComponent(p.key);
  const [entry, options] = await Promise.all([getEntry(actor, entity.data, key), referenceOptions(actor, entity.data)]);
  if (!entry) notFound();
  // Said only while the flag names the version stored: a stale link with the flag says nothing.
  const justCreated = (await searchParams)[CREATED_FLAG] === String(entry.version);
  const publicHref = entity.data === 'hardware' ? `/hardware/${key}` : entity.data === 'models' ? `/models/${key}` : null;
  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm"><Link href={`/admin/${entity.data}`}>{ENTITY_LABELS[entity.data].plural}</Link></nav>
      <h1 className="mb-1 text-2xl font-semibold">Edit {ENTITY_LABELS[entity.data].singular} <code className="break-all">{key}</code></h1>
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">Version {entry.version} · updated {entry.updatedAt} · <Link href={`/admin/${entity.data}/${encodeURIComponent(key)}/history`}>History</Link>{publicHref ? <> · <Link href={publicHref}>public page</Link></> : null}</p>
      {canEdit(actor) ? (
        <>
          <EntityForm key={key} entity={entity.data} entryKey={key} version={entry.version} record={entry.record} referenceOptions={options} justCreated={justCreated} />
          <DeleteEntry entity={entity.data} entryKey={key} version={entry.version} />
        </>
      ) : (
        <pre className="overflow-x-auto text-sm">{JSON.stringify(entry.record, null, 2)}</pre>
      )}
    </div>
  );
}
