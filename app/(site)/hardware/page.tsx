import type { Metadata } from 'next';
import Link from 'next/link';
import type { HardwareSummary } from '@/lib/catalog/types';
import { HARDWARE_KINDS, type HardwareKind } from '@/lib/enums';
import { listHardware } from '@/lib/data/hardware';
import { formatBytes, formatUsd } from '@/lib/format';
import { PageHeader } from '@/components/ui/page-header';
import { ScrollTable } from '@/components/ui/scroll-table';

export const metadata: Metadata = {
  title: 'Hardware',
  description: 'GPUs, Apple Silicon and unified-memory machines, and CPUs: memory, bandwidth, FP16 compute and launch price, with sources.',
};

const GROUPS: Record<HardwareKind, { title: string; note: string }> = {
  gpu: { title: 'Graphics cards', note: 'Memory is VRAM. Decode speed follows memory bandwidth; prompt processing follows FP16 compute.' },
  'apple-silicon': { title: 'Apple Silicon', note: 'Unified memory: the GPU may use about two thirds to three quarters of it by default (Metal working-set limit).' },
  unified: { title: 'Unified-memory machines', note: 'One memory pool shared by CPU and GPU (DGX Spark, Jetson, Ryzen AI Max): the driver sets how much of it the GPU may use, per OS.' },
  cpu: { title: 'CPU-only machines', note: 'Memory is system RAM in the stated configuration; bandwidth is channels × transfer rate.' },
};

export default async function HardwarePage() {
  const hardware = await listHardware();
  return (
    <>
      <PageHeader title="Hardware">
        <p>{hardware.length} devices. Every figure links to its source on the device&apos;s page.</p>
      </PageHeader>
      {HARDWARE_KINDS.map((kind) => (
        <HardwareGroup key={kind} title={GROUPS[kind].title} note={GROUPS[kind].note} items={hardware.filter((h) => h.kind === kind)} />
      ))}
    </>
  );
}

function HardwareGroup({ title, note, items }: { title: string; note: string; items: HardwareSummary[] }) {
  const id = `group-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="text-xl font-semibold">{title} <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">({items.length})</span></h2>
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">{note}</p>
      <ScrollTable label={title}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col" className="num">Memory</th>
              <th scope="col" className="num">Bandwidth</th>
              <th scope="col" className="num">FP16</th>
              <th scope="col">Backend</th>
              <th scope="col" className="num">Launch price</th>
              <th scope="col" className="num">Year</th>
            </tr>
          </thead>
          <tbody>
            {items.map((h) => (
              <tr key={h.slug}>
                <td><Link href={`/hardware/${h.slug}`}>{h.name}</Link></td>
                <td className="num">{formatBytes(h.memoryBytes, 'GiB')}</td>
                <td className="num">{Math.round(h.bandwidthGBps)} GB/s</td>
                <td className="num">{h.fp16Tflops !== null ? `${h.fp16Tflops} TFLOPS` : '—'}</td>
                <td>{h.backend}</td>
                <td className="num">{h.launchPriceUsd !== null ? formatUsd(h.launchPriceUsd) : '—'}</td>
                <td className="num">{h.year ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
