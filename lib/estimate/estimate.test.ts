import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEstimateInput, type Choice } from './choice';
import { longestContextFor } from './context-search';
import { estimate } from './estimate';
import { SPEED_CONSTANTS } from './backends';
import { BAND_CONFIDENCE } from './confidence';
import { DISPLAY_RESERVE_BYTES, metalWorkingSetCapBytes, VLLM_MEMORY } from './overhead';
import { CLUSTER_LINKS, HOST_SYSTEMS, type ClusterLink } from '../enums';
import { CLUSTER_LINK_FACTS, clusterHopSeconds } from './cluster-link';
import type { DeviceSpec, EstimateInput, HardwareSpec } from './types';
import { seedDevice, seedModel } from '@/tests/support/seed-catalog';
import { weightComposition } from './weights';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const dev = (slug: string, count = 1): DeviceSpec => seedDevice(slug, count);
const SAMPLE_SLUGS = ['llama-3.1-8b-instruct', 'llama-3.1-70b-instruct', 'qwen3-8b', 'qwen3-32b', 'gemma-3-27b-it', 'qwen3-30b-a3b', 'gpt-oss-20b', 'deepseek-v3'];
const SAMPLE_DEVICES = ['geforce-rtx-4090', 'geforce-rtx-3090', 'geforce-rtx-3060-12gb', 'geforce-rtx-4060', 'a100-80gb-sxm', 'radeon-rx-7900-xtx', 'apple-m4-max-40c-128gb'];

/**
 * Real catalog models and devices through the one builder, with the settings the calibration logs
 * ran with fixed (flash attention off, one 16-bit sequence, empty context) unless a test says otherwise.
 */
function input(over: Partial<Choice> = {}): EstimateInput {
  return buildEstimateInput({
    model: seedModel('llama-3.1-8b-instruct'),
    quant: 'Q4_K_M',
    runtime: 'llama.cpp',
    hardware: { devices: [dev('geforce-rtx-4090')], systemMemoryBytes: 64 * GiB },
    contextTokens: 8192,
    depthTokens: 0,
    users: 1,
    kvCacheType: 'f16',
    flashAttention: false,
    ...over,
  }).input;
}

describe('llama.cpp memory on one GPU (measured_memory.csv row 1)', () => {
  it('buffers sum to 5987.49 MiB: model 4403.49 + KV 1024 + compute 560', () => {
    const e = estimate(input());
    expect(e.fileBytes).toBe(4917737554);
    const g = e.memory.devices[0]!;
    expect(g.kvCacheBytes / MiB).toBeCloseTo(1024, 6);
    expect(g.computeBytes / MiB).toBeCloseTo(560, 1);
    expect((g.weightsBytes + g.kvCacheBytes + g.computeBytes) / MiB).toBeCloseTo(5987.49, -1);
    expect(e.fit).toBe('full-gpu');
    expect(e.memory.devices.find((d) => d.kind === 'system')!.weightsBytes / MiB).toBeGreaterThan(280);
  });

  it('two GPUs pay the compute buffer twice (640 MiB each in the log)', () => {
    const e = estimate(input({ hardware: { devices: [dev('geforce-rtx-3090', 2)], systemMemoryBytes: 64 * GiB } }));
    const gpus = e.memory.devices.filter((d) => d.kind === 'nvidia');
    expect(gpus).toHaveLength(2);
    for (const g of gpus) expect(g.computeBytes / MiB).toBeGreaterThan(620);
    expect(gpus[0]!.layers + gpus[1]!.layers).toBe(32);
  });
});

