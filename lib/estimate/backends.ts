// Speed backends: the execution paths the speed model tells apart, the constants each one runs
// at, and the rule that picks a backend for a device. Two kinds of constant live here, kept apart:
//  - fitted constants (efficiencies, ceilings, per-layer and per-token costs, prefill factors,
//    band widths) come from fitted/speed-constants.json, written by `npm run fit:speed`
//    (scripts/fit-speed.ts) from the measurements in fixtures/reference/; nobody edits them by hand;
//  - priors and documented facts (the fit's starting point and plausible range per constant, the
//    values of the terms a backend does not have, PCIe and CPU rates) stay in this file with why.

import { LLAMA_CPP_RUNTIMES } from '../enums';
import fittedFile from './fitted/speed-constants.json';
import type { GgmlType } from './formats';
import type { DeviceKind, DeviceSpec, Runtime } from './types';

/** The execution paths the speed model tells apart: llama.cpp's GPU/CPU backends, and the Python runtimes. */
export const SPEED_BACKENDS = ['cuda', 'rocm', 'metal', 'vulkan', 'sycl', 'cpu', 'mlx', 'vllm', 'transformers'] as const;
export type Backend = (typeof SPEED_BACKENDS)[number];

/** Constants of the decode model (speed.ts decodeSecondsFrom). */
export const DECODE_PARAMS = [
  'bwEfficiency', 'bwCeilingGBps', 'layerLatencyUs', 'dequantFlopPerWeight', 'tokenOverheadMs', 'quantLayerLatencyUs', 'hopMs', 'launchOverlapPower', 'floatExpertBwShare', 'socHostFactor',
  'emulatedDotOpsPerWeight', 'hbmBwShare', 'sm61BwShare', 'lowKDotFactor', 'splitDotFactor', 'gridEntryCost', 'moeExpertLatencyUs',
  'intelMmvqOpsPerWeight', 'pascalLayerLatencyUs', 'syclPlainBwShare', 'decodeAttentionShare',
] as const;
/**
 * Constants of the host beside a GPU (the cpu backend's): the bandwidth of a host its hardware does not
 * describe. Fitted in a block of their own on the decode rows that offload to such a host's RAM
 * (speed-fit.ts), with every backend's other constants held.
 */
export const OFFLOAD_PARAMS = ['hostBwGBps'] as const;
/** Constants of the prefill model (speed.ts prefillSecondsFrom). */
export const PREFILL_PARAMS = ['prefillEfficiency', 'prefillCeilingTflops', 'prefillQuantFactor', 'moeTokensPerExpertHalf', 'prefillBf16Factor', 'moeFloatTokensPerExpertHalf', 'prefillKvPasses', 'intelCoopmatShare', 'flashAttentionShare'] as const;
export type DecodeParam = (typeof DECODE_PARAMS)[number];
export type PrefillParam = (typeof PREFILL_PARAMS)[number];
export type OffloadParam = (typeof OFFLOAD_PARAMS)[number];
export type SpeedParam = DecodeParam | PrefillParam | OffloadParam;

/**
 * One backend's constants. Decode time per token = token overhead + per segment of layers the
 * p-norm (p = launchOverlapPower) of max(bytes ÷ achieved bandwidth, dequantization ALU time) and
 * layers × per-layer cost, + hops; prefill = FLOPs ÷ achieved TFLOPS + the KV cache streamed
 * prefillKvPasses times at depth. Units are in the names.
 */
export type BackendConstants = Record<SpeedParam, number>;

/** A prior for one fitted constant: where the fit starts, how far the data may pull it (log-space sd), and its physical range. */
export interface Prior {
  center: number;
  logSd: number;
  min: number;
  max: number;
}

const prior = (center: number, logSd: number, min: number, max: number): Prior => ({ center, logSd, min, max });

/** Dual-channel DDR5-5600 (2 × 64 bit × 5600 MT/s ≈ 89.6 GB/s peak): the prior centre of an undescribed host's bandwidth. */
const DEFAULT_SYSTEM_BANDWIDTH_GBPS = 89.6;

