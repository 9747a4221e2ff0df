// The accuracy harness on the committed measurements and catalog (tests run on Node; the library
// itself never touches the file system). Held-out figures are the ones the targets apply to.
import { describe, expect, it } from 'vitest';
import { committedSpeedHeldOut, loadAccuracyData } from '@/lib/data/reference-data';
import { constantsTable, fitSpeedBackends, predictSpeed } from './speed-fit';
import { ACCURACY_TARGETS, NO_COMPUTE, computeAccuracy, interpret2026, speedSamples, targetMisses, transformersMemoryRows, vllmMemoryRows, type MetricName } from './accuracy';
import { fitTransformersMemory, fitVllmMemory, predictTransformersMemory, predictVllmKvPool, vllmBudgetBytes, type VllmFitRow } from './memory-fit';
import { TRANSFORMERS_MEMORY, VLLM_MEMORY, vllmActivationUnitBytes, vllmSamplerLogitsBytes } from './overhead';
import { estimateChoice } from './choice';
import { vllmBatchedTokens, vllmMaxNumSeqs } from './runtime-defaults';
import { EXCLUDED, LATER, loopsOverEveryExpert, parseSettings, parseSpeedTest, resolveHardware, resolveModel, resolveQuant, transformersVersion, vllmBeforeCudaGraphs, vllmVersion, type ReferenceCatalog } from './accuracy-rows';
import { parseCsv } from './csv';
import { mapHardware } from './accuracy-fixtures';
import { isHbmMemory } from './speed';

const data = loadAccuracyData();
// The held-out speed predictions npm run fit:speed committed (one refit per source is too slow to
// repeat here); the test below checks them against a refit for two sources.
const speedHeldOut = committedSpeedHeldOut(data);
const report = computeAccuracy(data, { speedHeldOut });
const metric = (m: MetricName) => report.metrics.find((x) => x.metric === m)!;

describe('the committed held-out speed predictions (lib/estimate/fitted/speed-heldout.json)', () => {
  const { samples } = speedSamples(data);

  it('exist for exactly the committed data (run npm run fit:speed when this fails)', () => {
    expect(speedHeldOut?.length).toBe(samples.length);
  });

  it.each(['xiongjiedai_gpu_benchmarks', 'kyuz0_strixhalo'])('are, for %s, what constants refitted without that source predict', (source) => {
    const rows = samples.map((s, i) => ({ s, i })).filter((x) => x.s.sourceId === source);
    expect(rows.length).toBeGreaterThan(10);
    const table = constantsTable(fitSpeedBackends(samples.filter((s) => s.sourceId !== source)));
    for (const { s, i } of rows) {
      expect(speedHeldOut![i]!.predicted / predictSpeed(s, table), `${source} row ${i}`).toBeCloseTo(1, 9);
      expect(new Set(rows.map((r) => speedHeldOut![r.i]!.fold)).size).toBe(1);
    }
  });
});

