import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/request';
import { ENTITIES, ENTITY_LABELS } from '@/lib/schemas/admin';

export const metadata: Metadata = { title: { default: 'Admin', template: '%s · Admin · Quantwise' }, robots: { index: false } };
export const dynamic = 'force-dynamic';

// The session check here is for the reader's convenience; every page, action and data function checks again.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor('viewer');
  return (
    <div>
      <nav aria-label="Admin" className="mb-6 flex flex-wrap items-center gap-4 border-b pb-3 text-sm">
        <Link href="/admin" className="font-semibold">Admin</Link>
        {ENTITIES.map((entity) => <Link key={entity} href={`/admin/${entity}`}>{ENTITY_LABELS[entity].plural}</Link>)}
        {actor.role !== 'viewer' ? <Link href="/admin/import-export">Import / export</Link> : null}
        {actor.role === 'admin' ? <Link href="/admin/users">Users</Link> : null}
        {actor.role === 'admin' ? <Link href="/admin/audit">Audit log</Link> : null}
        <span className="ml-auto text-zinc-500 dark:text-zinc-400"><Link href="/admin/account">{actor.email}</Link> ({actor.role})</span>
        <form action="/api/admin/logout" method="post"><button type="submit" className="rounded border px-2">Sign out</button></form>
      </nav>
      {children}
    </div>
  );
}
