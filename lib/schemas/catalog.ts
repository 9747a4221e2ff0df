import { z } from 'zod';
import { QUANT_FORMATS } from '@/lib/estimate/formats';
import { FORMAT_FAMILIES, HARDWARE_BACKENDS, HARDWARE_KINDS, MODALITIES, OPERATING_SYSTEMS, RUNTIMES, USE_CASES, VENDORS } from '@/lib/enums';

// Shared zod schemas for catalog records. One schema per entity serves the seed files, the
// admin forms (their fields, labels and hints derive from these schemas: lib/schemas/admin.ts)
// and import/export. Numbers that describe the world carry a source.

const labelled = <T extends z.ZodType>(schema: T, label: string, hint?: string): T => schema.meta(hint ? { label, hint } : { label }) as T;

export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'lower-case letters, digits, "-" and "." only');

/** A calendar date as YYYY-MM-DD. */
const isoDateSchema = z.iso.date();

const sourceUrlSchema = z.url({ protocol: /^https?$/ }).max(1000);

/** Provenance every record carries: where its numbers come from and when someone checked. */
const provenanceShape = {
  sourceUrl: labelled(sourceUrlSchema, 'Source URL', 'Where these numbers come from'),
  verifiedAt: labelled(isoDateSchema, 'Verified on'),
};

const useCaseSchema = z.enum(USE_CASES);
const modalitySchema = z.enum(MODALITIES);

const positiveInt = z.number().int().positive();
const positiveNumber = z.number().positive().finite();

