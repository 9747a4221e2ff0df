import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ggmlBits, normalizeQuant, QUANT_FORMATS } from './formats';
import { bitsPerWeightFor, fileBytesFor, weightComposition } from './weights';
import { seedModel } from '@/tests/support/seed-catalog';
import { parseHfConfig } from '../architecture/hf/parse';
import { paramCounts } from '../architecture/params';

const llama8b = seedModel('llama-3.1-8b-instruct');
const GiB = 1024 ** 3;

describe('ggml block sizes', () => {
  it.each([
    ['Q8_0', 8.5],
    ['Q6_K', 6.5625],
    ['Q5_K', 5.5],
    ['Q4_K', 4.5],
    ['Q3_K', 3.4375],
    ['Q2_K', 2.625],
    ['IQ4_XS', 4.25],
    ['Q4_0', 4.5],
    ['MXFP4', 4.25],
    ['IQ2_XXS', 2.0625],
  ] as const)('%s is %f bits per weight', (t, bits) => {
    expect(ggmlBits(t)).toBe(bits);
  });
});

describe('preset composition on Llama 3.1 8B', () => {
  // bits/weight from llama.cpp tools/quantize/README.md (meta-llama/Llama-3.1-8B table).
  it.each([
    ['Q4_K_M', 4.8944],
    ['Q4_K_S', 4.6672],
    ['Q5_K_M', 5.7036],
    ['Q5_K_S', 5.5704],
    ['Q6_K', 6.5633],
    ['Q8_0', 8.5008],
    ['Q3_K_S', 3.6429],
    ['Q3_K_L', 4.2979],
    ['Q2_K', 3.1593],
    ['IQ3_M', 3.7628],
    ['IQ2_M', 2.9294],
    ['IQ1_M', 2.146],
    ['IQ1_S', 2.0042],
    ['F16', 16.0005],
  ])('%s → %f bpw (README)', (q, bpw) => {
    expect(bitsPerWeightFor(llama8b, q)).toBeCloseTo(bpw, 3);
  });

  it('Q4_K_M lands in 4.8–5.0 bpw and matches the real file to 0.1 %', () => {
    const c = weightComposition(llama8b, 'Q4_K_M');
    expect(c.bitsPerWeight).toBeGreaterThan(4.8);
    expect(c.bitsPerWeight).toBeLessThan(5.0);
    expect(Math.abs(c.fileBytes - 4917737554) / 4917737554).toBeLessThan(0.001);
  });

  it('token embedding of Q4_K_M is Q4_K (281.81 MiB kept on host in the llama.cpp log)', () => {
    expect(weightComposition(llama8b, 'Q4_K_M').tokenEmbdBytes / 1024 ** 2).toBeCloseTo(281.81, 1);
  });
});

describe('large vocabularies raise Q4_K_M bpw', () => {
  it('Gemma 3 27B (262k vocab, tied head at Q6_K) is above Llama 3 8B', () => {
    expect(bitsPerWeightFor(seedModel('gemma-3-27b-it'), 'Q4_K_M')).toBeGreaterThan(bitsPerWeightFor(llama8b, 'Q4_K_M'));
  });
});

