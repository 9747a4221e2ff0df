import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/request';
import { countEntries } from '@/lib/data/admin/catalog';
import { ENTITIES, ENTITY_LABELS } from '@/lib/schemas/admin';

export default async function AdminHome() {
  const actor = await requirePageActor('viewer');
  const counts = await countEntries(actor);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">Catalog</h1>
      <ul className="grid gap-2 sm:grid-cols-3">
        {ENTITIES.map((entity) => (
          <li key={entity}><Link href={`/admin/${entity}`}>{ENTITY_LABELS[entity].plural}</Link> ({counts[entity]})</li>
        ))}
      </ul>
    </div>
  );
}