export const architectureSchema = z
  .object({
    layers: labelled(positiveInt, 'Layers'),
    hiddenSize: labelled(positiveInt, 'Hidden size'),
    intermediateSize: labelled(positiveInt.nullable().default(null), 'Intermediate size'),
    attentionHeads: labelled(positiveInt, 'Attention heads'),
    kvHeads: labelled(positiveInt, 'KV heads'),
    /** From the config: not always hiddenSize / attentionHeads (Qwen3, Mistral Nemo, Gemma). */
    headDim: labelled(positiveInt, 'Head dimension'),
    vocabSize: labelled(positiveInt, 'Vocabulary size'),
    contextLength: labelled(positiveInt, 'Context length'),
    tiedEmbeddings: labelled(z.boolean(), 'Tied embeddings'),
    /** Sliding-window attention: window size in tokens. */
    slidingWindow: labelled(positiveInt.nullable().default(null), 'Sliding window'),
    /** Every Nth layer is global (full attention); the others use the window. null: all layers windowed. */
    globalLayerEvery: labelled(positiveInt.nullable().default(null), 'Global layer every'),
    /** Multi-head latent attention (DeepSeek V2/V3): the cache holds kvLoraRank + ropeHeadDim per token per layer. */
    mlaKvLoraRank: labelled(positiveInt.nullable().default(null), 'MLA KV LoRA rank'),
    mlaRopeHeadDim: labelled(positiveInt.nullable().default(null), 'MLA RoPE head dim'),
    expertsTotal: labelled(positiveInt.nullable().default(null), 'Experts (total)'),
    expertsActive: labelled(positiveInt.nullable().default(null), 'Experts (active)'),
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

const strengthSchema = z
  .object({
    useCase: useCaseSchema,
    /** 1 (usable) to 5 (best in class for its size), an editorial rating backed by the source. */
    rating: z.number().int().min(1).max(5),
    sourceUrl: sourceUrlSchema,
  })
  .strict();

export const modelSchema = z
  .object({
    slug: labelled(slugSchema, 'Slug'),
    name: labelled(z.string().min(1).max(200), 'Name'),
    family: labelled(z.string().min(1).max(80), 'Family'),
    publisher: labelled(z.string().min(1).max(80), 'Publisher'),
    releaseDate: labelled(isoDateSchema.nullable().default(null), 'Release date'),
    license: labelled(z.string().min(1).max(120), 'License'),
    licenseUrl: labelled(sourceUrlSchema.nullable().default(null), 'License URL'),
    totalParams: labelled(positiveNumber, 'Total parameters'),
    /** MoE: parameters used per token. Dense models: equal to totalParams. */
    activeParams: labelled(positiveNumber, 'Active parameters'),
    paramsSourceUrl: labelled(sourceUrlSchema, 'Parameters source URL'),
    architecture: architectureSchema,
    modalities: labelled(z.array(modalitySchema).min(1), 'Modalities'),
    strengths: labelled(z.array(strengthSchema).default([]), 'Strengths (JSON)', `[{"useCase": "${USE_CASES[0]}", "rating": 1-5, "sourceUrl": "https://…"}]`),
    /** Size of the vision/audio projector (mmproj) in bytes, when separate. */
    projectorBytes: labelled(positiveNumber.nullable().default(null), 'Projector bytes'),
    huggingFaceRepo: labelled(z.string().regex(/^[\w.-]+\/[\w.-]+$/).nullable().default(null), 'Hugging Face repo'),
    /** Ollama library tag, e.g. "llama3.1:8b". */
    ollamaTag: labelled(z.string().regex(/^[a-z0-9][\w.-]*(?::[\w.-]+)?$/).nullable().default(null), 'Ollama tag'),
    description: labelled(z.string().max(2000).default(''), 'Description'),
    ...provenanceShape,
  })
  .strict()
  .refine((m) => m.activeParams <= m.totalParams, { path: ['activeParams'], message: 'activeParams cannot exceed totalParams' });

const runtimeSchemaField = z.enum(RUNTIMES);

export const formatSchema = z
  .object({
    /** The name people and the estimator use: "Q4_K_M", "F16", "GPTQ-INT4", "MLX-4BIT". */
    name: labelled(z.string().regex(/^[A-Z0-9][A-Z0-9_.-]*$/), 'Name'),
    slug: labelled(slugSchema, 'Slug'),
    family: labelled(z.enum(FORMAT_FAMILIES), 'Family'),
    /** Bits per weight of the format's main tensor type, block scales included. */
    bitsPerWeight: labelled(positiveNumber.max(32), 'Bits per weight'),
    /** True where the format fixes the figure (block layouts); false where it varies by model. */
    bitsExact: labelled(z.boolean(), 'Bits exact'),
    description: labelled(z.string().min(1).max(2000), 'Description'),
    runtimes: labelled(z.array(runtimeSchemaField).min(1), 'Runtimes'),
    /** Typical quality loss, e.g. perplexity increase in percent over FP16. null when unknown. */
    qualityLossPct: labelled(z.number().min(0).max(1000).nullable().default(null), 'Quality loss (%)'),
    qualityMetric: labelled(z.string().max(200).nullable().default(null), 'Quality metric'),
    qualitySourceUrl: labelled(sourceUrlSchema.nullable().default(null), 'Quality source URL'),
    ...provenanceShape,
  })
  .strict()
  .refine((f) => f.qualityLossPct === null || f.qualitySourceUrl !== null, {
    path: ['qualitySourceUrl'],
    message: 'a quality figure needs its source',
  })
  // The estimator's table of formats (lib/estimate/formats.ts) is the one list of format names:
  // a catalog format must have its storage layout there, in the same family.
  .refine((f) => Object.hasOwn(QUANT_FORMATS, f.name), { path: ['name'], message: 'the estimator has no layout for this format: add it to lib/estimate/formats.ts first' })
  .refine((f) => !Object.hasOwn(QUANT_FORMATS, f.name) || QUANT_FORMATS[f.name]!.family === f.family, { path: ['family'], message: 'differs from the family in lib/estimate/formats.ts' });

export const artifactSchema = z
  .object({
    slug: labelled(slugSchema, 'Slug'),
    model: labelled(slugSchema, 'Model slug'),
    /** Format name as in formats.json. */
    format: labelled(z.string().min(1), 'Format name'),
    publisher: labelled(z.string().min(1).max(80), 'Publisher'),
    /** Real file size in bytes (all shards), when published. */
    fileBytes: labelled(positiveNumber.nullable().default(null), 'File bytes'),
    fileBytesSourceUrl: labelled(sourceUrlSchema.nullable().default(null), 'File size source URL'),
    huggingFaceRepo: labelled(z.string().regex(/^[\w.-]+\/[\w.-]+$/).nullable().default(null), 'Hugging Face repo'),
    huggingFaceFile: labelled(z.string().max(300).nullable().default(null), 'Hugging Face file'),
    ollamaTag: labelled(z.string().regex(/^[a-z0-9][\w./-]*(?::[\w.-]+)?$/).nullable().default(null), 'Ollama tag'),
    lmStudioId: labelled(z.string().max(300).nullable().default(null), 'LM Studio id'),
    ...provenanceShape,
  })
  .strict()
  .refine((a) => a.fileBytes === null || a.fileBytesSourceUrl !== null, {
    path: ['fileBytesSourceUrl'],
    message: 'a file size needs its source',
  });

export const hardwareSchema = z
  .object({
    slug: labelled(slugSchema, 'Slug'),
    name: labelled(z.string().min(1).max(200), 'Name'),
    kind: labelled(z.enum(HARDWARE_KINDS), 'Kind'),
    vendor: labelled(z.enum(VENDORS), 'Vendor'),
    /** GPU: VRAM. Apple Silicon: unified memory of this configuration. CPU: RAM of the stated configuration. */
    memoryBytes: labelled(positiveNumber, 'Memory (bytes)'),
    memoryType: labelled(z.string().max(80).nullable().default(null), 'Memory type'),
    bandwidthGBps: labelled(positiveNumber, 'Memory bandwidth (GB/s)'),
    /** Dense FP16 throughput (tensor cores where the runtime uses them). */
    fp16Tflops: labelled(positiveNumber.nullable().default(null), 'FP16 TFLOPS'),
    backend: labelled(z.enum(HARDWARE_BACKENDS), 'Backend'),
    launchPriceUsd: labelled(positiveNumber.nullable().default(null), 'Launch price (USD)'),
    year: labelled(z.number().int().min(2010).max(2030).nullable().default(null), 'Year'),
    /** Apple Silicon: GPU cores; CPU: cores. */
    cores: labelled(positiveInt.nullable().default(null), 'Cores'),
    notes: labelled(z.string().max(2000).default(''), 'Notes'),
    ...provenanceShape,
  })
  .strict();

export const runtimeSchema = z
  .object({
    slug: labelled(runtimeSchemaField, 'Slug'),
    name: labelled(z.string().min(1).max(80), 'Name'),
    description: labelled(z.string().min(1).max(2000), 'Description'),
    homepageUrl: labelled(sourceUrlSchema, 'Homepage URL'),
    platforms: labelled(z.array(z.enum(OPERATING_SYSTEMS)).min(1), 'Platforms'),
    backends: labelled(z.array(z.enum(HARDWARE_BACKENDS)).min(1), 'Backends'),
    ...provenanceShape,
  })
  .strict();

export const measurementSchema = z
  .object({
    hardware: labelled(slugSchema, 'Hardware slug'),
    deviceCount: labelled(positiveInt.default(1), 'Devices'),
    model: labelled(slugSchema, 'Model slug'),
    format: labelled(z.string().min(1), 'Format name'),
    runtime: labelled(runtimeSchemaField, 'Runtime'),
    backend: labelled(z.enum(HARDWARE_BACKENDS), 'Backend'),
    /** Tokens in the prompt for the prompt-processing test (pp512 → 512). */
    promptTokens: labelled(positiveInt.nullable().default(null), 'Prompt tokens'),
    /** Tokens already in the context when generation speed was measured (0 = empty). */
    depthTokens: labelled(z.number().int().min(0).default(0), 'Depth tokens'),
    /** Context the runtime was started with, for memory measurements. */
    contextTokens: labelled(positiveInt.nullable().default(null), 'Context tokens'),
    promptTokensPerSec: labelled(positiveNumber.nullable().default(null), 'Prompt tokens/s'),
    generationTokensPerSec: labelled(positiveNumber.nullable().default(null), 'Generation tokens/s'),
    memoryBytes: labelled(positiveNumber.nullable().default(null), 'Memory bytes'),
    settings: labelled(z.string().max(500).default(''), 'Settings'),
    notes: labelled(z.string().max(2000).default(''), 'Notes'),
    ...provenanceShape,
  })
  .strict()
  .refine((m) => m.promptTokensPerSec !== null || m.generationTokensPerSec !== null || m.memoryBytes !== null, {
    path: ['generationTokensPerSec'],
    message: 'a measurement needs at least one measured value',
  });

export type ModelRecord = z.output<typeof modelSchema>;
export type FormatRecord = z.output<typeof formatSchema>;
export type ArtifactRecord = z.output<typeof artifactSchema>;
export type HardwareRecord = z.output<typeof hardwareSchema>;
export type RuntimeRecord = z.output<typeof runtimeSchema>;
export type MeasurementRecord = z.output<typeof measurementSchema>;
