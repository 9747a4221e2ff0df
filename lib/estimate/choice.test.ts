import { describe, expect, it } from 'vitest';
import { seedDevice, seedModel } from '@/tests/support/seed-catalog';
import { buildEstimateInput, defaultRuntimeFor, estimateChoice, publishedFileFor, type Choice } from './choice';
import { longestContextFor } from './context-search';
import { metalWorkingSetCapBytes } from './overhead';
import type { HardwareSpec } from './types';

// The one builder: each runtime default applied once, as the tools ship it, and named in the
// assumptions; one published-size rule; a capped context. Real catalog models and devices.

const GiB = 1024 ** 3;
const llama8b = seedModel('llama-3.1-8b-instruct');
const on = (slug: string, count = 1, ramGiB = 64): HardwareSpec => ({ devices: [seedDevice(slug, count)], systemMemoryBytes: ramGiB * GiB });
const choice = (over: Partial<Choice> = {}): Choice => ({ model: llama8b, quant: 'Q4_K_M', runtime: 'llama.cpp', hardware: on('geforce-rtx-4090'), ...over });
const built = (over: Partial<Choice> = {}) => buildEstimateInput(choice(over));

describe('runtime defaults, as shipped', () => {
  it('llama.cpp: -fa auto turns flash attention on for CUDA, off on SYCL (Intel Arc), and says which', () => {
    const cuda = built();
    expect(cuda.input.flashAttention).toBe(true);
    expect(cuda.assumptions.join(' ')).toMatch(/Flash attention on: llama\.cpp runs llama\.cpp with -fa auto/);
    const sycl = built({ hardware: on('arc-a770-16gb') });
    expect(sycl.input.flashAttention).toBe(false);
    expect(sycl.assumptions.join(' ')).toMatch(/Flash attention off/);
  });

  it('llama.cpp without hardware: the model’s trained context (n_ctx 0), as llama-server allocates when memory allows', () => {
    const b = built({ hardware: null });
    expect(b.input.contextTokens).toBe(131072);
    expect(b.assumptions.join(' ')).toMatch(/trained context \(131,072 tokens\)/);
  });

  it('llama.cpp on a GPU: --fit shrinks the trained context to what fits with 1 GiB free, never below 4096', () => {
    // A 4090 holds Llama 3.1 8B Q4_K_M with its whole 131,072-token cache (16 GiB with flash attention).
    expect(built({ hardware: on('geforce-rtx-4090') }).input.contextTokens).toBe(131072);
    const b = built({ hardware: on('geforce-rtx-3060-12gb') });
    // Independent check: the longest full-GPU context on a 3060 with 1 GiB less memory.
    const tighter = { ...b.input.hardware!, devices: [{ ...seedDevice('geforce-rtx-3060-12gb'), memoryBytes: 11 * GiB }] };
    const expected = longestContextFor({ ...b.input, hardware: tighter, contextTokens: 4096 }, 'full-gpu');
    expect(b.input.contextTokens).toBe(expected);
    expect(b.input.contextTokens).toBeGreaterThan(32768);
    expect(b.input.contextTokens).toBeLessThan(65536);
    // A 70B on an 8 GB card fits nothing fully: llama.cpp keeps its 4096-token floor and offloads layers.
    expect(built({ model: seedModel('llama-3.1-70b-instruct'), hardware: on('geforce-rtx-4060') }).input.contextTokens).toBe(4096);
  });

  it.each([
    ['geforce-rtx-3060-12gb', 1, 4096],
    ['geforce-rtx-4090', 1, 32768],
    ['geforce-rtx-3090', 2, 131072],
  ] as const)('Ollama on %s ×%i: default num_ctx %i (VRAM tiers 23/47 GiB, capped at the model’s 131,072)', (slug, count, tokens) => {
    expect(built({ runtime: 'ollama', hardware: on(slug, count) }).input.contextTokens).toBe(tokens);
  });

  it('Ollama counts a Mac’s VRAM as Metal’s working set: 16 GB → 4096 tokens', () => {
    const mac = { devices: [seedDevice('apple-m4-10c-16gb')], systemMemoryBytes: 16 * GiB };
    expect(metalWorkingSetCapBytes(16 * GiB)).toBeLessThan(23 * GiB);
    expect(built({ runtime: 'ollama', hardware: mac }).input.contextTokens).toBe(4096);
  });

  it('LM Studio: 4096 tokens; MLX, vLLM, Transformers: the model’s context', () => {
    expect(built({ runtime: 'lm-studio' }).input.contextTokens).toBe(4096);
    for (const runtime of ['mlx', 'vllm', 'transformers'] as const) expect(built({ runtime }).input.contextTokens, runtime).toBe(131072);
  });

  it('vLLM: --gpu-memory-utilization 0.92 and 2048 batched tokens on a 24 GB card, 8192 on an 80 GB H100, 2048 on an A100', () => {
    const v = built({ runtime: 'vllm', quant: 'AWQ-INT4' });
    expect(v.input.gpuMemoryUtilization).toBe(0.92);
    expect(v.input.vllmBatchedTokens).toBe(2048);
    expect(v.assumptions.join(' ')).toMatch(/--gpu-memory-utilization 0\.92/);
    expect(built({ runtime: 'vllm', quant: 'AWQ-INT4', hardware: on('h100-sxm') }).input.vllmBatchedTokens).toBe(8192);
    expect(built({ runtime: 'vllm', quant: 'AWQ-INT4', hardware: on('a100-80gb-sxm') }).input.vllmBatchedTokens).toBe(2048);
  });
});

