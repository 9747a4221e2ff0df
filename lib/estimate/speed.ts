// Decode and prefill speed. Decode is a memory-streaming problem: every token reads the active
// weights and the KV cache once, plus a fixed per-layer cost (kernel launches, sync). Prefill is a
// compute problem: 2 FLOPs per active parameter per token at a backend-specific efficiency.

import { kvReadBytesPerToken } from './kv-cache';
import type { Plan, Slot } from './placement';
import type { WeightComposition } from './weights';
import type { Band, DeviceKind, DeviceSpec, EstimateInput, HardwareSpec, Runtime } from './types';
import { QUANT_FORMATS } from './formats';

export type Backend = 'cuda' | 'rocm' | 'metal' | 'vulkan' | 'sycl' | 'cpu' | 'mlx' | 'vllm' | 'transformers';

export interface BackendParams {
  /** Fraction of the spec memory bandwidth that large quantized mat-vecs reach. */
  bwEfficiency: number;
  /** Ceiling on achieved bandwidth (GB/s): batch-1 kernels stop scaling on HBM parts. */
  bwCeilingGBps: number;
  /** Fixed cost per layer per decoded token (µs): launches, syncs, small ops. */
  layerLatencyUs: number;
  /** Extra ALU work per quantized weight per token (FLOP) that can make decode compute-bound. */
  dequantFlopPerWeight: number;
  /** Fraction of dense FP16 TFLOPS reached in prefill. */
  prefillEfficiency: number;
  /** Ceiling on achieved prefill TFLOPS. */
  prefillCeilingTflops: number;
  /** Per-token cost of each device boundary in a layer split (ms). */
  hopMs: number;
  /** Fixed per-token cost outside the layers (scheduler, sampling, Python), ms. */
  tokenOverheadMs: number;
  /** Extra per-layer cost of GPTQ/AWQ/bnb kernels (µs). */
  quantLayerLatencyUs: number;
  /** Host-side launch cost overlaps GPU work (eager PyTorch): time = max(memory, launches). */
  overlapLaunch: boolean;
  /** Half-width of the uncertainty band as a factor: [x / f, x · f]. */
  decodeBand: number;
  prefillBand: number;
  /** True when the band comes from fitted rows; false = prior only. */
  calibrated: boolean;
}

/**
 * Backend constants. `calibrated: true` rows were fitted on fixtures/reference/speed.csv (+ speed_extra.csv) and
 * checked with scripts/accuracy.ts:
 *  - cuda: slope/intercept of time-per-token vs bytes over Q4_K_M and F16 Llama 3 8B on 14 GPUs
 *    (e.g. 4090: 7.66 ms at 4.62 GB, 18.24 ms at 15.0 GB → ≈0.93 of 1008 GB/s + ≈2.8 ms/32 layers);
 *    the ceiling reproduces A100/H100 reaching only ~1.0–1.3 TB/s; prefill from pp512 rows.
 *  - metal: same on M1/M1 Max/M3 Max/M2 Ultra; Q4_K_M decode there is ALU-bound (dequant term).
 *  - vllm / transformers: Qwen2.5 official speed benchmark (0.5B–72B, BF16/GPTQ/AWQ, A100):
 *    vLLM has ≈2.7 ms of per-token scheduling; eager Transformers is launch-bound at ≈0.88 ms per layer.
 * fixtures/reference/speed_extra.csv (llama-bench rows from llama.cpp PRs/issues, geerlingguy benchmarks):
 *  - rocm (7900 XTX, 6700 XT, 5700 XT, MI50): ≈0.78 of spec bandwidth + 90 µs/layer fits tg within
 *    ±20 %; prefill ≈0.55 of FP16 (int8 MMQ on RDNA2/GCN beats the FP16 figure, RDNA1 lags) → band 2.
 *  - vulkan (RTX 3090, 6700 XT, 5700 XT, Radeon 8050S): 0.8 + 70 µs/layer; NVIDIA via Vulkan runs
 *    ~20 % faster than that, early-2024 RDNA2 ~50 % slower → decodeBand 1.55; prefill 0.4 of FP16, band 2.
 *  - cpu (i5-4278U, i3-1315U, M2 Max CPU 4/8 threads, EPYC 9334): ≈0.53 of DRAM bandwidth, capped at
 *    ≈200 GB/s (a 12-channel EPYC reached ~140 GB/s at batch 1), and a compute floor of 4.5 FLOP per
 *    weight on cores × CPU_CORE_GFLOPS (few threads make decode compute-bound: M2 Max 4 vs 8 threads);
 *    prefill ≈0.75 of that core peak. Without a core count DEFAULT_CPU_TFLOPS stands in (wide band).
 * sycl (2 rows: B580 via IPEX-LLM 0.68 of bandwidth, A770 0.25) and mlx stay priors (calibrated: false).
 */
