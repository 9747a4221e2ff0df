import { z } from 'zod';
import { QUANT_FORMATS } from '@/lib/estimate/formats';
import { FORMAT_FAMILIES, HARDWARE_BACKENDS, HARDWARE_KINDS, MODALITIES, OPERATING_SYSTEMS, RUNTIMES, USE_CASES, VENDORS } from '@/lib/enums';

// Shared zod schemas for catalog records. One schema per entity serves the seed files,
// the admin forms and import/export. Numbers that describe the world carry a source.

export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'lower-case letters, digits, "-" and "." only');

/** A calendar date as YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

export const sourceUrlSchema = z.url({ protocol: /^https?$/ }).max(1000);

/** Provenance every record carries: where its numbers come from and when someone checked. */
export const provenanceShape = {
  sourceUrl: sourceUrlSchema,
  verifiedAt: isoDateSchema,
};

export const useCaseSchema = z.enum(USE_CASES);
const modalitySchema = z.enum(MODALITIES);

const positiveInt = z.number().int().positive();
const positiveNumber = z.number().positive().finite();

export const architectureSchema = z
  .object({
    layers: positiveInt,
    hiddenSize: positiveInt,
    intermediateSize: positiveInt.nullable().default(null),
    attentionHeads: positiveInt,
    kvHeads: positiveInt,
    /** From the config: not always hiddenSize / attentionHeads (Qwen3, Mistral Nemo, Gemma). */
    headDim: positiveInt,
    vocabSize: positiveInt,
    contextLength: positiveInt,
    tiedEmbeddings: z.boolean(),
    /** Sliding-window attention: window size in tokens. */
    slidingWindow: positiveInt.nullable().default(null),
    /** Every Nth layer is global (full attention); the others use the window. null: all layers windowed. */
    globalLayerEvery: positiveInt.nullable().default(null),
    /** Multi-head latent attention (DeepSeek V2/V3): the cache holds kvLoraRank + ropeHeadDim per token per layer. */
    mlaKvLoraRank: positiveInt.nullable().default(null),
    mlaRopeHeadDim: positiveInt.nullable().default(null),
    expertsTotal: positiveInt.nullable().default(null),
    expertsActive: positiveInt.nullable().default(null),
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
    name: z.string().min(1).max(200),
    family: z.string().min(1).max(80),
    publisher: z.string().min(1).max(80),
    releaseDate: isoDateSchema.nullable().default(null),
    license: z.string().min(1).max(120),
    licenseUrl: sourceUrlSchema.nullable().default(null),
    totalParams: positiveNumber,
    /** MoE: parameters used per token. Dense models: equal to totalParams. */
    activeParams: positiveNumber,
    paramsSourceUrl: sourceUrlSchema,
    architecture: architectureSchema,
    modalities: z.array(modalitySchema).min(1),
    strengths: z.array(strengthSchema).default([]),
    /** Size of the vision/audio projector (mmproj) in bytes, when separate. */
    projectorBytes: positiveNumber.nullable().default(null),
    huggingFaceRepo: z.string().regex(/^[\w.-]+\/[\w.-]+$/).nullable().default(null),
    /** Ollama library tag, e.g. "llama3.1:8b". */
    ollamaTag: z.string().regex(/^[a-z0-9][\w.-]*(?::[\w.-]+)?$/).nullable().default(null),
    description: z.string().max(2000).default(''),
    ...provenanceShape,
  })
  .strict()
  .refine((m) => m.activeParams <= m.totalParams, { path: ['activeParams'], message: 'activeParams cannot exceed totalParams' });

const runtimeSchemaField = z.enum(RUNTIMES);