// Weakly informative priors from how the hardware works, not from the measurements: they anchor a
// backend the data barely covers and let the data decide where it is plentiful (the fit weighs a
// prior like one or two rows; see speed-fit.ts).
//  - bwEfficiency: batch-1 mat-vec kernels stream weights at 60–90 % of the spec DRAM rate
//    (STREAM-like copies reach ~80–90 %); centre 0.75, ×1.35 either way.
//  - bwCeilingGBps: batch-1 kernels stop scaling somewhere on HBM parts (too few blocks in flight
//    to cover the latency); centre 1.5 TB/s, a factor of 2 either way.
//  - layerLatencyUs: a llama.cpp layer is ~10–20 kernels of a few µs each: centre 40 µs, ×2.7.
//  - hopMs: a device boundary copies one hidden-state vector and synchronizes: ~0.1–0.5 ms.
//  - prefillEfficiency: dense GEMMs reach 40–70 % of the matrix-unit peak at ubatch 512 in
//    llama.cpp; centre 0.5 of the catalog's FP16 figure. prefillCeilingTflops: where that stops
//    scaling; prefillQuantFactor: dequantization inside quantized matmuls costs 10–25 %.
const BW = prior(0.75, 0.3, 0.05, 1.1);
const BW_CEILING = prior(1500, 0.7, 50, 10000);
const LAYER = prior(40, 1, 0.5, 3000);
const HOP = prior(0.2, 1, 0.001, 20);
const PREFILL = prior(0.5, 0.5, 0.01, 2);
const PREFILL_CEILING = prior(150, 1, 1, 5000);
const QUANT_FACTOR = prior(0.85, 0.2, 0.2, 2);
//  - moeTokensPerExpertHalf: in a prefill ubatch each routed expert multiplies only the tokens routed
//    to it (ubatch × active ÷ experts: 16 for Qwen3.5-35B-A3B at 512), and a GEMM that thin runs far
//    below the dense rate (llama.cpp MUL_MAT_ID tiles are 8–128 rows). Expert FLOPs run at
//    n ÷ (n + this) of the dense rate for n tokens per expert; centre 32 tokens, ×2.7 either way.
const MOE_TOKENS = prior(32, 1, 0.5, 4096);
//  - prefillBf16Factor: BF16 weights do not take the F16 kernels. llama.cpp's CUDA/HIP build calls a
//    BF16 BLAS GEMM (FP32 accumulate: the catalog's bf16TensorTflops, see prefillTflops) where the
//    library has one and converts to FP32 otherwise; its Vulkan build needs a BF16 extension that
//    many drivers lack, and converts in the shader. What share of the FP16 path's rate (at the BF16
//    peak) those kernels reach: centre 1, ×1.65 either way.
const BF16_FACTOR = prior(1, 0.5, 0.05, 2);
//  - launchOverlapPower: llama.cpp queues a layer's kernels asynchronously (a CUDA/HIP stream, a Vulkan
//    command buffer, a Metal command buffer), so the launch and per-kernel fixed costs hide partly
//    under the GPU's memory streaming: a segment takes (memory^p + launches^p)^(1/p). p = 1 is no
//    overlap (the sum), p → ∞ full overlap (the max, as eager PyTorch is modelled); centre 2, ×1.65.
const LAUNCH_OVERLAP = prior(2, 0.5, 1, 16);
//  - floatExpertBwShare: decode reads F16/BF16 routed experts through the backend's expert mat-vec
//    (MUL_MAT_ID), not the dense one; the share of the dense mat-vec's bandwidth it reaches: centre 1, ×1.65.
const FLOAT_EXPERT_BW = prior(1, 0.5, 0.05, 1.5);
//  - hbmBwShare: HBM feeds its peak through a very wide bus (4096–8192 bits) at a low per-pin clock, so
//    it reaches that peak only with many requests in flight across all its channels; a batch-1
//    mat-vec (one token, a few blocks per weight row) keeps fewer bytes in flight than that, where
//    GDDR's narrow, fast bus reaches a larger share of its peak with the same access pattern. The
//    share of the spec an HBM device streams decode at, relative to GDDR: centre 1 (no difference),
//    ×1.65 either way. The evidence is the rows', not a cited measurement (docs/speed-model-findings.md §13).
const HBM_BW = prior(1, 0.5, 0.05, 1.5);
//  - sm61BwShare: NVIDIA's compute capability 6.1 parts (GP102–GP108: GeForce 10, Tesla P4/P40; isSm61Nvidia)
//    stream llama.cpp's batch-1 mat-vecs at a lower share of their spec than later NVIDIA parts: on a
//    GTX 1080 Ti and a GTX 1050 Ti the rows read about half of it. Volta rebuilt the SM's load path (L1
//    merged with shared memory), which is where a mat-vec's loads queue; what the older path costs is
//    not published, so this is the share of the spec such a device reaches, relative to later NVIDIA
//    parts: centre 1 (no difference), ×1.65 either way. The evidence is the rows'
//    (docs/speed-model-findings.md §26). The P100 (sm_60, HBM) has terms of its own.
const SM61_BW = prior(1, 0.5, 0.05, 1.5);
//  - pascalLayerLatencyUs: a fixed cost per layer of its own on NVIDIA's Pascal parts (compute capability
//    6.x, isPascalNvidia), beside layerLatencyUs: the Pascal rows' small models decode slower, and their
//    large ones faster, than one per-layer cost and one bandwidth share for every NVIDIA GPU allow. The cause
//    is not established. It is not CUDA graphs, which llama.cpp turns off below Volta: a single-P100 A/B
//    with the gate lowered measured no difference (52.22 against 52.21 t/s on Llama 3.1 8B), the card busy
//    all the while. A batch-1 layer is about a hundred small kernels (activations quantized to q8_1 before
//    each mat-vec, norms, element-wise ops; 2–3 µs each on that P100), which is where the time likely goes.
//    Centre 40 µs, ×2.7 either way; the evidence is the rows' (docs/speed-model-findings.md §28).
const PASCAL_LAYER = prior(40, 1, 0.5, 3000);
//  - syclPlainBwShare: llama.cpp's SYCL build multiplies a quantized weight at batch 1 from one of two
//    layouts. ggml's own interleaves each block's scale with its quants (18 bytes per 32 Q4_0 weights, 34
//    per Q8_0 block), so a work-item's loads straddle blocks and do not coalesce on Intel's GPUs; the
//    reordered layout (syclReorderedSince) moves the quants and the scales into arrays of their own when the
//    weights are loaded. The share of the reordered path's bandwidth a mat-vec over the plain layout
//    reaches: centre 1 (no difference), ×1.65 either way. The PRs that added each type report the gap
//    (Q8_0 on an Arc Pro B70: 21 % of the spec plain, 66 % reordered, ggml-org/llama.cpp#21527).
const SYCL_PLAIN_BW = prior(1, 0.5, 0.05, 1.5);
//  - decodeAttentionShare: a decoded token's attention over the cache (2 × heads × (key + value width)
//    FLOPs per cached token and layer) runs in the runtime's decode attention kernel: on the FP32 vector lanes
//    for llama.cpp's vec kernels and MLX's sdpa_vector, on the matrix units for vLLM's and for llama.cpp's CUDA
//    mma kernels on GPUs with tensor cores (speed.ts decodeAttentionTflops). A GQA group of g query heads shares
//    each key, g FLOPs per cache byte; an MLA model attended in the absorbed form shares one 576-wide latent
//    among all its heads (GLM-4.7-Flash: 20 heads, about 38 FLOPs per byte), and a long context can then take
//    longer to compute over than to read. The share of that peak the kernel reaches: centre 0.25, ×2.7 either way.
const DECODE_ATTENTION = prior(0.25, 1, 0.005, 2);
//  - prefillKvPasses: at depth, flash attention streams the KV cache once per tile of queries (and per
//    query head where the kernel does not pack a GQA group), so a 512-token ubatch reads the cache
//    about 512 ÷ tile rows times, at the decode's achieved bandwidth; centre 8 (64-row tiles), ×2.7.
const KV_PASSES = prior(8, 1, 0.5, 512);
//  - moeExpertLatencyUs: a MoE layer at batch 1 multiplies each routed expert's gate, up and down
//    matrices as a separate small mat-vec inside MUL_MAT_ID (one group of blocks per selected expert,
//    its id read from the router's top-k), after the router's softmax and top-k kernels; each selected
//    expert adds a fixed cost (blocks that start and drain, a partial wave, the gathered id and
//    weight) that the streaming of its few bytes does not hide. A fixed cost per routed expert per
//    MoE layer, beside layerLatencyUs: centre 5 µs, ×2.7 either way.
const MOE_EXPERT = prior(5, 1, 0.1, 500);
//  - flashAttentionShare: with flash attention on, the attention over the cache (QK and PV, 2 × heads ×
//    (key + value width) FLOPs per query and cached token) runs inside llama.cpp's FLASH_ATTN_EXT kernel,
//    not the GEMM the weights take. Its kernels differ by backend and device: CUDA's run on the tensor
//    cores from Turing on (fattn-mma) and fall back to a tile kernel on the FP32 lanes before that; HIP's
//    take WMMA only where built for it; Vulkan's use cooperative matrices where the driver has them and a
//    scalar shader otherwise; SYCL's first kernel (ggml-org/llama.cpp#20190, March 2026) is a tile kernel
//    on the vector engines, and XMX paths for it came later (#25025, #25222, mid-2026). The share of the
//    F16 matmul path's achieved rate that kernel reaches: centre 0.5, ×2.7 either way.
const FLASH_ATTENTION = prior(0.5, 1, 0.01, 2);
const GPU_LLAMA_CPP = {
  moeExpertLatencyUs: MOE_EXPERT, decodeAttentionShare: DECODE_ATTENTION,
  bwEfficiency: BW, bwCeilingGBps: BW_CEILING, layerLatencyUs: LAYER, hopMs: HOP, launchOverlapPower: LAUNCH_OVERLAP, floatExpertBwShare: FLOAT_EXPERT_BW, hbmBwShare: HBM_BW,
  prefillEfficiency: PREFILL, prefillCeilingTflops: PREFILL_CEILING, prefillQuantFactor: QUANT_FACTOR, moeTokensPerExpertHalf: MOE_TOKENS,
  prefillBf16Factor: BF16_FACTOR, prefillKvPasses: KV_PASSES, flashAttentionShare: FLASH_ATTENTION,
} satisfies Partial<Record<SpeedParam, Prior>>;
//  - moeFloatTokensPerExpertHalf: the same for F16/BF16 experts under the CUDA/HIP build, which are not
//    MMQ's: ggml_cuda_mul_mat_id copies the routing to the host, synchronizes and multiplies one expert
//    at a time through the BLAS library (the fallback ggml_cuda_mul_mat_id_needs_sync names), where
//    quantized experts run in one grouped MMQ kernel. Same prior as moeTokensPerExpertHalf, fitted apart.
//  - emulatedDotOpsPerWeight: llama.cpp's CUDA/HIP decode multiplies quantized weights in MMVQ, whose
//    inner product is a byte-wise dp4a against the q8_1 activations. A device with no INT8 dot
//    instruction (catalog int8Path 'none': NVIDIA sm_60, AMD gfx900 / RDNA1) runs ggml_cuda_dp4a's
//    fallback: four byte extractions per operand, four multiplies and four adds in place of one
//    instruction. K-quants call it twice per four weights (the weights and the minimum's sum), Q8_0
//    once, so 3.5–7 integer instructions per weight; centre 5, ×2 either way. They run on the FP32
//    lanes at their issue rate (emulatedDotOpsPerSecond) and add to the weights' streaming: the
//    emulated chain waits on each load, and a batch-1 mat-vec has too few warps to hide it.
const EMULATED_DOT = prior(5, 0.7, 0.5, 100);
//  - intelMmvqOpsPerWeight: llama.cpp's Vulkan build multiplies quantized weights on an Intel GPU through
//    MMVQ (activations quantized to q8_1, integer dot products) for every format but Q4_0 and Q5_1, which
//    it sends to the float dequantize-and-FMA shader, whenever the row is at least 2048 long
//    (ggml_vk_should_use_mmvq's Intel branch in ggml/src/ggml-vulkan/ggml-vulkan.cpp, tuned on an A770), and
//    runs those shaders one subgroup per workgroup on Intel. Unpacking the quants, the dot products and the
//    block scales are integer instructions per weight that a batch-1 mat-vec with that few threads in
//    flight does not hide under the weights' streaming: they add at the FP32 lanes' issue rate, as the
//    emulated dp4a does under CUDA. K-quants need a few per weight; centre 5, ×2 either way.
const INTEL_MMVQ = prior(5, 0.7, 0.1, 200);
//  - intelCoopmatShare: the share of its XMX matrix peak an Intel GPU's prompt matmuls reach under
//    llama.cpp's Vulkan build, which multiplies them through KHR cooperative matrices on Xe2 (and
//    later) only (ggml_vk_khr_cooperative_matrix_support; the A-series runs the vector engines,
//    isIntelAlchemist). The shaders' tiles are sized for AMD's and NVIDIA's matrix units, and the
//    driver maps them onto XMX; how much of the peak survives is not published, so it is fitted on
//    every Intel Vulkan prompt row (B70, B580, Lunar Lake; several sources). Centre 0.5, ×2 either way.
const INTEL_COOPMAT = prior(0.5, 0.7, 0.05, 1.5);
/** CUDA and HIP builds: F16/BF16 experts go through the BLAS library one expert at a time; MMVQ emulates dp4a where the device has none. */
const GPU_LLAMA_CPP_BLAS = { ...GPU_LLAMA_CPP, moeFloatTokensPerExpertHalf: MOE_TOKENS, emulatedDotOpsPerWeight: EMULATED_DOT } satisfies Partial<Record<SpeedParam, Prior>>;

