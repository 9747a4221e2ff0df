import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHfConfigText } from './hf/parse';
import { runtimeParts } from './runtime-parts';
import { architectureSchema, type Architecture } from './schema';

const fixture = (file: string): Architecture => {
  const r = parseHfConfigText(readFileSync(new URL(`../../fixtures/hf-configs/${file}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.architecture;
};

const part = (a: Architecture, runtime: Parameters<typeof runtimeParts>[1], group: string) => runtimeParts(a, runtime).find((p) => p.group === group);

describe('which parts each runtime loads, and where', () => {
  const qwen35 = fixture('Qwen__Qwen3.5-27B.json');
  const deepseek = fixture('deepseek-ai__DeepSeek-V3.json');

  it('MTP: llama.cpp keeps Qwen3.5’s block for self-speculation, skips DeepSeek’s; MLX drops both', () => {
    expect(part(qwen35, 'llama.cpp', 'mtp')!.placement).toBe('with-layers');
    expect(part(deepseek, 'llama.cpp', 'mtp')!.placement).toBe('not-loaded');
    expect(part(qwen35, 'mlx', 'mtp')!.placement).toBe('not-loaded');
    expect(part(deepseek, 'mlx', 'mtp')!.reason).toContain('sanitize');
  });

  it('vision towers: a separate mmproj in llama.cpp, loaded by Ollama, dropped by mlx-lm, loaded by vLLM', () => {
    expect(part(qwen35, 'llama.cpp', 'vision-tower')!.placement).toBe('not-loaded');
    expect(part(qwen35, 'ollama', 'vision-tower')!.placement).toBe('with-layers');
    expect(part(qwen35, 'mlx', 'vision-tower')!.placement).toBe('not-loaded');
    expect(part(qwen35, 'vllm', 'vision-tower')!.placement).toBe('with-layers');
  });

  it('vLLM and transformers: MTP not loaded, towers loaded, each with the source it was read from', () => {
    for (const runtime of ['vllm', 'transformers'] as const) {
      expect(part(qwen35, runtime, 'mtp')!.placement).toBe('not-loaded');
      expect(part(deepseek, runtime, 'mtp')!.placement).toBe('not-loaded');
      expect(part(qwen35, runtime, 'vision-tower')!.placement).toBe('with-layers');
      for (const p of runtimeParts(qwen35, runtime).filter((x) => x.group === 'mtp' || x.group === 'vision-tower')) {
        expect(p.reason, `${runtime} ${p.group}`).not.toMatch(/assumption/i);
        expect(p.reason, `${runtime} ${p.group}`).toMatch(/vllm-project\/vllm|huggingface\/transformers/);
      }
    }
  });

  it('per-layer embeddings (a Gemma E-model shape): the table stays in system RAM under llama.cpp', () => {
    const e = architectureSchema.parse({
      modelType: 'custom',
      hiddenSize: 2048,
      vocabSize: 262144,
      tiedEmbeddings: true,
      layers: 30,
      mixers: '(sliding*4 full)*6',
      ffns: 'dense*30',
      attention: { heads: 8, kvHeads: 2, headDim: 256 },
      sliding: { window: 512 },
      dense: { intermediateSize: 8192 },
      perLayerEmbeddings: { dim: 256, vocabSize: 262144 },
      context: { nativeTokens: 32768 },
    });
    const llama = part(e, 'llama.cpp', 'per-layer-embeddings')!;
    // The table alone: 262,144 × 30 × 256 parameters.
    expect(llama.params).toBe(262144 * 30 * 256);
    expect(llama.placement).toBe('system-ram');
    expect(part(e, 'vllm', 'per-layer-embeddings')!.placement).toBe('with-layers');
    expect(part(deepseek, 'llama.cpp', 'per-layer-embeddings')).toBeUndefined();
  });
});
