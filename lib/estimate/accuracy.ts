// Accuracy of the estimator against the published measurements (fixtures/reference), in-sample and
// held-out, beside the naive formulas other calculators use. Pure: takes parsed CSV rows and the
// catalog, returns tables and scatter points. Each measurement becomes a choice with the settings it
// was taken with (context, depth, prompt, flash attention, backend) and goes through the same
// builder as every page (choice.ts).
//
// In-sample: every row predicted with the committed constants. Held-out: every row predicted by
// constants that never saw its source. For speed that is k-fold cross-validation grouped by source,
// refitting inside each fold (speed-fit.ts); for Transformers memory, leave-one-source-out with the
// two memory constants refitted without the row's source (memory-fit.ts). The llama.cpp, MLX and
// file-size constants are not fitted by a script, so their held-out rows are those from sources the
// hand-set constants were not read from.

import { maxContextTokens, modelShape } from './model-shape';
import { buildEstimateInput, estimateChoice, type Choice, type ChoiceModel } from './choice';
import { archToModel, type CatalogDeviceFacts, cpuRunDevice, firstNumber, flashAttentionOf, mapHardware, mapModel, mapQuant, naiveBits, runtimeOf, type CpuRunDevice } from './accuracy-fixtures';
import {
  EXCLUDED, LATER, loopsOverEveryExpert, parseSettings, parseSpeedTest, printedSize, resolveBackend, resolveHardware, resolveModel, resolveQuant, sourceIdOf, vllmBeforeCudaGraphs,
  type ReferenceCatalog, type RowSkip,
} from './accuracy-rows';
import { SPEED_CONSTANTS, type SpeedConstants } from './backends';
import { speedFeaturesFor } from './estimate';
import { crossValidate, predictSpeed, type FitSample } from './speed-fit';
import { bandFactorFor, prefillEstimable } from './speed';
import { weightComposition } from './weights';
import { QUANT_FORMATS } from './formats';
import { kvCacheBytes } from './kv-cache';
import { crossValidateTransformersMemory, crossValidateVllmMemory, onGpuFabric, predictVllmKvPool, type MemoryFitRow, type VllmFitRow } from './memory-fit';
import { transformersActivationUnitBytes, VLLM_MEMORY, vllmActivationUnitBytes, vllmSamplerLogitsBytes } from './overhead';
import type { CsvRow } from './csv';
import type { DeviceKind, DeviceSpec, HardwareSpec, ModelSpec, Runtime } from './types';

export interface AccuracyData {
  arch: CsvRow[];
  ggufSizes: CsvRow[];
  measuredMemory: CsvRow[];
  /** speed.csv and speed_extra.csv: names resolved through arch.csv and the device table of accuracy-fixtures.ts. */
  speed: CsvRow[];
  /** speed_2026.csv and memory_2026.csv: names resolved through the catalog. */
  speed2026: CsvRow[];
  memory2026: CsvRow[];
  /** vllm_memory_2026.csv: vLLM's start-up memory lines (weights, profile peak, KV pool). */
  vllmMemory2026: CsvRow[];
  catalog: ReferenceCatalog;
}

export type MetricName = 'fileSize' | 'llamaCppMemory' | 'transformersMemory' | 'vllmKvCache' | 'mlxMemory' | 'decode' | 'prefill';
const METRICS: MetricName[] = ['fileSize', 'llamaCppMemory', 'transformersMemory', 'vllmKvCache', 'mlxMemory', 'decode', 'prefill'];
export const METRIC_TITLES: Record<MetricName, string> = {
  fileSize: 'GGUF file size',
  llamaCppMemory: 'llama.cpp memory at context',
  transformersMemory: 'Transformers peak memory',
  vllmKvCache: 'vLLM KV cache at its memory utilization',
  mlxMemory: 'MLX peak memory',
  decode: 'Decode tokens/s',
  prefill: 'Prefill tokens/s',
};

/** What a speed measurement was taken on, for breaking errors down (npm run accuracy -- --breakdown). */
export interface SampleAttributes {
  hardware: string;
  model: string;
  runtime: Runtime;
  quant: string;
  totalParams: number;
  activeParams: number;
  moe: boolean;
  /** Depth the measurement was read at (decode: middle of the generation; prefill: middle of the prompt). */
  depthTokens: number;
  ubatch: number | null;
  devices: number;
  partialOffload: boolean;
  file: string;
  /** "speed_2026.csv:17": the file and 1-based data row the measurement came from. */
  row: string;
}

/** A speed measurement as the fit and the accuracy tables see it. */
export interface SpeedSample extends FitSample {
  label: string;
  naive: number;
  attributes: SampleAttributes;
}

export interface AccuracyPoint {
  metric: MetricName;
  label: string;
  sourceId: string;
  measured: number;
  /** With the committed constants. */
  predicted: number;
  naive: number;
  low?: number;
  high?: number;
  /** Speed rows: the backend combination the estimator used (cuda, rocm, metal+cpu, …). */
  backend?: string;
  /** A prediction by constants that never saw this row's source; absent when every constant saw it. */
  heldOut?: { predicted: number; low?: number; high?: number; fold?: number };
  attributes?: SampleAttributes;
}

export interface ErrorSummary {
  n: number;
  medianAbsPctErr: number;
  p90AbsPctErr: number;
  /** Share of rows whose measured value lies inside [low, high]; null when no band. */
  bandCoverage: number | null;
}

export interface MetricSummary {
  metric: MetricName;
  title: string;
  inSample: ErrorSummary;
  heldOut: ErrorSummary;
  /** How the held-out figure was made, in one sentence. */
  heldOutMethod: string;
  naiveMedianAbsPctErr: number;
  naiveP90AbsPctErr: number;
  target: { median: number; p90: number | null; band: number | null } | null;
}

export interface SkipCount {
  file: string;
  kind: RowSkip['kind'] | 'miss';
  reason: string;
  count: number;
}

