import 'server-only';
import type { ArtifactSummary, FormatSummary, HardwareSummary, MeasurementSummary } from '@/lib/catalog/types';
import type { HardwareKind, UseCase } from '@/lib/enums';

// Row → domain conversions shared by the entity modules. Dates leave as YYYY-MM-DD strings,
// lists stored comma-separated leave as arrays.

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
export const splitList = (value: string): string[] => (value === '' ? [] : value.split(','));

export const formatSelect = {
  name: true, slug: true, family: true, bitsPerWeight: true, bitsExact: true, description: true,
  qualityLossPct: true, qualityMetric: true, qualitySourceUrl: true, sourceUrl: true, verifiedAt: true,
  runtimes: { select: { runtime: { select: { slug: true } } } },
} as const;

type FormatRow = {
  name: string; slug: string; family: string; bitsPerWeight: number; bitsExact: boolean; description: string;
  qualityLossPct: number | null; qualityMetric: string | null; qualitySourceUrl: string | null;
  sourceUrl: string; verifiedAt: Date; runtimes: { runtime: { slug: string } }[];
};

export function reshapeFormat(row: FormatRow): FormatSummary {
  return { ...row, verifiedAt: isoDay(row.verifiedAt), runtimes: row.runtimes.map((r) => r.runtime.slug).sort() };
}

export const artifactSelect = {
  slug: true, publisher: true, fileBytes: true, fileBytesSourceUrl: true, huggingFaceRepo: true,
  huggingFaceFile: true, ollamaTag: true, lmStudioId: true, sourceUrl: true, verifiedAt: true,
  format: { select: { name: true, family: true, bitsPerWeight: true } },
} as const;

type ArtifactRow = {
  slug: string; publisher: string; fileBytes: number | null; fileBytesSourceUrl: string | null;
  huggingFaceRepo: string | null; huggingFaceFile: string | null; ollamaTag: string | null; lmStudioId: string | null;
  sourceUrl: string; verifiedAt: Date; format: { name: string; family: string; bitsPerWeight: number };
};

export function reshapeArtifact(row: ArtifactRow): ArtifactSummary {
  const { format, verifiedAt, ...rest } = row;
  return { ...rest, verifiedAt: isoDay(verifiedAt), format: format.name, formatFamily: format.family, bitsPerWeight: format.bitsPerWeight };
}

type HardwareRow = Omit<HardwareSummary, 'verifiedAt' | 'kind'> & { kind: string; verifiedAt: Date };

export function reshapeHardware(row: HardwareRow): HardwareSummary {
  return { ...row, kind: row.kind as HardwareKind, verifiedAt: isoDay(row.verifiedAt) };
}

export const hardwareSelect = {
  slug: true, name: true, kind: true, vendor: true, memoryBytes: true, memoryType: true, bandwidthGBps: true,
  fp16Tflops: true, backend: true, launchPriceUsd: true, year: true, cores: true, notes: true,
  sourceUrl: true, verifiedAt: true,
} as const;

export const measurementSelect = {
  deviceCount: true, backend: true, promptTokens: true, depthTokens: true, contextTokens: true,
  promptTokensPerSec: true, generationTokensPerSec: true, memoryBytes: true, settings: true, notes: true,
  sourceUrl: true, verifiedAt: true,
  hardware: { select: { slug: true, name: true } },
  model: { select: { slug: true, name: true } },
  format: { select: { name: true } },
  runtime: { select: { slug: true } },
} as const;

type MeasurementRow = {
  deviceCount: number; backend: string; promptTokens: number | null; depthTokens: number; contextTokens: number | null;
  promptTokensPerSec: number | null; generationTokensPerSec: number | null; memoryBytes: number | null;
  settings: string; notes: string; sourceUrl: string; verifiedAt: Date;
  hardware: { slug: string; name: string }; model: { slug: string; name: string }; format: { name: string }; runtime: { slug: string };
};

export function reshapeMeasurement(row: MeasurementRow): MeasurementSummary {
  const { hardware, model, format, runtime, verifiedAt, ...rest } = row;
  return {
    ...rest,
    verifiedAt: isoDay(verifiedAt),
    hardwareSlug: hardware.slug,
    hardwareName: hardware.name,
    modelSlug: model.slug,
    modelName: model.name,
    format: format.name,
    runtime: runtime.slug,
  };
}

export const asUseCase = (value: string): UseCase => value as UseCase;
