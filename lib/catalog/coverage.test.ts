import { describe, expect, it } from 'vitest';
import { loadSeedData } from '@/lib/data/catalog-seed';
import { coverageReport, formatCoverageReport, hardwareProblems, priceProblems } from './coverage';

// The catalog check (issue 13 item 5), hardware half: run on the committed seed files, and on
// rows broken on purpose to show each rule can fail.

const seed = loadSeedData();
const rtx3060 = seed.hardware.find((h) => h.slug === 'geforce-rtx-3060-12gb')!;
const cpu = seed.hardware.find((h) => h.kind === 'cpu')!;

describe('hardware catalog check', () => {
  it('every seed hardware row has its figures and sources', () => {
    expect(hardwareProblems(seed.hardware)).toEqual([]);
  });

  it('every street price names a catalog device and a scope that exists for it', () => {
    expect(priceProblems(seed.prices, seed.hardware)).toEqual([]);
  });

  it.each([
    ['a figure group without a source', { ...rtx3060, bandwidthSourceUrl: null }, /bandwidth has no source/],
    ['an empty compute figure with no reason', { ...rtx3060, fp8TensorTflops: null, figureNotes: rtx3060.figureNotes.filter((n) => n.field !== 'fp8TensorTflops') }, /fp8TensorTflops is empty/],
    ['a compute figure with no source', { ...rtx3060, computeSourceUrl: null, figureNotes: [] }, /fp16Tflops has no source/],
    ['a form factor that does not exist', { ...rtx3060, formFactor: 'system' as const }, /form factor "system"/],
    ['a launch price without a source', { ...rtx3060, launchPriceUsd: 329, launchPriceScope: 'card' as const, priceSourceUrl: null }, /launch price has no source/],
    ['a CPU without cores', { ...cpu, cores: null }, /core count/],
  ])('refuses %s', (_label, row, problem) => {
    const problems = hardwareProblems([row]);
    expect(problems.map((p) => p.problem).join('\n')).toMatch(problem);
  });

  it('refuses a card-only price for a whole system', () => {
    const spark = seed.hardware.find((h) => h.kind === 'unified')!;
    const price = { ...seed.prices[0]!, hardware: spark.slug, scope: 'card' as const };
    expect(priceProblems([price], seed.hardware)[0]?.problem).toMatch(/whole system/);
  });
});

describe('coverage report', () => {
  const report = coverageReport(seed);

  it('counts every row once in each dimension', () => {
    const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    expect(sum(report.hardware.byKind)).toBe(seed.hardware.length);
    expect(sum(report.hardware.byVendor)).toBe(seed.hardware.length);
    expect(sum(report.hardware.computeBasis)).toBe(seed.hardware.length);
    expect(sum(report.models.byFamily)).toBe(seed.models.length);
    expect(sum(report.models.byReleaseYear)).toBe(seed.models.length);
  });

  it('has the machines issue 13 names', () => {
    const slugs = new Set(seed.hardware.map((h) => h.slug));
    for (const slug of ['nvidia-dgx-spark-128gb', 'jetson-agx-thor-128gb', 'ryzen-ai-max-plus-395-32gb', 'ryzen-ai-max-plus-395-64gb', 'ryzen-ai-max-plus-395-128gb', 'raspberry-pi-5-8gb']) {
      expect(slugs, slug).toContain(slug);
    }
    expect(report.hardware.byFormFactor.laptop).toBeGreaterThanOrEqual(5);
  });

  it('prints each dimension and the check result', () => {
    const text = formatCoverageReport(report, []);
    expect(text).toMatch(/by vendor:/);
    expect(text).toMatch(/by release year:/);
    expect(text).toMatch(/Catalog check: no problems/);
  });
});
