import { createHash } from 'node:crypto';
import type { Prisma } from '@/lib/prisma-client';
import type { CatalogRecords } from '@/lib/catalog/records';
import { architectureSchema, type Architecture } from '@/lib/architecture/schema';
import {
  artifactSchema, formatSchema, hardwareSchema, measurementSchema, modelSchema, priceSchema, runtimeSchema,
  type ArtifactRecord, type FormatRecord, type HardwareRecord, type MeasurementRecord, type ModelRecord, type PriceRecord, type RuntimeRecord,
} from '@/lib/schemas/catalog';
import type { EntityName } from '@/lib/schemas/admin';

// The one mapping between catalog rows and records (the seed files' shape, validated by
// lib/schemas/catalog.ts). The seed, the admin's edits, the export and import, and every read
// that rebuilds domain objects (the catalog snapshot, lib/data/hardware.ts) go through it.
//
// A record field that is a column of its own is one line in the field tables below: the table
// is checked against the record type (a missing or unknown key does not compile) and
// tests/integration/catalog-records.test.ts round-trips every seed record through a database.
//
// Not 'server-only': the seed CLI runs outside Next's react-server condition.

type Tx = Prisma.TransactionClient;

/** How a record value is stored: as is, a date column for a YYYY-MM-DD string, a comma-separated list, or JSON text. */
type Codec = 'value' | 'date' | 'list' | 'json';
type FieldTable<R, Omitted extends keyof R = never> = { readonly [K in Exclude<keyof R, Omitted>]-?: Codec };

const MODEL_FIELDS = {
  slug: 'value', name: 'value', family: 'value', publisher: 'value', releaseDate: 'date', license: 'value', licenseUrl: 'value',
  totalParams: 'value', activeParams: 'value', paramsSourceUrl: 'value', paramsVerifiedAt: 'date',
  architectureSourceUrl: 'value', architectureVerifiedAt: 'date', modalities: 'list', projectorBytes: 'value',
  huggingFaceRepo: 'value', ollamaTag: 'value', supersededBy: 'value', description: 'value', notes: 'value', sourceUrl: 'value', verifiedAt: 'date',
} as const satisfies FieldTable<ModelRecord, 'architecture' | 'strengths'>;

/**
 * A model's architecture is one JSON column, except its context windows, which are columns of
 * their own (native, extended, and the extension as JSON): each value is stored once.
 */
function architectureColumns(a: Architecture) {
  const { nativeTokens, extendedTokens, extension, ropeScaling } = a.context;
  return {
    architecture: JSON.stringify({ ...a, context: { ropeScaling } }),
    nativeContextTokens: nativeTokens,
    extendedContextTokens: extendedTokens,
    contextExtension: extension === null ? null : JSON.stringify(extension),
  };
}

/**
 * The record's architecture from its columns, with the schema's defaults filled in (a row the
 * `architecture` migration converted holds only the values it had). A record the schema refuses is
 * returned as stored: the catalog snapshot and the estimator check it (lib/estimate/shape-limits.ts),
 * so one bad row written by hand stays out of the rankings instead of failing every read.
 */
