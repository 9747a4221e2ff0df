// Decode and prefill speed. Decode is a memory-streaming problem: every token reads the active
// weights and the KV cache once, plus a fixed per-layer cost (kernel launches, sync) that hides
// partly under the streaming. Prefill is a compute problem: 2 FLOPs per active parameter per token
// at a backend-specific efficiency, plus the KV cache streamed once per tile of queries at depth.
//
// Two steps, so the fit (speed-fit.ts) can try constants without re-running the pipeline:
// speedFeatures() turns a placed request into what the formulas need (bytes, layers, FLOPs per
// segment of layers on one device), and decodeSecondsFrom() / prefillSecondsFrom() apply a set of
// constants to them. The estimate applies the committed constants (SPEED_CONSTANTS).

import {
  ALL_REDUCE_SECONDS, CPU_CORE_GFLOPS, DEFAULT_CPU_TFLOPS, OVERLAP_LAUNCH, PCIE_GBPS, SPEED_CONSTANTS,
  backendFor, deviceCompute, syclPlainLayoutShare, emulatedDotOpsPerSecond, intelVulkanCoopmat, isSm61Nvidia, isPascalNvidia, intelVulkanMmvqOpsPerSecond, prefillTflops, quantPrefillViaBlas, type Backend, type ComputeBasis, type BackendConstants, type BandFactor, type SpeedBands, type SpeedConstants,
} from './backends';
import { isLlamaCppFamily, kvReadBytesPerLayer } from './kv-cache';
import { attentionFlopsPerLayer, attentionScoresPerLayer, modelShape } from './model-shape';
import type { Placement, Slot } from './placement';
import type { WeightComposition } from './weights';
import type { Band, EstimateInput, HardwareSpec, Runtime } from './types';
import { QUANT_FORMATS } from './formats';
import { cpuDotFactor, cpuDotOf, type CpuDot } from './cpu-dot';
import { LLAMA_CPP_UBATCH, MLX_PREFILL_STEP_TOKENS } from './runtime-defaults';
import { bandLimit, type ConfidenceLimit } from './confidence';

/** Smooth minimum: behaves like min(a, b) but without a kink (p = 3). */
function softMin(a: number, b: number): number {
  if (!(a > 0)) return 0;
  if (!(b > 0)) return a;
  return 1 / Math.cbrt(1 / (a * a * a) + 1 / (b * b * b));
}

/** (a^p + b^p)^(1/p): the sum at p = 1, tending to the max as p grows (how far two costs overlap). */
function powerSum(a: number, b: number, p: number): number {
  if (p === 1) return a + b;
  const m = Math.max(a, b);
  if (!(m > 0)) return 0;
  return m * Math.pow(Math.pow(a / m, p) + Math.pow(b / m, p), 1 / p);
}

function achievedBandwidthGBps(c: BackendConstants, specGBps: number): number {
  return softMin(c.bwEfficiency * specGBps, c.bwCeilingGBps);
}

/** A segment's spec bandwidth: the device's, or for a host the hardware does not describe, the fitted assumption (hostBwGBps). */
function specBandwidthGBps(s: { bandwidthGBps: number; hostBwAssumed: boolean }, constants: Record<Backend, BackendConstants>): number {
  return s.hostBwAssumed ? constants.cpu.hostBwGBps : s.bandwidthGBps;
}

/**
 * What decode's mat-vecs stream a device's memory at under a backend: HBM parts and NVIDIA's compute
 * capability 6.1 parts at their own shares of the spec (hbmBwShare, sm61BwShare, backends.ts).
 * Prefill's cache passes keep the plain rate.
 */
function deviceBandwidthGBps(c: BackendConstants, s: { hbm: boolean; sm61: boolean }, specGBps: number): number {
  const share = (s.hbm ? c.hbmBwShare : 1) * (s.sm61 ? c.sm61BwShare : 1);
  return achievedBandwidthGBps(c, specGBps * share);
}

/** HBM (stacked, wide, lower-clocked) memory, read off the catalog's memory type ("HBM2e, 5120-bit"). */
export function isHbmMemory(memoryType: string | undefined): boolean {
  return /^\s*HBM/i.test(memoryType ?? '');
}

/**
 * The peak a decoded token's attention over the cache runs at before decodeAttentionShare. vLLM's decode
 * kernels (FlashAttention, FlashInfer) and llama.cpp's CUDA build on a GPU with tensor cores (fattn-mma packs a
 * GQA group, or an MLA model's heads, into the tile's rows) multiply on the matrix units: the compute figure.
 * Elsewhere (llama.cpp's vec kernels on other GPUs, MLX's sdpa_vector, Metal) the FP32 vector lanes do: the
 * FP32 vector peak, or null when the catalog has none (no term).
 */
function decodeAttentionTflops(d: Slot['device'], backend: Backend, computeTflops: number | null): number | null {
  const tensorCores = (d.peaks?.fp16TensorTflops ?? 0) > 0 || (d.peaks?.fp16AccTensorTflops ?? 0) > 0;
  if (backend === 'vllm' || (backend === 'cuda' && tensorCores)) return computeTflops;
  return d.peaks?.fp32VectorTflops ?? null;
}

