import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldErrorsOf } from '@/lib/schemas/admin';
import { artifactSchema, FIGURE_GROUPS, hardwareSchema, latestCalendarDate, measurementSchema, modelSchema, priceSchema } from '@/lib/schemas/catalog';
import { HARDWARE_LIMITS, MEASUREMENT_LIMITS, MODEL_LIMITS } from '@/lib/schemas/physical-limits';

// The catalog schemas hold every number to its physical range and every text to characters that
// display as stored: the one gate for forms, imports and seed files.

const seed = (file: string) => JSON.parse(readFileSync(`prisma/seed/${file}`, 'utf8')) as Record<string, unknown>[];
const model = seed('models.json').find((m) => m.slug === 'llama-3.1-8b-instruct')!;
const hardware = seed('hardware.json').find((h) => h.slug === 'geforce-rtx-3060-12gb')!;
const measurement = seed('measurements.json')[0]!;
const artifact = seed('artifacts.json').find((a) => a.fileBytes !== null)!;

const withArchitecture = (field: string, value: unknown) => ({ ...model, architecture: { ...(model.architecture as object), [field]: value } });
const errorsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrorsOf(result.error as never));

describe('physical ranges on catalog numbers', () => {
  // The record's own ranges are tested field by field in lib/architecture; here, that the catalog
  // schema applies them at their paths, with the limits of lib/schemas/physical-limits.ts.
  it.each([
    ['hiddenSize', MODEL_LIMITS.hiddenSize],
    ['vocabSize', MODEL_LIMITS.vocabSize],
    ['attention.headDim', MODEL_LIMITS.headDim],
    ['context.nativeTokens', MODEL_LIMITS.contextLength],
  ] as const)('architecture.%s: %s is accepted, one more is refused', (field, limit) => {
    const [outer, inner] = field.split('.') as [string, string | undefined];
    const arch = model.architecture as Record<string, Record<string, unknown>>;
    const at = (value: number) => ({ ...model, architecture: { ...arch, [outer]: inner ? { ...arch[outer], [inner]: value } : value } });
    expect(errorsOf(modelSchema.safeParse(at(limit)))).toEqual({});
    expect(errorsOf(modelSchema.safeParse(at(limit + 1)))).toHaveProperty(`architecture.${field}`);
  });

  it.each([10_000_000, 1e9, 1e308, 2 ** 31])('an editor cannot store layers = %s', (layers) => {
    expect(errorsOf(modelSchema.safeParse(withArchitecture('layers', layers)))).toHaveProperty('architecture.layers');
  });

  it('a cross-field error names both fields by the labels the form shows', () => {
    expect(errorsOf(modelSchema.safeParse({ ...model, activeParams: Number(model.totalParams) * 2 }))).toHaveProperty('activeParams', 'Active parameters cannot exceed total parameters');
  });

  it('parameters, hardware and measurement figures have upper bounds too', () => {
    expect(errorsOf(modelSchema.safeParse({ ...model, totalParams: MODEL_LIMITS.params * 2, activeParams: 1 }))).toHaveProperty('totalParams');
    // Each hardware column with the limit that bounds it (the per-path peaks share one).
    const peakColumns = ['fp32VectorTflops', 'fp16VectorTflops', 'fp16TensorTflops', 'fp16AccTensorTflops', 'bf16TensorTflops', 'int8TensorTops', 'fp8TensorTflops', 'fp4TensorTflops'] as const;
    const bounded: [string, number][] = [
      ['memoryBytes', HARDWARE_LIMITS.memoryBytes], ['bandwidthGBps', HARDWARE_LIMITS.bandwidthGBps], ['fp16Tflops', HARDWARE_LIMITS.fp16Tflops],
      ['launchPriceUsd', HARDWARE_LIMITS.launchPriceUsd], ['cores', HARDWARE_LIMITS.cores], ...peakColumns.map((c): [string, number] => [c, HARDWARE_LIMITS.peakTflops]),
    ];
    for (const [field, limit] of bounded) {
      const row = { ...hardware, [field]: limit, ...(field === 'launchPriceUsd' ? { launchPriceScope: 'card' } : {}) };
      expect(errorsOf(hardwareSchema.safeParse(row)), field).toEqual({});
      expect(errorsOf(hardwareSchema.safeParse({ ...row, [field]: limit * 2 })), field).toHaveProperty(field);
    }
    const price = { slug: 'p', hardware: 'h', condition: 'new', scope: 'card', usdLow: 1, observedOn: '2026-11', sourceUrl: 'https://example.com/p' };
    expect(errorsOf(priceSchema.safeParse({ ...price, usdHigh: HARDWARE_LIMITS.streetPriceUsd }))).toEqual({});
    expect(errorsOf(priceSchema.safeParse({ ...price, usdHigh: HARDWARE_LIMITS.streetPriceUsd * 2 }))).toHaveProperty('usdHigh');
    expect(errorsOf(measurementSchema.safeParse({ ...measurement, depthTokens: MEASUREMENT_LIMITS.tokens + 1 }))).toHaveProperty('depthTokens');
    expect(errorsOf(measurementSchema.safeParse({ ...measurement, deviceCount: MEASUREMENT_LIMITS.deviceCount + 1 }))).toHaveProperty('deviceCount');
  });

  it('every seed row is inside the ranges', () => {
    for (const row of seed('models.json')) expect(errorsOf(modelSchema.safeParse(row)), String(row.slug)).toEqual({});
    for (const row of seed('hardware.json')) expect(errorsOf(hardwareSchema.safeParse(row)), String(row.slug)).toEqual({});
    for (const row of [...seed('measurements.json'), ...seed('measurements-reference.json')]) expect(errorsOf(measurementSchema.safeParse(row))).toEqual({});
  });
});

