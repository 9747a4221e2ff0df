// The one builder: a choice (model, format or artifact, runtime, hardware, context, users, and any
// setting the asker fixed) → the estimator's input, with every default it applied named in the
// assumptions. Every surface asks through here: the wizard's ranking, /plan, /compare, the model
// and hardware pages, the guides' live tables, the HTTP API and the CLI. Defaults come from
// runtime-defaults.ts and nowhere else.

import { ShapeRangeError, modelShapeProblem } from './shape-limits';
import { DEFAULT_OS, LLAMA_CPP_RUNTIMES } from '../enums';
import { formatBytes } from '../format';
import { estimate } from './estimate';
import { QUANT_FORMATS } from './formats';
import { longestContextFor } from './context-search';
import { checkConsistency } from '../architecture/consistency';
import { extensionLabel, extensionSetting } from './context-extension';
import { RUNTIME_DEFAULTS, VLLM_GPU_MEMORY_UTILIZATION, FLASH_ATTENTION_BACKENDS, vllmBatchedTokens, vllmMaxNumSeqs } from './runtime-defaults';
import { backendFor } from './backends';
import { DISPLAY_RESERVE_BYTES, VLLM_MEMORY, metalWorkingSetCapBytes, vllmSamplerLogitsBytes } from './overhead';
import type { DeviceSpec, Estimate, EstimateHardware, EstimateInput, HardwareSpec, KvCacheType, ModelSpec, MoeOffloadMode, Runtime } from './types';

const GiB = 1024 ** 3;

/** System RAM assumed beside GPUs when a surface does not ask for it (plan, compare, model page). */
export const DEFAULT_HOST_MEMORY_BYTES = 64 * GiB;

/** A published file of a model: what the catalog knows of one artifact. */
export interface PublishedFile {
  slug: string;
  format: string;
  publisher: string;
  fileBytes: number | null;
}

/** A model as the builder needs it: its architecture and, for catalog models, its published files. */
export interface ChoiceModel extends ModelSpec {
  artifacts?: readonly PublishedFile[];
  /** The asker gave no context window: the record's native window is an assumption, said so. */
  contextAssumed?: boolean;
  /** What reading the model's description showed (a config.json parser's defaults), said in the estimate's warnings. */
  notes?: readonly string[];
}

export interface Choice {
  model: ChoiceModel;
  /** Canonical format name (QUANT_FORMATS). */
  quant: string;
  /** One artifact of the model in that format: its published size is the weights' size. */
  artifactSlug?: string;
  runtime: Runtime;
  hardware: HardwareSpec | null;
  /** Tokens of context per sequence; absent → the runtime's default. */
  contextTokens?: number;
  /** Sequences served at once (users); default 1. */
  users?: number;
  kvCacheType?: KvCacheType;
  flashAttention?: boolean;
  /** Tokens already in the context when decode speed is read; default half the context. */
  depthTokens?: number;
  /** Prompt processed in one go (Transformers activation peak); default a prompt that fills the context. */
  promptTokens?: number;
  gpuMemoryUtilization?: number;
  gpuBackend?: 'vulkan' | null;
  moeOffload?: MoeOffloadMode;
}

export interface BuiltChoice {
  input: EstimateInput;
  /** The defaults and rules the builder applied, one sentence each. */
  assumptions: string[];
  /** What is wrong with the model's own description, and what the estimate used instead. */
  warnings: string[];
}

const consistent = new WeakMap<ModelSpec, { model: ChoiceModel; warnings: string[] }>();

/**
 * The model as estimated: when its architecture contradicts its own published total by more than
 * 10 % (lib/architecture/consistency.ts), the reading that agrees (for an MoE, the expert width
 * that reproduces the total) replaces it, and the warnings say so. Memoized per model object, so
 * the per-model caches downstream keep working.
 */
function selfConsistent(model: ChoiceModel): { model: ChoiceModel; warnings: string[] } {
  const hit = consistent.get(model);
  if (hit) return hit;
  const check = checkConsistency(model.architecture, model.totalParams);
  const result = check.consistent || check.correction === null
    ? { model, warnings: check.warnings }
    : { model: { ...model, architecture: check.architecture }, warnings: check.warnings };
  consistent.set(model, result);
  return result;
}

/** 131072 → "131,072" (without Intl: the builder runs for every ranked candidate). */
const tokens = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const isLlamaCpp = (runtime: Runtime) => (LLAMA_CPP_RUNTIMES as readonly Runtime[]).includes(runtime);

/** GPU-like devices, one entry per physical device. */
function gpuDevices(hardware: HardwareSpec | null): DeviceSpec[] {
  return (hardware?.devices ?? []).filter((d) => d.kind !== 'cpu').flatMap((d) => Array<DeviceSpec>(Math.max(1, d.count ?? 1)).fill(d));
}

