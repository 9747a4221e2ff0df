// Memory that is neither weights nor KV cache: llama.cpp compute buffers, driver contexts,
// framework activations, and the Metal working-set cap on Apple Silicon.

import { modelShape } from './model-shape';
import { LLAMA_CPP_UBATCH, MLX_PREFILL_STEP_TOKENS } from './runtime-defaults';
import { vllmProfilePeakBytes, type TransformersMemoryConstants, type VllmMemoryConstants } from './memory-fit';
import type { DeviceKind, HostSystem, ModelSpec } from './types';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * Driver/context memory per GPU that llama.cpp's buffer log does not show. The calibration set's
 * README puts CUDA context at "a few hundred MiB per GPU" (300–500 MiB); we take the middle.
 * Apple: Metal has no separate context in the working set; CPU: none.
 */
export const DRIVER_OVERHEAD_BYTES: Record<DeviceKind, number> = {
  nvidia: 400 * MiB,
  amd: 400 * MiB,
  intel: 400 * MiB,
  apple: 0,
  cpu: 0,
};

/** llama.cpp pipeline parallelism keeps this many copies of graph inputs when split over GPUs
 *  (GGML_SCHED_MAX_COPIES = 4 in ggml-backend.c). */
const PIPELINE_COPIES = 4;

export interface ComputeBufferArgs {
  model: ModelSpec;
  /** KV cells the full-attention layers hold (n_ctx × sequences, padded). */
  kvCells: number;
  flashAttention: boolean;
  /** Device holds the output head (logits buffer lives there). */
  hasOutput: boolean;
  /** Layers are split over several GPUs (pipeline parallel). */
  pipeline: boolean;
}

/**
 * llama.cpp's per-device compute buffer: ggml-alloc reuses memory, so the buffer is the peak of
 * live tensors in the graph, which is the largest of
 *   attention scores: KQ is f32 [n_kv × n_ubatch × n_head] without flash attention,
 *   FFN activations:  gate/up/act, f32 [n_ubatch × n_ff(active)] each,
 *   output logits:    f32 [n_vocab × n_ubatch] on the device that holds the head,
 * plus a few hidden-size f32 activations in flight. Checked against measured_memory.csv:
 * Llama 3 8B at n_ctx 8192 → 512 + 48 = 560 MiB, at n_ctx 512 → 250.5 + 8 = 258.5 MiB (both exact);
 * two GPUs → 640 MiB each, matched to 1.3 % by the pipeline input copies below.
 */
export function llamaCppComputeBytes(a: ComputeBufferArgs): number {
  const m = modelShape(a.model);
  const ub = Math.max(1, Math.min(LLAMA_CPP_UBATCH, a.kvCells));
  const h = m.hiddenSize;
  const f32 = 4;
  const attn = a.flashAttention
    ? 2 * ub * m.attentionHeads * m.attentionHeadDim * f32 + 6 * h * ub * f32
    : a.kvCells * ub * m.attentionHeads * f32 + 6 * h * ub * f32;
  const ffn = 3 * ub * m.activeFfnWidth * f32 + 2 * h * ub * f32;
  const out = a.hasOutput ? m.vocabSize * ub * f32 + h * ub * f32 : 0;
  let bytes = Math.max(attn, ffn, out);
  if (a.pipeline) {
    const maskBytes = a.flashAttention ? 2 : 4;
    bytes += (PIPELINE_COPIES - 1) * (a.kvCells * ub * maskBytes + ub * h * f32);
  }
  return bytes;
}

/** Macs up to this much unified memory get 2/3 of it as Metal's working set; larger ones 3/4. */
const METAL_TWO_THIRDS_MAX_BYTES = 32 * GiB;

/** Metal's default working-set rule in words, for every surface that states it (estimate, wizard). */
export const METAL_WORKING_SET_RULE = '2/3 of unified memory up to 32 GiB, 3/4 above';