describe('text fields refuse control and bidirectional-override characters', () => {
  const forbidden = fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u061c', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069');

  it('anywhere in a one-line field (name) or a multi-line field (notes), or in a source URL', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), forbidden, fc.string({ maxLength: 20 }), (before, bad, after) => {
        const text = `${before}${bad}${after}`;
        expect(errorsOf(hardwareSchema.safeParse({ ...hardware, name: `GPU ${text}` }))).toHaveProperty('name');
        expect(errorsOf(hardwareSchema.safeParse({ ...hardware, notes: text }))).toHaveProperty('notes');
        expect(errorsOf(hardwareSchema.safeParse({ ...hardware, sourceUrl: `https://example.com/${text}` }))).toHaveProperty('sourceUrl');
      }),
      { numRuns: 300 },
    );
  });

  it('line breaks and tabs are fine in multi-line fields, not in names', () => {
    expect(errorsOf(hardwareSchema.safeParse({ ...hardware, notes: 'first line\r\nsecond\tline' }))).toEqual({});
    expect(errorsOf(hardwareSchema.safeParse({ ...hardware, name: 'two\nlines' }))).toHaveProperty('name');
    expect(errorsOf(hardwareSchema.safeParse({ ...hardware, name: 'Über-GPU — 日本語 ✓' }))).toEqual({});
  });
});

describe('provenance per figure group', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const records = { models: { schema: modelSchema, row: model }, artifacts: { schema: artifactSchema, row: artifact }, hardware: { schema: hardwareSchema, row: hardware } };
  const cases = Object.entries(FIGURE_GROUPS).flatMap(([entity, groups]) => groups.map((group) => [entity as keyof typeof FIGURE_GROUPS, group] as const));

  it.each(cases)('%s %s: a verified date needs its source URL; no date needs none', (entity, group) => {
    const { schema, row } = records[entity];
    const source = `${group}SourceUrl`;
    const verified = `${group}VerifiedAt`;
    const withSource = { ...row, [source]: 'https://example.com/spec', [verified]: '2026-11-01' };
    expect(errorsOf(schema.safeParse(withSource))).toEqual({});
    expect(errorsOf(schema.safeParse({ ...row, [verified]: null }))).toEqual({});
    // paramsSourceUrl is required on its own; the other sources may be empty, not with a date.
    if (group !== 'params') {
      // An artifact's size needs its source anyway: without a size, only the date is left to refuse.
      const emptied = { ...withSource, [source]: null, ...(entity === 'artifacts' ? { fileBytes: null } : {}) };
      expect(errorsOf(schema.safeParse(emptied))).toEqual({ [verified]: expect.stringMatching(/needs its source URL/) });
    }
  });

  it('a record written before the groups existed reads with every new date empty, not checked', () => {
    const { paramsVerifiedAt: _p, architectureSourceUrl: _s, architectureVerifiedAt: _a, ...old } = model;
    const parsed = modelSchema.parse(old);
    expect([parsed.paramsVerifiedAt, parsed.architectureSourceUrl, parsed.architectureVerifiedAt]).toEqual([null, null, null]);
    const { fileBytesVerifiedAt: _f, ...oldArtifact } = artifact;
    expect(artifactSchema.parse(oldArtifact).fileBytesVerifiedAt).toBeNull();
  });

  it('the latest calendar day on Earth is UTC+14: it turns at 10:00 UTC', () => {
    expect(latestCalendarDate(Date.parse('2026-11-30T09:59:59Z'))).toBe('2026-11-30');
    expect(latestCalendarDate(Date.parse('2026-11-30T10:00:00Z'))).toBe('2026-12-01');
  });

  it('a "verified on" in the future for everyone is refused, in a group and on the record; a day that exists somewhere is not', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T12:00:00Z'));
    const row = { ...model, architectureSourceUrl: 'https://example.com/config.json' };
    expect(errorsOf(modelSchema.safeParse({ ...row, architectureVerifiedAt: '2026-12-01' }))).toEqual({});
    expect(errorsOf(modelSchema.safeParse({ ...row, architectureVerifiedAt: '2026-12-02' }))).toEqual({ architectureVerifiedAt: expect.stringMatching(/future/) });
    expect(errorsOf(hardwareSchema.safeParse({ ...hardware, memoryVerifiedAt: '2027-01-01' }))).toHaveProperty('memoryVerifiedAt');
    expect(errorsOf(modelSchema.safeParse({ ...model, verifiedAt: '2026-12-02' }))).toHaveProperty('verifiedAt');
    expect(errorsOf(artifactSchema.safeParse({ ...artifact, fileBytesVerifiedAt: '2026-02-30' }))).toHaveProperty('fileBytesVerifiedAt');
  });
});
