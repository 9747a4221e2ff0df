// Accuracy of the estimator against the calibration set (fixtures/reference), beside the naive
// formulas other calculators use. Pure: takes parsed CSV rows, returns tables and scatter points.
// Each measurement becomes a choice with the settings it was taken with (context, depth, prompt,
// flash attention, backend) and goes through the same builder as every page (choice.ts).

import { estimateChoice, type Choice } from './choice';
import { archToModel, firstNumber, flashAttentionOf, mapHardware, mapModel, mapQuant, naiveBits, runtimeOf } from './accuracy-fixtures';
import { weightComposition } from './weights';
import type { CsvRow } from './csv';
import type { ModelSpec } from './types';

export interface AccuracyRows {
  arch: CsvRow[];
  ggufSizes: CsvRow[];
  measuredMemory: CsvRow[];
  speed: CsvRow[];
}

interface AccuracyPoint {
  metric: MetricName;
  label: string;
  measured: number;
  predicted: number;
  naive: number;
  low?: number;
  high?: number;
  /** Speed rows: the backend the estimator used (cuda, rocm, vulkan, cpu, …). */
  backend?: string;
}

export type MetricName = 'fileSize' | 'llamaCppMemory' | 'transformersMemory' | 'decode' | 'prefill';

interface MetricSummary {
  metric: MetricName;
  title: string;
  n: number;
  medianAbsPctErr: number;
  p90AbsPctErr: number;
  /** Share of rows whose measured value lies inside [low, high]; null when no band. */
  bandCoverage: number | null;
  naiveMedianAbsPctErr: number;
  naiveP90AbsPctErr: number;
  target: { median: number; p90: number | null } | null;
}

export interface AccuracyReport {
  metrics: MetricSummary[];
  points: AccuracyPoint[];
  skipped: { file: string; reason: string; count: number }[];
}

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

/** Targets from the estimator brief (median / p90 absolute % error). */
export const ACCURACY_TARGETS: Partial<Record<MetricName, { median: number; p90: number | null }>> = {
  fileSize: { median: 3, p90: 8 },
  llamaCppMemory: { median: 8, p90: 15 },
  decode: { median: 20, p90: 40 },
  prefill: { median: 35, p90: null },
};

function pctErr(pred: number, meas: number): number {
  return (Math.abs(pred - meas) / meas) * 100;
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}

