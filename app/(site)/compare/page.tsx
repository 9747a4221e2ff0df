import type { Metadata } from 'next';
import Link from 'next/link';
import { deviceSpecOf, getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { estimate } from '@/lib/estimate';
import type { Estimate } from '@/lib/estimate/types';
import { formatBytes, formatTokensPerSec } from '@/lib/format';
import { compareParamsSchema } from '@/lib/schemas/wizard';
import { PageHeader } from '@/components/ui/page-header';
import { CompareForm } from '@/components/planner/compare-form';

export const metadata: Metadata = {
  title: 'Compare',
  description: 'Two to four model, quantization and hardware choices side by side: memory, fit, speed and quality.',
};

const GIB = 2 ** 30;

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).c;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const snapshot = await getCatalogSnapshot();
  const parsed = list.length > 0 ? compareParamsSchema.safeParse({ c: list }) : null;
  const columns = parsed?.success
    ? parsed.data.c.map((choice) => {
        const model = snapshot.lookup.model(choice.model);
        const hardware = snapshot.hardware.find((h) => h.slug === choice.hardware);
        if (!model) return { choice, error: `model “${choice.model}” is not in the catalog` };
        if (!hardware) return { choice, error: `hardware “${choice.hardware}” is not in the catalog` };
        const device = { ...deviceSpecOf(hardware), count: choice.count };
        const apple = hardware.kind === 'apple-silicon';
        try {
          const result = estimate({
            model, quant: choice.quant, contextTokens: Math.min(choice.context, model.contextLength ?? choice.context), depthTokens: 0,
            kvCacheType: 'f16', parallel: 1, runtime: apple ? 'mlx' : 'llama.cpp',
            hardware: { devices: [device], systemMemoryBytes: apple ? hardware.memoryBytes : 64 * GIB },
            fileBytes: snapshot.lookup.artifactFileBytes(choice.model, choice.quant),
          });
          return { choice, result, modelName: model.name ?? choice.model, hardwareName: `${choice.count > 1 ? `${choice.count}× ` : ''}${hardware.name}` };
        } catch (error) {
          return { choice, error: (error as Error).message };
        }
      })
    : [];
  const defaults: Record<string, string> = {};
  if (parsed?.success) {
    parsed.data.c.forEach((c, i) => Object.assign(defaults, { [`model${i + 1}`]: c.model, [`quant${i + 1}`]: c.quant, [`hardware${i + 1}`]: c.hardware, [`count${i + 1}`]: String(c.count), [`ctx${i + 1}`]: String(c.context) }));
  }
  const rows: { label: string; value: (e: Estimate) => string }[] = [
    { label: 'File size', value: (e) => `${formatBytes(e.fileBytes)}${e.fileBytesSource === 'catalog' ? ' (published)' : ''}` },
    { label: 'Bits per weight', value: (e) => e.bitsPerWeight.toFixed(2) },
    { label: 'Memory needed', value: (e) => formatBytes(e.memory.totalBytes, 'GiB') },
    { label: 'Fit', value: (e) => e.fit.replace('-', ' ') },
    { label: 'Layers on GPU', value: (e) => `${e.placement.gpuLayers} of ${e.placement.totalLayers}` },
    { label: 'Longest context that fits', value: (e) => (e.maxContextTokens ? `${e.maxContextTokens.toLocaleString('en-US')} tokens` : '—') },
    { label: 'Generation (tokens/s)', value: (e) => (e.speed ? `${formatTokensPerSec(e.speed.decodeTokensPerSec.expected)} (${formatTokensPerSec(e.speed.decodeTokensPerSec.low)}–${formatTokensPerSec(e.speed.decodeTokensPerSec.high)})` : '—') },
    { label: 'Prompt reading (tokens/s)', value: (e) => (e.speed ? formatTokensPerSec(e.speed.prefillTokensPerSec.expected) : '—') },
    { label: 'Quality', value: (e) => `${e.quality.label} (+${(e.quality.relativeLoss * 100).toFixed(1)} % perplexity)` },
  ];
  const hardware = snapshot.hardware.map((h) => ({ value: h.slug, label: h.name }));
  const models = snapshot.models.map((m) => ({ value: m.slug, label: m.name })).sort((a, b) => a.label.localeCompare(b.label));

  return (
    <>
      <PageHeader title="Compare">
        <p>Put two to four choices side by side. A bigger model at fewer bits against a smaller one at more bits is the classic question.</p>
      </PageHeader>
      <CompareForm models={models} hardware={hardware} defaults={defaults} />
      {parsed && !parsed.success ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">This link has a problem: {parsed.error.issues[0]?.message}</p> : null}
      {columns.length > 0 ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table, scrolls sideways on small screens">
          <table className="data" data-testid="compare-table">
            <thead>
              <tr>
                {/* The measure names stay in view while the choices scroll sideways on a phone. */}
                <th scope="col" className="sticky left-0 bg-white dark:bg-zinc-950"><span className="sr-only">Measure</span></th>
                {columns.map((c, i) => (
                  <th key={i} scope="col">
                    {'result' in c ? <><Link href={`/models/${c.choice.model}`}>{c.modelName}</Link> <code>{c.choice.quant}</code><div className="text-xs font-normal">{c.hardwareName}, {c.choice.context.toLocaleString('en-US')} tokens</div></> : c.choice.model}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row" className="sticky left-0 bg-white dark:bg-zinc-950">{row.label}</th>
                  {columns.map((c, i) => <td key={i}>{'result' in c && c.result ? row.value(c.result) : <span className="text-red-700 dark:text-red-400">{'error' in c ? c.error : ''}</span>}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
