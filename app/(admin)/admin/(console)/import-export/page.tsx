import { requirePageActor } from '@/lib/auth/request';
import { ImportForm } from '@/components/admin/import-form';

export default async function ImportExportPage() {
  await requirePageActor('editor');
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">Import / export</h1>
      <section className="mb-8">
        <h2 className="mb-2 text-xl font-semibold">Export</h2>
        <p className="mb-2">The whole catalog as one JSON file, in the seed files&apos; shape.</p>
        <a href="/api/admin/export" className="rounded border px-3 py-1" download>Download catalog JSON</a>
      </section>
      <section>
        <h2 className="mb-2 text-xl font-semibold">Import</h2>
        <p className="mb-2">Adds new entries and updates changed ones, all or nothing. Run a dry run first to see the changes.</p>
        <ImportForm />
      </section>
    </div>
  );
}
