import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheBytes } from './cache';
import { parseHfConfigText } from './hf/parse';
import { paramCounts } from './params';

// Done-when check of issue 12, on the real Qwen/Qwen3-Next-80B-A3B-Thinking config.json
// (fixtures/hf-configs): at 128k context the KV cache is about 3 GiB (f16) plus a fixed
// recurrent state, and the computed total is within 2 % of 80B.

const GiB = 1024 ** 3;
const config = readFileSync(new URL('../../fixtures/hf-configs/Qwen__Qwen3-Next-80B-A3B-Thinking.json', import.meta.url), 'utf8');
const parsed = parseHfConfigText(config);
if (!parsed.ok) throw new Error(parsed.error);
const arch = parsed.architecture;

describe('Qwen3-Next-80B-A3B from its config.json', () => {
  it('reads 12 full-attention and 36 Gated DeltaNet layers, every one MoE', () => {
    expect(arch.mixers).toBe('(linear*3 full)*12');
    expect(arch.ffns).toBe('moe*48');
    expect(arch.moe).toMatchObject({ experts: 512, activeExperts: 10, expertWidth: 512, sharedExperts: 1, sharedWidth: 512, sharedGate: true });
    expect(arch.context).toEqual({ nativeTokens: 262144, ropeScaling: null, extendedTokens: null, extension: null });
  });

  it('at 131,072 tokens: KV cache 3 GiB in f16 (only the 12 attention layers keep one)', () => {
    // Per attention layer and token: K + V = 2 kv heads × (256 + 256) = 1,024 elements × 2 B = 2,048 B.
    // 12 layers × 2,048 B = 24,576 B/token; × 131,072 tokens = 3,221,225,472 B = 3.0 GiB exactly.
    // An all-attention model of this shape (48 layers) would need 12 GiB: four times as much.
    for (const runtime of ['llama.cpp', 'vllm', 'transformers', 'mlx'] as const) {
      const c = cacheBytes(arch, { tokens: 131072, runtime, kvCacheType: 'f16' });
      expect(c.kvBytes, runtime).toBe(3 * GiB);
    }
  });

  it('holds a fixed recurrent state per sequence in each runtime’s dtype', () => {
    // Per linear layer: conv state (kernel 4 − 1) × (2 × 16 × 128 + 32 × 128) = 3 × 8,192 = 24,576 elements;
    // recurrent state 32 value heads × 128 × 128 = 524,288 elements.
    // llama.cpp keeps both in F32: 548,864 × 4 B = 2,195,456 B per layer; × 36 layers = 79,036,416 B (75.4 MiB).
    const llama = cacheBytes(arch, { tokens: 131072, runtime: 'llama.cpp' });
    expect(llama.stateBytes).toBe(36 * (24576 + 524288) * 4);
    // mlx-lm: conv state in bf16, delta-rule state in float32: 36 × (24,576 × 2 + 524,288 × 4) = 77,266,944 B.
    expect(cacheBytes(arch, { tokens: 131072, runtime: 'mlx' }).stateBytes).toBe(36 * (24576 * 2 + 524288 * 4));
    // vLLM "auto": both in the model dtype (bf16): 36 × 548,864 × 2 = 39,518,208 B.
    expect(cacheBytes(arch, { tokens: 131072, runtime: 'vllm' }).stateBytes).toBe(36 * 548864 * 2);
    // Two sequences hold two states.
    expect(cacheBytes(arch, { tokens: 131072, runtime: 'llama.cpp', parallel: 2 }).stateBytes).toBe(2 * llama.stateBytes);
  });

  it('counts 79.7B parameters, within 2 % of 80B (no MTP block in the config)', () => {
    // Experts 48 × 512 × 3 × 2048 × 512 = 77.31B; shared experts and gates 0.15B; routers 0.05B;
    // 36 DeltaNet layers × 33.7M = 1.21B; 12 attention layers × 27.3M = 0.33B; embeddings and head 2 × 0.31B.
    const c = paramCounts(arch);
    expect(Math.abs(c.total / 80e9 - 1)).toBeLessThan(0.02);
    expect(c.byGroup.mtp).toBe(0);
    expect(c.byGroup['routed-experts']).toBe(48 * 512 * 3 * 2048 * 512);
    // About 3B active: experts 10 of 512.
    expect(c.active / 1e9).toBeGreaterThan(3);
    expect(c.active / 1e9).toBeLessThan(4);
  });
});
