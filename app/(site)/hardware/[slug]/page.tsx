import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { getHardwareBySlug, listHardwareSlugs } from '@/lib/data/hardware';
import { estimatedDecodeFor } from '@/lib/recommend';
import { FORM_FACTOR_LABELS, HARDWARE_KIND_LABELS, PRICE_SCOPE_LABELS } from '@/lib/enums';
import { COMPUTE_FIGURES, COMPUTE_FIGURE_LABELS } from '@/lib/catalog/coverage';
import { formatBytes, formatUsd } from '@/lib/format';
import { PageHeader } from '@/components/ui/page-header';
import { SourceLink } from '@/components/ui/source-link';
import { MeasurementsTable } from '@/components/catalog/measurements-table';
import { FigureSource } from '@/components/catalog/figure-provenance';
import { figureProvenance } from '@/lib/schemas/catalog';
import { ScrollTable } from '@/components/ui/scroll-table';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await listHardwareSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const hardware = await getHardwareBySlug((await params).slug);
  if (!hardware) return { title: 'Hardware not found' };
  return { title: hardware.name, description: `${hardware.name}: ${formatBytes(hardware.memoryBytes, 'GiB')}, ${Math.round(hardware.bandwidthGBps)} GB/s, and which LLMs it runs.` };
}

export default async function HardwareDetailPage({ params }: Props) {
  const hardware = await getHardwareBySlug((await params).slug);
  if (!hardware) notFound();
  const snapshot = await getCatalogSnapshot();
  const device = snapshot.hardware.find((h) => h.slug === hardware.slug)!;
  const noteOf = (field: string) => hardware.figureNotes.find((n) => n.field === field);
  const noteLinks = (urls: readonly string[]) => urls.map((url) => <span key={url}> <SourceLink href={url} inText /></span>);
  // A figure's own note and the sources it adds beyond its group's (an editor's note says why a figure is
  // weaker, where it differs, or why it is missing).
  const figureNote = (field: string, groupUrl: string | null) => {
    const note = noteOf(field);
    if (!note) return null;
    return (
      <span className="block text-xs">
        {note.weak ? 'Weaker figure: ' : ''}
        {note.note}
        {noteLinks(note.sourceUrls.filter((url) => url !== groupUrl))}
      </span>
    );
  };
  // Each group of figures beside its own source and the day an editor checked it (or that nobody has yet), then the figure's note.
  const sourced = (text: string, group: 'memory' | 'bandwidth' | 'price', field: string) => {
    const provenance = figureProvenance(hardware, group);
    return (
      <>
        {text} · <FigureSource provenance={provenance} />
        {figureNote(field, provenance.sourceUrl)}
      </>
    );
  };
  const specs: [string, React.ReactNode][] = [
    ['Kind', HARDWARE_KIND_LABELS[hardware.kind]],
    ['Form factor', FORM_FACTOR_LABELS[hardware.formFactor]],
    ['Memory', sourced(`${formatBytes(hardware.memoryBytes, 'GiB')}${hardware.memoryType ? ` ${hardware.memoryType}` : ''}`, 'memory', 'memoryBytes')],
    ['Memory bandwidth', sourced(`${hardware.bandwidthGBps} GB/s`, 'bandwidth', 'bandwidthGBps')],
    ['Backend', hardware.backend],
    ['Launch price', hardware.launchPriceUsd !== null ? sourced(`${formatUsd(hardware.launchPriceUsd)} (${PRICE_SCOPE_LABELS[hardware.launchPriceScope ?? 'card']})`, 'price', 'launchPriceUsd') : <>unknown{figureNote('launchPriceUsd', null)}</>],
    ['Year', hardware.year ?? 'unknown'],
  ];
  if (hardware.gpuMemoryLinuxBytes !== null) specs.splice(3, 0, ['GPU may use (Linux)', formatBytes(hardware.gpuMemoryLinuxBytes, 'GiB')]);
  if (hardware.gpuMemoryWindowsBytes !== null) specs.splice(3, 0, ['GPU may use (Windows)', formatBytes(hardware.gpuMemoryWindowsBytes, 'GiB')]);
  if (hardware.cores !== null) specs.push([hardware.kind === 'apple-silicon' ? 'GPU cores' : 'CPU cores', hardware.cores]);
  if (hardware.isa.length > 0) specs.push(['CPU instruction sets', hardware.isa.join(', ')]);
  const streetPrices = device.streetPrices ?? [];

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
      {hardware.kind !== 'cpu' ? (
        <section aria-labelledby="compute-heading" className="mb-8">
          <h2 id="compute-heading" className="mb-2 text-xl font-semibold">Compute peaks</h2>
          <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
            Dense theoretical peaks at boost clock, one per compute path; empty where the path does not exist or no source gives it (the note says which).
            {hardware.computeSourceUrl ? <> Figures without their own source: <FigureSource provenance={figureProvenance(hardware, 'compute')} />.</> : null}
          </p>
          <ScrollTable label="Compute peaks">
            <table className="data" data-testid="compute-peaks">
              <tbody>
                {COMPUTE_FIGURES.map((field) => {
                  const value = hardware[field];
                  const note = noteOf(field);
                  return (
                    <tr key={field}>
                      {/* On a phone the label wraps and the note narrows, so the figure stays in view without scrolling sideways. */}
                      <th scope="row" className="min-w-28 whitespace-normal">{COMPUTE_FIGURE_LABELS[field]}{field === 'int8TensorTops' && hardware.int8Path ? ` (${hardware.int8Path})` : ''}</th>
                      <td className="num">{value !== null ? value : '—'}{note?.weak ? ' (weaker figure)' : ''}</td>
                      <td className="min-w-40 whitespace-normal text-xs sm:min-w-64">
                        {note?.note ?? ''}
                        {note ? noteLinks(note.sourceUrls) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      ) : null}
      {streetPrices.length > 0 ? (
        <section aria-labelledby="prices-heading" className="mb-8 max-w-xl">
          <h2 id="prices-heading" className="mb-2 text-xl font-semibold">Street prices</h2>
          <ul className="list-disc pl-5 text-sm">
            {streetPrices.map((p) => (
              <li key={`${p.sourceUrl}-${p.condition}-${p.observedOn ?? ''}`}>
                {p.usdLow !== null && p.usdHigh !== null && p.usdLow !== p.usdHigh ? `${formatUsd(p.usdLow)}–${formatUsd(p.usdHigh)}` : formatUsd((p.usdLow ?? p.usdHigh)!)}
                {' '}{p.condition}, {PRICE_SCOPE_LABELS[p.scope]}, {p.observedOn ?? 'undated'}{p.note ? ` (${p.note})` : ''} · <SourceLink href={p.sourceUrl} inText />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="measured-heading">
        <h2 id="measured-heading" className="mb-2 text-xl font-semibold">Measured</h2>
        <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
          Published benchmarks on this device (the ones <Link href="/accuracy">/accuracy</Link> scores the estimator on among
          them), beside what the estimator predicts for the same model, format, runtime, device count and context depth.
          &ldquo;At depth&rdquo; is how many tokens were already in the context when speed was measured.
        </p>
        {hardware.measurements.length === 0 ? (
          <p>No published measurement on this device is in the catalog yet.</p>
        ) : (
          <MeasurementsTable subject="hardware" rows={hardware.measurements.map((m) => ({ measurement: m, estimate: estimatedDecodeFor(m, snapshot) }))} />
        )}
      </section>
    </article>
  );
}