describe('accuracy on fixtures/reference, held-out', () => {
  it('reports in-sample and held-out figures for every quantity', () => {
    for (const m of report.metrics) {
      expect(m.inSample.n, m.metric).toBeGreaterThan(5);
      expect(m.heldOutMethod.length).toBeGreaterThan(10);
    }
    for (const m of ['fileSize', 'transformersMemory', 'mlxMemory', 'decode', 'prefill'] as const) expect(metric(m).heldOut.n, m).toBeGreaterThan(20);
    expect(metric('vllmKvCache').heldOut.n).toBe(metric('vllmKvCache').inSample.n);
    // Speed: every measurement has a held-out prediction.
    expect(metric('decode').heldOut.n).toBe(metric('decode').inSample.n);
    expect(metric('prefill').heldOut.n).toBe(metric('prefill').inSample.n);
  });

  // The targets of issue 16 the estimator does not meet yet, on the committed data. A met target that
  // regresses fails here, and so does a listed one that is met (take it off the list): the list is
  // what /accuracy and the README say is not met yet. Every target is met (decode p90 34.99 %, at the line).
  const NOT_MET_YET: string[] = [];

  it('misses exactly the targets recorded as not met yet', () => {
    expect(targetMisses(report).map((x) => `${x.metric} ${x.measure}`)).toEqual(NOT_MET_YET);
  });

  it.each(['fileSize', 'decode', 'prefill'] as const)('%s meets its held-out median target', (name) => {
    expect(metric(name).heldOut.medianAbsPctErr).toBeLessThanOrEqual(ACCURACY_TARGETS[name]!.median);
  });

  it.each(['decode', 'prefill'] as const)('%s: the held-out measurements fall inside their band at least as often as targeted', (name) => {
    expect(metric(name).heldOut.bandCoverage!).toBeGreaterThanOrEqual(ACCURACY_TARGETS[name]!.band!);
  });

  it('lists a miss with its value and target', () => {
    const changed = { ...report, metrics: report.metrics.map((m) => (m.metric === 'fileSize' ? { ...m, heldOut: { ...m.heldOut, medianAbsPctErr: 9 } } : m)) };
    expect(targetMisses(changed).find((x) => x.metric === 'fileSize')).toMatchObject({ measure: 'median', value: 9, target: 3 });
  });

  it.each(['fileSize', 'transformersMemory', 'decode', 'prefill'] as const)('%s beats the naive formula held-out', (name) => {
    expect(metric(name).heldOut.medianAbsPctErr).toBeLessThan(metric(name).naiveMedianAbsPctErr);
  });

  it('held-out speed errors are not the in-sample ones (the cross-validation refits)', () => {
    const speed = report.points.filter((p) => p.metric === 'decode' || p.metric === 'prefill');
    expect(speed.filter((p) => Math.abs(p.heldOut!.predicted / p.predicted - 1) > 1e-6).length).toBeGreaterThan(speed.length / 2);
  });
});

describe('Transformers memory constants', () => {
  const rows = transformersMemoryRows(data);
  const points = report.points.filter((p) => p.metric === 'transformersMemory');

  it('the committed constants are the fit on the committed rows (refit: memory-fit.ts, then copy into overhead.ts)', () => {
    expect(TRANSFORMERS_MEMORY).toEqual(fitTransformersMemory(rows));
  });

  it('the fit’s closed form gives exactly what the estimator gives with the committed constants', () => {
    expect(rows.length).toBe(points.length);
    rows.forEach((r, i) => expect(predictTransformersMemory(r, TRANSFORMERS_MEMORY)).toBeCloseTo(points[i]!.predicted, -3));
  });

  it('held out by source: every row has a prediction from constants fitted without its source', () => {
    expect(new Set(rows.map((r) => r.sourceId)).size).toBeGreaterThan(1);
    expect(points.every((p) => p.heldOut !== undefined)).toBe(true);
    expect(points.filter((p) => Math.abs(p.heldOut!.predicted / p.predicted - 1) > 1e-6).length).toBeGreaterThan(points.length / 2);
  });
});

