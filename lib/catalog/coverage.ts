// The catalog's own check and coverage report (issue 13 item 5), over records as the seed files and
// the database hold them. Pure: the test runs it on prisma/seed, `npm run catalog:report` prints it.
// The model half of the check (config fixtures, artifact sizes) belongs with the model rows.

import { deviceCompute, type ComputeBasis } from '@/lib/estimate';
import { DEVICE_COUNTS, HARDWARE_KINDS, type FormFactor, type HardwareFigure, type HardwareKind } from '@/lib/enums';
import { deviceSpecOf } from '@/lib/recommend/hardware';
import type { ParseHfConfigResult } from '@/lib/architecture/hf/parse';
import type { ArtifactRecord, HardwareRecord, ModelRecord, PriceRecord } from '@/lib/schemas/catalog';
import { catalogHardwareOf } from './records';

/** The per-path compute figures of a device (the hardware convention), besides the speed model's fp16Tflops. */
export const COMPUTE_FIGURES = [
  'fp16Tflops', 'fp32VectorTflops', 'fp16VectorTflops', 'fp16TensorTflops', 'fp16AccTensorTflops', 'bf16TensorTflops', 'int8TensorTops',
  'fp8TensorTflops', 'fp4TensorTflops',
] as const satisfies readonly HardwareFigure[];

/** What each compute figure is, in the words of the hardware convention (units in the label). */
export const COMPUTE_FIGURE_LABELS: Record<(typeof COMPUTE_FIGURES)[number], string> = {
  fp16Tflops: 'FP16 TFLOPS the speed model reads',
  fp32VectorTflops: 'FP32 vector TFLOPS',
  fp16VectorTflops: 'FP16 vector TFLOPS',
  fp16TensorTflops: 'FP16 matrix TFLOPS (FP32 accumulate)',
  fp16AccTensorTflops: 'FP16 matrix TFLOPS (FP16 accumulate)',
  bf16TensorTflops: 'BF16 matrix TFLOPS',
  int8TensorTops: 'INT8 TOPS',
  fp8TensorTflops: 'FP8 matrix TFLOPS',
  fp4TensorTflops: 'FP4 matrix TFLOPS',
};

/** Form factors a kind of entry may have: a GPU is a card, a module or a laptop part; a CPU configuration is a desktop/server system or a laptop; the rest are whole systems. */
const FORM_FACTORS_OF: Record<HardwareKind, readonly FormFactor[]> = {
  gpu: ['card', 'module', 'laptop'],
  'apple-silicon': ['system'],
  unified: ['system'],
  cpu: ['system', 'laptop'],
};

export interface CatalogProblem {
  slug: string;
  problem: string;
}

/**
 * What a hardware row must have: a source for every figure it states, a reason for every compute
 * figure it leaves empty (GPU-like devices), the core count the CPU model reads (CPU rows), a form
 * factor that exists for its kind, and a source and scope for a launch price.
 */
export function hardwareProblems(rows: readonly HardwareRecord[]): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  for (const h of rows) {
    const say = (problem: string) => out.push({ slug: h.slug, problem });
    const note = (field: HardwareFigure) => h.figureNotes.find((n) => n.field === field);
    if (!h.memorySourceUrl) say('memory has no source URL');
    if (!h.bandwidthSourceUrl) say('bandwidth has no source URL');
    if (!FORM_FACTORS_OF[h.kind].includes(h.formFactor)) say(`form factor "${h.formFactor}" does not exist for a ${h.kind} entry`);
    if (h.launchPriceUsd !== null && !h.priceSourceUrl) say('launch price has no source URL');
    if (h.kind === 'cpu') {
      if (!h.cores) say('a CPU entry needs its core count (the CPU speed model reads it)');
      continue;
    }
    for (const field of COMPUTE_FIGURES) {
      const n = note(field);
      if (h[field] === null) {
        if (!n) say(`${field} is empty with no note saying why`);
      } else if (!h.computeSourceUrl && !(n && n.sourceUrls.length > 0)) say(`${field} has no source (no compute source URL, no note with one)`);
    }
    const weak = note('fp16Tflops');
    if (weak?.weak && weak.sourceUrls.length === 0) say('fp16Tflops is marked weaker but its note cites nothing');
  }
  return out;
}

