import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/schemas/admin';
import { hardwareSchema, measurementSchema, modelSchema, priceSchema } from '@/lib/schemas/catalog';
import { HARDWARE_LIMITS, MEASUREMENT_LIMITS, MODEL_LIMITS } from '@/lib/schemas/physical-limits';

// The catalog schemas hold every number to its physical range and every text to characters that
// display as stored: the one gate for forms, imports and seed files.

const seed = (file: string) => JSON.parse(readFileSync(`prisma/seed/${file}`, 'utf8')) as Record<string, unknown>[];
const model = seed('models.json').find((m) => m.slug === 'llama-3.1-8b-instruct')!;
const hardware = seed('hardware.json').find((h) => h.slug === 'geforce-rtx-3060-12gb')!;
const measurement = seed('measurements.json')[0]!;

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
    for (const row of seed('measurements.json')) expect(errorsOf(measurementSchema.safeParse(row))).toEqual({});
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
