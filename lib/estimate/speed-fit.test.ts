// The fitted speed constants: the committed file is what `npm run fit:speed` makes of the committed
// data, the cross-validation keeps each source in one fold and refits without it, and the estimate
// applies exactly the constants the fit produced. No timing assertions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fittedFile from './fitted/speed-constants.json';
import { fitDataHash, loadAccuracyData } from '@/lib/data/reference-data';
import { speedConstantsFileSchema } from '@/lib/schemas/speed-constants';
import { speedSamples, type SpeedSample } from './accuracy';
import { LAST_BUILD_BEFORE_AMD_WMMA_MMQ, SPEED_BACKENDS, SPEED_CONSTANTS, SPEED_PRIORS, deviceCompute, emulatedDotOpsPerSecond, intelVulkanMmvqOpsPerSecond, isSm61Nvidia, isPascalNvidia, prefillTflops, quantPrefillViaBlas, syclPlainLayoutShare, type Backend, type SpeedParam } from './backends';
import { buildEstimateInput } from './choice';
import { estimate, speedFeaturesFor } from './estimate';
import {
  FIT_ORDER, assignFolds, calibrateBands, constantsTable, crossValidate, fitSpeedBackends, informsFit, nelderMead, predictSpeed, primaryBackend, type FittedBackends,
} from './speed-fit';
import { decodeSecondsFrom, poissonAtLeast, prefillSecondsFrom, speedFromFeatures } from './speed';
import { SEED_CATALOG, seedDevice, seedModel } from '@/tests/support/seed-catalog';
import { weightComposition } from './weights';

const { samples } = speedSamples(loadAccuracyData());
const committed = speedConstantsFileSchema.parse(fittedFile);
const committedFitted = committed.backends as FittedBackends;

describe('the committed fit (lib/estimate/fitted/speed-constants.json)', () => {
  it('holds every fitted constant within its physical range, bands of at least 1 (schema)', () => {
    // parse above would have thrown; check the schema can fail on an out-of-range constant.
    const broken = structuredClone(fittedFile) as { backends: { cuda: { bwEfficiency: number } } };
    broken.backends.cuda.bwEfficiency = 5;
    expect(speedConstantsFileSchema.safeParse(broken).success).toBe(false);
    expect(speedConstantsFileSchema.safeParse(fittedFile).success).toBe(true);
  });

  it('was fitted on exactly the committed data: its hash matches the samples the harness makes now', () => {
    // Fails when a measurement, the catalog, the row mapping or the speed features change: run `npm run fit:speed`.
    expect(fitDataHash(samples)).toBe(committed.dataHash);
    expect(committed.rows.decode).toBe(samples.filter((s) => s.metric === 'decode').length);
    expect(committed.rows.prefill).toBe(samples.filter((s) => s.metric === 'prefill').length);
  });

  it.each(['cpu', 'rocm', 'sycl', 'metal'] as const)('refitting %s from the committed constants reproduces them exactly', (backend) => {
    const refit = fitSpeedBackends(samples, { backends: [backend], base: committedFitted });
    expect(refit[backend]).toEqual(committedFitted[backend]);
  });

  it('has a constant for every prior and nothing else, for every backend', () => {
    for (const b of SPEED_BACKENDS) expect(Object.keys(committedFitted[b]).sort()).toEqual(Object.keys(SPEED_PRIORS[b]).sort());
  });

  it('is what the estimator runs: an estimate’s speed equals the fitted formulas on its features', () => {
    const inputs = [
      buildEstimateInput({ model: seedModel('llama-3.1-8b-instruct'), quant: 'Q4_K_M', runtime: 'llama.cpp', hardware: { devices: [seedDevice('geforce-rtx-4090')] }, contextTokens: 8192 }).input,
      buildEstimateInput({ model: seedModel('qwen3-30b-a3b'), quant: 'Q4_K_M', runtime: 'ollama', hardware: { devices: [seedDevice('geforce-rtx-3060-12gb')], systemMemoryBytes: 64 * 2 ** 30 } }).input,
      buildEstimateInput({ model: seedModel('qwen2.5-7b-instruct'), quant: 'AWQ-INT4', runtime: 'vllm', hardware: { devices: [seedDevice('a100-80gb-sxm', 2)] }, contextTokens: 8192 }).input,
    ];
    for (const input of inputs) {
      const features = speedFeaturesFor(input)!;
      const table = constantsTable(committedFitted);
      const e = estimate(input).speed!;
      expect(e.decodeTokensPerSec.expected).toBeCloseTo(predictSpeed({ metric: 'decode', features }, table), 9);
      expect(e.prefillTokensPerSec!.expected).toBeCloseTo(predictSpeed({ metric: 'prefill', features }, table), 9);
      expect(speedFromFeatures(features, SPEED_CONSTANTS)!.decode.high).toBeCloseTo(e.decodeTokensPerSec.high, 9);
    }
  });
});

describe('cross-validation by source', () => {
  it('deals sources, never rows: every source lands in exactly one fold in [0, k)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'), { minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 7 }), (ids, k) => {
        const folds = assignFolds(ids, k);
        expect(new Set(folds.keys())).toEqual(new Set(ids));
        for (const f of folds.values()) expect(f >= 0 && f < k).toBe(true);
      }),
    );
  });

  const k = 5;
  const cv = crossValidate(samples, k);

  it('puts all rows of one source in the same fold on the committed data', () => {
    const foldOf = new Map<string, Set<number>>();
    samples.forEach((s, i) => foldOf.set(s.sourceId, (foldOf.get(s.sourceId) ?? new Set()).add(cv.heldOut[i]!.fold)));
    for (const [source, folds] of foldOf) expect({ source, folds: folds.size }).toEqual({ source, folds: 1 });
    expect(new Set(cv.heldOut.map((h) => h.fold)).size).toBe(k);
  });

  it('predicts a fold with constants fitted without it (the refit happens inside the fold)', () => {
    const fold = cv.heldOut[samples.findIndex((s) => s.sourceId === 'xiongjiedai_gpu_benchmarks')]!.fold;
    const table = constantsTable(fitSpeedBackends(samples.filter((_, i) => cv.heldOut[i]!.fold !== fold)));
    const all = constantsTable(fitSpeedBackends(samples));
    let differs = 0;
    samples.forEach((s, i) => {
      if (cv.heldOut[i]!.fold !== fold) return;
      expect(cv.heldOut[i]!.predicted).toBeCloseTo(predictSpeed(s, table), 9);
      if (Math.abs(predictSpeed(s, all) / cv.heldOut[i]!.predicted - 1) > 1e-6) differs++;
    });
    // The in-sample fit saw these rows: at least some of its predictions must differ from the held-out ones.
    expect(differs).toBeGreaterThan(0);
  });

  it('calibrates each fold’s bands without that fold, and the final bands on all held-out rows', () => {
    const residuals = samples.map((s, i) => ({ metric: s.metric, label: s.features.label, absLogError: Math.abs(Math.log(cv.heldOut[i]!.predicted / s.measured)) }));
    expect(cv.bands).toEqual(calibrateBands(residuals));
    for (const metric of ['decode', 'prefill'] as const) {
      expect(cv.bands[metric].pooled.heldOutRows).toBe(samples.filter((s) => s.metric === metric).length);
      // At least the calibration level of the pooled held-out residuals lies inside the pooled band.
      const inside = residuals.filter((r) => r.metric === metric && Math.exp(r.absLogError) <= cv.bands[metric].pooled.factor).length;
      expect(inside / cv.bands[metric].pooled.heldOutRows).toBeGreaterThanOrEqual(metric === 'decode' ? 0.85 : 0.75);
    }
  });
});

