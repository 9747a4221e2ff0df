// Attention FLOPs per layer at a depth, worked out by hand from the model's config
// (prisma/seed/models.json); the code under test computes none of the expected figures.
import { describe, expect, it } from 'vitest';
import { seedModel } from '@/tests/support/seed-catalog';
import { attentionFlopsPerLayer } from './model-shape';

describe('attention FLOPs per layer', () => {
  // GLM-4.7-Flash: MLA, 20 heads, kv_lora_rank 512, rope 64, nope 192, v 256; at 1000 keys:
  // decompressed: 2 × 20 × (192 + 64 + 256) × 1000 = 20,480,000;
  // absorbed (llama.cpp: keys of latent + rope, values of the latent): 2 × 20 × (512 + 64 + 512) × 1000 = 43,520,000.
  it.each([
    [false, 20_480_000],
    [true, 43_520_000],
  ])('an MLA layer, absorbed %s', (absorbed, flops) => {
    expect(attentionFlopsPerLayer(seedModel('glm-4.7-flash').architecture, 1000, absorbed)[0]).toBe(flops);
  });

  // Llama 3.1 8B: 32 heads × head_dim 128 (K and V): 2 × 32 × 256 × 1000 = 16,384,000, absorbed or not.
  it('leaves a full-attention layer alone', () => {
    const a = seedModel('llama-3.1-8b-instruct').architecture;
    expect(attentionFlopsPerLayer(a, 1000, true)[0]).toBe(16_384_000);
    expect(attentionFlopsPerLayer(a, 1000, false)[0]).toBe(16_384_000);
  });
});
