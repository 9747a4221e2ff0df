import Link from 'next/link';
import { ThemeToggle } from '@/components/site/theme-toggle';

const NAV = [
  { href: '/guides', label: 'Guides' },
  { href: '/models', label: 'Models' },
  { href: '/hardware', label: 'Hardware' },
  { href: '/wizard', label: 'What can I run?' },
  { href: '/plan', label: 'What do I need?' },
  { href: '/compare', label: 'Compare' },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-white/90 dark:border-zinc-800 dark:bg-zinc-950/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-zinc-900 no-underline hover:no-underline dark:text-zinc-50">
          Quant<span className="text-brand-600 dark:text-sky-400">wise</span>
        </Link>
        <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-zinc-700 dark:text-zinc-300">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
