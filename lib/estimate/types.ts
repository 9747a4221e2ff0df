// Domain types of the estimator. Units: bytes are bytes, bandwidth is GB/s (1e9 B/s),
// compute is TFLOPS (1e12 FLOP/s). Nothing here depends on Node, Next or Prisma.

import type { Architecture } from '../architecture/schema';
import type { ClusterLink, CpuIsa, DeviceKind, Fit, FormFactor, HostSystem, Int8Path, KvCacheType, MoeOffloadMode, Runtime } from '../enums';
import type { ConfidenceLevel } from './confidence';

export type { DeviceKind, Fit, HostSystem, KvCacheType, MoeOffloadMode, Runtime };

/**
 * A model as the estimator sees it: its published totals and its exact architecture record
 * (lib/architecture/schema.ts). Every shape figure the formulas need is derived from the record
 * (model-shape.ts, lib/architecture/{params,cache,runtime-parts}.ts); none is stored twice.
 */
export interface ModelSpec {
  slug?: string;
  name?: string;
  totalParams: number;
  activeParams: number;
  architecture: Architecture;
  /** Vision tower / projector bytes loaded beside the language model (mmproj), when published. */
  projectorBytes?: number | null;
}

/**
 * A device's dense theoretical peaks per compute path (README, "Hardware figures: one convention"): TFLOPS, INT8 in
 * TOPS; null where the path does not exist or no source gives it. The speed model reads fp16Tflops
 * today; these are carried for the per-path prefill model (issue 16) and shown on pages.
 */
export interface ComputePeaks {
  fp32VectorTflops: number | null;
  fp16VectorTflops: number | null;
  /** Matrix units, FP16 inputs, FP32 accumulate. */
  fp16TensorTflops: number | null;
  /** Matrix units, FP16 inputs, FP16 accumulate. */
  fp16AccTensorTflops: number | null;
  bf16TensorTflops: number | null;
  int8TensorTops: number | null;
  int8Path: Int8Path | null;
  fp8TensorTflops: number | null;
  fp4TensorTflops: number | null;
}

export interface DeviceSpec {
  slug?: string;
  name: string;
  kind: DeviceKind;
  memoryBytes: number;
  bandwidthGBps: number;
  /** Dense FP16 throughput on the matrix units (FP16 accumulate), the vector rate without them: what the speed model reads. */
  fp16Tflops: number | null;
  /** The catalog marks fp16Tflops as weaker: derived by an assumed ratio, or an upper bound (laptop boost clocks). */
  fp16TflopsWeak?: boolean;
  /** Per-path peaks, when the catalog has them. */
  peaks?: ComputePeaks;
  /** The catalog's memory type as written ("GDDR6X, 384-bit", "HBM3, 5120-bit"), when known: HBM parts stream decode at their own share (speed.ts). */
  memoryType?: string;
  /** The catalog's form factor, when known: a `module` (SXM, OAM) sits on its maker's GPU fabric (NVLink and NVSwitch, Infinity Fabric). */
  formFactor?: FormFactor;
  count?: number;
  /** CPU devices (and unified machines' CPU side): cores doing the math; sets CPU prefill/decode compute when fp16Tflops is null. */
  cores?: number | null;
  /** CPU extensions (AVX2, AVX-512, NEON, …), when known. */
  isa?: readonly CpuIsa[];
  /**
   * A unified-memory machine (DGX Spark, Jetson, Ryzen AI Max): memoryBytes is the one pool the CPU
   * and this GPU share; the GPU may map at most gpuLimitBytes of it, and what the GPU holds is not
   * available to the CPU. `basis` says where the limit comes from, for the assumptions.
   */
  unified?: { gpuLimitBytes: number; basis: string };
}

/** What the API and CLI resolve slugs against: catalog models (with their published files) and devices. */
export interface CatalogLookup {
  model(slug: string): (ModelSpec & { artifacts?: readonly { slug: string; format: string; publisher: string; fileBytes: number | null }[] }) | null;
  device(slug: string): DeviceSpec | null;
}

export interface HardwareSpec {
  devices: DeviceSpec[];
  systemMemoryBytes?: number;
  systemBandwidthGBps?: number;
  metalWiredLimitBytes?: number;
  /** Devices are separate machines joined over a network (exo). */
  cluster?: boolean;
  /** How a cluster's machines are joined (cluster-link.ts): sets what each machine boundary costs a token. Absent: DEFAULT_CLUSTER_LINK (no cluster measurement informs a fitted hop). */
  link?: ClusterLink;
  /** The system the GPUs serve: its desktop keeps part of the GPU that drives the display (DISPLAY_RESERVE_BYTES). Absent: the builder's default. */
  os?: HostSystem;
}

/** Hardware as the estimator receives it: the system always stated (buildEstimateInput fills it). */
export type EstimateHardware = HardwareSpec & { os: HostSystem };

/**
 * Everything one estimate depends on, every setting explicit: the estimator applies no defaults.
 * Build it with buildEstimateInput (choice.ts), which fills what the asker left out from each
 * runtime's shipped defaults (runtime-defaults.ts) and says so in the assumptions.
 */