/** The one rule for a published file size, as readers see it. */
export const PUBLISHED_SIZE_RULE = 'When several publishers list a file size for a model and format, the estimate uses the largest, so a fit holds for any publisher’s file; a request for one artifact uses that artifact’s size.';

/**
 * The published size used for a (model, format): with several publishers listing one, the
 * largest, so that a fit holds whichever of them a reader downloads; a named artifact uses its own.
 */
export function publishedFileFor(model: ChoiceModel, quant: string, artifactSlug?: string): { file: PublishedFile | null; listed: number } {
  const files = (model.artifacts ?? []).filter((a) => a.format.toUpperCase() === quant.toUpperCase());
  if (artifactSlug !== undefined) {
    const named = (model.artifacts ?? []).find((a) => a.slug === artifactSlug);
    if (!named) throw new Error(`artifact "${artifactSlug}" is not a file of ${model.slug ?? model.name ?? 'this model'}`);
    return { file: named.fileBytes !== null && named.fileBytes > 0 ? named : null, listed: 1 };
  }
  const sized = files.filter((a): a is PublishedFile & { fileBytes: number } => a.fileBytes !== null && a.fileBytes > 0);
  const largest = sized.sort((a, b) => b.fileBytes - a.fileBytes || (a.publisher < b.publisher ? -1 : a.publisher > b.publisher ? 1 : 0))[0];
  return { file: largest ?? null, listed: sized.length };
}

/** The runtime a format runs under on this hardware when the asker names none. */
export function defaultRuntimeFor(quant: string, hardware: HardwareSpec | null): Runtime {
  const family = QUANT_FORMATS[quant]?.family;
  const apple = (hardware?.devices ?? []).some((d) => d.kind === 'apple');
  if (family === 'mlx') return 'mlx';
  if (family === 'gptq' || family === 'awq' || family === 'fp8') return 'vllm';
  if (family === 'int') return 'transformers';
  if (family === 'float' && apple) return 'mlx';
  return 'llama.cpp';
}

/** Whether `-fa auto` turns flash attention on: every device holding layers must support it. */
function flashAttentionAvailable(runtime: Runtime, hardware: HardwareSpec | null, gpuBackend: 'vulkan' | null): boolean {
  const devices = hardware?.devices ?? [];
  if (devices.length === 0) return true;
  return devices.every((d) => (FLASH_ATTENTION_BACKENDS as readonly string[]).includes(backendFor(runtime, d.kind, gpuBackend)));
}

/** Total VRAM as Ollama counts it: GPU memory, Metal's working-set cap on Apple Silicon. */
function ollamaVramBytes(hardware: HardwareSpec | null): number {
  return gpuDevices(hardware).reduce((sum, d) => sum + (d.kind === 'apple' ? metalWorkingSetCapBytes(d.memoryBytes) : d.memoryBytes), 0);
}

