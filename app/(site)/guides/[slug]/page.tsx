import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getGuide, listGuides, neighbours } from '@/lib/content';
import { compileGuide } from '@/components/mdx/compile-guide';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listGuides().map((guide) => ({ slug: guide.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  if (!guide) return { title: 'Guide not found' };
  return {
    title: guide.title,
    description: guide.description,
    openGraph: { title: guide.title, description: guide.description, type: 'article', modifiedTime: guide.updated },
  };
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params;
  const guide = getGuide(slug);
  if (!guide) notFound();
  const { content, toc } = await compileGuide(guide.body);
  const { previous, next } = neighbours(slug);

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
      <article className="prose-guide min-w-0">
        <nav aria-label="Breadcrumb" className="mb-2 text-sm"><Link href="/guides">Guides</Link> / {guide.section}</nav>
        <h1 className="mb-2 text-3xl font-bold tracking-tight">{guide.title}</h1>
        <p className="mb-6 text-sm text-zinc-600 dark:text-zinc-400">
          {guide.readingMinutes} min read · updated <time dateTime={guide.updated}>{guide.updated}</time> · last reviewed{' '}
          <time dateTime={guide.reviewed}>{guide.reviewed}</time>
        </p>
        {content}
        <section aria-labelledby="sources-heading" className="mt-12 border-t border-zinc-200 pt-6 dark:border-zinc-800">
          <h2 id="sources-heading" className="text-lg font-semibold">Sources</h2>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Checked line by line on <time dateTime={guide.reviewed}>{guide.reviewed}</time>. Each date is that of the version checked: its release, commit or publication date, or the day it was read for pages without versions.
          </p>
          <ol className="mt-3 list-decimal space-y-1 pl-6 text-sm">
            {guide.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} rel="noopener noreferrer">{source.title}</a>
                <span className="text-zinc-600 dark:text-zinc-400">
                  {source.version ? ` · ${source.version}` : ''} · <time dateTime={source.date}>{source.date}</time>
                </span>
              </li>
            ))}
          </ol>
        </section>
        <nav aria-label="Previous and next guide" className="mt-10 flex justify-between gap-4 text-sm">
          {previous ? <Link href={`/guides/${previous.slug}`} rel="prev">← {previous.title}</Link> : <span />}
          {next ? <Link href={`/guides/${next.slug}`} rel="next">{next.title} →</Link> : <span />}
        </nav>
      </article>
      {toc.length > 0 ? (
        <nav aria-label="On this page" className="hidden lg:block">
          <div className="sticky top-6 text-sm">
            <p className="mb-2 font-semibold">On this page</p>
            <ul className="space-y-1">
              {toc.map((entry) => (
                <li key={entry.id} className={entry.depth === 3 ? 'pl-3' : ''}>
                  <a href={`#${entry.id}`} className="text-zinc-700 dark:text-zinc-300">{entry.text}</a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      ) : null}
    </div>
  );
}