/** Layers on one device as decode sees them. */
interface DecodeSegment {
  backend: Backend;
  bandwidthGBps: number;
  /** System RAM whose bandwidth the hardware does not state: read at the cpu backend's fitted hostBwGBps (bandwidthGBps is 0). */
  hostBwAssumed: boolean;
  /** The device's memory is HBM: decode streams it at the backend's hbmBwShare of the spec. */
  hbm: boolean;
  /** An NVIDIA GPU of compute capability 6.1 (isSm61Nvidia): decode streams it at the backend's sm61BwShare. */
  sm61: boolean;
  /** Under llama.cpp's CUDA build on a Pascal GPU (isPascalNvidia): each layer pays pascalLayerLatencyUs too. */
  pascal: boolean;
  /** null: no compute figure for the device (decode has no dequantization term, and says so). */
  tflops: number | null;
  layers: number;
  /** Bytes read per decoded token. */
  bytes: number;
  /** The part of bytes in routed experts (decode reads F16/BF16 experts at floatExpertBwShare). */
  expertBytes: number;
  /** Weight parameters touched per token (for the dequantization compute term). */
  quantParams: number;
  /** Quantized weights multiplied per token through an emulated dp4a (devices with int8Path 'none'; 0 elsewhere). */
  emulatedDotWeights: number;
  /** The integer instruction rate those run at (emulatedDotOpsPerSecond), null where there are none. */
  emulatedDotOpsPerSecond: number | null;
  /** Quantized weights Vulkan multiplies through MMVQ on an Intel GPU (0 elsewhere), and the rate its integer work runs at. */
  intelMmvqWeights: number;
  intelMmvqOpsPerSecond: number | null;
  /** Weight bytes llama.cpp's SYCL build multiplies from ggml's plain block layout (syclPlainLayoutShare; 0 elsewhere). */
  syclPlainBytes: number;
  /** The part of bytes that is the cache (keys, values, latents, states) the token reads. */
  cacheBytes: number;
  /** Attention FLOPs the token spends over that cache (scores and weighted sum; MLA absorbed where the runtime runs it so). */
  attnFlops: number;
  /** The rate those run at before decodeAttentionShare (decodeAttentionTflops; null: no figure, no term). */
  attnTflops: number | null;
}

/** Layers on one device as prefill sees them. */
interface PrefillSegment {
  backend: Backend;
  /** null: no compute figure for the device (no prefill estimate when it has FLOPs to do). */
  tflops: number | null;
  /** FLOPs per prefill token. */
  flopsPerToken: number;
  /** The part of flopsPerToken in routed experts (their GEMMs see only the tokens routed to them). */
  expertFlopsPerToken: number;
  /** Bytes that must be copied host→GPU per ubatch (CPU-resident layers while a GPU is present). */
  hostCopyBytes: number;
  /** Bytes of the segment (the GPU redoes the FLOPs of copied CPU layers). */
  bytes: number;
  /** KV cache bytes of the segment's layers at the prefill's depth (attention streams them per query tile). */
  kvBytes: number;
  /**
   * Older HIP builds on WMMA GPUs (quantPrefillViaBlas): the non-expert weights' FLOPs per token, which run
   * as an FP16 BLAS GEMM (the F16 path's rate, not MMQ's), and the bytes dequantizing them to FP16 moves
   * per ubatch (read the quantized matrix, write its FP16 copy, the GEMM reads that back). 0 elsewhere.
   */
  blasFlopsPerToken: number;
  blasDequantBytes: number;
  /**
   * The share of routed experts those builds multiply through BLAS too: MUL_MAT_ID then runs one matmul
   * per expert, and an expert given 64 tokens or more (MMQ_DP4A_MAX_BATCH_SIZE) is dequantized for BLAS,
   * below that it takes MMQ. With uniform routing an expert's tokens in a ubatch are Poisson around
   * tokensPerExpert; the experts' dequantization bytes are in blasDequantBytes. 0 elsewhere.
   */
  blasExpertShare: number;
  /**
   * Without flash attention, llama.cpp's GPU backends write each ubatch's attention scores as an F32
   * matrix (KQ: keys × ubatch × heads per layer), soft_max reads it and writes another, and the KQV matmul
   * reads that: 16 bytes per score through memory, per ubatch. 0 with flash attention.
   */
  attentionScoreBytes: number;
  /**
   * With flash attention on a llama.cpp GPU backend: the part of flopsPerToken that is attention over
   * the cache (QK and PV at the prefill's depth), which the FLASH_ATTN_EXT kernel computes, not the
   * GEMM the weights take; it runs at flashAttentionShare of the F16 path's rate. 0 otherwise.
   */
  flashAttentionFlopsPerToken: number;
  bandwidthGBps: number;
  hostBwAssumed: boolean;
  parallelShards: number;
  /** An Intel XMX GPU under Vulkan: its matmuls reach intelCoopmatShare of the matrix peak. */
  intelCoopmat: boolean;
}

/** What the speed formulas need of one placed request, independent of the constants. */
export interface SpeedFeatures {
  decode: DecodeSegment[];
  /** Segments at the prefill's depth (depth + half a ubatch). */
  prefill: PrefillSegment[];
  /** GPTQ/AWQ/bitsandbytes kernels (their extra per-layer cost). */
  kernelQuant: boolean;
  /** Quantized weights (prefill pays the dequantization factor). */
  quantized: boolean;
  /** The CPU dot kernel of the weights (cpu-dot.ts): what a weight costs CPU segments at decode. */
  cpuDot: CpuDot | null;
  /** BF16 weights (prefill runs the BF16 kernels: prefillBf16Factor). */
  bf16: boolean;
  /** Tokens each routed expert multiplies in one 512-token ubatch (512 × active ÷ experts); null for dense models. */
  tokensPerExpert: number | null;
  /**
   * Prompt tokens one forward pass takes (prefillForwardTokens): each pass pays the per-layer fixed
   * cost and streams the weights once, so a short prompt reads slower than a 512-token ubatch.
   */
  prefillForwardTokens: number;
  /** Routed experts each token uses per MoE layer; 0 for dense models. */
  activeExperts: number;
  /** Bits per weight of what decode streams (WeightComposition.streamedBitsPerWeight). */
  bitsPerWeight: number;
  /** Device boundaries a token crosses (layer split). */
  hops: number;
  /** Tensor-parallel all-reduce time per token (vLLM on several GPUs). */
  allReduceSeconds: number;
  partialOffload: boolean;
  /**
   * Layers decode in system RAM beside a GPU, and the host's bandwidth is assumed (the hardware does not
   * state it): a term of the time no constant describes, so such a row informs no fitted constant (speed-fit.ts).
   */
  hostBandwidthAssumed: boolean;
  /** The GPU is a unified-memory SoC (Jetson, DGX Spark, Ryzen AI Max): the runtime's host work runs on the SoC's own cores. */
  socHost: boolean;
  /** The backends in segment order, as the estimate names them ("cuda", "metal+cpu"). */
  label: string;
  /** Where each segment's compute figure comes from, when it is not a plain catalogued peak. */
  compute: ComputeUse[];
}

