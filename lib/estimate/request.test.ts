import { readFileSync } from 'node:fs';
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

const fixtureConfig = (file: string) => JSON.parse(readFileSync(`fixtures/hf-configs/${file}`, 'utf8')) as Record<string, unknown>;
const GiB = 2 ** 30;

describe('the architecture record through the API (issue 12)', () => {
  it('an MoE given its dense intermediate size is not estimated at several times its own total: a warning, and the expert width that agrees', () => {
    // Qwen3-30B-A3B's shape with config.json's dense `intermediate_size` (6144) where the expert
    // width (768) belongs: 48 layers × 128 experts × 3 × 2048 × 6144 alone is 232B parameters.
    const architecture = {
      totalParams: 30.5e9, layers: 48, hiddenSize: 2048, intermediateSize: 6144, attentionHeads: 32, kvHeads: 4, headDim: 128,
      vocabSize: 151936, contextLength: 40960, experts: { total: 128, active: 8 },
    };
    const r = runEstimateRequests({ model: { architecture }, quant: 'F16', contextTokens: 4096 }, SAMPLE_CATALOG);
    expect(r.status).toBe(0);
    const e = r.body as Estimate;
    expect(e.warnings.join(' ')).toMatch(/published 30\.5B/);
    expect(e.warnings.join(' ')).toMatch(/expert width 768/);
    // 30.5B at 2 bytes: about 61 GB of weights, not 250+.
    expect(e.fileBytes).toBeGreaterThan(58e9);
    expect(e.fileBytes).toBeLessThan(64e9);
  });

  it('a consistent architecture carries no such warning', () => {
    const r = runEstimateRequests({ model: { slug: 'qwen3-30b-a3b' }, quant: 'Q4_K_M', contextTokens: 4096 }, SAMPLE_CATALOG);
    expect((r.body as Estimate).warnings.join(' ')).not.toMatch(/published/);
  });

  it('Qwen3-Next-80B-A3B from its config.json at 128k: 3 GiB of KV for its 12 attention layers plus the recurrent state of the other 36, total within 2 % of 80B', () => {
    const r = runEstimateRequests({ model: { hfConfig: fixtureConfig('Qwen__Qwen3-Next-80B-A3B-Thinking.json') }, quant: 'Q4_K_M', runtime: 'llama.cpp', contextTokens: 131072 }, SAMPLE_CATALOG);
    expect(r.status).toBe(0);
    const e = r.body as Estimate;
    // 12 layers × 2 KV heads × (256 + 256) × 2 B × 131,072 tokens = 3 GiB exactly.
    expect(e.memory.kvCacheBytes - e.memory.recurrentStateBytes).toBe(3 * GiB);
    // 36 Gated DeltaNet layers × (3 × 8192 conv + 32 × 128 × 128 state) × 4 B (llama.cpp keeps F32) = 75.4 MiB.
    expect(e.memory.recurrentStateBytes).toBe(36 * (3 * 8192 + 32 * 128 * 128) * 4);
    expect(e.assumptions.join(' ')).toMatch(/Only 12 of 48 layers keep a KV cache/);
    expect(e.assumptions.join(' ')).toMatch(/36 linear attention layers hold a fixed recurrent state/);
    expect(Math.abs(e.model.totalParams / 80e9 - 1)).toBeLessThan(0.02);
  });

  it.each([
    [{ model_type: 'not_a_model', hidden_size: 4096 }, 'model.hfConfig.model_type', /not_a_model/],
    [{ hidden_size: 4096 }, 'model.hfConfig.model_type', /model_type is missing/],
  ])('a config.json it cannot read is a 400 naming the key', (hfConfig, field, message) => {
    const r = runEstimateRequests({ model: { hfConfig }, quant: 'Q4_K_M' }, SAMPLE_CATALOG);
    expect(r.status).toBe(2);
    expect(r.body).toEqual({ error: { field, message: expect.stringMatching(message) } });
  });

  it('a config.json missing a key that transformers defaults is read with that default, and the warnings name it', () => {
    const { num_hidden_layers: _dropped, ...config } = fixtureConfig('Qwen__Qwen3-30B-A3B.json');
    const r = runEstimateRequests({ model: { hfConfig: config }, quant: 'Q4_K_M' }, SAMPLE_CATALOG);
    expect(r.status).toBe(0);
    expect((r.body as Estimate).warnings.join(' ')).toMatch(/config\.json: .*num_hidden_layers/);
  });

  it('a config.json value out of range is a 400 naming the key', () => {
    const r = runEstimateRequests({ model: { hfConfig: { ...fixtureConfig('Qwen__Qwen3-30B-A3B.json'), hidden_size: -5 } }, quant: 'Q4_K_M' }, SAMPLE_CATALOG);
    expect(r.status).toBe(2);
    expect((r.body as { error: { field: string } }).error.field).toBe('model.hfConfig.hidden_size');
  });

  it('slug and hfConfig together are refused', () => {
    const r = runEstimateRequests({ model: { slug: 'qwen3-8b', hfConfig: fixtureConfig('Qwen__Qwen3-30B-A3B.json') }, quant: 'Q4_K_M' }, SAMPLE_CATALOG);
    expect(r.status).toBe(2);
    expect((r.body as { error: { message: string } }).error.message).toMatch(/exactly one of "slug", "architecture" or "hfConfig"/);
  });

  it('native context by default; beyond it, the documented extension and the setting the runtime needs', () => {
    const byDefault = runEstimateRequests({ model: { slug: 'qwen3-8b' }, quant: 'Q4_K_M', runtime: 'llama.cpp' }, SAMPLE_CATALOG).body as Estimate;
    expect(byDefault.contextTokens).toBeLessThanOrEqual(40960);
    expect(byDefault.assumptions.join(' ')).not.toMatch(/YaRN/);
    const extended = runEstimateRequests({ model: { slug: 'qwen3-8b' }, quant: 'Q4_K_M', runtime: 'llama.cpp', contextTokens: 131072 }, SAMPLE_CATALOG).body as Estimate;
    expect(extended.contextTokens).toBe(131072);
    expect(extended.assumptions.join(' ')).toMatch(/YaRN ×4 over 32,768 tokens/);
    expect(extended.assumptions.join(' ')).toMatch(/--rope-scaling yarn --rope-scale 4 --yarn-orig-ctx 32768/);
    const vllm = runEstimateRequests({ model: { slug: 'qwen3-8b' }, quant: 'AWQ-INT4', runtime: 'vllm', contextTokens: 65536 }, SAMPLE_CATALOG).body as Estimate;
    // vLLM's current keys: rope_parameters in --hf-overrides, and the window in --max-model-len.
    expect(vllm.assumptions.join(' ')).toMatch(/--hf-overrides '\{"rope_parameters": \{"rope_type":"yarn","factor":4,"original_max_position_embeddings":32768\}\}' --max-model-len 65536/);
    expect(vllm.assumptions.join(' ')).not.toMatch(/rope_scaling/);
    const capped = runEstimateRequests({ model: { slug: 'qwen3-8b' }, quant: 'Q4_K_M', runtime: 'llama.cpp', contextTokens: 262144 }, SAMPLE_CATALOG).body as Estimate;
    expect(capped.contextTokens).toBe(131072);
  });
});
