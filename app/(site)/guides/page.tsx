import type { Metadata } from 'next';
import Link from 'next/link';
import { listGuides } from '@/lib/content';
import { GUIDE_SECTIONS } from '@/lib/schemas/guide';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = {
  title: 'Guides',
  description: 'Parameters, precision and quantization, model sizes and memory, running LLMs locally by hardware tier, and the tools.',
};

export default function GuidesPage() {
  const guides = listGuides();
  return (
    <>
      <PageHeader title="Guides">
        <p>How to choose a model and a quantization for your hardware, explained from the ground up. Tables in these guides are computed from the catalog and the estimator, so they never go stale.</p>
      </PageHeader>
      <form action="/guides/search" method="get" role="search" className="mb-8 flex max-w-md gap-2">
        <label htmlFor="guide-search" className="sr-only">Search the guides and glossary</label>
        <input id="guide-search" name="q" type="search" required placeholder="Search guides and glossary" className="flex-1 rounded border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900" />
        <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">Search</button>
      </form>
      <div className="grid gap-8 md:grid-cols-2">
        {GUIDE_SECTIONS.map((section) => {
          const inSection = guides.filter((g) => g.section === section);
          if (inSection.length === 0) return null;
          const id = `section-${section.toLowerCase().replace(/\W+/g, '-')}`;
          return (
            <section key={section} aria-labelledby={id}>
              <h2 id={id} className="mb-3 text-xl font-semibold">{section}</h2>
              <ul className="space-y-3">
                {inSection.map((guide) => (
                  <li key={guide.slug}>
                    <Link href={`/guides/${guide.slug}`} className="font-medium">{guide.title}</Link>
                    <p className="text-sm text-zinc-600 dark:text-zinc-400">{guide.description} <span className="whitespace-nowrap">· {guide.readingMinutes} min read</span></p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
