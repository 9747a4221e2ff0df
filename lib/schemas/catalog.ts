import { z } from 'zod';
import {
  FILE_BYTES_LIMIT, FORBIDDEN_MULTILINE_CHARACTERS, FORBIDDEN_TEXT_CHARACTERS, FORBIDDEN_TEXT_MESSAGE,
  HARDWARE_LIMITS, MEASUREMENT_LIMITS, MODEL_LIMITS,
} from '@/lib/schemas/physical-limits';

// Shared zod schemas for catalog records. One schema per entity serves the seed files,
// the admin forms and import/export. Numbers that describe the world carry a source.

export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'lower-case letters, digits, "-" and "." only');

/** A calendar date as YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

/** One line of text: no control or bidirectional-override characters. */
const plainText = (max: number) => z.string().max(max).refine((s) => !FORBIDDEN_TEXT_CHARACTERS.test(s), FORBIDDEN_TEXT_MESSAGE);
/** Several lines: tab and line breaks allowed, other control characters not. */
const multilineText = (max: number) => z.string().max(max).refine((s) => !FORBIDDEN_MULTILINE_CHARACTERS.test(s), FORBIDDEN_TEXT_MESSAGE);

export const sourceUrlSchema = z.url({ protocol: /^https?$/ }).max(1000).refine((s) => !FORBIDDEN_TEXT_CHARACTERS.test(s), FORBIDDEN_TEXT_MESSAGE);

/** Provenance every record carries: where its numbers come from and when someone checked. */
export const provenanceShape = {
  sourceUrl: sourceUrlSchema,
  verifiedAt: isoDateSchema,
};

export const USE_CASES = [
  'chat',
  'coding',
  'reasoning',
  'creative-writing',
  'vision',
  'multilingual',
  'long-documents',
] as const;
export const useCaseSchema = z.enum(USE_CASES);
export type UseCase = z.infer<typeof useCaseSchema>;

export const MODALITIES = ['text', 'image', 'audio', 'video'] as const;
export const modalitySchema = z.enum(MODALITIES);

const positiveInt = z.number().int().positive();
const positiveNumber = z.number().positive().finite();
/** A whole number from 1 to `max` (lib/schemas/physical-limits.ts). */
const countUpTo = (max: number) => positiveInt.max(max);

export const architectureSchema = z
  .object({
    layers: countUpTo(MODEL_LIMITS.layers),
    hiddenSize: countUpTo(MODEL_LIMITS.hiddenSize),
    intermediateSize: countUpTo(MODEL_LIMITS.intermediateSize).nullable().default(null),
    attentionHeads: countUpTo(MODEL_LIMITS.attentionHeads),
    kvHeads: countUpTo(MODEL_LIMITS.kvHeads),
    /** From the config: not always hiddenSize / attentionHeads (Qwen3, Mistral Nemo, Gemma). */
    headDim: countUpTo(MODEL_LIMITS.headDim),
    vocabSize: countUpTo(MODEL_LIMITS.vocabSize),
    contextLength: countUpTo(MODEL_LIMITS.contextLength),
    tiedEmbeddings: z.boolean(),
    /** Sliding-window attention: window size in tokens. */
    slidingWindow: countUpTo(MODEL_LIMITS.slidingWindow).nullable().default(null),
    /** Every Nth layer is global (full attention); the others use the window. null: all layers windowed. */
    globalLayerEvery: countUpTo(MODEL_LIMITS.globalLayerEvery).nullable().default(null),
    /** Multi-head latent attention (DeepSeek V2/V3): the cache holds kvLoraRank + ropeHeadDim per token per layer. */
    mlaKvLoraRank: countUpTo(MODEL_LIMITS.mlaKvLoraRank).nullable().default(null),
    mlaRopeHeadDim: countUpTo(MODEL_LIMITS.mlaRopeHeadDim).nullable().default(null),
    expertsTotal: countUpTo(MODEL_LIMITS.expertsTotal).nullable().default(null),
    expertsActive: countUpTo(MODEL_LIMITS.expertsActive).nullable().default(null),
  })
  .strict()
  .refine((a) => a.kvHeads <= a.attentionHeads, { path: ['kvHeads'], message: 'kvHeads cannot exceed attentionHeads' })
  .refine((a) => (a.expertsTotal === null) === (a.expertsActive === null), {
    path: ['expertsActive'],
    message: 'expertsTotal and expertsActive go together',
  })
  .refine((a) => a.expertsTotal === null || a.expertsActive === null || a.expertsActive <= a.expertsTotal, {
    path: ['expertsActive'],
    message: 'expertsActive cannot exceed expertsTotal',
  })
  .refine((a) => (a.mlaKvLoraRank === null) === (a.mlaRopeHeadDim === null), {
    path: ['mlaRopeHeadDim'],
    message: 'mlaKvLoraRank and mlaRopeHeadDim go together',
  });

