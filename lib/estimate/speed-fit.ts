// Fitting the speed constants to measurements, and judging the fit on measurements it never saw.
// Pure: `npm run fit:speed` (scripts/fit-speed.ts) runs it over the committed data and writes
// fitted/speed-constants.json; `npm run accuracy` and /accuracy run the same cross-validation.
//
// The objective, per backend and quantity (decode, prefill), over the rows whose first GPU segment
// (else the CPU) runs on that backend:
//   Σ_rows w · ρ(log(predicted / measured)) / b  +  ½ Σ_constants z²
// ρ is a smoothed absolute value (√(r² + ε²), ε = 0.02): a median-like fit that a few odd rows do
// not drag; b = 0.15 is a typical log error, so the prior weighs like a row or two per constant;
// w = 1/√(rows of the row's source in this set), so one large campaign does not outvote the rest;
// z = (log θ − log prior centre) / prior log-sd (backends.ts SPEED_PRIORS), θ clamped to its
// physical range. Minimized by Nelder–Mead in z from the prior centres, restarted twice from the
// best point with smaller simplices: deterministic, no random starts.
// Cross-validation: sources (not rows) are dealt into k folds; each fold is predicted by constants
// fitted on the other folds only. Bands are calibrated on those held-out residuals.

import {
  DECODE_PARAMS, OFFLOAD_PARAMS, PREFILL_PARAMS, SPEED_BACKENDS, SPEED_PRIORS, speedConstantsOf,
  type Backend, type BackendConstants, type BandFactor, type Prior, type SpeedBands, type SpeedParam,
} from './backends';
import { bandFactorFor, decodeSecondsFrom, prefillSecondsFrom, type SpeedFeatures } from './speed';

export type SpeedMetric = 'decode' | 'prefill';

/** One measurement as the fit sees it. */
export interface FitSample {
  metric: SpeedMetric;
  measured: number;
  sourceId: string;
  features: SpeedFeatures;
}

/** Backends are fitted in this order: CPU first, so GPU rows with layers in RAM see fitted CPU constants. */
export const FIT_ORDER: readonly Backend[] = ['cpu', 'cuda', 'rocm', 'vulkan', 'sycl', 'metal', 'mlx', 'vllm', 'transformers'];

/** Laplace scale of the log residuals (a typical log error). */
const RESIDUAL_SCALE = 0.15;
/** Smoothing of |r| near zero, so the simplex can settle. */
const SMOOTHING = 0.02;
/** Significant digits of a fitted constant (as the committed file stores it). */
export const FITTED_DIGITS = 6;

/** Band calibration levels: the targets (decode 80 %, prefill 70 % inside) plus 5 points of margin. */
export const BAND_LEVELS: Record<SpeedMetric, number> = { decode: 0.85, prefill: 0.75 };
/** A backend combination needs this many held-out rows for a band of its own; below, the band widens and confidence is low. */
export const MIN_BAND_ROWS = 20;

/** The backend whose constants a row informs: its first GPU segment's, else the CPU's. */
export function primaryBackend(f: SpeedFeatures, metric: SpeedMetric): Backend {
  const segs = metric === 'decode' ? f.decode : f.prefill;
  return (segs.find((s) => s.backend !== 'cpu') ?? segs[0])!.backend;
}

export function predictSpeed(s: Pick<FitSample, 'metric' | 'features'>, constants: Record<Backend, BackendConstants>): number {
  if (s.metric === 'decode') return 1 / decodeSecondsFrom(s.features, constants);
  // Samples are only made where prefill is estimable (accuracy.ts skips the rest); NaN would say otherwise loudly.
  const t = prefillSecondsFrom(s.features, constants);
  return t === null ? Number.NaN : 512 / t;
}

/** Fitted values per backend (only the constants with a prior; the rest are fixed in backends.ts). */
export type FittedBackends = Record<Backend, Partial<Record<SpeedParam, number>>>;

