import { z } from 'zod';
import { MODEL_LIMITS } from '../schemas/physical-limits';
import { CONTEXT_EXTENSION_METHODS, LINEAR_VARIANTS, QK_NORMS, TOWER_KINDS } from './kinds';
import { MAX_PATTERN_LENGTH } from './pattern';
import { expandLayers } from './layers';

// The architecture of a model as one serializable record: scalar shapes, one spec per layer kind,
// and two run-length patterns (`mixers`, `ffns`) that say which kind each layer uses. This compact
// form is what a database column, an editor form and the API hold; `expandLayers` turns it into
// one resolved record per layer for the accounting. Ranges are physical limits, not today's
// largest model: a typo of three zeros is refused, a model twice as large as any today is not.
// They are the catalog's physical ranges (lib/schemas/physical-limits.ts), the ones the database
// and the estimate request hold every model number to.

export const LIMITS = {
  layers: Math.min(MAX_PATTERN_LENGTH, MODEL_LIMITS.layers),
  hiddenSize: MODEL_LIMITS.hiddenSize,
  heads: MODEL_LIMITS.attentionHeads,
  headDim: MODEL_LIMITS.headDim,
  vocabSize: MODEL_LIMITS.vocabSize,
  ffnWidth: MODEL_LIMITS.intermediateSize,
  experts: MODEL_LIMITS.expertsTotal,
  contextTokens: MODEL_LIMITS.contextLength,
  params: MODEL_LIMITS.params,
  rank: MODEL_LIMITS.mlaKvLoraRank,
} as const;

const int = (max: number) => z.number().int().min(1).max(max);
const count = (max: number) => z.number().int().min(0).max(max);

export const attentionSchema = z
  .object({
    heads: int(LIMITS.heads),
    kvHeads: int(LIMITS.heads),
    headDim: int(LIMITS.headDim),
    /** Value head width when it differs from the key width; null = headDim. */
    valueHeadDim: int(LIMITS.headDim).nullable().default(null),
    qkNorm: z.enum(QK_NORMS).default('none'),
    /** Biases on the q, k and v projections (Qwen2, gpt-oss, GLM-4.5). */
    qkvBias: z.boolean().default(false),
    /** Bias on the output projection (gpt-oss). */
    outputBias: z.boolean().default(false),
    /** A sigmoid gate on the attention output, packed into q_proj (Qwen3-Next, Qwen3.5). */
    outputGate: z.boolean().default(false),
    /** One learned sink logit per head (gpt-oss, DeepSeek V4). */
    sinks: z.boolean().default(false),
    /** Keys double as values: no v_proj (Gemma 4's global layers, `attention_k_eq_v`). */
    sharedKeyValue: z.boolean().default(false),
    /** One scalar gate per head from its own projection (g_proj: hidden → heads; Laguna). */
    headGate: z.boolean().default(false),
  })
  .strict()
  .refine((a) => a.kvHeads <= a.heads, { path: ['kvHeads'], message: 'kvHeads cannot exceed heads' });

/** Sliding-window layers: the attention spec with a window and, where the config says so, their own heads. */
export const slidingSchema = z
  .object({
    window: int(LIMITS.contextTokens),
    /** Query heads of the sliding layers when they differ from the full layers' (Laguna: 64 vs 48). */
    heads: int(LIMITS.heads).nullable().default(null),
    kvHeads: int(LIMITS.heads).nullable().default(null),
    headDim: int(LIMITS.headDim).nullable().default(null),
    sharedKeyValue: z.boolean().nullable().default(null),
    /** Attention sinks on the sliding layers only (MiMo-V2-Flash `add_swa_attention_sink_bias`). */
    sinks: z.boolean().nullable().default(null),
  })
  .strict();

export const mlaSchema = z
  .object({
    heads: int(LIMITS.heads),
    /** Low-rank query (q_a → q_b); null = a full-rank q_proj (DeepSeek V2-Lite, Kimi Linear). */
    qLoraRank: int(LIMITS.rank).nullable(),
    kvLoraRank: int(LIMITS.rank),
    qkNopeHeadDim: int(LIMITS.headDim),
    qkRopeHeadDim: count(LIMITS.headDim),
    vHeadDim: int(LIMITS.headDim),
  })
  .strict();

/** DeepSeek Sparse Attention's lightning indexer (V3.2, GLM-5; V4's compressed layers at ratio 4). */
export const indexerSchema = z
  .object({
    heads: int(LIMITS.heads),
    headDim: int(LIMITS.headDim),
    topK: int(LIMITS.contextTokens),
  })
  .strict();

