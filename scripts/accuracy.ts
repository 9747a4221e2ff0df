// npm run accuracy [-- --json | --points | --by-backend | --old-only]: estimator vs fixtures/reference,
// beside the naive formulas. Speed rows = speed.csv + speed_extra.csv (--old-only: speed.csv alone).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../lib/estimate/csv';
import { accuracyByBackend, computeAccuracy } from '../lib/estimate/accuracy';

const dir = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));
const read = (f: string) => parseCsv(readFileSync(dir + f, 'utf8'));
const report = computeAccuracy({
  arch: read('arch.csv'),
  ggufSizes: read('gguf_sizes.csv'),
  measuredMemory: read('measured_memory.csv'),
  speed: process.argv.includes('--old-only') ? read('speed.csv') : [...read('speed.csv'), ...read('speed_extra.csv')],
});

if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} else {
  const f = (x: number | null) => (x === null || Number.isNaN(x) ? '   -  ' : `${x.toFixed(1).padStart(5)}%`);
  console.log('metric                          n   median    p90   band-cov | naive median   p90 | target');
  for (const m of report.metrics) {
    const t = m.target ? `≤${m.target.median}%${m.target.p90 !== null ? ` / ≤${m.target.p90}%` : ''}` : '';
    console.log(
      `${m.title.padEnd(30)} ${String(m.n).padStart(3)}  ${f(m.medianAbsPctErr)} ${f(m.p90AbsPctErr)}  ${m.bandCoverage === null ? '   -  ' : f(m.bandCoverage * 100)} | ${f(m.naiveMedianAbsPctErr)}  ${f(m.naiveP90AbsPctErr)} | ${t}`,
    );
  }
  console.log('\nskipped rows:');
  for (const s of report.skipped) console.log(`  ${s.file}: ${s.count} × ${s.reason}`);
  if (process.argv.includes('--by-backend')) {
    console.log('\nby backend                      n   median    p90   signed  band-cov');
    for (const b of accuracyByBackend(report)) {
      console.log(`${`${b.metric} ${b.backend}`.padEnd(30)} ${String(b.n).padStart(3)}  ${f(b.medianAbsPctErr)} ${f(b.p90AbsPctErr)} ${f(b.medianSignedPctErr)}  ${f(b.bandCoverage * 100)}`);
    }
  }
  if (process.argv.includes('--points')) {
    for (const p of report.points) {
      const e = ((p.predicted - p.measured) / p.measured) * 100;
      console.log(`${p.metric.padEnd(8)} ${(p.backend ?? '').padEnd(9)} ${e.toFixed(1).padStart(7)}%  meas ${p.measured.toPrecision(5)} pred ${p.predicted.toPrecision(5)}  ${p.label}`);
    }
  }
}