describe('fit and placement', () => {
  it('70B Q4_K_M on one 24 GB GPU offloads part of the layers to RAM', () => {
    const e = estimate(input({ model: seedModel('llama-3.1-70b-instruct'), hardware: { devices: [dev('geforce-rtx-4090')], systemMemoryBytes: 64 * GiB } }));
    expect(e.fit).toBe('partial-offload');
    expect(e.placement.gpuLayers).toBeGreaterThan(30);
    expect(e.placement.gpuLayers).toBeLessThan(50);
    expect(e.speed!.decodeTokensPerSec.expected).toBeLessThan(5);
  });

  it('70B Q4_K_M on 2 × 3090 fits fully', () => {
    const e = estimate(input({ model: seedModel('llama-3.1-70b-instruct'), hardware: { devices: [dev('geforce-rtx-3090', 2)], systemMemoryBytes: 64 * GiB } }));
    expect(e.fit).toBe('full-gpu');
  });

  it('mixed sizes split layers in proportion to free memory', () => {
    const e = estimate(input({ model: seedModel('qwen3-32b'), hardware: { devices: [dev('geforce-rtx-3090'), dev('geforce-rtx-3060-12gb')], systemMemoryBytes: 64 * GiB } }));
    const [a, b] = e.memory.devices;
    expect(e.fit).toBe('full-gpu');
    expect(a!.layers).toBeGreaterThan(b!.layers);
  });

  it('no GPU: CPU only when it fits in RAM, else does not fit', () => {
    expect(estimate(input({ hardware: { devices: [], systemMemoryBytes: 32 * GiB } })).fit).toBe('cpu-only');
    expect(estimate(input({ model: seedModel('llama-3.1-70b-instruct'), hardware: { devices: [], systemMemoryBytes: 16 * GiB } })).fit).toBe('does-not-fit');
  });

  it('MoE on a small GPU keeps experts in RAM (--n-cpu-moe) and beats plain layer offload', () => {
    const choice = { model: seedModel('qwen3-30b-a3b'), hardware: { devices: [dev('geforce-rtx-4060')], systemMemoryBytes: 64 * GiB } };
    const moe = estimate(input(choice));
    const plain = estimate(input({ ...choice, moeOffload: 'never' }));
    expect(moe.placement.moeExpertLayersOnCpu).toBeGreaterThan(0);
    expect(moe.speed!.decodeTokensPerSec.expected).toBeGreaterThan(plain.speed!.decodeTokensPerSec.expected);
  });

  it('llama-server\'s --fit moves a MoE model\'s routed experts to RAM first (common/fit.cpp), where the estimate\'s own -ngl would pick whichever split decodes faster', () => {
    // A slow GPU beside fast RAM: moving whole layers to the CPU decodes faster, so the -ngl placement takes layers.
    const hardware = { devices: [{ name: 'slow GPU', kind: 'nvidia' as const, memoryBytes: 8 * GiB, bandwidthGBps: 60, fp16Tflops: 10 }], systemMemoryBytes: 64 * GiB, systemBandwidthGBps: 400 };
    const choice = { model: seedModel('qwen3-30b-a3b'), hardware };
    const bySpeed = estimate(input(choice));
    const byFit = estimate({ ...input(choice), llamaServerFit: true });
    expect(bySpeed.placement.moeExpertLayersOnCpu).toBe(0);
    expect(bySpeed.placement.cpuLayers).toBeGreaterThan(0);
    expect(byFit.placement.cpuLayers).toBe(0);
    expect(byFit.placement.moeExpertLayersOnCpu).toBeGreaterThan(0);
    expect(byFit.placement).toEqual(estimate({ ...input({ ...choice, moeOffload: 'always' }), llamaServerFit: true }).placement);
  });

  it('a tied model under llama.cpp holds a second copy of its embedding as the head on the GPU with the output layer; an untied model and an Apple GPU do not', () => {
    const weightsOf = (slug: string, device: string) => {
      const e = estimate(input({ model: seedModel(slug), hardware: { devices: [dev(device)], systemMemoryBytes: 64 * GiB } }));
      const comp = weightComposition(seedModel(slug), 'Q4_K_M', 'llama.cpp');
      return { e, comp, total: e.memory.devices.reduce((a, d) => a + d.weightsBytes, 0) };
    };
    // Gemma 3 12B: a 262,144-token embedding, tied.
    const gemma = weightsOf('gemma-3-12b-it', 'geforce-rtx-4090');
    expect(gemma.e.fit).toBe('full-gpu');
    expect(gemma.comp.tiedHeadBytes).toBeGreaterThan(0.3 * GiB);
    expect(gemma.e.assumptions.some((a) => a.startsWith('Tied embeddings:'))).toBe(true);
    // Metal's buffers wrap the mmap'd file: the head is the same pages as the embedding. The rest
    // (the file, the vision projector) is held alike, so the difference is the copy.
    const mac = weightsOf('gemma-3-12b-it', 'apple-m4-max-40c-128gb');
    expect(mac.e.fit).toBe('full-gpu');
    // (The estimate scales the composition to the published file's size, the head with it.)
    const scale = gemma.e.fileBytes / gemma.comp.fileBytes;
    expect((gemma.total - mac.total) / (gemma.comp.tiedHeadBytes * scale)).toBeCloseTo(1, 3);
    expect(mac.e.assumptions.some((a) => a.startsWith('Tied embeddings:'))).toBe(false);
    const llama = weightsOf('llama-3.1-8b-instruct', 'geforce-rtx-4090');
    const llamaMac = weightsOf('llama-3.1-8b-instruct', 'apple-m4-max-40c-128gb');
    expect(llama.comp.tiedHeadBytes).toBe(0);
    expect(llama.total).toBeCloseTo(llamaMac.total, -3);
  });

  it('no hardware → memory only', () => {
    const e = estimate(input({ hardware: null }));
    expect(e.fit).toBe('unknown');
    expect(e.speed).toBeNull();
    expect(e.maxContextTokens).toBeNull();
    expect(e.memory.totalBytes).toBeGreaterThan(e.fileBytes);
  });

  it('vLLM reserves its default 92 % of the VRAM CUDA reports (vllm/config/cache.py), or what it is told', () => {
    const e = estimate(input({ runtime: 'vllm', quant: 'BF16', hardware: { devices: [dev('a100-80gb-sxm')] } }));
    expect(e.fit).toBe('full-gpu');
    // CUDA reports a little less than the catalog's 80 GiB (VLLM_MEMORY.visibleShare, fitted on vLLM's printed totals).
    expect(VLLM_MEMORY.visibleShare).toBeGreaterThan(0.95);
    expect(VLLM_MEMORY.visibleShare).toBeLessThanOrEqual(1);
    expect(e.memory.reservedBytes).toBeCloseTo(0.92 * VLLM_MEMORY.visibleShare * 80 * GiB, -3);
    expect(estimate(input({ runtime: 'vllm', quant: 'BF16', gpuMemoryUtilization: 0.5, hardware: { devices: [dev('a100-80gb-sxm')] } })).memory.reservedBytes).toBeCloseTo(0.5 * VLLM_MEMORY.visibleShare * 80 * GiB, -3);
  });
});