/** The constants `npm run fit:speed` fits per backend, with their priors. The rest are fixed (FIXED_CONSTANTS). */
export const SPEED_PRIORS: Record<Backend, Partial<Record<SpeedParam, Prior>>> = {
  cuda: { ...GPU_LLAMA_CPP_BLAS, sm61BwShare: SM61_BW, pascalLayerLatencyUs: PASCAL_LAYER },
  rocm: GPU_LLAMA_CPP_BLAS,
  vulkan: { ...GPU_LLAMA_CPP, intelMmvqOpsPerWeight: INTEL_MMVQ, intelCoopmatShare: INTEL_COOPMAT },
  sycl: { ...GPU_LLAMA_CPP, syclPlainBwShare: SYCL_PLAIN_BW },
  // Apple GPUs: quantized mat-vecs can be ALU-bound (the dequantization term); one device, no hops.
  metal: {
    bwEfficiency: BW, bwCeilingGBps: BW_CEILING, layerLatencyUs: LAYER, dequantFlopPerWeight: prior(20, 1, 0.1, 300), launchOverlapPower: LAUNCH_OVERLAP, moeExpertLatencyUs: MOE_EXPERT, decodeAttentionShare: DECODE_ATTENTION,
    prefillEfficiency: PREFILL, prefillCeilingTflops: PREFILL_CEILING, prefillQuantFactor: QUANT_FACTOR, moeTokensPerExpertHalf: MOE_TOKENS,
  },
  mlx: {
    bwEfficiency: BW, bwCeilingGBps: BW_CEILING, layerLatencyUs: LAYER, dequantFlopPerWeight: prior(20, 1, 0.1, 300), moeExpertLatencyUs: MOE_EXPERT, decodeAttentionShare: DECODE_ATTENTION,
    // exo/MLX pipeline over a network: a hop is a network round trip (~1–5 ms over Thunderbolt or Ethernet).
    hopMs: prior(3, 1, 0.05, 50),
    prefillEfficiency: PREFILL, prefillCeilingTflops: PREFILL_CEILING, prefillQuantFactor: QUANT_FACTOR, moeTokensPerExpertHalf: MOE_TOKENS,
  },
  // CPUs: a few cores cannot always keep up with DRAM (a core streams ~10–20 GB/s), and dequantizing
  // plus dotting every weight costs a few FLOP per weight on FP32 SIMD.
  cpu: {
    bwEfficiency: prior(0.6, 0.4, 0.05, 1.1), bwCeilingGBps: prior(150, 0.7, 5, 2000), layerLatencyUs: prior(20, 1, 0.5, 3000),
    dequantFlopPerWeight: prior(4, 0.7, 0.1, 100),
    // Relative to a weight of the block formats (cpu-dot.ts): the per-weight cost of formats whose bits
    // are split over two planes (Q5_*, Q6_K, Q3_K: merge them per weight) and of Q2_K (a scale and a min
    // per 16 weights to unpack), centres 1.5; and the cost of one codebook-grid gather of the I-quants
    // (a table load indexed by unpacked bits, plus its signs), about the work of the 8 block weights
    // it replaces: centre 8. All ×2 either way.
    lowKDotFactor: prior(1.5, 0.7, 0.3, 20),
    splitDotFactor: prior(1.5, 0.7, 0.3, 20),
    gridEntryCost: prior(8, 0.7, 0.5, 200),
    prefillEfficiency: prior(0.6, 0.5, 0.01, 2), prefillCeilingTflops: prior(5, 1, 0.05, 200), prefillQuantFactor: QUANT_FACTOR, moeTokensPerExpertHalf: MOE_TOKENS,
    // The host beside a GPU (OFFLOAD_PARAMS). hostBwGBps: the spec bandwidth of a host whose hardware is
    // not described, for the layers and experts it decodes: who publishes such runs, on what machines,
    // is a population the rows describe, not a spec. Centre dual-channel DDR5-5600 (89.6 GB/s; DDR4-3200
    // is 51.2), ×1.65 either way.
    hostBwGBps: prior(DEFAULT_SYSTEM_BANDWIDTH_GBPS, 0.5, 10, 1000),
  },
  // vLLM: CUDA graphs make per-layer launches cheap, but each step pays the Python scheduler and
  // sampler (~1–5 ms); GPTQ/AWQ kernels add a per-layer cost. On a unified-memory SoC (Jetson) that
  // same single-threaded host work runs on the module's own ARM cores (Cortex-A78AE at 2.2 GHz on
  // AGX Orin), slower per thread than a server's x86 core: socHostFactor is that ratio (centre 2,
  // ×1.65 either way), so the SoC rows and the server rows inform one per-token cost, and a fold
  // without one kind still reads the other's.
  vllm: {
    bwEfficiency: BW, bwCeilingGBps: prior(2500, 0.7, 50, 10000), layerLatencyUs: prior(10, 1, 0.1, 3000), tokenOverheadMs: prior(2, 1, 0.01, 50), socHostFactor: prior(2, 0.5, 0.5, 10),
    quantLayerLatencyUs: prior(40, 1, 0.5, 3000), decodeAttentionShare: DECODE_ATTENTION,
    prefillEfficiency: PREFILL, prefillCeilingTflops: prior(400, 1, 1, 5000), prefillQuantFactor: QUANT_FACTOR, moeTokensPerExpertHalf: MOE_TOKENS,
  },
  // Eager PyTorch: each layer is dozens of launches from Python (~10 µs each plus interpreter time).
  transformers: {
    bwEfficiency: BW, bwCeilingGBps: prior(2500, 0.7, 50, 10000), layerLatencyUs: prior(800, 0.7, 10, 20000), quantLayerLatencyUs: prior(200, 1, 1, 10000),
    hopMs: HOP,
    prefillEfficiency: PREFILL, prefillCeilingTflops: prior(300, 1, 1, 5000), prefillQuantFactor: QUANT_FACTOR, moeTokensPerExpertHalf: MOE_TOKENS,
  },
};