describe('vLLM memory constants', () => {
  const rows = vllmMemoryRows(data);
  const points = report.points.filter((p) => p.metric === 'vllmKvCache');

  it('the committed constants are the fit on the committed rows (refit: memory-fit.ts, then copy into overhead.ts)', () => {
    expect(VLLM_MEMORY).toEqual(fitVllmMemory(rows, TRANSFORMERS_MEMORY.activationFactor));
  });

  it('scores every row of vllm_memory_2026.csv once, but the INT8 W8A8 rows (no catalog format), from more than one source, held out by source', () => {
    const skipped = report.skipped.filter((x) => x.file === 'vllm_memory_2026.csv');
    expect(skipped.map((x) => x.reason).sort()).toEqual([EXCLUDED.format('INT8 W8A8').reason, EXCLUDED.samePool.reason].sort());
    expect(skipped.find((x) => x.reason === EXCLUDED.format('INT8 W8A8').reason)?.count).toBe(5);
    expect(rows.length + skipped.reduce((a, x) => a + x.count, 0)).toBe(data.vllmMemory2026.length);
    expect(new Set(rows.map((r) => JSON.stringify(r))).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.sourceId)).size).toBeGreaterThan(2);
    rows.forEach((r, i) => expect(predictVllmKvPool(r, VLLM_MEMORY)).toBeCloseTo(points[i]!.predicted, -3));
    expect(points.filter((p) => Math.abs(p.heldOut!.predicted / p.predicted - 1) > 1e-6).length).toBeGreaterThan(0);
  });

  // One GPU, an SXM pair (tensor parallelism over NVLink: the fabric's non-torch memory) and a pair of PCIe cards (none).
  it.each([
    ['h100-sxm', 1, false],
    ['h100-sxm', 2, true],
    ['geforce-rtx-4090', 2, false],
  ] as const)('the placement leaves the KV cache the pool the fit predicts: %s ×%i (same budget, profile peak and non-torch memory)', (slug, count, fabric) => {
    const machine = data.catalog.machines.find((m) => m.slug === slug)!;
    const llama = data.catalog.models.find((m) => m.name === 'Llama 3.1 8B Instruct')!;
    const gpus = estimateChoice({ model: llama, quant: 'BF16', runtime: 'vllm', hardware: { ...machine.machine(count), os: 'headless' }, contextTokens: 8192, users: 1, gpuMemoryUtilization: 0.9 })
      .memory.devices.filter((d) => d.kind !== 'system');
    expect(gpus).toHaveLength(count);
    const batched = vllmBatchedTokens(machine.memoryBytes, machine.name);
    const row: VllmFitRow = {
      sourceId: 'check', measured: 1, peakMeasured: null, nonTorchMeasured: null, totalMeasured: null, utilization: 0.9, fabric,
      activationUnit: vllmActivationUnitBytes(llama, batched),
      devices: gpus.map((g) => ({ memory: machine.memoryBytes, weights: g.weightsBytes, logits: vllmSamplerLogitsBytes(llama, vllmMaxNumSeqs(machine.memoryBytes, machine.name)) })),
    };
    const pool = gpus.reduce((a, g) => a + g.capacityBytes! - g.weightsBytes - g.computeBytes - g.overheadBytes, 0);
    for (const g of gpus) {
      expect(g.capacityBytes).toBeCloseTo(vllmBudgetBytes(machine.memoryBytes, 0.9, VLLM_MEMORY), -3);
      expect(g.overheadBytes).toBe(VLLM_MEMORY.nonTorchBytes + (fabric ? VLLM_MEMORY.nonTorchTpBytes : 0));
    }
    expect(pool).toBeCloseTo(predictVllmKvPool(row, VLLM_MEMORY), -3);
  });
});

