import { z } from 'zod';
import { CLUSTER_LINKS, DEVICE_KINDS, HOST_SYSTEMS, KV_CACHE_TYPES, MOE_OFFLOAD_MODES, RUNTIMES } from '@/lib/enums';
import { HARDWARE_LIMITS, MODEL_LIMITS } from './physical-limits';

// Request schema of the estimator's HTTP API and CLI. Strict: unknown keys are errors, so a typo
// never silently falls back to a default. Settings left out take the runtime's shipped default
// (lib/estimate/runtime-defaults.ts), named in the answer's assumptions.

/** Requests one CLI run answers at most (an array of up to this many): the CLI runs on the asker's machine. */
export const MAX_BATCH = 1000;
/**
 * Requests one anonymous HTTP call answers at most. Smaller than the CLI's: a worst-case request
 * costs about 0.2 s of CPU, and the per-address rate limit (ESTIMATE_BURST) must hold a full batch.
 */
export const API_MAX_BATCH = 100;
/** Largest HTTP request body: room for a full batch of slug requests (about 250 bytes each). */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;
const MAX_DEVICES = 100;
export const MAX_DEVICES_IN_SETUP = 64;

const posInt = z.number().int().positive().finite();
const nonNegInt = z.number().int().nonnegative().finite();
const posNum = z.number().positive().finite();
/** Physical ranges (lib/schemas/physical-limits.ts), the same as the catalog's. */
const upTo = (max: number) => posInt.max(max);
const L = MODEL_LIMITS;

const architectureRequestSchema = z
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

const modelRequestSchema = z
  .object({
    slug: z.string().min(1).max(200).optional(),
    architecture: architectureRequestSchema.optional(),
    /**
     * A Hugging Face config.json, as published: read by lib/architecture/hf (an unknown model_type
     * or a missing key is a 400 naming it); the totals are the ones its tensors add up to.
     */
    hfConfig: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const given = [v.slug, v.architecture, v.hfConfig].filter((x) => x !== undefined).length;
    if (given !== 1) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of "slug", "architecture" or "hfConfig"', path: ['slug'] });
    }
  });

const deviceRequestSchema = z
  .object({
    slug: z.string().min(1).max(200).optional(),
    name: z.string().max(200).optional(),
    kind: z.enum(DEVICE_KINDS).optional(),
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

const hardwareRequestSchema = z
  .object({
    devices: z.array(deviceRequestSchema).max(MAX_DEVICES),
    systemMemoryBytes: posNum.max(HARDWARE_LIMITS.memoryBytes).optional(),
    systemBandwidthGBps: posNum.max(HARDWARE_LIMITS.bandwidthGBps).optional(),
    metalWiredLimitBytes: posNum.max(HARDWARE_LIMITS.memoryBytes).optional(),
    cluster: z.boolean().optional(),
    /** How a cluster's machines are joined (what each machine boundary costs a token). */
    link: z.enum(CLUSTER_LINKS, { error: `link must be one of ${CLUSTER_LINKS.join(', ')}` }).optional(),
    /** The system the GPUs serve: its desktop keeps part of the GPU that drives the display (the first discrete one); headless keeps none. Absent: windows. */
    os: z.enum(HOST_SYSTEMS, { error: `os must be one of ${HOST_SYSTEMS.join(', ')}` }).optional(),
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