export const formatSchema = z
  .object({
    /** The name people and the estimator use: "Q4_K_M", "F16", "GPTQ-INT4", "MLX-4BIT". */
    name: z.string().regex(/^[A-Z0-9][A-Z0-9_.-]*$/),
    slug: slugSchema,
    family: z.enum(FORMAT_FAMILIES),
    /** Bits per weight of the format's main tensor type, block scales included. */
    bitsPerWeight: positiveNumber.max(32),
    /** True where the format fixes the figure (block layouts); false where it varies by model. */
    bitsExact: z.boolean(),
    description: z.string().min(1).max(2000),
    runtimes: z.array(runtimeSchemaField).min(1),
    /** Typical quality loss, e.g. perplexity increase in percent over FP16. null when unknown. */
    qualityLossPct: z.number().min(0).max(1000).nullable().default(null),
    qualityMetric: z.string().max(200).nullable().default(null),
    qualitySourceUrl: sourceUrlSchema.nullable().default(null),
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
    slug: slugSchema,
    model: slugSchema,
    /** Format name as in formats.json. */
    format: z.string().min(1),
    publisher: z.string().min(1).max(80),
    /** Real file size in bytes (all shards), when published. */
    fileBytes: positiveNumber.nullable().default(null),
    fileBytesSourceUrl: sourceUrlSchema.nullable().default(null),
    huggingFaceRepo: z.string().regex(/^[\w.-]+\/[\w.-]+$/).nullable().default(null),
    huggingFaceFile: z.string().max(300).nullable().default(null),
    ollamaTag: z.string().regex(/^[a-z0-9][\w./-]*(?::[\w.-]+)?$/).nullable().default(null),
    lmStudioId: z.string().max(300).nullable().default(null),
    ...provenanceShape,
  })
  .strict()
  .refine((a) => a.fileBytes === null || a.fileBytesSourceUrl !== null, {
    path: ['fileBytesSourceUrl'],
    message: 'a file size needs its source',
  });

export const hardwareSchema = z
  .object({
    slug: slugSchema,
    name: z.string().min(1).max(200),
    kind: z.enum(HARDWARE_KINDS),
    vendor: z.enum(VENDORS),
    /** GPU: VRAM. Apple Silicon: unified memory of this configuration. CPU: RAM of the stated configuration. */
    memoryBytes: positiveNumber,
    memoryType: z.string().max(80).nullable().default(null),
    bandwidthGBps: positiveNumber,
    /** Dense FP16 throughput (tensor cores where the runtime uses them). */
    fp16Tflops: positiveNumber.nullable().default(null),
    backend: z.enum(HARDWARE_BACKENDS),
    launchPriceUsd: positiveNumber.nullable().default(null),
    year: z.number().int().min(2010).max(2030).nullable().default(null),
    /** Apple Silicon: GPU cores; CPU: cores. */
    cores: positiveInt.nullable().default(null),
    notes: z.string().max(2000).default(''),
    ...provenanceShape,
  })
  .strict();

export const runtimeSchema = z
  .object({
    slug: runtimeSchemaField,
    name: z.string().min(1).max(80),
    description: z.string().min(1).max(2000),
    homepageUrl: sourceUrlSchema,
    platforms: z.array(z.enum(OPERATING_SYSTEMS)).min(1),
    backends: z.array(z.enum(HARDWARE_BACKENDS)).min(1),
    ...provenanceShape,
  })
  .strict();

export const measurementSchema = z
  .object({
    hardware: slugSchema,
    deviceCount: positiveInt.default(1),
    model: slugSchema,
    format: z.string().min(1),
    runtime: runtimeSchemaField,
    backend: z.enum(HARDWARE_BACKENDS),
    /** Tokens in the prompt for the prompt-processing test (pp512 → 512). */
    promptTokens: positiveInt.nullable().default(null),
    /** Tokens already in the context when generation speed was measured (0 = empty). */
    depthTokens: z.number().int().min(0).default(0),
    /** Context the runtime was started with, for memory measurements. */
    contextTokens: positiveInt.nullable().default(null),
    promptTokensPerSec: positiveNumber.nullable().default(null),
    generationTokensPerSec: positiveNumber.nullable().default(null),
    memoryBytes: positiveNumber.nullable().default(null),
    settings: z.string().max(500).default(''),
    notes: z.string().max(2000).default(''),
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