function architectureOf(row: { architecture: string; nativeContextTokens: number; extendedContextTokens: number | null; contextExtension: string | null }): Architecture {
  const parsed = parseJson(row.architecture);
  const stored = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  const context = stored.context !== null && typeof stored.context === 'object' ? (stored.context as Record<string, unknown>) : {};
  const record = {
    ...stored,
    context: {
      nativeTokens: row.nativeContextTokens,
      ropeScaling: context.ropeScaling ?? null,
      extendedTokens: row.extendedContextTokens,
      extension: row.contextExtension === null ? null : parseJson(row.contextExtension),
    },
  };
  const parsedRecord = architectureSchema.safeParse(record);
  return parsedRecord.success ? parsedRecord.data : (record as unknown as Architecture);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const FORMAT_FIELDS = {
  name: 'value', slug: 'value', family: 'value', bitsPerWeight: 'value', bitsExact: 'value', description: 'value',
  qualityLossPct: 'value', qualityMetric: 'value', qualitySourceUrl: 'value', sourceUrl: 'value', verifiedAt: 'date',
} as const satisfies FieldTable<FormatRecord, 'runtimes'>;

const ARTIFACT_FIELDS = {
  slug: 'value', publisher: 'value', fileBytes: 'value', fileBytesSourceUrl: 'value', fileBytesVerifiedAt: 'date', huggingFaceRepo: 'value',
  huggingFaceFile: 'value', ollamaTag: 'value', lmStudioId: 'value', sourceUrl: 'value', verifiedAt: 'date',
} as const satisfies FieldTable<ArtifactRecord, 'model' | 'format'>;

const HARDWARE_FIELDS = {
  slug: 'value', name: 'value', kind: 'value', vendor: 'value', formFactor: 'value', memoryBytes: 'value', memoryType: 'value',
  gpuMemoryLinuxBytes: 'value', gpuMemoryWindowsBytes: 'value', memorySourceUrl: 'value', memoryVerifiedAt: 'date',
  bandwidthGBps: 'value', bandwidthSourceUrl: 'value', bandwidthVerifiedAt: 'date',
  fp16Tflops: 'value', fp32VectorTflops: 'value', fp16VectorTflops: 'value', fp16TensorTflops: 'value', fp16AccTensorTflops: 'value',
  bf16TensorTflops: 'value', int8TensorTops: 'value', int8Path: 'value', fp8TensorTflops: 'value', fp4TensorTflops: 'value',
  computeSourceUrl: 'value', computeVerifiedAt: 'date', backend: 'value', isa: 'list', launchPriceUsd: 'value', launchPriceScope: 'value',
  priceSourceUrl: 'value', priceVerifiedAt: 'date', year: 'value', cores: 'value', figureNotes: 'json', notes: 'value',
  sourceUrl: 'value', verifiedAt: 'date',
} as const satisfies FieldTable<HardwareRecord>;

const PRICE_FIELDS = {
  slug: 'value', condition: 'value', scope: 'value', usdLow: 'value', usdHigh: 'value', observedOn: 'value', note: 'value',
  sourceUrl: 'value', verifiedAt: 'date',
} as const satisfies FieldTable<PriceRecord, 'hardware'>;

const RUNTIME_FIELDS = {
  slug: 'value', name: 'value', description: 'value', homepageUrl: 'value', platforms: 'list', backends: 'list',
  sourceUrl: 'value', verifiedAt: 'date',
} as const satisfies FieldTable<RuntimeRecord>;

const MEASUREMENT_FIELDS = {
  deviceCount: 'value', backend: 'value', promptTokens: 'value', depthTokens: 'value', contextTokens: 'value',
  promptTokensPerSec: 'value', generationTokensPerSec: 'value', memoryBytes: 'value', settings: 'value', notes: 'value',
  sourceUrl: 'value', verifiedAt: 'date',
} as const satisfies FieldTable<MeasurementRecord, 'hardware' | 'model' | 'format' | 'runtime'>;

const toDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const fromDay = (date: Date) => date.toISOString().slice(0, 10);

/** Record values → column values. */
function columnsOf(fields: Readonly<Record<string, Codec>>, record: object): Record<string, unknown> {
  const source = record as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, codec] of Object.entries(fields)) {
    const value = source[field];
    out[field] =
      value === null || value === undefined ? (value ?? null)
      : codec === 'date' ? toDay(value as string)
      : codec === 'list' ? (value as string[]).join(',')
      : codec === 'json' ? JSON.stringify(value)
      : value;
  }
  return out;
}

/** Column values → record values. */
function valuesOf(fields: Readonly<Record<string, Codec>>, row: object): Record<string, unknown> {
  const source = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, codec] of Object.entries(fields)) {
    const value = source[field];
    out[field] =
      value === null ? null
      : codec === 'date' ? fromDay(value as Date)
      : codec === 'list' ? ((value as string) === '' ? [] : (value as string).split(','))
      : codec === 'json' ? JSON.parse(value as string)
      : value;
  }
  return out;
}

/**
 * Keys in the order the record's schema declares them, as zod's parse of a seed file or an import
 * gives them: records read back compare equal to parsed ones, key for key (import's diff, seed's
 * "unchanged"), and the export reads in the schema's order.
 */