/**
 * Metal's recommendedMaxWorkingSetSize: the most the GPU may keep resident, which macOS enforces
 * (the iogpu wired limit). As printed by llama.cpp on each machine of GPU-Benchmarks-on-LLM-Inference
 * (https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference, the Mac notebooks):
 *   8 GB M1 5726.63 MB, 16 GB M3 11453.25 MB, 32 GB M1 Max 21845.34 MiB (all 2/3 exactly);
 *   48 GB M3 Max 38654.71 MB, 64 GB M1/M3 Max 51539.61 MB, 192 GB M2 Ultra 154618.82 MB (3/4 exactly);
 * and 98304 MiB on a 128 GB M3 Max (3/4; ollama discover/llama_server.go @fb30760). No Mac sits
 * between 32 and 36 GB; a 36 GB M4 Max log reads 28991.03 MB, 3/4 of 36 GiB, so the step is above 32.
 * ggml-metal only warns past it ("current allocated size is greater than the recommended max working
 * set size", ggml-metal-device.m); the GPU then fails its command buffers with kIOGPUCommandBufferCallbackErrorOutOfMemory:
 * https://github.com/ollama/ollama/issues/434 (23984.91 of 21845.34 MiB on a 32 GB M2 Max),
 * https://github.com/ggml-org/llama.cpp/pull/2011 (a 32 GB M1 Max: -c 2600 runs, -c 2700 past the cap fails),
 * and the 8 GB M1 notebook above (Llama 3 8B Q4_K_M: 4,096 tokens run, 8,192 print garbage speeds).
 * So it is a hard cap for placement, not a slowdown threshold.
 */
export function metalWorkingSetCapBytes(memoryBytes: number): number {
  return memoryBytes <= METAL_TWO_THIRDS_MAX_BYTES ? (memoryBytes * 2) / 3 : memoryBytes * 0.75;
}

/**
 * Hugging Face Transformers' peak beyond weights and cache (torch max_memory_allocated), fitted by
 * memory-fit.ts on every Transformers row of fixtures/reference, each source weighing the same (the official Qwen2.5 benchmark,
 * transformers 4.46; the Qwen3 one, transformers 4.51.3; NVIDIA kvpress's Llama 3.1 8B long-prompt
 * runs; the optimum-benchmark runs behind Hugging Face's quantization-backends post): `activationFactor` bf16 copies of the
 * prompt's MLP intermediate (prompt × n_ff × 2 bytes) at the prefill's peak, which counts only where
 * it exceeds the cache the generated tokens add afterwards (placement-sequential.ts, PrefillPeak),
 * and `quantScratchBytes` per GPU for GPTQ/AWQ (and bitsandbytes) kernels.
 * accuracy.test.ts refits them on the committed data and fails when these differ from the fit.
 */
export const TRANSFORMERS_MEMORY: TransformersMemoryConstants = {
  activationFactor: 3.95,
  quantScratchBytes: 28 * MiB,
};

/** One bf16 copy of the prompt's MLP intermediate: prompt × n_ff (active experts' width) × 2 bytes. */
export function transformersActivationUnitBytes(m: ModelSpec, promptTokens: number): number {
  return Math.max(0, promptTokens) * modelShape(m).activeFfnWidth * 2;
}

export function transformersActivationBytes(m: ModelSpec, promptTokens: number): number {
  return TRANSFORMERS_MEMORY.activationFactor * transformersActivationUnitBytes(m, promptTokens);
}

/**
 * Copies of the MLP intermediate one MLX prefill step holds: half of the 3.7 first read off the
 * Qwen2.5 Transformers benchmark. No MLX peak is fitted here, so MLX keeps its own figure.
 */
const STEP_ACTIVATION_COPIES = 1.85;

/**
 * vLLM's budget, profile run and non-torch memory, fitted by memory-fit.ts (fitVllmMemory) on the
 * start-up logs of fixtures/reference/vllm_memory_2026.csv, each source weighing the same:
 * `visibleShare` of the catalog's memory that CUDA reports (what the utilization multiplies, fitted on
 * the printed totals), `samplerCopies` of the fp32 logits the sampler pass holds (fitted on the printed
 * profile peaks) and `nonTorchBytes` per GPU with `nonTorchTpBytes` more under tensor parallelism over
 * a GPU fabric (fitted on the printed non-torch memory). The profile run's forward pass is a PyTorch
 * forward pass like Transformers' prefill, so it holds the same `activationFactor` copies of the MLP
 * intermediate (TRANSFORMERS_MEMORY's). accuracy.test.ts refits them on the committed rows and fails
 * when these differ from the fit.
 */
export const VLLM_MEMORY: VllmMemoryConstants = {
  visibleShare: 0.9875,
  activationFactor: TRANSFORMERS_MEMORY.activationFactor,
  samplerCopies: 4,
  nonTorchBytes: 352 * MiB,
  nonTorchTpBytes: 1968 * MiB,
};

/**
 * CUDA graph capture memory, per GPU (vLLM logs typically report 0.3–1 GiB; we take 0.5 GiB;
 * assumption). Graphs are captured after the KV pool is allocated, so they come out of the share
 * --gpu-memory-utilization leaves, not out of the pool.
 */
