import 'server-only';
import type { Prisma } from '@/lib/prisma-client';
import type {
  ArtifactRecord, FormatRecord, HardwareRecord, MeasurementRecord, ModelRecord, RuntimeRecord,
} from '@/lib/schemas/catalog';
import type { EntityName } from '@/lib/schemas/admin';
import { measurementKey } from '@/scripts/lib/seed';

// Rows ↔ catalog records (the seed files' shape, validated by lib/schemas/catalog.ts). The admin
// edits records, exports records and imports records, so one mapping serves all three.

type Tx = Prisma.TransactionClient;

export interface RecordByEntity {
  models: ModelRecord;
  artifacts: ArtifactRecord;
  formats: FormatRecord;
  hardware: HardwareRecord;
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

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const split = (value: string) => (value === '' ? [] : value.split(','));

const modelInclude = { strengths: { select: { useCase: true, rating: true, sourceUrl: true }, orderBy: { useCase: 'asc' } } } satisfies Prisma.ModelInclude;
const formatInclude = { runtimes: { select: { runtime: { select: { slug: true } } } } } satisfies Prisma.QuantFormatInclude;
const artifactInclude = { model: { select: { slug: true } }, format: { select: { name: true } } } satisfies Prisma.ArtifactInclude;
const measurementInclude = {
  hardware: { select: { slug: true } }, model: { select: { slug: true } }, format: { select: { name: true } }, runtime: { select: { slug: true } },
} satisfies Prisma.MeasurementInclude;

type ModelRow = Prisma.ModelGetPayload<{ include: typeof modelInclude }>;
type FormatRow = Prisma.QuantFormatGetPayload<{ include: typeof formatInclude }>;
type ArtifactRow = Prisma.ArtifactGetPayload<{ include: typeof artifactInclude }>;
type HardwareRow = Prisma.HardwareGetPayload<object>;
type RuntimeRow = Prisma.RuntimeGetPayload<object>;
type MeasurementRow = Prisma.MeasurementGetPayload<{ include: typeof measurementInclude }>;

export function modelRecordOf(m: ModelRow): ModelRecord {
  return {
    slug: m.slug, name: m.name, family: m.family, publisher: m.publisher,
    releaseDate: m.releaseDate ? isoDay(m.releaseDate) : null, license: m.license, licenseUrl: m.licenseUrl,
    totalParams: m.totalParams, activeParams: m.activeParams, paramsSourceUrl: m.paramsSourceUrl,
    architecture: {
      layers: m.layers, hiddenSize: m.hiddenSize, intermediateSize: m.intermediateSize, attentionHeads: m.attentionHeads,
      kvHeads: m.kvHeads, headDim: m.headDim, vocabSize: m.vocabSize, contextLength: m.contextLength,
      tiedEmbeddings: m.tiedEmbeddings, slidingWindow: m.slidingWindow, globalLayerEvery: m.globalLayerEvery,
      mlaKvLoraRank: m.mlaKvLoraRank, mlaRopeHeadDim: m.mlaRopeHeadDim, expertsTotal: m.expertsTotal, expertsActive: m.expertsActive,
    },
    modalities: split(m.modalities) as ModelRecord['modalities'],
    strengths: m.strengths.map((s) => ({ useCase: s.useCase as ModelRecord['strengths'][number]['useCase'], rating: s.rating, sourceUrl: s.sourceUrl })),
    projectorBytes: m.projectorBytes, huggingFaceRepo: m.huggingFaceRepo, ollamaTag: m.ollamaTag,
    description: m.description, sourceUrl: m.sourceUrl, verifiedAt: isoDay(m.verifiedAt),
  };
}

export function formatRecordOf(f: FormatRow): FormatRecord {
  return {
    name: f.name, slug: f.slug, family: f.family as FormatRecord['family'], bitsPerWeight: f.bitsPerWeight, bitsExact: f.bitsExact,
    description: f.description, runtimes: f.runtimes.map((r) => r.runtime.slug).sort() as FormatRecord['runtimes'],
    qualityLossPct: f.qualityLossPct, qualityMetric: f.qualityMetric, qualitySourceUrl: f.qualitySourceUrl,
    sourceUrl: f.sourceUrl, verifiedAt: isoDay(f.verifiedAt),
  };
}

export function artifactRecordOf(a: ArtifactRow): ArtifactRecord {
  return {
    slug: a.slug, model: a.model.slug, format: a.format.name, publisher: a.publisher, fileBytes: a.fileBytes,
    fileBytesSourceUrl: a.fileBytesSourceUrl, huggingFaceRepo: a.huggingFaceRepo, huggingFaceFile: a.huggingFaceFile,
    ollamaTag: a.ollamaTag, lmStudioId: a.lmStudioId, sourceUrl: a.sourceUrl, verifiedAt: isoDay(a.verifiedAt),
  };
}

export function hardwareRecordOf(h: HardwareRow): HardwareRecord {
  return {
    slug: h.slug, name: h.name, kind: h.kind as HardwareRecord['kind'], vendor: h.vendor as HardwareRecord['vendor'],
    memoryBytes: h.memoryBytes, memoryType: h.memoryType, bandwidthGBps: h.bandwidthGBps, fp16Tflops: h.fp16Tflops,
    backend: h.backend as HardwareRecord['backend'], launchPriceUsd: h.launchPriceUsd, year: h.year, cores: h.cores,
    notes: h.notes, sourceUrl: h.sourceUrl, verifiedAt: isoDay(h.verifiedAt),
  };
}

export function runtimeRecordOf(r: RuntimeRow): RuntimeRecord {
  return {
    slug: r.slug as RuntimeRecord['slug'], name: r.name, description: r.description, homepageUrl: r.homepageUrl,
    platforms: split(r.platforms) as RuntimeRecord['platforms'], backends: split(r.backends) as RuntimeRecord['backends'],
    sourceUrl: r.sourceUrl, verifiedAt: isoDay(r.verifiedAt),
  };
}

export function measurementRecordOf(m: MeasurementRow): MeasurementRecord {
  return {
    hardware: m.hardware.slug, deviceCount: m.deviceCount, model: m.model.slug, format: m.format.name,
    runtime: m.runtime.slug as MeasurementRecord['runtime'], backend: m.backend as MeasurementRecord['backend'],
    promptTokens: m.promptTokens, depthTokens: m.depthTokens, contextTokens: m.contextTokens,
    promptTokensPerSec: m.promptTokensPerSec, generationTokensPerSec: m.generationTokensPerSec, memoryBytes: m.memoryBytes,
    settings: m.settings, notes: m.notes, sourceUrl: m.sourceUrl, verifiedAt: isoDay(m.verifiedAt),
  };
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

/** The key a new record gets. */
export function keyOfRecord(entity: EntityName, record: AnyRecord): string {
  return entity === 'measurements' ? measurementKey(record as MeasurementRecord) : (record as { slug: string }).slug;
}

async function idOf(find: Promise<{ id: number } | null>, field: string, what: string, value: string): Promise<number> {
  const row = await find;
  if (!row) throw new ReferenceError(field, `unknown ${what} "${value}"`);
  return row.id;
}

/**
 * Writes a record. existing === null: create. Otherwise a compare-and-swap on the version: the
 * update only applies when the row still has `expectedVersion`; returns false when it moved on.
 */
export async function writeRecord(tx: Tx, entity: EntityName, record: AnyRecord, existing: { id: number; key: string } | null, expectedVersion: number | null): Promise<boolean> {
  const cas = existing ? { id: existing.id, ...(expectedVersion !== null ? { version: expectedVersion } : {}) } : null;
  const bump = { version: { increment: 1 } };
  switch (entity) {
    case 'hardware': {
      const { verifiedAt, ...rest } = record as HardwareRecord;
      const values = { ...rest, verifiedAt: day(verifiedAt) };
      if (!cas) {
        await tx.hardware.create({ data: values });
        return true;
      }
      return (await tx.hardware.updateMany({ where: cas, data: { ...values, ...bump } })).count === 1;
    }
    case 'runtimes': {
      const r = record as RuntimeRecord;
      const values = { slug: r.slug, name: r.name, description: r.description, homepageUrl: r.homepageUrl, platforms: r.platforms.join(','), backends: r.backends.join(','), sourceUrl: r.sourceUrl, verifiedAt: day(r.verifiedAt) };
      if (!cas) {
        await tx.runtime.create({ data: values });
        return true;
      }
      return (await tx.runtime.updateMany({ where: cas, data: { ...values, ...bump } })).count === 1;
    }
    case 'formats': {
      const f = record as FormatRecord;
      const runtimeIds: number[] = [];
      for (const slug of f.runtimes) runtimeIds.push(await idOf(tx.runtime.findUnique({ where: { slug }, select: { id: true } }), 'runtimes', 'runtime', slug));
      const values = {
        name: f.name, slug: f.slug, family: f.family, bitsPerWeight: f.bitsPerWeight, bitsExact: f.bitsExact, description: f.description,
        qualityLossPct: f.qualityLossPct, qualityMetric: f.qualityMetric, qualitySourceUrl: f.qualitySourceUrl, sourceUrl: f.sourceUrl, verifiedAt: day(f.verifiedAt),
      };
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
      const a = m.architecture;
      const values = {
        slug: m.slug, name: m.name, family: m.family, publisher: m.publisher, releaseDate: m.releaseDate ? day(m.releaseDate) : null,
        license: m.license, licenseUrl: m.licenseUrl, totalParams: m.totalParams, activeParams: m.activeParams, paramsSourceUrl: m.paramsSourceUrl,
        layers: a.layers, hiddenSize: a.hiddenSize, intermediateSize: a.intermediateSize, attentionHeads: a.attentionHeads, kvHeads: a.kvHeads,
        headDim: a.headDim, vocabSize: a.vocabSize, contextLength: a.contextLength, tiedEmbeddings: a.tiedEmbeddings, slidingWindow: a.slidingWindow,
        globalLayerEvery: a.globalLayerEvery, mlaKvLoraRank: a.mlaKvLoraRank, mlaRopeHeadDim: a.mlaRopeHeadDim, expertsTotal: a.expertsTotal,
        expertsActive: a.expertsActive, projectorBytes: m.projectorBytes, modalities: m.modalities.join(','), huggingFaceRepo: m.huggingFaceRepo,
        ollamaTag: m.ollamaTag, description: m.description, sourceUrl: m.sourceUrl, verifiedAt: day(m.verifiedAt),
      };
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
        slug: a.slug,
        modelId: await idOf(tx.model.findUnique({ where: { slug: a.model }, select: { id: true } }), 'model', 'model', a.model),
        formatId: await idOf(tx.quantFormat.findUnique({ where: { name: a.format }, select: { id: true } }), 'format', 'format', a.format),
        publisher: a.publisher, fileBytes: a.fileBytes, fileBytesSourceUrl: a.fileBytesSourceUrl, huggingFaceRepo: a.huggingFaceRepo,
        huggingFaceFile: a.huggingFaceFile, ollamaTag: a.ollamaTag, lmStudioId: a.lmStudioId, sourceUrl: a.sourceUrl, verifiedAt: day(a.verifiedAt),
      };
      if (!cas) {
        await tx.artifact.create({ data: values });
        return true;
      }
      return (await tx.artifact.updateMany({ where: cas, data: { ...values, ...bump } })).count === 1;
    }
    case 'measurements': {
      const m = record as MeasurementRecord;
      const values = {
        hardwareId: await idOf(tx.hardware.findUnique({ where: { slug: m.hardware }, select: { id: true } }), 'hardware', 'hardware', m.hardware),
        modelId: await idOf(tx.model.findUnique({ where: { slug: m.model }, select: { id: true } }), 'model', 'model', m.model),
        formatId: await idOf(tx.quantFormat.findUnique({ where: { name: m.format }, select: { id: true } }), 'format', 'format', m.format),
        runtimeId: await idOf(tx.runtime.findUnique({ where: { slug: m.runtime }, select: { id: true } }), 'runtime', 'runtime', m.runtime),
        deviceCount: m.deviceCount, backend: m.backend, promptTokens: m.promptTokens, depthTokens: m.depthTokens, contextTokens: m.contextTokens,
        promptTokensPerSec: m.promptTokensPerSec, generationTokensPerSec: m.generationTokensPerSec, memoryBytes: m.memoryBytes,
        settings: m.settings, notes: m.notes, sourceUrl: m.sourceUrl, verifiedAt: day(m.verifiedAt),
      };
      // The key stays what it was on an edit: the seed matches on it, so a re-seed does not re-add the old values.
      if (!cas) {
        await tx.measurement.create({ data: { key: measurementKey(m), ...values } });
        return true;
      }
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
      break;
    case 'runtimes':
      add(await tx.runtimeFormat.count({ where: { runtimeId: id } }), 'format');
      add(await tx.measurement.count({ where: { runtimeId: id } }), 'measurement');
      break;
    case 'artifacts':
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
    case 'runtimes':
      return (await tx.runtime.deleteMany({ where })).count === 1;
    case 'measurements':
      return (await tx.measurement.deleteMany({ where })).count === 1;
  }
}
