import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { ModelDetail, ModelSummary } from '@/lib/catalog/types';
import { artifactSelect, asUseCase, isoDay, reshapeArtifact, splitList } from '@/lib/data/reshape';

const summarySelect = {
  slug: true, name: true, family: true, publisher: true, releaseDate: true, license: true,
  totalParams: true, activeParams: true, contextLength: true, modalities: true, ollamaTag: true,
  strengths: { select: { useCase: true, rating: true, sourceUrl: true }, orderBy: { useCase: 'asc' } },
  artifacts: { select: { format: { select: { name: true } } } },
} as const;

type SummaryRow = {
  slug: string; name: string; family: string; publisher: string; releaseDate: Date | null; license: string;
  totalParams: number; activeParams: number; contextLength: number; modalities: string; ollamaTag: string | null;
  strengths: { useCase: string; rating: number; sourceUrl: string }[];
  artifacts: { format: { name: string } }[];
};

function reshapeSummary(row: SummaryRow): ModelSummary {
  return {
    slug: row.slug,
    name: row.name,
    family: row.family,
    publisher: row.publisher,
    releaseDate: row.releaseDate ? isoDay(row.releaseDate) : null,
    license: row.license,
    totalParams: row.totalParams,
    activeParams: row.activeParams,
    contextLength: row.contextLength,
    modalities: splitList(row.modalities),
    ollamaTag: row.ollamaTag,
    strengths: row.strengths.map((s) => ({ ...s, useCase: asUseCase(s.useCase) })),
    formats: [...new Set(row.artifacts.map((a) => a.format.name))].sort(),
  };
}

/** Every model with what the list page filters on. */
export const listModels = cache(async (): Promise<ModelSummary[]> => {
  const rows = await db.model.findMany({ select: summarySelect, orderBy: [{ family: 'asc' }, { totalParams: 'asc' }] });
  return rows.map(reshapeSummary);
});

export const listModelSlugs = cache(async (): Promise<string[]> => {
  const rows = await db.model.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } });
  return rows.map((r) => r.slug);
});

/** One model with its architecture and every artifact; null when the slug is unknown. */
export const getModelBySlug = cache(async (slug: string): Promise<ModelDetail | null> => {
  const row = await db.model.findUnique({
    where: { slug },
    select: {
      ...summarySelect,
      licenseUrl: true, paramsSourceUrl: true, layers: true, hiddenSize: true, intermediateSize: true,
      attentionHeads: true, kvHeads: true, headDim: true, vocabSize: true, tiedEmbeddings: true,
      slidingWindow: true, globalLayerEvery: true, mlaKvLoraRank: true, mlaRopeHeadDim: true,
      expertsTotal: true, expertsActive: true, projectorBytes: true, huggingFaceRepo: true,
      description: true, sourceUrl: true, verifiedAt: true,
      artifacts: { select: artifactSelect, orderBy: [{ format: { bitsPerWeight: 'desc' } }, { publisher: 'asc' }] },
    },
  });
  if (!row) return null;
  return {
    ...reshapeSummary({ ...row, artifacts: row.artifacts.map((a) => ({ format: { name: a.format.name } })) }),
    licenseUrl: row.licenseUrl,
    paramsSourceUrl: row.paramsSourceUrl,
    architecture: {
      layers: row.layers, hiddenSize: row.hiddenSize, intermediateSize: row.intermediateSize,
      attentionHeads: row.attentionHeads, kvHeads: row.kvHeads, headDim: row.headDim, vocabSize: row.vocabSize,
      contextLength: row.contextLength, tiedEmbeddings: row.tiedEmbeddings, slidingWindow: row.slidingWindow,
      globalLayerEvery: row.globalLayerEvery, mlaKvLoraRank: row.mlaKvLoraRank, mlaRopeHeadDim: row.mlaRopeHeadDim,
      expertsTotal: row.expertsTotal, expertsActive: row.expertsActive,
    },
    projectorBytes: row.projectorBytes,
    huggingFaceRepo: row.huggingFaceRepo,
    description: row.description,
    sourceUrl: row.sourceUrl,
    verifiedAt: isoDay(row.verifiedAt),
    artifacts: row.artifacts.map(reshapeArtifact),
  };
});