function inSchemaOrder<R>(schema: { shape: object }, record: Record<string, unknown>): R {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) if (key in record) out[key] = record[key];
  return out as R;
}

// ---- reads ----

const modelInclude = { strengths: { select: { useCase: true, rating: true, sourceUrl: true }, orderBy: { useCase: 'asc' } } } satisfies Prisma.ModelInclude;
const formatInclude = { runtimes: { select: { runtime: { select: { slug: true } } } } } satisfies Prisma.QuantFormatInclude;
const artifactInclude = { model: { select: { slug: true } }, format: { select: { name: true } } } satisfies Prisma.ArtifactInclude;
const priceInclude = { hardware: { select: { slug: true } } } satisfies Prisma.HardwarePriceInclude;
const measurementInclude = {
  hardware: { select: { slug: true } }, model: { select: { slug: true } }, format: { select: { name: true } }, runtime: { select: { slug: true } },
} satisfies Prisma.MeasurementInclude;

type ModelRow = Prisma.ModelGetPayload<{ include: typeof modelInclude }>;
type FormatRow = Prisma.QuantFormatGetPayload<{ include: typeof formatInclude }>;
type ArtifactRow = Prisma.ArtifactGetPayload<{ include: typeof artifactInclude }>;
type MeasurementRow = Prisma.MeasurementGetPayload<{ include: typeof measurementInclude }>;
type PriceRow = Prisma.HardwarePriceGetPayload<{ include: typeof priceInclude }>;

function modelRecordOf(row: ModelRow): ModelRecord {
  return inSchemaOrder(modelSchema, {
    ...valuesOf(MODEL_FIELDS, row),
    architecture: architectureOf(row),
    strengths: row.strengths.map((s) => ({ useCase: s.useCase, rating: s.rating, sourceUrl: s.sourceUrl })),
  });
}

const formatRecordOf = (row: FormatRow): FormatRecord => inSchemaOrder(formatSchema, { ...valuesOf(FORMAT_FIELDS, row), runtimes: row.runtimes.map((r) => r.runtime.slug).sort() });
const artifactRecordOf = (row: ArtifactRow): ArtifactRecord => inSchemaOrder(artifactSchema, { ...valuesOf(ARTIFACT_FIELDS, row), model: row.model.slug, format: row.format.name });
const hardwareRecordOf = (row: object): HardwareRecord => inSchemaOrder(hardwareSchema, valuesOf(HARDWARE_FIELDS, row));
const priceRecordOf = (row: PriceRow): PriceRecord => inSchemaOrder(priceSchema, { ...valuesOf(PRICE_FIELDS, row), hardware: row.hardware.slug });
const runtimeRecordOf = (row: object): RuntimeRecord => inSchemaOrder(runtimeSchema, valuesOf(RUNTIME_FIELDS, row));
const measurementRecordOf = (row: MeasurementRow): MeasurementRecord =>
  inSchemaOrder(measurementSchema, { ...valuesOf(MEASUREMENT_FIELDS, row), hardware: row.hardware.slug, model: row.model.slug, format: row.format.name, runtime: row.runtime.slug });

interface RecordByEntity {
  models: ModelRecord;
  artifacts: ArtifactRecord;
  formats: FormatRecord;
  hardware: HardwareRecord;
  prices: PriceRecord;
  runtimes: RuntimeRecord;
  measurements: MeasurementRecord;
}
export type AnyRecord = RecordByEntity[EntityName];

export interface StoredEntry<R = AnyRecord> {
  id: number;
  key: string;
  version: number;
  updatedAt: string;
  record: R;
}

export class ReferenceError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = 'ReferenceError';
  }
}

const meta = (row: { id: number; version: number; updatedAt: Date }) => ({ id: row.id, version: row.version, updatedAt: row.updatedAt.toISOString() });

