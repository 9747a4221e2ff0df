import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RUNTIMES } from '../enums';
import { cacheBytes, cacheProfile, V4_PACKED_ENTRY_BYTES } from './cache';
import { parseHfConfigText } from './hf/parse';
import type { Architecture } from './schema';

const fixture = (file: string): Architecture => {
  const r = parseHfConfigText(readFileSync(new URL(`../../fixtures/hf-configs/${file}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.architecture;
};

const models = {
  llama: fixture('meta-llama__Llama-3.1-8B-Instruct.json'),
  gemma2: fixture('google__gemma-2-9b-it.json'),
  gemma4: fixture('google__gemma-4-26B-A4B.json'),
  gptOss: fixture('openai__gpt-oss-20b.json'),
  deepseek: fixture('deepseek-ai__DeepSeek-V3.json'),
  dsa: fixture('deepseek-ai__DeepSeek-V3.2.json'),
  v4: fixture('deepseek-ai__DeepSeek-V4-Flash.json'),
  qwenNext: fixture('Qwen__Qwen3-Next-80B-A3B-Thinking.json'),
  nemotron: fixture('nvidia__NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.json'),
  granite: fixture('ibm-granite__granite-4.0-h-small.json'),
};

describe('KV cache per token, by layer kind (hand-computed from the configs)', () => {
  it('Llama 3.1 8B: 32 layers × 2 × 8 kv heads × 128 × 2 B = 128 KiB per token', () => {
    expect(cacheBytes(models.llama, { tokens: 8192, runtime: 'vllm' }).kvBytes).toBe(8192 * 32 * 2 * 8 * 128 * 2);
  });

  it('MLA caches the latent (512 + 64) in llama.cpp, vLLM and MLX, but decompressed K and V in transformers', () => {
    const latent = 61 * (512 + 64) * 2;
    expect(cacheBytes(models.deepseek, { tokens: 1024, runtime: 'vllm' }).kvBytes).toBe(1024 * latent);
    expect(cacheBytes(models.deepseek, { tokens: 1024, runtime: 'mlx' }).kvBytes).toBe(1024 * latent);
    // transformers: 128 heads × (128 + 64) keys + 128 heads × 128 values = 40,960 elements per layer and token.
    const t = cacheBytes(models.deepseek, { tokens: 1024, runtime: 'transformers' });
    expect(t.kvBytes).toBe(1024 * 61 * 40960 * 2);
    expect(t.profile.notes.join(' ')).toContain('decompressed');
  });

  it('DeepSeek sparse attention adds the indexer keys where the runtime keeps them', () => {
    const latentBytes = (512 + 64) * 2;
    // llama.cpp runs DSA layers as dense MLA: latent only.
    expect(cacheProfile(models.dsa, { runtime: 'llama.cpp' }).layers[0]!.bytesPerToken).toBe(latentBytes);
    // vLLM: FP8 indexer key (128 B) + 4-byte scale.
    expect(cacheProfile(models.dsa, { runtime: 'vllm' }).layers[0]!.bytesPerToken).toBe(latentBytes + 132);
    // MLX: indexer key in bf16.
    expect(cacheProfile(models.dsa, { runtime: 'mlx' }).layers[0]!.bytesPerToken).toBe(latentBytes + 256);
  });

  it('DeepSeek V4: compressed entries per ratio, a window ring and compressor state per sequence; not runnable in llama.cpp', () => {
    const p = cacheProfile(models.v4, { runtime: 'vllm' });
    // Layer 0 (ratio 0): window only. Layer 2 (ratio 4): (584 + 132) / 4 B per token. Layer 3 (ratio 128): 584 / 128.
    expect(p.layers[0]!.bytesPerToken).toBe(0);
    expect(p.layers[0]!.fixedBytesPerSequence).toBe(128 * V4_PACKED_ENTRY_BYTES);
    expect(p.layers[2]!.bytesPerToken).toBe((V4_PACKED_ENTRY_BYTES + 132) / 4);
    expect(p.layers[3]!.bytesPerToken).toBe(V4_PACKED_ENTRY_BYTES / 128);
    expect(p.layers[3]!.fixedBytesPerSequence).toBe(128 * V4_PACKED_ENTRY_BYTES + 256 * 512 * 4);
    const llama = cacheProfile(models.v4, { runtime: 'llama.cpp' });
    expect(llama.supported).toBe(false);
    expect(llama.notes.join(' ')).toContain('no DeepSeek V4');
  });

  it('Gemma 4 global layers cache K and V at their own shape (2 kv heads × 512), sliding layers 8 × 256', () => {
    const p = cacheProfile(models.gemma4, { runtime: 'vllm' });
    const full = p.layers.find((l) => l.kind === 'full')!;
    const sliding = p.layers.find((l) => l.kind === 'sliding')!;
    expect(full.bytesPerToken).toBe(2 * (512 + 512) * 2);
    expect(sliding.bytesPerToken).toBe(8 * (256 + 256) * 2);
    expect(sliding.windowTokens).toBe(1024);
  });

  it('Nemotron-H: only its 6 attention blocks keep a KV cache; 23 Mamba blocks hold a fixed state', () => {
    const c = cacheBytes(models.nemotron, { tokens: 4096, runtime: 'llama.cpp' });
    expect(c.kvBytes).toBe(4096 * 6 * 2 * 2 * 128 * 2);
    // Mamba-2: conv (4 − 1) × (64 × 64 + 2 × 8 × 128) = 18,432; state 64 × 64 × 128 = 524,288; F32 in llama.cpp.
    expect(c.stateBytes).toBe(23 * (18432 + 524288) * 4);
    // The config asks for a float32 SSM state (mamba_ssm_cache_dtype), which vLLM applies; conv stays bf16.
    expect(cacheBytes(models.nemotron, { tokens: 4096, runtime: 'vllm' }).stateBytes).toBe(23 * (18432 * 2 + 524288 * 4));
  });
});

describe('cache laws (properties)', () => {
  const archs = Object.values(models);
  const runtime = fc.constantFrom(...RUNTIMES.filter((r) => r !== 'exo'));

  it('KV bytes never decrease as the context grows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...archs), runtime, fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 1, max: 8 }), (a, rt, x, y, parallel) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(cacheBytes(a, { tokens: lo, runtime: rt, parallel }).kvBytes).toBeLessThanOrEqual(cacheBytes(a, { tokens: hi, runtime: rt, parallel }).kvBytes);
      }),
      { numRuns: 200 },
    );
  });

  it('a sliding layer never holds more than its window (plus llama.cpp’s ubatch and padding)', () => {
    fc.assert(
      fc.property(fc.constantFrom(models.gemma2, models.gemma4, models.gptOss), runtime, fc.integer({ min: 1, max: 1_000_000 }), (a, rt, tokens) => {
        const c = cacheBytes(a, { tokens, runtime: rt });
        c.profile.layers.forEach((l, i) => {
          if (l.windowTokens === null) return;
          const cap = rt === 'llama.cpp' || rt === 'ollama' || rt === 'lm-studio' ? Math.ceil((l.windowTokens + 512) / 256) * 256 : l.windowTokens;
          expect(c.perLayer[i]!).toBeLessThanOrEqual(l.bytesPerToken * cap);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('recurrent state does not depend on the context; it scales with the sequences', () => {
    fc.assert(
      fc.property(fc.constantFrom(models.qwenNext, models.nemotron, models.granite), runtime, fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 16 }), (a, rt, tokens, parallel) => {
        const one = cacheBytes(a, { tokens: 1, runtime: rt }).stateBytes;
        expect(one).toBeGreaterThan(0);
        expect(cacheBytes(a, { tokens, runtime: rt, parallel }).stateBytes).toBe(one * parallel);
      }),
      { numRuns: 150 },
    );
  });
});

describe('per-token KV growth against an independent source', () => {
  // ggml-org's LlamaBarn catalog records the context cost of each model it ships as
  // ctxBytesPer1kTokens (ggml-org/Llama-macOS@10a176d LlamaBarn/Catalog/Families/*.swift), for
  // llama.cpp at f16. Only layers whose cache grows with the context count (not windows, not states).
  it.each([
    ['Qwen__Qwen3.5-27B.json', 67_108_864],
    ['Qwen__Qwen3.5-35B-A3B.json', 20_971_520],
    ['Qwen__Qwen3.5-122B-A10B.json', 25_165_824],
    ['Qwen__Qwen3.5-397B-A17B.json', 31_457_280],
    ['Qwen__Qwen3-30B-A3B.json', 100_663_296],
    ['Qwen__Qwen3-4B.json', 150_994_944],
    ['Qwen__Qwen3-VL-8B-Instruct.json', 150_994_944],
    ['openai__gpt-oss-20b.json', 25_165_824],
    ['openai__gpt-oss-120b.json', 37_748_736],
    ['google__gemma-3-4b-it.json', 20_971_520],
    ['nvidia__NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.json', 6_291_456],
  ])('%s: %i bytes per 1k tokens', (file, per1k) => {
    const p = cacheProfile(fixture(file), { runtime: 'llama.cpp', kvCacheType: 'f16' });
    const growth = p.layers.filter((l) => l.windowTokens === null).reduce((s, l) => s + l.bytesPerToken, 0);
    expect(growth * 1024).toBe(per1k);
  });
});