export function computeAccuracy(rows: AccuracyRows): AccuracyReport {
  const models = new Map<string, ModelSpec>();
  for (const r of rows.arch) {
    const m = archToModel(r);
    if (m && r.model) models.set(r.model, m);
  }
  const points: AccuracyPoint[] = [];
  const skipped = new Map<string, number>();
  const skip = (file: string, reason: string) => skipped.set(`${file}|${reason}`, (skipped.get(`${file}|${reason}`) ?? 0) + 1);

  // File sizes (GGUF layouts only).
  const seen = new Set<string>();
  for (const r of rows.ggufSizes) {
    const model = mapModel(r.model ?? '', models);
    const quant = mapQuant(r.quant ?? '');
    const bytes = Number(r.size_bytes);
    if (!model) {
      skip('gguf_sizes.csv', 'model not in arch.csv');
      continue;
    }
    if (!quant || !(bytes > 0)) {
      skip('gguf_sizes.csv', 'quant not identifiable');
      continue;
    }
    const key = `${model.name}|${quant}|${bytes}`;
    if (seen.has(key)) {
      skip('gguf_sizes.csv', 'duplicate row');
      continue;
    }
    seen.add(key);
    const pred = weightComposition(model, quant).fileBytes;
    points.push({ metric: 'fileSize', label: `${r.model} ${r.quant}`, measured: bytes, predicted: pred, naive: (model.totalParams * naiveBits(quant)) / 8 });
  }

  // Memory while running.
  for (const r of rows.measuredMemory) {
    const tool = r.tool ?? '';
    const runtime = runtimeOf(tool.replace(/HF Transformers/i, 'transformers'));
    const model = mapModel(r.model ?? '', models);
    const quant = mapQuant(r.quant ?? '');
    const measured = Number(r.value_MiB) * MiB;
    if (!runtime || !/sum|buffers|GPU Memory/i.test(r.metric ?? '')) {
      skip('measured_memory.csv', 'not a runtime memory measurement');
      continue;
    }
    if (!model || !quant || !(measured > 0)) {
      skip('measured_memory.csv', 'model or quant not mappable');
      continue;
    }
    const hwText = r.hardware ?? '';
    const n = Number(/(\d+)x/.exec(hwText)?.[1] ?? 1);
    const dev = mapHardware(hwText.replace(/^\d+x\s*/, ''), n);
    if (!dev) {
      skip('measured_memory.csv', 'hardware not mappable');
      continue;
    }
    const ctx = firstNumber(r.context_tokens) ?? 8192;
    const prompt = /input (\d+)/.exec(r.context_tokens ?? '');
    // The settings the measurement ran with: its context and prompt, one sequence, a 16-bit cache,
    // and flash attention as the row states (off in these 2024 llama.cpp logs).
    const choice: Choice = {
      model,
      quant,
      runtime,
      hardware: { devices: [dev], systemMemoryBytes: 256 * GiB },
      contextTokens: ctx,
      users: 1,
      kvCacheType: 'f16',
      depthTokens: 0,
      promptTokens: prompt ? Number(prompt[1]) : ctx,
      flashAttention: flashAttentionOf(tool, r.notes),
    };
    const e = estimateChoice(choice);
    // Compare like with like: llama.cpp buffer sums and torch max_memory_allocated both exclude
    // the driver context and host-side buffers.
    let pred = 0;
    for (const d of e.memory.devices) if (d.kind !== 'system') pred += d.weightsBytes + d.kvCacheBytes + d.computeBytes;
    const metric: MetricName = runtime === 'transformers' ? 'transformersMemory' : 'llamaCppMemory';
    const naive = ((model.totalParams * naiveBits(quant)) / 8) * 1.2;
    points.push({ metric, label: `${r.model} ${r.quant} ${r.context_tokens} ${hwText}`.slice(0, 140), measured, predicted: pred, naive });
  }

  // Speed.
  for (const r of rows.speed) {
    const runtime = runtimeOf(r.backend ?? '');
    const model = mapModel(r.model ?? '', models);
    const quant = mapQuant(r.quant ?? '');
    const n = Math.max(1, Number(r.n_devices) || 1);
    const dev = mapHardware(r.hardware ?? '', n);
    if (!runtime || !model || !quant || !dev) {
      skip('speed.csv', !dev ? 'hardware not mappable or unsure' : 'model, quant or backend not mappable');
      continue;
    }
    const test = r.test ?? '';
    const tgN = Number(/tg(\d+)/.exec(test)?.[1] ?? 0);
    const gen2048 = /generate 2048/i.test(test);
    // pp-only rows longer than one ubatch (pp2048 with ubatch 512): mean depth of the later ubatches.
    const ppOnly = /^pp(\d+)/.exec(test);
    const depth = gen2048 ? 1024 : tgN > 0 ? tgN / 2 : ppOnly && Number(ppOnly[1]) > 512 ? (Number(ppOnly[1]) - 512) / 2 : 128;
    const ctx = gen2048 ? 2049 : 512 + (tgN || 128);
    // The benchmark's own settings: its context, depth and prompt, one sequence, a 16-bit cache,
    // flash attention as the row states, and the backend it names.
    const choice: Choice = {
      model,
      quant,
      runtime,
      hardware: { devices: [dev], systemMemoryBytes: 256 * GiB },
      contextTokens: ctx,
      users: 1,
      kvCacheType: 'f16',
      depthTokens: depth,
      promptTokens: gen2048 ? 1 : 512,
      flashAttention: flashAttentionOf(r.settings, r.backend, r.test),
      gpuBackend: /vulkan/i.test(r.backend ?? '') ? 'vulkan' : null,
    };
    const e = estimateChoice(choice);
    if (!e.speed) {
      skip('speed.csv', 'estimate does not fit');
      continue;
    }
    const size = weightComposition(model, quant, runtime).fileBytes;
    const label = `${r.hardware} ×${n} ${r.model} ${r.quant} ${runtime}`;
    const backend = e.speed.backend;
    const tg = Number(r.tg_tps);
    if (tg > 0) {
      const d = e.speed.decodeTokensPerSec;
      points.push({ metric: 'decode', label, backend, measured: tg, predicted: d.expected, low: d.low, high: d.high, naive: (dev.bandwidthGBps * 1e9) / size });
    }
    const pp = Number(r.pp_tps);
    const p = e.speed.prefillTokensPerSec;
    if (pp > 0 && !p) skip('speed.csv', 'prefill not estimated (no compute figure)');
    else if (pp > 0 && p) {
      points.push({
        metric: 'prefill',
        label,
        backend,
        measured: pp,
        predicted: p.expected,
        low: p.low,
        high: p.high,
        naive: ((dev.fp16Tflops ?? dev.bandwidthGBps / 5) * 1e12) / (2 * model.totalParams),
      });
    }
  }

  const titles: Record<MetricName, string> = {
    fileSize: 'GGUF file size',
    llamaCppMemory: 'llama.cpp memory at context',
    transformersMemory: 'Transformers peak memory',
    decode: 'Decode tokens/s',
    prefill: 'Prefill tokens/s',
  };
  const metrics: MetricSummary[] = (Object.keys(titles) as MetricName[]).map((metric) => {
    const ps = points.filter((p) => p.metric === metric);
    const errs = ps.map((p) => pctErr(p.predicted, p.measured));
    const nErrs = ps.map((p) => pctErr(p.naive, p.measured));
    const banded = ps.filter((p) => p.low !== undefined && p.high !== undefined);
    const cov = banded.length > 0 ? banded.filter((p) => (p.low as number) <= p.measured && p.measured <= (p.high as number)).length / banded.length : null;
    return {
      metric,
      title: titles[metric],
      n: ps.length,
      medianAbsPctErr: quantile(errs, 0.5),
      p90AbsPctErr: quantile(errs, 0.9),
      bandCoverage: cov,
      naiveMedianAbsPctErr: quantile(nErrs, 0.5),
      naiveP90AbsPctErr: quantile(nErrs, 0.9),
      target: ACCURACY_TARGETS[metric] ?? null,
    };
  });
  return {
    metrics,
    points,
    skipped: [...skipped.entries()].map(([k, count]) => {
      const [file, reason] = k.split('|') as [string, string];
      return { file, reason, count };
    }),
  };
}

