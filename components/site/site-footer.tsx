import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 py-8 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 sm:flex-row sm:justify-between">
        <p>
          Quantwise is open source. Every number in the catalog links to its source; estimates say how sure they are.
        </p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li><Link href="/guides">Guides</Link></li>
            <li><Link href="/models">Models</Link></li>
            <li><Link href="/hardware">Hardware</Link></li>
            <li><Link href="/api/health">Status</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
