import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kvBytesPerTokenPerLayer, kvCacheBytes, kvLayout } from './kv-cache';
import { SAMPLE_MODELS } from './sample-specs';

const MiB = 1024 ** 2;
const m = (s: string) => SAMPLE_MODELS[s]!;

describe('KV cache sizes (hand-computed)', () => {
  it.each([
    // 2 × 8 kv heads × 128 × 2 B × 32 layers = 128 KiB/token → 8192 tokens = 1024 MiB.
    ['llama-3.1-8b-instruct', 8192, 'f16', 1024],
    ['llama-3.1-8b-instruct', 32768, 'f16', 4096],
    ['llama-3.1-8b-instruct', 32768, 'q8_0', 2176],
    ['llama-3.1-8b-instruct', 32768, 'q4_0', 1152],
    // Qwen3-8B: head_dim 128 from the config (32 heads × 128 = 4096 = hidden here), 36 layers → 144 KiB/token.
    ['qwen3-8b', 8192, 'f16', 1152],
    // Qwen3-32B: 64 heads × 128 ≠ hidden 5120; KV uses 8 kv heads × 128: 64 layers × 4 KiB = 256 KiB/token.
    ['qwen3-32b', 8192, 'f16', 2048],
  ] as const)('%s at %i tokens %s = %f MiB', (slug, tokens, kv, mib) => {
    expect(kvCacheBytes(m(slug), { tokens, kvCacheType: kv }) / MiB).toBeCloseTo(mib, 6);
  });

  it('Gemma 3 27B: 52 sliding layers hold window + ubatch (1536 cells), 10 global layers hold the context', () => {
    const g = m('gemma-3-27b-it');
    const L = kvLayout(g, 32768, 1, 'llama.cpp');
    expect(L).toEqual({ globalLayers: 10, localLayers: 52, globalCells: 32768, localCells: 1536 });
    const per = 2 * 16 * 128 * 2;
    expect(kvCacheBytes(g, { tokens: 32768, runtime: 'llama.cpp' })).toBe(per * (10 * 32768 + 52 * 1536));
    // Other runtimes keep exactly the window.
    expect(kvLayout(g, 32768, 1, 'vllm').localCells).toBe(1024);
  });

  it('DeepSeek V3 MLA caches 512 + 64 values per token per layer', () => {
    const d = m('deepseek-v3');
    expect(kvBytesPerTokenPerLayer(d, 'f16')).toBe(576 * 2);
    expect(kvCacheBytes(d, { tokens: 4096, runtime: 'vllm' })).toBe(61 * 576 * 2 * 4096);
  });

  it('parallel sequences multiply the cache', () => {
    const l = m('llama-3.1-8b-instruct');
    expect(kvCacheBytes(l, { tokens: 4096, parallel: 4 })).toBe(4 * kvCacheBytes(l, { tokens: 4096 }));
  });
});

describe('laws', () => {
  it('more context never needs a smaller cache', () => {
    const models = Object.values(SAMPLE_MODELS);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: models.length - 1 }), fc.integer({ min: 1, max: 200000 }), fc.integer({ min: 0, max: 5000 }), fc.constantFrom('llama.cpp', 'vllm', 'mlx') , (i, t, dt, rt) => {
        const mm = models[i]!;
        return kvCacheBytes(mm, { tokens: t + dt, runtime: rt as 'llama.cpp' }) >= kvCacheBytes(mm, { tokens: t, runtime: rt as 'llama.cpp' });
      }),
    );
  });
});
