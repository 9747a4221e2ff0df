import { describe, expect, it } from 'vitest';
import { loadSeedData } from '@/lib/data/catalog-seed';
import { loadConfigSources, loadModelConfigLinks, loadUnsizedModels, readConfigFixture } from './config-fixtures';
import { artifactSizeProblems, coverageReport, formatCoverageReport, hardwareProblems, modelConfigProblems, modelProvenanceProblems, priceProblems } from './coverage';

// The catalog check (issue 13 item 5): run on the committed seed files and config fixtures, and on
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

describe('model catalog check', () => {
  const links = loadModelConfigLinks();
  const qwen = seed.models.find((m) => m.slug === 'qwen3-8b')!;
  const qwenLink = links.find((l) => l.model === 'qwen3-8b')!;

  it('every model names one config fixture, and its architecture is what that config parses to', () => {
    expect(modelConfigProblems(seed.models, links, readConfigFixture)).toEqual([]);
  });

  it('at least 110 models, 30 of them released in 2026, the newest within three months of today', () => {
    expect(seed.models.length).toBeGreaterThanOrEqual(110);
    expect(seed.models.filter((m) => m.releaseDate?.startsWith('2026')).length).toBeGreaterThanOrEqual(30);
    const newest = seed.models.map((m) => m.releaseDate ?? '').sort().at(-1)!;
    expect(newest >= '2026-08-30', newest).toBe(true);
  });

  it.each([
    ['a model with no fixture', [], /no config fixture/],
    ['a fixture that does not exist', [{ ...qwenLink, file: 'nope__nope.json' }], /does not exist/],
    ['a path instead of a file name', [{ ...qwenLink, file: '../hf-hub/SOURCES.csv' }], /does not exist/],
    ['a sibling config without a reason', [{ ...qwenLink, relation: 'sibling', why: '' }], /needs the reason/],
    ['an unknown relation', [{ ...qwenLink, relation: 'cousin', why: 'x' }], /not one of/],
    ['a documented window without a reason', [{ ...qwenLink, window: 'documented', why: '' }], /needs its reason/],
    ['another model\'s config', [{ ...qwenLink, file: 'Qwen__Qwen3-14B.json' }], /differs from what/],
  ])('refuses %s', (_label, rowLinks, problem) => {
    const problems = modelConfigProblems([qwen], rowLinks, readConfigFixture);
    expect(problems.map((p) => p.problem).join('\n')).toMatch(problem);
  });

  it('every model has a download of published size, or the reason none was found', () => {
    expect(artifactSizeProblems(seed.models, seed.artifacts, loadUnsizedModels())).toEqual([]);
  });

  it('refuses an unsized model with no reason, and a listed model that has a size now', () => {
    const unsized = seed.artifacts.filter((a) => a.model !== 'qwen3-8b' || a.fileBytes === null);
    expect(artifactSizeProblems([qwen], unsized, [])[0]?.problem).toMatch(/no reason/);
    expect(artifactSizeProblems([qwen], seed.artifacts, [{ model: 'qwen3-8b', reason: 'x', checkedOn: '2026-11-30' }])[0]?.problem).toMatch(/take it off/);
  });

  it('a documented native window may differ from the config, with its reason', () => {
    const shorter = { ...qwen, architecture: { ...qwen.architecture, context: { ...qwen.architecture.context, nativeTokens: 4096 } } };
    expect(modelConfigProblems([shorter], [{ ...qwenLink, window: 'documented', why: 'the card says 4k' }], readConfigFixture)).toEqual([]);
  });

  it('ignores the publisher\'s documented extension, but not a changed native window', () => {
    const extended = { ...qwen, architecture: { ...qwen.architecture, context: { ...qwen.architecture.context, extendedTokens: 131072, extension: { method: 'yarn' as const, factor: 4, originalTokens: 32768 } } } };
    expect(modelConfigProblems([extended], [qwenLink], readConfigFixture)).toEqual([]);
    const shorter = { ...qwen, architecture: { ...qwen.architecture, context: { ...qwen.architecture.context, nativeTokens: 4096 } } };
    expect(modelConfigProblems([shorter], [qwenLink], readConfigFixture)[0]?.problem).toMatch(/differs/);
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
    expect(sum(report.models.byPublisher)).toBe(seed.models.length);
    expect(report.models.withSizedArtifact + report.models.withoutSizedArtifact.length).toBe(seed.models.length);
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
    expect(text).toMatch(/by publisher:/);
    expect(text).toMatch(/Catalog check: no problems/);
  });
});

describe('model provenance check', () => {
  const links = loadModelConfigLinks();
  const sources = loadConfigSources();
  const qwen = seed.models.find((m) => m.slug === 'qwen3-8b')!;
  const phi = seed.models.find((m) => m.slug === 'phi-4')!;

  it('every seed model names where its architecture was read', () => {
    expect(modelProvenanceProblems(seed.models, links, sources)).toEqual([]);
  });

  it.each([
    ['no architecture source', { ...qwen, architectureSourceUrl: null, architectureVerifiedAt: null }, /has no source URL/],
    ['a source other than where the fixture was read', { ...qwen, architectureSourceUrl: 'https://huggingface.co/Qwen/Qwen3-8B/blob/main/config.json' }, /not where .* was read/],
    ['a date on an address nobody read (the copy had none)', { ...phi, architectureVerifiedAt: '2026-11-29' }, /no "verified on"/],
    ['a page instead of the config.json a copy with no address transcribes', { ...phi, architectureSourceUrl: 'https://huggingface.co/microsoft/phi-4' }, /config\.json it transcribes/],
  ])('flags %s', (_, row, problem) => {
    const problems = modelProvenanceProblems([row], links, sources);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toMatch(problem);
  });
});
