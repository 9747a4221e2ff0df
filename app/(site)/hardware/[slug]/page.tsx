import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getHardwareBySlug, listHardwareSlugs } from '@/lib/data/hardware';
import { HARDWARE_KIND_LABELS } from '@/lib/enums';
import { formatBytes, formatMemoryCapacity, formatTokensPerSec, formatUsd } from '@/lib/format';
import { PageHeader } from '@/components/ui/page-header';
import { SourceLink } from '@/components/ui/source-link';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await listHardwareSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const hardware = await getHardwareBySlug((await params).slug);
  if (!hardware) return { title: 'Hardware not found' };
  return { title: hardware.name, description: `${hardware.name}: ${formatMemoryCapacity(hardware.memoryBytes)}, ${Math.round(hardware.bandwidthGBps)} GB/s, and which LLMs it runs.` };
}

export default async function HardwareDetailPage({ params }: Props) {
  const hardware = await getHardwareBySlug((await params).slug);
  if (!hardware) notFound();
  const specs: [string, React.ReactNode][] = [
    ['Kind', HARDWARE_KIND_LABELS[hardware.kind]],
    ['Memory', `${formatMemoryCapacity(hardware.memoryBytes)}${hardware.memoryType ? ` ${hardware.memoryType}` : ''}`],
    ['Memory bandwidth', `${hardware.bandwidthGBps} GB/s`],
    ['FP16 compute', hardware.fp16Tflops !== null ? `${hardware.fp16Tflops} TFLOPS` : 'not published'],
    ['Backend', hardware.backend],
    ['Launch price', hardware.launchPriceUsd !== null ? formatUsd(hardware.launchPriceUsd) : 'unknown'],
    ['Year', hardware.year ?? 'unknown'],
  ];
  if (hardware.cores !== null) specs.push([hardware.kind === 'cpu' ? 'CPU cores' : 'GPU cores', hardware.cores]);

  return (
    <article>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm"><Link href="/hardware">Hardware</Link></nav>
      <PageHeader title={hardware.name}>{hardware.notes ? <p>{hardware.notes}</p> : null}</PageHeader>
      <section aria-labelledby="specs-heading" className="mb-8 max-w-xl">
        <h2 id="specs-heading" className="mb-2 text-xl font-semibold">Specifications</h2>
        <table className="data">
          <tbody>
            {specs.map(([label, value]) => (
              <tr key={label}><th scope="row">{label}</th><td>{value}</td></tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2"><SourceLink href={hardware.sourceUrl} /> · checked {hardware.verifiedAt}</p>
      </section>
      <section aria-labelledby="measured-heading">
        <h2 id="measured-heading" className="mb-2 text-xl font-semibold">Measured</h2>
        {hardware.measurements.length === 0 ? (
          <p>No published measurement on this device is in the catalog yet.</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table, scrolls sideways on small screens">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Format</th>
                  <th scope="col">Runtime</th>
                  <th scope="col" className="num">Devices</th>
                  <th scope="col" className="num">Prompt tok/s</th>
                  <th scope="col" className="num">Generation tok/s</th>
                  <th scope="col" className="num">Memory</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {hardware.measurements.map((m, index) => (
                  <tr key={index}>
                    <td><Link href={`/models/${m.model}`}>{m.modelName}</Link></td>
                    <td><code>{m.format}</code></td>
                    <td>{m.runtime} ({m.backend})</td>
                    <td className="num">{m.deviceCount}</td>
                    <td className="num">{m.promptTokensPerSec !== null ? formatTokensPerSec(m.promptTokensPerSec) : '—'}</td>
                    <td className="num">{m.generationTokensPerSec !== null ? formatTokensPerSec(m.generationTokensPerSec) : '—'}</td>
                    <td className="num">{m.memoryBytes !== null ? `${formatBytes(m.memoryBytes, 'GiB')}${m.contextTokens ? ` @ ${m.contextTokens}` : ''}` : '—'}</td>
                    <td><SourceLink href={m.sourceUrl} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
