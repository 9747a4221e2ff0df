// The domain's enumerations, each declared once as a const array (with its labels where people
// read it). Zod enums, TypeScript types, select options and command tables derive from these;
// nothing else in the code base lists the values. Pure: no imports, safe in the browser.

/** Programs that run a model; the estimator models each one's memory and speed. */
export const RUNTIMES = ['llama.cpp', 'ollama', 'lm-studio', 'mlx', 'vllm', 'transformers', 'exo'] as const;
export type Runtime = (typeof RUNTIMES)[number];
export const RUNTIME_LABELS: Record<Runtime, string> = {
  'llama.cpp': 'llama.cpp',
  ollama: 'Ollama',
  'lm-studio': 'LM Studio',
  mlx: 'MLX (Apple Silicon)',
  vllm: 'vLLM',
  transformers: 'Hugging Face Transformers',
  exo: 'exo (cluster)',
};

/** Runtimes that run llama.cpp underneath and share its memory and speed model. */
export const LLAMA_CPP_RUNTIMES = ['llama.cpp', 'ollama', 'lm-studio'] as const satisfies readonly Runtime[];

/** What the wizard may prefer: a runtime we write run commands for, or 'auto' (the ranking picks). */
export const TOOLS = ['auto', 'ollama', 'lm-studio', 'llama.cpp', 'mlx', 'vllm', 'exo'] as const satisfies readonly ('auto' | Runtime)[];
export type Tool = (typeof TOOLS)[number];
export const TOOL_LABELS: Record<Tool, string> = { auto: 'Help me choose', ...omitTransformers(RUNTIME_LABELS) };

function omitTransformers<T>(labels: Record<Runtime, T>): Record<Exclude<Runtime, 'transformers'>, T> {
  const { transformers: _transformers, ...rest } = labels;
  return rest;
}

export const USE_CASES = ['chat', 'coding', 'reasoning', 'creative-writing', 'vision', 'long-documents', 'multilingual'] as const;
export type UseCase = (typeof USE_CASES)[number];
export const USE_CASE_LABELS: Record<UseCase, string> = {
  chat: 'Chat and questions',
  coding: 'Coding',
  reasoning: 'Reasoning and maths',
  'creative-writing': 'Creative writing',
  vision: 'Images (vision)',
  'long-documents': 'Long documents',
  multilingual: 'Other languages',
};

/** How a quantization format stores weights (the catalog's format families). */
export const FORMAT_FAMILIES = ['float', 'int', 'gguf', 'gptq', 'awq', 'exl2', 'mlx', 'fp8', 'mxfp4'] as const;
export type FormatFamily = (typeof FORMAT_FAMILIES)[number];

/**
 * What a catalog hardware entry is. `unified`: an SoC or APU whose GPU computes from one LPDDR pool it
 * shares with the CPU (DGX Spark, Jetson, Ryzen AI Max): no separate VRAM, and how much of the pool
 * the GPU may map is set by the driver per OS (the entry's gpuMemoryLinuxBytes / gpuMemoryWindowsBytes).
 */
export const HARDWARE_KINDS = ['gpu', 'apple-silicon', 'unified', 'cpu'] as const;
export type HardwareKind = (typeof HARDWARE_KINDS)[number];
export const HARDWARE_KIND_LABELS: Record<HardwareKind, string> = {
  gpu: 'Discrete GPU (its own memory)',
  'apple-silicon': 'Apple Silicon (unified memory)',
  unified: 'Unified-memory machine (GPU shares the system memory)',
  cpu: 'CPU only',
};

/** Kinds a GPU field accepts (the wizard, name matching, detection): graphics cards and unified-memory machines' GPUs. */
export const GPU_FIELD_KINDS: readonly string[] = ['gpu', 'unified'] satisfies readonly HardwareKind[];