const priorCentres = (): FittedBackends => {
  const out = {} as FittedBackends;
  for (const b of SPEED_BACKENDS) {
    out[b] = {};
    for (const [p, pr] of Object.entries(SPEED_PRIORS[b]) as [SpeedParam, Prior][]) out[b][p] = pr.center;
  }
  return out;
};

const valueOf = (pr: Prior, z: number) => Math.min(pr.max, Math.max(pr.min, pr.center * Math.exp(z * pr.logSd)));

/** Nelder–Mead minimization (reflection 1, expansion 2, contraction ½, shrink ½). */
export function nelderMead(f: (x: number[]) => number, start: number[], step: number, maxEvaluations: number): { x: number[]; value: number } {
  const n = start.length;
  if (n === 0) return { x: [], value: f([]) };
  let simplex = [start, ...start.map((_, i) => start.map((v, j) => (j === i ? v + step : v)))].map((x) => ({ x, v: f(x) }));
  let evaluations = simplex.length;
  while (evaluations < maxEvaluations) {
    simplex.sort((a, b) => a.v - b.v);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (Math.abs(worst.v - best.v) <= 1e-10 * (Math.abs(best.v) + 1e-10)) break;
    const centroid = start.map((_, j) => simplex.slice(0, n).reduce((a, p) => a + p.x[j]!, 0) / n);
    const along = (t: number) => centroid.map((c, j) => c + t * (worst.x[j]! - c));
    const reflected = along(-1);
    const vr = f(reflected);
    evaluations++;
    if (vr < best.v) {
      const expanded = along(-2);
      const ve = f(expanded);
      evaluations++;
      simplex[n] = ve < vr ? { x: expanded, v: ve } : { x: reflected, v: vr };
    } else if (vr < simplex[n - 1]!.v) {
      simplex[n] = { x: reflected, v: vr };
    } else {
      const contracted = vr < worst.v ? along(-0.5) : along(0.5);
      const vc = f(contracted);
      evaluations++;
      if (vc < Math.min(vr, worst.v)) simplex[n] = { x: contracted, v: vc };
      else {
        simplex = simplex.map((p, i) => (i === 0 ? p : { x: p.x.map((v, j) => best.x[j]! + 0.5 * (v - best.x[j]!)), v: NaN }));
        for (const p of simplex) if (Number.isNaN(p.v)) p.v = f(p.x);
        evaluations += n;
      }
    }
  }
  simplex.sort((a, b) => a.v - b.v);
  return { x: simplex[0]!.x, value: simplex[0]!.v };
}

/** Source weights: 1/√(rows of the source) within a set. */
function sourceWeights(rows: FitSample[]): number[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.sourceId, (counts.get(r.sourceId) ?? 0) + 1);
  return rows.map((r) => 1 / Math.sqrt(counts.get(r.sourceId)!));
}

/** Fit a backend's constants `params` (those with a prior) on `rows`, everything else held at `table`. */
function fitBlock(backend: Backend, params: readonly SpeedParam[], rows: FitSample[], table: Record<Backend, BackendConstants>): Partial<Record<SpeedParam, number>> {
  const names = params.filter((p) => SPEED_PRIORS[backend][p] !== undefined);
  const priors = names.map((p) => SPEED_PRIORS[backend][p]!);
  if (rows.length === 0 || names.length === 0) return Object.fromEntries(names.map((p, i) => [p, priors[i]!.center]));
  const weights = sourceWeights(rows);
  const logMeasured = rows.map((r) => Math.log(r.measured));
  const trial: Record<Backend, BackendConstants> = { ...table, [backend]: { ...table[backend] } };
  const objective = (z: number[]) => {
    const c = trial[backend];
    for (let i = 0; i < names.length; i++) c[names[i]!] = valueOf(priors[i]!, z[i]!);
    let loss = 0;
    for (let i = 0; i < rows.length; i++) {
      const p = predictSpeed(rows[i]!, trial);
      const r = Number.isFinite(p) && p > 0 ? Math.log(p) - logMeasured[i]! : 10;
      loss += weights[i]! * Math.sqrt(r * r + SMOOTHING * SMOOTHING);
    }
    let penalty = 0;
    for (const zi of z) penalty += zi * zi;
    return loss / RESIDUAL_SCALE + penalty / 2;
  };
  let best = nelderMead(objective, names.map(() => 0), 0.8, 250 * names.length);
  for (const step of [0.3, 0.1]) best = nelderMead(objective, best.x, step, 150 * names.length);
  return Object.fromEntries(names.map((p, i) => [p, valueOf(priors[i]!, best.x[i]!)]));
}

