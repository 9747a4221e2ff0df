import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from './consistency';
import { parseHfConfigText } from './hf/parse';
import { paramCounts } from './params';
import type { Architecture } from './schema';

function fixture(file: string): Architecture {
  const r = parseHfConfigText(readFileSync(new URL(`../../fixtures/hf-configs/${file}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.architecture;
}

describe('self-consistency against the published total', () => {
  const qwen30b = fixture('Qwen__Qwen3-30B-A3B.json');

  it('accepts an architecture that agrees (Qwen3-30B-A3B as its config says)', () => {
    const r = checkConsistency(qwen30b, 30.5e9);
    expect(r.consistent).toBe(true);
    expect(r.architecture).toBe(qwen30b);
    expect(r.warnings).toEqual([]);
  });

  it('the issue’s example: an MoE given its dense intermediate_size (6144) as the expert width', () => {
    // As typed by a new user: config.json's intermediate_size 6144 where moe_intermediate_size (768) belongs.
    const typed: Architecture = { ...qwen30b, moe: { ...qwen30b.moe!, expertWidth: 6144 } };
    const wrong = paramCounts(typed).total;
    // 48 layers × 128 experts × 3 × 2048 × 6144 = 231.9B of experts, + 1.6B of the rest = 233.5B: 7.7× the total.
    expect(wrong / 30.5e9).toBeCloseTo(7.65, 2);
    const r = checkConsistency(typed, 30.5e9);
    expect(r.consistent).toBe(false);
    expect(r.correction).toEqual({ field: 'moe.expertWidth', from: 6144, to: 768 });
    expect(r.architecture.moe!.expertWidth).toBe(768);
    expect(Math.abs(paramCounts(r.architecture).total / 30.5e9 - 1)).toBeLessThan(0.01);
    expect(r.warnings[0]).toMatch(/^the architecture gives 233\.5B parameters, 7\.7× the published 30\.5B$/);
    expect(r.warnings[1]).toContain('using the expert width 768');
  });

  it('compares with the reading the publisher used: DeepSeek-V3’s 671B leaves the MTP block out', () => {
    const v3 = fixture('deepseek-ai__DeepSeek-V3.json');
    const r = checkConsistency(v3, 671e9);
    expect(r.consistent).toBe(true);
    expect(r.comparedAs).toBe('without MTP');
  });

  it('warns without inventing a fix when no width explains the gap', () => {
    // A total far below even the embeddings: no positive FFN width reaches it.
    const r = checkConsistency(qwen30b, 0.1e9);
    expect(r.consistent).toBe(false);
    expect(r.correction).toBeNull();
    expect(r.architecture).toBe(qwen30b);
    expect(r.warnings.at(-1)).toContain('no single FFN width explains the difference');
  });
});
