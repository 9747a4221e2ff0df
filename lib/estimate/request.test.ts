import { describe, expect, it } from 'vitest';
import { parseEstimateRequest, runEstimateRequests } from './request';
import { SAMPLE_CATALOG } from './sample-specs';
import type { Estimate } from './types';

const ok = { model: { slug: 'llama-3.1-8b-instruct' }, quant: 'q4_k_m', hardware: { devices: [{ slug: 'geforce-rtx-4090' }], systemMemoryBytes: 68719476736 } };

describe('parseEstimateRequest', () => {
  it('resolves slugs, normalizes the quant and applies defaults', () => {
    const r = parseEstimateRequest(ok, SAMPLE_CATALOG);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.quant).toBe('Q4_K_M');
    expect(r.input.contextTokens).toBe(8192);
    expect(r.input.depthTokens).toBe(0);
    expect(r.input.kvCacheType).toBe('f16');
    expect(r.input.parallel).toBe(1);
    expect(r.input.runtime).toBe('llama.cpp');
    expect(r.input.fileBytes).toBe(4917737554);
  });

  it('default context is min(8192, model context)', () => {
    const r = parseEstimateRequest(
      { model: { architecture: { totalParams: 1e9, layers: 16, hiddenSize: 2048, attentionHeads: 16, kvHeads: 4, vocabSize: 32000, contextLength: 4096 } }, quant: 'Q8_0' },
      SAMPLE_CATALOG,
    );
    expect(r.ok && r.input.contextTokens).toBe(4096);
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

  it('more than 100 requests → status 2', () => {
    const r = runEstimateRequests(Array.from({ length: 101 }, () => ok), SAMPLE_CATALOG);
    expect(r.status).toBe(2);
    expect(r.body).toMatchObject({ error: { field: '(root)' } });
  });

  it('output is JSON-serializable', () => {
    const r = runEstimateRequests(ok, SAMPLE_CATALOG);
    expect(JSON.parse(JSON.stringify(r.body))).toEqual(r.body);
  });
});
