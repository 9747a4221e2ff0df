// Plain input/output types of the recommender. No zod here: the lead parses URLs into these.
// Everything is a snapshot the data layer builds from the database; nothing is fetched here.

import type { Band, ComputePeaks, Estimate, Fit, ModelSpec, QualityLabel, Runtime } from '@/lib/estimate';
import type { ClusterLink, CpuIsa, FormFactor, FormatFamily, HardwareBackend, HardwareKind, HostSystem, KvCacheType, PriceCondition, PriceScope, Tool, UseCase, Vendor } from '@/lib/enums';

export type { FormatFamily, HostSystem, Tool };

export interface CatalogArtifact {
  slug: string;
  /** Canonical format name, e.g. "Q4_K_M", "MLX-4BIT", "AWQ-INT4". */
  format: string;
  formatFamily: FormatFamily;
  bitsPerWeight: number;
  /** Runtime slugs that load the format. */
  runtimes: Runtime[];
  publisher: string;
  fileBytes: number | null;
  huggingFaceRepo: string | null;
  huggingFaceFile: string | null;
  ollamaTag: string | null;
  lmStudioId: string | null;
}

interface CatalogStrength {
  useCase: UseCase;
  /** 1 (usable) … 5 (best in class for its size). */
  rating: number;
}

export interface CatalogModel extends ModelSpec {
  slug: string;
  name: string;
  family: string;
  publisher: string;
  releaseDate: string | null;
  license: string;
  modalities: string[];
  strengths: CatalogStrength[];
  ollamaTag: string | null;
  huggingFaceRepo: string | null;
  artifacts: CatalogArtifact[];
}

export interface CatalogHardware {
  slug: string;
  name: string;
  kind: HardwareKind;
  vendor: Vendor;
  memoryBytes: number;
  bandwidthGBps: number;
  fp16Tflops: number | null;
  backend: HardwareBackend;
  launchPriceUsd: number | null;
  year: number | null;
  /** CPU machines and unified machines: CPU cores; Apple Silicon: GPU cores (null when unknown). */
  cores?: number | null;
  /** How it is bought: what the planner may multiply (DEVICE_COUNTS); `laptop` marks a laptop (no desktop card goes in). */
  formFactor?: FormFactor;
  /** The memory's type as the catalog writes it ("LPDDR5X-7500, 128-bit"): LPDDR is soldered. */
  memoryType?: string | null;
  /** Who the launch price covers: the card alone or a whole working system. */
  launchPriceScope?: PriceScope | null;
  /** Per-path compute peaks (the hardware convention). */
  peaks?: ComputePeaks;
  /** The catalog marks fp16Tflops as weaker (derived by an assumed ratio, or an upper bound). */
  fp16TflopsWeak?: boolean;
  /** Unified machines: what the GPU may map of the shared memory, per OS. */
  gpuMemoryLinuxBytes?: number | null;
  gpuMemoryWindowsBytes?: number | null;
  isa?: readonly CpuIsa[];
  /** Street prices as dated pages give them (prisma/seed/prices.json), newest first. */
  streetPrices?: StreetPrice[];
}

/** A street price of a device: new or used, for the card alone or a whole system, from a dated page. */
export interface StreetPrice {
  condition: PriceCondition;
  scope: PriceScope;
  usdLow: number | null;
  usdHigh: number | null;
  /** YYYY-MM or YYYY-MM-DD; null when the page gives no date (the note says what it gives). */
  observedOn: string | null;
  sourceUrl: string;
  note: string;
}

export interface RecommendCatalog {
  models: CatalogModel[];
  hardware: CatalogHardware[];
}

