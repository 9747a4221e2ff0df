import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canEdit, type Actor } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/request';
import { getEntry, listEntries, referenceOptions } from '@/lib/data/admin/catalog';
import { modelArtifactHref } from '@/lib/editing/prefill';
import { publisherOfRepo } from '@/lib/editing/slug-proposal';
import { ENTITY_LABELS, LIST_PAGE_SIZES, entityNameSchema } from '@/lib/schemas/admin';
import { DeleteEntry } from '@/components/admin/delete-entry';
import { EntityForm } from '@/components/admin/entity-form';

type Props = { params: Promise<{ entity: string; key: string }> };

export default async function EditEntryPage({ params }: Props) {
  const actor = await requirePageActor('viewer');
  const p = await params;
  const entity = entityNameSchema.safeParse(p.entity);
  if (!entity.success) notFound();
  const key = decodeURIComponent(p.key);
  const [entry, options] = await Promise.all([getEntry(actor, entity.data, key), referenceOptions(actor, entity.data)]);
  if (!entry) notFound();
  const publicHref = entity.data === 'hardware' ? `/hardware/${key}` : entity.data === 'models' ? `/models/${key}` : null;
  const record = entry.record as { model?: unknown; huggingFaceRepo?: unknown };
  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm"><Link href={`/admin/${entity.data}`}>{ENTITY_LABELS[entity.data].plural}</Link></nav>
      <h1 className="mb-1 text-2xl font-semibold">Edit {ENTITY_LABELS[entity.data].singular} <code className="break-all">{key}</code></h1>
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">Version {entry.version} · updated {entry.updatedAt} · <Link href={`/admin/${entity.data}/${encodeURIComponent(key)}/history`}>History</Link>{publicHref ? <> · <Link href={publicHref}>public page</Link></> : null}</p>
      {entity.data === 'models' ? <ModelArtifacts actor={actor} model={key} record={record} /> : null}
      {entity.data === 'artifacts' && typeof record.model === 'string' ? (
        <p className="mb-4 text-sm">
          An artifact of <Link href={`/admin/models/${encodeURIComponent(record.model)}`}>{record.model}</Link>
          {canEdit(actor) ? <> · <Link href={modelArtifactHref(record.model)}>Add another artifact of this model</Link> <span className="text-zinc-600 dark:text-zinc-400">(its publisher follows the repo id you give)</span></> : null}
        </p>
      ) : null}
      {canEdit(actor) ? (
        <>
          <EntityForm key={key} entity={entity.data} entryKey={key} version={entry.version} record={entry.record} referenceOptions={options} />
          <DeleteEntry entity={entity.data} entryKey={key} version={entry.version} />
        </>
      ) : (
        <pre className="overflow-x-auto text-sm">{JSON.stringify(entry.record, null, 2)}</pre>
      )}
    </div>
  );
}

/** A model's artifacts, each linking to its form, and a new one proposed from the model. */
async function ModelArtifacts({ actor, model, record }: { actor: Actor; model: string; record: { huggingFaceRepo?: unknown } }) {
  const repo = publisherOfRepo(record.huggingFaceRepo) === null ? null : String(record.huggingFaceRepo);
  const list = await listEntries(actor, 'artifacts', { filters: { model }, size: LIST_PAGE_SIZES.at(-1)! });
  return (
    <section aria-labelledby="model-artifacts" className="mb-6 rounded border border-zinc-300 p-3 text-sm dark:border-zinc-700">
      <h2 id="model-artifacts" className="font-semibold">Artifacts of this model ({list.total})</h2>
      {list.total === 0 ? <p>None yet.</p> : (
        <ul className="ml-4 list-disc break-words">
          {list.rows.map((row) => <li key={row.key}><Link href={`/admin/artifacts/${encodeURIComponent(row.key)}`}>{row.key}</Link> · {row.detail}</li>)}
        </ul>
      )}
      {list.total > list.rows.length ? <p><Link href={`/admin/artifacts?f.model=${encodeURIComponent(model)}`}>All {list.total} artifacts of this model</Link></p> : null}
      {canEdit(actor) ? (
        <p className="mt-2">
          <Link href={modelArtifactHref(model)}>Add an artifact of this model</Link> <span className="text-zinc-600 dark:text-zinc-400">(its publisher follows the repo id you give)</span>
          {repo ? <> · <Link href={modelArtifactHref(model, repo)}>Add its original weights</Link> <span className="break-all text-zinc-600 dark:text-zinc-400">({repo})</span></> : null}
        </p>
      ) : null}
    </section>
  );
}