export interface AccuracyReport {
  metrics: MetricSummary[];
  points: AccuracyPoint[];
  skipped: SkipCount[];
  folds: number;
}

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
/** Host RAM beside the benchmark GPUs (benchmark machines had enough for whatever was offloaded). */
const BENCH_HOST_MEMORY_BYTES = 256 * GiB;

/**
 * A measurement is estimated on a headless system: no desktop share is taken off its GPUs, because
 * the row reports what the run held (a desktop reserve would move layers the run kept on the GPU).
 */
function asMeasured(choice: Choice): Choice {
  return choice.hardware ? { ...choice, hardware: { ...choice.hardware, os: 'headless' } } : choice;
}

/** Targets (median / p90 absolute % error, share inside the band) from issue 16, held-out. */
export const ACCURACY_TARGETS: Partial<Record<MetricName, { median: number; p90: number | null; band: number | null }>> = {
  fileSize: { median: 3, p90: 8, band: null },
  llamaCppMemory: { median: 3, p90: 15, band: null },
  transformersMemory: { median: 6, p90: 15, band: null },
  // vLLM's peak is whatever --gpu-memory-utilization says; what it leaves the KV cache is the memory
  // figure that can miss, so the peak-memory target applies to it.
  vllmKvCache: { median: 6, p90: 15, band: null },
  decode: { median: 15, p90: 35, band: 0.8 },
  prefill: { median: 25, p90: 60, band: 0.7 },
};

export interface TargetMiss {
  metric: MetricName;
  title: string;
  measure: 'median' | 'p90' | 'band';
  /** Held-out value: % error for median and p90, the share inside the band for band. */
  value: number;
  target: number;
}

/** The held-out figures that miss their target, in table order (empty when every target is met). */
export function targetMisses(report: AccuracyReport): TargetMiss[] {
  const out: TargetMiss[] = [];
  for (const m of report.metrics) {
    const t = m.target;
    if (!t) continue;
    const h = m.heldOut;
    if (h.medianAbsPctErr > t.median) out.push({ metric: m.metric, title: m.title, measure: 'median', value: h.medianAbsPctErr, target: t.median });
    if (t.p90 !== null && h.p90AbsPctErr > t.p90) out.push({ metric: m.metric, title: m.title, measure: 'p90', value: h.p90AbsPctErr, target: t.p90 });
    if (t.band !== null && h.bandCoverage !== null && h.bandCoverage < t.band) out.push({ metric: m.metric, title: m.title, measure: 'band', value: h.bandCoverage, target: t.band });
  }
  return out;
}

/**
 * Sources the hand-set (not script-fitted) size and memory constants were read from: their rows
 * are in-sample only. weights.ts GGUF_METADATA_BYTES_PER_TOKEN and overhead.ts's llama.cpp
 * compute buffer were checked on XiongjieDai's logs. No MLX memory constant was read off a
 * measurement. (The Transformers memory constants are fitted, and cross-validated by source.)
 */
export const HAND_CALIBRATION_SOURCES: Record<'fileSize' | 'llamaCppMemory' | 'mlxMemory', readonly string[]> = {
  fileSize: ['xiongjiedai_gpu_benchmarks'],
  llamaCppMemory: ['xiongjiedai_gpu_benchmarks'],
  mlxMemory: [],
};

/**
 * Folds of the speed cross-validation: one per source (leave-one-source-out), as for Transformers
 * memory. A 5-fold deal of sources was used before 2026-11-30; which backends' sources shared a fold
 * then moved held-out figures by tens of points when sources were added (docs/speed-model-findings.md §14).
 */
export function cvFolds(samples: readonly { sourceId: string }[]): number {
  return new Set(samples.map((s) => s.sourceId)).size;
}

function pctErr(pred: number, meas: number): number {
  return (Math.abs(pred - meas) / meas) * 100;
}

export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}

/** Errors of a set of (predicted, measured, band) triples. */
export function summarize(rows: { predicted: number; measured: number; low?: number; high?: number }[]): ErrorSummary {
  const errs = rows.map((r) => pctErr(r.predicted, r.measured));
  const banded = rows.filter((r) => r.low !== undefined && r.high !== undefined);
  return {
    n: rows.length,
    medianAbsPctErr: quantile(errs, 0.5),
    p90AbsPctErr: quantile(errs, 0.9),
    bandCoverage: banded.length > 0 ? banded.filter((r) => r.low! <= r.measured && r.measured <= r.high!).length / banded.length : null,
  };
}

class SkipCounter {
  private counts = new Map<string, SkipCount>();
  add(file: string, skip: { kind: SkipCount['kind']; reason: string }) {
    const key = `${file}|${skip.kind}|${skip.reason}`;
    const c = this.counts.get(key);
    if (c) c.count++;
    else this.counts.set(key, { file, kind: skip.kind, reason: skip.reason, count: 1 });
  }
  list(): SkipCount[] {
    return [...this.counts.values()];
  }
}

/** The catalog's per-path peaks of a device by slug (the legacy device table points at catalog entries). */
function catalogFacts(catalog: ReferenceCatalog): (slug: string) => CatalogDeviceFacts | undefined {
  return (slug) => {
    const d = catalog.machines.find((m) => m.slug === slug)?.machine(1).devices.find((x) => x.kind !== 'cpu');
    return d ? { peaks: d.peaks, memoryType: d.memoryType, formFactor: d.formFactor } : undefined;
  };
}

function archModels(rows: CsvRow[]): Map<string, ModelSpec> {
  const models = new Map<string, ModelSpec>();
  for (const r of rows) {
    const m = archToModel(r);
    if (m && r.model) models.set(r.model, m);
  }
  return models;
}

