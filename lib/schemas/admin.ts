import { z } from 'zod';
import { FORMAT_FAMILIES, HARDWARE_BACKENDS, HARDWARE_KINDS, MODALITIES, OPERATING_SYSTEMS, RUNTIMES, USE_CASES, VENDORS } from '@/lib/enums';
import { artifactSchema, formatSchema, hardwareSchema, measurementSchema, modelSchema, runtimeSchema } from '@/lib/schemas/catalog';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { ROLES } from '@/lib/auth/config';

// Admin inputs. The catalog records themselves are validated by the one schema per entity in
// lib/schemas/catalog.ts (the seed files use the same); these are the envelopes around them.
// Every object is .strict(): an unknown key is an error, never silently dropped.

export const ENTITIES = ['models', 'artifacts', 'formats', 'hardware', 'runtimes', 'measurements'] as const;
export type EntityName = (typeof ENTITIES)[number];
export const entityNameSchema = z.enum(ENTITIES);

export const ENTITY_SCHEMAS = {
  models: modelSchema,
  artifacts: artifactSchema,
  formats: formatSchema,
  hardware: hardwareSchema,
  runtimes: runtimeSchema,
  measurements: measurementSchema,
} as const;

export const ENTITY_LABELS: Record<EntityName, { singular: string; plural: string }> = {
  models: { singular: 'model', plural: 'Models' },
  artifacts: { singular: 'artifact', plural: 'Artifacts' },
  formats: { singular: 'format', plural: 'Formats' },
  hardware: { singular: 'hardware entry', plural: 'Hardware' },
  runtimes: { singular: 'runtime', plural: 'Runtimes' },
  measurements: { singular: 'measurement', plural: 'Measurements' },
};

/** An entry's key in URLs and audit rows: the slug, or a measurement's content key. */
export const entryKeySchema = z.string().min(1).max(200);

export const saveEntryInputSchema = z
  .object({
    entity: entityNameSchema,
    /** null: create. Otherwise the key of the entry being edited. */
    key: entryKeySchema.nullable(),
    /** The version the editor loaded; the save fails with a conflict when the row moved on. */
    version: z.number().int().positive().nullable(),
    record: z.unknown(),
  })
  .strict()
  .refine((v) => (v.key === null) === (v.version === null), { path: ['version'], message: 'an edit needs the version it started from' });
export type SaveEntryInput = z.infer<typeof saveEntryInputSchema>;

export const deleteEntryInputSchema = z
  .object({ entity: entityNameSchema, key: entryKeySchema, version: z.number().int().positive() })
  .strict();

export const previewEntryInputSchema = z.object({ entity: entityNameSchema, key: entryKeySchema.nullable(), record: z.unknown() }).strict();

/** Import: the export's JSON text; a dry run reports the diff and writes nothing. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const importInputSchema = z.object({ json: z.string().min(2).max(MAX_IMPORT_BYTES), dryRun: z.boolean() }).strict();

export const emailSchema = z.string().trim().toLowerCase().max(320).pipe(z.email());
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `at most ${PASSWORD_MAX_LENGTH} characters`);
export const roleSchema = z.enum(ROLES);

export const loginSchema = z.object({ email: emailSchema, password: z.string().min(1).max(PASSWORD_MAX_LENGTH) }).strict();

export const createUserInputSchema = z.object({ email: emailSchema, password: passwordSchema, role: roleSchema }).strict();

export const updateUserInputSchema = z
  .object({
    userId: z.number().int().positive(),
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
    password: passwordSchema.optional(),
  })
  .strict()
  .refine((v) => v.role !== undefined || v.disabled !== undefined || v.password !== undefined, { message: 'nothing to change' });

export const changeOwnPasswordInputSchema = z.object({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword: passwordSchema }).strict();

// ---- Form fields: how each entity's record is laid out as form inputs. ----

export type FieldKind = 'text' | 'textarea' | 'number' | 'integer' | 'boolean' | 'date' | 'select' | 'list' | 'json';

export interface FieldSpec {
  /** Dotted path in the record: "architecture.layers". */
  path: string;
  label: string;
  kind: FieldKind;
  /** Empty input means null. */
  nullable?: boolean;
  options?: readonly string[];
  hint?: string;
}