export const BACKENDS: Record<Backend, BackendParams> = {
  cuda: {
    bwEfficiency: 0.92,
    bwCeilingGBps: 1150,
    layerLatencyUs: 85,
    dequantFlopPerWeight: 0,
    prefillEfficiency: 0.42,
    prefillCeilingTflops: 125,
    hopMs: 0.2,
    tokenOverheadMs: 0,
    quantLayerLatencyUs: 0,
    overlapLaunch: false,
    decodeBand: 1.25,
    prefillBand: 1.4,
    calibrated: true,
  },
  metal: {
    bwEfficiency: 0.8,
    bwCeilingGBps: 700,
    layerLatencyUs: 90,
    dequantFlopPerWeight: 30,
    prefillEfficiency: 0.6,
    prefillCeilingTflops: 60,
    hopMs: 0,
    tokenOverheadMs: 0,
    quantLayerLatencyUs: 0,
    overlapLaunch: false,
    decodeBand: 1.25,
    prefillBand: 1.4,
    calibrated: true,
  },
  rocm: {
    bwEfficiency: 0.78,
    bwCeilingGBps: 1000,
    layerLatencyUs: 90,
    dequantFlopPerWeight: 0,
    prefillEfficiency: 0.55,
    prefillCeilingTflops: 100,
    hopMs: 0.3,
    tokenOverheadMs: 0,
    quantLayerLatencyUs: 0,
    overlapLaunch: false,
    decodeBand: 1.3,
    prefillBand: 2,
    calibrated: true,
  },
  vulkan: {
    bwEfficiency: 0.8,
    bwCeilingGBps: 1100,
    layerLatencyUs: 70,
    dequantFlopPerWeight: 0,
    prefillEfficiency: 0.4,
    prefillCeilingTflops: 150,
    hopMs: 0.3,
    tokenOverheadMs: 0,
    quantLayerLatencyUs: 0,
    overlapLaunch: false,
    decodeBand: 1.55,
    prefillBand: 2,
    calibrated: true,
  },
  sycl: {
    bwEfficiency: 0.6,
    bwCeilingGBps: 600,
    layerLatencyUs: 150,
    dequantFlopPerWeight: 0,
    prefillEfficiency: 0.3,
    prefillCeilingTflops: 60,
    hopMs: 0.3,
    tokenOverheadMs: 0,
    quantLayerLatencyUs: 0,
    overlapLaunch: false,
    decodeBand: 1.7,
    prefillBand: 2,
    calibrated: false,
  },
  cpu: {
    bwEfficiency: 0.53,
    bwCeilingGBps: 200,
    layerLatencyUs: 30,
    dequantFlopPerWeight: 4.5,
    prefillEfficiency: 0.75,
    prefillCeilingTflops: 10,
    hopMs: 0,
    tokenOverheadMs: 0,
    quantLayerLatencyUs: 0,
    overlapLaunch: false,
    decodeBand: 1.45,
    prefillBand: 1.7,
    calibrated: true,
  },
  mlx: {
    bwEfficiency: 0.8,
    bwCeilingGBps: 750,
    layerLatencyUs: 70,
    dequantFlopPerWeight: 15,
    prefillEfficiency: 0.6,
    prefillCeilingTflops: 60,
    hopMs: 3,
    tokenOverheadMs: 0,
    quantLayerLatencyUs: 0,
    overlapLaunch: false,
    decodeBand: 1.35,
    prefillBand: 1.6,
    calibrated: false,
  },
  vllm: {
    bwEfficiency: 0.78,
    bwCeilingGBps: 3000,
    layerLatencyUs: 10,
    dequantFlopPerWeight: 0,
    prefillEfficiency: 0.5,
    prefillCeilingTflops: 400,
    hopMs: 0.05,
    tokenOverheadMs: 2.7,
    quantLayerLatencyUs: 40,
    overlapLaunch: false,
    decodeBand: 1.3,
    prefillBand: 1.6,
    calibrated: true,
  },
  transformers: {
    bwEfficiency: 0.78,
    bwCeilingGBps: 3000,
    layerLatencyUs: 880,
    dequantFlopPerWeight: 0,
    prefillEfficiency: 0.4,
    prefillCeilingTflops: 300,
    hopMs: 0.5,
    tokenOverheadMs: 0,
    quantLayerLatencyUs: 220,
    overlapLaunch: true,
    decodeBand: 1.35,
    prefillBand: 1.8,
    calibrated: true,
  },
};

