import { z } from 'zod';
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

type FieldKind = 'text' | 'textarea' | 'number' | 'integer' | 'boolean' | 'date' | 'select' | 'list' | 'json';

export interface FieldSpec {
  /** Dotted path in the record: "architecture", "strengths". */
  path: string;
  label: string;
  kind: FieldKind;
  /** Empty input means null. */
  nullable?: boolean;
  options?: readonly string[];
  hint?: string;
}

/** Zod internals the form layout reads (zod 4 exposes them on every schema). */
interface SchemaNode {
  def: { type: string; innerType?: SchemaNode };
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
 * schema's own metadata (lib/schemas/catalog.ts), so a new record field needs no form change.
 */
function formFieldsOf(shape: Record<string, SchemaNode>, prefix = ''): FieldSpec[] {
  const fields: FieldSpec[] = [];
  for (const [key, outer] of Object.entries(shape)) {
    const path = `${prefix}${key}`;
    let node = outer;
    let meta = node.meta();
    let nullable = false;
    while (['default', 'prefault', 'nullable', 'optional'].includes(node.def.type) && node.def.innerType) {
      if (node.def.type === 'nullable') nullable = true;
      node = node.def.innerType;
      meta ??= node.meta();
    }
    const label = typeof meta?.label === 'string' ? meta.label : null;
    // An unlabelled object is laid out field by field; a labelled one (the model's architecture) is
    // one JSON field, validated as a whole by its schema.
    if (node.def.type === 'object' && node.shape && !label) {
      fields.push(...formFieldsOf(node.shape, `${path}.`));
      continue;
    }
    if (!label) throw new Error(`${path} has no label: give it one with labelled() in lib/schemas/catalog.ts`);
    const spec: FieldSpec = { path, label, kind: kindOf(node), ...(nullable ? { nullable } : {}) };
    if (typeof meta?.hint === 'string') spec.hint = meta.hint;
    const options = node.def.type === 'array' ? node.element?.options : node.options;
    if (options) spec.options = options;
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
    case 'object':
      return 'json';
    case 'string':
      if (node.format === 'date') return 'date';
      return (node.maxLength ?? 0) >= TEXTAREA_MIN_LENGTH ? 'textarea' : 'text';
    default:
      throw new Error(`no form input for a ${node.def.type} field`);
  }
}

export const ENTITY_FIELDS = Object.fromEntries(
  ENTITIES.map((entity) => [entity, formFieldsOf((ENTITY_SCHEMAS[entity] as unknown as SchemaNode).shape!)]),
) as Record<EntityName, FieldSpec[]>;

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
