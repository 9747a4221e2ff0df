// npm run fit:speed: fits the speed constants on the committed measurements (fixtures/reference,
// through the same row mapping as npm run accuracy), cross-validates them by source, calibrates the
// bands on the held-out residuals, and writes lib/estimate/fitted/speed-constants.json with the
// hash of the data it saw and the errors it reached. Commit the file with the data. The objective
// and the optimizer are described in lib/estimate/speed-fit.ts; the priors in lib/estimate/backends.ts.
// `-- --check` fits and compares instead of writing (exit 1 when the committed file differs).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fitDataHash, loadAccuracyData } from '@/lib/data/reference-data';
import { cvFolds, speedSamples, summarize } from '@/lib/estimate/accuracy';
import { SPEED_BACKENDS } from '@/lib/estimate/backends';
import { FITTED_DIGITS, constantsTable, crossValidate, fitSpeedBackends, predictSpeed } from '@/lib/estimate/speed-fit';
import { bandFactorFor } from '@/lib/estimate/speed';
import { speedConstantsFileSchema } from '@/lib/schemas/speed-constants';

const OUT = path.resolve('lib/estimate/fitted/speed-constants.json');
// The held-out predictions themselves, per row, for /accuracy and npm run accuracy (not bundled with the constants).
const HELD_OUT = path.resolve('lib/estimate/fitted/speed-heldout.json');
const sig = (x: number) => Number(x.toPrecision(FITTED_DIGITS));
const clean = (s: ReturnType<typeof summarize>) => ({
  n: s.n,
  medianAbsPctErr: Number.isNaN(s.medianAbsPctErr) ? null : sig(s.medianAbsPctErr),
  p90AbsPctErr: Number.isNaN(s.p90AbsPctErr) ? null : sig(s.p90AbsPctErr),
  bandCoverage: s.bandCoverage === null ? null : sig(s.bandCoverage),
});

const started = Date.now();
const { samples } = speedSamples(loadAccuracyData());
const fitted = fitSpeedBackends(samples);
const backends = Object.fromEntries(SPEED_BACKENDS.map((b) => [b, fitted[b]]));
const table = constantsTable(fitted);
const folds = cvFolds(samples);
const cv = crossValidate(samples, folds);

const heldOutRows = samples.map((s, i) => ({ metric: s.metric, label: s.features.label, measured: s.measured, ...cv.heldOut[i]! }));
const inSampleRows = samples.map((s) => {
  const predicted = predictSpeed(s, table);
  const factor = bandFactorFor(cv.bands[s.metric], s.features.label).factor;
  return { metric: s.metric, measured: s.measured, predicted, low: predicted / factor, high: predicted * factor };
});
const labels = [...new Set(heldOutRows.map((r) => `${r.metric}|${r.label}`))].sort();

const file = speedConstantsFileSchema.parse({
  about: 'Fitted speed constants of the Quantwise estimator. Written by npm run fit:speed; do not edit by hand.',
  generatedBy: 'npm run fit:speed (scripts/fit-speed.ts, objective and optimizer in lib/estimate/speed-fit.ts, priors in lib/estimate/backends.ts)',
  fittedOn: new Date().toISOString().slice(0, 10),
  dataHash: fitDataHash(samples),
  objective: 'per backend and quantity: sum over rows of w·sqrt(r² + 0.02²)/0.15 + ½·sum of z², r = log(predicted/measured), w = 1/sqrt(rows of the source), z = prior-standardized log constant; Nelder–Mead from the prior centres, two restarts',
  folds,
  rows: { decode: samples.filter((s) => s.metric === 'decode').length, prefill: samples.filter((s) => s.metric === 'prefill').length, sources: new Set(samples.map((s) => s.sourceId)).size },
  backends,
  bands: cv.bands,
  inSample: { decode: clean(summarize(inSampleRows.filter((r) => r.metric === 'decode'))), prefill: clean(summarize(inSampleRows.filter((r) => r.metric === 'prefill'))) },
  crossValidation: {
    decode: clean(summarize(heldOutRows.filter((r) => r.metric === 'decode'))),
    prefill: clean(summarize(heldOutRows.filter((r) => r.metric === 'prefill'))),
    byBackend: labels.map((key) => {
      const [metric, backend] = key.split('|') as ['decode' | 'prefill', string];
      return { metric, backend, heldOut: clean(summarize(heldOutRows.filter((r) => r.metric === metric && r.label === backend))) };
    }),
  },
});

const text = JSON.stringify(file, null, 2) + '\n';
const heldOutText = JSON.stringify({ about: 'Held-out speed predictions, one per row of the committed data, each from constants refitted without its source. Written by npm run fit:speed; do not edit by hand.', dataHash: file.dataHash, folds, rows: cv.heldOut.map((h) => [h.fold, h.predicted, h.low, h.high]) }) + '\n';
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (process.argv.includes('--check')) {
  const committed = JSON.parse(readFileSync(OUT, 'utf8')) as { fittedOn: string };
  const same = JSON.stringify({ ...committed, fittedOn: '' }) === JSON.stringify({ ...file, fittedOn: '' }) && readFileSync(HELD_OUT, 'utf8') === heldOutText;
  console.log(same ? `fit:speed --check: the committed file is what the data gives (${seconds} s)` : 'fit:speed --check: the committed file differs from a fresh fit: run npm run fit:speed and commit');
  if (!same) process.exitCode = 1;
} else {
  writeFileSync(OUT, text);
  writeFileSync(HELD_OUT, heldOutText);
  const f = (s: { medianAbsPctErr: number | null; p90AbsPctErr: number | null; bandCoverage: number | null; n: number }) =>
    `n ${s.n}, median ${s.medianAbsPctErr?.toFixed(1)} %, p90 ${s.p90AbsPctErr?.toFixed(1)} %, inside the band ${((s.bandCoverage ?? 0) * 100).toFixed(1)} %`;
  console.log(`wrote ${path.relative(process.cwd(), OUT)} in ${seconds} s (${file.dataHash.slice(0, 19)}…)`);
  console.log(`decode   in-sample ${f(file.inSample.decode)}\n         held-out  ${f(file.crossValidation.decode)}`);
  console.log(`prefill  in-sample ${f(file.inSample.prefill)}\n         held-out  ${f(file.crossValidation.prefill)}`);
}