export interface EstimateInput {
  model: ModelSpec;
  /** Canonical quant name (see QUANT_FORMATS). */
  quant: string;
  /** Tokens of context per sequence. */
  contextTokens: number;
  /** Tokens already in the context when decode speed is read. */
  depthTokens: number;
  kvCacheType: KvCacheType;
  /** Sequences held at once. */
  parallel: number;
  runtime: Runtime;
  hardware: EstimateHardware | null;
  /** Real artifact size when known (catalog); null: computed from the tensor shapes. */
  fileBytes: number | null;
  /** llama.cpp flash attention (sizes its compute buffer; without it prefill moves the attention scores through memory, speed.ts). */
  flashAttention: boolean;
  /** Prompt processed in one go (Transformers activation peak); null: a prompt that fills the context. */
  promptTokens: number | null;
  /** vLLM --gpu-memory-utilization. */
  gpuMemoryUtilization: number;
  /** vLLM max_num_batched_tokens (sizes its activation profile). */
  vllmBatchedTokens: number;
  /** llama.cpp GPU backend when not the vendor default (e.g. Vulkan on AMD/NVIDIA/Intel). */
  gpuBackend: 'vulkan' | null;
  /** Keep MoE expert tensors in system RAM (llama.cpp --n-cpu-moe). */
  moeOffload: MoeOffloadMode;
  /**
   * The llama.cpp build number a measurement ran (llama-bench's "build <commit> (N)"); absent: current
   * software. Only the accuracy harness sets it: it selects the kernel path an older build took (speed.ts).
   */
  llamaCppBuild?: number;
  /**
   * A llama.cpp SYCL build without GGML_SYCL_F16 (off in its CMake defaults): the prompt's GEMMs take
   * FP32 operands, which Intel's XMX engines do not multiply, so they run on the vector engines. Only
   * the accuracy harness sets it, from a row that says so ("SYCL (FP32)"); absent: an FP16 build.
   */
  syclFp32Gemm?: boolean;
  /**
   * llama-server chose the GPU layers itself (started without -ngl, so --fit keeps its 1024 MiB target
   * free on each GPU, as under Ollama). Only the accuracy harness sets it, for server runs that state
   * no -ngl; absent: the layer count the estimate's own command passes.
   */
  llamaServerFit?: boolean;
}

export interface Band {
  low: number;
  expected: number;
  high: number;
}

export interface DeviceMemory {
  device: string;
  kind: DeviceKind | 'system';
  /** Everything resident on this device. */
  bytes: number;
  /** Repeating layers held here. */
  layers: number;
  weightsBytes: number;
  kvCacheBytes: number;
  computeBytes: number;
  overheadBytes: number;
  /** What this device may use (VRAM, Metal working-set cap, RAM minus reserve). */
  capacityBytes: number | null;
  /** What the system's desktop keeps of it (already off capacityBytes): the display GPU's share, 0 elsewhere. */
  displayReserveBytes: number;
}

export type QualityLabel = 'lossless' | 'near-lossless' | 'small loss' | 'noticeable loss' | 'heavy loss';

export interface Quality {
  /** Relative perplexity increase over 16-bit weights (0.028 = +2.8 %). */
  relativeLoss: number;
  label: QualityLabel;
  /** log10 of the dense-equivalent parameter count after the quant penalty. */
  effectiveQualityScore: number;
  effectiveParams: number;
}

export interface Estimate {
  model: { slug?: string; name?: string; totalParams: number; activeParams: number };
  quant: string;
  runtime: Runtime;
  contextTokens: number;
  depthTokens: number;
  kvCacheType: KvCacheType;
  parallel: number;
  fileBytes: number;
  fileBytesSource: 'catalog' | 'computed';
  bitsPerWeight: number;
  memory: {
    weightsBytes: number;
    /** Everything the layers keep between tokens: KV caches plus recurrent states. */
    kvCacheBytes: number;
    /** Of kvCacheBytes, the fixed recurrent state of linear-attention and Mamba layers (all sequences). */
    recurrentStateBytes: number;
    computeBytes: number;
    overheadBytes: number;
    totalBytes: number;
    /** Bytes the runtime reserves up front (vLLM), else equal to totalBytes. */
    reservedBytes: number;
    devices: DeviceMemory[];
    metalCapBytes: number | null;
  };
  fit: Fit;
  placement: {
    totalLayers: number;
    gpuLayers: number;
    cpuLayers: number;
    /** Layers whose routed experts stay in system RAM (llama.cpp --n-cpu-moe). */
    moeExpertLayersOnCpu: number;
  };
  maxContextTokens: number | null;
  speed: {
    decodeTokensPerSec: Band;
    /** null when no compute figure is known for a device that would do the prefill (the warnings say which). */
    prefillTokensPerSec: Band | null;
    backend: string;
    bottleneck: string;
  } | null;
  quality: Quality;
  confidence: ConfidenceLevel;
  /** Why the confidence is not higher, as short clauses (none when high). */
  confidenceReasons: string[];
  assumptions: string[];
  warnings: string[];
}