/** Street prices: each names a catalog device (the loader checks), and only devices that exist as priced are listed. */
export function priceProblems(prices: readonly PriceRecord[], hardware: readonly HardwareRecord[]): CatalogProblem[] {
  const slugs = new Set(hardware.map((h) => h.slug));
  const out: CatalogProblem[] = [];
  for (const p of prices) {
    if (!slugs.has(p.hardware)) out.push({ slug: p.slug, problem: `names unknown hardware "${p.hardware}"` });
    const kind = hardware.find((h) => h.slug === p.hardware)?.kind;
    if (kind && kind !== 'gpu' && p.scope === 'card') out.push({ slug: p.slug, problem: `a ${kind} entry is a whole system: its price cannot cover a card alone` });
  }
  return out;
}

/** How a catalog model's architecture is tied to a published config.json (fixtures/hf-configs/CATALOG.csv). */
export const CONFIG_RELATIONS = ['own', 'derivative', 'sibling'] as const;
export interface ModelConfigLink {
  model: string;
  file: string;
  /** own: the model's repository; derivative: an official quantized or text-only release of it; sibling: another release of the same architecture. */
  relation: string;
  /** config: the native window is the config's; documented: the publisher documents another one (the reason says where). */
  window: string;
  /** Why a config other than the model's own stands for it, or why the window is not the config's (required then). */
  why: string;
}

/**
 * The record as the comparison sees it. The documented extension is the publisher's, not the
 * config's; a documented native window replaces the config's; a derivative or sibling config stands
 * for the language model only (its model_type and towers may be those of another packaging).
 */
function configView(a: ModelRecord['architecture'], link: ModelConfigLink): unknown {
  const { extendedTokens: _e, extension: _x, ...context } = a.context;
  const { nativeTokens: _n, ropeScaling: _r, ...fixed } = context;
  const { modelType: _t, towers: _w, ...languageModel } = a;
  return { ...(link.relation === 'own' ? a : languageModel), context: link.window === 'documented' ? fixed : context };
}

/**
 * The model half of the catalog check: every model names exactly one config fixture, with a reason
 * when the fixture is not the model's own, and its stored architecture is what that config parses to
 * (the publisher's documented context extension aside). `readConfig` parses a fixture by file name
 * (null when the file does not exist); the test reads fixtures/hf-configs.
 */
export function modelConfigProblems(models: readonly ModelRecord[], links: readonly ModelConfigLink[], readConfig: (file: string) => ParseHfConfigResult | null): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const bySlug = new Map<string, ModelConfigLink[]>();
  for (const l of links) bySlug.set(l.model, [...(bySlug.get(l.model) ?? []), l]);
  const slugs = new Set(models.map((m) => m.slug));
  for (const l of links) if (!slugs.has(l.model)) out.push({ slug: l.model, problem: 'CATALOG.csv names a model the catalog does not have' });
  for (const m of models) {
    const say = (problem: string) => out.push({ slug: m.slug, problem });
    const own = bySlug.get(m.slug) ?? [];
    if (own.length !== 1) {
      say(own.length === 0 ? 'no config fixture is named for this model' : `${own.length} config fixtures are named for this model`);
      continue;
    }
    const link = own[0]!;
    if (!(CONFIG_RELATIONS as readonly string[]).includes(link.relation)) say(`relation "${link.relation}" is not one of ${CONFIG_RELATIONS.join(', ')}`);
    if (link.relation !== 'own' && link.why.trim() === '') say(`a ${link.relation} config needs the reason it stands for this model`);
    if (link.window !== 'config' && link.window !== 'documented') say(`window "${link.window}" is neither config nor documented`);
    if (link.window === 'documented' && link.why.trim() === '') say('a documented native window needs its reason');
    const parsed = readConfig(link.file);
    if (parsed === null) {
      say(`config fixture ${link.file} does not exist`);
      continue;
    }
    if (!parsed.ok) {
      say(`config fixture ${link.file} does not parse (${parsed.key}: ${parsed.error})`);
      continue;
    }
    if (JSON.stringify(configView(parsed.architecture, link)) !== JSON.stringify(configView(m.architecture, link))) {
      say(`the stored architecture differs from what ${link.file} parses to`);
    }
  }
  return out;
}