export const VLLM_CUDA_GRAPH_BYTES = 512 * MiB;

/**
 * One 16-bit copy of the profile run's MLP intermediate: batched tokens × n_ff × 2 bytes, per GPU.
 * Not divided by tensor parallelism: Llama 3 8B's logged peak is 1.26 GiB at -tp 1 and -tp 2 alike
 * (vllm-project/vllm#10511).
 */
export function vllmActivationUnitBytes(m: ModelSpec, batchedTokens: number): number {
  return transformersActivationUnitBytes(m, batchedTokens);
}

/** One fp32 copy of the sampler's profile logits: the vocabulary for max_num_seqs sequences (the pass holds VLLM_MEMORY.samplerCopies of them). */
export function vllmSamplerLogitsBytes(m: ModelSpec, maxSequences: number): number {
  return m.architecture.vocabSize * maxSequences * 4;
}

/** The profile run's peak beyond the weights, per GPU, at vLLM's batched tokens and sequences (runtime-defaults.ts). */
export function vllmActivationBytes(m: ModelSpec, batchedTokens: number, maxSequences: number): number {
  return vllmProfilePeakBytes(vllmActivationUnitBytes(m, batchedTokens), vllmSamplerLogitsBytes(m, maxSequences), VLLM_MEMORY);
}

/**
 * MLX: lazy graph, activations of one prefill step (mlx-lm's prefill_step_size) in fp16, plus
 * the Metal/Python runtime (~300 MiB, assumption).
 */
export const MLX_RUNTIME_BYTES = 300 * MiB;
export function mlxActivationBytes(m: ModelSpec): number {
  return STEP_ACTIVATION_COPIES * transformersActivationUnitBytes(m, MLX_PREFILL_STEP_TOKENS);
}

/**
 * What to leave macOS when raising the wired limit by hand: the `sudo sysctl iogpu.wired_limit_mb`
 * value the wizard suggests is RAM less this (a margin for apps, above MACOS_MINIMUM_BYTES).
 */
export const APPLE_OS_RESERVE_BYTES = 4 * GiB;
/**
 * The least unified memory macOS and the apps beside the runtime keep: a run's GPU buffers and its
 * CPU-side buffers together may not take it (placement.ts hostCapacity), and a raised wired limit
 * never gives it to the GPU (appleGpuCapacity). Bounded by measurement: the 8 GB M1 of
 * GPU-Benchmarks-on-LLM-Inference ('LLaMA 3/Mac/M1_8GB.ipynb') ran Llama 3 8B Q4_K_M with every layer
 * on the GPU at 4,096 tokens (pp4096 96.5 t/s, tg4096 11.8 t/s), about 5.4 GiB of llama.cpp buffers
 * (Metal 4403.50 MiB of weights, 512 MiB of KV cache and its compute buffer; 281.81 MiB of token
 * embeddings on the CPU side), so macOS and the notebook lived in at most 2.6 GiB. The 4 GiB once
 * taken here would have made that run impossible.
 */
export const MACOS_MINIMUM_BYTES = 2 * GiB;
/**
 * Unified-memory machines (DGX Spark, Jetson, Ryzen AI Max): the OS and the runtime's CPU side keep
 * this much of the shared pool whatever the GPU limit says (assumption).
 */
export const UNIFIED_OS_RESERVE_BYTES = 4 * GiB;
/** System RAM kept for the OS and other programs on PCs (assumption). */
export const SYSTEM_RESERVE_BYTES = 2 * GiB;

/**
 * VRAM the desktop keeps on a discrete GPU, per system, beyond the driver context above; it is taken
 * off what the placement may use (placement.ts, gpuCapacity), so every surface places a model in
 * what is really left.
 * - Windows: the desktop (DWM) and WDDM hold about a gigabyte: an RTX 3090 on Windows reports
 *   22.7 of 23.8 GB free before any model loads (https://github.com/ollama/ollama/issues/8723),
 *   and Ollama logs a "detected OS VRAM overhead" there (https://github.com/ollama/ollama/issues/9167).
 * - Linux: a desktop session's compositor and browser take a few hundred MB to 1.6 GB (KDE/Wayland
 *   with Firefox, same ollama#8723 thread); we take 0.5 GiB.
 * - macOS: nothing extra; the Metal working-set cap already leaves macOS its share of unified memory.
 * - headless: a server or a benchmark run with no display keeps none.
 */
export const DISPLAY_RESERVE_BYTES: Record<HostSystem, number> = {
  windows: 1 * GiB,
  linux: 512 * MiB,
  macos: 0,
  headless: 0,
};
