import { z } from 'zod';
import { architectureSchema } from '@/lib/architecture/schema';
import { cannotExceedMessage } from '@/lib/schemas/field-labels';
import { QUANT_FORMATS } from '@/lib/estimate/formats';
import {
  CPU_ISAS, FORMAT_FAMILIES, FORM_FACTORS, HARDWARE_BACKENDS, HARDWARE_FIGURES, HARDWARE_KINDS, INT8_PATHS, MODALITIES, OPERATING_SYSTEMS,
  PRICE_CONDITIONS, PRICE_SCOPES, RUNTIMES, USE_CASES, VENDORS,
} from '@/lib/enums';
import {
  FILE_BYTES_LIMIT, FORBIDDEN_MULTILINE_CHARACTERS, FORBIDDEN_TEXT_CHARACTERS, FORBIDDEN_TEXT_MESSAGE,
  HARDWARE_LIMITS, MEASUREMENT_LIMITS, MODEL_LIMITS,
} from '@/lib/schemas/physical-limits';

// Shared zod schemas for catalog records. One schema per entity serves the seed files, the
// admin forms (their fields, labels and hints derive from these schemas: lib/schemas/admin.ts)
// and import/export. Numbers that describe the world carry a source.

const labelled = <T extends z.ZodType>(schema: T, label: string, hint?: string): T => schema.meta(hint ? { label, hint } : { label }) as T;
/** The catalog entities a record field may point at (by slug; formats by name). */
type ReferencedEntity = 'models' | 'formats' | 'hardware' | 'runtimes';
/** A field that names another catalog entry: the admin offers a picker and lists the entries that point here. */
const reference = <T extends z.ZodType>(schema: T, label: string, references: ReferencedEntity): T => schema.meta({ label, references }) as T;

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

/**
 * The latest calendar date anywhere on Earth at `nowMs` (UTC+14): an editor types their own day, so a
 * "verified on" no later than this is not in the future for someone, and a later one is for everyone.
 */