/** Fallback system RAM bandwidth when none is given: dual-channel DDR5-5600 ≈ 89.6 GB/s peak. */
export const DEFAULT_SYSTEM_BANDWIDTH_GBPS = 89.6;
/** Fallback CPU matrix throughput (FP32 FMA on 8–16 modern AVX2/AVX-512 cores); assumption. */
export const DEFAULT_CPU_TFLOPS = 1.5;
/** Per-core FP32 FMA peak used for CPUs with a known core count: 2 FMA units × 8 lanes × 2 FLOP
 *  × ≈3.1 GHz ≈ 100 GFLOPS (AVX2 client cores; NEON P-cores are similar). A documented rule, not a fit;
 *  the fitted part is BACKENDS.cpu.prefillEfficiency / dequantFlopPerWeight. */
export const CPU_CORE_GFLOPS = 100;
/** Host→GPU copy rate for weights of CPU-resident layers during prefill (PCIe 4.0 x16, effective). */
export const PCIE_GBPS = 24;

export function backendFor(runtime: Runtime, kind: DeviceKind | 'system', gpuBackend?: 'vulkan' | null): Backend {
  if (kind === 'cpu' || kind === 'system') return 'cpu';
  if (gpuBackend === 'vulkan' && (runtime === 'llama.cpp' || runtime === 'ollama' || runtime === 'lm-studio')) return 'vulkan';
  switch (runtime) {
    case 'vllm':
      return 'vllm';
    case 'transformers':
      return kind === 'apple' ? 'mlx' : 'transformers';
    case 'mlx':
      return 'mlx';
    case 'exo':
      return kind === 'apple' ? 'mlx' : kind === 'nvidia' ? 'cuda' : 'vulkan';
    default:
      return kind === 'nvidia' ? 'cuda' : kind === 'amd' ? 'rocm' : kind === 'intel' ? 'sycl' : kind === 'apple' ? 'metal' : 'vulkan';
  }
}

/** Dense FP16 TFLOPS, with a bandwidth-based fallback when the catalog has none. */
export function deviceTflops(d: DeviceSpec): number {
  if (d.fp16Tflops && d.fp16Tflops > 0) return d.fp16Tflops;
  // Apple GPUs: FP16 ≈ FP32 rate ≈ bandwidth / 30 across M1–M4 (e.g. M1 68 GB/s ↔ 2.6 TFLOPS,
  // M2 Ultra 800 GB/s ↔ 27.2 TFLOPS, Apple/Wikipedia specs). Discrete GPUs: ≈ bandwidth / 5.
  if (d.kind === 'apple') return d.bandwidthGBps / 30;
  if (d.kind === 'cpu') return DEFAULT_CPU_TFLOPS;
  return d.bandwidthGBps / 5;
}