/**
 * How a device is bought and built into a machine: what the planner may multiply. Desktop PCIe
 * cards go 1 to 8 in a workstation or server; server modules (SXM, OAM) come on boards of 4 or 8
 * and are rented as 1, 2, 4 or 8; a laptop (its GPU, or a laptop CPU configuration) and a whole
 * system (a Mac, a DGX Spark, a mini PC, a single-board computer, a desktop CPU configuration) are one
 * per machine. A laptop takes no desktop card: upgrade advice reads this field.
 */
export const FORM_FACTORS = ['card', 'module', 'laptop', 'system'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];
export const FORM_FACTOR_LABELS: Record<FormFactor, string> = {
  card: 'Desktop PCIe card',
  module: 'Server module (SXM/OAM)',
  laptop: 'Laptop (its GPU, or the whole laptop for a CPU configuration)',
  system: 'Whole system',
};
/** Device counts that exist per form factor (the planner's configurations). */
export const DEVICE_COUNTS: Record<FormFactor, readonly number[]> = {
  card: [1, 2, 3, 4, 5, 6, 7, 8],
  module: [1, 2, 4, 8],
  laptop: [1],
  system: [1],
};

/**
 * Which kernels a device's INT8 peak is (README, "Hardware figures: one convention"): tensor cores, dp4a, RDNA2 dot4, WMMA, Intel XMX, CDNA MFMA;
 * 'none': the device has no INT8 dot-product instruction at all (NVIDIA sm_60, AMD gfx900 / RDNA1), so runtimes emulate
 * it with scalar integer multiply-adds (the speed model's emulatedDotOpsPerWeight). Null: not known.
 */
export const INT8_PATHS = ['mma', 'dp4a', 'dot4', 'wmma', 'xmx', 'mfma', 'none'] as const;
export type Int8Path = (typeof INT8_PATHS)[number];

/** CPU vector/matrix extensions llama.cpp's CPU backend uses. */
export const CPU_ISAS = ['AVX2', 'AVX-512', 'AMX', 'NEON', 'SVE2', 'SME'] as const;
export type CpuIsa = (typeof CPU_ISAS)[number];

/** The figures of a hardware entry that carry a note (method, or the reason a figure is empty). */
export const HARDWARE_FIGURES = [
  'memoryBytes', 'bandwidthGBps', 'fp16Tflops', 'fp32VectorTflops', 'fp16VectorTflops', 'fp16TensorTflops', 'fp16AccTensorTflops',
  'bf16TensorTflops', 'int8TensorTops', 'fp8TensorTflops', 'fp4TensorTflops', 'int8Path', 'gpuMemoryLinuxBytes', 'gpuMemoryWindowsBytes',
  'launchPriceUsd', 'isa', 'cores',
] as const;
export type HardwareFigure = (typeof HARDWARE_FIGURES)[number];

/** A street price: new or used, for the card alone or for a whole working system. */
export const PRICE_CONDITIONS = ['new', 'used'] as const;
export type PriceCondition = (typeof PRICE_CONDITIONS)[number];
export const PRICE_SCOPES = ['card', 'system'] as const;
export type PriceScope = (typeof PRICE_SCOPES)[number];
export const PRICE_SCOPE_LABELS: Record<PriceScope, string> = { card: 'card only', system: 'whole system' };

