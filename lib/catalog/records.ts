// Catalog records (the seed files' shape, validated by lib/schemas/catalog.ts) → the domain
// objects pages and the recommender use. Pure: the data layer feeds it records read from the
// database (lib/data/catalog-records.ts), tests feed it prisma/seed/*.json, and both get the same
// catalog.

import type { FormatFamily, Runtime } from '@/lib/enums';
import type { CatalogLookup } from '@/lib/estimate/types';
import { deviceSpecOf } from '@/lib/recommend/hardware';
import type { CatalogArtifact, CatalogHardware, CatalogModel, RecommendCatalog, StreetPrice } from '@/lib/recommend/types';
import type {
  ArtifactRecord, FormatRecord, HardwareRecord, MeasurementRecord, ModelRecord, PriceRecord, RuntimeRecord,
} from '@/lib/schemas/catalog';
import type { ArtifactSummary, FormatSummary, HardwareDetail, HardwareSummary, MeasurementSummary, ModelDetail, ModelSummary } from './types';

/** Every catalog entity's records, as in the seed files and the admin export. */
export interface CatalogRecords {
  models: ModelRecord[];
  artifacts: ArtifactRecord[];
  formats: FormatRecord[];
  hardware: HardwareRecord[];
  prices: PriceRecord[];
  runtimes: RuntimeRecord[];
  measurements: MeasurementRecord[];
}

/** The estimator's view of a model record (the architecture record as is, strengths without sources). */
export function catalogModelOf(model: ModelRecord, artifacts: CatalogArtifact[] = []): CatalogModel {
  return {
    slug: model.slug, name: model.name, family: model.family, publisher: model.publisher, releaseDate: model.releaseDate, license: model.license,
    totalParams: model.totalParams, activeParams: model.activeParams, architecture: model.architecture, projectorBytes: model.projectorBytes,
    modalities: model.modalities, ollamaTag: model.ollamaTag, huggingFaceRepo: model.huggingFaceRepo,
    strengths: model.strengths.map((s) => ({ useCase: s.useCase, rating: s.rating })), artifacts,
  };
}

export function catalogHardwareOf(h: HardwareRecord): CatalogHardware {
  return {
    slug: h.slug, name: h.name, kind: h.kind, vendor: h.vendor, memoryBytes: h.memoryBytes, bandwidthGBps: h.bandwidthGBps,
    fp16Tflops: h.fp16Tflops, backend: h.backend, launchPriceUsd: h.launchPriceUsd, year: h.year, cores: h.cores,
    formFactor: h.formFactor, memoryType: h.memoryType, launchPriceScope: h.launchPriceScope,
    peaks: {
      fp32VectorTflops: h.fp32VectorTflops, fp16VectorTflops: h.fp16VectorTflops, fp16TensorTflops: h.fp16TensorTflops,
      fp16AccTensorTflops: h.fp16AccTensorTflops, bf16TensorTflops: h.bf16TensorTflops, int8TensorTops: h.int8TensorTops,
      int8Path: h.int8Path, fp8TensorTflops: h.fp8TensorTflops, fp4TensorTflops: h.fp4TensorTflops,
    },
    fp16TflopsWeak: h.figureNotes.some((n) => n.field === 'fp16Tflops' && n.weak),
    gpuMemoryLinuxBytes: h.gpuMemoryLinuxBytes, gpuMemoryWindowsBytes: h.gpuMemoryWindowsBytes, isa: h.isa,
  };
}

function catalogArtifactOf(a: ArtifactRecord, format: FormatRecord | undefined): CatalogArtifact {
  return {
    slug: a.slug, format: a.format, formatFamily: (format?.family ?? 'gguf') as FormatFamily, bitsPerWeight: format?.bitsPerWeight ?? 16,
    runtimes: [...(format?.runtimes ?? [])].sort() as Runtime[], publisher: a.publisher, fileBytes: a.fileBytes,
    huggingFaceRepo: a.huggingFaceRepo, huggingFaceFile: a.huggingFaceFile, ollamaTag: a.ollamaTag, lmStudioId: a.lmStudioId,
  };
}

const bySlug = <T extends { slug: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.slug, r]));
/** Byte order (the C collation both database engines use in tests), not the reader's locale. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The recommender's catalog: models (with their artifacts, slug order) in family, then size order;
 * hardware in kind, memory, name order.
 */
export function catalogFromRecords(records: Pick<CatalogRecords, 'models' | 'artifacts' | 'formats' | 'hardware'> & Partial<Pick<CatalogRecords, 'prices'>>): RecommendCatalog {
  const pricesOf = new Map<string, StreetPrice[]>();
  // Newest first; undated prices last.
  for (const p of [...(records.prices ?? [])].sort((a, b) => byText(b.observedOn ?? '', a.observedOn ?? '') || byText(a.slug, b.slug))) {
    const list = pricesOf.get(p.hardware) ?? [];
    list.push({ condition: p.condition, scope: p.scope, usdLow: p.usdLow, usdHigh: p.usdHigh, observedOn: p.observedOn, sourceUrl: p.sourceUrl, note: p.note });
    pricesOf.set(p.hardware, list);
  }
  const formats = new Map(records.formats.map((f) => [f.name, f]));
  const artifactsOf = new Map<string, CatalogArtifact[]>();
  for (const a of [...records.artifacts].sort((x, y) => byText(x.slug, y.slug))) {
    const list = artifactsOf.get(a.model) ?? [];
    list.push(catalogArtifactOf(a, formats.get(a.format)));
    artifactsOf.set(a.model, list);
  }
  const models = [...records.models]
    .sort((a, b) => byText(a.family, b.family) || a.totalParams - b.totalParams)
    .map((m) => catalogModelOf(m, artifactsOf.get(m.slug) ?? []));
  const hardware = [...records.hardware]
    .sort((a, b) => byText(a.kind, b.kind) || a.memoryBytes - b.memoryBytes || byText(a.name, b.name))
    .map((h) => {
      const streetPrices = pricesOf.get(h.slug);
      return streetPrices ? { ...catalogHardwareOf(h), streetPrices } : catalogHardwareOf(h);
    });
  return { models, hardware };
}

