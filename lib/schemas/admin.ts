import { z } from 'zod';
import { artifactSchema, formatSchema, hardwareSchema, measurementSchema, modelSchema, priceSchema, runtimeSchema } from '@/lib/schemas/catalog';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { ROLES } from '@/lib/auth/config';
import { plainIssueMessage } from '@/lib/schemas/issue-messages';
import { NUMBER_UNITS, unitOfField, type NumberUnit } from '@/lib/editing/human-number';
import type { ListQuery } from '@/lib/editing/entry-list';

// Admin inputs. The catalog records themselves are validated by the one schema per entity in
// lib/schemas/catalog.ts (the seed files use the same); these are the envelopes around them.
// Every object is .strict(): an unknown key is an error, never silently dropped.

export const ENTITIES = ['models', 'artifacts', 'formats', 'hardware', 'prices', 'runtimes', 'measurements'] as const;
export type EntityName = (typeof ENTITIES)[number];
export const entityNameSchema = z.enum(ENTITIES);

export const ENTITY_SCHEMAS = {
  models: modelSchema,
  artifacts: artifactSchema,
  formats: formatSchema,
  hardware: hardwareSchema,
  prices: priceSchema,
  runtimes: runtimeSchema,
  measurements: measurementSchema,
} as const;

export const ENTITY_LABELS: Record<EntityName, { singular: string; plural: string }> = {
  models: { singular: 'model', plural: 'Models' },
  artifacts: { singular: 'artifact', plural: 'Artifacts' },
  formats: { singular: 'format', plural: 'Formats' },
  hardware: { singular: 'hardware entry', plural: 'Hardware' },
  prices: { singular: 'street price', plural: 'Street prices' },
  runtimes: { singular: 'runtime', plural: 'Runtimes' },
  measurements: { singular: 'measurement', plural: 'Measurements' },
};

/** An entry's key in URLs and audit rows: the slug, or a measurement's content key. */
const entryKeySchema = z.string().min(1).max(200);

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

export const deleteEntryInputSchema = z
  .object({ entity: entityNameSchema, key: entryKeySchema, version: z.number().int().positive() })
  .strict();

export const previewEntryInputSchema = z.object({ entity: entityNameSchema, key: entryKeySchema.nullable(), record: z.unknown() }).strict();

/** Rows per page an entity list offers. */
export const LIST_PAGE_SIZES = [50, 100, 500] as const;
const oneParam = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * An entity list's query string (?q=&sort=&dir=&page=&size=&f.<field>=): anything malformed falls
 * back to the default, since a list link is never worth a 400.
 */
export function listQueryOf(params: Record<string, string | string[] | undefined>): ListQuery {
  const text = (max: number) => z.preprocess(oneParam, z.string().trim().max(max)).catch('');
  const schema = z.object({
    q: text(200),
    sort: z.preprocess(oneParam, z.string().max(200)).catch('label'),
    dir: z.preprocess(oneParam, z.enum(['asc', 'desc'])).catch('asc'),
    page: z.preprocess(oneParam, z.coerce.number().int().min(1).max(1_000_000)).catch(1),
    size: z.preprocess((v) => Number(oneParam(v)), z.union(LIST_PAGE_SIZES.map((n) => z.literal(n)))).catch(LIST_PAGE_SIZES[0]),
  });
  const base = schema.parse(params);
  const filters: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const one = oneParam(value);
    if (name.startsWith('f.') && name.length <= 200 && typeof one === 'string' && one !== '' && one.length <= 200) filters[name.slice(2)] = one;
  }
  return { ...base, sort: base.sort || 'label', filters };
}

const versionSchema = z.number().int().positive();

/** One field set to one value across chosen entries; a dry run shows each entry's diff. */
export const bulkEditInputSchema = z
  .object({
    entity: entityNameSchema,
    field: z.string().min(1).max(200),
    value: z.unknown(),
    /** Each entry with the version the editor saw: a row that moved on since is a conflict. */
    rows: z.array(z.object({ key: entryKeySchema, version: versionSchema }).strict()).min(1, 'choose at least one entry').max(10_000),
    dryRun: z.boolean(),
  })
  .strict();

