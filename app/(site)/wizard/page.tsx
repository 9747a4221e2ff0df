import type { Metadata } from 'next';
import { formValuesFromAnswers } from '@/lib/catalog/wizard-form';
import { LAPTOP_MEMORY_PRESETS, WIZARD_PRESETS, presetHref } from '@/lib/schemas/wizard';
import { GPU_FIELD_KINDS } from '@/lib/enums';
import { formatBytes } from '@/lib/format';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { PageHeader } from '@/components/ui/page-header';
import { WizardForm } from '@/components/wizard/wizard-form';

export const metadata: Metadata = {
  title: 'What can I run?',
  description: 'Tell us your GPU, Mac or CPU and what you want to do: get ranked models and quantizations that fit, how fast they run, and the command to start them.',
};

export default async function WizardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { hardware } = await getCatalogSnapshot();
  const params = await searchParams;
  // Prefill from a results permalink ("change answers").
  const defaults = formValuesFromAnswers(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])), hardware);

  const gpus = hardware.filter((h) => GPU_FIELD_KINDS.includes(h.kind)).map((h) => ({ value: h.slug, label: h.name }));
  const macs = hardware
    .filter((h) => h.kind === 'apple-silicon')
    .map((h) => ({ value: h.slug, label: h.name.replace(/^Apple /, ''), group: h.name.replace(/^Apple (M\d( \w+)?) \(.*$/, '$1') }));
  const detect = {
    gpus: hardware.filter((h) => GPU_FIELD_KINDS.includes(h.kind)).map((h) => ({ slug: h.slug, name: h.name, memoryBytes: h.memoryBytes })),
    macs: macs.map((m) => ({ slug: m.value, chip: m.group })),
  };
  const cpus = hardware.filter((h) => h.kind === 'cpu').map((h) => ({ value: h.slug, label: `${h.name} (${formatBytes(h.memoryBytes, 'GiB')}, ${h.bandwidthGBps} GB/s)` }));
  // Laptop presets by memory type: each is a catalog row, whose page lists the sources of its figures.
  const laptops = LAPTOP_MEMORY_PRESETS.flatMap(({ memory, preset }) => {
    const row = hardware.find((h) => h.slug === WIZARD_PRESETS[preset].cpu);
    const href = presetHref(preset);
    if (!row || !href) return [];
    return [{ memory, href, label: `${memory} laptop`, detail: `${row.bandwidthGBps} GB/s, ${formatBytes(row.memoryBytes, 'GiB')} (${row.memoryType ?? memory})`, sourceHref: `/hardware/${row.slug}`, sourceLabel: row.name }];
  });

  return (
    <>
      <PageHeader title="What can I run?">
        <p>Two questions, then a ranked list of models and quantizations that fit your machine, with memory, speed, quality and the command to start each one. Your answers become a link you can share.</p>
      </PageHeader>
      <WizardForm gpus={gpus} macs={macs} cpus={cpus} laptops={laptops} defaults={defaults} detect={detect} />
    </>
  );
}