/** A compute figure the speed rests on that is weaker than a catalogued peak, and who reads it. */
export interface ComputeUse {
  device: string;
  basis: ComputeBasis | 'stand-in';
  /** The sentence the estimate adds to its assumptions (null for 'none': a warning says it). */
  note: string | null;
  /** The segment does prefill FLOPs itself (a stand-in CPU figure matters only then). */
  prefill: boolean;
}

/** The host memory's bandwidth where the hardware says it, or null (the speed model then assumes the fitted hostBwGBps). */
export function statedSystemBandwidth(hw: HardwareSpec): number | null {
  if (hw.systemBandwidthGBps && hw.systemBandwidthGBps > 0) return hw.systemBandwidthGBps;
  const cpu = hw.devices.find((d) => d.kind === 'cpu');
  if (cpu && cpu.bandwidthGBps > 0) return cpu.bandwidthGBps;
  // Apple Silicon and unified machines: the CPU reads the same memory the GPU does.
  const shared = hw.devices.find((d) => d.kind === 'apple' || d.unified);
  if (shared && !hw.cluster) return shared.bandwidthGBps;
  return null;
}

/** CPU matrix throughput for layers in system RAM; a stand-in (said) when no core count is known. */
function cpuCompute(hw: HardwareSpec): { tflops: number; note: string | null } {
  const cpu = hw.devices.find((d) => d.kind === 'cpu');
  if (cpu?.fp16Tflops) return { tflops: cpu.fp16Tflops, note: null };
  const cores = cpu?.cores ?? hw.devices.find((d) => d.unified && d.cores)?.cores ?? null;
  if (cores && cores > 0) return { tflops: (cores * CPU_CORE_GFLOPS) / 1000, note: null };
  if (hw.devices.some((d) => d.kind === 'apple')) {
    return { tflops: DEFAULT_CPU_TFLOPS, note: `CPU compute for layers the GPU does not hold: an assumed ${DEFAULT_CPU_TFLOPS} TFLOPS (Apple CPU clusters with AMX reach roughly 1–2).` };
  }
  return { tflops: DEFAULT_CPU_TFLOPS, note: `CPU compute: no core count given, so an assumed ${DEFAULT_CPU_TFLOPS} TFLOPS (8–16 AVX2/AVX-512 cores); give the CPU's cores for a better figure.` };
}

/** One device's layers as decode and as prefill see them, and the compute figure both rest on when it is not a plain peak. */
interface RawSegment {
  decode: DecodeSegment;
  prefill: PrefillSegment;
  use: ComputeUse | null;
}