describe('the optimizer', () => {
  it('Nelder–Mead finds the minimum of a shifted quadratic bowl', () => {
    const { x, value } = nelderMead(([a, b]) => (a! - 1.5) ** 2 + 3 * (b! + 0.5) ** 2, [0, 0], 0.8, 2000);
    expect(x[0]).toBeCloseTo(1.5, 3);
    expect(x[1]).toBeCloseTo(-0.5, 3);
    expect(value).toBeLessThan(1e-6);
  });

  it('reproduces measurements generated by known constants (CUDA decode rows, constants away from the priors)', () => {
    const truth: FittedBackends = structuredClone(committedFitted);
    Object.assign(truth.cuda, { bwEfficiency: 0.7, bwCeilingGBps: 2500, layerLatencyUs: 30 });
    const table = constantsTable(truth);
    const rows: SpeedSample[] = samples
      .filter((s) => s.metric === 'decode' && primaryBackend(s.features, 'decode') === 'cuda')
      .map((s) => ({ ...s, measured: predictSpeed(s, table) }));
    const refit = constantsTable(fitSpeedBackends(rows, { backends: ['cuda'], base: committedFitted }));
    const errors = rows.map((s) => Math.abs(predictSpeed(s, refit) / s.measured - 1)).sort((a, b) => a - b);
    expect(errors[Math.floor(errors.length / 2)]!).toBeLessThan(0.01);
  });

  it('fits no backend\'s constants on rows whose layers decode in an undescribed host\'s RAM, and still scores them', () => {
    const onAssumedHost = samples.filter((s) => s.features.hostBandwidthAssumed);
    expect(onAssumedHost.length).toBeGreaterThan(0);
    expect(onAssumedHost.every((s) => s.features.partialOffload && !informsFit(s.features))).toBe(true);
    // Those rows measured 10x slower change nothing the fit writes.
    const cudaRows = samples.filter((s) => primaryBackend(s.features, s.metric) === 'cuda');
    const skewed = cudaRows.map((s) => (s.features.hostBandwidthAssumed ? { ...s, measured: s.measured / 10 } : s));
    expect(fitSpeedBackends(skewed, { backends: ['cuda'], base: committedFitted }).cuda).toEqual(fitSpeedBackends(cudaRows, { backends: ['cuda'], base: committedFitted }).cuda);
  });

  it('fits the undescribed host\'s bandwidth on those rows: offload rows generated with a known hostBwGBps give it back', () => {
    const truth: FittedBackends = structuredClone(committedFitted);
    truth.cpu.hostBwGBps = 45;
    const table = constantsTable(truth);
    // Every other row keeps its measurement, so the CPU's own block refits to the committed values.
    const rows: SpeedSample[] = samples.map((s) => (s.metric === 'decode' && s.features.hostBandwidthAssumed ? { ...s, measured: predictSpeed(s, table) } : s));
    expect(rows.filter((s) => s.features.hostBandwidthAssumed).length).toBeGreaterThan(5);
    const refit = fitSpeedBackends(rows, { backends: ['cpu'], base: committedFitted });
    expect(refit.cpu.hostBwGBps! / 45).toBeCloseTo(1, 2);
    expect(refit.cpu.bwEfficiency).toBe(committedFitted.cpu.bwEfficiency);
  });

  it('reads an undescribed host at the fitted hostBwGBps and a described one at its stated bandwidth', () => {
    const model = seedModel('qwen3-32b');
    const base = { model, quant: 'Q4_K_M', runtime: 'llama.cpp' as const, contextTokens: 4096 };
    const undescribed = speedFeaturesFor(buildEstimateInput({ ...base, hardware: { devices: [seedDevice('geforce-rtx-4060-ti-8gb')] } }).input)!;
    const described = speedFeaturesFor(buildEstimateInput({ ...base, hardware: { devices: [seedDevice('geforce-rtx-4060-ti-8gb')], systemBandwidthGBps: 60 } }).input)!;
    const slowHost: FittedBackends = structuredClone(committedFitted);
    slowHost.cpu.hostBwGBps = committedFitted.cpu.hostBwGBps! / 2;
    const committedTable = constantsTable(committedFitted);
    expect(decodeSecondsFrom(undescribed, constantsTable(slowHost))).toBeGreaterThan(decodeSecondsFrom(undescribed, committedTable) * 1.2);
    expect(decodeSecondsFrom(described, constantsTable(slowHost))).toBe(decodeSecondsFrom(described, committedTable));
  });

  it('marks a partial offload whose host states its bandwidth as informing the fit', () => {
    const model = seedModel('qwen3-32b');
    const base = { model, quant: 'Q4_K_M', runtime: 'llama.cpp' as const, contextTokens: 4096 };
    const undescribed = speedFeaturesFor(buildEstimateInput({ ...base, hardware: { devices: [seedDevice('geforce-rtx-4060-ti-8gb')] } }).input)!;
    const described = speedFeaturesFor(buildEstimateInput({ ...base, hardware: { devices: [seedDevice('geforce-rtx-4060-ti-8gb')], systemBandwidthGBps: 60 } }).input)!;
    expect(undescribed.partialOffload && described.partialOffload).toBe(true);
    expect(undescribed.hostBandwidthAssumed).toBe(true);
    expect(described.hostBandwidthAssumed).toBe(false);
    expect(informsFit(described)).toBe(true);
  });

  it('leaves a backend without rows at its prior centres', () => {
    const fitted = fitSpeedBackends(samples.filter((s) => primaryBackend(s.features, s.metric) !== 'sycl'), { backends: ['sycl'], base: committedFitted });
    for (const [p, prior] of Object.entries(SPEED_PRIORS.sycl) as [SpeedParam, { center: number }][]) expect(fitted.sycl[p]).toBe(prior.center);
  });

  it('fits every backend in FIT_ORDER, the CPU first', () => {
    expect([...FIT_ORDER].sort()).toEqual([...SPEED_BACKENDS].sort());
    expect(FIT_ORDER[0]).toBe<Backend>('cpu');
  });
});