function defaultContext(choice: Choice, modelContext: number, base: Omit<EstimateInput, 'contextTokens' | 'depthTokens' | 'promptTokens'>): { tokens: number; why: string } {
  const rule = RUNTIME_DEFAULTS[choice.runtime].context;
  const name = choice.runtime;
  switch (rule.kind) {
    case 'fixed': {
      const t = Math.min(rule.tokens, modelContext);
      return { tokens: t, why: `${name} loads a model with a ${tokens(rule.tokens)}-token context by default${t < rule.tokens ? `, capped at the model's ${tokens(modelContext)}` : ''}` };
    }
    case 'vram-tiers': {
      const vram = ollamaVramBytes(choice.hardware);
      const tier = rule.tiers.find((x) => vram >= x.minVramBytes) ?? rule.tiers[rule.tiers.length - 1]!;
      const t = Math.min(tier.tokens, modelContext);
      return {
        tokens: t,
        why: `${name} picks its default context from the VRAM (${(vram / GiB).toFixed(0)} GiB here → ${tokens(tier.tokens)} tokens)${t < tier.tokens ? `, capped at the model's ${tokens(modelContext)}` : ''}`,
      };
    }
    case 'model':
      return { tokens: modelContext, why: `${name} sizes the cache for the model's full ${tokens(modelContext)}-token context unless told otherwise` };
    case 'model-fitted': {
      const gpus = gpuDevices(choice.hardware);
      if (gpus.length === 0) return { tokens: modelContext, why: `${name} uses the model's trained context (${tokens(modelContext)} tokens) when none is given; --fit shrinks it only to fit GPUs` };
      // --fit: the longest context that keeps everything on the GPUs with the margin left free on each.
      const margin = rule.marginBytesPerGpu;
      const tighter: EstimateHardware = { ...base.hardware!, devices: base.hardware!.devices.map((d) => (d.kind === 'cpu' ? d : { ...d, memoryBytes: Math.max(0, d.memoryBytes - margin) })) };
      const probe: EstimateInput = { ...base, hardware: tighter, contextTokens: rule.minTokens, depthTokens: 0, promptTokens: null };
      const longest = longestContextFor(probe, 'full-gpu') ?? 0;
      const t = Math.min(modelContext, Math.max(rule.minTokens, longest));
      return {
        tokens: t,
        why: `${name} starts from the model's trained context and --fit shrinks it to what fits the GPUs with ${(margin / GiB).toFixed(0)} GiB left free on each, not below ${tokens(rule.minTokens)} tokens: ${tokens(t)} here`,
      };
    }
  }
}

/** Turns a choice into the estimator's input, applying each runtime default once and saying so. */
export function buildEstimateInput(choice: Choice): BuiltChoice {
  // A shape outside the physical ranges is refused before anything loops over its layers.
  const shapeProblem = modelShapeProblem(choice.model);
  if (shapeProblem) throw new ShapeRangeError(shapeProblem.field, shapeProblem.message);
  const assumptions: string[] = [];
  const defaults = RUNTIME_DEFAULTS[choice.runtime];
  const checked = selfConsistent(choice.model);
  const model = checked.model;
  const warnings = [...(choice.model.notes ?? []), ...checked.warnings];
  // The native window sizes every default; a longer, documented extension is used only when asked.
  const { nativeTokens, extendedTokens, extension } = model.architecture.context;
  const modelContext = nativeTokens;
  const maxContext = extendedTokens ?? nativeTokens;
  if (model.contextAssumed) assumptions.push(`The model's context length is not given: ${tokens(modelContext)} tokens assumed (it caps the context and sizes the runtime's default).`);
  const llama = isLlamaCpp(choice.runtime);
  const gpuBackend = choice.gpuBackend ?? null;

  // Weights: the published size by the one rule, else computed from the tensor shapes.
  const published = publishedFileFor(model, choice.quant, choice.artifactSlug);
  // MXFP4 has two layouts: GGUF's MXFP4_MOE (all but the experts in Q8_0, the size the catalog
  // publishes; MLX's conversion keeps the rest in 8 bits too) and the Hugging Face checkpoint vLLM and
  // Transformers load (the rest in BF16: 12.8 GiB for gpt-oss-20b against the GGUF's 11.3). A size
  // not tied to a layout is not those runtimes'.
  const otherLayout = (choice.runtime === 'vllm' || choice.runtime === 'transformers') && QUANT_FORMATS[choice.quant]?.family === 'mxfp4' && choice.artifactSlug === undefined;
  const { file, listed } = otherLayout ? { file: null, listed: 0 } : published;
  if (file && choice.artifactSlug !== undefined) assumptions.push(`File size: ${file.publisher}'s ${choice.quant} file ${file.slug} (${formatBytes(file.fileBytes!, 'GB')}), as asked.`);
  else if (file) assumptions.push(`File size: ${file.publisher}'s published ${choice.quant} file (${formatBytes(file.fileBytes!, 'GB')})${listed > 1 ? `, the largest of ${listed} published sizes: the rule is the largest, so a fit holds for any publisher's file` : ''}.`);

  const kvCacheType = choice.kvCacheType ?? defaults.kvCacheType;
  if (choice.kvCacheType === undefined) assumptions.push(`KV cache: ${kvCacheType}, ${choice.runtime}'s default.`);

  const flashAttention = choice.flashAttention ?? (defaults.flashAttention === 'auto' && flashAttentionAvailable(choice.runtime, choice.hardware, gpuBackend));
  if (choice.flashAttention === undefined && defaults.flashAttention === 'auto') {
    assumptions.push(
      flashAttention
        ? `Flash attention on: ${choice.runtime} runs llama.cpp with -fa auto, which turns it on where the backend supports it${choice.hardware ? '' : ' (CUDA, ROCm, Metal, Vulkan and CPU all do)'}.`
        : `Flash attention off: ${choice.runtime} runs llama.cpp with -fa auto, and a device here (SYCL) is not one where it is available.`,
    );
  }

  // The system the GPUs serve: its desktop's share of the GPU that drives the display is not the model's.
  const hardware: EstimateHardware | null = choice.hardware ? { ...choice.hardware, os: choice.hardware.os ?? DEFAULT_OS } : null;
  const gpus = gpuDevices(choice.hardware);
  const discrete = gpus.filter((d) => d.kind !== 'apple' && !d.unified).length;
  if (hardware && discrete > 0 && DISPLAY_RESERVE_BYTES[hardware.os] > 0) {
    const which = hardware.cluster ? "each machine's GPU" : discrete > 1 ? 'the first GPU (the one that drives the display; the others keep none)' : 'the GPU';
    assumptions.push(
      `${(DISPLAY_RESERVE_BYTES[hardware.os] / GiB).toFixed(1)} GiB of ${which} kept for the ${hardware.os === 'windows' ? 'Windows' : 'Linux'} desktop${choice.hardware?.os === undefined ? ` (no system given: ${DEFAULT_OS} assumed; a headless server keeps none)` : ''}; the model is placed in the rest.`,
    );
  }

  const users = Math.max(1, Math.floor(choice.users ?? 1));
  if (choice.users === undefined) assumptions.push(`One sequence: ${defaults.parallel}.`);

  const largestGpu = gpus.reduce<DeviceSpec | null>((a, d) => (!a || d.memoryBytes > a.memoryBytes ? d : a), null);
  const gpuMemoryUtilization = choice.gpuMemoryUtilization ?? VLLM_GPU_MEMORY_UTILIZATION;
  const batched = vllmBatchedTokens(largestGpu?.memoryBytes ?? 0, largestGpu?.name);
  if (choice.runtime === 'vllm') {
    if (choice.gpuMemoryUtilization === undefined) assumptions.push(`vLLM reserves --gpu-memory-utilization ${gpuMemoryUtilization} of each GPU, its default.`);
    const seqs = vllmMaxNumSeqs(largestGpu?.memoryBytes ?? 0, largestGpu?.name);
    const sampler = VLLM_MEMORY.samplerCopies * vllmSamplerLogitsBytes(model, seqs);
    assumptions.push(
      `vLLM's memory profile runs ${tokens(batched)} batched tokens (its default max_num_batched_tokens on this GPU), then samples ${tokens(seqs)} sequences (max_num_seqs) with top-k and top-p on, holding ${VLLM_MEMORY.samplerCopies} fp32 copies of their logits (${formatBytes(sampler, 'GiB')}); the larger of the two comes out of the budget before the KV cache.`,
    );
  }

  const base = {
    model,
    quant: choice.quant,
    kvCacheType,
    parallel: users,
    runtime: choice.runtime,
    hardware,
    fileBytes: file?.fileBytes ?? null,
    flashAttention: llama ? flashAttention : false,
    gpuMemoryUtilization,
    vllmBatchedTokens: batched,
    gpuBackend,
    moeOffload: choice.moeOffload ?? 'auto',
  } satisfies Omit<EstimateInput, 'contextTokens' | 'depthTokens' | 'promptTokens'>;

  let contextTokens: number;
  if (choice.contextTokens === undefined) {
    const d = defaultContext(choice, modelContext, base);
    contextTokens = d.tokens;
    assumptions.push(`Context ${tokens(contextTokens)} tokens: ${d.why}.`);
  } else if (choice.contextTokens > maxContext) {
    contextTokens = maxContext;
    assumptions.push(
      maxContext > modelContext
        ? `Context capped at the model's longest documented ${tokens(maxContext)} tokens (${tokens(choice.contextTokens)} asked): beyond it the model was not trained to attend.`
        : `Context capped at the model's trained ${tokens(modelContext)} tokens (${tokens(choice.contextTokens)} asked): runtimes refuse or degrade beyond it.`,
    );
  } else contextTokens = Math.max(1, Math.round(choice.contextTokens));
  if (contextTokens > modelContext && extension) {
    assumptions.push(
      `Context beyond the native ${tokens(modelContext)} tokens needs the publisher's extension, ${extensionLabel(extension, modelContext)} — ${extensionSetting(extension, modelContext, choice.runtime, contextTokens)}.`,
    );
  }

  const depthTokens = choice.depthTokens ?? Math.floor(contextTokens / 2);
  if (choice.depthTokens === undefined && choice.hardware) assumptions.push(`Decode speed read at ${tokens(depthTokens)} tokens of context, the middle of a conversation that fills it.`);
  const promptTokens = choice.promptTokens ?? null;

  return { input: { ...base, contextTokens, depthTokens, promptTokens }, assumptions, warnings };
}

/** The estimate for a choice: the builder's input through the estimator, the builder's assumptions first. */
export function estimateChoice(choice: Choice): Estimate {
  const built = buildEstimateInput(choice);
  const result = estimate(built.input);
  return { ...result, assumptions: [...built.assumptions, ...result.assumptions], warnings: [...built.warnings, ...result.warnings] };
}
