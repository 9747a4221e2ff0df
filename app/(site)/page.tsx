import Link from 'next/link';
import { listHardware } from '@/lib/data/hardware';
import { listModels } from '@/lib/data/models';
import { presetHref, type WizardPreset } from '@/lib/schemas/wizard';

const STARTS: { preset: WizardPreset; label: string; detail: string }[] = [
  { preset: 'laptop', label: 'A laptop, no GPU', detail: '16 GB RAM, CPU only' },
  { preset: 'apple-8gb', label: 'MacBook Air, 8 GB', detail: 'Apple M2' },
  { preset: 'apple-16gb', label: 'Mac with 16 GB', detail: 'Apple M4' },
  { preset: 'gaming-8gb', label: 'Gaming PC, 8 GB GPU', detail: 'RTX 4060' },
  { preset: 'gaming-12gb', label: 'RTX 3060 12 GB, coding', detail: '32 GB RAM' },
  { preset: 'gaming-24gb', label: 'RTX 4090, 24 GB', detail: '64 GB RAM' },
  { preset: 'apple-64gb', label: 'Mac with 64 GB', detail: 'Apple M4 Max' },
  { preset: 'workstation-2x3090', label: 'Two RTX 3090s', detail: '48 GB VRAM, Linux' },
];

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
      <section aria-labelledby="starts-heading" className="space-y-3">
        <h2 id="starts-heading" className="text-xl font-semibold">Start from a common setup</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {STARTS.map((start) => (
            <li key={start.preset}>
              <Link href={presetHref(start.preset)!} className="block rounded-lg border border-zinc-200 p-3 no-underline hover:border-brand-500 hover:no-underline dark:border-zinc-800">
                <span className="block font-medium">{start.label}</span>
                <span className="block text-sm text-zinc-600 dark:text-zinc-400">{start.detail}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="catalog-heading" className="space-y-2">
        <h2 id="catalog-heading" className="text-xl font-semibold">The catalog</h2>
        <p>
          <Link href="/models">{models.length} models</Link> from {families} families in {artifacts} model × format
          combinations, and <Link href="/hardware">{hardware.length} GPUs, Apple Silicon machines and CPUs</Link>.
        </p>
        <p>
          Estimates account for the KV cache, grouped-query attention, each quantization&apos;s real bits per weight, runtime
          buffers and Apple&apos;s GPU memory cap, and give speeds as ranges. <Link href="/accuracy">See how close they come to published measurements</Link>.
        </p>
      </section>
    </div>
  );
}