describe('assumptions name every default applied, and only those', () => {
  it('a bare choice lists the cache type, flash attention, one sequence, the context rule and the decode depth', () => {
    const text = built().assumptions.join(' | ');
    for (const phrase of ['KV cache: f16', 'Flash attention on', 'One sequence', 'Context ', 'Decode speed read at']) expect(text).toContain(phrase);
  });

  it('settings the asker fixed are not presented as defaults', () => {
    const text = built({ kvCacheType: 'q8_0', flashAttention: false, users: 2, contextTokens: 8192, depthTokens: 0 }).assumptions.join(' | ');
    for (const phrase of ['KV cache:', 'Flash attention', 'One sequence', 'Context ', 'Decode speed read at']) expect(text).not.toContain(phrase);
  });

  it('decode is read halfway through the context unless a depth is given', () => {
    expect(built({ contextTokens: 32768 }).input.depthTokens).toBe(16384);
    expect(built({ contextTokens: 32768, depthTokens: 100 }).input.depthTokens).toBe(100);
  });

  it('a context beyond the model’s is capped at it, and the estimate says so', () => {
    const b = built({ contextTokens: 1_000_000 });
    expect(b.input.contextTokens).toBe(131072);
    expect(b.assumptions.join(' ')).toMatch(/capped at the model's trained 131,072 tokens \(1,000,000 asked\)/);
  });

  it('estimateChoice puts the builder’s assumptions first, then the estimator’s', () => {
    const e = estimateChoice(choice({ contextTokens: 8192 }));
    expect(e.assumptions.slice(0, buildEstimateInput(choice({ contextTokens: 8192 })).assumptions.length)).toEqual(buildEstimateInput(choice({ contextTokens: 8192 })).assumptions);
    expect(e.assumptions.some((a) => a.startsWith('Quality:'))).toBe(true);
  });
});

describe('the published file size rule', () => {
  it('uses the largest of several publishers’ sizes and names the publisher', () => {
    // Gemma 3 12B Q4_0: bartowski lists 6.91 GB, Google 8.07 GB (prisma/seed/artifacts.json).
    const gemma = seedModel('gemma-3-12b-it');
    expect(publishedFileFor(gemma, 'Q4_0')).toMatchObject({ file: { publisher: 'google', fileBytes: 8_070_000_000 }, listed: 2 });
    const b = buildEstimateInput({ model: gemma, quant: 'Q4_0', runtime: 'llama.cpp', hardware: null });
    expect(b.input.fileBytes).toBe(8_070_000_000);
    expect(b.assumptions[0]).toBe("File size: google's published Q4_0 file (8.07 GB), the largest of 2 published sizes: the rule is the largest, so a fit holds for any publisher's file.");
  });

  it('a named artifact uses its own size', () => {
    const gemma = seedModel('gemma-3-12b-it');
    const artifact = gemma.artifacts.find((a) => a.format === 'Q4_0' && a.publisher === 'bartowski')!;
    expect(buildEstimateInput({ model: gemma, quant: 'Q4_0', artifactSlug: artifact.slug, runtime: 'llama.cpp', hardware: null }).input.fileBytes).toBe(6_910_000_000);
  });

  it('no published size: computed from the tensor shapes (fileBytes null)', () => {
    expect(built({ quant: 'IQ3_S' }).input.fileBytes).toBeNull();
  });
});

describe('defaultRuntimeFor', () => {
  it.each([
    ['Q4_K_M', 'llama.cpp'],
    ['F16', 'llama.cpp'],
    ['AWQ-INT4', 'vllm'],
    ['INT4', 'transformers'],
    ['MLX-4BIT', 'mlx'],
  ] as const)('%s without hardware → %s', (quant, runtime) => {
    expect(defaultRuntimeFor(quant, null)).toBe(runtime);
  });

  it('16-bit weights run under MLX on a Mac, llama.cpp elsewhere', () => {
    expect(defaultRuntimeFor('F16', { devices: [seedDevice('apple-m4-max-40c-128gb')] })).toBe('mlx');
    expect(defaultRuntimeFor('F16', on('geforce-rtx-4090'))).toBe('llama.cpp');
  });
});
