import { z } from 'zod';
import { HARDWARE_LIMITS, MODEL_LIMITS } from './physical-limits';

// Request schema of the estimator (CLI, HTTP route, wizard, MDX widgets). Strict: unknown keys are
// errors, so a typo never silently falls back to a default.

export const MAX_BATCH = 100;
export const MAX_DEVICES = 100;
export const MAX_DEVICES_IN_SETUP = 64;

const posInt = z.number().int().positive().finite();
const nonNegInt = z.number().int().nonnegative().finite();
const posNum = z.number().positive().finite();
/** Physical ranges (lib/schemas/physical-limits.ts), the same as the catalog's. */
const upTo = (max: number) => posInt.max(max);
const L = MODEL_LIMITS;

export const architectureRequestSchema = z
  .object({
    name: z.string().max(200).optional(),
    totalParams: posNum.max(L.params),
    activeParams: posNum.max(L.params).optional(),
    layers: upTo(L.layers),
    hiddenSize: upTo(L.hiddenSize),
    intermediateSize: upTo(L.intermediateSize).optional(),
    attentionHeads: upTo(L.attentionHeads),
    kvHeads: upTo(L.kvHeads),
    headDim: upTo(L.headDim).optional(),
    vocabSize: upTo(L.vocabSize),
    contextLength: upTo(L.contextLength).optional(),
    tiedEmbeddings: z.boolean().optional(),
    slidingWindow: z.object({ size: upTo(L.slidingWindow), globalLayerEvery: upTo(L.globalLayerEvery).optional() }).strict().optional(),
    mla: z.object({ kvLoraRank: upTo(L.mlaKvLoraRank), ropeHeadDim: nonNegInt.max(L.mlaRopeHeadDim), qLoraRank: nonNegInt.max(L.mlaKvLoraRank).optional() }).strict().optional(),
    experts: z
      .object({ total: upTo(L.expertsTotal), active: upTo(L.expertsActive), intermediateSize: upTo(L.intermediateSize).optional(), shared: nonNegInt.max(L.expertsTotal).optional() })
      .strict()
      .optional(),
    projectorBytes: z.number().nonnegative().finite().max(L.projectorBytes).optional(),
  })
  .strict();

export const modelRequestSchema = z
  .object({
    slug: z.string().min(1).max(200).optional(),
    architecture: architectureRequestSchema.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.slug === undefined) === (v.architecture === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of "slug" or "architecture"', path: ['slug'] });
    }
  });

export const deviceRequestSchema = z
  .object({
    slug: z.string().min(1).max(200).optional(),
    name: z.string().max(200).optional(),
    kind: z.enum(['nvidia', 'amd', 'intel', 'apple', 'cpu']).optional(),
    memoryBytes: posNum.max(HARDWARE_LIMITS.memoryBytes).optional(),
    bandwidthGBps: posNum.max(HARDWARE_LIMITS.bandwidthGBps).optional(),
    fp16Tflops: posNum.max(HARDWARE_LIMITS.fp16Tflops).optional(),
    /** CPU devices: cores doing the math (sets CPU compute when fp16Tflops is not given). */
    cores: posInt.max(1024).optional(),
    count: posInt.max(64).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.slug !== undefined) return;
    for (const k of ['kind', 'memoryBytes', 'bandwidthGBps'] as const) {
      if (v[k] === undefined) ctx.addIssue({ code: 'custom', message: `required when no "slug" is given`, path: [k] });
    }
  });

export const hardwareRequestSchema = z
  .object({
    devices: z.array(deviceRequestSchema).max(MAX_DEVICES),
    systemMemoryBytes: posNum.max(HARDWARE_LIMITS.memoryBytes).optional(),
    systemBandwidthGBps: posNum.max(HARDWARE_LIMITS.bandwidthGBps).optional(),
    metalWiredLimitBytes: posNum.max(HARDWARE_LIMITS.memoryBytes).optional(),
    cluster: z.boolean().optional(),
  })
  .strict()
  // The placement search runs per device and per layer: a setup is at most 64 devices in all.
  .refine((h) => h.devices.reduce((total, d) => total + (d.count ?? 1), 0) <= MAX_DEVICES_IN_SETUP, {
    path: ['devices'],
    message: `at most ${MAX_DEVICES_IN_SETUP} devices in all (counts included)`,
  });

export const estimateRequestSchema = z
  .object({
    model: modelRequestSchema,
    quant: z.string().min(1).max(40),
    contextTokens: posInt.max(10_000_000).optional(),
    depthTokens: nonNegInt.max(10_000_000).optional(),
    kvCacheType: z.enum(['f16', 'q8_0', 'q4_0']).optional(),
    parallel: posInt.max(1024).optional(),
    runtime: z.enum(['llama.cpp', 'ollama', 'lm-studio', 'mlx', 'vllm', 'transformers', 'exo']).optional(),
    hardware: hardwareRequestSchema.optional(),
    flashAttention: z.boolean().optional(),
    promptTokens: posInt.max(10_000_000).optional(),
    gpuMemoryUtilization: z.number().gt(0).max(1).optional(),
    moeOffload: z.enum(['auto', 'never', 'always']).optional(),
  })
  .strict();

export type EstimateRequest = z.infer<typeof estimateRequestSchema>;

export const estimateBatchSchema = z.array(z.unknown()).max(MAX_BATCH);