describe('row accounting', () => {
  const { samples, skipped } = speedSamples(data);
  const rowsOf = (file: string) => new Set(samples.filter((s) => s.attributes.file === file).map((s) => s.attributes.row)).size;
  const skippedOf = (file: string) => skipped.filter((s) => s.file === file).reduce((a, s) => a + s.count, 0);

  it('accounts for every row of speed_2026.csv: scored, or skipped with a reason', () => {
    expect(rowsOf('speed_2026.csv') + skippedOf('speed_2026.csv')).toBe(data.speed2026.length);
    expect(rowsOf('speed_2026.csv')).toBeGreaterThan(150);
  });

  it('skips 2026 rows only for a declared reason; rows the catalog cannot resolve yet wait for it', () => {
    const declared = new Set([...Object.values(EXCLUDED).map((e) => (typeof e === 'function' ? null : e.reason)), LATER.model.reason, LATER.hardware.reason, NO_COMPUTE.reason]);
    for (const s of skipped.filter((x) => x.file === 'speed_2026.csv')) {
      if (s.kind === 'excluded' && /runtime the estimator|weight format/.test(s.reason)) continue;
      if (s.kind === 'unreadable') expect(s.count, s.reason).toBeLessThanOrEqual(2);
      else expect(declared.has(s.reason), s.reason).toBe(true);
    }
    // Rows whose model is not in the catalog yet are kept and counted, to be scored once it is added.
    expect(skipped.find((s) => s.reason === LATER.model.reason)?.count ?? 0).toBeGreaterThan(0);
  });

  // The legacy device table (accuracy-fixtures.ts) points at catalog entries, so a term reading a
  // per-path peak or the memory type sees the same figures on speed.csv rows as on the 2026 rows of the same device.
  const catalogDevice = (slug: string) => data.catalog.machines.find((m) => m.slug === slug)?.machine(1).devices.find((d) => d.kind !== 'cpu');
  const catalogOf = (slug: string) => {
    const d = catalogDevice(slug);
    return d ? { peaks: d.peaks, memoryType: d.memoryType } : undefined;
  };
  it.each(['RTX 3090', 'A100 SXM 80GB', 'Apple M2 Ultra', 'Radeon RX 7900 XTX', 'Intel Arc B580'])('a speed.csv %s carries the catalog entry\'s per-path peaks and memory type', (name) => {
    const device = mapHardware(name, 1, catalogOf)!;
    expect(device.slug).toBeDefined();
    expect(device.peaks).toEqual(catalogDevice(device.slug!)?.peaks);
    expect(device.peaks?.fp32VectorTflops ?? 0).toBeGreaterThan(0);
    expect(device.memoryType).toBe(catalogDevice(device.slug!)?.memoryType);
    expect(device.memoryType).toBeTruthy();
  });

  it.each([['A100 SXM 80GB', true], ['H100 PCIe', true], ['RTX 3090', false], ['Apple M2 Ultra', false]] as const)('a speed.csv %s reads as HBM: %s', (name, hbm) => {
    expect(isHbmMemory(mapHardware(name, 1, catalogOf)!.memoryType)).toBe(hbm);
  });

  it.each([
    ['HF Transformers 4.51.3 (flash-attn 2.7.4; GPTQModel 2.2.0 / AutoAWQ 0.2.9)', [4, 51, 3], true],
    ['transformers 4.52', [4, 52, 0], true],
    ['HF Transformers 4.53.0', [4, 53, 0], false],
    ['Transformers v5.3.0', [5, 3, 0], false],
    ['HF Transformers (version not stated)', null, false],
  ] as const)('backend "%s" is Transformers %j, looping over every expert: %s', (backend, version, loops) => {
    expect(transformersVersion(backend)).toEqual(version);
    expect(loopsOverEveryExpert(backend)).toBe(loops);
  });

  it('excludes MoE rows measured on a Transformers that looped over every expert, and keeps its dense rows', () => {
    const excluded = skipped.find((s) => s.reason === EXCLUDED.transformersExpertLoop.reason)?.count ?? 0;
    expect(excluded).toBeGreaterThanOrEqual(2);
    const oldDense = samples.filter((s) => s.attributes.runtime === 'transformers' && /4\.51\.3/.test(s.label));
    expect(oldDense.length).toBeGreaterThan(10);
    expect(oldDense.every((s) => !s.attributes.moe)).toBe(true);
  });

  it.each([
    ['vLLM 0.2.0+ (git main @acbed3ef of 6 Oct 2023, after 0.2.0 and before 0.2.1)', [0, 2, 0], true],
    ['vllm 0.2.5', [0, 2, 5], true],
    ['vLLM 0.2.6', [0, 2, 6], false],
    ['vLLM 0.6.3 (gpu_memory_utilization 0.9, max_model_len 32768)', [0, 6, 3], false],
    ['vLLM 0.11.0 (V1 engine)', [0, 11, 0], false],
    ['vLLM (serving benchmark, version not stated)', null, false],
  ] as const)('backend "%s" is vLLM %j, running decode steps without CUDA graphs: %s', (backend, version, eager) => {
    expect(vllmVersion(backend)).toEqual(version);
    expect(vllmBeforeCudaGraphs(backend)).toBe(eager);
  });

  it('excludes vLLM rows measured before CUDA graphs and keeps later vLLM rows', () => {
    expect(skipped.find((s) => s.reason === EXCLUDED.vllmEager.reason)?.count ?? 0).toBeGreaterThanOrEqual(5);
    // vLLM 0.6.3 (the Qwen2.5 benchmark) captures CUDA graphs: still scored; the Oct 2023 main build is not.
    expect(samples.filter((s) => s.attributes.runtime === 'vllm' && s.sourceId === 'qwen25_speed_a100').length).toBeGreaterThan(20);
    expect(samples.some((s) => s.sourceId === 'mlc_llmperfbench_vllm')).toBe(false);
  });

  it('excludes serving runs with several requests in flight and keeps single-stream ones', () => {
    expect(skipped.find((s) => s.reason === EXCLUDED.serving.reason)?.count ?? 0).toBeGreaterThan(10);
    expect(parseSettings('tensor parallel 1; approx. mean requests in flight = 1 req/s x (mean output x TPOT) = 10.7').meanInFlight).toBe(10.7);
  });
});