describe('the compute path of prefill', () => {
  it('runs BF16 weights at the BF16 peak under CUDA/HIP (cuBLAS BF16, FP32 accumulate), F16 and quantized weights at the FP16 figure', () => {
    const rtx4090 = seedDevice('geforce-rtx-4090');
    expect(rtx4090.peaks?.bf16TensorTflops).toBeLessThan(rtx4090.fp16Tflops!);
    expect(prefillTflops(rtx4090, 'cuda', true)).toBe(rtx4090.peaks?.bf16TensorTflops);
    expect(prefillTflops(rtx4090, 'cuda', false)).toBe(deviceCompute(rtx4090).tflops);
    // Vulkan, Metal and the Python runtimes keep the FP16 figure (no BLAS BF16 call there).
    expect(prefillTflops(rtx4090, 'vulkan', true)).toBe(deviceCompute(rtx4090).tflops);
    expect(prefillTflops(rtx4090, 'vllm', true)).toBe(deviceCompute(rtx4090).tflops);
  });

  it('runs an Arc A-series card on XMX under SYCL but on its vector engines under Vulkan (no cooperative matrices before Xe2)', () => {
    const a770 = seedDevice('arc-a770-16gb');
    const b70 = seedDevice('arc-pro-b70');
    const vector = Math.max(a770.peaks!.fp32VectorTflops!, a770.peaks!.fp16VectorTflops!);
    expect(prefillTflops(a770, 'sycl', false)).toBe(a770.fp16Tflops);
    expect(prefillTflops(a770, 'vulkan', false)).toBe(vector);
    expect(vector).toBeLessThan(a770.fp16Tflops!);
    // Xe2 keeps its XMX figure under Vulkan.
    expect(prefillTflops(b70, 'vulkan', false)).toBe(b70.fp16Tflops);
  });

  it('runs a SYCL build without GGML_SYCL_F16 at the FP32 vector peak, and only under SYCL', () => {
    const b70 = seedDevice('arc-pro-b70');
    expect(prefillTflops(b70, 'sycl', false, true)).toBe(b70.peaks!.fp32VectorTflops);
    expect(prefillTflops(b70, 'sycl', false, false)).toBe(b70.fp16Tflops);
    expect(prefillTflops(b70, 'vulkan', false, true)).toBe(b70.fp16Tflops);
  });

  it('falls back to the FP16 figure where the catalog has no BF16 peak', () => {
    const strixHalo = seedDevice('ryzen-ai-max-plus-395-128gb');
    expect(strixHalo.peaks?.bf16TensorTflops ?? null).toBeNull();
    expect(prefillTflops(strixHalo, 'rocm', true)).toBe(deviceCompute(strixHalo).tflops);
  });

  it('slows BF16 prefill by the fitted factor and leaves F16 alone (same model, same card, llama.cpp on ROCm)', () => {
    const hardware = { devices: [seedDevice('radeon-ai-pro-r9700')], systemMemoryBytes: 64 * 2 ** 30 };
    const prefillOf = (quant: 'BF16' | 'F16') => {
      const features = speedFeaturesFor(
        buildEstimateInput({ model: seedModel('qwen3-8b'), quant, runtime: 'llama.cpp', hardware, contextTokens: 4096 }).input,
      );
      // The matmuls only: streaming the KV cache at depth, the attention over it and each pass's fixed costs do not depend on the weights' type.
      const matmulsOnly = { ...SPEED_CONSTANTS, backends: { ...SPEED_CONSTANTS.backends, rocm: { ...SPEED_CONSTANTS.backends.rocm, prefillKvPasses: 0, flashAttentionShare: 1e12, layerLatencyUs: 0, tokenOverheadMs: 0 } } };
      return speedFromFeatures(features!, matmulsOnly)!.prefill!.expected;
    };
    const factor = SPEED_CONSTANTS.backends.rocm.prefillBf16Factor;
    expect(factor).toBeLessThan(1);
    expect(prefillOf('BF16') / prefillOf('F16')).toBeCloseTo(factor, 2);
  });

  it('a short prompt reads slower per token: each forward pass pays the fixed per-layer cost and streams the weights once (Transformers: the whole prompt in one pass; llama.cpp: 512-token ubatches)', () => {
    const hardware = { devices: [seedDevice('a100-80gb-sxm')], systemMemoryBytes: 64 * 2 ** 30 };
    const rate = (runtime: 'transformers' | 'llama.cpp', promptTokens: number) => {
      const input = buildEstimateInput({ model: seedModel('llama-3.1-8b-instruct'), quant: runtime === 'llama.cpp' ? 'Q4_K_M' : 'BF16', runtime, hardware, contextTokens: 8192, promptTokens }).input;
      return speedFromFeatures(speedFeaturesFor(input)!, SPEED_CONSTANTS)!.prefill!.expected;
    };
    for (const runtime of ['transformers', 'llama.cpp'] as const) {
      expect(rate(runtime, 64), runtime).toBeLessThan(rate(runtime, 128));
      expect(rate(runtime, 128), runtime).toBeLessThan(rate(runtime, 512));
    }
    // Past one ubatch llama.cpp's passes are all 512 tokens: the per-token rate no longer rises with the prompt.
    expect(rate('llama.cpp', 4096)).toBeCloseTo(rate('llama.cpp', 512), 6);
    // Transformers takes a long prompt in one pass, so the fixed cost is spread thinner still.
    expect(rate('transformers', 4096)).toBeGreaterThan(rate('transformers', 512));
  });

  it('prices F16/BF16 routed experts under CUDA/HIP with their own constant (one BLAS call per expert), quantized experts with MMQ’s', () => {
    const featuresOf = (quant: 'F16' | 'Q4_K_M') =>
      speedFeaturesFor(buildEstimateInput({ model: seedModel('qwen3-30b-a3b'), quant, runtime: 'llama.cpp', hardware: { devices: [seedDevice('a100-80gb-sxm')] }, contextTokens: 4096 }).input)!;
    const base = SPEED_CONSTANTS.backends;
    const slowerFloatExperts = { ...base, cuda: { ...base.cuda, moeFloatTokensPerExpertHalf: base.cuda.moeFloatTokensPerExpertHalf * 4 } };
    expect(prefillSecondsFrom(featuresOf('F16'), slowerFloatExperts)!).toBeGreaterThan(prefillSecondsFrom(featuresOf('F16'), base)!);
    expect(prefillSecondsFrom(featuresOf('Q4_K_M'), slowerFloatExperts)).toBe(prefillSecondsFrom(featuresOf('Q4_K_M'), base));
    // Vulkan has no such constant: one MUL_MAT_ID shader for both.
    expect(SPEED_PRIORS.vulkan.moeFloatTokensPerExpertHalf).toBeUndefined();
  });

  it('streams the KV cache once per query tile at depth: prefill time grows linearly in prefillKvPasses, and not at all at depth 0', () => {
    const hardware = { devices: [seedDevice('radeon-ai-pro-r9700')], systemMemoryBytes: 64 * 2 ** 30 };
    const featuresAt = (depthTokens: number) =>
      speedFeaturesFor(buildEstimateInput({ model: seedModel('qwen3-8b'), quant: 'Q4_K_M', runtime: 'llama.cpp', hardware, contextTokens: 40000, depthTokens }).input)!;
    const withPasses = (passes: number) => ({ ...SPEED_CONSTANTS.backends, rocm: { ...SPEED_CONSTANTS.backends.rocm, prefillKvPasses: passes } });
    const deep = featuresAt(32768);
    const [t0, t1, t2] = [0, 10, 20].map((p) => prefillSecondsFrom(deep, withPasses(p))!);
    expect(t1!).toBeGreaterThan(t0!);
    expect(t2! - t1!).toBeCloseTo(t1! - t0!, 9);
    expect(deep.prefill[0]!.kvBytes).toBeGreaterThan(featuresAt(0).prefill[0]!.kvBytes);
  });

  it('an older HIP build on a WMMA GPU dequantizes quantized weights to FP16 for BLAS: the F16 rate plus the bytes moved; current software, Vulkan and RDNA2 keep MMQ', () => {
    const featuresOf = (device: string, llamaCppBuild: number | undefined, gpuBackend: 'vulkan' | null = null, quant = 'Q4_K_M') => {
      const input = buildEstimateInput({ model: seedModel('qwen3-8b'), quant, runtime: 'llama.cpp', hardware: { devices: [seedDevice(device)], systemMemoryBytes: 64 * 2 ** 30 }, contextTokens: 4096, gpuBackend }).input;
      return speedFeaturesFor(llamaCppBuild === undefined ? input : { ...input, llamaCppBuild })!;
    };
    const [old, current] = [featuresOf('ryzen-ai-max-plus-395-128gb', LAST_BUILD_BEFORE_AMD_WMMA_MMQ), featuresOf('ryzen-ai-max-plus-395-128gb', undefined)];
    const seg = old.prefill[0]!;
    // Every weight outside the routed experts goes through BLAS: its quantized bytes, plus 2 bytes per weight written and 2 read back.
    const weightParams = seg.blasFlopsPerToken / 2;
    expect(weightParams).toBeGreaterThan(7e9);
    expect(seg.blasDequantBytes).toBeCloseTo((weightParams * old.bitsPerWeight) / 8 + 4 * weightParams, -3);
    expect(current.prefill[0]!.blasDequantBytes).toBe(0);
    expect(featuresOf('ryzen-ai-max-plus-395-128gb', LAST_BUILD_BEFORE_AMD_WMMA_MMQ + 1).prefill[0]!.blasFlopsPerToken).toBe(0);
    expect(featuresOf('ryzen-ai-max-plus-395-128gb', 6000, 'vulkan').prefill[0]!.blasFlopsPerToken).toBe(0);
    expect(featuresOf('ryzen-ai-max-plus-395-128gb', 6000, null, 'F16').prefill[0]!.blasFlopsPerToken).toBe(0);
    // The time: the F16 path's rate for those FLOPs (no prefillQuantFactor), plus the bytes at the achieved bandwidth.
    const c = SPEED_CONSTANTS.backends.rocm;
    const noDequantCost = { ...SPEED_CONSTANTS.backends, rocm: { ...c, prefillQuantFactor: 1 } };
    const bw = Math.min(c.bwEfficiency * seg.bandwidthGBps, c.bwCeilingGBps);
    const extra = prefillSecondsFrom(old, noDequantCost)! - prefillSecondsFrom(current, noDequantCost)!;
    expect(extra).toBeGreaterThan((0.9 * seg.blasDequantBytes) / (bw * 1e9));
    expect(extra).toBeLessThan((1.1 * seg.blasDequantBytes) / (c.bwEfficiency * seg.bandwidthGBps * 1e9) + 1e-9);
    expect(quantPrefillViaBlas(seedDevice('radeon-rx-7900-xtx'), 'rocm', 4008)).toBe(true);
    expect(quantPrefillViaBlas(seedDevice('radeon-rx-7900-xtx'), 'cuda', 4008)).toBe(false);
  });

  it('those builds send the routed experts given 64 tokens or more to BLAS: the Poisson share of experts past MMQ’s batch limit', () => {
    expect(poissonAtLeast(64, 64)).toBeCloseTo(0.517, 3);
    expect(poissonAtLeast(32, 64)).toBeLessThan(1e-6);
    expect(poissonAtLeast(512, 64)).toBeCloseTo(1, 9);
    fc.assert(fc.property(fc.double({ min: 1, max: 400, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true }), (a, d) => poissonAtLeast(a, 64) <= poissonAtLeast(a + d, 64) + 1e-12));
    const shareOf = (model: string) => {
      const input = buildEstimateInput({ model: seedModel(model), quant: 'Q4_K_M', runtime: 'llama.cpp', hardware: { devices: [seedDevice('ryzen-ai-max-plus-395-128gb')] }, contextTokens: 4096 }).input;
      return speedFeaturesFor({ ...input, llamaCppBuild: 6077 })!.prefill[0]!.blasExpertShare;
    };
    // Qwen3-30B-A3B: 128 experts, 8 routed, 32 tokens each in a 512-token ubatch: MMQ.
    expect(shareOf('qwen3-30b-a3b')).toBeLessThan(1e-6);
  });

  it('without flash attention the scores go through memory: 16 bytes per score per ubatch, growing with depth; with it, none', () => {
    const featuresOf = (flashAttention: boolean, depthTokens: number) =>
      speedFeaturesFor(buildEstimateInput({ model: seedModel('qwen3-8b'), quant: 'Q4_K_M', runtime: 'llama.cpp', hardware: { devices: [seedDevice('geforce-rtx-4090')] }, contextTokens: 40000, depthTokens, flashAttention }).input)!;
    // Qwen3-8B: 36 full-attention layers of 32 query heads; a ubatch of 512 queries starting at the depth sees depth + 512 keys.
    expect(featuresOf(false, 8192).prefill[0]!.attentionScoreBytes).toBeCloseTo(36 * 32 * (8192 + 512) * 512 * 16, -3);
    expect(featuresOf(true, 8192).prefill[0]!.attentionScoreBytes).toBe(0);
    const c = SPEED_CONSTANTS.backends.cuda;
    const seg = featuresOf(false, 8192).prefill[0]!;
    const extra = prefillSecondsFrom(featuresOf(false, 8192), SPEED_CONSTANTS.backends)! - prefillSecondsFrom(featuresOf(true, 8192), SPEED_CONSTANTS.backends)!;
    expect(extra).toBeGreaterThanOrEqual(seg.attentionScoreBytes / (Math.min(c.bwEfficiency * seg.bandwidthGBps, c.bwCeilingGBps) * 1e9) - 1e-9);
    expect(prefillSecondsFrom(featuresOf(false, 16384), SPEED_CONSTANTS.backends)! - prefillSecondsFrom(featuresOf(true, 16384), SPEED_CONSTANTS.backends)!).toBeGreaterThan(extra);
  });

  it('with flash attention the attention over the cache runs at flashAttentionShare of the F16 rate: its time scales as 1 ÷ share and linearly with the keys attended, and is not there without flash attention', () => {
    const featuresOf = (flashAttention: boolean, depthTokens: number, quant = 'Q4_K_M') =>
      speedFeaturesFor(buildEstimateInput({ model: seedModel('qwen3-8b'), quant, runtime: 'llama.cpp', hardware: { devices: [seedDevice('geforce-rtx-4090')] }, contextTokens: 40000, depthTokens, flashAttention }).input)!;
    const withShare = (share: number) => ({ ...SPEED_CONSTANTS.backends, cuda: { ...SPEED_CONSTANTS.backends.cuda, flashAttentionShare: share } });
    const deep = featuresOf(true, 16384);
    const seg = deep.prefill[0]!;
    // Qwen3-8B: 36 full-attention layers, 32 query heads of 128 (keys and values), prefill read at depth + 256.
    expect(seg.flashAttentionFlopsPerToken).toBeCloseTo(36 * 2 * 32 * 256 * (16384 + 256), -3);
    expect(featuresOf(false, 16384).prefill[0]!.flashAttentionFlopsPerToken).toBe(0);
    // The attention's seconds double when the share halves; the rest of the ubatch does not move.
    const [t1, tHalf, tQuarter] = [1, 0.5, 0.25].map((x) => prefillSecondsFrom(deep, withShare(x))!);
    expect(tQuarter! - tHalf!).toBeCloseTo(2 * (tHalf! - t1!), 9);
    expect(tHalf! - t1!).toBeGreaterThan(0);
    // Linear in the keys attended: at depth 0 a ubatch attends only its own first half (256 keys on average).
    const shallow = featuresOf(true, 0);
    const shallowAttention = prefillSecondsFrom(shallow, withShare(0.5))! - prefillSecondsFrom(shallow, withShare(1))!;
    expect(shallowAttention / (tHalf! - t1!)).toBeCloseTo(256 / (16384 + 256), 6);
    // The kernel works on the F16 cache: the weights' format does not change its time.
    const attentionSeconds = (quant: string) => prefillSecondsFrom(featuresOf(true, 16384, quant), withShare(0.25))! - prefillSecondsFrom(featuresOf(true, 16384, quant), withShare(0.5))!;
    expect(attentionSeconds('Q8_0')).toBeCloseTo(attentionSeconds('Q4_K_M'), 9);
    // A prior on every llama.cpp GPU backend, none on the CPU or the Python runtimes.
    for (const b of ['cuda', 'rocm', 'vulkan', 'sycl'] as const) expect(SPEED_PRIORS[b].flashAttentionShare, b).toBeDefined();
    for (const b of ['cpu', 'mlx', 'vllm', 'transformers'] as const) expect(SPEED_PRIORS[b].flashAttentionShare, b).toBeUndefined();
  });
});

