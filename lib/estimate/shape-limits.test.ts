import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_LIMITS } from '../schemas/physical-limits';
import { SEED_CATALOG, SEED_LOOKUP, seedModel } from '@/tests/support/seed-catalog';
import { estimateChoice } from './choice';
import { parseEstimateRequest, runEstimateRequests } from './request';
import { ShapeRangeError, modelShapeProblem } from './shape-limits';
import type { CatalogLookup, ModelSpec } from './types';

const llama = seedModel('llama-3.1-8b-instruct');
const SAMPLE_CATALOG = SEED_LOOKUP;
const architecture = { totalParams: 8e9, layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, vocabSize: 128256 };

/** The seed catalog with one model's stored shape replaced, as a row written before the ranges existed. */
function catalogWith(model: ModelSpec): CatalogLookup {
  return { ...SAMPLE_CATALOG, model: (slug) => (slug === model.slug ? model : SAMPLE_CATALOG.model(slug)) };
}

describe('physical ranges in the estimator', () => {
  it('accepts every catalog architecture', () => {
    for (const model of SEED_CATALOG.models) expect(modelShapeProblem(model), model.slug).toBeNull();
  });

  /** The model with one value of its stored record replaced ("attention.kvHeads" reaches into a spec). */
  const withValue = (field: string, value: number): ModelSpec => {
    if (field === 'totalParams') return { ...llama, totalParams: value };
    const [outer, inner] = field.split('.') as [string, string | undefined];
    const arch = llama.architecture as unknown as Record<string, unknown>;
    const replaced = inner ? { ...arch, [outer]: { ...(arch[outer] as object), [inner]: value } } : { ...arch, [outer]: value };
    return { ...llama, architecture: replaced as unknown as ModelSpec['architecture'] };
  };

  it.each([
    ['architecture.layers', 10_000_000],
    ['architecture.layers', 1e9],
    ['architecture.layers', 1e308],
    ['architecture.hiddenSize', MODEL_LIMITS.hiddenSize + 1],
    ['architecture.vocabSize', 2 ** 31],
    ['totalParams', 1e14],
    ['architecture.layers', 0],
    ['architecture.layers', 31.5],
    ['architecture.attention.kvHeads', Number.NaN],
  ] as const)('refuses %s = %s by name, before estimating', (field, value) => {
    const model = withValue(field.replace(/^architecture\./, ''), value);
    expect(modelShapeProblem(model)?.field).toBe(field);
    expect(() => estimateChoice({ model, quant: 'Q4_K_M', runtime: 'llama.cpp', hardware: null, contextTokens: 4096 })).toThrow(ShapeRangeError);
    // With hardware and no context, the builder would search the longest context that fits: refused before that too.
    expect(() => estimateChoice({ model, quant: 'Q4_K_M', runtime: 'llama.cpp', hardware: { devices: [{ name: 'GPU', kind: 'nvidia', memoryBytes: 24 * 2 ** 30, bandwidthGBps: 1000, fp16Tflops: 100 }] } })).toThrow(ShapeRangeError);
  });

  it('answers a clear 400 naming the field for a catalog entry stored out of range', () => {
    const broken = { ...llama, architecture: { ...llama.architecture, layers: 10_000_000 } };
    const result = runEstimateRequests({ model: { slug: broken.slug }, quant: 'Q4_K_M' }, catalogWith(broken));
    expect(result.status).toBe(2);
    expect(result.body).toEqual({ error: { field: 'model.slug', message: expect.stringMatching(/cannot be estimated: .*(1000|too big)/i) } });
  });

  it.each([
    ['layers', 1001],
    ['hiddenSize', 65_537],
    ['vocabSize', 1e9],
    ['attentionHeads', 1e308],
    ['totalParams', 1e14],
  ] as const)('refuses a requested architecture with %s = %s, naming the field', (field, value) => {
    const r = parseEstimateRequest({ model: { architecture: { ...architecture, [field]: value } }, quant: 'Q4_K_M' }, SAMPLE_CATALOG);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe(`model.architecture.${field}`);
  });

  it('every shape the request schema accepts is one the estimator accepts (one table for both)', () => {
    const count = (max: number) => fc.integer({ min: 1, max });
    fc.assert(
      fc.property(
        fc.record({ layers: count(MODEL_LIMITS.layers), hiddenSize: count(MODEL_LIMITS.hiddenSize), heads: count(MODEL_LIMITS.attentionHeads), vocabSize: count(MODEL_LIMITS.vocabSize) }),
        ({ layers, hiddenSize, heads, vocabSize }) => {
          const r = parseEstimateRequest({ model: { architecture: { totalParams: 1e9, layers, hiddenSize, attentionHeads: heads, kvHeads: heads, headDim: 128, vocabSize } }, quant: 'Q8_0' }, SAMPLE_CATALOG);
          expect(r.ok).toBe(true);
          if (r.ok) expect(modelShapeProblem(r.choice.model)).toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });
});
