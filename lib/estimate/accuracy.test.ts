// Accuracy targets asserted on the repo copy of the calibration set (tests run on Node; the
// library itself never touches the file system).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACCURACY_TARGETS, computeAccuracy, type MetricName } from './accuracy';
import { parseCsv } from './csv';

const dir = fileURLToPath(new URL('../../fixtures/reference/', import.meta.url));
const read = (f: string) => parseCsv(readFileSync(dir + f, 'utf8'));
const base = { arch: read('arch.csv'), ggufSizes: read('gguf_sizes.csv'), measuredMemory: read('measured_memory.csv') };
// Combined calibration set: speed.csv plus the CPU / ROCm / Vulkan / SYCL rows of speed_extra.csv.
const report = computeAccuracy({ ...base, speed: [...read('speed.csv'), ...read('speed_extra.csv')] });
const oldReport = computeAccuracy({ ...base, speed: read('speed.csv') });
const metric = (m: MetricName) => report.metrics.find((x) => x.metric === m)!;

describe('accuracy on fixtures/reference', () => {
  it.each(Object.entries(ACCURACY_TARGETS) as [MetricName, { median: number; p90: number | null }][])('%s meets its target', (name, t) => {
    const m = metric(name);
    expect(m.n).toBeGreaterThan(5);
    expect(m.medianAbsPctErr).toBeLessThanOrEqual(t.median);
    if (t.p90 !== null) expect(m.p90AbsPctErr).toBeLessThanOrEqual(t.p90);
  });

  it.each(['decode', 'prefill'] as const)('%s band holds the measurement ≥ 80 %% of the time', (name) => {
    expect(metric(name).bandCoverage!).toBeGreaterThanOrEqual(0.8);
  });

  it.each(['fileSize', 'llamaCppMemory', 'decode', 'prefill'] as const)('%s beats the naive formula', (name) => {
    expect(metric(name).medianAbsPctErr).toBeLessThan(metric(name).naiveMedianAbsPctErr);
  });

  it.each(['decode', 'prefill'] as const)('%s still meets its target on speed.csv alone', (name) => {
    const m = oldReport.metrics.find((x) => x.metric === name)!;
    const t = ACCURACY_TARGETS[name]!;
    expect(m.medianAbsPctErr).toBeLessThanOrEqual(t.median);
    if (t.p90 !== null) expect(m.p90AbsPctErr).toBeLessThanOrEqual(t.p90);
    expect(m.bandCoverage!).toBeGreaterThanOrEqual(0.8);
  });

  it('scores every speed_extra.csv row', () => {
    const extra = read('speed_extra.csv');
    const measurements = extra.reduce((a, r) => a + (Number(r.tg_tps) > 0 ? 1 : 0) + (Number(r.pp_tps) > 0 ? 1 : 0), 0);
    const n = (r: typeof report) => r.points.filter((p) => p.metric === 'decode' || p.metric === 'prefill').length;
    expect(n(report) - n(oldReport)).toBe(measurements);
  });

  it('maps most rows and counts the rest', () => {
    const skipped = report.skipped.reduce((a, s) => a + s.count, 0);
    expect(report.points.length).toBeGreaterThan(400);
    expect(skipped).toBeLessThan(80);
  });
});

describe('csv parser', () => {
  it('handles quotes, commas and doubled quotes', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n')).toEqual([{ a: 'x, y', b: 'say "hi"' }]);
  });
});
