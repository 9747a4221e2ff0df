import 'server-only';
import { db } from '@/lib/db';
import { currentCatalogRevision } from '@/lib/data/catalog-revision';
import type { CatalogLookup } from '@/lib/estimate/types';
import { modelShapeProblem } from '@/lib/estimate/shape-limits';
import { deviceSpecOf } from '@/lib/recommend/hardware';
import { splitList } from '@/lib/data/reshape';

export { deviceSpecOf };
import type { CatalogArtifact, CatalogHardware, CatalogModel } from '@/lib/recommend/types';
import type { UseCase } from '@/lib/schemas/catalog';

// The whole catalog, in memory, in the shapes the pure domain wants (estimator specs, the
// recommender's snapshot). It is small (a few hundred rows) and read on every wizard request, so
// it is loaded once and kept until the catalog revision moves (lib/data/catalog-revision.ts):
// every catalog write, on any instance, bumps it.

// Edits made outside the app (hand-written SQL) may not bump the revision; this long fallback
// still picks them up here eventually (cached pages only follow the revision).
export const SNAPSHOT_FALLBACK_TTL_MS = 10 * 60_000;

// The snapshot uses the recommender's catalog shapes, so it is a RecommendCatalog as it stands.
export type SnapshotArtifact = CatalogArtifact;
export type SnapshotModel = CatalogModel;
export type SnapshotHardware = CatalogHardware;

export interface CatalogSnapshot {
  models: SnapshotModel[];
  hardware: SnapshotHardware[];
  lookup: CatalogLookup;
  /** The catalog revision read before the rows were: the rows are at least this recent. */
  revision: number;
  loadedAt: number;
}

async function load(revision: number, loadedAt: number): Promise<CatalogSnapshot> {
  const [models, hardware] = await Promise.all([
    db.model.findMany({
      orderBy: [{ family: 'asc' }, { totalParams: 'asc' }],
      include: {
        strengths: { select: { useCase: true, rating: true } },
        artifacts: {
          include: { format: { select: { name: true, family: true, bitsPerWeight: true, runtimes: { select: { runtime: { select: { slug: true } } } } } } },
          orderBy: { slug: 'asc' },
        },
      },
    }),
    db.hardware.findMany({ orderBy: [{ kind: 'asc' }, { memoryBytes: 'asc' }, { name: 'asc' }] }),
  ]);

  const snapshotModels: SnapshotModel[] = models.map((m) => ({
    slug: m.slug, name: m.name, family: m.family, publisher: m.publisher,
    releaseDate: m.releaseDate ? m.releaseDate.toISOString().slice(0, 10) : null, license: m.license,
    totalParams: m.totalParams, activeParams: m.activeParams, layers: m.layers, hiddenSize: m.hiddenSize,
    intermediateSize: m.intermediateSize, attentionHeads: m.attentionHeads, kvHeads: m.kvHeads, headDim: m.headDim,
    vocabSize: m.vocabSize, contextLength: m.contextLength, tiedEmbeddings: m.tiedEmbeddings,
    slidingWindow: m.slidingWindow, globalLayerEvery: m.globalLayerEvery, mlaKvLoraRank: m.mlaKvLoraRank,
    mlaRopeHeadDim: m.mlaRopeHeadDim, expertsTotal: m.expertsTotal, expertsActive: m.expertsActive,
    projectorBytes: m.projectorBytes, modalities: splitList(m.modalities),
    strengths: m.strengths.map((s) => ({ useCase: s.useCase as UseCase, rating: s.rating })),
    ollamaTag: m.ollamaTag, huggingFaceRepo: m.huggingFaceRepo,
    artifacts: m.artifacts.map((a) => ({
      slug: a.slug, format: a.format.name, formatFamily: a.format.family as CatalogArtifact['formatFamily'], bitsPerWeight: a.format.bitsPerWeight,
      runtimes: a.format.runtimes.map((r) => r.runtime.slug as CatalogArtifact['runtimes'][number]).sort(), publisher: a.publisher, fileBytes: a.fileBytes,
      huggingFaceRepo: a.huggingFaceRepo, huggingFaceFile: a.huggingFaceFile, ollamaTag: a.ollamaTag, lmStudioId: a.lmStudioId,
    })),
  }));
  const snapshotHardware: SnapshotHardware[] = hardware.map((h) => ({
    slug: h.slug, name: h.name, kind: h.kind as CatalogHardware['kind'], vendor: h.vendor as SnapshotHardware['vendor'],
    memoryBytes: h.memoryBytes, bandwidthGBps: h.bandwidthGBps, fp16Tflops: h.fp16Tflops,
    backend: h.backend as SnapshotHardware['backend'], launchPriceUsd: h.launchPriceUsd, year: h.year, cores: h.cores,
  }));

  const modelBySlug = new Map(snapshotModels.map((m) => [m.slug, m]));
  const hardwareBySlug = new Map(snapshotHardware.map((h) => [h.slug, h]));
  const lookup: CatalogLookup = {
    model: (slug) => modelBySlug.get(slug) ?? null,
    device: (slug) => {
      const hardware = hardwareBySlug.get(slug);
      return hardware ? deviceSpecOf(hardware) : null;
    },
    artifactFileBytes: (modelSlug, quant) => {
      // The smallest published file for this model and format: publishers differ by a few MB of metadata.
      const sizes = (modelBySlug.get(modelSlug)?.artifacts ?? [])
        .filter((a) => a.format.toUpperCase() === quant.toUpperCase() && a.fileBytes !== null)
        .map((a) => a.fileBytes!);
      return sizes.length > 0 ? Math.min(...sizes) : null;
    },
  };
  // A row outside the physical ranges (stored before they were enforced, or by hand-written SQL)
  // stays out of the ranking; the estimator refuses it by name when asked for it directly.
  const rankable = snapshotModels.filter((m) => {
    const problem = modelShapeProblem(m);
    if (problem) console.error(`Catalog: model "${m.slug}" left out of rankings: ${problem.message}`);
    return !problem;
  });
  return { models: rankable, hardware: snapshotHardware, lookup, revision, loadedAt };
}

// Kept on globalThis: Next bundles route handlers and pages separately, and each bundle would
// otherwise hold its own copy of this module and load the catalog again.
const state = globalThis as unknown as { quantwiseCatalogSnapshot?: { promise: Promise<CatalogSnapshot>; revision: number; loadedAt: number } };

export async function getCatalogSnapshot(now: number = Date.now()): Promise<CatalogSnapshot> {
  // The revision comes first: rows loaded after it are at least that recent, so a write landing
  // mid-load at worst causes one extra reload, never a snapshot that claims a newer revision.
  const revision = await currentCatalogRevision(now);
  const current = state.quantwiseCatalogSnapshot;
  if (current && current.revision === revision && now - current.loadedAt <= SNAPSHOT_FALLBACK_TTL_MS) return current.promise;
  const promise = load(revision, now);
  state.quantwiseCatalogSnapshot = { promise, revision, loadedAt: now };
  promise.catch(() => {
    if (state.quantwiseCatalogSnapshot?.promise === promise) state.quantwiseCatalogSnapshot = undefined;
  });
  return promise;
}
