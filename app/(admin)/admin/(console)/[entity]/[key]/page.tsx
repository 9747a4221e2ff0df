import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canEdit } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/request';
import { getEntry } from '@/lib/data/admin/catalog';
import { ENTITY_LABELS, entityNameSchema } from '@/lib/schemas/admin';
import { DeleteEntry } from '@/components/admin/delete-entry';
import { EntityForm } from '@/components/admin/entity-form';

type Props = { params: Promise<{ entity: string; key: string }> };

export default async function EditEntryPage({ params }: Props) {
  const actor = await requirePageActor('viewer');
  const p = await params;
  const entity = entityNameSchema.safeParse(p.entity);
  if (!entity.success) notFound();
  const key = decodeURIComponent(p.key);
  const entry = await getEntry(actor, entity.data, key);
  if (!entry) notFound();
  const publicHref = entity.data === 'hardware' ? `/hardware/${key}` : entity.data === 'models' ? `/models/${key}` : null;
  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm"><Link href={`/admin/${entity.data}`}>{ENTITY_LABELS[entity.data].plural}</Link></nav>
      <h1 className="mb-1 text-2xl font-semibold">Edit {ENTITY_LABELS[entity.data].singular} <code>{key}</code></h1>
      <p className="mb-4 text-sm text-zinc-500">Version {entry.version} · updated {entry.updatedAt}{publicHref ? <> · <Link href={publicHref}>public page</Link></> : null}</p>
      {canEdit(actor) ? (
        <>
          <EntityForm key={key} entity={entity.data} entryKey={key} version={entry.version} record={entry.record} />
          <DeleteEntry entity={entity.data} entryKey={key} version={entry.version} />
        </>
      ) : (
        <pre className="overflow-x-auto text-sm">{JSON.stringify(entry.record, null, 2)}</pre>
      )}
    </div>
  );
}