describe('decode terms', () => {
  const featuresOf = (model: string, quant: string, device: string, runtime: 'llama.cpp' | 'vllm' = 'llama.cpp', gpuBackend: 'vulkan' | null = null) =>
    speedFeaturesFor(buildEstimateInput({ model: seedModel(model), quant, runtime, hardware: { devices: [seedDevice(device)] }, contextTokens: 4096, gpuBackend }).input)!;

  it('overlaps launches with memory streaming by launchOverlapPower: the sum at 1, less than the sum above it, never less than the larger of the two', () => {
    const f = featuresOf('qwen3-8b', 'Q4_K_M', 'geforce-rtx-4090');
    const at = (p: number) => decodeSecondsFrom(f, { ...SPEED_CONSTANTS.backends, cuda: { ...SPEED_CONSTANTS.backends.cuda, launchOverlapPower: p } });
    const noLaunch = decodeSecondsFrom(f, { ...SPEED_CONSTANTS.backends, cuda: { ...SPEED_CONSTANTS.backends.cuda, layerLatencyUs: 0 } });
    const launches = (f.decode[0]!.layers * SPEED_CONSTANTS.backends.cuda.layerLatencyUs) / 1e6;
    expect(at(1)).toBeCloseTo(noLaunch + launches, 12);
    expect(at(2)).toBeLessThan(at(1));
    expect(at(16)).toBeGreaterThanOrEqual(Math.max(noLaunch, launches));
  });

  it('adds the emulated dp4a of a device without an INT8 dot instruction (catalog int8Path none) to quantized decode only', () => {
    const base = SPEED_CONSTANTS.backends;
    const at = (ops: number) => ({ ...base, cuda: { ...base.cuda, emulatedDotOpsPerWeight: ops } });
    const p100 = seedDevice('tesla-p100-16gb');
    expect(p100.peaks?.int8Path).toBe('none');
    expect(emulatedDotOpsPerSecond(p100)).toBe((p100.peaks!.fp32VectorTflops! * 1e12) / 2);
    expect(emulatedDotOpsPerSecond(seedDevice('tesla-p40'))).toBeNull();
    const quantized = featuresOf('qwen3-8b', 'Q4_K_M', 'tesla-p100-16gb');
    const float = featuresOf('qwen3-8b', 'F16', 'tesla-p100-16gb');
    const p40 = featuresOf('qwen3-8b', 'Q4_K_M', 'tesla-p40');
    expect(quantized.decode[0]!.emulatedDotWeights).toBeGreaterThan(0);
    expect(float.decode[0]!.emulatedDotWeights).toBe(0);
    expect(p40.decode[0]!.emulatedDotWeights).toBe(0);
    // Without launches to overlap, each integer op per weight adds exactly weights ÷ rate seconds per token.
    const s = quantized.decode[0]!;
    const noLaunch = (ops: number) => ({ ...base, cuda: { ...base.cuda, emulatedDotOpsPerWeight: ops, layerLatencyUs: 0, pascalLayerLatencyUs: 0 } });
    expect(decodeSecondsFrom(quantized, noLaunch(10)) - decodeSecondsFrom(quantized, noLaunch(0))).toBeCloseTo((10 * s.emulatedDotWeights) / s.emulatedDotOpsPerSecond!, 12);
    expect(decodeSecondsFrom(quantized, at(11))).toBeGreaterThan(decodeSecondsFrom(quantized, at(10)));
    // F16 weights (cuBLAS / the F16 mat-vec, no dp4a) and a device with dp4a do not move.
    expect(decodeSecondsFrom(float, at(30))).toBe(decodeSecondsFrom(float, at(1)));
    expect(decodeSecondsFrom(p40, at(30))).toBe(decodeSecondsFrom(p40, at(1)));
  });

  it('streams a tied model’s head (its embedding) on the device that holds the output layer, every token', () => {
    // An empty context: no cache to read beside the weights.
    const f = speedFeaturesFor(buildEstimateInput({ model: seedModel('qwen3-0.6b'), quant: 'Q8_0', runtime: 'llama.cpp', hardware: { devices: [seedDevice('geforce-rtx-4090')] }, contextTokens: 256, depthTokens: 0 }).input)!;
    const comp = weightComposition(seedModel('qwen3-0.6b'), 'Q8_0', 'llama.cpp');
    const layers = comp.layerActiveBytes.reduce((a, b) => a + b, 0);
    // One GPU holds everything: the weights it streams a token are the layers', the output block's and the head's (the cache aside).
    const streamed = f.decode[0]!.bytes;
    expect(streamed).toBeGreaterThanOrEqual(layers + comp.outputBytes + comp.tiedHeadBytes);
    expect(streamed - (layers + comp.outputBytes + comp.tiedHeadBytes)).toBeLessThan(0.01 * comp.tiedHeadBytes);
  });

  it('scales prompt matmuls on an Intel XMX GPU under Vulkan by intelCoopmatShare, and nothing else: not SYCL, not an Arc A-series (vector engines), not another vendor', () => {
    const base = SPEED_CONSTANTS.backends;
    const share = (x: number) => ({ ...base, vulkan: { ...base.vulkan, intelCoopmatShare: x } });
    const b70 = featuresOf('qwen3-8b', 'Q4_K_M', 'arc-pro-b70', 'llama.cpp', 'vulkan');
    expect(b70.prefill[0]!.intelCoopmat).toBe(true);
    // Compute-bound at 512 tokens: a lower share can only slow the prompt down.
    expect(prefillSecondsFrom(b70, share(0.25))!).toBeGreaterThan(prefillSecondsFrom(b70, share(1))!);
    for (const other of [
      featuresOf('qwen3-8b', 'Q4_K_M', 'arc-pro-b70'),
      featuresOf('qwen3-8b', 'Q4_K_M', 'arc-a770-16gb', 'llama.cpp', 'vulkan'),
      featuresOf('qwen3-8b', 'Q4_K_M', 'geforce-rtx-4090', 'llama.cpp', 'vulkan'),
    ]) {
      expect(other.prefill.every((s) => !s.intelCoopmat)).toBe(true);
      expect(prefillSecondsFrom(other, share(0.25))).toBe(prefillSecondsFrom(other, share(1)));
    }
  });

  it("adds Vulkan MMVQ's integer work on an Intel GPU to quantized decode, except the formats and short rows Vulkan sends to its float shader", () => {
    const base = SPEED_CONSTANTS.backends;
    const noLaunch = (ops: number) => ({ ...base, vulkan: { ...base.vulkan, intelMmvqOpsPerWeight: ops, layerLatencyUs: 0 } });
    const b70 = seedDevice('arc-pro-b70');
    expect(intelVulkanMmvqOpsPerSecond(b70, 'Q4_K_M', true, 4096)).toBe((b70.peaks!.fp32VectorTflops! * 1e12) / 2);
    expect(intelVulkanMmvqOpsPerSecond(b70, 'Q4_0', true, 4096)).toBeNull();
    expect(intelVulkanMmvqOpsPerSecond(b70, 'Q4_K_M', true, 1024)).toBeNull();
    expect(intelVulkanMmvqOpsPerSecond(seedDevice('geforce-rtx-4090'), 'Q4_K_M', true, 4096)).toBeNull();
    const kQuant = featuresOf('qwen3-8b', 'Q4_K_M', 'arc-pro-b70', 'llama.cpp', 'vulkan');
    const q40 = featuresOf('qwen3-8b', 'Q4_0', 'arc-pro-b70', 'llama.cpp', 'vulkan');
    const sycl = featuresOf('qwen3-8b', 'Q4_K_M', 'arc-pro-b70');
    expect(kQuant.decode[0]!.intelMmvqWeights).toBeGreaterThan(0);
    expect(q40.decode[0]!.intelMmvqWeights).toBe(0);
    expect(sycl.decode[0]!.intelMmvqWeights).toBe(0);
    // Without launches to overlap, each integer op per weight adds exactly weights ÷ rate seconds per token.
    const s = kQuant.decode[0]!;
    expect(decodeSecondsFrom(kQuant, noLaunch(10)) - decodeSecondsFrom(kQuant, noLaunch(0))).toBeCloseTo((10 * s.intelMmvqWeights) / s.intelMmvqOpsPerSecond!, 12);
    expect(decodeSecondsFrom(q40, noLaunch(30))).toBe(decodeSecondsFrom(q40, noLaunch(1)));
  });

  it('streams an HBM device (catalog memory type) at hbmBwShare of the bandwidth; a GDDR device is untouched', () => {
    const base = SPEED_CONSTANTS.backends;
    const at = (share: number) => ({ ...base, cuda: { ...base.cuda, hbmBwShare: share } });
    const a100 = featuresOf('qwen3-8b', 'Q4_K_M', 'a100-80gb-sxm');
    const rtx = featuresOf('qwen3-8b', 'Q4_K_M', 'geforce-rtx-4090');
    expect(seedDevice('a100-80gb-sxm').memoryType).toMatch(/^HBM/);
    expect(a100.decode[0]!.hbm).toBe(true);
    expect(rtx.decode[0]!.hbm).toBe(false);
    // A lower share slows only the HBM device's weight streaming; a share of 1 is the GDDR model.
    expect(decodeSecondsFrom(a100, at(0.5))).toBeGreaterThan(decodeSecondsFrom(a100, at(1)));
    expect(decodeSecondsFrom(rtx, at(0.5))).toBe(decodeSecondsFrom(rtx, at(1)));
    // With the share at 1 an HBM device is the same device as if its memory were GDDR.
    expect(decodeSecondsFrom(a100, at(1))).toBe(decodeSecondsFrom({ ...a100, decode: a100.decode.map((s) => ({ ...s, hbm: false })) }, at(1)));
  });

  it('tells compute capability 6.1 from the catalog facts (dp4a, no tensor cores) and streams only it at sm61BwShare', () => {
    const base = SPEED_CONSTANTS.backends;
    const at = (share: number) => ({ ...base, cuda: { ...base.cuda, sm61BwShare: share } });
    // Over the whole catalog: GP102/GP107 and the P40 are sm_61; not the P100 (sm_60: no dp4a), the V100s (tensor cores), nor any later part.
    const sm61 = SEED_CATALOG.hardware.filter((h) => isSm61Nvidia(seedDevice(h.slug))).map((h) => h.slug).sort();
    expect(sm61).toEqual(['geforce-gtx-1050-ti', 'geforce-gtx-1080-ti', 'tesla-p40']);
    // A dp4a part without tensor cores whose FP16 runs at twice FP32 (Turing's GTX 16 series) is not sm_61.
    const gtx1660 = { ...seedDevice('geforce-gtx-1080-ti'), name: 'GTX 1660-like', peaks: { ...seedDevice('geforce-gtx-1080-ti').peaks!, fp32VectorTflops: 5, fp16VectorTflops: 10 } };
    expect(isSm61Nvidia(gtx1660)).toBe(false);
    const pascal = featuresOf('qwen3-8b', 'Q4_K_M', 'geforce-gtx-1080-ti');
    const turing = featuresOf('qwen3-8b', 'Q4_K_M', 'geforce-rtx-2080');
    expect(pascal.decode[0]!.sm61).toBe(true);
    expect(turing.decode[0]!.sm61).toBe(false);
    expect(decodeSecondsFrom(pascal, at(0.5))).toBeGreaterThan(decodeSecondsFrom(pascal, at(1)));
    expect(decodeSecondsFrom(turing, at(0.5))).toBe(decodeSecondsFrom(turing, at(1)));
    // At a share of 1 an sm_61 card is any other NVIDIA card with its spec.
    expect(decodeSecondsFrom(pascal, at(1))).toBe(decodeSecondsFrom({ ...pascal, decode: pascal.decode.map((s) => ({ ...s, sm61: false })) }, at(1)));
  });

  it('charges each layer pascalLayerLatencyUs under llama.cpp\'s CUDA build on a Pascal GPU (catalog facts), and nowhere else', () => {
    const base = SPEED_CONSTANTS.backends;
    const at = (us: number) => ({ ...base, cuda: { ...base.cuda, pascalLayerLatencyUs: us } });
    // Over the whole catalog: the sm_60 P100 and the sm_61 parts; no part with tensor cores.
    const slugs = SEED_CATALOG.hardware.filter((h) => isPascalNvidia(seedDevice(h.slug))).map((h) => h.slug).sort();
    expect(slugs).toEqual(['geforce-gtx-1050-ti', 'geforce-gtx-1080-ti', 'tesla-p100-16gb', 'tesla-p40']);
    // Turing's GTX 16 series (no tensor cores, but dp4a and full-rate FP16) is not Pascal.
    const gtx1660 = { ...seedDevice('geforce-gtx-1080-ti'), name: 'GTX 1660-like', peaks: { ...seedDevice('geforce-gtx-1080-ti').peaks!, fp32VectorTflops: 5, fp16VectorTflops: 10 } };
    expect(isPascalNvidia(gtx1660)).toBe(false);
    const pascal = featuresOf('qwen3-0.6b', 'Q4_K_M', 'geforce-gtx-1050-ti');
    const pascalVulkan = featuresOf('qwen3-0.6b', 'Q4_K_M', 'geforce-gtx-1050-ti', 'llama.cpp', 'vulkan');
    const turing = featuresOf('qwen3-0.6b', 'Q4_K_M', 'geforce-rtx-2080');
    expect(pascal.decode[0]!.pascal).toBe(true);
    expect(pascalVulkan.decode[0]!.pascal).toBe(false);
    expect(turing.decode[0]!.pascal).toBe(false);
    // More per-layer cost slows the Pascal card under CUDA, in decode and in each prompt pass's fixed cost; nothing else moves.
    expect(decodeSecondsFrom(pascal, at(300))).toBeGreaterThan(decodeSecondsFrom(pascal, at(0)));
    expect(prefillSecondsFrom(pascal, at(300))!).toBeGreaterThan(prefillSecondsFrom(pascal, at(0))!);
    for (const other of [pascalVulkan, turing]) expect(decodeSecondsFrom(other, at(300))).toBe(decodeSecondsFrom(other, at(0)));
    // The estimate says so where it applies.
    const says = (f: typeof pascal) => speedFromFeatures(f, SPEED_CONSTANTS)!.assumptions.some((a) => a.startsWith('A Pascal GPU under llama.cpp'));
    expect(says(pascal)).toBe(true);
    expect(says(turing) || says(pascalVulkan)).toBe(false);
  });

  it('streams weights llama.cpp\'s SYCL build has no reordered kernel for at syclPlainBwShare, by the build the row names; Vulkan and current builds of reordered types are untouched', () => {
    const base = SPEED_CONSTANTS.backends;
    const at = (share: number) => ({ ...base, sycl: { ...base.sycl, syclPlainBwShare: share } });
    const arc = (quant: string, llamaCppBuild?: number, gpuBackend: 'vulkan' | null = null) => {
      const input = buildEstimateInput({ model: seedModel('llama-2-7b'), quant, runtime: 'llama.cpp', hardware: { devices: [seedDevice('arc-a770-16gb')] }, contextTokens: 4096, gpuBackend }).input;
      return speedFeaturesFor(llamaCppBuild === undefined ? input : { ...input, llamaCppBuild })!;
    };
    // Q4_0 took the reordered layout in b4767 (#12035), the Q6_K head by b5798: a b3999 run reads every quantized
    // weight from the plain layout, a b4767 run only the head, a b5798 run none.
    const before = arc('Q4_0', 3999);
    const headOnly = arc('Q4_0', 4767);
    const after = arc('Q4_0', 5798);
    const weights = before.decode[0]!.bytes - before.decode[0]!.cacheBytes;
    expect(before.decode[0]!.syclPlainBytes / weights).toBeGreaterThan(0.99);
    expect(headOnly.decode[0]!.syclPlainBytes / weights).toBeGreaterThan(0.02);
    expect(headOnly.decode[0]!.syclPlainBytes / weights).toBeLessThan(0.1);
    expect(after.decode[0]!.syclPlainBytes).toBe(0);
    expect(arc('Q4_0').decode[0]!.syclPlainBytes).toBe(0);
    expect(decodeSecondsFrom(before, at(0.5))).toBeGreaterThan(decodeSecondsFrom(before, at(1)));
    expect(decodeSecondsFrom(after, at(0.5))).toBe(decodeSecondsFrom(after, at(1)));
    // A type with no reordered kernel (IQ4_XS) streams plain whatever the build; Vulkan has no such term.
    expect(arc('IQ4_XS').decode[0]!.syclPlainBytes).toBeGreaterThan(0);
    const vulkan = arc('Q4_0', 3999, 'vulkan');
    expect(vulkan.decode[0]!.backend).toBe('vulkan');
    expect(vulkan.decode[0]!.syclPlainBytes).toBe(0);
    // The rule by type and build, and its sentence in the estimate.
    expect(syclPlainLayoutShare({ Q4_K: 0.7, Q6_K: 0.29, F32: 0.01 }, 5000)).toBeCloseTo(0.99, 12);
    expect(syclPlainLayoutShare({ Q4_K: 0.7, Q6_K: 0.29, F32: 0.01 }, 5798)).toBe(0);
    expect(syclPlainLayoutShare({ Q8_0: 0.5, MXFP4: 0.5 }, 9039)).toBe(0.5);
    expect(syclPlainLayoutShare({ BF16: 1 }, 3999)).toBe(0);
    const says = (f: typeof before) => speedFromFeatures(f, SPEED_CONSTANTS)!.assumptions.some((a) => a.startsWith("llama.cpp's SYCL build multiplies"));
    expect(says(before)).toBe(true);
    expect(says(after)).toBe(false);
  });

  it("keeps a CPU segment's cache in decode's bytes and out of prefill's beside a GPU, so the SYCL sentence's share is of weights only", () => {
    // Qwen3 32B at Q4_0 does not fit a 16 GB A770: llama.cpp keeps the first layers (and their cache) in system RAM.
    const input = buildEstimateInput({ model: seedModel('qwen3-32b'), quant: 'Q4_0', runtime: 'llama.cpp', hardware: { devices: [seedDevice('arc-a770-16gb')], systemMemoryBytes: 64 * 2 ** 30 }, contextTokens: 32768 }).input;
    const f = speedFeaturesFor({ ...input, depthTokens: 16384, llamaCppBuild: 3999 })!;
    const cpuDecode = f.decode.find((s) => s.backend === 'cpu')!;
    const cpuPrefill = f.prefill.find((s) => s.backend === 'cpu')!;
    expect(f.partialOffload).toBe(true);
    // Decode reads the CPU layers' cache on the CPU; prefill attends over it on the GPU.
    expect(cpuDecode.cacheBytes).toBeGreaterThan(0);
    expect(cpuPrefill.kvBytes).toBe(0);
    const plain = f.decode.reduce((a, s) => a + s.syclPlainBytes, 0);
    const weights = f.decode.reduce((a, s) => a + s.bytes - s.cacheBytes, 0);
    const sentence = speedFromFeatures(f, SPEED_CONSTANTS)!.assumptions.find((a) => a.startsWith("llama.cpp's SYCL build multiplies"))!;
    expect(sentence).toContain(`multiplies ${Math.round((100 * plain) / weights)} % of the weights`);
  });

  it('charges decode the attention over the cache where computing it outlasts reading it: an MLA model at depth, not a GQA one', () => {
    const base = SPEED_CONSTANTS.backends;
    const at = (share: number) => ({ ...base, mlx: { ...base.mlx, decodeAttentionShare: share } });
    const mlxAt = (model: string, depthTokens: number) => {
      const input = buildEstimateInput({ model: seedModel(model), quant: 'MLX-4BIT', runtime: 'mlx', hardware: { devices: [seedDevice('apple-m4-max-40c-128gb')] }, contextTokens: 32768 }).input;
      return speedFeaturesFor({ ...input, depthTokens })!;
    };
    const glmDeep = mlxAt('glm-4.7-flash', 21256);
    const glmShallow = mlxAt('glm-4.7-flash', 256);
    const llamaDeep = mlxAt('llama-3.1-8b-instruct', 21256);
    const seg = glmDeep.decode[0]!;
    // GLM-4.7-Flash absorbed: 20 heads over a 576-wide key and 512-wide value per cached latent, 47 layers.
    expect(seg.attnFlops).toBeCloseTo(2 * 20 * (2 * 512 + 64) * 21256 * 47, -6);
    expect(seg.attnTflops).toBe(seedDevice('apple-m4-max-40c-128gb').peaks!.fp32VectorTflops);
    // FLOPs per cache byte: about 38 for the latent, 4 for Llama's GQA groups of four.
    expect(seg.attnFlops / seg.cacheBytes).toBeGreaterThan(30);
    expect(llamaDeep.decode[0]!.attnFlops / llamaDeep.decode[0]!.cacheBytes).toBeLessThan(5);
    // A slow enough kernel makes the MLA model pay; the GQA model at the committed share does not, nor does the short context.
    expect(decodeSecondsFrom(glmDeep, at(0.05))).toBeGreaterThan(decodeSecondsFrom(glmDeep, at(2)));
    expect(decodeSecondsFrom(llamaDeep, at(base.mlx.decodeAttentionShare))).toBe(decodeSecondsFrom(llamaDeep, at(2)));
    expect(decodeSecondsFrom(glmShallow, at(base.mlx.decodeAttentionShare))).toBe(decodeSecondsFrom(glmShallow, at(2)));
    // The kernel's peak: the matrix units under vLLM and under llama.cpp's CUDA build with tensor cores, the FP32 lanes elsewhere.
    const deepOn = (model: string, device: string, runtime: 'llama.cpp' | 'vllm') => {
      const input = buildEstimateInput({ model: seedModel(model), quant: runtime === 'vllm' ? 'BF16' : 'Q4_K_M', runtime, hardware: { devices: [seedDevice(device), ...(runtime === 'vllm' ? [seedDevice(device)] : [])] }, contextTokens: 32768 }).input;
      return speedFeaturesFor({ ...input, depthTokens: 32000 })!;
    };
    const a100 = deepOn('qwen3-32b', 'a100-80gb-sxm', 'vllm');
    expect(a100.decode[0]!.attnTflops).toBe(deviceCompute(seedDevice('a100-80gb-sxm')).tflops);
    expect(deepOn('qwen3-8b', 'geforce-rtx-4090', 'llama.cpp').decode[0]!.attnTflops).toBe(deviceCompute(seedDevice('geforce-rtx-4090')).tflops);
    expect(deepOn('qwen3-8b', 'tesla-p100-16gb', 'llama.cpp').decode[0]!.attnTflops).toBe(seedDevice('tesla-p100-16gb').peaks!.fp32VectorTflops);
    // A GQA group of eight on tensor cores at 32k tokens stays bound by reading the cache.
    expect(decodeSecondsFrom(a100, base)).toBe(decodeSecondsFrom(a100, { ...base, vllm: { ...base.vllm, decodeAttentionShare: 2 } }));
    const says = (f: typeof glmDeep) => speedFromFeatures(f, SPEED_CONSTANTS)!.assumptions.some((a) => a.startsWith('At this depth the attention over the cache is compute-bound'));
    expect(says(glmDeep)).toBe(true);
    expect(says(llamaDeep) || says(glmShallow)).toBe(false);
  });

  it('reads F16/BF16 routed experts at floatExpertBwShare of the bandwidth; quantized experts and dense models are untouched', () => {
    const base = SPEED_CONSTANTS.backends;
    const half = { ...base, vulkan: { ...base.vulkan, floatExpertBwShare: 0.5 } };
    const full = { ...base, vulkan: { ...base.vulkan, floatExpertBwShare: 1 } };
    const bf16 = featuresOf('qwen3-30b-a3b', 'BF16', 'radeon-ai-pro-r9700', 'llama.cpp', 'vulkan');
    expect(bf16.decode[0]!.backend).toBe('vulkan');
    expect(decodeSecondsFrom(bf16, half)).toBeGreaterThan(decodeSecondsFrom(bf16, full));
    const q4 = featuresOf('qwen3-30b-a3b', 'Q4_K_M', 'radeon-ai-pro-r9700', 'llama.cpp', 'vulkan');
    expect(decodeSecondsFrom(q4, half)).toBe(decodeSecondsFrom(q4, full));
    const dense = featuresOf('qwen3-8b', 'BF16', 'radeon-ai-pro-r9700', 'llama.cpp', 'vulkan');
    expect(decodeSecondsFrom(dense, half)).toBe(decodeSecondsFrom(dense, full));
  });

  it('charges a MoE model a fixed cost per routed expert per layer (moeExpertLatencyUs), and a dense model nothing', () => {
    const base = SPEED_CONSTANTS.backends;
    const slowerRouting = { ...base, cuda: { ...base.cuda, moeExpertLatencyUs: base.cuda.moeExpertLatencyUs + 1000 } };
    const moe = featuresOf('qwen3-30b-a3b', 'Q4_K_M', 'geforce-rtx-4090');
    const dense = featuresOf('qwen3-8b', 'Q4_K_M', 'geforce-rtx-4090');
    expect(moe.activeExperts).toBe(8);
    expect(dense.activeExperts).toBe(0);
    // A millisecond more per routed expert: the launches now outweigh the streaming, so at least half of it shows.
    expect(decodeSecondsFrom(moe, slowerRouting) - decodeSecondsFrom(moe, base)).toBeGreaterThan(moe.decode[0]!.layers * moe.activeExperts * 0.5e-3);
    expect(decodeSecondsFrom(dense, slowerRouting)).toBe(decodeSecondsFrom(dense, base));
  });

  it('charges vLLM on a unified-memory SoC (Jetson) its own per-token host cost, and a discrete GPU the other', () => {
    const base = SPEED_CONSTANTS.backends;
    const slowerSoc = { ...base, vllm: { ...base.vllm, socHostFactor: base.vllm.socHostFactor + 1 } };
    const jetson = featuresOf('qwen3-8b', 'AWQ-INT4', 'jetson-agx-orin-64gb', 'vllm');
    const a100 = featuresOf('qwen3-8b', 'AWQ-INT4', 'a100-80gb-sxm', 'vllm');
    expect(jetson.socHost).toBe(true);
    expect(a100.socHost).toBe(false);
    expect(decodeSecondsFrom(jetson, slowerSoc) - decodeSecondsFrom(jetson, base)).toBeCloseTo(base.vllm.tokenOverheadMs / 1000, 9);
    expect(decodeSecondsFrom(a100, slowerSoc)).toBe(decodeSecondsFrom(a100, base));
  });
});