export function latestCalendarDate(nowMs: number): string {
  return new Date(nowMs + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** A day someone checked figures against their source: a calendar date, never in the future. */
const verifiedDateSchema = isoDateSchema.refine((d) => d <= latestCalendarDate(Date.now()), 'a verification date cannot be in the future');

const groupSource = (label: string, hint: string) => labelled(sourceUrlSchema.nullable().default(null), label, hint);
/** "Verified on" stays empty until an editor checks the group's figures against its source. */
const groupVerified = (label: string) => labelled(verifiedDateSchema.nullable().default(null), label, 'Empty until an editor has checked these figures against the source');

/**
 * Each entity's figure groups, each a pair of fields `<group>SourceUrl` and `<group>VerifiedAt`: the
 * one list the schemas' "a date needs its source" rule runs over; `figureProvenance` reads one pair
 * for a page.
 */
export const FIGURE_GROUPS = {
  models: ['params', 'architecture'],
  artifacts: ['fileBytes'],
  hardware: ['memory', 'bandwidth', 'compute', 'price'],
} as const;
type GroupFields<G extends string> = Record<`${G}SourceUrl` | `${G}VerifiedAt`, string | null>;

/** A figure group's source and "verified on" as a page shows them. */
export interface FigureProvenance {
  sourceUrl: string | null;
  verifiedAt: string | null;
}

/** One group's pair of fields from a record: `figureProvenance(model, 'architecture')`. */
export function figureProvenance<G extends string>(record: GroupFields<G>, group: G): FigureProvenance {
  return { sourceUrl: record[`${group}SourceUrl`], verifiedAt: record[`${group}VerifiedAt`] };
}

/** Zod refinement: every group with a "verified on" has its source URL; each offending date gets its own issue. */
function verifiedGroupsHaveSources<G extends string>(groups: readonly G[]) {
  return (record: GroupFields<G>, ctx: z.RefinementCtx) => {
    for (const g of groups) {
      if (record[`${g}VerifiedAt`] !== null && record[`${g}SourceUrl`] === null) {
        ctx.addIssue({ code: 'custom', path: [`${g}VerifiedAt`], message: 'a verified figure group needs its source URL' });
      }
    }
  };
}

/** Provenance every record carries: where its numbers come from and when someone checked. */
const provenanceShape = {
  sourceUrl: labelled(sourceUrlSchema, 'Source URL', 'Where these numbers come from'),
  verifiedAt: labelled(verifiedDateSchema, 'Verified on', 'The day you checked these figures against the source; a new entry starts empty'),
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

const modelFields = z
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
    paramsSourceUrl: labelled(sourceUrlSchema, 'Parameters source URL', 'Where the parameter counts come from'),
    paramsVerifiedAt: groupVerified('Parameters verified on'),
    /**
     * The exact architecture (lib/architecture/schema.ts): layer patterns, one spec per layer kind,
     * the native context and any documented extension. The editor lays it out field by field from
     * that schema's own labels and config.json hints; the database keeps the context in columns of
     * its own (lib/data/catalog-records.ts).
     */
    architecture: architectureSchema,
    /** The config.json the architecture was read from, at a commit where the host allows it. */
    architectureSourceUrl: groupSource('Architecture source URL', 'The config.json the architecture was read from, ideally at a commit (…/blob/<commit>/config.json)'),
    architectureVerifiedAt: groupVerified('Architecture verified on'),
    modalities: labelled(z.array(modalitySchema).min(1), 'Modalities'),
    strengths: labelled(z.array(strengthSchema).default([]), 'Strengths (JSON)', `[{"useCase": "${USE_CASES[0]}", "rating": 1-5, "sourceUrl": "https://…"}]`),
    /** Size of the vision/audio projector (mmproj) in bytes, when separate. */
    projectorBytes: labelled(positiveNumber.max(MODEL_LIMITS.projectorBytes).nullable().default(null), 'Projector bytes'),
    huggingFaceRepo: labelled(z.string().max(200).regex(/^[\w.-]+\/[\w.-]+$/).nullable().default(null), 'Hugging Face repo'),
    /** Ollama library tag, e.g. "llama3.1:8b". */
    ollamaTag: labelled(z.string().max(200).regex(/^[a-z0-9][\w.-]*(?::[\w.-]+)?$/).nullable().default(null), 'Ollama tag'),
    /** The catalog model that replaces this one (same publisher and size class, newer); the ranking prefers it. */
    supersededBy: reference(slugSchema.nullable().default(null), 'Superseded by', 'models'),
    description: labelled(multilineText(2000).default(''), 'Description'),
    /** Editorial notes: where the architecture was read, what was written by hand and why, corrections with their sources. */
    notes: labelled(multilineText(4000).default(''), 'Notes'),
    ...provenanceShape,
  })
  .strict();
export const modelSchema = modelFields
  .refine((m) => m.activeParams <= m.totalParams, { path: ['activeParams'], message: cannotExceedMessage(modelFields.shape.activeParams, modelFields.shape.totalParams) })
  .refine((m) => m.supersededBy !== m.slug, { path: ['supersededBy'], message: 'a model cannot supersede itself' })
  .superRefine(verifiedGroupsHaveSources(FIGURE_GROUPS.models));

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
    runtimes: reference(z.array(runtimeSchemaField).min(1), 'Runtimes', 'runtimes'),
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
    model: reference(slugSchema, 'Model', 'models'),
    /** Format name as in formats.json. */
    format: reference(plainText(40).min(1), 'Format', 'formats'),
    publisher: labelled(plainText(80).min(1), 'Publisher'),
    /** Real file size in bytes (all shards), when published. */
    fileBytes: labelled(positiveNumber.max(FILE_BYTES_LIMIT).nullable().default(null), 'File bytes'),
    fileBytesSourceUrl: groupSource('File size source URL', 'The page that states the size'),
    fileBytesVerifiedAt: groupVerified('File size verified on'),
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
  })
  .superRefine(verifiedGroupsHaveSources(FIGURE_GROUPS.artifacts));

/** One figure's provenance note: how it was obtained (copied, or the arithmetic), or why it is empty. */
const figureNoteSchema = z
  .object({
    field: z.enum(HARDWARE_FIGURES),
    /** The method ("derived: 96 CU x 2498 MHz x 512") or, for an empty figure, the reason. */
    note: multilineText(1000).min(1),
    sourceUrls: z.array(sourceUrlSchema).max(8).default([]),
    /** A weaker figure: derived from another path by an assumed ratio, or an upper bound (laptop boost clocks). */
    weak: z.boolean().default(false),
  })
  .strict();

const peakTflops = (label: string, hint: string) => labelled(positiveNumber.max(HARDWARE_LIMITS.peakTflops).nullable().default(null), label, hint);

/**
 * A device, with one figure per compute path (README, "Hardware figures: one convention"): dense theoretical peaks
 * at boost clock, each in its own unit, null where the path does not exist or no source gives it
 * (the reason is a figure note). Provenance per group of figures: memory, bandwidth, compute, price.
 */