const NOT_FIT: { kind: 'miss'; reason: string } = { kind: 'miss', reason: 'the estimate says it does not fit (the measurement ran)' };
/** The catalog has no compute figure for the device, so the estimate gives no prefill (it says so). */
export const NO_COMPUTE: { kind: 'miss'; reason: string } = { kind: 'miss', reason: 'no compute figure for the device: prefill not estimated' };

/**
 * Every speed measurement the estimator can be judged on, with the features the fit needs, and
 * the rows it cannot (counted by reason). The fit script and the accuracy tables share this.
 */
export function speedSamples(data: AccuracyData): { samples: SpeedSample[]; skipped: SkipCount[] } {
  const models = archModels(data.arch);
  const samples: SpeedSample[] = [];
  const skipped = new SkipCounter();
  const catalogOf = catalogFacts(data.catalog);

  // speed.csv + speed_extra.csv: the calibration set of 2024–2026, as the estimator was first fitted on.
  for (const [index, r] of data.speed.entries()) {
    const file = /^https:/.test(r.source ?? '') ? 'speed_extra.csv' : 'speed.csv';
    const runtime = runtimeOf(r.backend ?? '');
    const model = mapModel(r.model ?? '', models);
    const quant = mapQuant(r.quant ?? '');
    const n = Math.max(1, Number(r.n_devices) || 1);
    const dev = mapHardware(r.hardware ?? '', n, catalogOf);
    if (!runtime || !model || !quant || !dev) {
      skipped.add(file, { kind: 'unreadable', reason: !dev ? 'hardware not mappable or unsure' : 'model, quant or backend not mappable' });
      continue;
    }
    const test = r.test ?? '';
    const tgN = Number(/tg(\d+)/.exec(test)?.[1] ?? 0);
    const gen2048 = /generate 2048/i.test(test);
    // pp-only rows longer than one ubatch (pp2048 with ubatch 512): mean depth of the later ubatches.
    const ppOnly = /^pp(\d+)/.exec(test);
    const depth = gen2048 ? 1024 : tgN > 0 ? tgN / 2 : ppOnly && Number(ppOnly[1]) > 512 ? (Number(ppOnly[1]) - 512) / 2 : 128;
    const choice: Choice = {
      model,
      quant,
      runtime,
      hardware: { devices: [dev], systemMemoryBytes: BENCH_HOST_MEMORY_BYTES },
      contextTokens: gen2048 ? 2049 : 512 + (tgN || 128),
      users: 1,
      kvCacheType: 'f16',
      depthTokens: depth,
      promptTokens: gen2048 ? 1 : 512,
      flashAttention: flashAttentionOf(r.settings, r.backend, r.test),
      gpuBackend: /vulkan/i.test(r.backend ?? '') ? 'vulkan' : null,
    };
    const features = speedFeaturesFor(buildEstimateInput(asMeasured(choice)).input);
    if (!features) {
      skipped.add(file, NOT_FIT);
      continue;
    }
    const size = weightComposition(model, quant, runtime).fileBytes;
    const attributes: SampleAttributes = {
      hardware: dev.name, model: model.name ?? '', runtime, quant, totalParams: model.totalParams, activeParams: model.activeParams,
      moe: modelShape(model).moe !== null, depthTokens: depth, ubatch: 512, devices: n, partialOffload: features.partialOffload, file, row: `speed.csv+speed_extra.csv:${index + 1}`,
    };
    const label = `${r.hardware} ×${n} ${r.model} ${r.quant} ${runtime}`;
    const base = { sourceId: sourceIdOf(r), features, label, attributes };
    const tg = Number(r.tg_tps);
    if (tg > 0) samples.push({ ...base, metric: 'decode', measured: tg, naive: (dev.bandwidthGBps * 1e9) / size });
    const pp = Number(r.pp_tps);
    if (pp > 0 && !prefillEstimable(features)) skipped.add(file, NO_COMPUTE);
    else if (pp > 0) samples.push({ ...base, metric: 'prefill', measured: pp, naive: ((dev.fp16Tflops ?? dev.bandwidthGBps / 5) * 1e12) / (2 * model.totalParams) });
  }

  // speed_2026.csv: names as the catalog writes them.
  for (const [index, r] of data.speed2026.entries()) {
    const file = 'speed_2026.csv';
    const result = interpret2026(r, data.catalog);
    if (!result.ok) {
      skipped.add(file, result.skip);
      continue;
    }
    const { model, quant, backend, hardware, settings, tests, artifact, devices } = result;
    const n = Math.max(1, Number(r.n_devices) || 1);
    const withFile: ChoiceModel = artifact ? { ...model, artifacts: [...(model.artifacts ?? []), artifact] } : model;
    const dev = hardware.devices[0]!;
    const size = artifact?.fileBytes ?? weightComposition(model, quant, backend.runtime).fileBytes;
    const before = samples.length;
    let failure: { kind: SkipCount['kind']; reason: string } | null = null;
    const measure = (metric: 'decode' | 'prefill', measured: number, depthTokens: number, contextTokens: number, promptTokens: number) => {
      const choice: Choice = {
        model: withFile,
        quant,
        ...(artifact ? { artifactSlug: artifact.slug } : {}),
        runtime: backend.runtime,
        hardware,
        contextTokens: Math.max(256, Math.ceil(contextTokens)),
        users: 1,
        kvCacheType: settings.kvCacheType ?? 'f16',
        depthTokens: Math.max(0, Math.round(depthTokens)),
        promptTokens,
        ...(settings.flashAttention === undefined ? {} : { flashAttention: settings.flashAttention }),
        gpuBackend: backend.gpuBackend === 'vulkan' ? 'vulkan' : null,
      };
      // The build the row ran selects the kernel path an older llama.cpp took (speed.ts); unstated: current.
      const input = buildEstimateInput(asMeasured(choice)).input;
      const features = speedFeaturesFor(
        backend.runtime === 'llama.cpp'
          ? { ...input, ...(settings.llamaCppBuild !== null ? { llamaCppBuild: settings.llamaCppBuild } : {}), ...(settings.syclFp32Gemm ? { syclFp32Gemm: true } : {}), ...(settings.serverFit ? { llamaServerFit: true } : {}) }
          : input,
      );
      if (!features) {
        failure = NOT_FIT;
        return;
      }
      if (metric === 'prefill' && !prefillEstimable(features)) {
        failure = NO_COMPUTE;
        return;
      }
      const attributes: SampleAttributes = {
        hardware: devices.join(' + '), model: model.name, runtime: backend.runtime, quant, totalParams: model.totalParams, activeParams: model.activeParams,
        moe: modelShape(model).moe !== null, depthTokens: choice.depthTokens!, ubatch: settings.ubatch, devices: n, partialOffload: features.partialOffload, file, row: `${file}:${index + 1}`,
      };
      const naive =
        metric === 'decode' ? (dev.bandwidthGBps * 1e9) / size : ((dev.fp16Tflops ?? dev.bandwidthGBps / 5) * 1e12) / (2 * model.totalParams);
      samples.push({ metric, measured, sourceId: sourceIdOf(r), features, label: `${r.hardware} ×${n} ${r.model} ${r.quant} ${r.backend}`, naive, attributes });
    };
    const tg = Number(r.tg_tps);
    const pp = Number(r.pp_tps);
    if (tg > 0 && tests.decode) {
      const d = tests.decode;
      measure('decode', tg, d.depthTokens + d.generatedTokens / 2, d.depthTokens + d.generatedTokens, 512);
    }
    if (pp > 0 && tests.prefill) {
      const p = tests.prefill;
      // The estimator prices one 512-token ubatch at depth + 256: the prompt's middle is D + N/2.
      measure('prefill', pp, p.depthTokens + (p.promptTokens - 512) / 2, p.depthTokens + p.promptTokens, p.promptTokens);
    }
    if ((tg > 0 && !tests.decode) || (pp > 0 && !tests.prefill)) failure ??= { kind: 'unreadable', reason: 'a value the test name does not describe' };
    // A row counts as skipped when none of its values could be scored.
    if (samples.length === before) skipped.add(file, failure ?? { kind: 'unreadable', reason: 'no value' });
  }
  return { samples, skipped: skipped.list() };
}

