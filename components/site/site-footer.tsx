import Link from 'next/link';

// Every public section is reachable from here, including the pages the header leaves out.
const FOOTER_LINKS = [
  { href: '/guides', label: 'Guides' },
  { href: '/models', label: 'Models' },
  { href: '/hardware', label: 'Hardware' },
  { href: '/wizard', label: 'What can I run?' },
  { href: '/plan', label: 'What do I need?' },
  { href: '/compare', label: 'Compare' },
  { href: '/your-model', label: 'Your own model' },
  { href: '/accuracy', label: 'Accuracy' },
  { href: '/api', label: 'Estimate API' },
  { href: '/api/health', label: 'Status' },
] as const;

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 py-8 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 lg:flex-row lg:justify-between">
        <p className="max-w-md">
          Quantwise is open source. Every number in the catalog links to its source; estimates say how sure they are.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {FOOTER_LINKS.map((link) => (
              <li key={link.href}>
                {/* /api/health answers JSON, not a page: a plain link, no client-side navigation. */}
                {link.href.startsWith('/api/') ? <a href={link.href}>{link.label}</a> : <Link href={link.href}>{link.label}</Link>}
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