export const hardwareSchema = z
  .object({
    slug: labelled(slugSchema, 'Slug'),
    name: labelled(plainText(200).min(1), 'Name'),
    kind: labelled(z.enum(HARDWARE_KINDS), 'Kind'),
    vendor: labelled(z.enum(VENDORS), 'Vendor'),
    formFactor: labelled(z.enum(FORM_FACTORS), 'Form factor', 'card: desktop PCIe card; module: SXM/OAM; laptop: a laptop GPU, or a whole laptop for a CPU configuration; system: a whole machine'),
    /** GPU: VRAM. Apple Silicon and unified machines: the shared memory of this configuration. CPU: RAM of the stated configuration. */
    memoryBytes: labelled(positiveNumber.max(HARDWARE_LIMITS.memoryBytes), 'Memory (bytes)', 'Advertised GB × 2³⁰'),
    memoryType: labelled(plainText(80).nullable().default(null), 'Memory type'),
    /** Unified machines: the most the GPU may map of the shared memory on Linux (GTT, CUDA on Tegra) and on Windows (AMD VGM). */
    gpuMemoryLinuxBytes: labelled(positiveNumber.max(HARDWARE_LIMITS.memoryBytes).nullable().default(null), 'GPU-usable memory on Linux (bytes)', 'Unified machines only: what the driver lets the GPU map'),
    gpuMemoryWindowsBytes: labelled(positiveNumber.max(HARDWARE_LIMITS.memoryBytes).nullable().default(null), 'GPU-usable memory on Windows (bytes)', 'Unified machines only; empty where Windows does not run it'),
    memorySourceUrl: groupSource('Memory source URL', 'Where the memory figures come from'),
    memoryVerifiedAt: groupVerified('Memory verified on'),
    bandwidthGBps: labelled(positiveNumber.max(HARDWARE_LIMITS.bandwidthGBps), 'Memory bandwidth (GB/s)', 'Theoretical peak: bus width ÷ 8 × data rate'),
    bandwidthSourceUrl: groupSource('Bandwidth source URL', 'Where the bandwidth comes from'),
    bandwidthVerifiedAt: groupVerified('Bandwidth verified on'),
    /** The FP16 figure the speed model reads today: FP16-accumulate matrix peak, the vector rate where there is no matrix unit. */
    fp16Tflops: labelled(positiveNumber.max(HARDWARE_LIMITS.fp16Tflops).nullable().default(null), 'FP16 TFLOPS (speed model)', 'FP16-accumulate matrix peak; the vector rate without matrix units'),
    fp32VectorTflops: peakTflops('FP32 vector TFLOPS', 'Shader ALUs, dual issue where rated'),
    fp16VectorTflops: peakTflops('FP16 vector TFLOPS', 'Packed FP16 on the ALUs, no matrix units'),
    fp16TensorTflops: peakTflops('FP16 matrix TFLOPS (FP32 accumulate)', 'What PyTorch/vLLM FP16 GEMMs get'),
    fp16AccTensorTflops: peakTflops('FP16 matrix TFLOPS (FP16 accumulate)', "NVIDIA's headline GeForce figure; llama.cpp's cuBLAS path"),
    bf16TensorTflops: peakTflops('BF16 matrix TFLOPS', 'FP32 accumulate'),
    int8TensorTops: peakTflops('INT8 TOPS', 'Matrix units, else dp4a/dot4: llama.cpp quantized prompt processing'),
    int8Path: labelled(z.enum(INT8_PATHS).nullable().default(null), 'INT8 path'),
    fp8TensorTflops: peakTflops('FP8 matrix TFLOPS', 'FP32 accumulate'),
    fp4TensorTflops: peakTflops('FP4 matrix TFLOPS', 'FP4/NVFP4/MXFP4, FP32 accumulate'),
    computeSourceUrl: groupSource('Compute source URL', 'Where the compute peaks come from (per-figure sources in the figure notes)'),
    computeVerifiedAt: groupVerified('Compute verified on'),
    backend: labelled(z.enum(HARDWARE_BACKENDS), 'Backend'),
    /** CPU entries and unified machines: the vector/matrix extensions the CPU cores have. */
    isa: labelled(z.array(z.enum(CPU_ISAS)).default([]), 'CPU instruction sets'),
    launchPriceUsd: labelled(positiveNumber.max(HARDWARE_LIMITS.launchPriceUsd).nullable().default(null), 'Launch price (USD)'),
    launchPriceScope: labelled(z.enum(PRICE_SCOPES).nullable().default(null), 'Launch price covers', 'card: the card alone; system: a whole working machine'),
    priceSourceUrl: groupSource('Launch price source URL', 'Street prices are separate entries'),
    priceVerifiedAt: groupVerified('Launch price verified on'),
    year: labelled(z.number().int().min(2010).max(2030).nullable().default(null), 'Year'),
    /** Apple Silicon: GPU cores; CPU and unified machines: CPU cores. */
    cores: labelled(countUpTo(HARDWARE_LIMITS.cores).nullable().default(null), 'Cores'),
    figureNotes: labelled(
      z.array(figureNoteSchema).max(HARDWARE_FIGURES.length).default([]),
      'Figure notes (JSON)',
      '[{"field": "fp16TensorTflops", "note": "how it was obtained, or why it is empty", "sourceUrls": ["https://…"], "weak": false}]',
    ),
    notes: labelled(multilineText(2000).default(''), 'Notes'),
    ...provenanceShape,
  })
  .strict()
  .refine((h) => h.launchPriceUsd === null || h.launchPriceScope !== null, { path: ['launchPriceScope'], message: 'say whether the launch price is for the card or a whole system' })
  .refine((h) => h.kind === 'unified' || (h.gpuMemoryLinuxBytes === null && h.gpuMemoryWindowsBytes === null), {
    path: ['gpuMemoryLinuxBytes'],
    message: 'only unified-memory machines have a GPU-usable share (a GPU has its VRAM, a Mac its Metal limit)',
  })
  .refine((h) => h.kind !== 'unified' || h.gpuMemoryLinuxBytes !== null || h.gpuMemoryWindowsBytes !== null, {
    path: ['gpuMemoryLinuxBytes'],
    message: 'a unified-memory machine needs what its GPU may use of the shared memory on at least one OS',
  })
  .refine((h) => (h.gpuMemoryLinuxBytes ?? 0) <= h.memoryBytes && (h.gpuMemoryWindowsBytes ?? 0) <= h.memoryBytes, {
    path: ['gpuMemoryLinuxBytes'],
    message: 'the GPU cannot use more than the shared memory',
  })
  .refine((h) => new Set(h.figureNotes.map((n) => n.field)).size === h.figureNotes.length, { path: ['figureNotes'], message: 'one note per figure' })
  .superRefine(verifiedGroupsHaveSources(FIGURE_GROUPS.hardware));