export interface Interpreted {
  ok: true;
  model: ReferenceCatalog['models'][number];
  quant: string;
  backend: Extract<ReturnType<typeof resolveBackend>, { ok: true }>;
  hardware: HardwareSpec;
  devices: string[];
  /** The catalog entries the row ran on (none for a CPU-only run on a machine the catalog does not list). */
  machines: ReferenceCatalog['machines'];
  settings: ReturnType<typeof parseSettings>;
  tests: NonNullable<ReturnType<typeof parseSpeedTest>>;
  artifact: { slug: string; format: string; publisher: string; fileBytes: number } | null;
}

/** The machine of a CPU-only run the catalog cannot describe: its CPU beside the bench host's RAM, at the stated bandwidth. */
function cpuRunMachine(d: CpuRunDevice): { ok: true; hardware: HardwareSpec; machines: { name: string; kind: DeviceKind }[] } {
  const bandwidthGBps = d.bandwidthGBps ?? 0;
  const cpu: DeviceSpec = { name: d.name, kind: 'cpu', memoryBytes: BENCH_HOST_MEMORY_BYTES, bandwidthGBps, fp16Tflops: null, cores: d.cores, count: 1 };
  return { ok: true, hardware: { devices: [cpu], systemMemoryBytes: BENCH_HOST_MEMORY_BYTES, systemBandwidthGBps: bandwidthGBps }, machines: [{ name: d.name, kind: 'cpu' }] };
}

/**
 * A CPU-only run computes on the threads it was given, not on every core: the CPU's cores become
 * the threads the row states (at most its physical cores; SMT siblings share a core's SIMD units).
 */
function withThreads(hardware: HardwareSpec, threads: number | null): HardwareSpec {
  if (threads === null || !(threads > 0)) return hardware;
  return { ...hardware, devices: hardware.devices.map((d) => (d.kind === 'cpu' ? { ...d, cores: Math.min(d.cores ?? threads, threads) } : d)) };
}