/** DeepSeek V4 attention: one shared KV head, low-rank q and grouped low-rank output, a window and a compressor. */
export const compressedSchema = z
  .object({
    heads: int(LIMITS.heads),
    headDim: int(LIMITS.headDim),
    ropeHeadDim: count(LIMITS.headDim),
    qLoraRank: int(LIMITS.rank),
    outputLoraRank: int(LIMITS.rank),
    outputGroups: int(LIMITS.heads),
    window: int(LIMITS.contextTokens),
  })
  .strict();

export const linearSchema = z
  .object({
    variant: z.enum(LINEAR_VARIANTS),
    keyHeads: int(LIMITS.heads),
    valueHeads: int(LIMITS.heads),
    keyHeadDim: int(LIMITS.headDim),
    valueHeadDim: int(LIMITS.headDim),
    convKernel: int(64),
  })
  .strict();

export const mambaSchema = z
  .object({
    heads: int(LIMITS.heads),
    headDim: int(LIMITS.headDim),
    stateSize: int(LIMITS.headDim),
    groups: int(LIMITS.heads),
    convKernel: int(64),
    convBias: z.boolean().default(true),
  })
  .strict();

export const denseSchema = z
  .object({
    intermediateSize: int(LIMITS.ffnWidth),
    /** gate + up + down (SwiGLU/GeGLU) when true; up + down (relu², gelu) when false. */
    gated: z.boolean().default(true),
    bias: z.boolean().default(false),
  })
  .strict();

export const moeSchema = z
  .object({
    experts: int(LIMITS.experts),
    activeExperts: int(LIMITS.experts),
    /** Width of one routed expert (config.json `moe_intermediate_size`, not `intermediate_size`). */
    expertWidth: int(LIMITS.ffnWidth),
    gated: z.boolean().default(true),
    sharedExperts: count(LIMITS.experts).default(0),
    /** Width of one shared expert; null = expertWidth. */
    sharedWidth: int(LIMITS.ffnWidth).nullable().default(null),
    /** A sigmoid gate on the shared expert (Qwen2-MoE, Qwen3-Next). */
    sharedGate: z.boolean().default(false),
    /** Per-expert score-correction bias on the router (DeepSeek V3 `noaux_tc`, MiniMax, GLM). */
    routerBias: z.boolean().default(false),
    /** Biases inside every expert (gpt-oss). */
    expertBias: z.boolean().default(false),
    /** Experts work in a smaller latent space with a projection in and out (Nemotron 3 Super). */
    latentSize: int(LIMITS.hiddenSize).nullable().default(null),
    /** First N MoE layers route by a token → experts table instead of a learned router (DeepSeek V4). */
    hashLayers: count(MAX_PATTERN_LENGTH).default(0),
  })
  .strict()
  .refine((m) => m.activeExperts <= m.experts, { path: ['activeExperts'], message: 'activeExperts cannot exceed experts' });

export const perLayerEmbeddingsSchema = z
  .object({
    /** Width of each layer's slice (`hidden_size_per_layer_input`). */
    dim: int(LIMITS.hiddenSize),
    vocabSize: int(LIMITS.vocabSize),
  })
  .strict();

export const residualExtrasSchema = z
  .object({
    /** Gemma 3n AltUp: parallel copies of the residual stream. */
    altupInputs: count(64).default(0),
    /** Gemma 3n LAuReL: rank of the learned low-rank residual. */
    laurelRank: count(LIMITS.rank).default(0),
    /** DeepSeek V4 hyper-connections: residual streams per layer (`hc_mult`). */
    hyperConnections: count(64).default(0),
  })
  .strict();

export const mtpSchema = z
  .object({
    layers: int(16),
    /** Mixer of each MTP block (the pattern token, e.g. "full", "mla", "dsa"). */
    mixer: z.string().min(1).max(40),
    ffn: z.string().min(1).max(40),
    /** The checkpoint stores its own copy of the token embedding / the output head for the MTP block. */
    ownEmbeddings: z.boolean().default(false),
    ownHead: z.boolean().default(false),
  })
  .strict();

export const towerSchema = z
  .object({
    kind: z.enum(TOWER_KINDS),
    params: z.number().int().min(1).max(LIMITS.params),
    description: z.string().max(300).default(''),
  })
  .strict();

const ropeScalingSchema = z
  .object({
    method: z.enum(CONTEXT_EXTENSION_METHODS),
    factor: z.number().positive().max(10_000),
    /** The window the RoPE scaling stretches (`original_max_position_embeddings`); null when the config omits it. */
    originalTokens: int(LIMITS.contextTokens).nullable(),
  })
  .strict();