/** Every stored entry of one entity, in a stable order. */
export async function loadEntries(tx: Tx, entity: EntityName): Promise<StoredEntry[]> {
  switch (entity) {
    case 'models':
      return (await tx.model.findMany({ include: modelInclude, orderBy: { slug: 'asc' } })).map((r) => ({ ...meta(r), key: r.slug, record: modelRecordOf(r) }));
    case 'formats':
      return (await tx.quantFormat.findMany({ include: formatInclude, orderBy: { slug: 'asc' } })).map((r) => ({ ...meta(r), key: r.slug, record: formatRecordOf(r) }));
    case 'artifacts':
      return (await tx.artifact.findMany({ include: artifactInclude, orderBy: { slug: 'asc' } })).map((r) => ({ ...meta(r), key: r.slug, record: artifactRecordOf(r) }));
    case 'hardware':
      return (await tx.hardware.findMany({ orderBy: { slug: 'asc' } })).map((r) => ({ ...meta(r), key: r.slug, record: hardwareRecordOf(r) }));
    case 'prices':
      return (await tx.hardwarePrice.findMany({ include: priceInclude, orderBy: { slug: 'asc' } })).map((r) => ({ ...meta(r), key: r.slug, record: priceRecordOf(r) }));
    case 'runtimes':
      return (await tx.runtime.findMany({ orderBy: { slug: 'asc' } })).map((r) => ({ ...meta(r), key: r.slug, record: runtimeRecordOf(r) }));
    case 'measurements':
      return (await tx.measurement.findMany({ include: measurementInclude, orderBy: [{ hardwareId: 'asc' }, { id: 'asc' }] })).map((r) => ({ ...meta(r), key: r.key, record: measurementRecordOf(r) }));
  }
}

/** One stored entry by key, or null. */
export async function loadEntry(tx: Tx, entity: EntityName, key: string): Promise<StoredEntry | null> {
  switch (entity) {
    case 'models': {
      const r = await tx.model.findUnique({ where: { slug: key }, include: modelInclude });
      return r && { ...meta(r), key: r.slug, record: modelRecordOf(r) };
    }
    case 'formats': {
      const r = await tx.quantFormat.findUnique({ where: { slug: key }, include: formatInclude });
      return r && { ...meta(r), key: r.slug, record: formatRecordOf(r) };
    }
    case 'artifacts': {
      const r = await tx.artifact.findUnique({ where: { slug: key }, include: artifactInclude });
      return r && { ...meta(r), key: r.slug, record: artifactRecordOf(r) };
    }
    case 'hardware': {
      const r = await tx.hardware.findUnique({ where: { slug: key } });
      return r && { ...meta(r), key: r.slug, record: hardwareRecordOf(r) };
    }
    case 'prices': {
      const r = await tx.hardwarePrice.findUnique({ where: { slug: key }, include: priceInclude });
      return r && { ...meta(r), key: r.slug, record: priceRecordOf(r) };
    }
    case 'runtimes': {
      const r = await tx.runtime.findUnique({ where: { slug: key } });
      return r && { ...meta(r), key: r.slug, record: runtimeRecordOf(r) };
    }
    case 'measurements': {
      const r = await tx.measurement.findUnique({ where: { key }, include: measurementInclude });
      return r && { ...meta(r), key: r.key, record: measurementRecordOf(r) };
    }
  }
}

/** The entities in dependency order: what a record references is written before it. */
export const ENTITY_WRITE_ORDER: readonly EntityName[] = ['runtimes', 'formats', 'models', 'artifacts', 'hardware', 'prices', 'measurements'];

/** The whole catalog as records (one consistent read). */
export async function loadCatalogRecords(tx: Tx): Promise<CatalogRecords> {
  const out = {} as Record<EntityName, AnyRecord[]>;
  for (const entity of ENTITY_WRITE_ORDER) out[entity] = (await loadEntries(tx, entity)).map((e) => e.record);
  return out as unknown as CatalogRecords;
}

