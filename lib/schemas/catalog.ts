import { z } from 'zod';
import { architectureSchema } from '@/lib/architecture/schema';
import { QUANT_FORMATS } from '@/lib/estimate/formats';
import { FORMAT_FAMILIES, HARDWARE_BACKENDS, HARDWARE_KINDS, MODALITIES, OPERATING_SYSTEMS, RUNTIMES, USE_CASES, VENDORS } from '@/lib/enums';
import {
  FILE_BYTES_LIMIT, FORBIDDEN_MULTILINE_CHARACTERS, FORBIDDEN_TEXT_CHARACTERS, FORBIDDEN_TEXT_MESSAGE,
  HARDWARE_LIMITS, MEASUREMENT_LIMITS, MODEL_LIMITS,
} from '@/lib/schemas/physical-limits';

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

/** One line of text: no control or bidirectional-override characters. */
const plainText = (max: number) => z.string().max(max).refine((s) => !FORBIDDEN_TEXT_CHARACTERS.test(s), FORBIDDEN_TEXT_MESSAGE);
/** Several lines: tab and line breaks allowed, other control characters not. */
const multilineText = (max: number) => z.string().max(max).refine((s) => !FORBIDDEN_MULTILINE_CHARACTERS.test(s), FORBIDDEN_TEXT_MESSAGE);

const sourceUrlSchema = z.url({ protocol: /^https?$/ }).max(1000).refine((s) => !FORBIDDEN_TEXT_CHARACTERS.test(s), FORBIDDEN_TEXT_MESSAGE);

/** Provenance every record carries: where its numbers come from and when someone checked. */
const provenanceShape = {
  sourceUrl: labelled(sourceUrlSchema, 'Source URL', 'Where these numbers come from'),
  verifiedAt: labelled(isoDateSchema, 'Verified on'),
};

const useCaseSchema = z.enum(USE_CASES);
const modalitySchema = z.enum(MODALITIES);

const positiveInt = z.number().int().positive();
const positiveNumber = z.number().positive().finite();
/** A whole number from 1 to `max` (lib/schemas/physical-limits.ts). */
const countUpTo = (max: number) => positiveInt.max(max);

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
    name: labelled(plainText(200).min(1), 'Name'),
    family: labelled(plainText(80).min(1), 'Family'),
    publisher: labelled(plainText(80).min(1), 'Publisher'),
    releaseDate: labelled(isoDateSchema.nullable().default(null), 'Release date'),
    license: labelled(plainText(120).min(1), 'License'),
    licenseUrl: labelled(sourceUrlSchema.nullable().default(null), 'License URL'),
    totalParams: labelled(positiveNumber.max(MODEL_LIMITS.params), 'Total parameters'),
    /** MoE: parameters used per token. Dense models: equal to totalParams. */
    activeParams: labelled(positiveNumber.max(MODEL_LIMITS.params), 'Active parameters'),
    paramsSourceUrl: labelled(sourceUrlSchema, 'Parameters source URL'),
    /**
     * The exact architecture (lib/architecture/schema.ts): layer patterns, one spec per layer kind,
     * the native context and any documented extension. One JSON field in the editor; the database
     * keeps the context in columns of its own (lib/data/catalog-records.ts).
     */
    architecture: labelled(
      architectureSchema,
      'Architecture (JSON)',
      'Read from the model\'s config.json: layer patterns such as "(linear*3 full)*12", one spec per layer kind, context { nativeTokens, extendedTokens, extension } (docs/architecture-model.md)',
    ),
    modalities: labelled(z.array(modalitySchema).min(1), 'Modalities'),
    strengths: labelled(z.array(strengthSchema).default([]), 'Strengths (JSON)', `[{"useCase": "${USE_CASES[0]}", "rating": 1-5, "sourceUrl": "https://…"}]`),
    /** Size of the vision/audio projector (mmproj) in bytes, when separate. */
    projectorBytes: labelled(positiveNumber.max(MODEL_LIMITS.projectorBytes).nullable().default(null), 'Projector bytes'),
    huggingFaceRepo: labelled(z.string().max(200).regex(/^[\w.-]+\/[\w.-]+$/).nullable().default(null), 'Hugging Face repo'),
    /** Ollama library tag, e.g. "llama3.1:8b". */
    ollamaTag: labelled(z.string().max(200).regex(/^[a-z0-9][\w.-]*(?::[\w.-]+)?$/).nullable().default(null), 'Ollama tag'),
    /** The catalog model that replaces this one (same publisher and size class, newer); the ranking prefers it. */
    supersededBy: labelled(slugSchema.nullable().default(null), 'Superseded by (model slug)'),
    description: labelled(multilineText(2000).default(''), 'Description'),
    /** Editorial notes: where the architecture was read, what was written by hand and why, corrections with their sources. */
    notes: labelled(multilineText(4000).default(''), 'Notes'),
    ...provenanceShape,
  })
  .strict()
  .refine((m) => m.activeParams <= m.totalParams, { path: ['activeParams'], message: 'activeParams cannot exceed totalParams' })
  .refine((m) => m.supersededBy !== m.slug, { path: ['supersededBy'], message: 'a model cannot supersede itself' });

const runtimeSchemaField = z.enum(RUNTIMES);