/** The estimator's device kinds: who made the accelerator, or a CPU. */
export const DEVICE_KINDS = ['nvidia', 'amd', 'intel', 'apple', 'cpu'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const VENDORS = ['nvidia', 'amd', 'intel', 'apple', 'qualcomm', 'raspberry-pi'] as const;
export type Vendor = (typeof VENDORS)[number];

/** The compute backend a device runs llama.cpp on. */
export const HARDWARE_BACKENDS = ['cuda', 'rocm', 'metal', 'vulkan', 'sycl', 'cpu'] as const;
export type HardwareBackend = (typeof HARDWARE_BACKENDS)[number];

/** How the wizard asks for hardware: GPUs, a Mac, a CPU-only machine, or figures typed in. */
export const WIZARD_HARDWARE_MODES = ['gpu', 'mac', 'cluster', 'cpu', 'other'] as const;
export type WizardHardwareMode = (typeof WIZARD_HARDWARE_MODES)[number];
export const WIZARD_HARDWARE_MODE_LABELS: Record<WizardHardwareMode, string> = {
  gpu: 'Graphics card(s)',
  mac: 'Apple Silicon Mac',
  cluster: 'Several Macs (exo cluster)',
  cpu: 'No usable GPU (CPU only)',
  other: 'Other (type it in)',
};
/** Machines in an exo cluster the wizard takes (exo places a model on the fewest that hold it). */
export const CLUSTER_MACHINES = { min: 2, max: 8 } as const;

/**
 * How the machines of a cluster are joined: Thunderbolt 5 with RDMA (macOS 26.2+), IP over
 * Thunderbolt (any Thunderbolt Mac, or TB5 without RDMA), or Ethernet. Their costs per token are in
 * lib/estimate/cluster-link.ts, with sources.
 */
export const CLUSTER_LINKS = ['tb5-rdma', 'thunderbolt', 'ethernet-10g', 'ethernet-1g'] as const;
export type ClusterLink = (typeof CLUSTER_LINKS)[number];
export const CLUSTER_LINK_LABELS: Record<ClusterLink, string> = {
  'tb5-rdma': 'Thunderbolt 5 with RDMA',
  thunderbolt: 'Thunderbolt 4 (or 5 without RDMA)',
  'ethernet-10g': '10 Gigabit Ethernet',
  'ethernet-1g': 'Gigabit Ethernet',
};
export const DEFAULT_CLUSTER_LINK: ClusterLink = 'thunderbolt';

export const OPERATING_SYSTEMS = ['windows', 'linux', 'macos'] as const;
export type Os = (typeof OPERATING_SYSTEMS)[number];
/** The OS assumed where a surface does not ask (the wizard's first answer, and the estimate's default: the largest desktop reserve). */
export const DEFAULT_OS: Os = 'windows';
/**
 * The system a GPU serves, as the estimator sees it: an OS with its desktop on the card, or a
 * headless machine (a server, a benchmark run) whose GPUs keep nothing for a display.
 */
export const HOST_SYSTEMS = [...OPERATING_SYSTEMS, 'headless'] as const;
export type HostSystem = (typeof HOST_SYSTEMS)[number];
export const HOST_SYSTEM_LABELS: Record<HostSystem, string> = { windows: 'Windows', linux: 'Linux', macos: 'macOS', headless: 'Headless (no display)' };
/** What "headless" means, in one line, where a form offers it. */
export const HEADLESS_MEANING = 'Headless: a server or a machine whose display runs on another GPU or the CPU\'s graphics, so its cards keep no memory for a desktop.';

export const MODALITIES = ['text', 'image', 'audio', 'video'] as const;

/** KV cache element types the estimator models (llama.cpp -ctk/-ctv; Ollama OLLAMA_KV_CACHE_TYPE). */
export const KV_CACHE_TYPES = ['f16', 'q8_0', 'q4_0'] as const;
export type KvCacheType = (typeof KV_CACHE_TYPES)[number];
export const KV_CACHE_TYPE_LABELS: Record<KvCacheType, string> = { f16: '16-bit (f16)', q8_0: '8-bit (q8_0)', q4_0: '4-bit (q4_0)' };

/** Whether MoE expert tensors may stay in system RAM (llama.cpp --n-cpu-moe). */
export const MOE_OFFLOAD_MODES = ['auto', 'never', 'always'] as const;
export type MoeOffloadMode = (typeof MOE_OFFLOAD_MODES)[number];

/** Where an estimate puts the model. */
export const FITS = ['full-gpu', 'partial-offload', 'cpu-only', 'does-not-fit', 'unknown'] as const;
export type Fit = (typeof FITS)[number];

/** Select options from an enumeration and its labels, in declaration order. */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