describe('Apple Metal working-set cap', () => {
  // recommendedMaxWorkingSetSize as llama.cpp printed it on each Mac (GPU-Benchmarks-on-LLM-Inference's
  // Mac notebooks; 128 GB: ollama discover/llama_server.go's M3 Max line; 36 GB: an M4 Max log).
  it.each([
    [8, 5726.63, 'MB'],
    [16, 11453.25, 'MB'],
    [32, 21845.34, 'MiB'],
    [36, 28991.03, 'MB'],
    [48, 38654.71, 'MB'],
    [64, 51539.61, 'MB'],
    [128, 98304, 'MiB'],
    [192, 154618.82, 'MB'],
  ] as const)('%i GiB → %f %s (llama.cpp logs)', (gib, value, unit) => {
    expect(metalWorkingSetCapBytes(gib * GiB) / (unit === 'MB' ? 1e6 : MiB)).toBeCloseTo(value, 1);
  });

  // The 8 GB M1 notebook ('LLaMA 3/Mac/M1_8GB.ipynb', llama.cpp build 2797, flash attention off, every
  // layer on the GPU): llama-bench ran pp4096 and tg4096 at 96.5 and 11.8 t/s, and printed nonsense
  // for 8192 (1849 t/s prefill, 1133 t/s decode: the GPU's work failed). Llama 3.1 8B's Q4_K_M is the
  // same 4.58 GiB file.
  const m1 = (contextTokens: number, over: Partial<Choice> = {}) =>
    estimate(input({ hardware: { devices: [dev('apple-m1-7c-8gb')] }, contextTokens, ...over }));

  it('8 GB M1, Llama 3.1 8B Q4_K_M: 4,096 tokens fit whole on the GPU, as measured; 8,192 do not', () => {
    const e = m1(4096);
    expect(e.fit).toBe('full-gpu');
    const gpu = e.memory.devices.find((d) => d.kind === 'apple')!;
    // The log's Metal buffers: 4403.50 MiB of weights, 64 MiB of KV per 512 tokens.
    expect(gpu.weightsBytes / MiB).toBeCloseTo(4403.5, -1);
    expect(gpu.kvCacheBytes / MiB).toBeCloseTo(512, 6);
    expect(gpu.bytes).toBeLessThanOrEqual(metalWorkingSetCapBytes(8 * GiB));
    expect(e.speed?.decodeTokensPerSec.expected).toBeGreaterThan(8);
    expect(m1(8192).fit).not.toBe('full-gpu');
  });

  const m1Defaults = (runtime: 'llama.cpp' | 'ollama' | 'lm-studio') =>
    estimate(buildEstimateInput({ model: seedModel('llama-3.1-8b-instruct'), quant: 'Q4_K_M', runtime, hardware: { devices: [dev('apple-m1-7c-8gb')] }, contextTokens: 4096 }).input);

  it.each(['llama.cpp', 'lm-studio'] as const)('8 GB M1 at 4K, %s given the layer count (flash attention auto): whole on the GPU, a tight fit', (runtime) => {
    const e = m1Defaults(runtime);
    expect(e.fit).toBe('full-gpu');
    const gpu = e.memory.devices.find((d) => d.kind === 'apple')!;
    expect(gpu.bytes / gpu.capacityBytes!).toBeGreaterThan(0.9);
  });

  it('8 GB M1 at 4K under Ollama: llama-server\'s --fit keeps 1 GiB of the working set free, so a few layers stay on the CPU', () => {
    const e = m1Defaults('ollama');
    expect(e.fit).toBe('partial-offload');
    expect(e.placement.gpuLayers).toBeGreaterThanOrEqual(24);
    const gpu = e.memory.devices.find((d) => d.kind === 'apple')!;
    expect(gpu.bytes).toBeLessThanOrEqual(gpu.capacityBytes! - GiB);
    expect(e.assumptions.some((a) => a.includes("--fit, which keeps 1024 MiB of each GPU free"))).toBe(true);
  });

  it('a MoE model that only --fit\'s margin keeps off the GPU whole says so beside its experts in RAM', () => {
    const gpu = { ...dev('geforce-rtx-4090'), memoryBytes: 20 * GiB };
    const e = estimate(buildEstimateInput({ model: seedModel('qwen3-30b-a3b'), quant: 'Q4_K_M', runtime: 'ollama', hardware: { devices: [gpu], systemMemoryBytes: 64 * GiB }, contextTokens: 4096 }).input);
    expect(e.placement.cpuLayers).toBe(0);
    expect(e.placement.moeExpertLayersOnCpu).toBeGreaterThan(0);
    expect(e.assumptions.some((a) => a.includes('--fit, which keeps 1024 MiB of each GPU free: the experts of') && a.includes('though all would fit without that margin'))).toBe(true);
  });

  it('llama.cpp told that llama-server chose the layers (llamaServerFit, the harness\'s server runs) keeps the same 1 GiB free as Ollama', () => {
    const input = buildEstimateInput({ model: seedModel('llama-3.1-8b-instruct'), quant: 'Q4_K_M', runtime: 'llama.cpp', hardware: { devices: [dev('apple-m1-7c-8gb')] }, contextTokens: 4096 }).input;
    const byFit = estimate({ ...input, llamaServerFit: true });
    expect(estimate(input).fit).toBe('full-gpu');
    expect(byFit.fit).toBe('partial-offload');
    expect(byFit.placement.gpuLayers).toBe(m1Defaults('ollama').placement.gpuLayers);
    // The assumptions name the same rule the placement used.
    expect(byFit.assumptions.some((a) => a.includes('(as --fit picks them)'))).toBe(true);
    expect(byFit.assumptions.some((a) => a.includes('largest -ngl that fits'))).toBe(false);
  });

  it('law: on a Mac the GPU stays under its cap and the GPU and CPU sides together leave macOS its 2 GiB', () => {
    fc.assert(
      fc.property(fc.constantFrom(8, 16, 18, 24, 32, 36), fc.constantFrom(...SAMPLE_SLUGS.slice(0, 4)), fc.constantFrom(2048, 8192, 32768), (gib, slug, ctx) => {
        const e = estimate(input({ model: seedModel(slug), hardware: { devices: [{ name: 'Mac', kind: 'apple', memoryBytes: gib * GiB, bandwidthGBps: 200, fp16Tflops: null }] }, contextTokens: ctx }));
        if (e.fit === 'does-not-fit') return;
        const gpu = e.memory.devices.find((d) => d.kind === 'apple');
        const host = e.memory.devices.find((d) => d.kind === 'system');
        expect(gpu?.bytes ?? 0).toBeLessThanOrEqual(metalWorkingSetCapBytes(gib * GiB));
        expect((gpu?.bytes ?? 0) + (host?.bytes ?? 0)).toBeLessThanOrEqual((gib - 2) * GiB);
      }),
      { numRuns: 40 },
    );
  });

  it('70B Q4_K_M (≈42 GiB with cache) misses the 36 GiB cap of a 48 GB Mac; a raised wired limit fixes it', () => {
    const mac = (mem: number, wired?: number) =>
      estimate(input({ model: seedModel('llama-3.1-70b-instruct'), hardware: { devices: [{ name: 'Mac', kind: 'apple', memoryBytes: mem, bandwidthGBps: 400, fp16Tflops: null }], ...(wired ? { metalWiredLimitBytes: wired } : {}) } }));
    expect(mac(48 * GiB).fit).not.toBe('full-gpu');
    expect(mac(48 * GiB, 45 * GiB).fit).toBe('full-gpu');
    expect(mac(64 * GiB).fit).toBe('full-gpu');
  });

  it('exo splits layers over machines in proportion to memory when it needs both (16-bit 70B: more than the larger holds)', () => {
    const e = estimate(
      input({
        runtime: 'exo',
        quant: 'BF16',
        model: seedModel('llama-3.1-70b-instruct'),
        hardware: { cluster: true, devices: [dev('apple-m4-max-40c-128gb'), { ...dev('apple-m4-max-40c-128gb'), memoryBytes: 64 * GiB, name: 'M4 Pro 64GB' }] },
      }),
    );
    expect(e.fit).toBe('full-gpu');
    expect(e.memory.devices[0]!.layers).toBeGreaterThan(e.memory.devices[1]!.layers);
  });
});