function segmentsAt(input: EstimateInput, comp: WeightComposition, plan: Placement, depth: number, kvLayout: Runtime): RawSegment[] {
  const hw = input.hardware as HardwareSpec;
  const m = input.model;
  const shape = modelShape(m);
  const L = shape.layers;
  const kvRead = kvReadBytesPerLayer(m, depth, input.kvCacheType, kvLayout);
  const attnPerLayer = attentionFlopsPerLayer(m.architecture, depth, isLlamaCppFamily(kvLayout));
  // A decoded token attends over an MLA cache in the absorbed form wherever the latent is what is cached
  // (every runtime but Transformers): decompressing the whole cache for one query would cost far more.
  const attnDecodePerLayer = attentionFlopsPerLayer(m.architecture, depth, kvLayout !== 'transformers');
  // Without flash attention: every query of the ubatch against every cell, the ubatch's own included
  // (the prefill depth is the ubatch's middle, so its last key is 256 further).
  const scoresPerLayer = isLlamaCppFamily(kvLayout) && !input.flashAttention ? attentionScoresPerLayer(m.architecture, depth + LLAMA_CPP_UBATCH / 2) : null;
  // Weights per streamed byte: the bits of the tensors streamed, not the file's (its input layer is only looked up).
  const bpw = Math.max(1, comp.streamedBitsPerWeight);
  const fam = QUANT_FORMATS[input.quant]?.family ?? 'gguf';
  const quantized = !(fam === 'float');
  const flopsPerByte = (8 / bpw) * 2;
  const sumOver = (xs: readonly number[], first: number, count: number) => {
    let t = 0;
    for (let i = first; i < first + count; i++) t += xs[i] ?? 0;
    return t;
  };
  const segs: RawSegment[] = [];
  const active = comp.layerActiveBytes;
  const expertsAll = comp.layerExpertBytes;
  const share = shape.moe ? Math.min(1, shape.moe.activeExperts / shape.moe.experts) : 1;
  let cpuBytes = 0;
  let cpuLayers = 0;
  let cpuHostCopy = 0;
  const shards = input.runtime === 'vllm' ? Math.max(1, plan.slots.length) : 1;
  const tokensPerExpert = shape.moe ? (512 * shape.moe.activeExperts) / shape.moe.experts : 0;
  const syclPlain = syclPlainLayoutShare(comp.streamedTypeShares.dense, input.llamaCppBuild);
  const addSlot = (s: Slot) => {
    let bytes = 0;
    let expertBytes = 0;
    let allExpertBytes = 0;
    for (let i = s.firstLayer; i < s.firstLayer + s.layers; i++) {
      const a = active[i] ?? 0;
      const eActive = shape.moe ? (expertsAll[i] ?? 0) * share : 0;
      if (i < plan.moeExpertLayersOnCpu && input.runtime !== 'vllm') {
        bytes += a - eActive;
        cpuBytes += eActive;
      } else {
        bytes += a;
        expertBytes += eActive;
        allExpertBytes += shape.moe ? (expertsAll[i] ?? 0) : 0;
      }
    }
    // The output layer, with a tied model's head (its embedding, read by every token; llama.cpp puts a copy with the output layer).
    if (s.holdsOutput) bytes += comp.outputBytes + comp.tiedHeadBytes;
    const weightBytes = bytes;
    bytes += sumOver(kvRead, s.firstLayer, s.layers);
    const compute = deviceCompute(s.device);
    const dotRate = quantized ? emulatedDotOpsPerSecond(s.device) : null;
    const backend = backendFor(input.runtime, s.device.kind, input.gpuBackend);
    const blas = quantized && quantPrefillViaBlas(s.device, backend, input.llamaCppBuild);
    const blasBytes = blas ? weightBytes - expertBytes : 0;
    const blasParams = (blasBytes * 8) / bpw;
    const expertShare = blas && shape.moe ? poissonAtLeast(tokensPerExpert, MMQ_MAX_BATCH) : 0;
    const blasExpertBytes = expertShare * allExpertBytes;
    const mmvqRate = backend === 'vulkan' ? intelVulkanMmvqOpsPerSecond(s.device, input.quant, quantized, m.architecture.hiddenSize) : null;
    const bandwidthGBps = s.device.bandwidthGBps;
    const cacheBytes = sumOver(kvRead, s.firstLayer, s.layers) / shards;
    segs.push({
      decode: {
        backend,
        bandwidthGBps,
        hostBwAssumed: false,
        hbm: isHbmMemory(s.device.memoryType),
        sm61: isSm61Nvidia(s.device),
        pascal: backend === 'cuda' && isLlamaCppFamily(input.runtime) && isPascalNvidia(s.device),
        tflops: compute.tflops,
        layers: s.layers,
        bytes: bytes / shards,
        expertBytes: expertBytes / shards,
        quantParams: quantized ? (bytes * 8) / bpw / shards : 0,
        emulatedDotWeights: dotRate === null ? 0 : (weightBytes * 8) / bpw / shards,
        emulatedDotOpsPerSecond: dotRate,
        intelMmvqWeights: mmvqRate === null ? 0 : (weightBytes * 8) / bpw / shards,
        intelMmvqOpsPerSecond: mmvqRate,
        syclPlainBytes: backend === 'sycl' ? (weightBytes * syclPlain) / shards : 0,
        cacheBytes,
        attnFlops: sumOver(attnDecodePerLayer, s.firstLayer, s.layers) / shards,
        attnTflops: decodeAttentionTflops(s.device, backend, compute.tflops),
      },
      prefill: {
        backend,
        tflops: prefillTflops(s.device, backend, input.quant === 'BF16', input.syclFp32Gemm === true),
        flopsPerToken: (bytes * flopsPerByte + sumOver(attnPerLayer, s.firstLayer, s.layers)) / shards,
        expertFlopsPerToken: (expertBytes * flopsPerByte) / shards,
        hostCopyBytes: 0,
        bytes: bytes / shards,
        kvBytes: cacheBytes,
        blasFlopsPerToken: (blasBytes * flopsPerByte) / shards,
        blasDequantBytes: (blasBytes + 4 * blasParams + blasExpertBytes + (4 * blasExpertBytes * 8) / bpw) / shards,
        blasExpertShare: expertShare,
        attentionScoreBytes: scoresPerLayer && backend !== 'cpu' ? (sumOver(scoresPerLayer, s.firstLayer, s.layers) * LLAMA_CPP_UBATCH * 16) / shards : 0,
        flashAttentionFlopsPerToken: isLlamaCppFamily(kvLayout) && input.flashAttention && backend !== 'cpu' ? sumOver(attnPerLayer, s.firstLayer, s.layers) / shards : 0,
        bandwidthGBps,
        hostBwAssumed: false,
        parallelShards: shards,
        intelCoopmat: intelVulkanCoopmat(s.device, backend),
      },
      use: compute.basis === 'catalogued' && !compute.note ? null : { device: s.device.name, basis: compute.basis, note: compute.note, prefill: true },
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
      cpuBytes += comp.outputBytes + comp.tiedHeadBytes;
      cpuHostCopy += comp.outputBytes + comp.tiedHeadBytes;
    }
    cpuBytes += sumOver(kvRead, 0, cpuLayers);
  }
  if (cpuBytes > 0) {
    const gpuPresent = plan.slots.length > 0;
    // With a GPU present llama.cpp runs big prefill matmuls of CPU layers on the GPU, copying the
    // weights over PCIe each ubatch (ggml_backend_sched offload_op for batches ≥ 32).
    const experts = plan.moeExpertLayersOnCpu > 0 ? sumRange(expertsAll, 0, plan.moeExpertLayersOnCpu) : 0;
    const compute = cpuCompute(hw);
    const stated = statedSystemBandwidth(hw);
    const bandwidthGBps = stated ?? 0;
    const hostBwAssumed = stated === null;
    const cpuCache = sumOver(kvRead, 0, cpuLayers);
    segs.push({
      decode: {
        backend: 'cpu',
        bandwidthGBps,
        hostBwAssumed,
        hbm: false,
        sm61: false,
        pascal: false,
        tflops: compute.tflops,
        layers: cpuLayers,
        bytes: cpuBytes,
        expertBytes: 0,
        // CPU mat-vecs dequantize and dot every weight on a few cores: decode can be compute-bound.
        quantParams: quantized ? (cpuBytes * 8) / bpw : 0,
        emulatedDotWeights: 0,
        emulatedDotOpsPerSecond: null,
        intelMmvqWeights: 0,
        intelMmvqOpsPerSecond: null,
        syclPlainBytes: 0,
        cacheBytes: cpuCache,
        attnFlops: 0,
        attnTflops: null,
      },
      prefill: {
        backend: 'cpu',
        tflops: compute.tflops,
        flopsPerToken: gpuPresent ? 0 : cpuBytes * flopsPerByte + sumOver(attnPerLayer, 0, cpuLayers),
        expertFlopsPerToken: 0,
        hostCopyBytes: gpuPresent ? cpuHostCopy + experts : 0,
        bytes: cpuBytes,
        // Beside a GPU the prompt's attention over these layers' cache runs on the GPU, so the CPU segment streams none of it.
        kvBytes: gpuPresent ? 0 : cpuCache,
        blasFlopsPerToken: 0,
        blasDequantBytes: 0,
        blasExpertShare: 0,
        attentionScoreBytes: 0,
        flashAttentionFlopsPerToken: 0,
        bandwidthGBps,
        hostBwAssumed,
        parallelShards: 1,
        intelCoopmat: false,
      },
      use: compute.note ? { device: 'CPU', basis: 'stand-in', note: compute.note, prefill: !gpuPresent } : null,
    });
  }
  return segs;
}

/** llama.cpp's HIP build takes MMQ below this many tokens per matmul on WMMA GPUs in older builds (MMQ_DP4A_MAX_BATCH_SIZE). */
const MMQ_MAX_BATCH = 64;

/** P(X ≥ k) for X Poisson with mean lambda (k a small integer). */
export function poissonAtLeast(lambda: number, k: number): number {
  if (!(lambda > 0)) return 0;
  let term = Math.exp(-lambda);
  let below = 0;
  for (let j = 0; j < k; j++) {
    below += term;
    term *= lambda / (j + 1);
  }
  return Math.min(1, Math.max(0, 1 - below));
}

function sumRange(a: number[], from: number, to: number): number {
  let s = 0;
  for (let i = from; i < Math.min(to, a.length); i++) s += a[i] ?? 0;
  return s;
}

/**
 * Prompt tokens per forward pass: llama.cpp's ubatch (512), mlx-lm's prefill step (2048), vLLM's
 * default chunk (2048 at least), Transformers the whole prompt; a request without a prompt length
 * reads as one 512-token pass (the estimate's prefill figure).
 */
function prefillForwardTokens(input: EstimateInput): number {
  const prompt = Math.max(1, input.promptTokens ?? LLAMA_CPP_UBATCH);
  const chunk = isLlamaCppFamily(input.runtime) ? LLAMA_CPP_UBATCH : input.runtime === 'mlx' || input.runtime === 'vllm' ? MLX_PREFILL_STEP_TOKENS : Infinity;
  return Math.min(prompt, chunk);
}

/**
 * The features of a placed request (null when nothing runs). Decode is read at `depth`, prefill one
 * ubatch later; `withPrefill: false` skips the prefill segments (the placement's decode oracle).
 */
export function speedFeatures(input: EstimateInput, comp: WeightComposition, plan: Placement, depth: number = input.depthTokens, withPrefill = true): SpeedFeatures | null {
  if (!input.hardware || plan.fit === 'does-not-fit' || plan.fit === 'unknown') return null;
  // Both read the cache as the runtime stores it (an MLA latent under llama.cpp, vLLM and MLX); under
  // llama.cpp an MLA prefill attends in the absorbed form over that latent (its FLOPs per key too).
  const raw = segmentsAt(input, comp, plan, depth, input.runtime);
  if (raw.length === 0) return null;
  const dec = raw.map((s) => s.decode);
  const fam = QUANT_FORMATS[input.quant]?.family ?? 'gguf';
  const vllm = input.runtime === 'vllm';
  const shards = raw[0]?.prefill.parallelShards ?? 1;
  const moeShape = modelShape(input.model).moe;
  return {
    decode: dec,
    prefill: withPrefill ? segmentsAt(input, comp, plan, depth + 256, input.runtime).map((s) => s.prefill) : [],
    kernelQuant: fam === 'gptq' || fam === 'awq' || fam === 'int',
    quantized: fam !== 'float',
    cpuDot: cpuDotOf(input.quant),
    bf16: input.quant === 'BF16',
    tokensPerExpert: moeShape ? (512 * moeShape.activeExperts) / moeShape.experts : null,
    prefillForwardTokens: prefillForwardTokens(input),
    activeExperts: moeShape ? moeShape.activeExperts : 0,
    bitsPerWeight: Math.max(1, comp.streamedBitsPerWeight),
    hops: vllm ? 0 : Math.max(0, dec.length - 1),
    allReduceSeconds: vllm && shards > 1 ? 2 * input.model.architecture.layers * ALL_REDUCE_SECONDS : 0,
    partialOffload: plan.fit === 'partial-offload',
    hostBandwidthAssumed: dec.some((s) => s.hostBwAssumed) && dec.some((s) => s.backend !== 'cpu'),
    socHost: (input.hardware as HardwareSpec).devices.some((d) => d.unified !== undefined),
    label: [...new Set(dec.map((s) => s.backend))].join('+'),
    compute: raw.flatMap((s) => (s.use ? [s.use] : [])),
  };
}

/** Dequantize-and-dot time of a decode segment; a CPU segment pays its weights' kernel family (cpu-dot.ts). */
function aluSeconds(f: SpeedFeatures, s: DecodeSegment, c: BackendConstants): number {
  if (s.tflops === null) return 0;
  const perWeight = c.dequantFlopPerWeight * (s.backend === 'cpu' ? cpuDotFactor(f.cpuDot, c) : 1);
  return (s.quantParams * perWeight) / (s.tflops * 1e12);
}

/** The runtime's host work per step (scheduling, sampling), paid once per forward pass. */
function stepOverheadSeconds(f: SpeedFeatures, constants: Record<Backend, BackendConstants>): number {
  const first = constants[f.decode[0]!.backend];
  return (first.tokenOverheadMs * (f.socHost ? first.socHostFactor : 1)) / 1000;
}

/** A layer's fixed cost per forward pass in µs: its kernels (more on Pascal), GPTQ/AWQ kernels' extra, and (decode) a cost per routed expert. */
function layerFixedUs(f: SpeedFeatures, s: DecodeSegment, c: BackendConstants, perExpert: boolean): number {
  return c.layerLatencyUs + (s.pascal ? c.pascalLayerLatencyUs : 0) + (f.kernelQuant ? c.quantLayerLatencyUs : 0) + (perExpert ? f.activeExperts * c.moeExpertLatencyUs : 0);
}

/**
 * Attention reads the cache and computes over it in one kernel, so it takes the longer of the two: the
 * seconds computing it (attnFlops at decodeAttentionShare of attnTflops) outlasts reading the cache.
 */
function attentionExcessSeconds(s: DecodeSegment, c: BackendConstants, specGBps: number): number {
  if (!(s.attnFlops > 0) || s.attnTflops === null || !(c.decodeAttentionShare > 0)) return 0;
  return Math.max(0, s.attnFlops / (s.attnTflops * 1e12 * c.decodeAttentionShare) - s.cacheBytes / (deviceBandwidthGBps(c, s, specGBps) * 1e9));
}

/** Seconds per decoded token under a set of constants. */
export function decodeSecondsFrom(f: SpeedFeatures, constants: Record<Backend, BackendConstants>): number {
  const first = constants[f.decode[0]!.backend];
  let t = stepOverheadSeconds(f, constants);
  for (const s of f.decode) {
    const c = constants[s.backend];
    // F16/BF16 routed experts go through the backend's expert mat-vec (MUL_MAT_ID), at its own share of the bandwidth.
    const slowExperts = f.quantized || c.floatExpertBwShare === 1 ? 0 : s.expertBytes * (1 / c.floatExpertBwShare - 1);
    // SYCL: weights in ggml's plain block layout (no reordered kernel for their type) stream at syclPlainBwShare.
    const slowPlain = s.syclPlainBytes > 0 ? s.syclPlainBytes * (1 / c.syclPlainBwShare - 1) : 0;
    // Without an INT8 dot instruction MMVQ's emulated dp4a adds its integer work to the streaming.
    const emulated = s.emulatedDotOpsPerSecond === null || s.emulatedDotWeights === 0 ? 0 : (s.emulatedDotWeights * c.emulatedDotOpsPerWeight) / s.emulatedDotOpsPerSecond;
    // Vulkan's MMVQ on an Intel GPU: its integer work per weight adds to the streaming the same way.
    const intelMmvq = s.intelMmvqOpsPerSecond === null || s.intelMmvqWeights === 0 ? 0 : (s.intelMmvqWeights * c.intelMmvqOpsPerWeight) / s.intelMmvqOpsPerSecond;
    const spec = specBandwidthGBps(s, constants);
    const mem = (s.bytes + slowExperts + slowPlain) / (deviceBandwidthGBps(c, s, spec) * 1e9) + attentionExcessSeconds(s, c, spec) + emulated + intelMmvq;
    // Without a compute figure the dequantization term is unknown: decode reads as memory-bound (and the estimate says so).
    const alu = aluSeconds(f, s, c);
    // Every layer of a MoE model pays the per-expert cost (counts as MoE).
    const launches = (s.layers * layerFixedUs(f, s, c, true)) / 1e6;
    t += OVERLAP_LAUNCH[s.backend] ? Math.max(mem, alu, launches) : powerSum(Math.max(mem, alu), launches, c.launchOverlapPower);
  }
  return t + (f.hops * first.hopMs) / 1000 + f.allReduceSeconds;
}

/**
 * Whether prefill can be estimated at all: every device doing prefill FLOPs has a compute figure
 * (CPU layers' prefill runs on the GPU when one is present, so that GPU needs one too).
 */
export function prefillEstimable(f: SpeedFeatures): boolean {
  if (f.prefill.some((s) => s.flopsPerToken > 0 && s.tflops === null)) return false;
  return !(f.prefill.some((s) => s.hostCopyBytes > 0) && f.prefill.some((s) => s.backend !== 'cpu' && s.tflops === null));
}

/** Seconds to prefill one 512-token ubatch under a set of constants; null when a device doing FLOPs has no compute figure. */
export function prefillSecondsFrom(f: SpeedFeatures, constants: Record<Backend, BackendConstants>): number | null {
  const batch = 512;
  let t = 0;
  let gpuTflops = 0;
  if (!prefillEstimable(f)) return null;
  for (const s of f.prefill) {
    const c = constants[s.backend];
    if (s.flopsPerToken > 0 && s.tflops !== null) {
      // Quantized weights are dequantized inside the matmul: the fitted prefillQuantFactor.
      const f16Eff = softMin(c.prefillEfficiency * s.tflops * (s.intelCoopmat ? c.intelCoopmatShare : 1), c.prefillCeilingTflops);
      const eff = f16Eff * (f.quantized ? c.prefillQuantFactor : f.bf16 ? c.prefillBf16Factor : 1);
      // Routed experts multiply thin GEMMs (n tokens each): they run at n ÷ (n + half) of the dense
      // rate, half = moeTokensPerExpertHalf, or moeFloatTokensPerExpertHalf for F16/BF16 experts where
      // the backend runs those one expert at a time (CUDA/HIP; 0 elsewhere: the same kernel for both).
      const n = f.tokensPerExpert;
      const half = !f.quantized && c.moeFloatTokensPerExpertHalf > 0 ? c.moeFloatTokensPerExpertHalf : c.moeTokensPerExpertHalf;
      const expertSlowdown = n !== null && n > 0 && half > 0 ? (n + half) / n : 1;
      // A CPU runs a prompt's mat-muls through the same per-format dot kernels as decode (cpu-dot.ts).
      const kernel = s.backend === 'cpu' && f.quantized ? cpuDotFactor(f.cpuDot, c) : 1;
      const expertFlops = s.expertFlopsPerToken * expertSlowdown;
      const flops = (s.flopsPerToken - s.flashAttentionFlopsPerToken - s.expertFlopsPerToken - s.blasFlopsPerToken + expertFlops * (1 - s.blasExpertShare)) * kernel;
      t += (flops * batch) / (eff * 1e12 * s.parallelShards);
      // Flash attention over the cache: F16 work in the backend's FLASH_ATTN_EXT kernel, whatever the weights' type.
      if (s.flashAttentionFlopsPerToken > 0) t += (s.flashAttentionFlopsPerToken * batch) / (f16Eff * c.flashAttentionShare * 1e12 * s.parallelShards);
      if (s.blasExpertShare > 0) t += (expertFlops * s.blasExpertShare * batch) / (f16Eff * 1e12 * s.parallelShards);
      // Older HIP builds on WMMA GPUs: the dense weights are dequantized to FP16 and multiplied by the
      // BLAS library, at the F16 path's rate, after moving their bytes (blasDequantBytes) through memory.
      if (s.blasFlopsPerToken > 0) t += (s.blasFlopsPerToken * batch) / (f16Eff * 1e12 * s.parallelShards);
      const bw = achievedBandwidthGBps(c, specBandwidthGBps(s, constants)) * 1e9;
      if (s.blasDequantBytes > 0) t += s.blasDequantBytes / bw;
      // Without flash attention the scores make their round trips through memory.
      if (s.attentionScoreBytes > 0) t += s.attentionScoreBytes / bw;
      // Attention over the cache streams it once per tile of queries: prefillKvPasses reads per ubatch.
      if (c.prefillKvPasses > 0 && s.kvBytes > 0) t += (s.kvBytes * c.prefillKvPasses) / bw;
      if (s.backend !== 'cpu') gpuTflops = Math.max(gpuTflops, eff);
    }
    if (s.hostCopyBytes > 0) {
      t += s.hostCopyBytes / (PCIE_GBPS * 1e9);
      // ...and the GPU does those FLOPs too.
      if (gpuTflops > 0) t += (s.bytes * (8 / f.bitsPerWeight) * 2 * batch) / (gpuTflops * 1e12);
    }
  }
  // Each forward pass streams the weights once and pays decode's fixed costs (the runtime's per-step
  // host work, every layer's kernels): a pass of n prompt tokens costs the 512-token batch 512 ÷ n of them.
  const passes = batch / f.prefillForwardTokens;
  let stream = 0;
  let fixed = stepOverheadSeconds(f, constants);
  for (const s of f.decode) {
    const c = constants[s.backend];
    stream += s.bytes / (deviceBandwidthGBps(c, s, specBandwidthGBps(s, constants)) * 1e9);
    fixed += (s.layers * layerFixedUs(f, s, c, false)) / 1e6;
  }
  return Math.max(t, stream * passes) + fixed * passes;
}

/** The band for a backend combination: its own when the held-out data is enough, else a wider fallback. */
export function bandFactorFor(bands: SpeedBands, label: string): BandFactor {
  const own = bands.byBackend[label];
  if (own && !own.thin) return own;
  // Thin or unseen: never narrower than any backend in the combination nor than all data pooled.
  let factor = Math.max(own?.factor ?? bands.unseen, bands.pooled.factor);
  for (const part of label.split('+')) factor = Math.max(factor, bands.byBackend[part]?.factor ?? bands.unseen);
  return { factor, heldOutRows: own?.heldOutRows ?? 0, thin: true };
}

function band(x: number, f: number): Band {
  return { low: x / f, expected: x, high: x * f };
}

export interface SpeedResult {
  decode: Band;
  /** null: a device that would do the prefill has no compute figure (the warnings say which). */
  prefill: Band | null;
  backend: string;
  bottleneck: string;
  /** Sentences about the compute figures used: a weaker figure, a fallback path, a stand-in. */
  assumptions: string[];
  warnings: string[];
  /** What the speed lets the estimate's confidence be: thin or wide bands, weaker compute figures. */
  confidenceLimits: ConfidenceLimit[];
}

/**
 * What the compute figures behind a speed allow it to claim: a weaker or fallback figure caps the
 * confidence at medium, a stand-in that does prefill work or no figure at all at low; each is said.
 */
function computeCaveats(f: SpeedFeatures): Pick<SpeedResult, 'assumptions' | 'warnings' | 'confidenceLimits'> {
  const assumptions: string[] = [];
  const warnings: string[] = [];
  const limits: ConfidenceLimit[] = [];
  for (const u of f.compute) {
    if (u.note && !assumptions.includes(u.note)) assumptions.push(u.note);
    if (u.basis === 'weak') limits.push({ level: 'medium', reason: `the compute figure of ${u.device} is derived, not published` });
    else if (u.basis === 'vector-fallback') limits.push({ level: 'medium', reason: `no published matrix-unit rate for ${u.device}` });
    else if (u.basis === 'stand-in' && u.prefill) limits.push({ level: 'low', reason: `an assumed compute figure for ${u.device}` });
    else if (u.basis === 'none') {
      limits.push({ level: 'low', reason: `no compute figure for ${u.device}` });
      const warning = `No compute figure for ${u.device} (no source gives one): prefill speed is not estimated, and decode is read as memory-bound, so it may be optimistic where dequantization limits it.`;
      if (!warnings.includes(warning)) warnings.push(warning);
    }
  }
  return { assumptions, warnings, confidenceLimits: limits };
}

/**
 * What the bands let the estimate claim: few held-out measurements behind one make it low, a wide one
 * lowers it (BAND_CONFIDENCE). Decode and prefill both thin on one backend read as one reason.
 */
function bandLimits(d: BandFactor, p: BandFactor | null, label: string): ConfidenceLimit[] {
  const thin = (b: BandFactor, what: string): ConfidenceLimit => ({
    level: 'low',
    reason: b.heldOutRows === 0 ? `no measured ${what} speeds on ${label} to check it against` : `only ${b.heldOutRows} measured ${what} speeds on ${label} to check it against`,
  });
  if (d.thin && p?.thin && d.heldOutRows === 0 && p.heldOutRows === 0) return [thin(d, 'decode or prefill')];
  const limits: ConfidenceLimit[] = [];
  for (const [b, metric] of [[d, 'decode'], [p, 'prefill']] as const) {
    if (!b) continue;
    const limit = b.thin ? thin(b, metric) : bandLimit(b.factor, metric, label);
    if (limit) limits.push(limit);
  }
  return limits;
}

/** "12 %", or "under 1 %" for a share that rounds to none. */
function percentOf(part: number, whole: number): string {
  const pct = Math.round((100 * part) / whole);
  return pct >= 1 ? `${pct} %` : 'under 1 %';
}

/** Decode and prefill bands from features under a set of constants (null when the decode time is not positive). */
export function speedFromFeatures(f: SpeedFeatures, constants: SpeedConstants): SpeedResult | null {
  const tDec = decodeSecondsFrom(f, constants.backends);
  const tPre = prefillSecondsFrom(f, constants.backends);
  if (!(tDec > 0) || !Number.isFinite(tDec)) return null;
  const prefillKnown = tPre !== null && tPre > 0 && Number.isFinite(tPre);
  const d = bandFactorFor(constants.bands.decode, f.label);
  const p = bandFactorFor(constants.bands.prefill, f.label);
  const caveats = computeCaveats(f);
  const cpuShare = f.decode.filter((s) => s.backend === 'cpu').reduce((a, s) => a + s.bytes, 0);
  const total = f.decode.reduce((a, s) => a + s.bytes, 0);
  const aluBound = f.decode.some((s) => {
    const c = constants.backends[s.backend];
    const stream = s.bytes / (deviceBandwidthGBps(c, s, specBandwidthGBps(s, constants.backends)) * 1e9);
    const emulated = s.emulatedDotOpsPerSecond === null ? 0 : (s.emulatedDotWeights * c.emulatedDotOpsPerWeight) / s.emulatedDotOpsPerSecond;
    return aluSeconds(f, s, c) > stream || emulated > stream;
  });
  const pascalNote = f.decode.some((s) => s.pascal)
    ? [`A Pascal GPU under llama.cpp: each layer costs a fitted ${Math.round(constants.backends.cuda.pascalLayerLatencyUs)} µs more per token than on later NVIDIA parts.`]
    : [];
  const plain = f.decode.reduce((a, s) => a + s.syclPlainBytes, 0);
  const weights = f.decode.reduce((a, s) => a + s.bytes - s.cacheBytes, 0);
  const syclNote =
    plain > 0 && weights > 0
      ? [`llama.cpp's SYCL build multiplies ${percentOf(plain, weights)} of the weights a token reads from ggml's plain block layout (it has no reordered kernel for their types): they stream at a fitted ${Math.round(100 * constants.backends.sycl.syclPlainBwShare)} % of the reordered kernels' rate.`]
      : [];
  // Where attending over the cache outlasts reading it (an MLA model at depth) by a part of the token's time worth saying.
  const attentionExcess = f.decode.reduce((a, s) => a + attentionExcessSeconds(s, constants.backends[s.backend], specBandwidthGBps(s, constants.backends)), 0);
  const attentionBound = attentionExcess > 0.05 * tDec;
  const attentionNote = attentionBound
    ? [`At this depth the attention over the cache is compute-bound: computing it takes ${percentOf(attentionExcess, tDec)} of each token's time beyond reading the cache (it runs at a fitted share of the GPU's peak for that kernel).`]
    : [];
  return {
    decode: band(1 / tDec, d.factor),
    prefill: prefillKnown ? band(512 / tPre, p.factor) : null,
    backend: f.label,
    bottleneck:
      cpuShare > 0.05 * total
        ? 'system RAM bandwidth (offloaded weights)'
        : aluBound
          ? 'GPU compute (dequantization)'
          : attentionBound
            ? 'GPU memory bandwidth, and compute for the attention over the cache'
            : 'GPU memory bandwidth',
    ...caveats,
    assumptions: [...caveats.assumptions, ...pascalNote, ...syclNote, ...attentionNote],
    confidenceLimits: [...bandLimits(d, prefillKnown ? p : null, f.label), ...caveats.confidenceLimits],
  };
}

/** Seconds per decoded token (expected) with the committed constants, or null when nothing runs (the placement's oracle). */
export function decodeSecondsPerToken(input: EstimateInput, comp: WeightComposition, plan: Placement, depth: number): number | null {
  const f = speedFeatures(input, comp, plan, depth, false);
  return f ? decodeSecondsFrom(f, SPEED_CONSTANTS.backends) : null;
}

export function speedFor(input: EstimateInput, comp: WeightComposition, plan: Placement): SpeedResult | null {
  const f = speedFeatures(input, comp, plan);
  return f ? speedFromFeatures(f, SPEED_CONSTANTS) : null;
}