/** Undo one audited change. `version`: the entry's version the editor saw (null for restoring a deleted entry). */
export const revertInputSchema = z
  .object({
    auditId: z.number().int().positive(),
    version: versionSchema.nullable(),
    /** The record to save instead of the change's "before", once the editor resolved a conflict. */
    record: z.unknown().optional(),
  })
  .strict();

/** The audit log's query string; malformed parts fall back to "any". */
export function auditQueryOf(params: Record<string, string | string[] | undefined>): AuditQuery {
  const text = z.preprocess(oneParam, z.string().trim().min(1).max(200)).optional().catch(undefined);
  const day = z.preprocess(oneParam, z.iso.date()).optional().catch(undefined);
  return z
    .object({ action: text, entity: text, actor: text, key: text, from: day, to: day, page: z.preprocess(oneParam, z.coerce.number().int().min(1).max(1_000_000)).catch(1) })
    .parse(params);
}

export interface AuditQuery {
  action?: string | undefined;
  entity?: string | undefined;
  actor?: string | undefined;
  key?: string | undefined;
  /** YYYY-MM-DD, inclusive, UTC. */
  from?: string | undefined;
  to?: string | undefined;
  page: number;
}

/**
 * Where sign-in returns to: an admin path on this site only ("/admin/models/x"), never another
 * origin ("//evil.example", "/\\evil"); anything else is the admin home.
 */
