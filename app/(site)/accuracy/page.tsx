import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Metadata } from 'next';
import { computeAccuracy } from '@/lib/estimate';
import { parseCsv } from '@/lib/estimate/csv';
import { PageHeader } from '@/components/ui/page-header';
import { ScatterPlot } from '@/components/charts/scatter-plot';

export const metadata: Metadata = {
  title: 'Accuracy',
  description: 'How close the Quantwise estimator comes to published measurements of file size, memory and speed, beside the simple formulas other calculators use.',
};

const read = (file: string) => parseCsv(readFileSync(path.join(process.cwd(), 'fixtures', 'reference', file), 'utf8'));
// computeAccuracy reports errors already in percent (6.3 means 6.3 %) and band coverage as a share
// of rows (0.965 means 96.5 %): two formatters, so neither is scaled twice.
const percentError = (percent: number) => `${percent.toFixed(1)} %`;
const share = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;
const UNITS: Record<string, string> = { fileSize: 'bytes', llamaCppMemory: 'bytes', transformersMemory: 'bytes', decode: 'tok/s', prefill: 'tok/s' };

export default function AccuracyPage() {
  const report = computeAccuracy({ arch: read('arch.csv'), ggufSizes: read('gguf_sizes.csv'), measuredMemory: read('measured_memory.csv'), speed: [...read('speed.csv'), ...read('speed_extra.csv')] });
  return (
    <>
      <PageHeader title="How accurate is the estimator?">
        <p>
          Every estimate on this site comes from one library. Here it is run against {report.metrics.reduce((n, m) => n + m.n, 0)} published measurements
          (file listings, llama.cpp logs, official benchmarks, llama-bench runs), next to the rules of thumb most calculators use: parameters × bits ÷ 8 × 1.2 for
          memory, bandwidth ÷ model size for speed. Errors are absolute percentages; lower is better.
        </p>
      </PageHeader>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table, scrolls sideways on small screens">
        {/* Headers wrap here (eight columns of numbers fit a 1280 px window only that way); row headers wrap on phones. */}
        <table className="data [&_th]:whitespace-normal [&_tbody_th]:min-w-32 [&_thead_th.num]:min-w-20" data-testid="accuracy-table">
          <thead>
            <tr>
              <th scope="col">Quantity</th>
              <th scope="col" className="num">Measurements</th>
              <th scope="col" className="num">Median error</th>
              <th scope="col" className="num">90th percentile</th>
              <th scope="col" className="num">Inside the band</th>
              <th scope="col" className="num">Naive median</th>
              <th scope="col" className="num">Naive 90th</th>
              <th scope="col" className="num">Target (median / p90)</th>
            </tr>
          </thead>
          <tbody>
            {report.metrics.map((m) => (
              <tr key={m.metric}>
                <th scope="row">{m.title}</th>
                <td className="num">{m.n}</td>
                <td className="num">{percentError(m.medianAbsPctErr)}</td>
                <td className="num">{percentError(m.p90AbsPctErr)}</td>
                <td className="num">{m.bandCoverage === null ? '—' : share(m.bandCoverage)}</td>
                <td className="num">{percentError(m.naiveMedianAbsPctErr)}</td>
                <td className="num">{percentError(m.naiveP90AbsPctErr)}</td>
                <td className="num">{m.target ? `${percentError(m.target.median)}${m.target.p90 !== null ? ` / ${percentError(m.target.p90)}` : ''}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.skipped.length > 0 ? (
        <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">Not scored: {report.skipped.map((s) => `${s.count} rows of ${s.file} (${s.reason})`).join('; ')}.</p>
      ) : null}
      <h2 className="mt-10 mb-2 text-xl font-semibold">Predicted against measured</h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Points on the dashed line are exact; both axes are logarithmic.</p>
      <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {report.metrics.map((m) => (
          <ScatterPlot key={m.metric} title={m.title} unit={UNITS[m.metric] ?? ''} showNaive points={report.points.filter((p) => p.metric === m.metric)} />
        ))}
      </div>
      <p className="mt-6 text-sm">
        The measurements are in the repository (<code>fixtures/reference/</code>) with a source for every row; run <code>npm run accuracy</code> to reproduce this table.
      </p>
    </>
  );
}
