import type { Metadata } from 'next';
import Link from 'next/link';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { RUNTIME_LABELS, RUNTIMES, optionsOf } from '@/lib/enums';
import { pickableQuants } from '@/lib/estimate/formats';
import type { Estimate } from '@/lib/estimate/types';
import { estimateFigures, formatBytes } from '@/lib/format';
import { compare } from '@/lib/recommend';
import { compareParamsSchema } from '@/lib/schemas/wizard';
import { PageHeader } from '@/components/ui/page-header';
import { CompareForm } from '@/components/planner/compare-form';
import { ScrollTable } from '@/components/ui/scroll-table';

export const metadata: Metadata = {
  title: 'Compare',
  description: 'Two to four model, quantization and hardware choices side by side: memory, fit, speed and quality.',
};

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).c;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const snapshot = await getCatalogSnapshot();
  const parsed = list.length > 0 ? compareParamsSchema.safeParse({ c: list }) : null;
  const rows = parsed?.success
    ? compare(
        parsed.data.c.map((c) => ({ modelSlug: c.model, quant: c.quant, hardwareSlug: c.hardware, count: c.count, contextTokens: c.context, ...(c.runtime ? { runtime: c.runtime } : {}) })),
        snapshot,
      )
    : [];
  const columns = rows.map((row) => {
    const model = snapshot.models.find((m) => m.slug === row.choice.modelSlug);
    const hardware = snapshot.hardware.find((h) => h.slug === row.choice.hardwareSlug);
    return { ...row, modelName: model?.name ?? row.choice.modelSlug, hardwareName: `${row.choice.count > 1 ? `${row.choice.count}× ` : ''}${hardware?.name ?? row.choice.hardwareSlug}` };
  });
  const defaults: Record<string, string> = {};
  if (parsed?.success) {
    parsed.data.c.forEach((c, i) => Object.assign(defaults, { [`model${i + 1}`]: c.model, [`quant${i + 1}`]: c.quant, [`hardware${i + 1}`]: c.hardware, [`count${i + 1}`]: String(c.count), [`ctx${i + 1}`]: String(c.context), [`runtime${i + 1}`]: c.runtime ?? '' }));
  }
  const measures: { label: string; figure?: 'memory' | 'fit' | 'decode' | 'confidence'; value: (e: Estimate) => React.ReactNode }[] = [
    { label: 'Runtime', value: (e) => e.runtime },
    { label: 'File size', value: (e) => `${formatBytes(e.fileBytes)}${e.fileBytesSource === 'catalog' ? ' (published)' : ''}` },
    { label: 'Bits per weight', value: (e) => e.bitsPerWeight.toFixed(2) },
    { label: 'Memory needed', figure: 'memory', value: (e) => estimateFigures(e).memory },
    { label: 'Fit', figure: 'fit', value: (e) => estimateFigures(e).fit },
    { label: 'Layers on GPU', value: (e) => `${e.placement.gpuLayers} of ${e.placement.totalLayers}` },
    { label: 'Longest context that fits', value: (e) => (e.maxContextTokens ? `${e.maxContextTokens.toLocaleString('en-US')} tokens` : '—') },
    { label: 'Generation (tokens/s)', figure: 'decode', value: (e) => estimateFigures(e).decode },
    { label: 'Likely range (tokens/s)', value: (e) => estimateFigures(e).decodeBand },
    { label: 'Prompt reading (tokens/s)', value: (e) => estimateFigures(e).prefill },
    { label: 'Confidence', figure: 'confidence', value: (e) => estimateFigures(e).confidence },
    { label: 'Quality', value: (e) => `${e.quality.label} (+${(e.quality.relativeLoss * 100).toFixed(1)} % perplexity)` },
  ];
  const hardware = snapshot.hardware.map((h) => ({ value: h.slug, label: h.name }));
  const models = snapshot.models.map((m) => ({ value: m.slug, label: m.name })).sort((a, b) => a.label.localeCompare(b.label));

  return (
    <>
      <PageHeader title="Compare">
        <p>Put two to four choices side by side. A bigger model at fewer bits against a smaller one at more bits is the classic question.</p>
      </PageHeader>
      <CompareForm models={models} quants={pickableQuants().map((q) => ({ value: q, label: q }))} hardware={hardware} runtimes={optionsOf(RUNTIMES, RUNTIME_LABELS)} defaults={defaults} />
      {parsed && !parsed.success ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">This link has a problem: {parsed.error.issues[0]?.message}</p> : null}
      {columns.length > 0 ? (
        <ScrollTable label="Comparison">
          <table className="data" data-testid="compare-table">
            <thead>
              <tr>
                {/* The measure names stay in view while the choices scroll sideways on a phone. */}
                <th scope="col" className="sticky left-0 bg-white dark:bg-zinc-950"><span className="sr-only">Measure</span></th>
                {columns.map((c, i) => (
                  <th key={i} scope="col" data-model={c.choice.modelSlug}>
                    {c.estimate ? <><Link href={`/models/${c.choice.modelSlug}`}>{c.modelName}</Link> <code>{c.estimate.quant}</code><div className="text-xs font-normal">{c.hardwareName}, {c.choice.contextTokens.toLocaleString('en-US')} tokens</div></> : c.choice.modelSlug}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {measures.map((measure) => (
                <tr key={measure.label}>
                  <th scope="row" className="sticky left-0 bg-white dark:bg-zinc-950">{measure.label}</th>
                  {columns.map((c, i) => (
                    <td key={i} data-figure={measure.figure}>
                      {c.estimate ? measure.value(c.estimate) : <span className="text-red-700 dark:text-red-400">{c.error ?? ''}</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </>
  );
}