export const strengthSchema = z
  .object({
    useCase: useCaseSchema,
    /** 1 (usable) to 5 (best in class for its size), an editorial rating backed by the source. */
    rating: z.number().int().min(1).max(5),
    sourceUrl: sourceUrlSchema,
  })
  .strict();

export const modelSchema = z
  .object({
    slug: slugSchema,
    name: plainText(200).min(1),
    family: plainText(80).min(1),
    publisher: plainText(80).min(1),
    releaseDate: isoDateSchema.nullable().default(null),
    license: plainText(120).min(1),
    licenseUrl: sourceUrlSchema.nullable().default(null),
    totalParams: positiveNumber.max(MODEL_LIMITS.params),
    /** MoE: parameters used per token. Dense models: equal to totalParams. */
    activeParams: positiveNumber.max(MODEL_LIMITS.params),
    paramsSourceUrl: sourceUrlSchema,
    architecture: architectureSchema,
    modalities: z.array(modalitySchema).min(1),
    strengths: z.array(strengthSchema).default([]),
    /** Size of the vision/audio projector (mmproj) in bytes, when separate. */
    projectorBytes: positiveNumber.max(MODEL_LIMITS.projectorBytes).nullable().default(null),
    huggingFaceRepo: z.string().max(200).regex(/^[\w.-]+\/[\w.-]+$/).nullable().default(null),
    /** Ollama library tag, e.g. "llama3.1:8b". */
    ollamaTag: z.string().max(200).regex(/^[a-z0-9][\w.-]*(?::[\w.-]+)?$/).nullable().default(null),
    description: multilineText(2000).default(''),
    ...provenanceShape,
  })
  .strict()
  .refine((m) => m.activeParams <= m.totalParams, { path: ['activeParams'], message: 'activeParams cannot exceed totalParams' });

export const FORMAT_FAMILIES = ['float', 'int', 'gguf', 'gptq', 'awq', 'exl2', 'mlx', 'fp8', 'mxfp4'] as const;
export const RUNTIME_SLUGS = ['ollama', 'lm-studio', 'llama.cpp', 'mlx', 'vllm', 'exo', 'transformers'] as const;
export const runtimeSlugSchema = z.enum(RUNTIME_SLUGS);

export const formatSchema = z
  .object({
    /** The name people and the estimator use: "Q4_K_M", "F16", "GPTQ-INT4", "MLX-4BIT". */
    name: z.string().max(40).regex(/^[A-Z0-9][A-Z0-9_.-]*$/),
    slug: slugSchema,
    family: z.enum(FORMAT_FAMILIES),
    /** Bits per weight of the format's main tensor type, block scales included. */
    bitsPerWeight: positiveNumber.max(32),
    /** True where the format fixes the figure (block layouts); false where it varies by model. */
    bitsExact: z.boolean(),
    description: multilineText(2000).min(1),
    runtimes: z.array(runtimeSlugSchema).min(1),
    /** Typical quality loss, e.g. perplexity increase in percent over FP16. null when unknown. */
    qualityLossPct: z.number().min(0).max(1000).nullable().default(null),
    qualityMetric: plainText(200).nullable().default(null),
    qualitySourceUrl: sourceUrlSchema.nullable().default(null),
    ...provenanceShape,
  })
  .strict()
  .refine((f) => f.qualityLossPct === null || f.qualitySourceUrl !== null, {
    path: ['qualitySourceUrl'],
    message: 'a quality figure needs its source',
  });

export const artifactSchema = z
  .object({
    slug: slugSchema,
    model: slugSchema,
    /** Format name as in formats.json. */
    format: plainText(40).min(1),
    publisher: plainText(80).min(1),
    /** Real file size in bytes (all shards), when published. */
    fileBytes: positiveNumber.max(FILE_BYTES_LIMIT).nullable().default(null),
    fileBytesSourceUrl: sourceUrlSchema.nullable().default(null),
    huggingFaceRepo: z.string().max(200).regex(/^[\w.-]+\/[\w.-]+$/).nullable().default(null),
    huggingFaceFile: plainText(300).nullable().default(null),
    ollamaTag: z.string().max(200).regex(/^[a-z0-9][\w./-]*(?::[\w.-]+)?$/).nullable().default(null),
    lmStudioId: plainText(300).nullable().default(null),
    ...provenanceShape,
  })
  .strict()
  .refine((a) => a.fileBytes === null || a.fileBytesSourceUrl !== null, {
    path: ['fileBytesSourceUrl'],
    message: 'a file size needs its source',
  });

