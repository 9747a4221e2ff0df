// The calibration set's rows (fixtures/reference/*.csv, free text as published) read as the
// estimator's terms: a model spec from arch.csv, a quant, a runtime, a device, and the settings
// each measurement was taken with. Rows that match nothing are skipped and counted by the caller.

import { architectureFromScalars } from '../architecture/from-scalars';
import { architectureSchema } from '../architecture/schema';
import { normalizeQuant, QUANT_FORMATS } from './formats';
import { ASSUMED_CONTEXT_LENGTH } from './runtime-defaults';
import { weightComposition } from './weights';
import type { CsvRow } from './csv';
import type { DeviceSpec, ModelSpec, Runtime } from './types';

const GiB = 1024 ** 3;

export function firstNumber(s: string | undefined): number | null {
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
  const experts2 = experts && experts > 1 ? experts : null;
  const parsed = architectureSchema.safeParse(
    architectureFromScalars({
      layers,
      hiddenSize: hidden,
      vocabSize: vocab,
      tiedEmbeddings: /^\s*true/i.test(r.tie_word_embeddings ?? ''),
      attentionHeads: heads,
      kvHeads: kv,
      headDim,
      intermediateSize: firstNumber(r.intermediate_size),
      contextTokens: ctx ?? ASSUMED_CONTEXT_LENGTH,
      slidingWindow: window,
      globalLayerEvery: every,
      mla: kvLora ? { kvLoraRank: Number(kvLora[1]), ropeHeadDim: nope ? Number(nope[2]) : 64, qLoraRank: qLora ? Number(qLora[1]) : null } : null,
      experts: experts2
        ? {
            total: experts2,
            active: firstNumber(r.experts_per_tok) ?? 1,
            width: moeFf ? Number(moeFf[1]) : firstNumber(r.intermediate_size),
            shared: /(\d+)\s*shared/i.test(r.n_experts ?? '') ? Number(/(\d+)\s*shared/i.exec(r.n_experts ?? '')?.[1]) : 0,
          }
        : null,
    }),
  );
  // A row whose shape the record refuses (out of range, an expert count above the experts) is skipped.
  if (!parsed.success) return null;
  const spec: ModelSpec = { name: r.model, totalParams: total ?? 0, activeParams: active ?? total ?? 0, architecture: parsed.data };
  if (!(spec.totalParams > 0)) {
    // No published count: take the shape count.
    const c = weightComposition(spec, 'F16');
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

export function mapModel(name: string, models: Map<string, ModelSpec>): ModelSpec | null {
  if (/exl3|llama-2-13b|llama-1|llama 2 13b|llama-2-70b/i.test(name)) return null;
  for (const [re, arch] of MODEL_MAP) if (re.test(name)) return models.get(arch) ?? null;
  return null;
}

export function mapQuant(raw: string): string | null {
  if (/ollama default/i.test(raw)) return null;
  const token = raw.replace(/\(.*$/, '').trim().split(/\s+/)[0] ?? '';
  return normalizeQuant(token);
}

/** Spec-sheet values for the hardware named in speed.csv / measured_memory.csv. Bandwidth and
 *  memory from gpus.csv where listed; dense FP16 tensor TFLOPS = gpus.csv sparse figure / 2
 *  (Ada workstation cards: the listed FP8-sparse figure / 4); A100/L40S/H100 from NVIDIA datasheets;
 *  Apple GPU FP32(=FP16) TFLOPS from Apple/Wikipedia core counts × clock. `slug`: the catalog entry
 *  (prisma/seed/hardware.json) of the same device, for its per-path peaks and memory type (mapHardware). */
const HW: [RegExp, Omit<DeviceSpec, 'count'>][] = [
  [/3070/, { slug: 'geforce-rtx-3070', name: 'RTX 3070', kind: 'nvidia', memoryBytes: 8 * GiB, bandwidthGBps: 448, fp16Tflops: 81.5 }],
  [/3080 ti/i, { slug: 'geforce-rtx-3080-ti', name: 'RTX 3080 Ti', kind: 'nvidia', memoryBytes: 12 * GiB, bandwidthGBps: 912, fp16Tflops: 136.4 }],
  [/3080/, { slug: 'geforce-rtx-3080-10gb', name: 'RTX 3080', kind: 'nvidia', memoryBytes: 10 * GiB, bandwidthGBps: 760, fp16Tflops: 119 }],
  [/3090/, { slug: 'geforce-rtx-3090', name: 'RTX 3090', kind: 'nvidia', memoryBytes: 24 * GiB, bandwidthGBps: 935.8, fp16Tflops: 142.7 }],
  [/4070 ti/i, { slug: 'geforce-rtx-4070-ti', name: 'RTX 4070 Ti', kind: 'nvidia', memoryBytes: 12 * GiB, bandwidthGBps: 504, fp16Tflops: 160.5 }],
  [/4080/, { slug: 'geforce-rtx-4080', name: 'RTX 4080', kind: 'nvidia', memoryBytes: 16 * GiB, bandwidthGBps: 717, fp16Tflops: 195 }],
  [/4000 ada/i, { slug: 'rtx-4000-ada', name: 'RTX 4000 Ada', kind: 'nvidia', memoryBytes: 20 * GiB, bandwidthGBps: 360, fp16Tflops: 106.9 }],
  [/5000 ada/i, { slug: 'rtx-5000-ada', name: 'RTX 5000 Ada', kind: 'nvidia', memoryBytes: 32 * GiB, bandwidthGBps: 576, fp16Tflops: 261 }],
  [/6000 ada/i, { slug: 'rtx-6000-ada', name: 'RTX 6000 Ada', kind: 'nvidia', memoryBytes: 48 * GiB, bandwidthGBps: 960, fp16Tflops: 364.3 }],
  [/a6000/i, { slug: 'rtx-a6000', name: 'RTX A6000', kind: 'nvidia', memoryBytes: 48 * GiB, bandwidthGBps: 768, fp16Tflops: 154.8 }],
  [/4090|1x nvidia gpu/i, { slug: 'geforce-rtx-4090', name: 'RTX 4090', kind: 'nvidia', memoryBytes: 24 * GiB, bandwidthGBps: 1008, fp16Tflops: 330.3 }],
  [/a40\b/i, { slug: 'a40', name: 'A40', kind: 'nvidia', memoryBytes: 48 * GiB, bandwidthGBps: 695.8, fp16Tflops: 149.7 }],
  [/l40s/i, { slug: 'l40s', name: 'L40S', kind: 'nvidia', memoryBytes: 48 * GiB, bandwidthGBps: 864, fp16Tflops: 362 }],
  [/a100 (pcie 80gb|80gb pcie)/i, { slug: 'a100-80gb-pcie', name: 'A100 PCIe 80GB', kind: 'nvidia', memoryBytes: 80 * GiB, bandwidthGBps: 1935, fp16Tflops: 312 }],
  [/a100/i, { slug: 'a100-80gb-sxm', name: 'A100 SXM 80GB', kind: 'nvidia', memoryBytes: 80 * GiB, bandwidthGBps: 2039, fp16Tflops: 312 }],
  [/h100 pcie/i, { slug: 'h100-pcie', name: 'H100 PCIe', kind: 'nvidia', memoryBytes: 80 * GiB, bandwidthGBps: 2039, fp16Tflops: 756 }],
  [/m1 (\(?7[- ‑]core|7‑core)/i, { slug: 'apple-m1-7c-8gb', name: 'Apple M1 7-core', kind: 'apple', memoryBytes: 8 * GiB, bandwidthGBps: 68, fp16Tflops: 2.29 }],
  [/m1 \(8-core/i, { slug: 'apple-m1-8c-8gb', name: 'Apple M1 8-core', kind: 'apple', memoryBytes: 8 * GiB, bandwidthGBps: 68, fp16Tflops: 2.6 }],
  [/m1 max/i, { slug: 'apple-m1-max-32c-64gb', name: 'Apple M1 Max', kind: 'apple', memoryBytes: 64 * GiB, bandwidthGBps: 400, fp16Tflops: 10.4 }],
  [/m1 ultra/i, { slug: 'apple-m1-ultra-64c-128gb', name: 'Apple M1 Ultra', kind: 'apple', memoryBytes: 128 * GiB, bandwidthGBps: 800, fp16Tflops: 21 }],
  [/m2 ultra/i, { slug: 'apple-m2-ultra-76c-192gb', name: 'Apple M2 Ultra', kind: 'apple', memoryBytes: 192 * GiB, bandwidthGBps: 800, fp16Tflops: 27.2 }],
  [/m3 max/i, { slug: 'apple-m3-max-40c-64gb', name: 'Apple M3 Max', kind: 'apple', memoryBytes: 64 * GiB, bandwidthGBps: 400, fp16Tflops: 16.4 }],
  // speed_extra.csv (AMD/Intel GPUs: bandwidth from gpus.csv or the vendor spec; FP16 = matrix-unit
  // dense rate from vendor specs, plain FP16 rate where the chip has no matrix units).
  [/7900 xtx/i, { slug: 'radeon-rx-7900-xtx', name: 'Radeon RX 7900 XTX', kind: 'amd', memoryBytes: 24 * GiB, bandwidthGBps: 960, fp16Tflops: 122.8 }],
  [/6700 xt/i, { name: 'Radeon RX 6700 XT', kind: 'amd', memoryBytes: 12 * GiB, bandwidthGBps: 384, fp16Tflops: 26.4 }],
  [/5700 xt/i, { name: 'Radeon RX 5700 XT', kind: 'amd', memoryBytes: 8 * GiB, bandwidthGBps: 448, fp16Tflops: 19.5 }],
  [/mi50\b/i, { name: 'Instinct MI50', kind: 'amd', memoryBytes: 32 * GiB, bandwidthGBps: 1024, fp16Tflops: 26.5, memoryType: 'HBM2, 4096-bit' }],
  [/8050s/i, { slug: 'ryzen-ai-max-385-64gb', name: 'Radeon 8050S (Ryzen AI Max 385)', kind: 'amd', memoryBytes: 64 * GiB, bandwidthGBps: 256, fp16Tflops: 45.9 }],
  [/arc b580/i, { slug: 'arc-b580', name: 'Intel Arc B580', kind: 'intel', memoryBytes: 12 * GiB, bandwidthGBps: 456, fp16Tflops: 116.6 }],
  [/arc a770/i, { slug: 'arc-a770-16gb', name: 'Intel Arc A770 16GB', kind: 'intel', memoryBytes: 16 * GiB, bandwidthGBps: 560, fp16Tflops: 137.6 }],
];

/** CPU-only rows: system bandwidth from the row (channels × MT/s × 8 B) and the threads used. */
const CPU_HW: [RegExp, { name: string; bandwidthGBps: number; cores: number }][] = [
  [/i5-4278u/i, { name: 'Intel Core i5-4278U', bandwidthGBps: 25.6, cores: 2 }],
  [/i3-1315u/i, { name: 'Intel Core i3-1315U', bandwidthGBps: 41.6, cores: 2 }],
  [/m2 max cpu \(8/i, { name: 'Apple M2 Max CPU', bandwidthGBps: 400, cores: 8 }],
  [/m2 max cpu \(4/i, { name: 'Apple M2 Max CPU', bandwidthGBps: 400, cores: 4 }],
  [/epyc 9334/i, { name: 'AMD EPYC 9334', bandwidthGBps: 460.8, cores: 32 }],
];

/** What a legacy row's device takes from its catalog entry. */
export type CatalogDeviceFacts = Pick<DeviceSpec, 'peaks' | 'memoryType' | 'formFactor'>;

/**
 * CPUs of llama.cpp CPU-only runs in speed_2026.csv whose machine the catalog lists by its GPU (an
 * Apple M-series Mac) or not at all: the CPU as such a run uses it. `cores`: the physical cores, the
 * ceiling on the threads a row states. `bandwidthGBps` null: the source does not state the memory
 * (type, channels, speed), so decode, which reads it, cannot be judged on the row (the harness
 * excludes it and says why; the row stays in the file).
 */
export interface CpuRunDevice {
  name: string;
  /** The SIMD path llama.cpp's CPU kernels take, as the source labels it. */
  isa: string;
  cores: number;
  bandwidthGBps: number | null;
  /** Where cores and bandwidth come from. */
  spec: string;
}

const CPU_RUN_DEVICES: [RegExp, CpuRunDevice][] = [
  // 12-core CPU (8 performance + 4 efficiency), 400 GB/s unified memory: the SoC's figure; the CPU
  // cluster alone draws less (the fitted cpu bandwidth efficiency and ceiling absorb that).
  [/^apple m2 max cpu\b/i, { name: 'Apple M2 Max CPU', isa: 'ARM_NEON', cores: 12, bandwidthGBps: 400, spec: 'https://www.apple.com/newsroom/2023/01/apple-unveils-m2-pro-and-m2-max-next-generation-chips-for-next-level-workflows/' }],
  // 16 Zen 4 cores; the runs' memory configuration is not stated (the catalog's DDR5-5200 entry is another machine).
  [/^amd ryzen 9 7950x \(zen 4, 16 cores; memory type\/channels\/speed not stated/i, { name: 'AMD Ryzen 9 7950X (memory not stated)', isa: 'AVX2 as labelled (Zen 4)', cores: 16, bandwidthGBps: null, spec: 'https://www.amd.com/en/products/processors/desktops/ryzen/7000-series/amd-ryzen-9-7950x.html' }],
  // An Oracle Cloud free-tier A1 VM (Ampere Altra, Neoverse N1) with 4 cores; a VM's share of the host's memory is not stated.
  [/^oracle cloud ampere a1\b/i, { name: 'Oracle Cloud Ampere A1 VM (memory not stated)', isa: 'aarch64 NEON', cores: 4, bandwidthGBps: null, spec: 'https://github.com/ikawrakow/ik_llama.cpp/issues/308' }],
];

/** The CPU of a CPU-only run the catalog cannot describe (see CPU_RUN_DEVICES), or null. */
export function cpuRunDevice(hardware: string): CpuRunDevice | null {
  for (const [re, d] of CPU_RUN_DEVICES) if (re.test(hardware.trim())) return d;
  return null;
}

/**
 * A speed.csv / measured_memory.csv device name → the device. `catalogOf` gives the catalog entry's
 * per-path peaks and memory type for a slug: rows of a device the catalog lists carry them, so a term
 * that reads a per-path peak (FP32 vector, BF16, INT8) or the memory type (HBM) sees the same figures
 * on these rows as on the 2026 rows.
 */
export function mapHardware(name: string, count: number, catalogOf: (slug: string) => CatalogDeviceFacts | undefined = () => undefined): DeviceSpec | null {
  if (/ggerganov|unsure/i.test(name)) return null;
  for (const [re, c] of CPU_HW) if (re.test(name)) return { name: c.name, kind: 'cpu', memoryBytes: 64 * GiB, bandwidthGBps: c.bandwidthGBps, fp16Tflops: null, cores: c.cores, count: 1 };
  for (const [re, d] of HW) {
    if (!re.test(name)) continue;
    const facts = d.slug ? catalogOf(d.slug) : undefined;
    return { ...d, ...(facts?.peaks ? { peaks: facts.peaks } : {}), ...(facts?.memoryType ? { memoryType: facts.memoryType } : {}), ...(facts?.formFactor ? { formFactor: facts.formFactor } : {}), count };
  }
  return null;
}

export function runtimeOf(backend: string): Runtime | null {
  if (/vllm/i.test(backend)) return 'vllm';
  if (/transformers/i.test(backend)) return 'transformers';
  if (/llama\.cpp/i.test(backend)) return 'llama.cpp';
  return null;
}

/** Nominal bits peers read off the name: Q4_K_M → 4, IQ2_M → 2, F16 → 16, GPTQ-INT4 → 4. */
export function naiveBits(quant: string): number {
  if (quant === 'F32') return 32;
  if (quant === 'F16' || quant === 'BF16') return 16;
  const m = /(\d+)/.exec(quant.replace(/^EXL2-/, 'EXL2 '));
  return m ? Number(m[1]) : (QUANT_FORMATS[quant]?.bits ?? 16);
}

/**
 * Flash attention as the measurement ran it. The llama.cpp rows say so where they do ("fa 1",
 * "flash_attn=0"); rows that do not come from llama.cpp builds and benchmark runs of 2024–2025,
 * where flash attention was off unless asked for (the XiongjieDai notebooks ran `main` without
 * -fa; llama-bench's default was -fa 0). Only the compute buffer depends on it.
 */
export function flashAttentionOf(...texts: (string | undefined)[]): boolean {
  const text = texts.join(' ');
  if (/flash_attn\s*=\s*1|\bfa\s*1\b|-fa\s+(on|1)\b/i.test(text)) return true;
  return false;
}