/** Where a config fixture was read (fixtures/hf-configs/SOURCES.csv). */
export interface ConfigSource {
  sourceUrl: string;
  /** false: the copy read was abridged (SOURCES.csv says which keys it lacks). */
  complete: boolean;
  /** The day the copy was read, YYYY-MM-DD. */
  seenOn: string;
}

/**
 * A model's architecture names its source, and that source is where its config fixture was read
 * (SOURCES.csv): the public page's "source" for the architecture is the file the figures came from.
 * A copy with no public address (a search-index hit, said so in SOURCES.csv) stands for a
 * config.json at its own address, which nobody read: that source carries no "verified on".
 */
export function modelProvenanceProblems(models: readonly ModelRecord[], links: readonly ModelConfigLink[], sources: ReadonlyMap<string, ConfigSource>): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const fileOf = new Map(links.map((l) => [l.model, l.file]));
  for (const m of models) {
    const say = (problem: string) => out.push({ slug: m.slug, problem });
    if (m.architectureSourceUrl === null) {
      say('architecture has no source URL');
      continue;
    }
    const file = fileOf.get(m.slug);
    const read = file === undefined ? undefined : sources.get(file);
    if (file !== undefined && read === undefined) say(`config fixture ${file} has no row in SOURCES.csv`);
    else if (read !== undefined && /^https?:\/\//.test(read.sourceUrl)) {
      if (read.sourceUrl !== m.architectureSourceUrl) say(`architecture source is not where ${file} was read (${read.sourceUrl})`);
    } else if (read !== undefined) {
      if (!m.architectureSourceUrl.endsWith('/config.json')) say(`${file} was read from a copy with no address: the architecture source should be the config.json it transcribes`);
      if (m.architectureVerifiedAt !== null) say(`${file} was read from a copy with no address: nobody read ${m.architectureSourceUrl}, so it has no "verified on"`);
    }
  }
  return out;
}

/** A model with no download of published size, and why (fixtures/unsized-models.json). */
export interface UnsizedModel {
  model: string;
  reason: string;
  checkedOn: string;
}

/**
 * Every model has a download whose size a source gives, or is listed with the reason none was found
 * (its estimates then size the weights from the tensor shapes, and say so); a listed model that has
 * a sized download since must leave the list.
 */
export function artifactSizeProblems(models: readonly ModelRecord[], artifacts: readonly ArtifactRecord[], unsized: readonly UnsizedModel[]): CatalogProblem[] {
  const sized = new Set(artifacts.filter((a) => a.fileBytes !== null).map((a) => a.model));
  const listed = new Map(unsized.map((u) => [u.model, u]));
  const out: CatalogProblem[] = [];
  for (const m of models) {
    const entry = listed.get(m.slug);
    if (sized.has(m.slug) && entry) out.push({ slug: m.slug, problem: 'has a download of published size now: take it off fixtures/unsized-models.json' });
    if (!sized.has(m.slug) && (!entry || entry.reason.trim() === '')) out.push({ slug: m.slug, problem: 'no download with a published size, and no reason in fixtures/unsized-models.json' });
  }
  for (const u of unsized) if (!models.some((m) => m.slug === u.model)) out.push({ slug: u.model, problem: 'fixtures/unsized-models.json names a model the catalog does not have' });
  return out;
}

type Counts = Record<string, number>;
const bump = (c: Counts, key: string) => {
  c[key] = (c[key] ?? 0) + 1;
};

export interface CoverageReport {
  hardware: {
    total: number;
    byKind: Counts;
    byVendor: Counts;
    byFormFactor: Counts;
    byYear: Counts;
    /** Where the speed model's compute figure comes from, per device (deviceCompute): catalogued, weak, vector-fallback, none; CPUs by cores. */
    computeBasis: Counts;
    withStreetPrice: number;
    /** The configurations the planner may build: devices × counts that exist for their form factor. */
    configurations: number;
  };
  models: {
    total: number;
    byFamily: Counts;
    byReleaseYear: Counts;
    byPublisher: Counts;
    newestRelease: string | null;
    /** Models with at least one artifact whose file size is published, and the slugs of those without. */
    withSizedArtifact: number;
    withoutSizedArtifact: string[];
  };
}

