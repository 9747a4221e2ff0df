// What the guides' live components show, computed from the catalog through the one estimate
// builder (estimateChoice), without React or the database: the components render these rows, and
// the content tests (tests/content/guide-claims.test.ts) check the prose beside them against the
// same rows. A component never types a number or a claim of its own.

import { RUNTIMES, type Runtime } from '@/lib/enums';
import { COMMON_GGUF_QUANTS, defaultRuntimeFor, estimateChoice, normalizeQuant, type Choice } from '@/lib/estimate';
import type { Estimate, Fit, HardwareSpec } from '@/lib/estimate/types';
import { formatBytes } from '@/lib/format';
import { maxContextTokens } from '@/lib/estimate/model-shape';
import { profileFromParams } from '@/lib/catalog/wizard-profile';
import { deviceSpecOf, machineSpec, recommend, type CatalogHardware, type CatalogModel, type RecommendCatalog, type RecommendResult } from '@/lib/recommend';
import { WIZARD_PRESETS, wizardParamsSchema, type WizardParams, type WizardPreset } from '@/lib/schemas/wizard';

export interface GuideCatalog {
  models: readonly CatalogModel[];
  hardware: readonly CatalogHardware[];
}

const GiB = 2 ** 30;

export function findModel(catalog: GuideCatalog, slug: string): CatalogModel {
  const model = catalog.models.find((m) => m.slug === slug);
  if (!model) throw new Error(`Guide component: unknown model "${slug}"`);
  return model;
}

export function findHardware(catalog: GuideCatalog, slug: string): CatalogHardware {
  const hardware = catalog.hardware.find((h) => h.slug === slug);
  if (!hardware) throw new Error(`Guide component: unknown hardware "${slug}"`);
  return hardware;
}

/** Catalog devices as one machine; a Mac's system memory is its unified memory. */
export function guideHardwareSpec(catalog: GuideCatalog, slugs: readonly string[], systemMemoryBytes = 64 * GiB): HardwareSpec {
  const devices = slugs.map((slug) => deviceSpecOf(findHardware(catalog, slug)));
  const apple = devices.some((d) => d.kind === 'apple');
  return { devices, systemMemoryBytes: apple ? devices[0]!.memoryBytes : systemMemoryBytes };
}

/** One catalog model at a format; options the guide leaves out take the runtime's defaults (the format's default runtime, without hardware unless given). */
export function guideEstimate(
  catalog: GuideCatalog,
  slug: string,
  quant: string,
  options: Partial<Pick<Choice, 'contextTokens' | 'kvCacheType' | 'runtime' | 'depthTokens'>> & { hardware?: HardwareSpec | null } = {},
): Estimate {
  const model = findModel(catalog, slug);
  const hardware = options.hardware ?? null;
  const { hardware: _hardware, ...settings } = options;
  return estimateChoice({ model, quant, runtime: options.runtime ?? defaultRuntimeFor(quant, hardware), hardware, ...settings });
}

// ---------------------------------------------------------------------------------------------
// SpeedChart

/**
 * I-quants (IQ*) decode through a codebook lookup that costs compute per weight; the estimator's
 * decode model is bytes read over bandwidth and does not price that cost, so it would rank an
 * I-quant above the larger Q4_K_M, against llama.cpp's own measurements (quantize README: IQ3_M
 * 70.2 t/s vs Q4_K_M 71.9 t/s on Llama 3.1 8B).
 */
export function isCodebookQuant(format: string): boolean {
  return /^IQ\d/.test(format);
}

/**
 * The 2- and 3-bit K-quants unpack more bits per weight (Q3_K keeps a separate high-bit mask) and
 * measure barely faster than Q4_K_M or slower (same README: Q3_K_S 71.7, Q3_K_L 69.4, Q2_K 79.9
 * t/s), while the byte model draws Q3_K_M 15 % faster. Their speed is not priced either.
 */
export function isLowBitKQuant(format: string): boolean {
  return /^Q[23]_K/.test(format);
}

/** The speed chart shows only formats whose decode speed the estimator's byte model gets in the measured order: F16, Q8_0 and the K-quants from 4 bits up. */
export const SPEED_CHART_QUANTS: readonly string[] = ['F16', ...COMMON_GGUF_QUANTS.filter((q) => !isCodebookQuant(q) && !isLowBitKQuant(q))];
export const SPEED_CHART_CONTEXT_TOKENS = 4096;

export interface SpeedChartRow {
  quant: string;
  low: number;
  expected: number;
  high: number;
  fit: Fit;
  memoryBytes: number;
  fileBytes: number;
  fileBytesSource: Estimate['fileBytesSource'];
}

export interface SpeedChartFigures {
  modelName: string;
  hardwareName: string;
  deviceMemoryBytes: number;
  rows: SpeedChartRow[];
  /** The caption, every clause derived from the rows. */
  caption: string;
}