describe('max context', () => {
  it('is capped by the model and shrinks on a small GPU', () => {
    expect(estimate(input({ hardware: { devices: [dev('a100-80gb-sxm')] } })).maxContextTokens).toBe(131072);
    const small = estimate(input({ hardware: { devices: [dev('geforce-rtx-4060')], systemMemoryBytes: 32 * GiB }, contextTokens: 2048 }));
    expect(small.fit).toBe('full-gpu');
    expect(small.maxContextTokens!).toBeGreaterThan(4096);
    expect(small.maxContextTokens!).toBeLessThan(40000);
    expect(longestContextFor(input({ hardware: { devices: [dev('geforce-rtx-4060')], systemMemoryBytes: 32 * GiB }, contextTokens: 2048 }))).toBe(small.maxContextTokens);
  });
});

describe('uncertainty', () => {
  it('a partly offloaded setup gets a wider decode band than the same model fully on GPUs of the same kind', () => {
    const width = (hardware: HardwareSpec) => {
      const e = estimate(input({ model: seedModel('llama-3.1-70b-instruct'), hardware }));
      return { fit: e.fit, ratio: e.speed!.decodeTokensPerSec.high / e.speed!.decodeTokensPerSec.expected };
    };
    const partial = width({ devices: [dev('geforce-rtx-4090')], systemMemoryBytes: 64 * GiB });
    const full = width({ devices: [dev('geforce-rtx-4090', 2)], systemMemoryBytes: 64 * GiB });
    expect(partial.fit).toBe('partial-offload');
    expect(full.fit).toBe('full-gpu');
    expect(partial.ratio).toBeGreaterThan(full.ratio * 1.1);
  });

  it('confidence follows the data behind the band: high on CUDA and on MLX (many held-out rows), low with layers on the CPU beside CUDA (few)', () => {
    // The committed bands say how many held-out measurements each backend combination's band rests on.
    expect(SPEED_CONSTANTS.bands.decode.byBackend.cuda!.thin).toBe(false);
    expect(SPEED_CONSTANTS.bands.decode.byBackend.mlx!.thin).toBe(false);
    expect(SPEED_CONSTANTS.bands.decode.byBackend['cuda+cpu']?.thin ?? true).toBe(true);
    expect(estimate(input()).confidence).toBe('high');
    const offloaded = estimate(input({ model: seedModel('llama-3.1-70b-instruct'), contextTokens: 4096 }));
    expect(offloaded.fit).toBe('partial-offload');
    expect(offloaded.confidence).toBe('low');
    expect(estimate(input({ runtime: 'mlx', quant: 'MLX-4BIT', hardware: { devices: [dev('apple-m4-max-40c-128gb')] } })).confidence).not.toBe('low');
  });

  it('confidence follows the band widths and says why: each band wider than ×1.5 gives a reason (medium up to ×2.5), narrower ones none; an estimate reads its lowest level', () => {
    const cases = [
      { label: 'vulkan', input: input({ hardware: { devices: [dev('arc-b580')], systemMemoryBytes: 64 * GiB }, gpuBackend: 'vulkan' }) },
      { label: 'rocm', input: input({ hardware: { devices: [dev('radeon-rx-7900-xtx')], systemMemoryBytes: 64 * GiB } }) },
      { label: 'sycl', input: input({ hardware: { devices: [dev('arc-b580')], systemMemoryBytes: 64 * GiB } }) },
      { label: 'cuda', input: input() },
    ];
    const levels: string[] = [];
    for (const c of cases) {
      const e = estimate(c.input);
      expect(e.speed?.backend).toBe(c.label);
      const bands = (['decode', 'prefill'] as const).map((metric) => ({ metric, band: SPEED_CONSTANTS.bands[metric].byBackend[c.label]! }));
      for (const { band } of bands) expect(band.thin).toBe(false);
      const wide = bands.filter(({ band }) => band.factor > BAND_CONFIDENCE.high);
      const expected = wide.map(({ metric, band }) => `${metric} on ${c.label} is known only to within ×${band.factor.toFixed(2)}`);
      expect(e.confidenceReasons).toEqual(expected);
      const level = wide.some(({ band }) => band.factor > BAND_CONFIDENCE.medium) ? 'low' : wide.length > 0 ? 'medium' : 'high';
      expect(e.confidence).toBe(level);
      levels.push(level);
    }
    // The committed fit has both kinds among these (Vulkan's prompt band is wide; CUDA's are not), so both paths are checked.
    expect(levels).toContain('medium');
    expect(levels).toContain('high');
  });
});