describe('non-GGUF formats', () => {
  it.each([
    // 16-bit embeddings and lm_head (1.05 B of 8.03 B params) lift GPTQ/AWQ/FP8 well above nominal:
    // published Llama 3 8B GPTQ/AWQ checkpoints are ≈5.7 GB, FP8 ≈9.1 GB.
    ['GPTQ-INT4', 5.5, 5.9],
    ['AWQ-INT4', 5.5, 5.9],
    ['MLX-4BIT', 4.5, 4.51],
    ['FP8', 8.9, 9.2],
    ['EXL2-4.0BPW', 4.7, 5.1],
  ])('%s on Llama 3.1 8B is %f–%f bpw', (q, lo, hi) => {
    const b = bitsPerWeightFor(llama8b, q, 'vllm');
    expect(b).toBeGreaterThanOrEqual(lo);
    expect(b).toBeLessThanOrEqual(hi);
  });

  it('gpt-oss-20b MXFP4: ≈12–14 GB (experts 4.25 bpw, rest Q8_0 in GGUF / BF16 on HF)', () => {
    const m = seedModel('gpt-oss-20b');
    expect(fileBytesFor(m, 'MXFP4') / 1e9).toBeGreaterThan(11.5);
    expect(fileBytesFor(m, 'MXFP4') / 1e9).toBeLessThan(12.8);
    expect(fileBytesFor(m, 'MXFP4', 'transformers') / 1e9).toBeGreaterThan(12.8);
    expect(fileBytesFor(m, 'MXFP4', 'transformers') / 1e9).toBeLessThan(14.5);
  });

  it('gpt-oss-20b MXFP4 under vLLM: the Marlin padding (2880 → 3072 × 2944) gives the 13.72 GiB its A100 log printed', () => {
    const m = seedModel('gpt-oss-20b');
    const GiB = 1024 ** 3;
    // "Model loading took 13.72 GiB" (fixtures/reference/vllm_memory_2026.csv, myoceane_vllm_a100).
    expect(Math.abs(fileBytesFor(m, 'MXFP4', 'vllm') / GiB - 13.72) / 13.72).toBeLessThan(0.01);
    expect(fileBytesFor(m, 'MXFP4', 'vllm')).toBeGreaterThan(fileBytesFor(m, 'MXFP4', 'transformers') * 1.05);
  });

  it('MoE totals follow the published parameter count (Qwen3-30B-A3B 30.53 B)', () => {
    const c = weightComposition(seedModel('qwen3-30b-a3b'), 'F16');
    expect(c.params / 1e9).toBeCloseTo(30.53, 1);
    expect(c.activeParams / 1e9).toBeGreaterThan(3);
    expect(c.activeParams / 1e9).toBeLessThan(3.6);
  });
});

describe('quant names', () => {
  it.each([['q4_k_m', 'Q4_K_M'], ['gptq-int4', 'GPTQ-INT4'], ['Mlx-4bit', 'MLX-4BIT'], ['bf16', 'BF16'], ['nonsense', null]])(
    '%s → %s',
    (raw, canon) => {
      expect(normalizeQuant(raw)).toBe(canon);
    },
  );
});

describe('laws', () => {
  // A chain ordered by bits (presets of different families can cross on odd shapes, e.g. Q3_K_L's
  // Q5_K attention on a model without GQA outweighs IQ4_XS, so only same-family steps are compared).
  const ggufByBits = ['IQ1_S', 'IQ2_XXS', 'IQ2_XS', 'Q2_K', 'Q3_K_S', 'Q3_K_M', 'Q3_K_L', 'Q4_K_M', 'Q5_K_M', 'Q6_K', 'Q8_0', 'F16', 'F32'];
  const arbModel = fc.record({
    layers: fc.integer({ min: 2, max: 96 }),
    hiddenMul: fc.integer({ min: 2, max: 32 }),
    ffMul: fc.integer({ min: 2, max: 5 }),
    heads: fc.constantFrom(8, 16, 32, 64),
    kvDiv: fc.constantFrom(1, 2, 4, 8),
    vocab: fc.integer({ min: 32000, max: 262144 }),
    tied: fc.boolean(),
  });

  it('fewer bits never make a bigger file', () => {
    fc.assert(
      fc.property(arbModel, fc.integer({ min: 0, max: ggufByBits.length - 2 }), (a, i) => {
        // Row lengths multiple of 256: otherwise llama.cpp swaps k-quants for IQ4_NL/Q5_0 fallbacks and presets can cross.
        const hidden = a.hiddenMul * 256;
        const m = { ...llama8b, totalParams: 0, layers: a.layers, hiddenSize: hidden, intermediateSize: hidden * a.ffMul, attentionHeads: a.heads, kvHeads: Math.max(1, a.heads / a.kvDiv), headDim: 128, vocabSize: a.vocab, tiedEmbeddings: a.tied };
        const lo = fileBytesFor(m, ggufByBits[i]!);
        const hi = fileBytesFor(m, ggufByBits[i + 1]!);
        return lo <= hi * 1.0001;
      }),
      { numRuns: 200 },
    );
  });

  it('every listed quant gives a positive size', () => {
    for (const q of Object.keys(QUANT_FORMATS)) expect(fileBytesFor(llama8b, q)).toBeGreaterThan(1.8 * GiB);
  });
});