/** Smooth minimum: behaves like min(a, b) but without a kink (p = 3). */
function softMin(a: number, b: number): number {
  if (!(a > 0)) return 0;
  if (!(b > 0)) return a;
  return 1 / Math.cbrt(1 / (a * a * a) + 1 / (b * b * b));
}

export function effectiveBandwidthGBps(p: BackendParams, specGBps: number): number {
  return softMin(p.bwEfficiency * specGBps, p.bwCeilingGBps);
}

interface Segment {
  backend: Backend;
  params: BackendParams;
  bandwidthGBps: number;
  tflops: number;
  layers: number;
  /** Bytes read per decoded token. */
  bytes: number;
  /** Weight parameters touched per token (for the dequant compute term). */
  quantParams: number;
  /** FLOPs per prefill token. */
  flopsPerToken: number;
  /** Bytes that must be copied host→GPU per prefill ubatch (CPU-resident layers). */
  hostCopyBytes: number;
  parallelShards: number;
}

function systemBandwidth(hw: HardwareSpec): number {
  if (hw.systemBandwidthGBps && hw.systemBandwidthGBps > 0) return hw.systemBandwidthGBps;
  const cpu = hw.devices.find((d) => d.kind === 'cpu');
  if (cpu && cpu.bandwidthGBps > 0) return cpu.bandwidthGBps;
  const apple = hw.devices.find((d) => d.kind === 'apple');
  if (apple && !hw.cluster) return apple.bandwidthGBps;
  return DEFAULT_SYSTEM_BANDWIDTH_GBPS;
}

function cpuTflops(hw: HardwareSpec): number {
  const cpu = hw.devices.find((d) => d.kind === 'cpu');
  if (cpu?.fp16Tflops) return cpu.fp16Tflops;
  if (cpu?.cores && cpu.cores > 0) return (cpu.cores * CPU_CORE_GFLOPS) / 1000;
  const apple = hw.devices.find((d) => d.kind === 'apple');
  // Apple CPU clusters reach roughly 1–2 TFLOPS with AMX; treat as the default.
  return apple ? 1.5 : DEFAULT_CPU_TFLOPS;
}

