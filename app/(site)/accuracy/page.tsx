import type { Metadata } from 'next';
import { committedSpeedHeldOut, loadAccuracyData } from '@/lib/data/reference-data';
import { accuracyBy, computeAccuracy, targetMisses, type ErrorSummary } from '@/lib/estimate/accuracy';
import { BAND_CONFIDENCE } from '@/lib/estimate/confidence';
import { MIN_BAND_ROWS } from '@/lib/estimate/speed-fit';
import { PageHeader } from '@/components/ui/page-header';
import { ScatterPlot } from '@/components/charts/scatter-plot';
import { ScrollTable } from '@/components/ui/scroll-table';

export const metadata: Metadata = {
  title: 'Accuracy',
  description: 'How close the Quantwise estimator comes to published measurements it was never fitted on, beside its error on the measurements it was fitted to and the simple formulas other calculators use.',
};

// computeAccuracy reports errors already in percent (6.3 means 6.3 %) and band coverage as a share
// of rows (0.965 means 96.5 %): two formatters, so neither is scaled twice.
const percentError = (percent: number) => (Number.isNaN(percent) ? '—' : `${percent.toFixed(1)} %`);
// A title inside a sentence: lower-case its first word unless it is a name (vLLM, GGUF, Transformers).
const sentenceCase = (title: string) => (/^(?:[A-Z]{2}|[a-z]+[A-Z]|Transformers)/.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1));
const share = (fraction: number | null) => (fraction === null ? '—' : `${(fraction * 100).toFixed(1)} %`);
const UNITS: Record<string, string> = { fileSize: 'bytes', llamaCppMemory: 'bytes', transformersMemory: 'bytes', vllmKvCache: 'bytes', mlxMemory: 'bytes', decode: 'tok/s', prefill: 'tok/s' };
const KIND_LABELS: Record<string, string> = {
  later: 'not scorable yet: the catalog lacks the model or the device (they count once the catalog gains them)',
  excluded: 'excluded: not what the estimator predicts',
  unreadable: 'unreadable: the row does not say enough',
  miss: 'the estimate says the setup does not fit, yet it ran',
};

function SummaryCells({ s, band }: { s: ErrorSummary; band: boolean }) {
  return (
    <>
      <td className="num">{s.n}</td>
      <td className="num">{s.n > 0 ? percentError(s.medianAbsPctErr) : '—'}</td>
      <td className="num">{s.n > 0 ? percentError(s.p90AbsPctErr) : '—'}</td>
      {band ? <td className="num">{share(s.bandCoverage)}</td> : null}
    </>
  );
}