/**
 * Fits every backend in FIT_ORDER (or only `backends`, the others held at `base`): each backend's
 * decode constants on its decode rows, its prefill constants on its prefill rows. With the cpu backend,
 * last, its host constants (OFFLOAD_PARAMS) on the decode rows that offload to the RAM of a host no hardware describes.
 */
export function fitSpeedBackends(samples: FitSample[], options: { backends?: readonly Backend[]; base?: FittedBackends } = {}): FittedBackends {
  const fitted: FittedBackends = structuredClone(options.base ?? priorCentres());
  const only = options.backends ?? FIT_ORDER;
  // Rounded as the committed file stores them, so a later block sees exactly the committed values
  // (and refitting one backend from the committed file reproduces it).
  const store = (backend: Backend, values: Partial<Record<SpeedParam, number>>) => {
    for (const [p, v] of Object.entries(values)) fitted[backend][p as SpeedParam] = Number(v!.toPrecision(FITTED_DIGITS));
  };
  for (const backend of FIT_ORDER) {
    if (!only.includes(backend)) continue;
    for (const metric of ['decode', 'prefill'] as const) {
      const rows = samples.filter((s) => s.metric === metric && primaryBackend(s.features, metric) === backend && informsFit(s.features));
      store(backend, fitBlock(backend, metric === 'decode' ? DECODE_PARAMS : PREFILL_PARAMS, rows, constantsTable(fitted)));
    }
  }
  // Only rows whose host is undescribed depend on hostBwGBps; a described host's rows would only dilute their sources' weights.
  if (only.includes('cpu')) store('cpu', fitBlock('cpu', OFFLOAD_PARAMS, samples.filter((s) => s.metric === 'decode' && s.features.hostBandwidthAssumed), constantsTable(fitted)));
  return fitted;
}

/**
 * Whether a row may inform its backend's constants. A row whose layers decode in an undescribed host's
 * RAM does not: much of its time is the host's, so fitting it would move the GPU's constants to absorb
 * the host. Such rows inform the host constants only (OFFLOAD_PARAMS, fitted after every backend).
 */
export function informsFit(f: SpeedFeatures): boolean {
  return !f.hostBandwidthAssumed;
}

/** Fitted values over the fixed ones, as the estimator reads them. */
export function constantsTable(fitted: FittedBackends): Record<Backend, BackendConstants> {
  return speedConstantsOf({ backends: fitted, bands: EMPTY_BANDS }).backends;
}

const EMPTY_BAND: SpeedBands = { byBackend: {}, pooled: { factor: 1, heldOutRows: 0, thin: true }, unseen: 1 };
const EMPTY_BANDS = { decode: EMPTY_BAND, prefill: EMPTY_BAND };

/**
 * Sources dealt into k folds: largest source first, each into the fold with the fewest rows so
 * far (ties: lowest fold, then source id). One source, one fold, always: the result maps sources.
 */
export function assignFolds(sourceIds: readonly string[], k: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sourceIds) counts.set(s, (counts.get(s) ?? 0) + 1);
  const order = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const load = Array<number>(Math.max(1, k)).fill(0);
  const fold = new Map<string, number>();
  for (const [source, n] of order) {
    let target = 0;
    for (let i = 1; i < load.length; i++) if (load[i]! < load[target]!) target = i;
    fold.set(source, target);
    load[target]! += n;
  }
  return fold;
}