function segmentsFor(input: EstimateInput, comp: WeightComposition, plan: Plan, depth: number): Segment[] {
  const hw = input.hardware as HardwareSpec;
  const m = input.model;
  const L = m.layers;
  const kvRead = kvReadBytesPerToken(m, depth, input.kvCacheType);
  const bpw = Math.max(1, comp.bitsPerWeight);
  const fam = QUANT_FORMATS[input.quant]?.family ?? 'gguf';
  const quantized = !(fam === 'float');
  const flopsPerByte = (8 / bpw) * 2;
  const attnFlops = (tokensDepth: number, layers: number) => 4 * layers * tokensDepth * m.attentionHeads * m.headDim;
  const segs: Segment[] = [];
  const active = comp.layerActiveBytes;
  const expertsAll = comp.layerExpertBytes;
  const E = m.expertsTotal ?? 0;
  const share = E > 1 ? Math.min(1, (m.expertsActive ?? 1) / E) : 1;
  let cpuBytes = 0;
  let cpuLayers = 0;
  let cpuHostCopy = 0;
  const shards = input.runtime === 'vllm' ? Math.max(1, plan.slots.length) : 1;
  const addSlot = (s: Slot) => {
    let bytes = 0;
    for (let i = s.firstLayer; i < s.firstLayer + s.layers; i++) {
      const a = active[i] ?? 0;
      if (i < plan.moeExpertLayersOnCpu && input.runtime !== 'vllm') {
        const eActive = (expertsAll[i] ?? 0) * share;
        bytes += a - eActive;
        cpuBytes += eActive;
      } else bytes += a;
    }
    if (s.holdsOutput) bytes += comp.outputBytes;
    bytes += (kvRead * s.layers) / L;
    const be = backendFor(input.runtime, s.device.kind, input.gpuBackend);
    segs.push({
      backend: be,
      params: BACKENDS[be],
      bandwidthGBps: s.device.bandwidthGBps,
      tflops: deviceTflops(s.device),
      layers: s.layers,
      bytes: bytes / shards,
      quantParams: quantized ? (bytes * 8) / bpw / shards : 0,
      flopsPerToken: (bytes * flopsPerByte + attnFlops(depth, s.layers)) / shards,
      hostCopyBytes: 0,
      parallelShards: shards,
    });
  };
  if (input.runtime === 'vllm') {
    const s = plan.slots[0];
    if (s) addSlot({ ...s, firstLayer: 0, layers: L, holdsOutput: true });
  } else for (const s of plan.slots) addSlot(s);
  if (plan.cpu.layers > 0 || plan.cpu.holdsOutput) {
    const first = plan.slots.length > 0 ? Math.min(...plan.slots.map((s) => s.firstLayer)) : L;
    for (let i = 0; i < Math.min(first, L); i++) {
      cpuBytes += active[i] ?? 0;
      cpuHostCopy += comp.layerBytes[i] ?? 0;
      cpuLayers++;
    }
    if (plan.cpu.holdsOutput) {
      cpuBytes += comp.outputBytes;
      cpuHostCopy += comp.outputBytes;
    }
    cpuBytes += (kvRead * cpuLayers) / L;
  }
  if (cpuBytes > 0) {
    const be: Backend = 'cpu';
    const gpuPresent = plan.slots.length > 0;
    // With a GPU present llama.cpp runs big prefill matmuls of CPU layers on the GPU, copying the
    // weights over PCIe each ubatch (ggml_backend_sched offload_op for batches ≥ 32).
    const experts = plan.moeExpertLayersOnCpu > 0 ? sumRange(expertsAll, 0, plan.moeExpertLayersOnCpu) : 0;
    segs.push({
      backend: be,
      params: BACKENDS[be],
      bandwidthGBps: systemBandwidth(hw),
      tflops: cpuTflops(hw),
      layers: cpuLayers,
      bytes: cpuBytes,
      // CPU mat-vecs dequantize and dot every weight on a few cores: decode can be compute-bound.
      quantParams: quantized ? (cpuBytes * 8) / bpw : 0,
      flopsPerToken: gpuPresent ? 0 : cpuBytes * flopsPerByte + attnFlops(depth, cpuLayers),
      hostCopyBytes: gpuPresent ? cpuHostCopy + experts : 0,
      parallelShards: 1,
    });
  }
  return segs;
}

function sumRange(a: number[], from: number, to: number): number {
  let s = 0;
  for (let i = from; i < Math.min(to, a.length); i++) s += a[i] ?? 0;
  return s;
}

/** Seconds per decoded token (expected), or null when nothing runs. */
export function decodeSecondsPerToken(input: EstimateInput, comp: WeightComposition, plan: Plan, depth: number): number | null {
  if (!input.hardware || plan.fit === 'does-not-fit' || plan.fit === 'unknown') return null;
  const segs = segmentsFor(input, comp, plan, depth);
  if (segs.length === 0) return null;
  const fam = QUANT_FORMATS[input.quant]?.family;
  const kernelQuant = fam === 'gptq' || fam === 'awq' || fam === 'int';
  let t = (segs[0]?.params.tokenOverheadMs ?? 0) / 1000;
  for (const s of segs) {
    const bw = effectiveBandwidthGBps(s.params, s.bandwidthGBps) * 1e9;
    const mem = s.bytes / bw;
    const alu = (s.quantParams * s.params.dequantFlopPerWeight) / (s.tflops * 1e12);
    const launches = (s.layers * (s.params.layerLatencyUs + (kernelQuant ? s.params.quantLayerLatencyUs : 0))) / 1e6;
    t += s.params.overlapLaunch ? Math.max(Math.max(mem, alu), launches) : Math.max(mem, alu) + launches;
  }
  const hop = segs[0]?.params.hopMs ?? 0;
  const hops = input.runtime === 'vllm' ? 0 : Math.max(0, segs.length - 1);
  t += (hops * hop) / 1000;
  if (input.runtime === 'vllm' && (segs[0]?.parallelShards ?? 1) > 1) {
    // Tensor parallel: two all-reduces per layer per token (NCCL latency ≈ 10 µs each, assumption).
    t += (2 * input.model.layers * 10) / 1e6;
  }
  return t;
}