/** Decode speed per quantization of one model on one catalog device, with llama.cpp and an empty context. */
export function speedChartFigures(catalog: GuideCatalog, modelSlug: string, hardwareSlug: string): SpeedChartFigures {
  const model = findModel(catalog, modelSlug);
  const device = findHardware(catalog, hardwareSlug);
  const hardware = guideHardwareSpec(catalog, [hardwareSlug]);
  const rows = SPEED_CHART_QUANTS.map((quant): SpeedChartRow => {
    const e = guideEstimate(catalog, modelSlug, quant, { contextTokens: SPEED_CHART_CONTEXT_TOKENS, depthTokens: 0, runtime: 'llama.cpp', hardware });
    const band = e.speed?.decodeTokensPerSec ?? { low: 0, expected: 0, high: 0 };
    return { quant, ...band, fit: e.fit, memoryBytes: e.memory.totalBytes, fileBytes: e.fileBytes, fileBytesSource: e.fileBytesSource };
  });
  const memory = formatBytes(device.memoryBytes, 'GiB');
  const spilled = rows.filter((r) => r.fit !== 'full-gpu').map((r) => r.quant);
  const fitClause =
    spilled.length === 0
      ? `Every format shown, F16 included, fits in the ${memory} of the ${device.name} with this context.`
      : `${listWords(spilled)} ${spilled.length === 1 ? 'does' : 'do'} not fit in the ${memory} of the ${device.name} and ${spilled.length === 1 ? 'spills' : 'spill'} to system RAM (marked); the rest ${rows.length - spilled.length === 1 ? 'fits' : 'fit'}.`;
  const published = rows.filter((r) => r.fileBytesSource === 'catalog').length;
  const caption =
    `Expected decode tokens per second, with the estimator's low–high band, for ${model.name} on the ${device.name} ` +
    `with llama.cpp, one user, ${SPEED_CHART_CONTEXT_TOKENS.toLocaleString('en-US')} tokens of context allocated and an empty prompt. ` +
    `${fitClause} ${published === rows.length ? `File sizes: all ${rows.length} are published files.` : `File sizes: ${published} of ${rows.length} are published files, the rest computed from the format.`} ` +
    'Formats below 4 bits are left out: I-quants (IQ…) decode through a codebook lookup and the 2- and 3-bit K-quants unpack more work per weight, ' +
    'a cost the estimator does not price, and llama.cpp measures them no faster, or little faster, than Q4_K_M.';
  return { modelName: model.name, hardwareName: device.name, deviceMemoryBytes: device.memoryBytes, rows, caption };
}

// ---------------------------------------------------------------------------------------------
// QuantLadder

export type QualityCalibration = 'imatrix' | 'no-imatrix' | 'unstated';

/**
 * Whether a format's quality figure was measured on a file quantized with an importance matrix,
 * as its catalog metric states it ("… no imatrix)" or "… imatrix)").
 */
export function qualityCalibration(metric: string | null | undefined): QualityCalibration {
  if (!metric) return 'unstated';
  if (/\bno imatrix\b|\bwithout (an )?importance matrix\b/i.test(metric)) return 'no-imatrix';
  if (/\bimatrix\b|\bimportance matrix\b/i.test(metric)) return 'imatrix';
  return 'unstated';
}

// ---------------------------------------------------------------------------------------------
// ModelSizeTable

/** Hardware classes, smallest memory first, that the size table names as "what holds it". */
export const HARDWARE_CLASSES: readonly { label: string; devices: readonly string[]; systemGiB: number }[] = [
  { label: '8 GB GPU (RTX 4060)', devices: ['geforce-rtx-4060'], systemGiB: 16 },
  { label: '12 GB GPU (RTX 3060 12 GB)', devices: ['geforce-rtx-3060-12gb'], systemGiB: 32 },
  { label: '16 GB GPU (RTX 4060 Ti 16 GB)', devices: ['geforce-rtx-4060-ti-16gb'], systemGiB: 32 },
  { label: '24 GB GPU (RTX 4090)', devices: ['geforce-rtx-4090'], systemGiB: 64 },
  { label: '32 GB GPU (RTX 5090)', devices: ['geforce-rtx-5090'], systemGiB: 64 },
  { label: 'Two 24 GB GPUs', devices: ['geforce-rtx-3090', 'geforce-rtx-3090'], systemGiB: 128 },
  { label: '80 GB GPU (H100)', devices: ['h100-sxm'], systemGiB: 256 },
  { label: '96 GB GPU (RTX PRO 6000 Blackwell)', devices: ['rtx-pro-6000-blackwell'], systemGiB: 256 },
  { label: 'Mac with 128 GB (M4 Max)', devices: ['apple-m4-max-40c-128gb'], systemGiB: 128 },
  { label: 'Mac with 512 GB (M3 Ultra)', devices: ['apple-m3-ultra-80c-512gb'], systemGiB: 512 },
  { label: 'Eight 80 GB datacenter GPUs (H100)', devices: Array<string>(8).fill('h100-sxm'), systemGiB: 2048 },
];

