// Speed backends: how fast each runtime/device pair moves bytes and FLOPs, as fitted constants
// (the calibration table) and the rules that pick a backend for a device.

import { LLAMA_CPP_RUNTIMES } from '../enums';
import type { DeviceKind, DeviceSpec, Runtime } from './types';

/** The execution paths the speed model tells apart: llama.cpp's GPU/CPU backends, and the Python runtimes. */
export const SPEED_BACKENDS = ['cuda', 'rocm', 'metal', 'vulkan', 'sycl', 'cpu', 'mlx', 'vllm', 'transformers'] as const;
export type Backend = (typeof SPEED_BACKENDS)[number];

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
export const BACKEND_PARAMS: Record<Backend, BackendParams> = {
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
 *  the fitted part is BACKEND_PARAMS.cpu.prefillEfficiency / dequantFlopPerWeight. */
export const CPU_CORE_GFLOPS = 100;
/** Host→GPU copy rate for weights of CPU-resident layers during prefill (PCIe 4.0 x16, effective). */
export const PCIE_GBPS = 24;

export function backendFor(runtime: Runtime, kind: DeviceKind | 'system', gpuBackend?: 'vulkan' | null): Backend {
  if (kind === 'cpu' || kind === 'system') return 'cpu';
  if (gpuBackend === 'vulkan' && (LLAMA_CPP_RUNTIMES as readonly Runtime[]).includes(runtime)) return 'vulkan';
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

/**
 * The compute figure the speed model reads for a GPU-like device, and how sure it is. No guesses:
 *  1. the catalog's fp16Tflops (FP16-accumulate matrix peak; the vector rate without matrix units),
 *     unless FP16 runs far below FP32 on the chip (Pascal GP102: 1/64), where runtimes compute in
 *     FP32, so the FP32 vector peak is read;
 *  2. without it (matrix units whose rate no source gives: Arc A-series, Jetson Orin), the faster
 *     of the FP16/FP32 vector peaks: real peaks of a slower path, so prefill reads low;
 *  3. nothing: null, and the estimate says prefill is unknown.
 * `note` is the sentence the estimate adds to its assumptions; `basis` sets its confidence.
 */
export interface DeviceCompute {
  tflops: number | null;
  basis: 'catalogued' | 'weak' | 'vector-fallback' | 'none';
  note: string | null;
}

export function deviceCompute(d: DeviceSpec): DeviceCompute {
  const fp32 = d.peaks?.fp32VectorTflops ?? null;
  const fp16Vector = d.peaks?.fp16VectorTflops ?? null;
  if (d.fp16Tflops !== null && d.fp16Tflops > 0) {
    if (fp32 !== null && fp32 > d.fp16Tflops) {
      return {
        tflops: fp32,
        basis: 'catalogued',
        note: `${d.name}: FP16 runs at ${d.fp16Tflops} TFLOPS, below its FP32 rate, so runtimes compute in FP32: prefill uses the FP32 peak (${fp32} TFLOPS).`,
      };
    }
    if (d.fp16TflopsWeak) {
      return { tflops: d.fp16Tflops, basis: 'weak', note: `${d.name}: its FP16 figure (${d.fp16Tflops} TFLOPS) is derived or an upper bound (see its hardware page), so prefill is less certain.` };
    }
    return { tflops: d.fp16Tflops, basis: 'catalogued', note: null };
  }
  const vector = Math.max(fp32 ?? 0, fp16Vector ?? 0);
  if (vector > 0) {
    return {
      tflops: vector,
      basis: 'vector-fallback',
      note: `${d.name}: no source gives its matrix-unit FP16 rate; prefill uses its vector peak (${vector} TFLOPS), so it likely reads low.`,
    };
  }
  return { tflops: null, basis: 'none', note: null };
}
