import Link from 'next/link';
import { listHardware } from '@/lib/data/hardware';
import { listModels } from '@/lib/data/models';

export default async function HomePage() {
  const [models, hardware] = await Promise.all([listModels(), listHardware()]);
  const families = new Set(models.map((m) => m.family)).size;
  const artifacts = models.reduce((sum, m) => sum + m.formats.length, 0);
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Which LLM runs on your machine, how fast, and how well?</h1>
        <p className="max-w-3xl text-lg text-zinc-700 dark:text-zinc-300">
          Pick your hardware and what you want to do; Quantwise ranks models and quantizations that fit, with memory,
          speed bands, quality notes and the command to start them. Every catalog number links to its source.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/wizard" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white no-underline hover:bg-brand-700 hover:no-underline">
            What can I run?
          </Link>
          <Link href="/plan" className="rounded-md border border-zinc-300 px-4 py-2 font-medium no-underline hover:no-underline dark:border-zinc-700">
            What do I need?
          </Link>
          <Link href="/guides" className="rounded-md border border-zinc-300 px-4 py-2 font-medium no-underline hover:no-underline dark:border-zinc-700">
            Read the guides
          </Link>
        </div>
      </section>
      <section aria-labelledby="catalog-heading" className="space-y-2">
        <h2 id="catalog-heading" className="text-xl font-semibold">The catalog</h2>
        <p>
          <Link href="/models">{models.length} models</Link> from {families} families in {artifacts} model × format
          combinations, and <Link href="/hardware">{hardware.length} GPUs, Apple Silicon machines and CPUs</Link>.
        </p>
      </section>
    </div>
  );
}