/** The smallest hardware class that holds the model entirely in GPU memory at this format and context. */
export function smallestClass(catalog: GuideCatalog, slug: string, quant: string, contextTokens: number): string | null {
  for (const hardwareClass of HARDWARE_CLASSES) {
    const result = guideEstimate(catalog, slug, quant, { contextTokens, hardware: guideHardwareSpec(catalog, hardwareClass.devices, hardwareClass.systemGiB * GiB) });
    if (result.fit === 'full-gpu') return hardwareClass.label;
  }
  return null;
}

/**
 * The 4-bit file a reader of this model would download: the maker's own 4-bit release where it
 * publishes one (gpt-oss ships MXFP4), otherwise Q4_K_M, the usual 4-bit GGUF.
 */
export function fourBitFormat(model: CatalogModel): string {
  const maker = model.publisher.toLowerCase();
  const own = model.artifacts.find((a) => a.publisher.toLowerCase() === maker && a.bitsPerWeight >= 4 && a.bitsPerWeight < 5);
  return own?.format ?? 'Q4_K_M';
}

export interface ModelSizeRow {
  model: CatalogModel;
  f16: Estimate;
  q8: Estimate;
  fourBit: Estimate;
  fourBitFormat: string;
  /** Smallest class holding the 4-bit file at the context, or null (a multi-node cluster). */
  holdsIt: string | null;
}

export function modelSizeRows(catalog: GuideCatalog, slugs: readonly string[], contextTokens: number): ModelSizeRow[] {
  return slugs.map((slug) => {
    const model = findModel(catalog, slug);
    const format = fourBitFormat(model);
    return {
      model,
      f16: guideEstimate(catalog, slug, 'F16', { contextTokens }),
      q8: guideEstimate(catalog, slug, 'Q8_0', { contextTokens }),
      fourBit: guideEstimate(catalog, slug, format, { contextTokens }),
      fourBitFormat: format,
      holdsIt: smallestClass(catalog, slug, format, contextTokens),
    };
  });
}

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

// ---------------------------------------------------------------------------------------------
// TierPicks

// Guide tiers map onto the wizard's presets, so the guide and the wizard can never disagree.
const TIER_PRESETS: Record<string, WizardPreset> = {
  laptop: 'laptop',
  'gaming-8gb': 'gaming-8gb',
  'gaming-12gb': 'gaming-12gb',
  'gaming-24gb': 'gaming-24gb',
  'apple-8gb': 'apple-8gb',
  'apple-16gb': 'apple-16gb',
  'apple-64gb': 'apple-64gb',
  workstation: 'workstation-2x3090',
};

export interface TierPicksFigures {
  params: WizardParams;
  /** The machine as the wizard names it. */
  label: string;
  results: RecommendResult['results'];
}

/** The wizard's top picks for a guide's hardware tier and use case. */
export function tierPicks(catalog: RecommendCatalog, tier: string, useCase: string, contextTokens?: number, limit = 5): TierPicksFigures {
  const preset = TIER_PRESETS[tier];
  if (!preset) throw new Error(`TierPicks: unknown tier "${tier}"`);
  const answers = { ...WIZARD_PRESETS[preset], use: useCase, ...(contextTokens === undefined ? {} : { ctx: contextTokens }) };
  const params = wizardParamsSchema.parse(Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, String(v)])));
  const resolved = profileFromParams(params, catalog.hardware);
  if (!resolved.ok) throw new Error(`TierPicks: ${resolved.message}`);
  const { results } = recommend(resolved.profile, resolved.needs, catalog, { limit, explain: false });
  return { params, label: resolved.label, results };
}

// ---------------------------------------------------------------------------------------------
// EstimateTable

export interface EstimateTableFigures {
  model: CatalogModel;
  hardware: CatalogHardware;
  format: string;
  runtime: Runtime;
  rows: { contextTokens: number; estimate: Estimate }[];
}

/** One model at one format on one catalog machine at a few contexts, through the wizard's machine builder. */
export function estimateTableFigures(catalog: GuideCatalog, props: { model: string; quant: string; hardware: string; runtime?: string; contexts: string }): EstimateTableFigures {
  const model = findModel(catalog, props.model);
  const hardware = findHardware(catalog, props.hardware);
  const format = normalizeQuant(props.quant);
  if (!format) throw new Error(`EstimateTable: unknown quant "${props.quant}"`);
  if (props.runtime !== undefined && !(RUNTIMES as readonly string[]).includes(props.runtime)) throw new Error(`EstimateTable: unknown runtime "${props.runtime}"`);
  const hardwareSpec = machineSpec(hardware);
  const runtime = (props.runtime as Runtime | undefined) ?? defaultRuntimeFor(format, hardwareSpec);
  const rows = props.contexts
    .split(',')
    .map(Number)
    .filter((n) => n > 0 && n <= maxContextTokens(model))
    .map((contextTokens) => ({ contextTokens, estimate: estimateChoice({ model, quant: format, runtime, hardware: hardwareSpec, contextTokens }) }));
  return { model, hardware, format, runtime, rows };
}
