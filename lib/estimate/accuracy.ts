// Accuracy of the estimator against the calibration set (fixtures/reference), beside the naive
// formulas other calculators use. Pure: takes parsed CSV rows, returns tables and scatter points.

import { estimate } from './estimate';
import { normalizeQuant, QUANT_FORMATS } from './formats';
import { weightComposition } from './weights';
import type { CsvRow } from './csv';
import type { DeviceSpec, EstimateInput, ModelSpec, Runtime } from './types';

export interface AccuracyRows {
  arch: CsvRow[];
  ggufSizes: CsvRow[];
  measuredMemory: CsvRow[];
  speed: CsvRow[];
}

export interface AccuracyPoint {
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

export interface MetricSummary {
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

// ---------- parsing helpers for the free-text CSV cells ----------

function firstNumber(s: string | undefined): number | null {
  if (!s) return null;
  const m = /-?\d+(?:\.\d+)?/.exec(s.replace(/,/g, ''));
  return m ? Number(m[0]) : null;
}

function billions(s: string | undefined): number | null {
  if (!s) return null;
  const m = /(\d+(?:\.\d+)?)\s*B\b/.exec(s);
  return m ? Number(m[1]) * 1e9 : null;
}

/** arch.csv row → ModelSpec (null when the row only points at a base model). */
export function archToModel(r: CsvRow): ModelSpec | null {
  const layers = firstNumber(r.num_hidden_layers);
  const hidden = firstNumber(r.hidden_size);
  const heads = firstNumber(r.num_attention_heads);
  const kv = firstNumber(r.num_key_value_heads);
  const vocab = firstNumber(r.vocab_size);
  if (!layers || !hidden || !heads || !kv || !vocab) return null;
  const extra = `${r.extra ?? ''} ${r.intermediate_size ?? ''} ${r.head_dim ?? ''}`;
  const nope = /qk_nope\s*(\d+)\s*\+\s*qk_rope\s*(\d+)/i.exec(r.head_dim ?? '');
  const headDim = nope ? Number(nope[1]) + Number(nope[2]) : (firstNumber(r.head_dim) ?? Math.round(hidden / heads));
  const experts = firstNumber(r.n_experts);
  const moeFf =
    /moe[_ ]intermediate[_ ]size\s*(\d+)/i.exec(extra) ?? /moe\s+(\d+)/i.exec(r.intermediate_size ?? '') ?? /(\d+)\s*\(per expert\)/i.exec(r.intermediate_size ?? '');
  const sw = r.sliding_window ?? '';
  let window: number | null = null;
  let every: number | null = null;
  if (!/false|none|null/i.test(sw)) {
    const w = firstNumber(sw);
    if (w && w > 0) {
      window = w;
      if (/alternating|half the layers/i.test(sw)) every = 2;
      else if (/5\s*local\s*:\s*1|5:1|pattern 6/i.test(sw)) every = 6;
    }
  }
  const kvLora = /kv_lora_rank\s*(\d+)/i.exec(`${r.extra ?? ''} ${r.num_key_value_heads ?? ''}`);
  const qLora = /q_lora_rank\s*(\d+)/i.exec(r.extra ?? '');
  const ctxText = r.max_position_embeddings ?? '';
  const k = /(\d+)\s*k\b/i.exec(ctxText);
  const ctx = k ? Number(k[1]) * 1024 : (firstNumber(ctxText) ?? undefined);
  const total = billions(r.total_params);
  const active = billions(r.active_params);
  const spec: ModelSpec = {
    name: r.model,
    totalParams: total ?? 0,
    activeParams: active ?? total ?? 0,
    layers,
    hiddenSize: hidden,
    intermediateSize: firstNumber(r.intermediate_size),
    attentionHeads: heads,
    kvHeads: kv,
    headDim,
    vocabSize: vocab,
    contextLength: ctx ?? undefined,
    tiedEmbeddings: /^\s*true/i.test(r.tie_word_embeddings ?? ''),
    slidingWindow: window,
    globalLayerEvery: every,
    mlaKvLoraRank: kvLora ? Number(kvLora[1]) : null,
    mlaRopeHeadDim: kvLora ? (nope ? Number(nope[2]) : 64) : null,
    mlaQLoraRank: qLora ? Number(qLora[1]) : null,
    expertsTotal: experts,
    expertsActive: firstNumber(r.experts_per_tok),
    expertIntermediateSize: experts ? (moeFf ? Number(moeFf[1]) : firstNumber(r.intermediate_size)) : null,
    sharedExperts: /(\d+)\s*shared/i.test(r.n_experts ?? '') ? Number(/(\d+)\s*shared/i.exec(r.n_experts ?? '')?.[1]) : null,
  };
  if (!(spec.totalParams > 0)) {
    // No published count: take the shape count so the anchor is a no-op.
    const c = weightComposition({ ...spec, totalParams: 0 }, 'F16');
    spec.totalParams = c.params;
    spec.activeParams = active ?? c.activeParams;
  }
  return spec;
}

/** Fixture model names → arch.csv `model` values. Rows that match none are skipped and counted. */
const MODEL_MAP: [RegExp, string][] = [
  [/tinyllama/i, 'TinyLlama-1.1B-Chat-v1.0'],
  [/llama[- ]?3\.2[- ]3b/i, 'Llama-3.2-3B'],
  [/llama[- ]?3\.2[- ]1b/i, 'Llama-3.2-1B'],
  [/llama[- ]?3(\.[13])?[- ](70b)/i, 'Llama-3.1-70B'],
  [/llama[- ]?3(\.1)?[- ]8b/i, 'Llama-3.1-8B'],
  [/llama[- ]?2[- ]7b|llama 7b|codellama-7b/i, 'Llama-2-7B (reference for benchmarks)'],
  [/gemma-2-9b/i, 'Gemma-2-9B'],
  [/mistral-7b/i, 'Mistral-7B-v0.3'],
  [/qwen2\.5-0\.5b/i, 'Qwen2.5-0.5B'],
  [/qwen2\.5-1\.5b/i, 'Qwen2.5-1.5B'],
  [/qwen2\.5-3b/i, 'Qwen2.5-3B'],
  [/qwen2\.5-7b/i, 'Qwen2.5-7B'],
  [/qwen2\.5-14b/i, 'Qwen2.5-14B'],
  [/qwen2\.5-32b/i, 'Qwen2.5-32B'],
  [/qwen2\.5-72b/i, 'Qwen2.5-72B'],
];

function mapModel(name: string, models: Map<string, ModelSpec>): ModelSpec | null {
  if (/exl3|llama-2-13b|llama-1|llama 2 13b|llama-2-70b/i.test(name)) return null;
  for (const [re, arch] of MODEL_MAP) if (re.test(name)) return models.get(arch) ?? null;
  return null;
}

function mapQuant(raw: string): string | null {
  if (/ollama default/i.test(raw)) return null;
  const token = raw.replace(/\(.*$/, '').trim().split(/\s+/)[0] ?? '';
  return normalizeQuant(token);
}

/** Spec-sheet values for the hardware named in speed.csv / measured_memory.csv. Bandwidth and
 *  memory from gpus.csv where listed; dense FP16 tensor TFLOPS = gpus.csv sparse figure / 2
 *  (Ada workstation cards: the listed FP8-sparse figure / 4); A100/L40S/H100 from NVIDIA datasheets;
 *  Apple GPU FP32(=FP16) TFLOPS from Apple/Wikipedia core counts × clock. */
const HW: [RegExp, Omit<DeviceSpec, 'count'>][] = [
  [/3070/, { name: 'RTX 3070', kind: 'nvidia', memoryBytes: 8 * GiB, bandwidthGBps: 448, fp16Tflops: 81.5 }],
  [/3080 ti/i, { name: 'RTX 3080 Ti', kind: 'nvidia', memoryBytes: 12 * GiB, bandwidthGBps: 912, fp16Tflops: 136.4 }],
  [/3080/, { name: 'RTX 3080', kind: 'nvidia', memoryBytes: 10 * GiB, bandwidthGBps: 760, fp16Tflops: 119 }],
  [/3090/, { name: 'RTX 3090', kind: 'nvidia', memoryBytes: 24 * GiB, bandwidthGBps: 935.8, fp16Tflops: 142.7 }],
  [/4070 ti/i, { name: 'RTX 4070 Ti', kind: 'nvidia', memoryBytes: 12 * GiB, bandwidthGBps: 504, fp16Tflops: 160.5 }],
  [/4080/, { name: 'RTX 4080', kind: 'nvidia', memoryBytes: 16 * GiB, bandwidthGBps: 717, fp16Tflops: 195 }],
  [/4000 ada/i, { name: 'RTX 4000 Ada', kind: 'nvidia', memoryBytes: 20 * GiB, bandwidthGBps: 360, fp16Tflops: 106.9 }],
  [/5000 ada/i, { name: 'RTX 5000 Ada', kind: 'nvidia', memoryBytes: 32 * GiB, bandwidthGBps: 576, fp16Tflops: 261 }],
  [/6000 ada/i, { name: 'RTX 6000 Ada', kind: 'nvidia', memoryBytes: 48 * GiB, bandwidthGBps: 960, fp16Tflops: 364.3 }],
  [/a6000/i, { name: 'RTX A6000', kind: 'nvidia', memoryBytes: 48 * GiB, bandwidthGBps: 768, fp16Tflops: 154.8 }],
  [/4090|1x nvidia gpu/i, { name: 'RTX 4090', kind: 'nvidia', memoryBytes: 24 * GiB, bandwidthGBps: 1008, fp16Tflops: 330.3 }],
  [/a40\b/i, { name: 'A40', kind: 'nvidia', memoryBytes: 48 * GiB, bandwidthGBps: 695.8, fp16Tflops: 149.7 }],
  [/l40s/i, { name: 'L40S', kind: 'nvidia', memoryBytes: 48 * GiB, bandwidthGBps: 864, fp16Tflops: 362 }],
  [/a100 (pcie 80gb|80gb pcie)/i, { name: 'A100 PCIe 80GB', kind: 'nvidia', memoryBytes: 80 * GiB, bandwidthGBps: 1935, fp16Tflops: 312 }],
  [/a100/i, { name: 'A100 SXM 80GB', kind: 'nvidia', memoryBytes: 80 * GiB, bandwidthGBps: 2039, fp16Tflops: 312 }],
  [/h100 pcie/i, { name: 'H100 PCIe', kind: 'nvidia', memoryBytes: 80 * GiB, bandwidthGBps: 2039, fp16Tflops: 756 }],
  [/m1 (\(?7[- ‑]core|7‑core)/i, { name: 'Apple M1 7-core', kind: 'apple', memoryBytes: 8 * GiB, bandwidthGBps: 68, fp16Tflops: 2.29 }],
  [/m1 \(8-core/i, { name: 'Apple M1 8-core', kind: 'apple', memoryBytes: 8 * GiB, bandwidthGBps: 68, fp16Tflops: 2.6 }],
  [/m1 max/i, { name: 'Apple M1 Max', kind: 'apple', memoryBytes: 64 * GiB, bandwidthGBps: 400, fp16Tflops: 10.4 }],
  [/m1 ultra/i, { name: 'Apple M1 Ultra', kind: 'apple', memoryBytes: 128 * GiB, bandwidthGBps: 800, fp16Tflops: 21 }],
  [/m2 ultra/i, { name: 'Apple M2 Ultra', kind: 'apple', memoryBytes: 192 * GiB, bandwidthGBps: 800, fp16Tflops: 27.2 }],
  [/m3 max/i, { name: 'Apple M3 Max', kind: 'apple', memoryBytes: 64 * GiB, bandwidthGBps: 400, fp16Tflops: 16.4 }],
  // speed_extra.csv (AMD/Intel GPUs: bandwidth from gpus.csv or the vendor spec; FP16 = matrix-unit
  // dense rate from vendor specs, plain FP16 rate where the chip has no matrix units).
  [/7900 xtx/i, { name: 'Radeon RX 7900 XTX', kind: 'amd', memoryBytes: 24 * GiB, bandwidthGBps: 960, fp16Tflops: 122.8 }],
  [/6700 xt/i, { name: 'Radeon RX 6700 XT', kind: 'amd', memoryBytes: 12 * GiB, bandwidthGBps: 384, fp16Tflops: 26.4 }],
  [/5700 xt/i, { name: 'Radeon RX 5700 XT', kind: 'amd', memoryBytes: 8 * GiB, bandwidthGBps: 448, fp16Tflops: 19.5 }],
  [/mi50\b/i, { name: 'Instinct MI50', kind: 'amd', memoryBytes: 32 * GiB, bandwidthGBps: 1024, fp16Tflops: 26.5 }],
  [/8050s/i, { name: 'Radeon 8050S (Ryzen AI Max 385)', kind: 'amd', memoryBytes: 64 * GiB, bandwidthGBps: 256, fp16Tflops: 45.9 }],
  [/arc b580/i, { name: 'Intel Arc B580', kind: 'intel', memoryBytes: 12 * GiB, bandwidthGBps: 456, fp16Tflops: 116.6 }],
  [/arc a770/i, { name: 'Intel Arc A770 16GB', kind: 'intel', memoryBytes: 16 * GiB, bandwidthGBps: 560, fp16Tflops: 137.6 }],
];

/** CPU-only rows: system bandwidth from the row (channels × MT/s × 8 B) and the threads used. */
const CPU_HW: [RegExp, { name: string; bandwidthGBps: number; cores: number }][] = [
  [/i5-4278u/i, { name: 'Intel Core i5-4278U', bandwidthGBps: 25.6, cores: 2 }],
  [/i3-1315u/i, { name: 'Intel Core i3-1315U', bandwidthGBps: 41.6, cores: 2 }],
  [/m2 max cpu \(8/i, { name: 'Apple M2 Max CPU', bandwidthGBps: 400, cores: 8 }],
  [/m2 max cpu \(4/i, { name: 'Apple M2 Max CPU', bandwidthGBps: 400, cores: 4 }],
  [/epyc 9334/i, { name: 'AMD EPYC 9334', bandwidthGBps: 460.8, cores: 32 }],
];

function mapHardware(name: string, count: number): DeviceSpec | null {
  if (/ggerganov|unsure/i.test(name)) return null;
  for (const [re, c] of CPU_HW) if (re.test(name)) return { name: c.name, kind: 'cpu', memoryBytes: 64 * GiB, bandwidthGBps: c.bandwidthGBps, fp16Tflops: null, cores: c.cores, count: 1 };
  for (const [re, d] of HW) if (re.test(name)) return { ...d, count };
  return null;
}

function runtimeOf(backend: string): Runtime | null {
  if (/vllm/i.test(backend)) return 'vllm';
  if (/transformers/i.test(backend)) return 'transformers';
  if (/llama\.cpp/i.test(backend)) return 'llama.cpp';
  return null;
}

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

/** Nominal bits peers read off the name: Q4_K_M → 4, IQ2_M → 2, F16 → 16, GPTQ-INT4 → 4. */
export function naiveBits(quant: string): number {
  if (quant === 'F32') return 32;
  if (quant === 'F16' || quant === 'BF16') return 16;
  const m = /(\d+)/.exec(quant.replace(/^EXL2-/, 'EXL2 '));
  return m ? Number(m[1]) : (QUANT_FORMATS[quant]?.bits ?? 16);
}

function baseInput(model: ModelSpec, quant: string, runtime: Runtime): EstimateInput {
  return { model, quant, contextTokens: 1024, depthTokens: 0, kvCacheType: 'f16', parallel: 1, runtime, hardware: null };
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
    const input: EstimateInput = {
      ...baseInput(model, quant, runtime),
      contextTokens: ctx,
      promptTokens: prompt ? Number(prompt[1]) : ctx,
      hardware: { devices: [dev], systemMemoryBytes: 256 * GiB },
      fileBytes: null,
    };
    const e = estimate(input);
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
    const input: EstimateInput = {
      ...baseInput(model, quant, runtime),
      contextTokens: ctx,
      depthTokens: depth,
      promptTokens: gen2048 ? 1 : 512,
      hardware: { devices: [dev], systemMemoryBytes: 256 * GiB },
      gpuBackend: /vulkan/i.test(r.backend ?? '') ? 'vulkan' : null,
    };
    const e = estimate(input);
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
    if (pp > 0) {
      const p = e.speed.prefillTokensPerSec;
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
