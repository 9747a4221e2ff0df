import { describe, expect, it } from 'vitest';
import { seedModel } from '@/tests/support/seed-catalog';
import { extrasSummary } from './summary';

describe('extrasSummary', () => {
  it("names Gemma 4 E4B's per-layer embedding table with its parameters, and its layers without a KV cache", () => {
    const a = seedModel('gemma-4-e4b-it').architecture;
    const rows = extrasSummary(a);
    const ple = rows.find((r) => r.label === 'Per-layer embeddings');
    // 262,144 tokens × 42 layers × 256: the bulk of the gap between its 8B total and ~4B effective parameters.
    expect(ple?.params).toBe(262_144 * 42 * 256);
    expect(ple?.value).toBe('262,144 tokens × 256 per layer, looked up by token: memory, almost no compute');
    expect(rows.find((r) => r.label === 'Shared KV')?.value).toBe("the last 18 of 42 layers reuse an earlier layer's KV (no cache of their own)");
  });

  it('adds nothing for a model without either', () => {
    expect(extrasSummary(seedModel('llama-3.1-8b-instruct').architecture)).toEqual([]);
  });
});