describe('parts each runtime loads (lib/architecture/runtime-parts.ts)', () => {
  it('DeepSeek V3: llama.cpp skips the MTP block, so its weights hold the 671B without the 14B next-token block', () => {
    const d = seedModel('deepseek-v3');
    const counts = paramCounts(d.architecture);
    expect(counts.byGroup.mtp).toBeGreaterThan(1e10);
    expect(weightComposition(d, 'F16', 'llama.cpp').params).toBe(counts.total - counts.byGroup.mtp);
  });

  it('Qwen3.5 from its config.json: llama.cpp loads the MTP block for self-speculation (its bytes sit with the output layer), MLX drops it', () => {
    const parsed = parseHfConfig(JSON.parse(readFileSync('fixtures/hf-configs/Qwen__Qwen3.5-27B.json', 'utf8')));
    if (!parsed.ok) throw new Error(parsed.error);
    const counts = paramCounts(parsed.architecture);
    expect(counts.byGroup.mtp).toBeGreaterThan(0);
    const model = { totalParams: counts.total, activeParams: counts.active, architecture: parsed.architecture };
    const llama = weightComposition(model, 'F16', 'llama.cpp');
    const mlx = weightComposition(model, 'F16', 'mlx');
    const towers = counts.byGroup['vision-tower'] + counts.byGroup['audio-tower'];
    expect(llama.params).toBe(counts.total - towers);
    expect(mlx.params).toBe(counts.total - towers - counts.byGroup.mtp);
    // The MTP block is read as part of the output layer: F16 = 2 bytes a parameter, norms 4 (GGUF keeps them F32).
    expect(llama.outputBytes - mlx.outputBytes).toBeGreaterThan(counts.byGroup.mtp * 2 * 0.99);
  });
});

describe('a tied model’s head', () => {
  it('is its embedding, streamed by decode with the output block, while the file holds it once', () => {
    for (const quant of ['Q4_K_M', 'Q8_0', 'BF16']) {
      const tied = weightComposition(seedModel('qwen3-0.6b'), quant, 'llama.cpp');
      const untied = weightComposition(seedModel('llama-2-7b'), quant, 'llama.cpp');
      expect(untied.tiedHeadBytes).toBe(0);
      // Qwen3 0.6B's only input-layer tensor is the embedding: the head is exactly its bytes.
      expect(tied.tiedHeadBytes).toBe(tied.tokenEmbdBytes);
      expect(tied.tiedHeadBytes).toBeGreaterThan(0.15 * tied.fileBytes);
      // Counted once in the file.
      const sum = tied.tokenEmbdBytes + tied.outputBytes + tied.metadataBytes + tied.layerBytes.reduce((a, b) => a + b, 0);
      expect(tied.fileBytes).toBeCloseTo(sum, 0);
    }
  });
});

describe('the ggml types decode streams (streamedTypeShares)', () => {
  const total = (xs: Partial<Record<string, number>>) => Object.values(xs).reduce((a: number, b) => a + (b ?? 0), 0);

  it('Llama 3.1 8B Q4_K_M: mostly Q4_K with Q6_K for the more-bits layers and the head, F32 norms; the shares cover every streamed byte', () => {
    const { dense, experts } = weightComposition(llama8b, 'Q4_K_M').streamedTypeShares;
    expect(Object.keys(experts)).toEqual([]);
    expect(Object.keys(dense).sort()).toEqual(['F32', 'Q4_K', 'Q6_K']);
    expect(dense.Q4_K!).toBeGreaterThan(0.6);
    expect(dense.Q6_K!).toBeGreaterThan(0.1);
    expect(dense.F32!).toBeLessThan(0.001);
    expect(total(dense)).toBeCloseTo(1, 9);
  });

  it('gpt-oss-20b MXFP4: the routed experts it reads in MXFP4 apart from the rest in Q8_0', () => {
    const { dense, experts } = weightComposition(seedModel('gpt-oss-20b'), 'MXFP4').streamedTypeShares;
    // gpt-oss's experts carry biases, which GGUF keeps in F32.
    expect(Object.keys(experts).sort()).toEqual(['F32', 'MXFP4']);
    expect(experts.F32!).toBeLessThan(0.01);
    expect(dense.MXFP4).toBeUndefined();
    expect(dense.Q8_0!).toBeGreaterThan(0.2);
    expect(total(dense) + total(experts)).toBeCloseTo(1, 9);
  });

  it('layouts that are not GGUF name no ggml types', () => {
    for (const [quant, runtime] of [['AWQ-INT4', 'vllm'], ['MLX-4BIT', 'mlx'], ['BF16', 'transformers'], ['MXFP4', 'vllm']] as const) {
      const { dense, experts } = weightComposition(seedModel(quant === 'MXFP4' ? 'gpt-oss-20b' : 'qwen3-8b'), quant, runtime).streamedTypeShares;
      expect({ quant, dense, experts }).toEqual({ quant, dense: {}, experts: {} });
    }
  });
});
