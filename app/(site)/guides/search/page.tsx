import type { Metadata } from 'next';
import Link from 'next/link';
import { listGuides } from '@/lib/content';
import { searchGuides } from '@/lib/guide-search';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Search the guides', robots: { index: false } };

export default async function GuideSearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100).trim() ?? '';
  const hits = query ? searchGuides(listGuides(), query) : [];
  return (
    <>
      <PageHeader title="Search the guides" />
      <form action="/guides/search" method="get" role="search" className="mb-6 flex max-w-md gap-2">
        <label htmlFor="guide-search" className="sr-only">Search the guides and glossary</label>
        <input id="guide-search" name="q" type="search" required defaultValue={query} className="flex-1 rounded border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900" />
        <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">Search</button>
      </form>
      {query ? (
        <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
          {hits.length === 0 ? `Nothing in the guides matches “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”`}
        </p>
      ) : null}
      <ol className="space-y-4">
        {hits.map((hit) => (
          <li key={hit.href}>
            <Link href={hit.href} className="font-medium">{hit.heading ? `${hit.heading} — ${hit.guideTitle}` : hit.guideTitle}</Link>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{hit.snippet}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