/** Terms a backend does not have in this model (0), or that no row can inform, at documented values. */
const NO_TERMS: BackendConstants = {
  bwEfficiency: 0, bwCeilingGBps: 0, layerLatencyUs: 0, dequantFlopPerWeight: 0, tokenOverheadMs: 0, quantLayerLatencyUs: 0, hopMs: 0, launchOverlapPower: 1, floatExpertBwShare: 1, socHostFactor: 1, emulatedDotOpsPerWeight: 0, hbmBwShare: 1, sm61BwShare: 1,
  lowKDotFactor: 1, splitDotFactor: 1, gridEntryCost: 0, moeExpertLatencyUs: 0, intelMmvqOpsPerWeight: 0, pascalLayerLatencyUs: 0, syclPlainBwShare: 1, decodeAttentionShare: 0,
  prefillEfficiency: 0, prefillCeilingTflops: 0, prefillQuantFactor: 1, moeTokensPerExpertHalf: 0, prefillBf16Factor: 1, moeFloatTokensPerExpertHalf: 0, prefillKvPasses: 0,
  intelCoopmatShare: 1, flashAttentionShare: 1,
  hostBwGBps: 0,
};
export const FIXED_CONSTANTS: Record<Backend, BackendConstants> = {
  cuda: NO_TERMS,
  rocm: NO_TERMS,
  vulkan: NO_TERMS,
  sycl: NO_TERMS,
  metal: NO_TERMS,
  mlx: NO_TERMS,
  cpu: NO_TERMS,
  vllm: NO_TERMS,
  transformers: NO_TERMS,
};

