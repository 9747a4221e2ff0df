import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/request';
import { modelSlugsByHuggingFaceRepo, referenceOptions } from '@/lib/data/admin/catalog';
import { prefillOf } from '@/lib/editing/prefill';
import { ENTITY_FIELDS, ENTITY_LABELS, entityNameSchema } from '@/lib/schemas/admin';
import { EntityForm } from '@/components/admin/entity-form';
import { HubImport } from '@/components/admin/hub-import';

type Props = { params: Promise<{ entity: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A new entry; `?prefill=<JSON>` opens it filled in (the Hugging Face import's proposed artifacts). Models can be read from Hugging Face. */
export default async function NewEntryPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('editor');
  const entity = entityNameSchema.safeParse((await params).entity);
  if (!entity.success) notFound();
  const options = await referenceOptions(actor, entity.data);
  // "Verified on" starts empty: only an editor who checked the figures against the source sets it.
  const empty = {};
  const prefill = prefillOf((await searchParams).prefill, ENTITY_FIELDS[entity.data]);
  const filled = Object.keys(prefill).length > 0;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">New {ENTITY_LABELS[entity.data].singular}</h1>
      {entity.data === 'models' ? (
        <HubImport emptyRecord={empty} referenceOptions={options} catalogRepos={await modelSlugsByHuggingFaceRepo(actor)} />
      ) : (
        <>
          {filled ? <p className="mb-3 text-sm">Filled in from a proposal: review every field, then save.</p> : null}
          <EntityForm entity={entity.data} entryKey={null} version={null} record={{ ...empty, ...prefill }} savedRecord={filled ? empty : undefined} referenceOptions={options} />
        </>
      )}
    </div>
  );
}