/** Upper conformal quantile: the ⌈(n+1)q⌉-th smallest residual (the largest when that runs past n). */
function conformalQuantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length, Math.ceil((sorted.length + 1) * q)) - 1;
  return sorted[Math.max(0, index)]!;
}

/** Held-out |log(predicted / measured)| of one row, with the backend combination its band is looked up by. */
export interface HeldOutResidual {
  metric: SpeedMetric;
  label: string;
  absLogError: number;
}

/** Bands from held-out residuals: per backend combination (thin below MIN_BAND_ROWS), pooled, and for unseen combinations. */
export function calibrateBands(residuals: readonly HeldOutResidual[]): { decode: SpeedBands; prefill: SpeedBands } {
  const bandsFor = (metric: SpeedMetric): SpeedBands => {
    const q = BAND_LEVELS[metric];
    const mine = residuals.filter((r) => r.metric === metric);
    const all = mine.map((r) => r.absLogError).sort((a, b) => a - b);
    const factor = (xs: number[], level: number) => (xs.length === 0 ? NaN : Math.exp(conformalQuantile(xs, level)));
    const pooled: BandFactor = { factor: factor(all, q), heldOutRows: all.length, thin: all.length < MIN_BAND_ROWS };
    const byBackend: Record<string, BandFactor> = {};
    for (const label of [...new Set(mine.map((r) => r.label))].sort()) {
      const xs = mine.filter((r) => r.label === label).map((r) => r.absLogError).sort((a, b) => a - b);
      byBackend[label] = { factor: round(factor(xs, q)), heldOutRows: xs.length, thin: xs.length < MIN_BAND_ROWS };
    }
    // A combination no held-out row covers: the pooled residuals at the level halfway to 100 %.
    return { byBackend, pooled: { ...pooled, factor: round(pooled.factor) }, unseen: round(factor(all, (1 + q) / 2)) };
  };
  return { decode: bandsFor('decode'), prefill: bandsFor('prefill') };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export interface CrossValidated {
  /** Per sample (same order): its fold, and its prediction and band from constants fitted without that fold. */
  heldOut: { fold: number; predicted: number; low: number; high: number }[];
  /** Bands calibrated on every held-out residual (what the committed constants carry). */
  bands: { decode: SpeedBands; prefill: SpeedBands };
  folds: Map<string, number>;
}

/**
 * k-fold cross-validation grouped by source: each fold's rows are predicted by constants fitted on
 * the other folds. Each row's band is calibrated on the held-out residuals of the other folds' rows
 * (so its constants never saw its source, and neither its own residual nor its source's sets its band).
 */
export function crossValidate(samples: readonly FitSample[], k: number): CrossValidated {
  const folds = assignFolds(samples.map((s) => s.sourceId), k);
  const predicted = samples.map(() => NaN);
  for (let f = 0; f < k; f++) {
    const train = samples.filter((s) => folds.get(s.sourceId) !== f);
    const table = constantsTable(fitSpeedBackends(train));
    samples.forEach((s, i) => {
      if (folds.get(s.sourceId) === f) predicted[i] = predictSpeed(s, table);
    });
  }
  const residuals: (HeldOutResidual & { fold: number })[] = samples.map((s, i) => ({
    metric: s.metric,
    label: s.features.label,
    absLogError: Math.abs(Math.log(predicted[i]! / s.measured)),
    fold: folds.get(s.sourceId)!,
  }));
  const bandsWithout = Array.from({ length: k }, (_, f) => calibrateBands(residuals.filter((r) => r.fold !== f)));
  const heldOut = samples.map((s, i) => {
    const fold = folds.get(s.sourceId)!;
    const factor = bandFactorFor(bandsWithout[fold]![s.metric], s.features.label).factor;
    const p = predicted[i]!;
    return { fold, predicted: p, low: p / factor, high: p * factor };
  });
  return { heldOut, bands: calibrateBands(residuals), folds };
}