describe('reading the 2026 rows', () => {
  it.each([
    ['pp512 / tg128', 'empty context', { prefill: { promptTokens: 512, depthTokens: 0 }, decode: { generatedTokens: 128, depthTokens: 0 } }],
    ['pp2048 @ d32768 / tg32 @ d32768', 'depth 32768', { prefill: { promptTokens: 2048, depthTokens: 32768 }, decode: { generatedTokens: 32, depthTokens: 32768 } }],
    ['pp1024 / tg100 @ d1024', '', { prefill: { promptTokens: 1024, depthTokens: 0 }, decode: { generatedTokens: 100, depthTokens: 1024 } }],
    ['tg (llama-bench -p 0)', 'empty context', { decode: { generatedTokens: 128, depthTokens: 0 } }],
    ['pp512 @ d32768 (n_ubatch 512)', 'depth 32768', { prefill: { promptTokens: 512, depthTokens: 32768 } }],
    ['generate 2048 tokens from 1-token prompt (batch 1)', '0-2048', { decode: { generatedTokens: 2048, depthTokens: 1 } }],
    ['ISL 1024 / OSL 128, concurrency 1', '', { prefill: { promptTokens: 1024, depthTokens: 0 }, decode: { generatedTokens: 128, depthTokens: 1024 } }],
    ['prompt 21K tokens (pp) then up to 512 generated (tg at depth ~21K)', 'depth ~21K', { prefill: { promptTokens: 21000, depthTokens: 0 }, decode: { generatedTokens: 512, depthTokens: 21000 } }],
    ['decode (3-rep median, realistic fixture)', 'depth ~12.7K', { decode: { generatedTokens: 128, depthTokens: 12700 } }],
    ['llmfit bench: output tokens / wall time of a non-streamed request (includes a short prefill)', 'short prompt, ~185 output tokens', { decode: { generatedTokens: 185, depthTokens: 36 } }],
  ])('test "%s" (%s)', (test, context, expected) => {
    expect(parseSpeedTest(test, context)).toEqual(expected);
  });

  it.each([
    ['NVIDIA DGX Spark class (GB10, 128 GB LPDDR5X)', ['nvidia-dgx-spark-128gb']],
    ['NVIDIA A100 40 GB (PCIe or SXM4 not stated; 40 GB from vLLM log: 15.0 GiB weights + 22.0 GiB KV at 0.95 util)', ['a100-40gb-pcie']],
    ['NVIDIA GeForce RTX 5080 + RTX 3090 (mixed pair)', ['geforce-rtx-5080', 'geforce-rtx-3090']],
  ])('hardware "%s" resolves to %j', (text, slugs) => {
    const r = resolveHardware(text, 1, data.catalog);
    expect(r.ok && r.machines.map((m) => m.slug)).toEqual(slugs);
  });

  it('refuses a test whose one pp_tps cell holds two prompt lengths', () => {
    expect(parseSpeedTest('pp512 / pp4096', 'empty context')).toBeNull();
  });

  it.each([
    ['UD-Q4_K_XL', 'Q4_K_M'],
    ['Q4_K_M (Ollama default tag)', 'Q4_K_M'],
    ['MLX 4-bit', 'MLX-4BIT'],
    ['W4A16', 'GPTQ-INT4'],
    ['GPTQ-Int8', 'GPTQ-INT8'],
    ['FP8 (dynamic, RedHatAI)', 'FP8'],
  ])('quant %s reads as %s', (raw, quant) => {
    expect(resolveQuant(raw)).toEqual({ ok: true, quant });
  });

  it('reads flash attention, ubatch and the KV cache type from settings', () => {
    expect(parseSettings('llama-bench ngl 99, fa 1, mmap 0, n_ubatch 2048')).toMatchObject({ flashAttention: true, ubatch: 2048 });
    expect(parseSettings('llama-bench ngl 99, fa 0, n_batch 2048, n_ubatch 512').flashAttention).toBe(false);
    expect(parseSettings('-ngl 999 -fa 1, KV q4_0 unless noted').kvCacheType).toBe('q4_0');
    // A llama-server run that names no layer count was placed by the server's --fit; one that does was not.
    expect(parseSettings('llmfit 1.1.3 bench --runs 3', 'llama.cpp (llama-server via OpenAI API)').serverFit).toBe(true);
    expect(parseSettings('-ngl 999 -fa 1, KV q4_0 unless noted', 'llama.cpp CUDA (llama-server, ~Aug 2026 builds)').serverFit).toBe(false);
    expect(parseSettings('llama-bench ngl 99, fa 1', 'llama.cpp CUDA').serverFit).toBe(false);
    expect(parseSettings('ngl 99, fa 1', 'llama.cpp (llama-server)').serverFit).toBe(false);
    expect(parseSettings('--gpu-layers 20', 'llama.cpp (llama-server)').serverFit).toBe(false);
    expect(parseSettings('-fit off', 'llama.cpp (llama-server)').serverFit).toBe(false);
  });

  it('reads the llama.cpp build a run states, as llama-bench prints it or as a release tag', () => {
    expect(parseSettings('llama-bench ngl 99, fa 0, n_batch 2048, n_ubatch 512, mmap 0, build 83bc2f28 (6077), test_time 2025-08-04T23:08:18Z').llamaCppBuild).toBe(6077);
    expect(parseSettings('llama-bench ngl 99, build b4008 | post table').llamaCppBuild).toBe(4008);
    expect(parseSettings('llama.cpp Metal (build b10549)').llamaCppBuild).toBe(10549);
    expect(parseSettings('llama-bench ngl 99, fa 1, n_batch 2048, n_ubatch 512').llamaCppBuild).toBeNull();
    // Intel's IPEX-LLM build carries its own SYCL kernels: the upstream build it is based on says nothing about them.
    expect(parseSettings('build b4008 (IPEX-LLM)', 'llama.cpp SYCL (IPEX-LLM build)').llamaCppBuild).toBeNull();
    expect(parseSettings('llama-bench ngl 99, build ab3d71f9 (3999)', 'llama.cpp SYCL').llamaCppBuild).toBe(3999);
    expect(parseSettings('oneAPI 2025.0.0, build ba6f62eb (4008)', 'llama.cpp SYCL (FP32)').syclFp32Gemm).toBe(true);
    expect(parseSettings('oneAPI 2025.0.0, build ba6f62eb (4008)', 'llama.cpp SYCL (FP16)').syclFp32Gemm).toBe(false);
  });

  it('does not score a llama.cpp row run with -sm tensor, whether its backend or its settings say so; vLLM rows keep their tensor parallelism', () => {
    expect(parseSettings('2 GPUs, -sm tensor (tensor parallel over PCIe); -ngl 999 -fa 1').llamaCppTensorSplit).toBe(true);
    expect(parseSettings('2 GPUs, -sm layer (pipeline); -ngl 999 -fa 1').llamaCppTensorSplit).toBe(false);
    expect(parseSettings('2 GPUs, tensor split (mode as printed); -ngl 999').llamaCppTensorSplit).toBe(false);
    const row = (backend: string, settings: string) => {
      const r = data.speed2026.find((x) => x.source_id === 'qwen38_mtp_community' && /5060 Ti/.test(x.hardware ?? '') && /-sm tensor/.test(x.settings ?? ''))!;
      return interpret2026({ ...r, backend, settings }, data.catalog);
    };
    expect(row('llama.cpp CUDA (llama-server)', '2 GPUs, -sm tensor; -ngl 999 -fa 1')).toEqual({ ok: false, skip: EXCLUDED.tensorSplit });
    expect(row('llama.cpp CUDA (llama-server)', '2 GPUs, -sm layer; -ngl 999 -fa 1').ok).toBe(true);
  });

  it('reads the CPU threads a run used from settings', () => {
    expect(parseSettings('llama-bench -p 0 -n 128 -t 2 -ngl 0 (threads 2); built without CUDA/BLAS').threads).toBe(2);
    expect(parseSettings('llama-bench tg128, threads 4; quantized with mainline llama.cpp').threads).toBe(4);
    expect(parseSettings('CPU only, 4 threads (default), Pi OS Bookworm').threads).toBe(4);
    expect(parseSettings('llama-bench ngl 99, fa 1').threads).toBeNull();
  });
});