/** What the machine has: one of four shapes. */
type HardwareChoice =
  /** One or more discrete GPUs (mixed sizes allowed) in one machine. */
  | { type: 'gpus'; gpus: CatalogHardware[] }
  /** An Apple Silicon Mac (unified memory). */
  | { type: 'apple'; apple: CatalogHardware }
  /** Several Macs joined by `link`, running exo (which places a model on the fewest that hold it). */
  | { type: 'cluster'; machines: CatalogHardware[]; link: ClusterLink }
  /** No usable GPU: the model runs from system RAM. `cpu` is an optional catalog CPU row. */
  | { type: 'cpu-only'; cpu?: CatalogHardware | null }
  /** Something not in the catalog. */
  | { type: 'custom'; memoryBytes: number; bandwidthGBps: number; kind: HardwareKind; name?: string; fp16Tflops?: number | null };

export interface HardwareProfile {
  hardware: HardwareChoice;
  /** System RAM; on Apple Silicon the unified memory (the Mac's own memory wins when they differ). */
  systemMemoryBytes: number;
  systemBandwidthGBps?: number;
  /** The system the GPUs serve: an OS with a desktop on the display GPU, or headless (none). */
  os: HostSystem;
}

export interface Needs {
  useCase: UseCase;
  contextTokens: number;
  /** 0 = speed only, 1 = quality only. */
  priority: number;
  tool: Tool;
}

export type Feel = 'instant' | 'fast' | 'reading speed' | 'slow' | 'too slow';

export interface Command {
  tool: Exclude<Tool, 'auto'>;
  label: string;
  command: string;
  notes?: string;
}

export interface Headroom {
  /** Largest share of usable memory on any device holding part of the model (can exceed 1). */
  usedShare: number;
  tight: boolean;
  advice: string | null;
}

export interface ScoreParts {
  /** Blend actually ranked on: (1 − priority) × speed + priority × quality, 0..1. */
  total: number;
  /** 0..1: the quality model's size after quant loss, less a generation allowance, times the use-case fit. */
  quality: number;
  /** 0..1: log-scaled decode speed, offload penalty included. */
  speed: number;
  /** Use-case rating 1..5, null when the model is not rated for the use case. */
  rating: number | null;
  /** The estimator's effective quality score (log10 dense-equivalent params). */
  effectiveQualityScore: number;
  /** Longest context that keeps this fit, over the requested context (≥ 1). */
  contextHeadroom: number | null;
}

interface RecommendedModel {
  slug: string;
  name: string;
  family: string;
  publisher: string;
  totalParams: number;
  activeParams: number;
  contextLength: number;
  modalities: string[];
}

export interface Recommendation {
  rank: number;
  model: RecommendedModel;
  /** The catalog artifact behind the row, null for a computed-size GGUF quant. */
  artifact: CatalogArtifact | null;
  format: string;
  formatFamily: FormatFamily;
  fileBytesSource: 'catalog' | 'computed';
  runtime: Runtime;
  estimate: Estimate;
  score: ScoreParts;
  decodeTokensPerSec: Band | null;
  feel: Feel;
  qualityLabel: QualityLabel;
  qualityNote: string;
  /** One line: what this pick trades against the pick it is weighed with (size, speed, experts in RAM). */
  tradeOff: string;
  /** Room left once the OS has its share; a tight fit says what to change. */
  headroom: Headroom;
  /** An exo cluster: what each machine holds, in the order they were given. */
  machines?: ClusterMachineShare[];
  commands: Command[];
  notes: string[];
}

/** One machine of an exo cluster under a pick: the layers it holds (none when exo leaves it free). */
export interface ClusterMachineShare {
  /** 1-based, in the order the machines were given. */
  index: number;
  name: string;
  /** 1-based first and last layer held, null when this machine holds none. */
  layers: { first: number; last: number } | null;
  bytes: number;
  capacityBytes: number | null;
}

export interface WhyNot {
  modelSlug: string;
  modelName: string;
  /** Quant the reason was computed at. */
  quant: string;
  fit: Fit | 'context' | 'modality' | 'outranked';
  reason: string;
  estimate: Estimate | null;
}