/** One speed_2026.csv row → the choice's parts, or why it is not scored (the first reason that applies). */
export function interpret2026(r: CsvRow, catalog: ReferenceCatalog): Interpreted | { ok: false; skip: RowSkip } {
  const backend = resolveBackend(r.backend ?? '');
  if (!backend.ok) return backend;
  const tests = parseSpeedTest(r.test ?? '', r.context_or_depth ?? '');
  if (!tests) return { ok: false, skip: { kind: 'unreadable', reason: 'test not understood' } };
  const settings = parseSettings(r.settings ?? '', r.backend ?? '', r.test ?? '');
  if (settings.meanInFlight !== null && settings.meanInFlight > 1.5) return { ok: false, skip: EXCLUDED.serving };
  if (settings.handSplit) return { ok: false, skip: EXCLUDED.handSplit };
  // The split mode can be in the settings rather than the backend ("2 GPUs, -sm tensor").
  if (backend.runtime === 'llama.cpp' && settings.llamaCppTensorSplit) return { ok: false, skip: EXCLUDED.tensorSplit };
  // A CPU-only run on a machine the catalog lists by its GPU or not at all: the CPU as the run used it.
  const cpuRun = backend.cpuOnly ? cpuRunDevice(r.hardware ?? '') : null;
  if (cpuRun && cpuRun.bandwidthGBps === null) return { ok: false, skip: EXCLUDED.cpuBandwidthUnknown };
  const model = resolveModel(r.model ?? '', catalog);
  const hw = cpuRun ? cpuRunMachine(cpuRun) : resolveHardware(r.hardware ?? '', Math.max(1, Number(r.n_devices) || 1), catalog);
  // A missing model or device first: those rows become scorable when the catalog gains them.
  if (!model.ok && model.skip === LATER.model) return model;
  if (!hw.ok && hw.skip === LATER.hardware) return hw;
  if (!model.ok) return model;
  if (!hw.ok) return hw;
  const quant = resolveQuant(r.quant ?? '');
  if (!quant.ok) return quant;
  // 5 % of slack: a benchmark that fills the context and generates a few tokens past it still runs inside.
  const trained = maxContextTokens(model.model);
  const reach = Math.max(tests.prefill ? tests.prefill.depthTokens + tests.prefill.promptTokens : 0, tests.decode?.depthTokens ?? 0);
  if (reach > trained * 1.05) return { ok: false, skip: EXCLUDED.beyondContext };
  const printed = printedSize(r.model_size_as_printed ?? '');
  if (printed.params && Math.abs(model.model.totalParams - printed.params) / printed.params > 0.15) return { ok: false, skip: EXCLUDED.paramsMismatch };
  const kinds = hw.machines.map((m) => m.kind);
  if (backend.cpuOnly && kinds.some((k) => k !== 'cpu')) return { ok: false, skip: EXCLUDED.cpuOnGpuMachine };
  if (backend.gpuBackend === 'unknown' && kinds.some((k) => k === 'amd' || k === 'intel')) return { ok: false, skip: EXCLUDED.gpuBackendUnknown };
  if (backend.runtime === 'transformers' && modelShape(model.model).moe && loopsOverEveryExpert(r.backend ?? '')) return { ok: false, skip: EXCLUDED.transformersExpertLoop };
  if (backend.runtime === 'vllm' && vllmBeforeCudaGraphs(r.backend ?? '')) return { ok: false, skip: EXCLUDED.vllmEager };
  return {
    ok: true,
    model: model.model,
    quant: quant.quant,
    backend,
    hardware: backend.cpuOnly ? withThreads(hw.hardware, settings.threads) : hw.hardware,
    devices: hw.machines.map((m) => m.name),
    machines: cpuRun ? [] : (hw.machines as ReferenceCatalog['machines']),
    settings,
    tests,
    // The file the measurement loaded, where llama-bench printed its size.
    artifact: printed.fileBytes ? { slug: 'measured-file', format: quant.quant, publisher: 'the measured file', fileBytes: printed.fileBytes } : null,
  };
}

/** A device of the stated vendor and memory for a memory row whose device the catalog lacks (memory does not depend on speed figures; no speed is read from it). */
function standInDevice(text: string): DeviceSpec | null {
  const gb = /(\d+(?:\.\d+)?)\s*GB/i.exec(text);
  const kind: DeviceKind | null = /nvidia/i.test(text) ? 'nvidia' : /amd|radeon/i.test(text) ? 'amd' : /apple/i.test(text) ? 'apple' : /intel/i.test(text) ? 'intel' : null;
  if (!gb || !kind) return null;
  return { name: text, kind, memoryBytes: Number(gb[1]) * GiB, bandwidthGBps: 0, fp16Tflops: null };
}

interface MemoryPoint extends AccuracyPoint {
  metric: 'llamaCppMemory' | 'transformersMemory' | 'mlxMemory';
  /** Transformers rows: the estimate taken apart for the constants' fit (memory-fit.ts). */
  fit?: MemoryFitRow;
}

const TRANSFORMERS_QUANT_FAMILIES = new Set(['gptq', 'awq', 'int']);

