import { describe, expect, it } from 'vitest';
import { MAX_BATCH } from '@/lib/schemas/estimate';
import { SEED_LOOKUP as SAMPLE_CATALOG } from '@/tests/support/seed-catalog';
import { parseEstimateRequest, runEstimateRequests } from './request';
import type { Estimate } from './types';

const ok = { model: { slug: 'llama-3.1-8b-instruct' }, quant: 'q4_k_m', hardware: { devices: [{ slug: 'geforce-rtx-4090' }], systemMemoryBytes: 68719476736 } };

describe('parseEstimateRequest', () => {
  it('resolves slugs and normalizes the quant; what the request leaves out stays out of the choice (the builder fills it)', () => {
    const r = parseEstimateRequest(ok, SAMPLE_CATALOG);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.choice.quant).toBe('Q4_K_M');
    expect(r.choice.model.slug).toBe('llama-3.1-8b-instruct');
    expect(r.choice.runtime).toBe('llama.cpp');
    expect(r.choice.hardware?.devices[0]?.slug).toBe('geforce-rtx-4090');
    expect(r.choice).not.toHaveProperty('contextTokens');
    expect(r.choice).not.toHaveProperty('kvCacheType');
    expect(r.choice).not.toHaveProperty('flashAttention');
  });

  it('picks the format\'s runtime when none is named: vLLM for AWQ, MLX for MLX files', () => {
    const awq = parseEstimateRequest({ ...ok, quant: 'awq-int4' }, SAMPLE_CATALOG);
    const mlx = parseEstimateRequest({ ...ok, quant: 'MLX-4BIT', hardware: undefined }, SAMPLE_CATALOG);
    expect(awq.ok && awq.choice.runtime).toBe('vllm');
    expect(mlx.ok && mlx.choice.runtime).toBe('mlx');
  });

  it('a custom architecture without a context length: 131,072 tokens assumed, and the answer says so', () => {
    const custom = { model: { architecture: { totalParams: 1e9, layers: 16, hiddenSize: 2048, attentionHeads: 16, kvHeads: 4, vocabSize: 32000 } }, quant: 'Q8_0' };
    const e = runEstimateRequests(custom, SAMPLE_CATALOG).body as Estimate;
    expect(e.contextTokens).toBe(131072);
    expect(e.assumptions).toContain("The model's context length is not given: 131,072 tokens assumed (it caps the context and sizes the runtime's default).");
    const stated = runEstimateRequests({ ...custom, model: { architecture: { ...custom.model.architecture, contextLength: 4096 } } }, SAMPLE_CATALOG).body as Estimate;
    expect(stated.contextTokens).toBe(4096);
  });

  it('an artifact names the file: its format is the quant, its size the weights', () => {
    const r = parseEstimateRequest({ model: ok.model, artifact: 'llama-3.1-8b-instruct-q8-0-llama.cpp' }, SAMPLE_CATALOG);
    expect(r.ok && r.choice.quant).toBe('Q8_0');
    expect(r.ok && r.choice.artifactSlug).toBe('llama-3.1-8b-instruct-q8-0-llama.cpp');
    const e = runEstimateRequests({ model: ok.model, artifact: 'llama-3.1-8b-instruct-q8-0-llama.cpp' }, SAMPLE_CATALOG).body as Estimate;
    expect(e.fileBytes).toBe(8536247501);
  });

  it.each([
    [{ ...ok, hardware: { devices: [{ kind: 'nvidia', memoryBytes: -1, bandwidthGBps: 100 }] } }, 'hardware.devices[0].memoryBytes'],
    [{ ...ok, hardware: { devices: [{ kind: 'nvidia', bandwidthGBps: 100 }] } }, 'hardware.devices[0].memoryBytes'],
    [{ ...ok, model: { slug: 'no-such-model' } }, 'model.slug'],
    [{ ...ok, hardware: { devices: [{ slug: 'no-such-gpu' }] } }, 'hardware.devices[0].slug'],
    [{ ...ok, quant: 'Q4_K_X' }, 'quant'],
    [{ model: ok.model }, 'quant'],
    [{ quant: 'Q4_K_M' }, 'model'],
    [{ ...ok, contextTokens: -5 }, 'contextTokens'],
    [{ ...ok, extra: 1 }, 'extra'],
    [{ ...ok, model: {} }, 'model.slug'],
    [{ ...ok, model: { architecture: { totalParams: 1e9 } } }, 'model.architecture.layers'],
    [{ ...ok, hardware: { devices: Array.from({ length: 101 }, () => ({ slug: 'geforce-rtx-4090' })) } }, 'hardware.devices'],
    [{ ...ok, runtime: 'tensorrt' }, 'runtime'],
    [{ ...ok, artifact: 'no-such-file' }, 'artifact'],
    [{ ...ok, artifact: 'qwen3-8b-q4-k-m-qwen' }, 'artifact'],
    [{ ...ok, artifact: 'llama-3.1-8b-instruct-q8-0-llama.cpp' }, 'artifact'],
  ])('rejects %j naming %s', (req, field) => {
    const r = parseEstimateRequest(req, SAMPLE_CATALOG);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe(field);
      expect(r.error.message.length).toBeGreaterThan(0);
    }
  });
});

describe('runEstimateRequests', () => {
  it('single object → status 0 and an estimate', () => {
    const r = runEstimateRequests(ok, SAMPLE_CATALOG);
    expect(r.status).toBe(0);
    const e = r.body as Estimate;
    expect(e.fit).toBe('full-gpu');
    expect(e.fileBytesSource).toBe('catalog');
  });

  it('array → array of estimates', () => {
    const r = runEstimateRequests([ok, { ...ok, quant: 'Q8_0' }], SAMPLE_CATALOG);
    expect(r.status).toBe(0);
    expect((r.body as Estimate[]).map((e) => e.quant)).toEqual(['Q4_K_M', 'Q8_0']);
  });

  it('invalid item → status 2 naming the index and field', () => {
    const r = runEstimateRequests([ok, { ...ok, quant: 'nope' }], SAMPLE_CATALOG);
    expect(r.status).toBe(2);
    expect(r.body).toMatchObject({ error: { field: '[1].quant', index: 1 } });
  });

  it(`answers ${MAX_BATCH} requests, and refuses one more naming the limit`, () => {
    const light = { model: ok.model, quant: 'Q4_K_M', contextTokens: 4096 };
    const full = runEstimateRequests(Array.from({ length: MAX_BATCH }, () => light), SAMPLE_CATALOG);
    expect(full.status).toBe(0);
    expect(full.body).toHaveLength(MAX_BATCH);
    const r = runEstimateRequests(Array.from({ length: MAX_BATCH + 1 }, () => light), SAMPLE_CATALOG);
    expect(r.status).toBe(2);
    expect(r.body).toEqual({ error: { field: '(root)', message: `at most ${MAX_BATCH} requests per batch, got ${MAX_BATCH + 1}` } });
  });

  it('output is JSON-serializable', () => {
    const r = runEstimateRequests(ok, SAMPLE_CATALOG);
    expect(JSON.parse(JSON.stringify(r.body))).toEqual(r.body);
  });
});
