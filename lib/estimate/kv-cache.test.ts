import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SEED_CATALOG, seedModel } from '@/tests/support/seed-catalog';
import { cacheSize, kvCacheBytes, kvReadBytesPerLayer } from './kv-cache';

// Every expected size below is worked out by hand from the model's config (prisma/seed/models.json)
// and the cache rules, and written down as a literal: the code under test computes none of them.
//
// Bytes per element: f16 2; q8_0 34/32 (a block of 32 values is 32 int8 + one fp16 scale);
// q4_0 18/32 (16 bytes of nibbles + one fp16 scale per 32 values) — ggml-common.h.
// llama.cpp pads the cache to 256 cells and sizes a sliding-window cache as
// pad(window × sequences + 512-token ubatch, 256); other runtimes hold exactly what they need.

describe('KV cache sizes (hand-computed)', () => {
  // Llama 3.1 8B: 32 layers, 8 KV heads × head_dim 128.
  // K and V per token per layer: 2 × 8 × 128 = 2048 values; f16: 4096 B; × 32 layers = 131,072 B per token.
  it.each([
    // 8192 × 131,072 = 1,073,741,824 B (1 GiB).
    ['f16', 8192, 1_073_741_824],
    // 32,768 × 131,072.
    ['f16', 32768, 4_294_967_296],
    // q8_0: 2048 × 34/32 = 2176 B per layer, × 32 = 69,632 B per token, × 32,768.
    ['q8_0', 32768, 2_281_701_376],
    // q4_0: 2048 × 18/32 = 1152 B per layer, × 32 = 36,864 B per token, × 32,768.
    ['q4_0', 32768, 1_207_959_552],
  ] as const)('Llama 3.1 8B, %s cache, %i tokens = %i bytes', (kv, tokens, bytes) => {
    expect(kvCacheBytes(seedModel('llama-3.1-8b-instruct'), { tokens, kvCacheType: kv, runtime: 'llama.cpp' })).toBe(bytes);
  });

  it('llama.cpp pads 1000 tokens to 1024 cells; vLLM keeps 1000', () => {
    const m = seedModel('llama-3.1-8b-instruct');
    // 1024 × 131,072 and 1000 × 131,072.
    expect(kvCacheBytes(m, { tokens: 1000, runtime: 'llama.cpp' })).toBe(134_217_728);
    expect(kvCacheBytes(m, { tokens: 1000, runtime: 'vllm' })).toBe(131_072_000);
  });

  it('four parallel sequences of 4096 tokens hold 16,384 cells', () => {
    // 16,384 × 131,072 = 2,147,483,648 B.
    expect(kvCacheBytes(seedModel('llama-3.1-8b-instruct'), { tokens: 4096, parallel: 4, runtime: 'llama.cpp' })).toBe(2_147_483_648);
  });

  it('Qwen3 32B: head_dim 128 from the config (64 heads × 128 ≠ hidden 5120); 64 layers → 262,144 B per token', () => {
    // 2 × 8 KV heads × 128 × 2 B = 4096 B per layer; × 64 layers = 262,144 B; × 8192 tokens.
    expect(kvCacheBytes(seedModel('qwen3-32b'), { tokens: 8192, runtime: 'llama.cpp' })).toBe(2_147_483_648);
  });

  it('Gemma 3 27B at 32k: 10 global layers hold the context, 52 sliding layers hold window + ubatch', () => {
    const g = seedModel('gemma-3-27b-it');
    // 62 layers, one global every 6: floor(62 / 6) = 10 global, 52 local. Window 1024:
    // llama.cpp local cells = pad(1024 + 512, 256) = 1536.
    const layers = cacheSize(g, { tokens: 32768, runtime: 'llama.cpp' }).profile.layers;
    expect(layers.filter((l) => l.windowTokens === null).length).toBe(10);
    expect(layers.filter((l) => l.windowTokens === 1024).length).toBe(52);
    // Per token per layer: 2 × 16 KV heads × 128 × 2 B = 8192 B.
    // 8192 × (10 × 32,768 + 52 × 1536) = 8192 × 407,552 = 3,338,665,984 B.
    expect(kvCacheBytes(g, { tokens: 32768, runtime: 'llama.cpp' })).toBe(3_338_665_984);
    // vLLM keeps exactly the window: 8192 × (10 × 32,768 + 52 × 1024) = 8192 × 380,928.
    expect(kvCacheBytes(g, { tokens: 32768, runtime: 'vllm' })).toBe(3_120_562_176);
  });

  it('DeepSeek V3 (MLA) caches the 512-wide latent plus 64 RoPE dims per token per layer', () => {
    const d = seedModel('deepseek-v3');
    // 576 values × 2 B = 1152 B per layer; × 61 layers = 70,272 B per token; × 4096 tokens.
    expect(cacheSize(d, { tokens: 1, runtime: 'vllm' }).profile.layers.every((l) => l.bytesPerToken === 1152)).toBe(true);
    expect(kvCacheBytes(d, { tokens: 4096, runtime: 'vllm' })).toBe(287_834_112);
  });
});

describe('laws', () => {
  it('more context never needs a smaller cache, for every catalog model and runtime', () => {
    const models = SEED_CATALOG.models;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: models.length - 1 }), fc.integer({ min: 1, max: 200000 }), fc.integer({ min: 0, max: 5000 }), fc.constantFrom('llama.cpp', 'vllm', 'mlx'), (i, t, dt, rt) => {
        const mm = models[i]!;
        return kvCacheBytes(mm, { tokens: t + dt, runtime: rt as 'llama.cpp' }) >= kvCacheBytes(mm, { tokens: t, runtime: rt as 'llama.cpp' });
      }),
    );
  });
});

describe('the cache a decoded token reads (the speed model)', () => {
  // GLM-4.7-Flash: MLA, 20 heads, kv_lora_rank 512, rope 64, nope 192, v 256 (prisma/seed/models.json).
  // At 1024 tokens (a multiple of llama.cpp's 256-cell padding):
  // llama.cpp caches the latent: (512 + 64) × 2 B = 1152 B per token per layer → 1,179,648 B.
  // transformers caches decompressed K and V: 20 × (192 + 64) + 20 × 256 = 10,240 values × 2 B = 20,480 B → 20,971,520 B.
  it.each([
    ['llama.cpp', 1_179_648],
    ['transformers', 20_971_520],
  ] as const)('reads an MLA layer in the layout %s stores it', (runtime, bytes) => {
    expect(kvReadBytesPerLayer(seedModel('glm-4.7-flash'), 1024, 'f16', runtime)[0]).toBe(bytes);
  });
});