/** Measured memory (llama.cpp buffer sums, torch max_memory_allocated, MLX peak memory) against weights + KV + compute. */
function memoryPoints(data: AccuracyData, skipped: SkipCounter): MemoryPoint[] {
  const models = archModels(data.arch);
  const points: MemoryPoint[] = [];
  const predict = (choice: Choice, sourceId: string, measured: number): { predicted: number; fit?: MemoryFitRow } => {
    // Like with like: llama.cpp buffer sums, torch's and MLX's peak counters all exclude the driver context.
    const gpus = estimateChoice(asMeasured(choice)).memory.devices.filter((d) => d.kind !== 'system');
    const predicted = gpus.reduce((a, d) => a + d.weightsBytes + d.kvCacheBytes + d.computeBytes, 0);
    if (choice.runtime !== 'transformers') return { predicted };
    // The cache each device holds once the prompt has run, as a share of the full context's.
    const kv = { kvCacheType: choice.kvCacheType ?? 'f16', runtime: 'transformers' as const };
    const prompt = Math.min(choice.promptTokens ?? choice.contextTokens!, choice.contextTokens!);
    const full = kvCacheBytes(choice.model, { ...kv, tokens: choice.contextTokens! });
    const atPrompt = full > 0 ? kvCacheBytes(choice.model, { ...kv, tokens: prompt }) / full : 0;
    const fit: MemoryFitRow = {
      sourceId, measured,
      quantized: TRANSFORMERS_QUANT_FAMILIES.has(QUANT_FORMATS[choice.quant]?.family ?? ''),
      activationUnit: transformersActivationUnitBytes(choice.model, prompt),
      devices: gpus.map((d) => ({ weights: d.weightsBytes, cache: d.kvCacheBytes, cacheAtPrompt: d.kvCacheBytes * atPrompt })),
    };
    return { predicted, fit };
  };
  for (const r of data.measuredMemory) {
    const file = 'measured_memory.csv';
    const tool = r.tool ?? '';
    const runtime = runtimeOf(tool.replace(/HF Transformers/i, 'transformers'));
    const model = mapModel(r.model ?? '', models);
    const quant = mapQuant(r.quant ?? '');
    const measured = Number(r.value_MiB) * MiB;
    if (!runtime || !/sum|buffers|GPU Memory/i.test(r.metric ?? '')) {
      skipped.add(file, { kind: 'unreadable', reason: 'not a runtime memory measurement' });
      continue;
    }
    if (!model || !quant || !(measured > 0)) {
      skipped.add(file, { kind: 'unreadable', reason: 'model or quant not mappable' });
      continue;
    }
    const hwText = r.hardware ?? '';
    const n = Number(/(\d+)x/.exec(hwText)?.[1] ?? 1);
    const dev = mapHardware(hwText.replace(/^\d+x\s*/, ''), n, catalogFacts(data.catalog));
    if (!dev) {
      skipped.add(file, { kind: 'unreadable', reason: 'hardware not mappable' });
      continue;
    }
    const ctx = firstNumber(r.context_tokens) ?? 8192;
    const prompt = /input (\d+)/.exec(r.context_tokens ?? '');
    // The settings the measurement ran with: its context and prompt, one sequence, a 16-bit cache,
    // and flash attention as the row states (off in these 2024 llama.cpp logs).
    const sourceId = sourceIdOf(r);
    const pred = predict({
      model, quant, runtime,
      hardware: { devices: [dev], systemMemoryBytes: BENCH_HOST_MEMORY_BYTES },
      contextTokens: ctx, users: 1, kvCacheType: 'f16', depthTokens: 0,
      promptTokens: prompt ? Number(prompt[1]) : ctx,
      flashAttention: flashAttentionOf(tool, r.notes),
    }, sourceId, measured);
    const metric = runtime === 'transformers' ? 'transformersMemory' : 'llamaCppMemory';
    const naive = ((model.totalParams * naiveBits(quant)) / 8) * 1.2;
    points.push({ metric, label: `${r.model} ${r.quant} ${r.context_tokens} ${hwText}`.slice(0, 140), sourceId, measured, predicted: pred.predicted, naive, ...(pred.fit ? { fit: pred.fit } : {}) });
  }
  for (const r of data.memory2026) {
    const file = 'memory_2026.csv';
    const tool = r.tool ?? '';
    const runtime: Runtime | null = /transformers/i.test(tool) ? 'transformers' : /mlx/i.test(tool) ? 'mlx' : null;
    if (!runtime) {
      skipped.add(file, { kind: 'unreadable', reason: 'tool not understood' });
      continue;
    }
    const mq = modelAndQuantOf(r, data, file, skipped);
    if (!mq) continue;
    const { model, quant } = mq;
    const hwText = r.hardware ?? '';
    const resolved = resolveHardware(hwText, 1, data.catalog);
    const stand = resolved.ok ? null : standInDevice(hwText);
    const hardware: HardwareSpec | null = resolved.ok ? resolved.hardware : stand ? { devices: [stand], systemMemoryBytes: stand.kind === 'apple' ? stand.memoryBytes : BENCH_HOST_MEMORY_BYTES } : null;
    if (!hardware) {
      skipped.add(file, resolved.ok ? LATER.hardware : resolved.skip);
      continue;
    }
    // value_MiB: MLX's decimal GB and Transformers' "GPU Memory (MB)" (taken as MiB, torch's convention) converted in the file.
    const measured = Number(r.value_MiB) * MiB;
    const context = /(\d+)\s*\((?:input|prompt)/.exec(r.context_tokens ?? '');
    const prompt = /(?:input|prompt)\s*([\d.]+)(K)?/i.exec(r.context_tokens ?? '');
    const generated = /(\d+)\s*generated/.exec(r.context_tokens ?? '');
    const promptTokens = prompt ? Math.round(Number(prompt[1]) * (prompt[2] ? 1000 : 1)) : 512;
    const contextTokens = context ? Number(context[1]) : promptTokens + (generated ? Number(generated[1]) : 512);
    if (!(measured > 0)) {
      skipped.add(file, { kind: 'unreadable', reason: 'no value' });
      continue;
    }
    const sourceId = sourceIdOf(r);
    const pred = predict({
      model: model.model, quant: quant.quant, runtime, hardware,
      contextTokens, users: 1, kvCacheType: 'f16', depthTokens: 0, promptTokens,
    }, sourceId, measured);
    const metric = runtime === 'transformers' ? 'transformersMemory' : 'mlxMemory';
    const naive = ((model.model.totalParams * naiveBits(quant.quant)) / 8) * 1.2;
    points.push({ metric, label: `${r.model} ${r.quant} ${r.context_tokens} ${hwText}`.slice(0, 140), sourceId, measured, predicted: pred.predicted, naive, ...(pred.fit ? { fit: pred.fit } : {}) });
  }
  return points;
}

interface VllmPoint extends AccuracyPoint {
  metric: 'vllmKvCache';
  fit: VllmFitRow;
}

/**
 * vLLM's KV pool as its start-up log prints it ("Available KV cache memory", per GPU; summed over
 * the GPUs here) against the pool the estimator leaves: each GPU's utilization budget less its
 * weights shard, the profile run's peak at the row's max_num_batched_tokens and sequences, and
 * non-torch memory (memory-fit.ts, predictVllmKvPool).
 */
function vllmPoints(data: AccuracyData, skipped: SkipCounter): VllmPoint[] {
  const file = 'vllm_memory_2026.csv';
  const points: VllmPoint[] = [];
  const seen = new Set<string>();
  for (const r of data.vllmMemory2026) {
    const mq = modelAndQuantOf(r, data, file, skipped);
    if (!mq) continue;
    const { model, quant } = mq;
    const tp = Number(r.tensor_parallel);
    const hardware = resolveHardware(r.hardware ?? '', tp, data.catalog);
    if (!hardware.ok) {
      skipped.add(file, hardware.skip);
      continue;
    }
    const util = Number(r.gpu_memory_utilization);
    const maxModelLen = Number(r.max_model_len);
    const profileTokens = Number(r.profile_tokens);
    const maxSeqs = Number(r.max_num_seqs);
    const measured = Number(r.kv_cache_GiB) * GiB * tp;
    if (![tp, util, maxModelLen, profileTokens, maxSeqs].every((x) => x > 0) || !(util <= 1) || !(measured > 0)) {
      skipped.add(file, { kind: 'unreadable', reason: 'settings or KV cache figure missing' });
      continue;
    }
    const est = estimateChoice(asMeasured({
      model: model.model, quant: quant.quant, runtime: 'vllm', hardware: hardware.hardware,
      contextTokens: maxModelLen, users: 1, kvCacheType: 'f16', depthTokens: 0, gpuMemoryUtilization: util,
    }));
    const gpus = est.memory.devices.filter((d) => d.kind !== 'system');
    if (gpus.length !== tp) {
      skipped.add(file, { kind: 'unreadable', reason: 'placement did not shard over the stated GPUs' });
      continue;
    }
    const m = model.model;
    const memories = hardware.hardware.devices.flatMap((d) => (d.kind === 'cpu' ? [] : Array.from({ length: Math.max(1, d.count ?? 1) }, () => d.memoryBytes)));
    const fit: VllmFitRow = {
      sourceId: sourceIdOf(r), measured,
      activationUnit: vllmActivationUnitBytes(m, profileTokens),
      fabric: onGpuFabric(hardware.hardware.devices),
      // A V0 tensor-parallel worker other than the driver runs no sampler pass: its printed peak is the forward pass's alone.
      peakMeasured: r.activation_peak_GiB && r.breakdown_from !== 'worker' ? Number(r.activation_peak_GiB) * GiB : null,
      nonTorchMeasured: r.non_torch_GiB ? Number(r.non_torch_GiB) * GiB : null,
      totalMeasured: r.total_gpu_GiB ? Number(r.total_gpu_GiB) * GiB : null,
      utilization: util,
      // Headless: the catalog's memory is all the placement may use, so the budget is vLLM's own.
      devices: gpus.map((d, i) => ({ memory: memories[i] ?? 0, weights: d.weightsBytes, logits: vllmSamplerLogitsBytes(m, maxSeqs) })),
    };
    // A run that repeats an earlier one's inputs and pool (another max_model_len, an fp8 KV cache, FP16 for BF16 weights) is the same measurement.
    const key = JSON.stringify(fit);
    if (seen.has(key)) {
      skipped.add(file, EXCLUDED.samePool);
      continue;
    }
    seen.add(key);
    // Other calculators: the utilization budget less the weights at their nominal width.
    const naive = Math.max(1, util * memories.reduce((a, x) => a + x, 0) - (m.totalParams * naiveBits(quant.quant)) / 8);
    points.push({
      metric: 'vllmKvCache', label: `${r.model} ${r.quant} tp ${tp} util ${util} len ${maxModelLen} ${r.hardware} (vLLM ${r.vllm_version})`.slice(0, 140),
      sourceId: fit.sourceId, measured, predicted: predictVllmKvPool(fit, VLLM_MEMORY), naive, fit,
    });
  }
  return points;
}

/** Every vLLM KV pool row, taken apart for the constants' fit (memory-fit.ts); the test refits on these. */
export function vllmMemoryRows(data: AccuracyData): VllmFitRow[] {
  return vllmPoints(data, new SkipCounter()).map((p) => p.fit);
}

/** Every Transformers memory row, taken apart for the constants' fit (memory-fit.ts); the test refits on these. */
export function transformersMemoryRows(data: AccuracyData): MemoryFitRow[] {
  return memoryPoints(data, new SkipCounter()).flatMap((p) => (p.fit ? [p.fit] : []));
}

/** GGUF file sizes (llama.cpp block layouts), one point per distinct (model, quant, size). */
function fileSizePoints(data: AccuracyData, skipped: SkipCounter): AccuracyPoint[] {
  const models = archModels(data.arch);
  const seen = new Set<string>();
  const points: AccuracyPoint[] = [];
  for (const r of data.ggufSizes) {
    const file = 'gguf_sizes.csv';
    const model = mapModel(r.model ?? '', models);
    const quant = mapQuant(r.quant ?? '');
    const bytes = Number(r.size_bytes);
    if (!model) {
      skipped.add(file, { kind: 'unreadable', reason: 'model not in arch.csv' });
      continue;
    }
    if (!quant || !(bytes > 0)) {
      skipped.add(file, { kind: 'unreadable', reason: 'quant not identifiable' });
      continue;
    }
    const key = `${model.name}|${quant}|${bytes}`;
    if (seen.has(key)) {
      skipped.add(file, { kind: 'unreadable', reason: 'duplicate row' });
      continue;
    }
    seen.add(key);
    points.push({
      metric: 'fileSize', label: `${r.model} ${r.quant}`, sourceId: sourceIdOf(r), measured: bytes,
      predicted: weightComposition(model, quant).fileBytes, naive: (model.totalParams * naiveBits(quant)) / 8,
    });
  }
  return points;
}

/** A memory row's model and quantization from the catalog, or null after counting why it is skipped. */
function modelAndQuantOf(r: Record<string, string | undefined>, data: AccuracyData, file: string, skipped: SkipCounter) {
  const model = resolveModel(r.model ?? '', data.catalog);
  if (!model.ok) {
    skipped.add(file, model.skip);
    return null;
  }
  const quant = resolveQuant(r.quant ?? '');
  if (!quant.ok) {
    skipped.add(file, quant.skip);
    return null;
  }
  return { model, quant };
}

/** Speed points: in-sample with `constants`, held-out from the cross-validation. */
export function speedPoints(samples: SpeedSample[], constants: SpeedConstants, folds: number, committed?: readonly SpeedHeldOut[]): AccuracyPoint[] {
  if (committed && committed.length !== samples.length) throw new Error(`${committed.length} committed held-out predictions for ${samples.length} speed rows`);
  const heldOut = committed ?? crossValidate(samples, folds).heldOut;
  return samples.map((s, i) => {
    const predicted = predictSpeed(s, constants.backends);
    const factor = bandFactorFor(constants.bands[s.metric], s.features.label).factor;
    const h = heldOut[i]!;
    return {
      metric: s.metric, label: s.label, sourceId: s.sourceId, measured: s.measured, predicted, naive: s.naive,
      low: predicted / factor, high: predicted * factor, backend: s.features.label,
      heldOut: { predicted: h.predicted, low: h.low, high: h.high, fold: h.fold }, attributes: s.attributes,
    };
  });
}

const HELD_OUT_METHOD: Record<MetricName, string> = {
  fileSize: 'rows from sources no size constant was read from (the layouts come from llama.cpp’s source, one metadata constant from one file)',
  llamaCppMemory: 'rows from sources the compute-buffer formula was not checked against',
  transformersMemory: 'leave-one-source-out cross-validation: the activation and quantized-scratch constants refitted without the row\'s source',
  vllmKvCache: 'leave-one-source-out cross-validation: the visible-memory share, sampler copies and non-torch constants refitted without the row\'s source (the activation copies are the Transformers fit\'s, from other sources)',
  mlxMemory: 'every row: no MLX memory constant was read off a measurement',
  decode: 'leave-one-source-out cross-validation: the speed constants refitted without the row\'s source',
  prefill: 'leave-one-source-out cross-validation: the speed constants refitted without the row\'s source',
};

/** One speed row's held-out prediction: from constants refitted without its source, and its band. */
export interface SpeedHeldOut {
  fold: number;
  predicted: number;
  low: number;
  high: number;
}

/**
 * The estimator against every scorable measurement, in-sample and held-out. `speedHeldOut`: the
 * held-out speed predictions `npm run fit:speed` committed for exactly these rows
 * (lib/data/reference-data.ts committedSpeedHeldOut), so a page does not refit once per source
 * while it renders; without them the cross-validation runs here.
 */
export function computeAccuracy(data: AccuracyData, options: { constants?: SpeedConstants; folds?: number; speedHeldOut?: readonly SpeedHeldOut[] } = {}): AccuracyReport {
  const constants = options.constants ?? SPEED_CONSTANTS;
  const skipped = new SkipCounter();
  const { samples, skipped: speedSkips } = speedSamples(data);
  const folds = options.folds ?? cvFolds(samples);
  for (const s of speedSkips) for (let i = 0; i < s.count; i++) skipped.add(s.file, s);
  const raw = memoryPoints(data, skipped);
  const fitted = raw.filter((p) => p.fit);
  const cv = crossValidateTransformersMemory(fitted.map((p) => p.fit!));
  const heldOutOf = new Map(fitted.map((p, i) => [p.fit!, cv.predicted[i] ?? null]));
  const memory: AccuracyPoint[] = raw.map(({ fit, ...p }) => {
    if (fit) {
      const h = heldOutOf.get(fit) ?? null;
      return h === null ? p : { ...p, heldOut: { predicted: h } };
    }
    if (p.metric === 'transformersMemory') return p;
    return HAND_CALIBRATION_SOURCES[p.metric].includes(p.sourceId) ? p : { ...p, heldOut: { predicted: p.predicted } };
  });
  const vllmRaw = vllmPoints(data, skipped);
  const vllmCv = crossValidateVllmMemory(vllmRaw.map((p) => p.fit), VLLM_MEMORY.activationFactor);
  const vllm: AccuracyPoint[] = vllmRaw.map(({ fit: _fit, ...p }, i) => {
    const h = vllmCv.predicted[i] ?? null;
    return h === null ? p : { ...p, heldOut: { predicted: h } };
  });
  const sizes = fileSizePoints(data, skipped).map((p) => (HAND_CALIBRATION_SOURCES.fileSize.includes(p.sourceId) ? p : { ...p, heldOut: { predicted: p.predicted } }));
  const points: AccuracyPoint[] = [...sizes, ...memory, ...vllm, ...speedPoints(samples, constants, folds, options.speedHeldOut)];
  const metrics: MetricSummary[] = METRICS.map((metric) => {
    const ps = points.filter((p) => p.metric === metric);
    const held = ps.filter((p) => p.heldOut).map((p) => ({ measured: p.measured, ...p.heldOut! }));
    return {
      metric,
      title: METRIC_TITLES[metric],
      inSample: summarize(ps),
      heldOut: summarize(held),
      heldOutMethod: HELD_OUT_METHOD[metric],
      naiveMedianAbsPctErr: quantile(ps.map((p) => pctErr(p.naive, p.measured)), 0.5),
      naiveP90AbsPctErr: quantile(ps.map((p) => pctErr(p.naive, p.measured)), 0.9),
      target: ACCURACY_TARGETS[metric] ?? null,
    };
  });
  return { metrics, points, skipped: skipped.list(), folds };
}

export interface BackendSummary {
  metric: 'decode' | 'prefill';
  backend: string;
  inSample: ErrorSummary;
  heldOut: ErrorSummary;
  /** Median signed held-out error (%): > 0 means the estimator reads optimistic. */
  heldOutMedianSignedPctErr: number;
}

/** Decode / prefill errors split by a grouping of the points (default: the backend the estimator used). */
export function accuracyBy(report: AccuracyReport, group: (p: AccuracyPoint) => string = (p) => p.backend ?? '?'): BackendSummary[] {
  const out: BackendSummary[] = [];
  for (const metric of ['decode', 'prefill'] as const) {
    const ps = report.points.filter((p) => p.metric === metric);
    for (const key of [...new Set(ps.map(group))].sort()) {
      const sel = ps.filter((p) => group(p) === key);
      const held = sel.filter((p) => p.heldOut).map((p) => ({ measured: p.measured, ...p.heldOut! }));
      out.push({
        metric,
        backend: key,
        inSample: summarize(sel),
        heldOut: summarize(held),
        heldOutMedianSignedPctErr: quantile(held.map((p) => ((p.predicted - p.measured) / p.measured) * 100), 0.5),
      });
    }
  }
  return out;
}