/**
 * Eager PyTorch launches from the host while the GPU works, so time = max(memory, launches);
 * llama.cpp and vLLM (CUDA graphs) add them. Structural, not fitted.
 */
export const OVERLAP_LAUNCH: Record<Backend, boolean> = {
  cuda: false, rocm: false, vulkan: false, sycl: false, metal: false, mlx: false, cpu: false, vllm: false, transformers: true,
};

/** A band half-width as a factor ([x / f, x · f]) and how many held-out measurements it rests on. */
export interface BandFactor {
  factor: number;
  heldOutRows: number;
  /** Fewer held-out rows than a band of its own needs: the band falls back to a wider one and the estimate's confidence is low. */
  thin: boolean;
}

export interface SpeedBands {
  /** Per backend combination as the estimate names it ("cuda", "metal+cpu"). */
  byBackend: Record<string, BandFactor>;
  /** All held-out measurements of the quantity together. */
  pooled: BandFactor;
  /** For a backend combination no measurement covers: the pooled residuals at a higher level. */
  unseen: number;
}

/** Everything the estimator reads from the fitted file. */
export interface SpeedConstants {
  backends: Record<Backend, BackendConstants>;
  bands: { decode: SpeedBands; prefill: SpeedBands };
}

/** The fitted file's fields the estimator uses (scripts/fit-speed.ts writes more: hash, date, objective, CV errors). */
export interface FittedSpeedFile {
  backends: Record<string, Partial<Record<string, number>>>;
  bands: { decode: SpeedBands; prefill: SpeedBands };
}