export const contextSchema = z
  .object({
    /** The window the published config serves (`max_position_embeddings`). */
    nativeTokens: int(LIMITS.contextTokens),
    /** RoPE scaling the config itself declares: a runtime must implement it to serve `nativeTokens`. */
    ropeScaling: ropeScalingSchema.nullable().default(null),
    /** A longer window the publisher documents beyond the config (e.g. Qwen's YaRN ×4 to 131,072); null when none. */
    extendedTokens: int(LIMITS.contextTokens).nullable().default(null),
    /**
     * How to reach `extendedTokens`: the scaling a runtime must be told to apply, and the window it
     * stretches when that is not the native one (Qwen3: YaRN ×4 over 32,768, llama.cpp --yarn-orig-ctx).
     */
    extension: z
      .object({
        method: z.enum(CONTEXT_EXTENSION_METHODS),
        factor: z.number().positive().max(10_000),
        originalTokens: int(LIMITS.contextTokens).nullable().default(null),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict()
  .refine((c) => c.extendedTokens === null || c.extendedTokens > c.nativeTokens, {
    path: ['extendedTokens'],
    message: 'the extended window must be longer than the native one',
  })
  .refine((c) => (c.extendedTokens === null) === (c.extension === null), {
    path: ['extension'],
    message: 'an extended window needs its method, and a method its window',
  });

export const architectureShape = {
  /** The config.json `model_type` this record was read from, or "custom". */
  modelType: z.string().min(1).max(80),
  hiddenSize: int(LIMITS.hiddenSize),
  vocabSize: int(LIMITS.vocabSize),
  tiedEmbeddings: z.boolean(),
  /** Decoder layers of the main stack (MTP blocks are counted in `mtp`). */
  layers: int(LIMITS.layers),
  /** One mixer token per layer, run-length encoded (see pattern.ts). */
  mixers: z.string().min(1).max(20_000),
  /** One FFN token per layer ("dense", "dense:<width>", "moe", "none"), run-length encoded. */
  ffns: z.string().min(1).max(20_000),
  attention: attentionSchema.nullable().default(null),
  sliding: slidingSchema.nullable().default(null),
  mla: mlaSchema.nullable().default(null),
  indexer: indexerSchema.nullable().default(null),
  compressed: compressedSchema.nullable().default(null),
  linear: linearSchema.nullable().default(null),
  mamba: mambaSchema.nullable().default(null),
  dense: denseSchema.nullable().default(null),
  moe: moeSchema.nullable().default(null),
  perLayerEmbeddings: perLayerEmbeddingsSchema.nullable().default(null),
  /** The last N layers read the KV of an earlier layer of their kind and keep none (Gemma 3n, Gemma 4 E-models). */
  kvSharedLayers: count(LIMITS.layers).default(0),
  residualExtras: residualExtrasSchema.nullable().default(null),
  /** The config asks for a float32 recurrent/SSM state (`mamba_ssm_cache_dtype`, `mamba_ssm_dtype`). */
  ssmStateFloat32: z.boolean().default(false),
  mtp: mtpSchema.nullable().default(null),
  towers: z.array(towerSchema).max(4).default([]),
  context: contextSchema,
};

export const architectureSchema = z
  .object(architectureShape)
  .strict()
  .superRefine((a, ctx) => {
    if (a.kvSharedLayers >= a.layers) {
      ctx.addIssue({ code: 'custom', path: ['kvSharedLayers'], message: 'at least one layer must keep its own KV' });
    }
    const r = expandLayers(a);
    if (!r.ok) ctx.addIssue({ code: 'custom', path: [r.field], message: r.error });
  });

export type Architecture = z.output<typeof architectureSchema>;
export type ContextExtension = NonNullable<Architecture['context']['extension']>;
export type ArchitectureInput = z.input<typeof architectureSchema>;
export type AttentionSpec = z.output<typeof attentionSchema>;
export type MlaSpec = z.output<typeof mlaSchema>;
export type IndexerSpec = z.output<typeof indexerSchema>;
export type CompressedSpec = z.output<typeof compressedSchema>;
export type LinearSpec = z.output<typeof linearSchema>;
export type MambaSpec = z.output<typeof mambaSchema>;
export type DenseSpec = z.output<typeof denseSchema>;
export type MoeSpec = z.output<typeof moeSchema>;
export type TowerSpec = z.output<typeof towerSchema>;