export function adminReturnPath(value: unknown): string {
  const one = Array.isArray(value) ? value[0] : value;
  if (typeof one !== 'string' || one.length > 500) return '/admin';
  return /^\/admin(\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?(\?[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*)?$/.test(one) && !one.includes('//') ? one : '/admin';
}

/** Import: the export's JSON text; a dry run reports the diff and writes nothing. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const importInputSchema = z.object({ json: z.string().min(2).max(MAX_IMPORT_BYTES), dryRun: z.boolean() }).strict();

const emailSchema = z.string().trim().toLowerCase().max(320).pipe(z.email());
const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `at most ${PASSWORD_MAX_LENGTH} characters`);
const roleSchema = z.enum(ROLES);

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

/** `presence`: the "present" checkbox of a nullable part of the record (unticked: the part is null). */
type FieldKind = 'text' | 'textarea' | 'number' | 'integer' | 'boolean' | 'date' | 'select' | 'list' | 'json' | 'reference' | 'presence';

export interface FieldSpec {
  /** Dotted path in the record: "architecture.attention.heads", "strengths". */
  path: string;
  /** The label beside the input, inside its section and part of the form. */
  label: string;
  /**
   * The label where the form's sections are not around it (a conflict, a history, a bulk edit): the
   * label of a field inside a part of the record follows that part's title ("Multi-head latent
   * attention (MLA) › Query heads"), since the same label names a field of several parts.
   */
  fullLabel: string;
  kind: FieldKind;
  /** Empty input means null (a nullable yes/no is a three-way choice: empty, yes, no). */
  nullable?: boolean;
  /** The presence fields of the nullable parts this field sits in, outermost first: it counts only while all are ticked. */
  within?: readonly string[];
  /** May be left empty (null or the schema's default). */
  optional?: boolean;
  options?: readonly string[];
  hint?: string;
  /** Numbers: what they count, which decides the suffixes the input takes ("18.7 GB", "32k"). */
  unit?: NumberUnit;
  /** The entity this field names an entry of (a picker for text, the "used by" lists for any kind). */
  references?: EntityName;
  /** The schema's default, proposed when the part the field sits in is ticked present. */
  default?: unknown;
}

/** Zod internals the form layout reads (zod 4 exposes them on every schema). */
interface SchemaNode {
  def: { type: string; innerType?: SchemaNode; defaultValue?: unknown };
  meta(): Record<string, unknown> | undefined;
  shape?: Record<string, SchemaNode>;
  options?: readonly string[];
  element?: SchemaNode;
  isInt?: boolean;
  format?: string | null;
  maxLength?: number | null;
}

/** Long free text gets a text area. */
const TEXTAREA_MIN_LENGTH = 2000;

/**
 * The form layout of a record schema: one field per leaf, in the schema's order, labelled by the
 * schema's own metadata (lib/schemas/catalog.ts, lib/architecture/schema.ts), so a new record field
 * needs no form change. A nested object is laid out field by field; a nullable one gets a "present"
 * checkbox first (its label is the object's), and its fields count only while it is ticked.
 */
function formFieldsOf(shape: Record<string, SchemaNode>, prefix = '', within: readonly string[] = []): Omit<FieldSpec, 'fullLabel'>[] {
  const fields: Omit<FieldSpec, 'fullLabel'>[] = [];
  for (const [key, outer] of Object.entries(shape)) {
    const path = `${prefix}${key}`;
    let node = outer;
    let meta = node.meta();
    let nullable = false;
    let optional = false;
    let defaultValue: unknown;
    while (['default', 'prefault', 'nullable', 'optional'].includes(node.def.type) && node.def.innerType) {
      if (node.def.type === 'nullable') nullable = true;
      else optional = true;
      if (node.def.type === 'default' && defaultValue === undefined) defaultValue = node.def.defaultValue;
      node = node.def.innerType;
      meta ??= node.meta();
    }
    const label = typeof meta?.label === 'string' ? meta.label : null;
    const inside = within.length > 0 ? { within } : {};
    if (node.def.type === 'object' && node.shape) {
      if (!nullable) {
        fields.push(...formFieldsOf(node.shape, `${path}.`, within));
        continue;
      }
      if (!label) throw new Error(`${path} is a nullable part with no label for its "present" checkbox: give it one in its schema's metadata`);
      const presence: Omit<FieldSpec, 'fullLabel'> = { path, label, kind: 'presence', nullable: true, optional: true, ...inside };
      if (typeof meta?.hint === 'string') presence.hint = meta.hint;
      fields.push(presence, ...formFieldsOf(node.shape, `${path}.`, [...within, path]));
      continue;
    }
    if (!label) throw new Error(`${path} has no label: give it one with labelled() in lib/schemas/catalog.ts`);
    const references = typeof meta?.references === 'string' && (ENTITIES as readonly string[]).includes(meta.references) ? (meta.references as EntityName) : undefined;
    let kind = kindOf(node);
    if (references && kind === 'text') kind = 'reference';
    const spec: Omit<FieldSpec, 'fullLabel'> = { path, label, kind, ...(nullable ? { nullable } : {}), ...(nullable || optional ? { optional: true } : {}), ...inside };
    if (typeof meta?.hint === 'string') spec.hint = meta.hint;
    const options = node.def.type === 'array' ? node.element?.options : node.options;
    if (options) spec.options = options;
    if (kind === 'number' || kind === 'integer') spec.unit = typeof meta?.unit === 'string' && (NUMBER_UNITS as readonly string[]).includes(meta.unit) ? (meta.unit as NumberUnit) : unitOfField(path);
    if (references) spec.references = references;
    if (defaultValue !== undefined && defaultValue !== null && !Array.isArray(defaultValue)) spec.default = defaultValue;
    fields.push(spec);
  }
  return fields;
}

function kindOf(node: SchemaNode): FieldKind {
  switch (node.def.type) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return node.isInt ? 'integer' : 'number';
    case 'enum':
      return 'select';
    case 'array':
      return node.element?.def.type === 'enum' ? 'list' : 'json';
    case 'string':
      if (node.format === 'date') return 'date';
      return (node.maxLength ?? 0) >= TEXTAREA_MIN_LENGTH ? 'textarea' : 'text';
    default:
      throw new Error(`no form input for a ${node.def.type} field`);
  }
}

/** A part's title, from its "present" checkbox: "Has multi-head latent attention (MLA)" → "Multi-head latent attention (MLA)". */
function partTitleOf(presenceLabel: string): string {
  const title = presenceLabel.replace(/^Has /, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function withFullLabels(fields: Omit<FieldSpec, 'fullLabel'>[]): FieldSpec[] {
  const labels = new Map(fields.map((f) => [f.path, f.label]));
  return fields.map((f) => {
    const part = f.within?.at(-1);
    const partLabel = part === undefined ? undefined : labels.get(part);
    return { ...f, fullLabel: partLabel === undefined ? f.label : `${partTitleOf(partLabel)} › ${f.label}` };
  });
}

export const ENTITY_FIELDS = Object.fromEntries(
  ENTITIES.map((entity) => [entity, withFullLabels(formFieldsOf((ENTITY_SCHEMAS[entity] as unknown as SchemaNode).shape!))]),
) as Record<EntityName, FieldSpec[]>;

/** A form section: a fieldset with its legend, the fields it holds (by path) and, where useful, a line of help. */
export interface FieldGroup {
  legend: string;
  hint?: string;
  fields: FieldSpec[];
}

/**
 * How each entity's form is sectioned, in order: related fields together, each source URL and
 * "verified on" beside the figures it vouches for. A field no group names (a new record field) lands
 * in a last "Other fields" group, so nothing is ever left off a form.
 */
const GROUP_LAYOUT: Record<EntityName, readonly { legend: string; hint?: string; paths: readonly string[] }[]> = {
  models: [
    { legend: 'Identity', paths: ['slug', 'name', 'family', 'publisher', 'releaseDate', 'license', 'licenseUrl', 'modalities', 'huggingFaceRepo', 'ollamaTag', 'supersededBy', 'description'] },
    { legend: 'Parameters', hint: 'Counted over the published weights (the Hub\'s safetensors total, or the model card), not read from config.json', paths: ['totalParams', 'activeParams', 'paramsSourceUrl', 'paramsVerifiedAt', 'projectorBytes'] },
    {
      legend: 'Architecture: layers and widths',
      hint: 'Filled in by "Read the model" above from a pasted config.json or a repo id; each hint names the config.json key a field comes from. Edit only to correct what the config gets wrong',
      paths: ['architecture.modelType', 'architecture.hiddenSize', 'architecture.vocabSize', 'architecture.tiedEmbeddings', 'architecture.layers', 'architecture.mixers', 'architecture.ffns'],
    },
    { legend: 'Attention', hint: 'Full-attention layers, and sliding-window layers where the mixer pattern has them', paths: ['architecture.attention', 'architecture.sliding'] },
    { legend: 'Latent and sparse attention', hint: 'DeepSeek-style layers: MLA (mixer mla), its sparse indexer (dsa), compressed attention (compressed)', paths: ['architecture.mla', 'architecture.indexer', 'architecture.compressed'] },
    { legend: 'Linear attention and state-space layers', hint: 'Recurrent layers of hybrid models (mixers linear and mamba)', paths: ['architecture.linear', 'architecture.mamba'] },
    { legend: 'Feed-forward and experts', paths: ['architecture.dense', 'architecture.moe'] },
    { legend: 'Context', paths: ['architecture.context'] },
    { legend: 'Architecture extras', paths: ['architecture.perLayerEmbeddings', 'architecture.kvSharedLayers', 'architecture.residualExtras', 'architecture.ssmStateFloat32', 'architecture.mtp', 'architecture.towers'] },
    { legend: 'Architecture source', hint: 'The config.json the sections above were read from, and the day an editor checked them against it', paths: ['architectureSourceUrl', 'architectureVerifiedAt'] },
    { legend: 'Strengths', paths: ['strengths'] },
    { legend: 'Provenance', paths: ['sourceUrl', 'verifiedAt', 'notes'] },
  ],
  artifacts: [
    { legend: 'Identity', paths: ['slug', 'model', 'format', 'publisher'] },
    { legend: 'File size', paths: ['fileBytes', 'fileBytesSourceUrl', 'fileBytesVerifiedAt'] },
    { legend: 'Where to get it', paths: ['huggingFaceRepo', 'huggingFaceFile', 'ollamaTag', 'lmStudioId'] },
    { legend: 'Provenance', paths: ['sourceUrl', 'verifiedAt'] },
  ],
  formats: [
    { legend: 'Identity', paths: ['name', 'slug', 'family', 'description', 'runtimes'] },
    { legend: 'Storage', paths: ['bitsPerWeight', 'bitsExact'] },
    { legend: 'Quality', paths: ['qualityLossPct', 'qualityMetric', 'qualitySourceUrl'] },
    { legend: 'Provenance', paths: ['sourceUrl', 'verifiedAt'] },
  ],
  hardware: [
    { legend: 'Identity', paths: ['slug', 'name', 'kind', 'vendor', 'formFactor', 'backend', 'year', 'cores', 'isa'] },
    { legend: 'Memory', paths: ['memoryBytes', 'memoryType', 'gpuMemoryLinuxBytes', 'gpuMemoryWindowsBytes', 'memorySourceUrl', 'memoryVerifiedAt'] },
    { legend: 'Bandwidth', paths: ['bandwidthGBps', 'bandwidthSourceUrl', 'bandwidthVerifiedAt'] },
    {
      legend: 'Compute',
      hint: 'Dense theoretical peaks at boost clock, one per path (README, "Hardware figures: one convention"); empty where the path does not exist or no source gives it',
      paths: ['fp16Tflops', 'fp32VectorTflops', 'fp16VectorTflops', 'fp16TensorTflops', 'fp16AccTensorTflops', 'bf16TensorTflops', 'int8TensorTops', 'int8Path', 'fp8TensorTflops', 'fp4TensorTflops', 'computeSourceUrl', 'computeVerifiedAt', 'figureNotes'],
    },
    { legend: 'Launch price', paths: ['launchPriceUsd', 'launchPriceScope', 'priceSourceUrl', 'priceVerifiedAt'] },
    { legend: 'Provenance', paths: ['sourceUrl', 'verifiedAt', 'notes'] },
  ],
  prices: [
    { legend: 'Device', paths: ['slug', 'hardware', 'condition', 'scope'] },
    { legend: 'Price', paths: ['usdLow', 'usdHigh', 'observedOn', 'note'] },
    { legend: 'Provenance', paths: ['sourceUrl', 'verifiedAt'] },
  ],
  runtimes: [
    { legend: 'Identity', paths: ['slug', 'name', 'description', 'homepageUrl'] },
    { legend: 'Support', paths: ['platforms', 'backends'] },
    { legend: 'Provenance', paths: ['sourceUrl', 'verifiedAt'] },
  ],
  measurements: [
    { legend: 'Setup', paths: ['hardware', 'deviceCount', 'model', 'format', 'runtime', 'backend', 'settings'] },
    { legend: 'Workload', paths: ['promptTokens', 'depthTokens', 'contextTokens'] },
    { legend: 'Results', hint: 'At least one of the three', paths: ['promptTokensPerSec', 'generationTokensPerSec', 'memoryBytes'] },
    { legend: 'Provenance', paths: ['sourceUrl', 'verifiedAt', 'notes'] },
  ],
};

function groupsOf(entity: EntityName): FieldGroup[] {
  const fields = ENTITY_FIELDS[entity];
  // A path names a field, or a part of the record with every field inside it ("architecture.moe").
  const groups: FieldGroup[] = GROUP_LAYOUT[entity].map(({ legend, hint, paths }) => ({
    legend,
    ...(hint ? { hint } : {}),
    fields: paths.flatMap((path) => {
      const named = fields.filter((f) => f.path === path || f.path.startsWith(`${path}.`));
      if (named.length === 0) throw new Error(`the ${entity} form's "${legend}" group names ${path}, which the record does not have`);
      return named;
    }),
  }));
  const placed = new Set(groups.flatMap((g) => g.fields.map((f) => f.path)));
  const rest = fields.filter((f) => !placed.has(f.path));
  return rest.length > 0 ? [...groups, { legend: 'Other fields', fields: rest }] : groups;
}

/** Each entity's form, in sections (fieldsets), in display order. */
export const ENTITY_FIELD_GROUPS = Object.fromEntries(ENTITIES.map((entity) => [entity, groupsOf(entity)])) as Record<EntityName, FieldGroup[]>;

/** The value a reference field holds for an entry: formats are named by name, the rest by slug. */
export function referenceValueOf(entity: EntityName, record: unknown): string {
  const r = (record ?? {}) as { slug?: unknown; name?: unknown };
  return String(entity === 'formats' ? r.name : r.slug);
}

/**
 * Field errors keyed by dotted path, from a zod error (zod 4), in plain words
 * (lib/schemas/issue-messages.ts). `input` is what was validated: it tells "required" from "not a
 * number" where zod's issue alone cannot.
 */
export function fieldErrorsOf(error: z.ZodError, input?: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(record)';
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) out[[...issue.path.map(String), k].join('.')] ??= 'unknown field';
      out[key] ??= `unknown field(s): ${issue.keys.join(', ')}`;
      continue;
    }
    const value = issue.path.reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[part] : undefined), input);
    out[key] ??= plainIssueMessage(issue, value);
  }
  return out;
}