const provenance: FieldSpec[] = [
  { path: 'sourceUrl', label: 'Source URL', kind: 'text', hint: 'Where these numbers come from' },
  { path: 'verifiedAt', label: 'Verified on', kind: 'date' },
];

export const ENTITY_FIELDS: Record<EntityName, FieldSpec[]> = {
  hardware: [
    { path: 'slug', label: 'Slug', kind: 'text' },
    { path: 'name', label: 'Name', kind: 'text' },
    { path: 'kind', label: 'Kind', kind: 'select', options: HARDWARE_KINDS },
    { path: 'vendor', label: 'Vendor', kind: 'select', options: VENDORS },
    { path: 'memoryBytes', label: 'Memory (bytes)', kind: 'number' },
    { path: 'memoryType', label: 'Memory type', kind: 'text', nullable: true },
    { path: 'bandwidthGBps', label: 'Memory bandwidth (GB/s)', kind: 'number' },
    { path: 'fp16Tflops', label: 'FP16 TFLOPS', kind: 'number', nullable: true },
    { path: 'backend', label: 'Backend', kind: 'select', options: HARDWARE_BACKENDS },
    { path: 'launchPriceUsd', label: 'Launch price (USD)', kind: 'number', nullable: true },
    { path: 'year', label: 'Year', kind: 'integer', nullable: true },
    { path: 'cores', label: 'Cores', kind: 'integer', nullable: true },
    { path: 'notes', label: 'Notes', kind: 'textarea' },
    ...provenance,
  ],
  models: [
    { path: 'slug', label: 'Slug', kind: 'text' },
    { path: 'name', label: 'Name', kind: 'text' },
    { path: 'family', label: 'Family', kind: 'text' },
    { path: 'publisher', label: 'Publisher', kind: 'text' },
    { path: 'releaseDate', label: 'Release date', kind: 'date', nullable: true },
    { path: 'license', label: 'License', kind: 'text' },
    { path: 'licenseUrl', label: 'License URL', kind: 'text', nullable: true },
    { path: 'totalParams', label: 'Total parameters', kind: 'number' },
    { path: 'activeParams', label: 'Active parameters', kind: 'number' },
    { path: 'paramsSourceUrl', label: 'Parameters source URL', kind: 'text' },
    { path: 'architecture.layers', label: 'Layers', kind: 'integer' },
    { path: 'architecture.hiddenSize', label: 'Hidden size', kind: 'integer' },
    { path: 'architecture.intermediateSize', label: 'Intermediate size', kind: 'integer', nullable: true },
    { path: 'architecture.attentionHeads', label: 'Attention heads', kind: 'integer' },
    { path: 'architecture.kvHeads', label: 'KV heads', kind: 'integer' },
    { path: 'architecture.headDim', label: 'Head dimension', kind: 'integer' },
    { path: 'architecture.vocabSize', label: 'Vocabulary size', kind: 'integer' },
    { path: 'architecture.contextLength', label: 'Context length', kind: 'integer' },
    { path: 'architecture.tiedEmbeddings', label: 'Tied embeddings', kind: 'boolean' },
    { path: 'architecture.slidingWindow', label: 'Sliding window', kind: 'integer', nullable: true },
    { path: 'architecture.globalLayerEvery', label: 'Global layer every', kind: 'integer', nullable: true },
    { path: 'architecture.mlaKvLoraRank', label: 'MLA KV LoRA rank', kind: 'integer', nullable: true },
    { path: 'architecture.mlaRopeHeadDim', label: 'MLA RoPE head dim', kind: 'integer', nullable: true },
    { path: 'architecture.expertsTotal', label: 'Experts (total)', kind: 'integer', nullable: true },
    { path: 'architecture.expertsActive', label: 'Experts (active)', kind: 'integer', nullable: true },
    { path: 'modalities', label: 'Modalities', kind: 'list', options: MODALITIES },
    { path: 'strengths', label: 'Strengths (JSON)', kind: 'json', hint: `[{"useCase": "${USE_CASES[0]}", "rating": 1-5, "sourceUrl": "https://…"}]` },
    { path: 'projectorBytes', label: 'Projector bytes', kind: 'number', nullable: true },
    { path: 'huggingFaceRepo', label: 'Hugging Face repo', kind: 'text', nullable: true },
    { path: 'ollamaTag', label: 'Ollama tag', kind: 'text', nullable: true },
    { path: 'description', label: 'Description', kind: 'textarea' },
    ...provenance,
  ],
  formats: [
    { path: 'name', label: 'Name', kind: 'text' },
    { path: 'slug', label: 'Slug', kind: 'text' },
    { path: 'family', label: 'Family', kind: 'select', options: FORMAT_FAMILIES },
    { path: 'bitsPerWeight', label: 'Bits per weight', kind: 'number' },
    { path: 'bitsExact', label: 'Bits exact', kind: 'boolean' },
    { path: 'description', label: 'Description', kind: 'textarea' },
    { path: 'runtimes', label: 'Runtimes', kind: 'list', options: RUNTIMES },
    { path: 'qualityLossPct', label: 'Quality loss (%)', kind: 'number', nullable: true },
    { path: 'qualityMetric', label: 'Quality metric', kind: 'text', nullable: true },
    { path: 'qualitySourceUrl', label: 'Quality source URL', kind: 'text', nullable: true },
    ...provenance,
  ],
  artifacts: [
    { path: 'slug', label: 'Slug', kind: 'text' },
    { path: 'model', label: 'Model slug', kind: 'text' },
    { path: 'format', label: 'Format name', kind: 'text' },
    { path: 'publisher', label: 'Publisher', kind: 'text' },
    { path: 'fileBytes', label: 'File bytes', kind: 'number', nullable: true },
    { path: 'fileBytesSourceUrl', label: 'File size source URL', kind: 'text', nullable: true },
    { path: 'huggingFaceRepo', label: 'Hugging Face repo', kind: 'text', nullable: true },
    { path: 'huggingFaceFile', label: 'Hugging Face file', kind: 'text', nullable: true },
    { path: 'ollamaTag', label: 'Ollama tag', kind: 'text', nullable: true },
    { path: 'lmStudioId', label: 'LM Studio id', kind: 'text', nullable: true },
    ...provenance,
  ],
  runtimes: [
    { path: 'slug', label: 'Slug', kind: 'select', options: RUNTIMES },
    { path: 'name', label: 'Name', kind: 'text' },
    { path: 'description', label: 'Description', kind: 'textarea' },
    { path: 'homepageUrl', label: 'Homepage URL', kind: 'text' },
    { path: 'platforms', label: 'Platforms', kind: 'list', options: OPERATING_SYSTEMS },
    { path: 'backends', label: 'Backends', kind: 'list', options: HARDWARE_BACKENDS },
    ...provenance,
  ],
  measurements: [
    { path: 'hardware', label: 'Hardware slug', kind: 'text' },
    { path: 'deviceCount', label: 'Devices', kind: 'integer' },
    { path: 'model', label: 'Model slug', kind: 'text' },
    { path: 'format', label: 'Format name', kind: 'text' },
    { path: 'runtime', label: 'Runtime', kind: 'select', options: RUNTIMES },
    { path: 'backend', label: 'Backend', kind: 'select', options: HARDWARE_BACKENDS },
    { path: 'promptTokens', label: 'Prompt tokens', kind: 'integer', nullable: true },
    { path: 'depthTokens', label: 'Depth tokens', kind: 'integer' },
    { path: 'contextTokens', label: 'Context tokens', kind: 'integer', nullable: true },
    { path: 'promptTokensPerSec', label: 'Prompt tokens/s', kind: 'number', nullable: true },
    { path: 'generationTokensPerSec', label: 'Generation tokens/s', kind: 'number', nullable: true },
    { path: 'memoryBytes', label: 'Memory bytes', kind: 'number', nullable: true },
    { path: 'settings', label: 'Settings', kind: 'text' },
    { path: 'notes', label: 'Notes', kind: 'textarea' },
    ...provenance,
  ],
};

/** Field errors keyed by dotted path, from a zod error (zod 4). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(record)';
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) out[[...issue.path.map(String), k].join('.')] ??= 'unknown field';
      out[key] ??= `unknown field(s): ${issue.keys.join(', ')}`;
      continue;
    }
    out[key] ??= issue.message;
  }
  return out;
}
