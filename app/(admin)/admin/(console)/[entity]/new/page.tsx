import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/request';
import { referenceOptions } from '@/lib/data/admin/catalog';
import { ENTITY_LABELS, entityNameSchema } from '@/lib/schemas/admin';
import { EntityForm } from '@/components/admin/entity-form';

export default async function NewEntryPage({ params }: { params: Promise<{ entity: string }> }) {
  const actor = await requirePageActor('editor');
  const entity = entityNameSchema.safeParse((await params).entity);
  if (!entity.success) notFound();
  const options = await referenceOptions(actor, entity.data);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">New {ENTITY_LABELS[entity.data].singular}</h1>
      <EntityForm entity={entity.data} entryKey={null} version={null} record={{ verifiedAt: new Date().toISOString().slice(0, 10) }} referenceOptions={options} />
    </div>
  );
}
