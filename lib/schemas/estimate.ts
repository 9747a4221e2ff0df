import { z } from 'zod';
import { DEVICE_KINDS, KV_CACHE_TYPES, MOE_OFFLOAD_MODES, RUNTIMES } from '@/lib/enums';

// Request schema of the estimator's HTTP API and CLI. Strict: unknown keys are errors, so a typo
// never silently falls back to a default. Settings left out take the runtime's shipped default
// (lib/estimate/runtime-defaults.ts), named in the answer's assumptions.

/** Requests one API call or CLI run answers at most (an array of up to this many). */
export const MAX_BATCH = 1000;
/** Largest HTTP request body: room for a full batch of slug requests (about 250 bytes each). */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;
const MAX_DEVICES = 100;

const posInt = z.number().int().positive().finite();
const nonNegInt = z.number().int().nonnegative().finite();
const posNum = z.number().positive().finite();

const architectureRequestSchema = z
  .object({
    name: z.string().max(200).optional(),
    totalParams: posNum,
    activeParams: posNum.optional(),
    layers: posInt.max(1000),
    hiddenSize: posInt,
    intermediateSize: posInt.optional(),
    attentionHeads: posInt,
    kvHeads: posInt,
    headDim: posInt.optional(),
    vocabSize: posInt,
    contextLength: posInt.optional(),
    tiedEmbeddings: z.boolean().optional(),
    slidingWindow: z.object({ size: posInt, globalLayerEvery: posInt.optional() }).strict().optional(),
    mla: z.object({ kvLoraRank: posInt, ropeHeadDim: nonNegInt, qLoraRank: nonNegInt.optional() }).strict().optional(),
    experts: z
      .object({ total: posInt, active: posInt, intermediateSize: posInt.optional(), shared: nonNegInt.optional() })
      .strict()
      .optional(),
    projectorBytes: z.number().nonnegative().finite().optional(),
  })
  .strict();

const modelRequestSchema = z
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

const deviceRequestSchema = z
  .object({
    slug: z.string().min(1).max(200).optional(),
    name: z.string().max(200).optional(),
    kind: z.enum(DEVICE_KINDS).optional(),
    memoryBytes: posNum.optional(),
    bandwidthGBps: posNum.optional(),
    fp16Tflops: posNum.optional(),
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

const hardwareRequestSchema = z
  .object({
    devices: z.array(deviceRequestSchema).max(MAX_DEVICES),
    systemMemoryBytes: posNum.optional(),
    systemBandwidthGBps: posNum.optional(),
    metalWiredLimitBytes: posNum.optional(),
    cluster: z.boolean().optional(),
  })
  .strict();

export const estimateRequestSchema = z
  .object({
    model: modelRequestSchema,
    /** Format name (case-insensitive); optional when `artifact` names the file. */
    quant: z.string().min(1).max(40).optional(),
    /** One catalog artifact (a published file) of the model: its published size is used. */
    artifact: z.string().min(1).max(200).optional(),
    contextTokens: posInt.max(10_000_000).optional(),
    depthTokens: nonNegInt.max(10_000_000).optional(),
    kvCacheType: z.enum(KV_CACHE_TYPES).optional(),
    parallel: posInt.max(1024).optional(),
    runtime: z.enum(RUNTIMES).optional(),
    hardware: hardwareRequestSchema.optional(),
    flashAttention: z.boolean().optional(),
    promptTokens: posInt.max(10_000_000).optional(),
    gpuMemoryUtilization: z.number().gt(0).max(1).optional(),
    moeOffload: z.enum(MOE_OFFLOAD_MODES).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.quant === undefined && v.artifact === undefined) ctx.addIssue({ code: 'custom', message: 'required (or name an "artifact")', path: ['quant'] });
  });

export type EstimateRequest = z.infer<typeof estimateRequestSchema>;