/** Measurements have no natural slug: their identity is what was measured, where, and the source. */
export function measurementKey(m: MeasurementRecord): string {
  const identity = [
    m.hardware, m.deviceCount, m.model, m.format, m.runtime, m.backend, m.promptTokens, m.depthTokens,
    m.contextTokens, m.settings, m.sourceUrl, m.promptTokensPerSec, m.generationTokensPerSec, m.memoryBytes,
  ].join('|');
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

/** The key a new record gets. */
export function keyOfRecord(entity: EntityName, record: AnyRecord): string {
  return entity === 'measurements' ? measurementKey(record as MeasurementRecord) : (record as { slug: string }).slug;
}

// ---- writes ----

/**
 * Ids of referenced rows, looked up once per transaction (the seed writes hundreds of records
 * that point at the same few models and formats). Misses are not remembered: a later record in
 * the same transaction may create the row.
 */
export class ReferenceIds {
  private readonly ids = new Map<string, number>();
  constructor(private readonly tx: Tx) {}

  async of(table: 'model' | 'format' | 'hardware' | 'runtime', value: string, field: string): Promise<number> {
    const key = `${table}|${value}`;
    const hit = this.ids.get(key);
    if (hit !== undefined) return hit;
    const row =
      table === 'model' ? await this.tx.model.findUnique({ where: { slug: value }, select: { id: true } })
      : table === 'format' ? await this.tx.quantFormat.findUnique({ where: { name: value }, select: { id: true } })
      : table === 'hardware' ? await this.tx.hardware.findUnique({ where: { slug: value }, select: { id: true } })
      : await this.tx.runtime.findUnique({ where: { slug: value }, select: { id: true } });
    if (!row) throw new ReferenceError(field, `unknown ${table} "${value}"`);
    this.ids.set(key, row.id);
    return row.id;
  }
}

/**
 * Writes a record. existing === null: create. Otherwise an update; with `expectedVersion` it is a
 * compare-and-swap that only applies while the row still has that version. Returns false when
 * the row moved on (or vanished).
 */
export async function writeRecord(
  tx: Tx,
  entity: EntityName,
  record: AnyRecord,
  existing: { id: number; key: string } | null,
  expectedVersion: number | null,
  refs: ReferenceIds = new ReferenceIds(tx),
): Promise<boolean> {
  const cas = existing ? { id: existing.id, ...(expectedVersion !== null ? { version: expectedVersion } : {}) } : null;
  const bump = { version: { increment: 1 } };
  switch (entity) {
    case 'hardware': {
      const values = columnsOf(HARDWARE_FIELDS, record) as Prisma.HardwareCreateInput;
      if (!cas) return !!(await tx.hardware.create({ data: values, select: { id: true } }));
      return (await tx.hardware.updateMany({ where: cas, data: { ...values, ...bump } })).count === 1;
    }
    case 'prices': {
      const p = record as PriceRecord;
      const values = { ...columnsOf(PRICE_FIELDS, p), hardwareId: await refs.of('hardware', p.hardware, 'hardware') } as Prisma.HardwarePriceUncheckedCreateInput;
      if (!cas) return !!(await tx.hardwarePrice.create({ data: values, select: { id: true } }));
      return (await tx.hardwarePrice.updateMany({ where: cas, data: { ...values, ...bump } })).count === 1;
    }
    case 'runtimes': {
      const values = columnsOf(RUNTIME_FIELDS, record) as Prisma.RuntimeCreateInput;
      if (!cas) return !!(await tx.runtime.create({ data: values, select: { id: true } }));
      return (await tx.runtime.updateMany({ where: cas, data: { ...values, ...bump } })).count === 1;
    }
    case 'formats': {
      const f = record as FormatRecord;
      const runtimeIds: number[] = [];
      for (const slug of f.runtimes) runtimeIds.push(await refs.of('runtime', slug, 'runtimes'));
      const values = columnsOf(FORMAT_FIELDS, f) as Prisma.QuantFormatCreateInput;
      let id: number;
      if (!cas) id = (await tx.quantFormat.create({ data: values, select: { id: true } })).id;
      else {
        if ((await tx.quantFormat.updateMany({ where: cas, data: { ...values, ...bump } })).count !== 1) return false;
        id = cas.id;
      }
      await tx.runtimeFormat.deleteMany({ where: { formatId: id } });
      await tx.runtimeFormat.createMany({ data: [...new Set(runtimeIds)].map((runtimeId) => ({ formatId: id, runtimeId })) });
      return true;
    }
    case 'models': {
      const m = record as ModelRecord;
      const values = { ...columnsOf(MODEL_FIELDS, m), ...architectureColumns(m.architecture) } as Prisma.ModelCreateInput;
      let id: number;
      if (!cas) id = (await tx.model.create({ data: values, select: { id: true } })).id;
      else {
        if ((await tx.model.updateMany({ where: cas, data: { ...values, ...bump } })).count !== 1) return false;
        id = cas.id;
      }
      const byUseCase = new Map(m.strengths.map((s) => [s.useCase, s]));
      await tx.modelStrength.deleteMany({ where: { modelId: id } });
      await tx.modelStrength.createMany({ data: [...byUseCase.values()].map((s) => ({ modelId: id, ...s })) });
      return true;
    }
    case 'artifacts': {
      const a = record as ArtifactRecord;
      const values = {
        ...columnsOf(ARTIFACT_FIELDS, a),
        modelId: await refs.of('model', a.model, 'model'),
        formatId: await refs.of('format', a.format, 'format'),
      } as Prisma.ArtifactUncheckedCreateInput;
      if (!cas) return !!(await tx.artifact.create({ data: values, select: { id: true } }));
      return (await tx.artifact.updateMany({ where: cas, data: { ...values, ...bump } })).count === 1;
    }
    case 'measurements': {
      const m = record as MeasurementRecord;
      const values = {
        ...columnsOf(MEASUREMENT_FIELDS, m),
        hardwareId: await refs.of('hardware', m.hardware, 'hardware'),
        modelId: await refs.of('model', m.model, 'model'),
        formatId: await refs.of('format', m.format, 'format'),
        runtimeId: await refs.of('runtime', m.runtime, 'runtime'),
      };
      // The key stays what it was on an edit: the seed matches on it, so a re-seed does not re-add the old values.
      if (!cas) return !!(await tx.measurement.create({ data: { key: measurementKey(m), ...values } as Prisma.MeasurementUncheckedCreateInput, select: { id: true } }));
      return (await tx.measurement.updateMany({ where: cas, data: { ...values, ...bump } })).count === 1;
    }
  }
}

/** What still points at an entry; deleting it is refused while this is non-empty. */
export async function referencesTo(tx: Tx, entity: EntityName, id: number): Promise<string[]> {
  const out: string[] = [];
  const add = (count: number, what: string) => {
    if (count > 0) out.push(`${count} ${what}${count === 1 ? '' : 's'}`);
  };
  switch (entity) {
    case 'models':
      add(await tx.artifact.count({ where: { modelId: id } }), 'artifact');
      add(await tx.measurement.count({ where: { modelId: id } }), 'measurement');
      break;
    case 'formats':
      add(await tx.artifact.count({ where: { formatId: id } }), 'artifact');
      add(await tx.measurement.count({ where: { formatId: id } }), 'measurement');
      break;
    case 'hardware':
      add(await tx.measurement.count({ where: { hardwareId: id } }), 'measurement');
      add(await tx.hardwarePrice.count({ where: { hardwareId: id } }), 'street price');
      break;
    case 'runtimes':
      add(await tx.runtimeFormat.count({ where: { runtimeId: id } }), 'format');
      add(await tx.measurement.count({ where: { runtimeId: id } }), 'measurement');
      break;
    case 'artifacts':
    case 'prices':
    case 'measurements':
      break;
  }
  return out;
}

export async function deleteRow(tx: Tx, entity: EntityName, id: number, version: number): Promise<boolean> {
  const where = { id, version };
  switch (entity) {
    case 'models':
      await tx.modelStrength.deleteMany({ where: { modelId: id, model: { version } } });
      return (await tx.model.deleteMany({ where })).count === 1;
    case 'formats':
      await tx.runtimeFormat.deleteMany({ where: { formatId: id, format: { version } } });
      return (await tx.quantFormat.deleteMany({ where })).count === 1;
    case 'artifacts':
      return (await tx.artifact.deleteMany({ where })).count === 1;
    case 'hardware':
      return (await tx.hardware.deleteMany({ where })).count === 1;
    case 'prices':
      return (await tx.hardwarePrice.deleteMany({ where })).count === 1;
    case 'runtimes':
      return (await tx.runtime.deleteMany({ where })).count === 1;
    case 'measurements':
      return (await tx.measurement.deleteMany({ where })).count === 1;
  }
}