export default function AccuracyPage() {
  const data = loadAccuracyData();
  const report = computeAccuracy(data, { speedHeldOut: committedSpeedHeldOut(data) });
  const misses = targetMisses(report);
  const measurements = report.points.length;
  const byBackend = accuracyBy(report);
  const skippedByKind = new Map<string, number>();
  for (const s of report.skipped) skippedByKind.set(s.kind, (skippedByKind.get(s.kind) ?? 0) + s.count);
  return (
    <>
      <PageHeader title="How accurate is the estimator?">
        <p>
          Every estimate on this site comes from one library. Here it is run against {measurements} published measurements (file listings, llama.cpp logs, official
          benchmarks, llama-bench runs from {new Set(report.points.map((p) => p.sourceId)).size} sources), next to the rules of thumb most calculators use:
          parameters × bits ÷ 8 × 1.2 for memory, bandwidth ÷ model size for speed. Errors are absolute percentages; lower is better.
        </p>
        <p className="mt-2">
          <strong>Trust the held-out columns.</strong> A held-out figure comes from constants that never saw the measurement’s source: the speed constants are
          refitted {report.folds} times, once per source without it, and each source’s rows are predicted by the fit that left it out; the Transformers and vLLM memory constants are refitted the same way. vLLM holds whatever share of the GPU its --gpu-memory-utilization says, so its row scores what that share leaves the KV cache after weights, the start-up profile run and non-torch memory, against the “Available KV cache memory” its logs print. The in-sample
          columns score the same rows with the constants fitted on all of them; they are shown so you can see how much a fit flatters itself.
        </p>
      </PageHeader>
      <ScrollTable label="Accuracy by quantity">
        {/* Headers wrap here (eleven columns of numbers fit a 1280 px window only that way); row headers wrap on phones. */}
        <table className="data [&_th]:whitespace-normal [&_tbody_th]:min-w-32 [&_thead_th.num]:min-w-16" data-testid="accuracy-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>Quantity</th>
              <th scope="colgroup" colSpan={4} className="num">Held-out (trust these)</th>
              <th scope="colgroup" colSpan={4} className="num">In-sample (fitted on these rows)</th>
              <th scope="col" rowSpan={2} className="num">Naive median</th>
              <th scope="col" rowSpan={2} className="num">Target, held-out (median / p90 / in band)</th>
            </tr>
            <tr>
              <th scope="col" className="num">Measure­ments</th>
              <th scope="col" className="num">Median error</th>
              <th scope="col" className="num">90th per­centile</th>
              <th scope="col" className="num">Inside the band</th>
              <th scope="col" className="num">Measure­ments</th>
              <th scope="col" className="num">Median error</th>
              <th scope="col" className="num">90th per­centile</th>
              <th scope="col" className="num">Inside the band</th>
            </tr>
          </thead>
          <tbody>
            {report.metrics.map((m) => (
              <tr key={m.metric}>
                <th scope="row">{m.title}</th>
                <SummaryCells s={m.heldOut} band />
                <SummaryCells s={m.inSample} band />
                <td className="num">{percentError(m.naiveMedianAbsPctErr)}</td>
                <td className="num">
                  {m.target ? `${percentError(m.target.median)} / ${m.target.p90 === null ? '—' : percentError(m.target.p90)}${m.target.band === null ? '' : ` / ${share(m.target.band)}`}` : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300" data-testid="target-status">
        {misses.length === 0
          ? 'Every held-out figure meets its target.'
          : `Not met yet, held-out: ${misses
              .map((x) => `${sentenceCase(x.title)} ${x.measure === 'band' ? `inside the band ${share(x.value)} (target ≥ ${share(x.target)})` : `${x.measure === 'p90' ? '90th percentile' : 'median'} ${percentError(x.value)} (target ≤ ${percentError(x.target)})`}`)
              .join('; ')}.`}
      </p>
      <ul className="mt-3 space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
        {report.metrics.map((m) => (
          <li key={m.metric}>
            <strong>{m.title}</strong>, held-out: {m.heldOutMethod}.
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
        Not scored: {[...skippedByKind.entries()].map(([kind, n]) => `${n} rows ${KIND_LABELS[kind] ?? kind}`).join('; ')}. The reasons, row by row, are in{' '}
        <code>npm run accuracy -- --skipped</code>.
      </p>

      <h2 className="mt-10 mb-2 text-xl font-semibold">Speed by backend</h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        The backend the estimator used for each measurement. A band resting on fewer than {MIN_BAND_ROWS} held-out measurements is widened, and the estimate says its confidence is low; a band wider than ×{BAND_CONFIDENCE.high} makes it medium, wider than ×{BAND_CONFIDENCE.medium} low.
      </p>
      <ScrollTable label="Speed by backend">
        <table className="data [&_th]:whitespace-normal [&_thead_th.num]:min-w-16" data-testid="accuracy-by-backend">
          <thead>
            <tr>
              <th scope="col">Speed, backend</th>
              <th scope="col" className="num">Measure­ments</th>
              <th scope="col" className="num">Held-out median</th>
              <th scope="col" className="num">Held-out 90th</th>
              <th scope="col" className="num">Held-out inside the band</th>
              <th scope="col" className="num">In-sample median</th>
            </tr>
          </thead>
          <tbody>
            {byBackend.map((b) => (
              <tr key={`${b.metric}-${b.backend}`}>
                <th scope="row">{`${b.metric === 'decode' ? 'Decode' : 'Prefill'}, ${b.backend}`}</th>
                <td className="num">{b.heldOut.n}</td>
                <td className="num">{percentError(b.heldOut.medianAbsPctErr)}</td>
                <td className="num">{percentError(b.heldOut.p90AbsPctErr)}</td>
                <td className="num">{share(b.heldOut.bandCoverage)}</td>
                <td className="num">{percentError(b.inSample.medianAbsPctErr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

      <h2 className="mt-10 mb-2 text-xl font-semibold">Predicted against measured, held-out</h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Each point is predicted without its source (in-sample where no held-out prediction exists). Points on the dashed line are exact; both axes are logarithmic.
      </p>
      <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {report.metrics.map((m) => (
          <ScatterPlot
            key={m.metric}
            title={m.title}
            unit={UNITS[m.metric] ?? ''}
            showNaive
            points={report.points.filter((p) => p.metric === m.metric).map((p) => ({ label: p.label, measured: p.measured, naive: p.naive, predicted: p.heldOut?.predicted ?? p.predicted }))}
          />
        ))}
      </div>
      <p className="mt-6 text-sm">
        The measurements are in the repository (<code>fixtures/reference/</code>) with a source for every row; <code>npm run accuracy</code> reproduces these tables, and{' '}
        <code>npm run fit:speed</code> refits the speed constants from the same data.
      </p>
    </>
  );
}