export interface UpgradeUnlock {
  modelSlug: string;
  modelName: string;
  quant: string;
  decodeTokensPerSec: number;
}

export interface Upgrade {
  kind: 'bigger-gpu' | 'second-gpu' | 'apple-tier' | 'add-gpu' | 'more-ram';
  /** Hardware after the upgrade (the new or added device). */
  hardware: CatalogHardware;
  count: number;
  /** Memory added over what the current setup has for the model (VRAM or unified). */
  addedMemoryBytes: number;
  priceUsd: number | null;
  summary: string;
  unlocks: UpgradeUnlock[];
}

export interface RecommendResult {
  results: Recommendation[];
  whyNot: WhyNot[];
  upgrade: Upgrade | null;
  /** Slugs of models that fit the hardware at some quant (any speed). */
  fittingModels: string[];
  /** Estimator calls made (for the bench and debugging). */
  estimatesRun: number;
  notes: string[];
}

export interface RecommendOptions {
  /** How many rows (default 10). */
  limit?: number;
  /** Skip whyNot and upgrade (faster, for widgets). */
  explain?: boolean;
  /** Estimate every larger format of every model, without the score bound (tests compare the two). */
  exhaustive?: boolean;
}

// ---- planner ----

export interface PlanRequest {
  modelSlug: string;
  quant: string;
  contextTokens: number;
  targetTokensPerSec: number;
  concurrentUsers: number;
  /** Host RAM assumed beside GPUs (default 64 GiB); only used for token embeddings and buffers. */
  hostMemoryBytes?: number;
  /** A llama.cpp-family tool to run it with (Ollama, LM Studio) instead of llama.cpp; others keep their own. */
  runtime?: Runtime;
  /** KV-cache precision (default: the runtime's own). */
  kvCacheType?: KvCacheType;
  /** 1-based page of the options (PLAN_PAGE_SIZE a page). */
  page?: number;
}

/** What an option costs and what the figure covers. */
export interface PlanPrice {
  /** For the whole option (unit × count): the low end where the source gives a range. */
  totalUsd: number;
  unitUsd: number;
  /** A dated street price, or the launch price when no street price is catalogued. */
  basis: 'street' | 'launch';
  condition: PriceCondition;
  /** card: the GPUs alone (a host PC is not included); system: a whole working machine. */
  scope: PriceScope;
  observedOn: string | null;
  sourceUrl: string | null;
}

export interface PlanOption {
  label: string;
  kind: 'gpu' | 'multi-gpu' | 'apple' | 'unified' | 'cpu' | 'exo-cluster';
  hardware: CatalogHardware;
  count: number;
  runtime: Runtime;
  fit: Fit;
  estimate: Estimate;
  /** Per-user decode band. */
  decodeTokensPerSec: Band;
  /** All users together, assuming memory-bound batching (see assumption). */
  aggregateTokensPerSec: number;
  /** The option's total, for sorting (price.totalUsd); null when no price is catalogued. */
  priceUsd: number | null;
  price: PlanPrice | null;
  /** A used street price where a source gives one (else null). */
  usedPrice: PlanPrice | null;
  meetsTarget: boolean;
  notes: string[];
}

export interface PlanResult {
  options: PlanOption[];
  assumptions: string[];
  /** Every fitting option, over all pages. */
  totalFitting: number;
  page: number;
  pageCount: number;
  error?: string;
}

// ---- compare ----

export interface CompareChoice {
  modelSlug: string;
  quant: string;
  /** A catalog hardware entry, `count` of them (GPUs beside 64 GB of RAM; Macs join as an exo cluster). */
  hardwareSlug: string;
  count: number;
  contextTokens: number;
  /** Absent: the format's default runtime on that hardware. */
  runtime?: Runtime;
}

export interface CompareRow {
  choice: CompareChoice;
  estimate: Estimate | null;
  feel: Feel | null;
  error?: string;
}