describe('naming a catalog model', () => {
  const slugOf = (text: string, catalog: ReferenceCatalog = data.catalog) => {
    const r = resolveModel(text, catalog);
    return r.ok ? r.model.slug : r.skip;
  };

  it.each([
    ['Nemotron 3 Nano 30B-A3B (hybrid Mamba MoE)', 'nemotron-3-nano-30b-a3b'],
    ['Nemotron 3 Super 120B-A12B (hybrid Mamba MoE)', 'nemotron-3-super-120b-a12b'],
    ['NVIDIA Nemotron 3 Super 120B-A12B', 'nemotron-3-super-120b-a12b'],
    ['Meta Llama 3.1 8B Instruct', 'llama-3.1-8b-instruct'],
  ])('"%s" is %s: the publisher\'s name may be left out or added', (text, slug) => {
    expect(slugOf(text)).toBe(slug);
  });

  it('keeps a publisher word the family name uses ("Mistral" of Mistral AI names the Mistral family)', () => {
    expect(slugOf('7B Instruct v0.3')).toEqual(LATER.model);
    expect(slugOf('Mistral 7B Instruct v0.3 (Q4 as printed)')).toBe('mistral-7b-instruct-v0.3');
  });

  it('reads the optional words from each model\'s own publisher, not from a list', () => {
    const base = data.catalog.models[0]!;
    const catalog: ReferenceCatalog = {
      machines: [],
      models: [
        { ...base, slug: 'widget-7b', name: 'Acme Widget 7B', family: 'Widget', publisher: 'Acme Labs' },
        { ...base, slug: 'gadget-7b', name: 'Gadget 7B', family: 'Gadget', publisher: 'Other' },
      ],
    };
    expect(slugOf('Widget 7B', catalog)).toBe('widget-7b');
    expect(slugOf('Acme Labs Widget 7B', catalog)).toBe('widget-7b');
    expect(slugOf('Acme Gadget 7B', catalog)).toEqual(LATER.model);
    expect(slugOf('Widget 8B', catalog)).toEqual(LATER.model);
  });
});

describe('csv parser', () => {
  it('handles quotes, commas and doubled quotes', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n')).toEqual([{ a: 'x, y', b: 'say "hi"' }]);
  });
});