/** What the HTTP API and the CLI resolve slugs against: models with their published files, devices. */
export function catalogLookupOf(catalog: RecommendCatalog): CatalogLookup {
  const models = bySlug(catalog.models);
  const hardware = bySlug(catalog.hardware);
  return {
    model: (slug) => models.get(slug) ?? null,
    device: (slug) => {
      const found = hardware.get(slug);
      return found ? deviceSpecOf(found) : null;
    },
  };
}

function artifactSummaryOf(a: ArtifactRecord, format: FormatRecord | undefined): ArtifactSummary {
  return { ...a, formatFamily: format?.family ?? 'gguf', bitsPerWeight: format?.bitsPerWeight ?? 16 };
}

/** Models for the list page: family, then size order, with the formats they ship in. */
export function modelSummaries(records: Pick<CatalogRecords, 'models' | 'artifacts'>): ModelSummary[] {
  const formatsOf = new Map<string, Set<string>>();
  for (const a of records.artifacts) formatsOf.set(a.model, (formatsOf.get(a.model) ?? new Set()).add(a.format));
  return [...records.models]
    .sort((a, b) => byText(a.family, b.family) || a.totalParams - b.totalParams)
    .map((m) => ({ ...m, contextLength: m.architecture.context.nativeTokens, formats: [...(formatsOf.get(m.slug) ?? [])].sort() }));
}

/** One model with its artifacts, largest bits per weight first, then by publisher; null when unknown. */
export function modelDetail(records: Pick<CatalogRecords, 'models' | 'artifacts' | 'formats' | 'hardware' | 'measurements'>, slug: string): ModelDetail | null {
  const model = records.models.find((m) => m.slug === slug);
  if (!model) return null;
  const formats = new Map(records.formats.map((f) => [f.name, f]));
  const artifacts = records.artifacts
    .filter((a) => a.model === slug)
    .map((a) => artifactSummaryOf(a, formats.get(a.format)))
    .sort((a, b) => b.bitsPerWeight - a.bitsPerWeight || byText(a.publisher, b.publisher) || byText(a.slug, b.slug));
  return { ...model, artifacts, measurements: measurementSummaries(records, (m) => m.model === slug) };
}

/**
 * The measurements `keep` selects, with display names: smallest model first, then model, device, fewer bits,
 * runtime, backend, depth and prompt length, so runs of one setup sit together.
 */
function measurementSummaries(records: Pick<CatalogRecords, 'hardware' | 'models' | 'formats' | 'measurements'>, keep: (m: MeasurementRecord) => boolean): MeasurementSummary[] {
  const models = bySlug(records.models);
  const hardware = bySlug(records.hardware);
  const bits = new Map(records.formats.map((f) => [f.name, f.bitsPerWeight]));
  return records.measurements
    .filter(keep)
    .map((m) => ({ ...m, modelName: models.get(m.model)?.name ?? m.model, hardwareName: hardware.get(m.hardware)?.name ?? m.hardware }))
    .sort(
      (a, b) =>
        (models.get(a.model)?.totalParams ?? 0) - (models.get(b.model)?.totalParams ?? 0) || byText(a.model, b.model) || byText(a.hardwareName, b.hardwareName) ||
        (bits.get(a.format) ?? 0) - (bits.get(b.format) ?? 0) || byText(a.runtime, b.runtime) || byText(a.backend, b.backend) ||
        a.depthTokens - b.depthTokens || (a.promptTokens ?? 0) - (b.promptTokens ?? 0),
    );
}

/** One hardware entry with the measurements taken on it; null when unknown. */
export function hardwareDetail(records: Pick<CatalogRecords, 'hardware' | 'models' | 'formats' | 'measurements'>, slug: string): HardwareDetail | null {
  const hardware = records.hardware.find((h) => h.slug === slug);
  if (!hardware) return null;
  return { ...hardware, measurements: measurementSummaries(records, (m) => m.hardware === slug) };
}

/** Hardware for the list page: by kind, vendor, memory, name. */
export function hardwareList(records: Pick<CatalogRecords, 'hardware'>): HardwareSummary[] {
  return [...records.hardware].sort((a, b) => byText(a.kind, b.kind) || byText(a.vendor, b.vendor) || a.memoryBytes - b.memoryBytes || byText(a.name, b.name));
}

/** Formats, most bits first. */
export function formatList(records: Pick<CatalogRecords, 'formats'>): FormatSummary[] {
  return [...records.formats].sort((a, b) => b.bitsPerWeight - a.bitsPerWeight || byText(a.name, b.name));
}