/** A street price of a catalog device, observed at a date on a named page; launch prices stay on the device. */
export const priceSchema = z
  .object({
    slug: labelled(slugSchema, 'Slug'),
    hardware: reference(slugSchema, 'Hardware', 'hardware'),
    condition: labelled(z.enum(PRICE_CONDITIONS), 'Condition'),
    scope: labelled(z.enum(PRICE_SCOPES), 'Covers', 'card: the card alone; system: a whole working machine'),
    /** A range as the source gives it; "up to $700" has only a high end, "from $400" only a low one. */
    usdLow: labelled(positiveNumber.max(HARDWARE_LIMITS.streetPriceUsd).nullable().default(null), 'Price from (USD)'),
    usdHigh: labelled(positiveNumber.max(HARDWARE_LIMITS.streetPriceUsd).nullable().default(null), 'Price to (USD)'),
    /** When the source observed the price: YYYY-MM or YYYY-MM-DD; empty when the page gives no date (say so in the note). */
    observedOn: labelled(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'YYYY-MM or YYYY-MM-DD').nullable().default(null), 'Observed on'),
    note: labelled(multilineText(1000).default(''), 'Note'),
    sourceUrl: labelled(sourceUrlSchema, 'Source URL', 'The page that states the price'),
    verifiedAt: labelled(verifiedDateSchema.nullable().default(null), 'Verified on', 'Empty until an editor has checked the price against the source'),
  })
  .strict()
  .refine((p) => p.usdLow !== null || p.usdHigh !== null, { path: ['usdLow'], message: 'a price needs at least one end' })
  .refine((p) => p.usdLow === null || p.usdHigh === null || p.usdLow <= p.usdHigh, { path: ['usdHigh'], message: 'the high end is below the low end' })
  .refine((p) => p.observedOn !== null || p.note.trim() !== '', { path: ['note'], message: 'an undated price needs a note saying what the source gives instead' });

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
    hardware: reference(slugSchema, 'Hardware', 'hardware'),
    deviceCount: labelled(countUpTo(MEASUREMENT_LIMITS.deviceCount).default(1), 'Devices'),
    model: reference(slugSchema, 'Model', 'models'),
    format: reference(plainText(40).min(1), 'Format', 'formats'),
    runtime: reference(runtimeSchemaField, 'Runtime', 'runtimes'),
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
export type PriceRecord = z.output<typeof priceSchema>;
export type RuntimeRecord = z.output<typeof runtimeSchema>;
export type MeasurementRecord = z.output<typeof measurementSchema>;