export function coverageReport(records: {
  hardware: readonly HardwareRecord[];
  prices: readonly PriceRecord[];
  models: readonly ModelRecord[];
  artifacts: readonly ArtifactRecord[];
}): CoverageReport {
  const hw: CoverageReport['hardware'] = {
    total: records.hardware.length, byKind: {}, byVendor: {}, byFormFactor: {}, byYear: {}, computeBasis: {}, withStreetPrice: 0, configurations: 0,
  };
  const priced = new Set(records.prices.map((p) => p.hardware));
  for (const h of records.hardware) {
    bump(hw.byKind, h.kind);
    bump(hw.byVendor, h.vendor);
    bump(hw.byFormFactor, h.formFactor);
    bump(hw.byYear, String(h.year ?? 'unknown'));
    const basis: ComputeBasis | 'cpu cores' = h.kind === 'cpu' ? 'cpu cores' : deviceCompute(deviceSpecOf(catalogHardwareOf(h))).basis;
    bump(hw.computeBasis, basis);
    if (priced.has(h.slug)) hw.withStreetPrice++;
    hw.configurations += DEVICE_COUNTS[h.formFactor].length;
  }
  const models: CoverageReport['models'] = {
    total: records.models.length, byFamily: {}, byReleaseYear: {}, byPublisher: {}, newestRelease: null, withSizedArtifact: 0, withoutSizedArtifact: [],
  };
  const sized = new Set(records.artifacts.filter((a) => a.fileBytes !== null).map((a) => a.model));
  for (const m of records.models) {
    bump(models.byFamily, m.family);
    bump(models.byReleaseYear, m.releaseDate?.slice(0, 4) ?? 'unknown');
    bump(models.byPublisher, m.publisher);
    if (sized.has(m.slug)) models.withSizedArtifact++;
    else models.withoutSizedArtifact.push(m.slug);
    if (m.releaseDate && (models.newestRelease === null || m.releaseDate > models.newestRelease)) models.newestRelease = m.releaseDate;
  }
  return { hardware: hw, models };
}

/** The report as text: one block per dimension, largest first. */
export function formatCoverageReport(r: CoverageReport, problems: readonly CatalogProblem[]): string {
  const block = (title: string, c: Counts, order?: readonly string[]) => {
    const keys = order ? order.filter((k) => k in c) : Object.keys(c).sort((a, b) => (c[b] ?? 0) - (c[a] ?? 0) || a.localeCompare(b));
    return [`${title}:`, ...keys.map((k) => `  ${k.padEnd(28)} ${String(c[k]).padStart(4)}`)].join('\n');
  };
  const years = (c: Counts) => Object.keys(c).sort();
  return [
    `Hardware: ${r.hardware.total} entries, ${r.hardware.withStreetPrice} with a street price, ${r.hardware.configurations} planner configurations`,
    block('by kind', r.hardware.byKind, HARDWARE_KINDS),
    block('by vendor', r.hardware.byVendor),
    block('by form factor', r.hardware.byFormFactor),
    block('by year', r.hardware.byYear, years(r.hardware.byYear)),
    block('speed model compute figure', r.hardware.computeBasis),
    '',
    `Models: ${r.models.total}, newest released ${r.models.newestRelease ?? 'unknown'}, ${r.models.withSizedArtifact} with a published file size`,
    block('by family', r.models.byFamily),
    block('by release year', r.models.byReleaseYear, years(r.models.byReleaseYear)),
    block('by publisher', r.models.byPublisher),
    r.models.withoutSizedArtifact.length === 0 ? 'every model has a download with a published size' : `no download with a published size yet (${r.models.withoutSizedArtifact.length}): ${r.models.withoutSizedArtifact.join(', ')}`,
    '',
    problems.length === 0 ? 'Catalog check: no problems.' : [`Catalog check: ${problems.length} problem(s):`, ...problems.map((p) => `  ${p.slug}: ${p.problem}`)].join('\n'),
  ].join('\n');
}