describe('speed sanity (speed.csv anchors)', () => {
  it('4090 Llama 3 8B Q4_K_M decodes ≈130 t/s (measured 130.58) inside the band', () => {
    const s = estimate(input({ contextTokens: 1024, depthTokens: 256 })).speed!;
    expect(s.decodeTokensPerSec.low).toBeLessThan(130.58);
    expect(s.decodeTokensPerSec.high).toBeGreaterThan(130.58);
  });
});

describe('laws', () => {
  const slugs = SAMPLE_SLUGS;
  const devs = SAMPLE_DEVICES;
  const quants = ['Q4_K_M', 'Q8_0', 'IQ4_XS', 'Q2_K', 'F16'];
  const arb = fc.record({
    m: fc.constantFrom(...slugs),
    d: fc.constantFrom(...devs),
    q: fc.constantFrom(...quants),
    ctx: fc.integer({ min: 256, max: 65536 }),
    extra: fc.integer({ min: 1, max: 32768 }),
    n: fc.integer({ min: 1, max: 3 }),
    ram: fc.constantFrom(16, 32, 64, 128),
  });
  const mk = (a: { m: string; d: string; q: string; ctx: number; n: number; ram: number }, over: Partial<Choice> = {}) =>
    input({ model: seedModel(a.m), quant: a.q, contextTokens: a.ctx, hardware: { devices: [dev(a.d, a.n)], systemMemoryBytes: a.ram * GiB }, ...over });

  it('more context never needs less memory', () => {
    fc.assert(
      fc.property(arb, (a) => estimate(mk(a, { hardware: null, contextTokens: a.ctx + a.extra })).memory.totalBytes >= estimate(mk(a, { hardware: null })).memory.totalBytes),
      { numRuns: 60 },
    );
  });

  it('another GPU never turns a fit into a non-fit', () => {
    fc.assert(
      fc.property(arb, (a) => {
        const one = estimate(mk(a)).fit;
        const more = estimate(mk({ ...a, n: a.n + 1 })).fit;
        return one === 'does-not-fit' || more !== 'does-not-fit';
      }),
      { numRuns: 60 },
    );
  });

  it('whatever fits holds every weight somewhere: no layer is dropped between the GPUs and system RAM', () => {
    fc.assert(
      fc.property(arb, (a) => {
        const e = estimate(mk(a));
        if (e.fit === 'does-not-fit') return true;
        const held = e.memory.devices.reduce((sum, d) => sum + d.weightsBytes, 0);
        return held >= e.memory.weightsBytes * 0.999 && e.memory.weightsBytes > 0 && held >= estimate(mk(a, { hardware: null })).memory.weightsBytes * 0.999;
      }),
      { numRuns: 60 },
    );
  });

  it('a 70B model whose compute buffer leaves an 8 GB card no room is not "CPU only" with its layers lost (found by the law above)', () => {
    const e = estimate(input({ model: seedModel('llama-3.1-70b-instruct'), contextTokens: 53249, hardware: { devices: [dev('geforce-rtx-4060')], systemMemoryBytes: 16 * GiB } }));
    expect(e.fit).toBe('does-not-fit');
  });

  it('more bandwidth is never slower', () => {
    fc.assert(
      fc.property(arb, fc.double({ min: 1.05, max: 4, noNaN: true }), (a, k) => {
        const d = dev(a.d, a.n);
        const slow = estimate(mk(a, { hardware: { devices: [d], systemMemoryBytes: a.ram * GiB } })).speed;
        const fast = estimate(mk(a, { hardware: { devices: [{ ...d, bandwidthGBps: d.bandwidthGBps * k }], systemMemoryBytes: a.ram * GiB } })).speed;
        if (!slow || !fast) return true;
        return fast.decodeTokensPerSec.expected >= slow.decodeTokensPerSec.expected * 0.9999;
      }),
      { numRuns: 60 },
    );
  });

});