/** Fitted values over the fixed ones: the constants of every backend. */
export function speedConstantsOf(file: FittedSpeedFile): SpeedConstants {
  const backends = {} as Record<Backend, BackendConstants>;
  for (const b of SPEED_BACKENDS) {
    const fitted = file.backends[b] ?? {};
    const merged = { ...FIXED_CONSTANTS[b] };
    for (const p of Object.keys(SPEED_PRIORS[b]) as SpeedParam[]) merged[p] = fitted[p] ?? (SPEED_PRIORS[b][p] as Prior).center;
    backends[b] = merged;
  }
  return { backends, bands: file.bands };
}

/** The committed fit (lib/estimate/fitted/speed-constants.json). Its ranges are checked in backends.test.ts. */
export const SPEED_CONSTANTS: SpeedConstants = speedConstantsOf(fittedFile satisfies FittedSpeedFile);

/**
 * The bandwidth the estimate assumes for a host whose hardware does not state it (layers and experts in
 * system RAM, a CPU-only machine given without one): the cpu backend's fitted hostBwGBps.
 */
export const ASSUMED_HOST_BANDWIDTH_GBPS = SPEED_CONSTANTS.backends.cpu.hostBwGBps;
/** Fallback CPU matrix throughput (FP32 FMA on 8–16 modern AVX2/AVX-512 cores); assumption. */
export const DEFAULT_CPU_TFLOPS = 1.5;
/** Per-core FP32 FMA peak used for CPUs with a known core count: 2 FMA units × 8 lanes × 2 FLOP
 *  × ≈3.1 GHz ≈ 100 GFLOPS (AVX2 client cores; NEON P-cores are similar). A documented rule, not a fit;
 *  the fitted part is the cpu backend's prefillEfficiency / dequantFlopPerWeight. */
export const CPU_CORE_GFLOPS = 100;
/** Host→GPU copy rate for weights of CPU-resident layers during prefill (PCIe 4.0 x16, effective). */
export const PCIE_GBPS = 24;
/** Tensor parallel (vLLM): two all-reduces per layer per token at ≈10 µs each (NCCL small-message latency); assumption. */
export const ALL_REDUCE_SECONDS = 10e-6;

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
 *  2. without it (matrix units whose rate no source gives: Jetson Orin), the faster
 *     of the FP16/FP32 vector peaks: real peaks of a slower path, so prefill reads low;
 *  3. nothing: null, and the estimate says prefill is unknown.
 * `note` is the sentence the estimate adds to its assumptions; `basis` sets its confidence.
 */