/** Seconds to prefill one 512-token ubatch at the given depth. */
function prefillSecondsPer512(input: EstimateInput, comp: WeightComposition, plan: Plan, depth: number): number | null {
  if (!input.hardware || plan.fit === 'does-not-fit' || plan.fit === 'unknown') return null;
  const segs = segmentsFor(input, comp, plan, depth + 256);
  if (segs.length === 0) return null;
  const fam = QUANT_FORMATS[input.quant]?.family ?? 'gguf';
  // Quantized weights are dequantized inside the matmul; Q4_K_M runs at 0.75–0.9 of F16 prefill on
  // the same GPU in speed.csv (4090 7139 vs 9382 t/s, M2 Ultra 994 vs 1175).
  const quantFactor = fam === 'float' ? 1 : 0.82;
  const batch = 512;
  let t = 0;
  let gpuTflops = 0;
  for (const s of segs) {
    if (s.flopsPerToken > 0) {
      const eff = softMin(s.params.prefillEfficiency * s.tflops, s.params.prefillCeilingTflops) * quantFactor;
      t += (s.flopsPerToken * batch) / (eff * 1e12 * (s.parallelShards > 1 ? s.parallelShards : 1));
      if (s.backend !== 'cpu') gpuTflops = Math.max(gpuTflops, eff);
    }
    if (s.hostCopyBytes > 0) {
      t += s.hostCopyBytes / (PCIE_GBPS * 1e9);
      // ...and the GPU does those FLOPs too.
      if (gpuTflops > 0) t += (s.bytes * (8 / Math.max(1, comp.bitsPerWeight)) * 2 * batch) / (gpuTflops * 1e12);
    }
  }
  return t;
}

function band(x: number, f: number): Band {
  return { low: x / f, expected: x, high: x * f };
}

export interface SpeedResult {
  decode: Band;
  prefill: Band;
  backend: string;
  bottleneck: string;
}

export function speedFor(input: EstimateInput, comp: WeightComposition, plan: Plan): SpeedResult | null {
  const tDec = decodeSecondsPerToken(input, comp, plan, input.depthTokens);
  const tPre = prefillSecondsPer512(input, comp, plan, input.depthTokens);
  if (tDec === null || tPre === null || !(tDec > 0) || !(tPre > 0)) return null;
  const segs = segmentsFor(input, comp, plan, input.depthTokens);
  const backends = [...new Set(segs.map((s) => s.backend))];
  let dBand = 1;
  let pBand = 1;
  for (const s of segs) {
    dBand = Math.max(dBand, s.params.decodeBand);
    pBand = Math.max(pBand, s.params.prefillBand);
  }
  // Offloaded or expert-split setups are harder to predict: widen the band.
  if (plan.fit === 'partial-offload') {
    dBand *= 1.15;
    pBand *= 1.3;
  }
  const cpuShare = segs.filter((s) => s.backend === 'cpu').reduce((a, s) => a + s.bytes, 0);
  const total = segs.reduce((a, s) => a + s.bytes, 0);
  const bottleneck =
    cpuShare > 0.05 * total
      ? 'system RAM bandwidth (offloaded weights)'
      : segs.some((s) => s.quantParams * s.params.dequantFlopPerWeight / (s.tflops * 1e12) > s.bytes / (effectiveBandwidthGBps(s.params, s.bandwidthGBps) * 1e9))
        ? 'GPU compute (dequantization)'
        : 'GPU memory bandwidth';
  return {
    decode: band(1 / tDec, dBand),
    prefill: band(512 / tPre, pBand),
    backend: backends.join('+'),
    bottleneck,
  };
}
