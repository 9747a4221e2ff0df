// Catalog domain types: what pages, the estimator adapters and the wizards see.
// The data layer (lib/data) reshapes database rows into these; nothing else sees Prisma types.
import type { HardwareKind, UseCase } from '@/lib/enums';

export interface Provenance {
  sourceUrl: string;
  verifiedAt: string;
}

export interface Architecture {
  layers: number;
  hiddenSize: number;
  intermediateSize: number | null;
  attentionHeads: number;
  kvHeads: number;
  headDim: number;
  vocabSize: number;
  contextLength: number;
  tiedEmbeddings: boolean;
  slidingWindow: number | null;
  globalLayerEvery: number | null;
  mlaKvLoraRank: number | null;
  mlaRopeHeadDim: number | null;
  expertsTotal: number | null;
  expertsActive: number | null;
}

export interface Strength {
  useCase: UseCase;
  rating: number;
  sourceUrl: string;
}

export interface ModelSummary {
  slug: string;
  name: string;
  family: string;
  publisher: string;
  releaseDate: string | null;
  license: string;
  totalParams: number;
  activeParams: number;
  contextLength: number;
  modalities: string[];
  strengths: Strength[];
  formats: string[];
  ollamaTag: string | null;
}

export interface ModelDetail extends ModelSummary, Provenance {
  licenseUrl: string | null;
  paramsSourceUrl: string;
  architecture: Architecture;
  projectorBytes: number | null;
  huggingFaceRepo: string | null;
  description: string;
  artifacts: ArtifactSummary[];
}

export interface ArtifactSummary extends Provenance {
  slug: string;
  format: string;
  formatFamily: string;
  bitsPerWeight: number;
  publisher: string;
  fileBytes: number | null;
  fileBytesSourceUrl: string | null;
  huggingFaceRepo: string | null;
  huggingFaceFile: string | null;
  ollamaTag: string | null;
  lmStudioId: string | null;
}

export interface FormatSummary extends Provenance {
  name: string;
  slug: string;
  family: string;
  bitsPerWeight: number;
  bitsExact: boolean;
  description: string;
  runtimes: string[];
  qualityLossPct: number | null;
  qualityMetric: string | null;
  qualitySourceUrl: string | null;
}

export interface HardwareSummary extends Provenance {
  slug: string;
  name: string;
  kind: HardwareKind;
  vendor: string;
  memoryBytes: number;
  memoryType: string | null;
  bandwidthGBps: number;
  fp16Tflops: number | null;
  backend: string;
  launchPriceUsd: number | null;
  year: number | null;
  cores: number | null;
  notes: string;
}

export interface MeasurementSummary extends Provenance {
  hardwareSlug: string;
  hardwareName: string;
  deviceCount: number;
  modelSlug: string;
  modelName: string;
  format: string;
  runtime: string;
  backend: string;
  promptTokens: number | null;
  depthTokens: number;
  contextTokens: number | null;
  promptTokensPerSec: number | null;
  generationTokensPerSec: number | null;
  memoryBytes: number | null;
  settings: string;
  notes: string;
}

export interface HardwareDetail extends HardwareSummary {
  measurements: MeasurementSummary[];
}

export interface RuntimeSummary extends Provenance {
  slug: string;
  name: string;
  description: string;
  homepageUrl: string;
  platforms: string[];
  backends: string[];
  formats: string[];
}