export const formatSchema = z
  .object({
    /** The name people and the estimator use: "Q4_K_M", "F16", "GPTQ-INT4", "MLX-4BIT". */
    name: labelled(z.string().max(40).regex(/^[A-Z0-9][A-Z0-9_.-]*$/), 'Name'),
    slug: labelled(slugSchema, 'Slug'),
    family: labelled(z.enum(FORMAT_FAMILIES), 'Family'),
    /** Bits per weight of the format's main tensor type, block scales included. */
    bitsPerWeight: labelled(positiveNumber.max(32), 'Bits per weight'),
    /** True where the format fixes the figure (block layouts); false where it varies by model. */
    bitsExact: labelled(z.boolean(), 'Bits exact'),
    description: labelled(multilineText(2000).min(1), 'Description'),
    runtimes: labelled(z.array(runtimeSchemaField).min(1), 'Runtimes'),
    /** Typical quality loss, e.g. perplexity increase in percent over FP16. null when unknown. */
    qualityLossPct: labelled(z.number().min(0).max(1000).nullable().default(null), 'Quality loss (%)'),
    qualityMetric: labelled(plainText(200).nullable().default(null), 'Quality metric'),
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
    format: labelled(plainText(40).min(1), 'Format name'),
    publisher: labelled(plainText(80).min(1), 'Publisher'),
    /** Real file size in bytes (all shards), when published. */
    fileBytes: labelled(positiveNumber.max(FILE_BYTES_LIMIT).nullable().default(null), 'File bytes'),
    fileBytesSourceUrl: labelled(sourceUrlSchema.nullable().default(null), 'File size source URL'),
    huggingFaceRepo: labelled(z.string().max(200).regex(/^[\w.-]+\/[\w.-]+$/).nullable().default(null), 'Hugging Face repo'),
    huggingFaceFile: labelled(plainText(300).nullable().default(null), 'Hugging Face file'),
    ollamaTag: labelled(z.string().max(200).regex(/^[a-z0-9][\w./-]*(?::[\w.-]+)?$/).nullable().default(null), 'Ollama tag'),
    lmStudioId: labelled(plainText(300).nullable().default(null), 'LM Studio id'),
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
    name: labelled(plainText(200).min(1), 'Name'),
    kind: labelled(z.enum(HARDWARE_KINDS), 'Kind'),
    vendor: labelled(z.enum(VENDORS), 'Vendor'),
    /** GPU: VRAM. Apple Silicon: unified memory of this configuration. CPU: RAM of the stated configuration. */
    memoryBytes: labelled(positiveNumber.max(HARDWARE_LIMITS.memoryBytes), 'Memory (bytes)'),
    memoryType: labelled(plainText(80).nullable().default(null), 'Memory type'),
    bandwidthGBps: labelled(positiveNumber.max(HARDWARE_LIMITS.bandwidthGBps), 'Memory bandwidth (GB/s)'),
    /** Dense FP16 throughput (tensor cores where the runtime uses them). */
    fp16Tflops: labelled(positiveNumber.max(HARDWARE_LIMITS.fp16Tflops).nullable().default(null), 'FP16 TFLOPS'),
    backend: labelled(z.enum(HARDWARE_BACKENDS), 'Backend'),
    launchPriceUsd: labelled(positiveNumber.max(HARDWARE_LIMITS.launchPriceUsd).nullable().default(null), 'Launch price (USD)'),
    year: labelled(z.number().int().min(2010).max(2030).nullable().default(null), 'Year'),
    /** Apple Silicon: GPU cores; CPU: cores. */
    cores: labelled(countUpTo(HARDWARE_LIMITS.cores).nullable().default(null), 'Cores'),
    notes: labelled(multilineText(2000).default(''), 'Notes'),
    ...provenanceShape,
  })
  .strict();

export const runtimeSchema = z
  .object({
    slug: labelled(runtimeSchemaField, 'Slug'),
    name: labelled(plainText(80).min(1), 'Name'),
    description: labelled(multilineText(2000).min(1), 'Description'),
    homepageUrl: labelled(sourceUrlSchema, 'Homepage URL'),
    platforms: labelled(z.array(z.enum(OPERATING_SYSTEMS)).min(1), 'Platforms'),
    backends: labelled(z.array(z.enum(HARDWARE_BACKENDS)).min(1), 'Backends'),
    ...provenanceShape,
  })
  .strict();

export const measurementSchema = z
  .object({
    hardware: labelled(slugSchema, 'Hardware slug'),
    deviceCount: labelled(countUpTo(MEASUREMENT_LIMITS.deviceCount).default(1), 'Devices'),
    model: labelled(slugSchema, 'Model slug'),
    format: labelled(plainText(40).min(1), 'Format name'),
    runtime: labelled(runtimeSchemaField, 'Runtime'),
    backend: labelled(z.enum(HARDWARE_BACKENDS), 'Backend'),
    /** Tokens in the prompt for the prompt-processing test (pp512 → 512). */
    promptTokens: labelled(countUpTo(MEASUREMENT_LIMITS.tokens).nullable().default(null), 'Prompt tokens'),
    /** Tokens already in the context when generation speed was measured (0 = empty). */
    depthTokens: labelled(z.number().int().min(0).max(MEASUREMENT_LIMITS.tokens).default(0), 'Depth tokens'),
    /** Context the runtime was started with, for memory measurements. */
    contextTokens: labelled(countUpTo(MEASUREMENT_LIMITS.tokens).nullable().default(null), 'Context tokens'),
    promptTokensPerSec: labelled(positiveNumber.max(MEASUREMENT_LIMITS.tokensPerSec).nullable().default(null), 'Prompt tokens/s'),
    generationTokensPerSec: labelled(positiveNumber.max(MEASUREMENT_LIMITS.tokensPerSec).nullable().default(null), 'Generation tokens/s'),
    memoryBytes: labelled(positiveNumber.max(MEASUREMENT_LIMITS.memoryBytes).nullable().default(null), 'Memory bytes'),
    settings: labelled(plainText(500).default(''), 'Settings'),
    notes: labelled(multilineText(2000).default(''), 'Notes'),
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