describe('compute figures: no silent fallback (issue 13)', () => {
  const on = (slug: string) => estimate(input({ hardware: { devices: [dev(slug)], systemMemoryBytes: 64 * GiB } }));

  it('a catalogued FP16 peak gives a prefill and no compute caveat (RTX 4090)', () => {
    const e = on('geforce-rtx-4090');
    expect(e.speed?.prefillTokensPerSec?.expected).toBeGreaterThan(0);
    expect(e.assumptions.join(' ')).not.toMatch(/vector peak|no compute figure/i);
  });

  it('FP16 far below FP32 (Tesla P40, 1/64 rate) reads the FP32 peak and says so', () => {
    const e = on('tesla-p40');
    expect(e.speed?.prefillTokensPerSec?.expected).toBeGreaterThan(0);
    expect(e.assumptions.some((a) => a.includes('FP32 peak (11.76 TFLOPS)'))).toBe(true);
  });

  it('no matrix-unit rate (Jetson AGX Orin): the vector peak, said, and at most medium confidence', () => {
    const e = on('jetson-agx-orin-64gb');
    expect(e.speed?.prefillTokensPerSec?.expected).toBeGreaterThan(0);
    expect(e.assumptions.some((a) => a.includes('vector peak (10.65 TFLOPS)'))).toBe(true);
    expect(e.confidence).not.toBe('high');
  });

  it('a derived matrix-unit rate (Arc A770 XMX, from the per-engine rate): read, said, and at most medium confidence', () => {
    const e = on('arc-a770-16gb');
    expect(e.speed?.prefillTokensPerSec?.expected).toBeGreaterThan(0);
    expect(e.assumptions.some((a) => a.includes('FP16 figure (137.6 TFLOPS) is derived'))).toBe(true);
    expect(e.confidence).not.toBe('high');
  });

  it('no compute figure at all (Apple M5 Pro as catalogued: no source gives its GPU clock): no prefill, a warning naming the device, low confidence', () => {
    const e = estimate(input({ hardware: { devices: [dev('apple-m5-pro-20c-64gb')], systemMemoryBytes: 64 * GiB } }));
    expect(e.speed?.decodeTokensPerSec.expected).toBeGreaterThan(0);
    expect(e.speed?.prefillTokensPerSec).toBeNull();
    expect(e.warnings.some((w) => w.includes('No compute figure') && w.includes('M5'))).toBe(true);
    expect(e.confidence).toBe('low');
  });

  it('a unified machine holds the GPU to its driver share of the one pool (DGX Spark 128 GB)', () => {
    const e = estimate(input({ model: seedModel('llama-3.1-70b-instruct'), hardware: { devices: [dev('nvidia-dgx-spark-128gb')], systemMemoryBytes: 128 * GiB } }));
    expect(e.fit).toBe('full-gpu');
    expect(e.assumptions.concat(e.warnings).join(' ')).toMatch(/shared pool/);
  });
});

