// Loads the reviewable seed files in prisma/seed/, validates every row with the catalog's zod
// schemas (a bad row fails loudly with its file, row and field), checks cross-references, and
// writes them in one transaction.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  artifactSchema,
  formatSchema,
  hardwareSchema,
  measurementSchema,
  modelSchema,
  runtimeSchema,
  type ArtifactRecord,
  type FormatRecord,
  type HardwareRecord,
  type MeasurementRecord,
  type ModelRecord,
  type RuntimeRecord,
} from '@/lib/schemas/catalog';
import type { PrismaClient } from '@/lib/prisma-client';
import { bumpCatalogRevision } from '@/lib/data/catalog-revision-bump';

export const SEED_DIR = path.resolve('prisma/seed');

export interface SeedData {
  formats: FormatRecord[];
  models: ModelRecord[];
  artifacts: ArtifactRecord[];
  hardware: HardwareRecord[];
  runtimes: RuntimeRecord[];
  measurements: MeasurementRecord[];
}

export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly field: string,
    message: string,
  ) {
    super(`${file}${row === null ? '' : ` row ${row}`}: ${field ? `${field}: ` : ''}${message}`);
    this.name = 'SeedError';
  }
}

function readRows<T extends z.ZodType>(dir: string, file: string, schema: T): z.output<T>[] {
  const filePath = path.join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    throw new SeedError(file, null, '', `cannot read JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(raw)) throw new SeedError(file, null, '', 'must hold a JSON array of records');
  return raw.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const label = typeof row === 'object' && row !== null && 'slug' in row ? ` (${String((row as { slug: unknown }).slug)})` : '';
      throw new SeedError(file, index, issue.path.join('.') || '(record)', `${issue.message}${label}`);
    }
    return parsed.data;
  });
}

function assertUnique<T>(file: string, rows: T[], key: (row: T) => string, field: string): void {
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const value = key(row);
    const first = seen.get(value);
    if (first !== undefined) throw new SeedError(file, index, field, `"${value}" repeats row ${first}`);
    seen.set(value, index);
  });
}

function assertKnown(file: string, index: number, field: string, value: string, known: Set<string>, what: string): void {
  if (!known.has(value)) throw new SeedError(file, index, field, `unknown ${what} "${value}"`);
}

export function loadSeedData(dir: string = SEED_DIR): SeedData {
  const data: SeedData = {
    formats: readRows(dir, 'formats.json', formatSchema),
    models: readRows(dir, 'models.json', modelSchema),
    artifacts: readRows(dir, 'artifacts.json', artifactSchema),
    hardware: readRows(dir, 'hardware.json', hardwareSchema),
    runtimes: readRows(dir, 'runtimes.json', runtimeSchema),
    measurements: readRows(dir, 'measurements.json', measurementSchema),
  };
  assertUnique('formats.json', data.formats, (f) => f.name, 'name');
  assertUnique('formats.json', data.formats, (f) => f.slug, 'slug');
  assertUnique('models.json', data.models, (m) => m.slug, 'slug');
  assertUnique('artifacts.json', data.artifacts, (a) => a.slug, 'slug');
  assertUnique('hardware.json', data.hardware, (h) => h.slug, 'slug');
  assertUnique('runtimes.json', data.runtimes, (r) => r.slug, 'slug');
  assertUnique('measurements.json', data.measurements, measurementKey, '(record)');

  const formats = new Set(data.formats.map((f) => f.name));
  const models = new Set(data.models.map((m) => m.slug));
  const hardware = new Set(data.hardware.map((h) => h.slug));
  const runtimes = new Set(data.runtimes.map((r) => r.slug));
  data.formats.forEach((f, i) => f.runtimes.forEach((r) => assertKnown('formats.json', i, 'runtimes', r, runtimes, 'runtime')));
  data.artifacts.forEach((a, i) => {
    assertKnown('artifacts.json', i, 'model', a.model, models, 'model');
    assertKnown('artifacts.json', i, 'format', a.format, formats, 'format');
  });
  data.measurements.forEach((m, i) => {
    assertKnown('measurements.json', i, 'hardware', m.hardware, hardware, 'hardware');
    assertKnown('measurements.json', i, 'model', m.model, models, 'model');
    assertKnown('measurements.json', i, 'format', m.format, formats, 'format');
    assertKnown('measurements.json', i, 'runtime', m.runtime, runtimes, 'runtime');
  });
  return data;
}

/** Measurements have no natural slug: their identity is what was measured, where, and the source. */
export function measurementKey(m: MeasurementRecord): string {
  const identity = [
    m.hardware, m.deviceCount, m.model, m.format, m.runtime, m.backend, m.promptTokens, m.depthTokens,
    m.contextTokens, m.settings, m.sourceUrl, m.promptTokensPerSec, m.generationTokensPerSec, m.memoryBytes,
  ].join('|');
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export interface SeedOptions {
  /** Overwrite rows that already exist with the files' values. Default: only add what is missing, so editors' changes survive a restart. */
  sync?: boolean;
}

export interface SeedSummary {
  created: Record<keyof SeedData, number>;
  updated: Record<keyof SeedData, number>;
}

export async function seedDatabase(prisma: PrismaClient, data: SeedData, options: SeedOptions = {}): Promise<SeedSummary> {
  const created = { formats: 0, models: 0, artifacts: 0, hardware: 0, runtimes: 0, measurements: 0 };
  const updated = { ...created };
  const sync = options.sync ?? false;

  await prisma.$transaction(
    async (tx) => {
      const runtimeIds = new Map<string, number>();
      for (const r of data.runtimes) {
        const values = {
          name: r.name, description: r.description, homepageUrl: r.homepageUrl,
          platforms: r.platforms.join(','), backends: r.backends.join(','),
          sourceUrl: r.sourceUrl, verifiedAt: day(r.verifiedAt),
        };
        const existing = await tx.runtime.findUnique({ where: { slug: r.slug }, select: { id: true } });
        const row = existing
          ? sync ? await tx.runtime.update({ where: { id: existing.id }, data: values, select: { id: true } }) : existing
          : await tx.runtime.create({ data: { slug: r.slug, ...values }, select: { id: true } });
        if (!existing) created.runtimes++;
        else if (sync) updated.runtimes++;
        runtimeIds.set(r.slug, row.id);
      }

      const formatIds = new Map<string, number>();
      for (const f of data.formats) {
        const values = {
          slug: f.slug, family: f.family, bitsPerWeight: f.bitsPerWeight, bitsExact: f.bitsExact,
          description: f.description, qualityLossPct: f.qualityLossPct, qualityMetric: f.qualityMetric,
          qualitySourceUrl: f.qualitySourceUrl, sourceUrl: f.sourceUrl, verifiedAt: day(f.verifiedAt),
        };
        const existing = await tx.quantFormat.findUnique({ where: { name: f.name }, select: { id: true } });
        const row = existing
          ? sync ? await tx.quantFormat.update({ where: { id: existing.id }, data: values, select: { id: true } }) : existing
          : await tx.quantFormat.create({ data: { name: f.name, ...values }, select: { id: true } });
        if (!existing || sync) {
          await tx.runtimeFormat.deleteMany({ where: { formatId: row.id } });
          await tx.runtimeFormat.createMany({ data: f.runtimes.map((slug) => ({ formatId: row.id, runtimeId: runtimeIds.get(slug)! })) });
        }
        if (!existing) created.formats++;
        else if (sync) updated.formats++;
        formatIds.set(f.name, row.id);
      }

      const modelIds = new Map<string, number>();
      for (const m of data.models) {
        const a = m.architecture;
        const values = {
          name: m.name, family: m.family, publisher: m.publisher,
          releaseDate: m.releaseDate ? day(m.releaseDate) : null, license: m.license, licenseUrl: m.licenseUrl,
          totalParams: m.totalParams, activeParams: m.activeParams, paramsSourceUrl: m.paramsSourceUrl,
          layers: a.layers, hiddenSize: a.hiddenSize, intermediateSize: a.intermediateSize,
          attentionHeads: a.attentionHeads, kvHeads: a.kvHeads, headDim: a.headDim, vocabSize: a.vocabSize,
          contextLength: a.contextLength, tiedEmbeddings: a.tiedEmbeddings, slidingWindow: a.slidingWindow,
          globalLayerEvery: a.globalLayerEvery, mlaKvLoraRank: a.mlaKvLoraRank, mlaRopeHeadDim: a.mlaRopeHeadDim,
          expertsTotal: a.expertsTotal, expertsActive: a.expertsActive, projectorBytes: m.projectorBytes,
          modalities: m.modalities.join(','), huggingFaceRepo: m.huggingFaceRepo, ollamaTag: m.ollamaTag,
          description: m.description, sourceUrl: m.sourceUrl, verifiedAt: day(m.verifiedAt),
        };
        const existing = await tx.model.findUnique({ where: { slug: m.slug }, select: { id: true } });
        const row = existing
          ? sync ? await tx.model.update({ where: { id: existing.id }, data: values, select: { id: true } }) : existing
          : await tx.model.create({ data: { slug: m.slug, ...values }, select: { id: true } });
        if (!existing || sync) {
          await tx.modelStrength.deleteMany({ where: { modelId: row.id } });
          await tx.modelStrength.createMany({ data: m.strengths.map((s) => ({ modelId: row.id, ...s })) });
        }
        if (!existing) created.models++;
        else if (sync) updated.models++;
        modelIds.set(m.slug, row.id);
      }

      for (const a of data.artifacts) {
        const values = {
          modelId: modelIds.get(a.model)!, formatId: formatIds.get(a.format)!, publisher: a.publisher,
          fileBytes: a.fileBytes, fileBytesSourceUrl: a.fileBytesSourceUrl, huggingFaceRepo: a.huggingFaceRepo,
          huggingFaceFile: a.huggingFaceFile, ollamaTag: a.ollamaTag, lmStudioId: a.lmStudioId,
          sourceUrl: a.sourceUrl, verifiedAt: day(a.verifiedAt),
        };
        const existing = await tx.artifact.findUnique({ where: { slug: a.slug }, select: { id: true } });
        if (!existing) {
          await tx.artifact.create({ data: { slug: a.slug, ...values } });
          created.artifacts++;
        } else if (sync) {
          await tx.artifact.update({ where: { id: existing.id }, data: values });
          updated.artifacts++;
        }
      }

      const hardwareIds = new Map<string, number>();
      for (const h of data.hardware) {
        const { slug, verifiedAt, ...rest } = h;
        const values = { ...rest, verifiedAt: day(verifiedAt) };
        const existing = await tx.hardware.findUnique({ where: { slug }, select: { id: true } });
        const row = existing
          ? sync ? await tx.hardware.update({ where: { id: existing.id }, data: values, select: { id: true } }) : existing
          : await tx.hardware.create({ data: { slug, ...values }, select: { id: true } });
        if (!existing) created.hardware++;
        else if (sync) updated.hardware++;
        hardwareIds.set(slug, row.id);
      }

      for (const m of data.measurements) {
        const key = measurementKey(m);
        const values = {
          hardwareId: hardwareIds.get(m.hardware)!, deviceCount: m.deviceCount, modelId: modelIds.get(m.model)!,
          formatId: formatIds.get(m.format)!, runtimeId: runtimeIds.get(m.runtime)!, backend: m.backend,
          promptTokens: m.promptTokens, depthTokens: m.depthTokens, contextTokens: m.contextTokens,
          promptTokensPerSec: m.promptTokensPerSec, generationTokensPerSec: m.generationTokensPerSec,
          memoryBytes: m.memoryBytes, settings: m.settings, notes: m.notes, sourceUrl: m.sourceUrl,
          verifiedAt: day(m.verifiedAt),
        };
        const existing = await tx.measurement.findUnique({ where: { key }, select: { id: true } });
        if (!existing) {
          await tx.measurement.create({ data: { key, ...values } });
          created.measurements++;
        } else if (sync) {
          await tx.measurement.update({ where: { id: existing.id }, data: values });
          updated.measurements++;
        }
      }

      // Running app instances reload when the revision moves. A default seed that found nothing
      // missing (what every start does) leaves it alone; --sync bumps whenever it rewrote rows,
      // even with values equal to the stored ones (it does not compare them).
      const wrote = [...Object.values(created), ...Object.values(updated)].some((count) => count > 0);
      if (wrote) await bumpCatalogRevision(tx);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { created, updated };
}