export type ComputeBasis = 'catalogued' | 'weak' | 'vector-fallback' | 'none';
export interface DeviceCompute {
  tflops: number | null;
  basis: ComputeBasis;
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

/**
 * Integer instructions per second a device without an INT8 dot instruction (catalog int8Path 'none')
 * spends on llama.cpp's emulated dp4a: its FP32 lanes' issue rate (the FP32 vector peak ÷ 2, an FMA
 * counting two FLOPs; integer multiply-adds issue on the same lanes). null: the device has a dot
 * instruction (or the catalog does not say it lacks one), or no FP32 figure.
 */
export function emulatedDotOpsPerSecond(d: DeviceSpec): number | null {
  return d.peaks?.int8Path === 'none' ? fp32IntegerOpsPerSecond(d) : null;
}

/**
 * An NVIDIA GPU of compute capability 6.1, told by the catalog's compute facts rather than its name:
 * __dp4a (int8Path 'dp4a', from sm_61), no tensor cores (from sm_70), and FP16 at 1/64 of the FP32
 * rate, which sets GP102–GP108 apart from the other dp4a parts without tensor cores (Turing's GTX 16
 * series and Jetson TX2 run FP16 at twice FP32).
 */
export function isSm61Nvidia(d: DeviceSpec): boolean {
  const p = d.peaks;
  if (d.kind !== 'nvidia' || p?.int8Path !== 'dp4a' || (p.fp16TensorTflops ?? 0) > 0 || (p.fp16AccTensorTflops ?? 0) > 0) return false;
  return p.fp16VectorTflops !== null && p.fp32VectorTflops !== null && p.fp16VectorTflops > 0 && p.fp16VectorTflops < p.fp32VectorTflops / 16;
}

/**
 * An NVIDIA GPU of compute capability 6.x or older (Pascal, Maxwell), told from the catalog's facts: no
 * tensor cores, and either compute capability 6.1 (isSm61Nvidia) or no INT8 dot instruction at all (sm_60).
 * A Turing GTX 16-series part (no tensor cores, but dp4a and full-rate FP16) is not one.
 */
export function isPascalNvidia(d: DeviceSpec): boolean {
  if (d.kind !== 'nvidia') return false;
  if (isSm61Nvidia(d)) return true;
  const p = d.peaks;
  return p !== undefined && p.int8Path === 'none' && !((p.fp16TensorTflops ?? 0) > 0) && !((p.fp16AccTensorTflops ?? 0) > 0);
}

/** Integer instructions per second on the FP32 lanes (one per lane per clock: half the FMA FLOP rate), or null without an FP32 figure. */
function fp32IntegerOpsPerSecond(d: DeviceSpec): number | null {
  const fp32 = d.peaks?.fp32VectorTflops ?? null;
  return fp32 !== null && fp32 > 0 ? (fp32 * 1e12) / 2 : null;
}

/** Formats llama.cpp's Vulkan build multiplies on Intel through the float dequantize-and-FMA shader instead of MMVQ. */
const INTEL_VULKAN_FLOAT_SHADER_FORMATS: ReadonlySet<string> = new Set(['Q4_0', 'Q5_1']);
/** The shortest row (the matrix's K) ggml-vulkan sends through MMVQ on Intel. */
const INTEL_VULKAN_MMVQ_MIN_ROW = 2048;

/**
 * Integer instructions per second an Intel GPU spends on llama.cpp Vulkan's MMVQ mat-vecs (the FP32
 * lanes' issue rate, as emulatedDotOpsPerSecond), or null where Vulkan does not take MMVQ: another
 * vendor, a float or Q4_0/Q5_1 weight, rows shorter than 2048, or no FP32 figure.
 */
export function intelVulkanMmvqOpsPerSecond(d: DeviceSpec, quant: string, quantized: boolean, hiddenSize: number): number | null {
  if (d.kind !== 'intel' || !quantized || INTEL_VULKAN_FLOAT_SHADER_FORMATS.has(quant) || hiddenSize < INTEL_VULKAN_MMVQ_MIN_ROW) return null;
  return fp32IntegerOpsPerSecond(d);
}

/**
 * The peak a prompt's weight matmuls run at: the compute figure of deviceCompute (FP16 matrix
 * units), except BF16 weights under llama.cpp's CUDA/HIP build, which call the BLAS library's BF16
 * GEMM (ggml-cuda.cu, ggml_cuda_op_mul_mat_cublas) at the catalog's BF16 peak (FP32 accumulate:
 * half the FP16-accumulate figure on GeForce cards) where the catalog gives it; and an Intel Arc
 * A-series card under Vulkan, which runs its matmuls on the vector engines (isIntelAlchemist); and a
 * SYCL build without GGML_SYCL_F16 (`syclFp32Gemm`), whose FP32 GEMM runs at the FP32 vector peak.
 */
export function prefillTflops(d: DeviceSpec, backend: Backend, bf16Weights: boolean, syclFp32Gemm = false): number | null {
  const bf16 = d.peaks?.bf16TensorTflops ?? null;
  if (bf16Weights && (backend === 'cuda' || backend === 'rocm') && bf16 !== null && bf16 > 0) return bf16;
  const fp32 = d.peaks?.fp32VectorTflops ?? null;
  if (backend === 'sycl' && syclFp32Gemm && fp32 !== null && fp32 > 0) return fp32;
  if (backend === 'vulkan' && isIntelAlchemist(d)) {
    const vector = Math.max(d.peaks?.fp32VectorTflops ?? 0, d.peaks?.fp16VectorTflops ?? 0);
    if (vector > 0) return vector;
  }
  return deviceCompute(d).tflops;
}

/**
 * An Intel Arc A-series card (Alchemist, Xe-HPG; "Arc A770", "Arc Pro A60"). llama.cpp's Vulkan build
 * turns cooperative matrices off on it (ggml-vulkan's ggml_vk_khr_cooperative_matrix_support allows
 * Intel's Xe2 and later only, citing regressions on the A770), so its Vulkan matmuls run on the vector
 * engines, not XMX: prefillTflops reads the vector peak there.
 */
/** An Intel GPU whose prompt matmuls llama.cpp's Vulkan build runs through cooperative matrices on XMX: its share is intelCoopmatShare. */
export function intelVulkanCoopmat(d: DeviceSpec, backend: Backend): boolean {
  return backend === 'vulkan' && d.kind === 'intel' && d.peaks?.int8Path === 'xmx' && !isIntelAlchemist(d);
}

export function isIntelAlchemist(d: DeviceSpec): boolean {
  return d.kind === 'intel' && /\bArc (Pro )?A\d{2,3}M?\b/i.test(d.name);
}

/**
 * The newest llama.cpp build known to multiply quantized weights of a large batch on AMD's WMMA GPUs
 * (RDNA3, RDNA3.5, RDNA4) by dequantizing them to FP16 and calling the BLAS library (rocBLAS, or
 * hipBLASLt with ROCBLAS_USE_HIPBLASLT=1), not through MMQ: b6792, run on 2025-10-17
 * (github.com/lhl/strix-halo-testing README). Until then `ggml_cuda_should_use_mmq` took MMQ on RDNA3/4
 * only below 64 tokens (MMQ_DP4A_MAX_BATCH_SIZE), and MFMA MMQ beat BLAS on CDNA3 alone (llama.cpp
 * #14624). WMMA-MMQ came for RDNA4 in #17156 (opened 2025-11-10) and for RDNA3/3.5 in #17576 (opened
 * 2025-11-28, in master by 2025-12-06 per #17817). The data's builds bracket that: ≤ b6118 and b4008
 * before, ≥ b7361 after; a build between b6792 and the merge would be read as after.
 */
export const LAST_BUILD_BEFORE_AMD_WMMA_MMQ = 6792;

/**
 * Whether a prompt's quantized weight matmuls on this device take the dequantize-then-BLAS path: llama.cpp's
 * HIP build up to LAST_BUILD_BEFORE_AMD_WMMA_MMQ, on a GPU with WMMA matrix units (int8Path 'wmma', or not
 * stated: RDNA3.5 has them, the catalog gives no INT8 figure). Devices with only dp4a/dot4 (RDNA1/2, GCN) or
 * MFMA kept MMQ. Current software (no build stated) never does.
 */
export function quantPrefillViaBlas(d: DeviceSpec, backend: Backend, build: number | undefined): boolean {
  if (backend !== 'rocm' || build === undefined || build > LAST_BUILD_BEFORE_AMD_WMMA_MMQ) return false;
  const path = d.peaks?.int8Path ?? null;
  return path === 'wmma' || path === null;
}

/**
 * The first llama.cpp build whose SYCL backend multiplies a ggml type's batch-1 mat-vecs (MUL_MAT) from the
 * reordered layout (syclPlainBwShare): the release the PR that added the type first shipped in, or where none is
 * known the bound the evidence gives, read as the first build (docs/speed-model-findings.md §29 has the sources).
 * Intel GPUs only, and with the optimization on: the default turned it off from 2025-05-06 to 2025-07-03 (#13254
 * to #14504), a window no measurement here falls in. Routed experts (MUL_MAT_ID) are left out: their reorder came
 * in b9664 (#24452) for Q4_K, Q5_K and Q6_K only, +9.5 % on a B60, too small for the measurements to tell apart.
 * A type missing here has none; float weights are not block-quantized and have none to take.
 */
export const SYCL_REORDERED_SINCE: Partial<Record<GgmlType, number>> = {
  Q4_0: 4767, // #12035, merged 2025-02-24 (an A770's tg128 42 → 55 t/s)
  Q4_K: 5798, // #13109, merged 2025-05-15; in a downstream sync to b5798
  Q6_K: 5798, // #13885, merged 2025-06-09; the same sync
  Q8_0: 8685, // #21527 (a B70 streamed Q8_0 at 21 % of its spec before, 66 % after)
  Q5_K: 9087, // #22152
  Q3_K: 9519, // #23725, merged 2026-06-01, before #21845 (b9519, 2026-06-05)
  Q2_K: 10576, // #27490, the mat-vec reorder relanded after a revert
  IQ3_S: 11636, // #29107
  IQ3_XXS: 11636,
  MXFP4: 11979, // by #30976, which vectorizes its reordered dequantization; the PR that added it is not known
};

const FLOAT_TYPES: ReadonlySet<GgmlType> = new Set(['F32', 'F16', 'BF16']);

/**
 * The share of the bytes decode streams that llama.cpp's SYCL build multiplies from ggml's plain block
 * layout: quantized types it has no reordered layout for at `build` (current software when no build is
 * stated). 0 for a layout that is not GGUF.
 */
export function syclPlainLayoutShare(shares: Partial<Record<GgmlType, number>>, build: number | undefined): number {
  let plain = 0;
  for (const [type, share] of Object.entries(shares) as [GgmlType, number][]) {
    if (FLOAT_TYPES.has(type)) continue;
    const since = SYCL_REORDERED_SINCE[type];
    if (since === undefined || (build !== undefined && build < since)) plain += share;
  }
  return plain;
}