describe('usable memory', () => {
  it("law: whatever fits uses at most each device's usable memory (VRAM less the system's desktop share, the runtime's overhead inside it)", () => {
    const models = SAMPLE_SLUGS.filter((s) => s !== 'deepseek-v3');
    fc.assert(
      fc.property(
        fc.constantFrom(...models),
        fc.constantFrom('Q4_K_M', 'Q5_K_M', 'Q8_0'),
        fc.constantFrom(...SAMPLE_DEVICES.filter((d) => !d.startsWith('apple'))),
        fc.constantFrom(1, 2),
        fc.constantFrom(...HOST_SYSTEMS),
        fc.constantFrom<Choice['runtime']>('llama.cpp', 'ollama', 'lm-studio'),
        fc.integer({ min: 1024, max: 65536 }),
        (slug, quant, device, count, os, runtime, contextTokens) => {
          const e = estimate(input({ model: seedModel(slug), quant, runtime, hardware: { devices: [dev(device, count)], systemMemoryBytes: 64 * GiB, os }, contextTokens, flashAttention: true }));
          if (e.fit === 'does-not-fit') return;
          for (const d of e.memory.devices) {
            expect(d.capacityBytes).not.toBeNull();
            expect(d.bytes, `${slug} ${quant} ${contextTokens} on ${d.device} (${os})`).toBeLessThanOrEqual(d.capacityBytes!);
            if (d.kind !== 'system') expect(d.capacityBytes).toBe(seedDevice(device).memoryBytes - d.displayReserveBytes);
          }
          // The desktop runs on one GPU: at most one device keeps its share.
          const reserving = e.memory.devices.filter((d) => d.displayReserveBytes > 0);
          expect(reserving.length).toBeLessThanOrEqual(1);
          for (const d of reserving) expect(d.displayReserveBytes).toBe(DISPLAY_RESERVE_BYTES[os]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the desktop reserve', () => {
  const twoCards = (os: 'windows' | 'linux' | 'headless', cluster = false) =>
    estimate(input({ model: seedModel('llama-3.1-70b-instruct'), quant: 'Q4_K_M', runtime: 'llama.cpp', hardware: { devices: [dev('geforce-rtx-3090', 2)], systemMemoryBytes: 64 * GiB, os, ...(cluster ? { cluster } : {}) }, contextTokens: 4096, flashAttention: true }));

  it.each(['windows', 'linux'] as const)('on two GPUs under %s only the first (the display GPU) keeps it; the second is usable whole', (os) => {
    const e = twoCards(os);
    const gpus = e.memory.devices.filter((d) => d.kind !== 'system');
    expect(gpus).toHaveLength(2);
    const vram = seedDevice('geforce-rtx-3090').memoryBytes;
    expect(gpus[0]!.capacityBytes).toBe(vram - DISPLAY_RESERVE_BYTES[os]);
    expect(gpus[0]!.displayReserveBytes).toBe(DISPLAY_RESERVE_BYTES[os]);
    expect(gpus[1]!.capacityBytes).toBe(vram);
    expect(gpus[1]!.displayReserveBytes).toBe(0);
    for (const d of gpus) expect(d.bytes).toBeLessThanOrEqual(d.capacityBytes!);
    // The second card, free of the desktop, takes more of the layers (llama.cpp splits by free memory).
    expect(gpus[1]!.layers).toBeGreaterThanOrEqual(gpus[0]!.layers);
    const built = buildEstimateInput({ model: seedModel('llama-3.1-70b-instruct'), quant: 'Q4_K_M', runtime: 'llama.cpp', hardware: { devices: [dev('geforce-rtx-3090', 2)], os }, contextTokens: 4096 });
    expect(built.assumptions.join(' ')).toContain('of the first GPU (the one that drives the display; the others keep none)');
  });

  it('two GPUs keep less for the desktop than before the fix: the pair holds what two reserves would have pushed out', () => {
    const windows = twoCards('windows');
    const headless = twoCards('headless');
    const usable = (e: typeof windows) => e.memory.devices.reduce((a, d) => a + (d.kind === 'system' ? 0 : d.capacityBytes ?? 0), 0);
    expect(usable(headless) - usable(windows)).toBe(DISPLAY_RESERVE_BYTES.windows);
  });

  it('in a cluster every machine drives its own display, so each keeps it', () => {
    const e = estimate(input({ model: seedModel('llama-3.1-70b-instruct'), quant: 'Q4_K_M', runtime: 'exo', hardware: { devices: [dev('geforce-rtx-3090', 3)], cluster: true, os: 'linux' }, contextTokens: 4096 }));
    expect(e.fit).not.toBe('does-not-fit');
    for (const d of e.memory.devices) expect(d.displayReserveBytes).toBe(DISPLAY_RESERVE_BYTES.linux);
  });
});

describe('exo clusters', () => {
  const exo = (devices: DeviceSpec[], slug = 'llama-3.1-70b-instruct', quant = 'Q4_K_M') =>
    estimate(input({ model: seedModel(slug), quant, runtime: 'exo', hardware: { devices, cluster: true }, contextTokens: 8192 }));
  const machines = (e: ReturnType<typeof estimate>) => e.memory.devices.filter((d) => d.kind !== 'system' && d.layers > 0);

  it("uses the fewest machines whose memory holds the model, as exo's placement does; the rest stay free", () => {
    // A 70B at 4 bits (~40 GiB) on four 64 GB Macs (Metal cap ~48 GiB each): one does not hold it with its cache, two do.
    const four = exo([dev('apple-m2-ultra-60c-64gb', 4)]);
    expect(four.fit).toBe('full-gpu');
    expect(machines(four).length).toBeLessThan(4);
    expect(four.assumptions.join(' ')).toMatch(/fewest machines whose memory holds it: \d of the 4 machines/);
  });

  it('with mixed machines it takes the largest first', () => {
    const e = exo([dev('apple-m2-ultra-60c-64gb'), dev('apple-m2-ultra-60c-192gb'), dev('apple-m2-ultra-60c-64gb')]);
    expect(e.fit).toBe('full-gpu');
    expect(machines(e).map((d) => d.device)).toEqual([seedDevice('apple-m2-ultra-60c-192gb').name]);
  });

  it('a model no subset holds does not fit', () => {
    expect(exo([dev('apple-m2-ultra-60c-64gb', 2)], 'deepseek-v3').fit).toBe('does-not-fit');
  });

  describe('the link between the machines', () => {
    const model = seedModel('llama-3.1-70b-instruct');
    const overLink = (link: ClusterLink, devices = [dev('apple-m4-pro-20c-48gb', 3)]) =>
      estimate(input({ model, quant: 'Q4_K_M', runtime: 'exo', hardware: { devices, cluster: true, link }, contextTokens: 8192 }));
    const secondsPerToken = (e: ReturnType<typeof estimate>) => 1 / e.speed!.decodeTokensPerSec.expected;

    it('law: a token pays exactly the link cost per machine boundary (two messages each), so a slower link is slower by that much', () => {
      const fast = overLink('tb5-rdma');
      const boundaries = machines(fast).length - 1;
      expect(boundaries).toBeGreaterThan(0);
      for (const link of CLUSTER_LINKS) {
        const e = overLink(link);
        expect(machines(e).length - 1).toBe(boundaries);
        const extra = boundaries * (clusterHopSeconds(link, model.architecture.hiddenSize) - clusterHopSeconds('tb5-rdma', model.architecture.hiddenSize));
        expect(secondsPerToken(e) - secondsPerToken(fast)).toBeCloseTo(extra, 9);
        expect(e.assumptions.join(' ')).toContain(`exo link: ${CLUSTER_LINK_FACTS[link].basis}`);
      }
      expect(secondsPerToken(overLink('ethernet-1g'))).toBeGreaterThan(secondsPerToken(overLink('thunderbolt')));
      expect(secondsPerToken(overLink('thunderbolt'))).toBeGreaterThan(secondsPerToken(fast));
    });

    it('orders the links as their latency and rate do: RDMA, then IP over Thunderbolt, then 10 GbE, then 1 GbE', () => {
      const hop = (link: ClusterLink) => clusterHopSeconds(link, model.architecture.hiddenSize);
      expect(hop('tb5-rdma')).toBeLessThan(hop('thunderbolt'));
      expect(hop('thunderbolt')).toBeLessThan(hop('ethernet-10g'));
      expect(hop('ethernet-10g')).toBeLessThan(hop('ethernet-1g'));
    });

    it('a model one machine holds crosses no boundary: the link changes nothing', () => {
      const one = (link: ClusterLink) => overLink(link, [dev('apple-m2-ultra-60c-192gb'), dev('apple-m4-pro-20c-48gb')]);
      expect(machines(one('tb5-rdma'))).toHaveLength(1);
      expect(one('ethernet-1g').speed!.decodeTokensPerSec.expected).toBe(one('tb5-rdma').speed!.decodeTokensPerSec.expected);
      expect(one('ethernet-1g').assumptions.join(' ')).not.toContain('exo link:');
    });
  });
});

describe('Transformers peak: prefill or grown cache, whichever is larger', () => {
  // Qwen3 8B in BF16 on an A100 80GB: one GPU, so the device's figures are the whole model's.
  const tf = (contextTokens: number, promptTokens: number) =>
    estimate(input({ model: seedModel('qwen3-8b'), quant: 'BF16', runtime: 'transformers', hardware: { devices: [dev('a100-80gb-sxm')] }, contextTokens, promptTokens }));
  const gpu = (e: ReturnType<typeof estimate>) => e.memory.devices.find((d) => d.kind !== 'system')!;

  it('a 1-token prompt needs no more than the cache the generated tokens fill', () => {
    expect(gpu(tf(2049, 1)).computeBytes).toBe(0);
  });

  it('a long prompt adds its activations less the cache the generated tokens add later', () => {
    const long = gpu(tf(32768, 30720));
    const promptOnly = gpu(tf(30720, 30720));
    // Same prompt, same activations; 2048 more cache cells at the end absorb part of the prefill peak.
    expect(long.kvCacheBytes - promptOnly.kvCacheBytes).toBeGreaterThan(0);
    expect(long.computeBytes).toBeCloseTo(promptOnly.computeBytes - (long.kvCacheBytes - promptOnly.kvCacheBytes), -3);
    expect(long.kvCacheBytes + long.computeBytes).toBeCloseTo(promptOnly.kvCacheBytes + promptOnly.computeBytes, -3);
  });

  it('the peak never falls below weights plus the full cache', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 32768 }), fc.integer({ min: 1, max: 32768 }), (a, b) => {
        const [prompt, context] = a <= b ? [a, b] : [b, a];
        const d = gpu(tf(context, prompt));
        expect(d.computeBytes).toBeGreaterThanOrEqual(0);
        expect(d.bytes).toBeGreaterThanOrEqual(d.weightsBytes + d.kvCacheBytes);
      }),
      { numRuns: 25 },
    );
  });
});