export const HARDWARE_KINDS = ['gpu', 'apple-silicon', 'cpu'] as const;
export const VENDORS = ['nvidia', 'amd', 'intel', 'apple'] as const;
export const BACKENDS = ['cuda', 'rocm', 'metal', 'vulkan', 'sycl', 'cpu'] as const;

export const hardwareSchema = z
  .object({
    slug: slugSchema,
    name: plainText(200).min(1),
    kind: z.enum(HARDWARE_KINDS),
    vendor: z.enum(VENDORS),
    /** GPU: VRAM. Apple Silicon: unified memory of this configuration. CPU: RAM of the stated configuration. */
    memoryBytes: positiveNumber.max(HARDWARE_LIMITS.memoryBytes),
    memoryType: plainText(80).nullable().default(null),
    bandwidthGBps: positiveNumber.max(HARDWARE_LIMITS.bandwidthGBps),
    /** Dense FP16 throughput (tensor cores where the runtime uses them). */
    fp16Tflops: positiveNumber.max(HARDWARE_LIMITS.fp16Tflops).nullable().default(null),
    backend: z.enum(BACKENDS),
    launchPriceUsd: positiveNumber.max(HARDWARE_LIMITS.launchPriceUsd).nullable().default(null),
    year: z.number().int().min(2010).max(2030).nullable().default(null),
    /** Apple Silicon: GPU cores; CPU: cores. */
    cores: countUpTo(HARDWARE_LIMITS.cores).nullable().default(null),
    notes: multilineText(2000).default(''),
    ...provenanceShape,
  })
  .strict();

export const runtimeSchema = z
  .object({
    slug: runtimeSlugSchema,
    name: plainText(80).min(1),
    description: multilineText(2000).min(1),
    homepageUrl: sourceUrlSchema,
    platforms: z.array(z.enum(['linux', 'macos', 'windows'])).min(1),
    backends: z.array(z.enum(BACKENDS)).min(1),
    ...provenanceShape,
  })
  .strict();

export const measurementSchema = z
  .object({
    hardware: slugSchema,
    deviceCount: countUpTo(MEASUREMENT_LIMITS.deviceCount).default(1),
    model: slugSchema,
    format: plainText(40).min(1),
    runtime: runtimeSlugSchema,
    backend: z.enum(BACKENDS),
    /** Tokens in the prompt for the prompt-processing test (pp512 → 512). */
    promptTokens: countUpTo(MEASUREMENT_LIMITS.tokens).nullable().default(null),
    /** Tokens already in the context when generation speed was measured (0 = empty). */
    depthTokens: z.number().int().min(0).max(MEASUREMENT_LIMITS.tokens).default(0),
    /** Context the runtime was started with, for memory measurements. */
    contextTokens: countUpTo(MEASUREMENT_LIMITS.tokens).nullable().default(null),
    promptTokensPerSec: positiveNumber.max(MEASUREMENT_LIMITS.tokensPerSec).nullable().default(null),
    generationTokensPerSec: positiveNumber.max(MEASUREMENT_LIMITS.tokensPerSec).nullable().default(null),
    memoryBytes: positiveNumber.max(MEASUREMENT_LIMITS.memoryBytes).nullable().default(null),
    settings: plainText(500).default(''),
    notes: multilineText(2000).default(''),
    ...provenanceShape,
  })
  .strict()
  .refine((m) => m.promptTokensPerSec !== null || m.generationTokensPerSec !== null || m.memoryBytes !== null, {
    path: ['generationTokensPerSec'],
    message: 'a measurement needs at least one measured value',
  });

export type ModelInput = z.input<typeof modelSchema>;
export type ModelRecord = z.output<typeof modelSchema>;
export type FormatRecord = z.output<typeof formatSchema>;
export type ArtifactRecord = z.output<typeof artifactSchema>;
export type HardwareRecord = z.output<typeof hardwareSchema>;
export type RuntimeRecord = z.output<typeof runtimeSchema>;
export type MeasurementRecord = z.output<typeof measurementSchema>;