export interface BackendSummary {
  metric: 'decode' | 'prefill';
  backend: string;
  n: number;
  medianAbsPctErr: number;
  p90AbsPctErr: number;
  /** Median signed error (%): > 0 means the estimator reads optimistic. */
  medianSignedPctErr: number;
  bandCoverage: number;
}

/** Decode / prefill error split by the backend the estimator used (npm run accuracy -- --by-backend). */
export function accuracyByBackend(report: AccuracyReport): BackendSummary[] {
  const out: BackendSummary[] = [];
  for (const metric of ['decode', 'prefill'] as const) {
    const ps = report.points.filter((p) => p.metric === metric);
    for (const backend of [...new Set(ps.map((p) => p.backend ?? '?'))].sort()) {
      const sel = ps.filter((p) => (p.backend ?? '?') === backend);
      const errs = sel.map((p) => pctErr(p.predicted, p.measured));
      const signed = sel.map((p) => ((p.predicted - p.measured) / p.measured) * 100);
      const inBand = sel.filter((p) => p.low !== undefined && p.high !== undefined && p.low <= p.measured && p.measured <= p.high).length;
      out.push({
        metric,
        backend,
        n: sel.length,
        medianAbsPctErr: quantile(errs, 0.5),
        p90AbsPctErr: quantile(errs, 0.9),
        medianSignedPctErr: quantile(signed, 0.5),
        bandCoverage: sel.length > 0 ? inBand / sel.length : NaN,
      });
    }
  }
  return out;
}
