import { z } from 'zod';
import { cannotExceedMessage, mustExceedMessage } from '../schemas/field-labels';
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

/**
 * Form metadata, read by the admin form (lib/schemas/admin.ts formFieldsOf): a label, a hint naming
 * the config.json key the field is read from (the keys lib/architecture/hf/families.ts reads), and,
 * for numbers, the unit the input takes ("32k" tokens). On a nullable part, the label of its
 * "present" checkbox. One definition serves the form and the validation.
 */
const field = <T extends z.ZodType>(schema: T, label: string, hint?: string, unit?: 'tokens' | 'plain'): T =>
  schema.meta({ label, ...(hint ? { hint } : {}), ...(unit ? { unit } : {}) }) as T;

const attentionFields = z
  .object({
    heads: field(int(LIMITS.heads), 'Query heads', 'num_attention_heads'),
    kvHeads: field(int(LIMITS.heads), 'KV heads', 'num_key_value_heads (grouped-query attention); at most the query heads'),
    headDim: field(int(LIMITS.headDim), 'Head width', 'head_dim, else hidden_size ÷ num_attention_heads'),
    /** Value head width when it differs from the key width; null = headDim. */
    valueHeadDim: field(int(LIMITS.headDim).nullable().default(null), 'Value head width', 'v_head_dim; empty when equal to the head width'),
    qkNorm: field(z.enum(QK_NORMS).default('none'), 'Q/K norm', 'use_qk_norm (Qwen3, Gemma 3: per head)'),
    /** Biases on the q, k and v projections (Qwen2, gpt-oss, GLM-4.5). */
    qkvBias: field(z.boolean().default(false), 'Biases on q, k, v', 'attention_bias, qkv_bias'),
    /** Bias on the output projection (gpt-oss). */
    outputBias: field(z.boolean().default(false), 'Bias on the output projection', 'attention_bias (gpt-oss), attention_out_bias'),
    /** A sigmoid gate on the attention output, packed into q_proj (Qwen3-Next, Qwen3.5). */
    outputGate: field(z.boolean().default(false), 'Gated output', 'attn_output_gate (Qwen3-Next, Qwen3.5)'),
    /** One learned sink logit per head (gpt-oss, DeepSeek V4). */
    sinks: field(z.boolean().default(false), 'Attention sinks', 'gpt-oss; add_full_attention_sink_bias'),
    /** Keys double as values: no v_proj (Gemma 4's global layers, `attention_k_eq_v`). */
    sharedKeyValue: field(z.boolean().default(false), 'Keys double as values', 'attention_k_eq_v (Gemma 4)'),
    /** One scalar gate per head from its own projection (g_proj: hidden → heads; Laguna). */
    headGate: field(z.boolean().default(false), 'Gate per head', 'gating (Laguna)'),
  })
  .strict();
export const attentionSchema = attentionFields.refine((a) => a.kvHeads <= a.heads, {
  path: ['kvHeads'],
  message: cannotExceedMessage(attentionFields.shape.kvHeads, attentionFields.shape.heads),
});

/** Sliding-window layers: the attention spec with a window and, where the config says so, their own heads. */
export const slidingSchema = z
  .object({
    window: field(int(LIMITS.contextTokens), 'Window', 'sliding_window (attention_chunk_size for Llama 4)', 'tokens'),
    /** Query heads of the sliding layers when they differ from the full layers' (Laguna: 64 vs 48). */
    heads: field(int(LIMITS.heads).nullable().default(null), 'Query heads on sliding layers', 'swa_num_attention_heads; empty when as above'),
    kvHeads: field(int(LIMITS.heads).nullable().default(null), 'KV heads on sliding layers', 'swa_num_key_value_heads; empty when as above'),
    headDim: field(int(LIMITS.headDim).nullable().default(null), 'Head width on sliding layers', 'swa_head_dim (Gemma 4: head_dim, global_head_dim above); empty when as above'),
    sharedKeyValue: field(z.boolean().nullable().default(null), 'Keys double as values on sliding layers', 'empty when as above'),
    /** Attention sinks on the sliding layers only (MiMo-V2-Flash `add_swa_attention_sink_bias`). */
    sinks: field(z.boolean().nullable().default(null), 'Attention sinks on sliding layers', 'add_swa_attention_sink_bias; empty when as above'),
  })
  .strict();

export const mlaSchema = z
  .object({
    heads: field(int(LIMITS.heads), 'Query heads', 'num_attention_heads'),
    /** Low-rank query (q_a → q_b); null = a full-rank q_proj (DeepSeek V2-Lite, Kimi Linear). */
    qLoraRank: field(int(LIMITS.rank).nullable(), 'Query rank', 'q_lora_rank; empty for a full-rank query'),
    kvLoraRank: field(int(LIMITS.rank), 'KV latent rank', 'kv_lora_rank'),
    qkNopeHeadDim: field(int(LIMITS.headDim), 'Key width without RoPE', 'qk_nope_head_dim'),
    qkRopeHeadDim: field(count(LIMITS.headDim), 'Key width with RoPE', 'qk_rope_head_dim'),
    vHeadDim: field(int(LIMITS.headDim), 'Value head width', 'v_head_dim'),
  })
  .strict();

/** DeepSeek Sparse Attention's lightning indexer (V3.2, GLM-5; V4's compressed layers at ratio 4). */
export const indexerSchema = z
  .object({
    heads: field(int(LIMITS.heads), 'Indexer heads', 'index_n_heads'),
    headDim: field(int(LIMITS.headDim), 'Indexer head width', 'index_head_dim'),
    topK: field(int(LIMITS.contextTokens), 'Keys attended', 'index_topk', 'tokens'),
  })
  .strict();

/** DeepSeek V4 attention: one shared KV head, low-rank q and grouped low-rank output, a window and a compressor. */
export const compressedSchema = z
  .object({
    heads: field(int(LIMITS.heads), 'Query heads', 'num_attention_heads'),
    headDim: field(int(LIMITS.headDim), 'Head width', 'head_dim'),
    ropeHeadDim: field(count(LIMITS.headDim), 'Width with RoPE', 'qk_rope_head_dim'),
    qLoraRank: field(int(LIMITS.rank), 'Query rank', 'q_lora_rank'),
    outputLoraRank: field(int(LIMITS.rank), 'Output rank', 'o_lora_rank'),
    outputGroups: field(int(LIMITS.heads), 'Output groups', 'o_groups'),
    window: field(int(LIMITS.contextTokens), 'Window', 'sliding_window', 'tokens'),
  })
  .strict();

export const linearSchema = z
  .object({
    variant: field(z.enum(LINEAR_VARIANTS), 'Variant', 'from model_type (Qwen3-Next, Qwen3.5: gated-deltanet)'),
    keyHeads: field(int(LIMITS.heads), 'Key heads', 'linear_num_key_heads'),
    valueHeads: field(int(LIMITS.heads), 'Value heads', 'linear_num_value_heads'),
    keyHeadDim: field(int(LIMITS.headDim), 'Key head width', 'linear_key_head_dim'),
    valueHeadDim: field(int(LIMITS.headDim), 'Value head width', 'linear_value_head_dim'),
    convKernel: field(int(64), 'Convolution kernel', 'linear_conv_kernel_dim'),
  })
  .strict();

export const mambaSchema = z
  .object({
    heads: field(int(LIMITS.heads), 'Mamba heads', 'mamba_num_heads, mamba_n_heads'),
    headDim: field(int(LIMITS.headDim), 'Mamba head width', 'mamba_head_dim, mamba_d_head'),
    stateSize: field(int(LIMITS.headDim), 'State size', 'ssm_state_size, mamba_d_state'),
    groups: field(int(LIMITS.heads), 'Groups', 'n_groups, mamba_n_groups'),
    convKernel: field(int(64), 'Convolution kernel', 'conv_kernel, mamba_d_conv'),
    convBias: field(z.boolean().default(true), 'Convolution bias', 'use_conv_bias, mamba_conv_bias'),
  })
  .strict();

export const denseSchema = z
  .object({
    intermediateSize: field(int(LIMITS.ffnWidth), 'Dense FFN width', 'intermediate_size'),
    /** gate + up + down (SwiGLU/GeGLU) when true; up + down (relu², gelu) when false. */
    gated: field(z.boolean().default(true), 'Gated (gate, up, down)', 'SwiGLU/GeGLU; off for relu² or gelu (Nemotron)'),
    bias: field(z.boolean().default(false), 'Biases in the FFN', 'mlp_bias'),
  })
  .strict();

const moeFields = z
  .object({
    experts: field(int(LIMITS.experts), 'Routed experts', 'num_experts, n_routed_experts or num_local_experts'),
    activeExperts: field(int(LIMITS.experts), 'Experts per token', 'num_experts_per_tok; at most the routed experts'),
    /** Width of one routed expert (config.json `moe_intermediate_size`, not `intermediate_size`). */
    expertWidth: field(int(LIMITS.ffnWidth), 'Expert width', 'moe_intermediate_size (not intermediate_size)'),
    gated: field(z.boolean().default(true), 'Gated experts', 'gate, up and down in each expert'),
    sharedExperts: field(count(LIMITS.experts).default(0), 'Shared experts', 'n_shared_experts'),
    /** Width of one shared expert; null = expertWidth. */
    sharedWidth: field(int(LIMITS.ffnWidth).nullable().default(null), 'Shared expert width', 'shared_expert_intermediate_size; empty when equal to the expert width'),
    /** A sigmoid gate on the shared expert (Qwen2-MoE, Qwen3-Next). */
    sharedGate: field(z.boolean().default(false), 'Gate on the shared expert', 'Qwen2-MoE, Qwen3-Next: on with a shared_expert_intermediate_size'),
    /** Per-expert score-correction bias on the router (DeepSeek V3 `noaux_tc`, MiniMax, GLM). */
    routerBias: field(z.boolean().default(false), 'Router score bias', 'topk_method "noaux_tc", use_routing_bias'),
    /** Biases inside every expert (gpt-oss). */
    expertBias: field(z.boolean().default(false), 'Biases in every expert', 'gpt-oss'),
    /** Experts work in a smaller latent space with a projection in and out (Nemotron 3 Super). */
    latentSize: field(int(LIMITS.hiddenSize).nullable().default(null), 'Expert latent width', 'moe_latent_size; empty for none'),
    /** First N MoE layers route by a token → experts table instead of a learned router (DeepSeek V4). */
    hashLayers: field(count(MAX_PATTERN_LENGTH).default(0), 'Hash-routed layers', 'num_hash_layers (DeepSeek V4)'),
  })
  .strict();
export const moeSchema = moeFields.refine((m) => m.activeExperts <= m.experts, {
  path: ['activeExperts'],
  message: cannotExceedMessage(moeFields.shape.activeExperts, moeFields.shape.experts),
});

export const perLayerEmbeddingsSchema = z
  .object({
    /** Width of each layer's slice (`hidden_size_per_layer_input`). */
    dim: field(int(LIMITS.hiddenSize), 'Width per layer', 'hidden_size_per_layer_input'),
    vocabSize: field(int(LIMITS.vocabSize), 'Vocabulary', 'vocab_size_per_layer_input'),
  })
  .strict();

export const residualExtrasSchema = z
  .object({
    /** Gemma 3n AltUp: parallel copies of the residual stream. */
    altupInputs: field(count(64).default(0), 'AltUp residual copies', 'altup_num_inputs (Gemma 3n)'),
    /** Gemma 3n LAuReL: rank of the learned low-rank residual. */
    laurelRank: field(count(LIMITS.rank).default(0), 'LAuReL rank', 'laurel_rank (Gemma 3n)'),
    /** DeepSeek V4 hyper-connections: residual streams per layer (`hc_mult`). */
    hyperConnections: field(count(64).default(0), 'Hyper-connection streams', 'hc_mult (DeepSeek V4)'),
  })
  .strict();

export const mtpSchema = z
  .object({
    layers: field(int(16), 'MTP blocks', 'num_nextn_predict_layers, mtp_num_hidden_layers'),
    /** Mixer of each MTP block (the pattern token, e.g. "full", "mla", "dsa"). */
    mixer: field(z.string().min(1).max(40), 'Mixer of each block', 'a mixer token: full, mla, dsa…'),
    ffn: field(z.string().min(1).max(40), 'FFN of each block', 'an FFN token: dense, moe…'),
    /** The checkpoint stores its own copy of the token embedding / the output head for the MTP block. */
    ownEmbeddings: field(z.boolean().default(false), 'Own embedding copy', 'mtp_use_dedicated_embeddings'),
    ownHead: field(z.boolean().default(false), 'Own output head copy'),
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
    method: field(z.enum(CONTEXT_EXTENSION_METHODS), 'Scaling method', 'rope_scaling.rope_type (rope_parameters in transformers 5)'),
    factor: field(z.number().positive().max(10_000), 'Scaling factor', 'rope_scaling.factor'),
    /** The window the RoPE scaling stretches (`original_max_position_embeddings`); null when the config omits it. */
    originalTokens: field(int(LIMITS.contextTokens).nullable(), 'Window it stretches', 'rope_scaling.original_max_position_embeddings; empty when the config omits it', 'tokens'),
  })
  .strict();

const contextFields = z
  .object({
    /** The window the published config serves (`max_position_embeddings`). */
    nativeTokens: field(int(LIMITS.contextTokens), 'Native context', 'max_position_embeddings', 'tokens'),
    /** RoPE scaling the config itself declares: a runtime must implement it to serve `nativeTokens`. */
    ropeScaling: field(ropeScalingSchema.nullable().default(null), 'The config declares RoPE scaling', 'rope_scaling (or rope_parameters) with a rope_type other than default'),
    /** A longer window the publisher documents beyond the config (e.g. Qwen's YaRN ×4 to 131,072); null when none. */
    extendedTokens: field(int(LIMITS.contextTokens).nullable().default(null), 'Documented longer context', 'not in config.json: the model card (Qwen: YaRN ×4 to 128k); empty when none', 'tokens'),
    /**
     * How to reach `extendedTokens`: the scaling a runtime must be told to apply, and the window it
     * stretches when that is not the native one (Qwen3: YaRN ×4 over 32,768, llama.cpp --yarn-orig-ctx).
     */
    extension: field(
      z
        .object({
          method: field(z.enum(CONTEXT_EXTENSION_METHODS), 'Extension method', 'what a runtime must be told to apply (model card)'),
          factor: field(z.number().positive().max(10_000), 'Extension factor', 'model card (Qwen3: 4)'),
          originalTokens: field(int(LIMITS.contextTokens).nullable().default(null), 'Window it stretches', 'empty when the native one (llama.cpp --yarn-orig-ctx)', 'tokens'),
        })
        .strict()
        .nullable()
        .default(null),
      'The model card documents how to reach it',
      'needed with a documented longer context, and only then',
    ),
  })
  .strict();
export const contextSchema = contextFields
  .refine((c) => c.extendedTokens === null || c.extendedTokens > c.nativeTokens, {
    path: ['extendedTokens'],
    message: mustExceedMessage(contextFields.shape.extendedTokens, contextFields.shape.nativeTokens),
  })
  .refine((c) => (c.extendedTokens === null) === (c.extension === null), {
    path: ['extension'],
    message: 'an extended window needs its method, and a method its window',
  });

export const architectureShape = {
  /** The config.json `model_type` this record was read from, or "custom". */
  modelType: field(z.string().min(1).max(80), 'Model type', 'model_type, or "custom"'),
  hiddenSize: field(int(LIMITS.hiddenSize), 'Hidden size', 'hidden_size'),
  vocabSize: field(int(LIMITS.vocabSize), 'Vocabulary', 'vocab_size'),
  tiedEmbeddings: field(z.boolean(), 'Output head shares the embedding', 'tie_word_embeddings'),
  /** Decoder layers of the main stack (MTP blocks are counted in `mtp`). */
  layers: field(int(LIMITS.layers), 'Layers', 'num_hidden_layers (MTP blocks not counted)'),
  /** One mixer token per layer, run-length encoded (see pattern.ts). */
  mixers: field(z.string().min(1).max(20_000), 'Mixer of each layer', 'layer_types, full_attention_interval…, as a pattern: "full*32", "(linear*3 full)*12" (docs/architecture-model.md)'),
  /** One FFN token per layer ("dense", "dense:<width>", "moe", "none"), run-length encoded. */
  ffns: field(z.string().min(1).max(20_000), 'FFN of each layer', 'first_k_dense_replace, mlp_only_layers, decoder_sparse_step…, as a pattern: "dense*3 moe*58"'),
  attention: field(attentionSchema.nullable().default(null), 'Has softmax attention layers (full or sliding)', 'mixer tokens full and sliding'),
  sliding: field(slidingSchema.nullable().default(null), 'Has sliding-window layers', 'mixer token sliding; sliding_window, layer_types'),
  mla: field(mlaSchema.nullable().default(null), 'Has multi-head latent attention (MLA)', 'mixer tokens mla and dsa; kv_lora_rank (DeepSeek V2/V3, Kimi)'),
  indexer: field(indexerSchema.nullable().default(null), 'Has a sparse-attention indexer', 'mixer token dsa; index_topk (DeepSeek V3.2, GLM-5)'),
  compressed: field(compressedSchema.nullable().default(null), 'Has compressed attention (DeepSeek V4)', 'mixer token compressed; compress_ratios'),
  linear: field(linearSchema.nullable().default(null), 'Has linear-attention layers', 'mixer token linear; linear_num_value_heads'),
  mamba: field(mambaSchema.nullable().default(null), 'Has Mamba layers', 'mixer token mamba; ssm_state_size'),
  dense: field(denseSchema.nullable().default(null), 'Has dense FFN layers', 'FFN token dense; intermediate_size'),
  moe: field(moeSchema.nullable().default(null), 'Has mixture-of-experts layers', 'FFN token moe; num_experts_per_tok'),
  perLayerEmbeddings: field(perLayerEmbeddingsSchema.nullable().default(null), 'Has per-layer embeddings (Gemma 3n, Gemma 4 E-models)', 'hidden_size_per_layer_input'),
  /** The last N layers read the KV of an earlier layer of their kind and keep none (Gemma 3n, Gemma 4 E-models). */
  kvSharedLayers: field(count(LIMITS.layers).default(0), 'Layers sharing an earlier KV', 'num_kv_shared_layers'),
  residualExtras: field(residualExtrasSchema.nullable().default(null), 'Has residual extras (AltUp, LAuReL, hyper-connections)', 'altup_num_inputs, laurel_rank, hc_mult'),
  /** The config asks for a float32 recurrent/SSM state (`mamba_ssm_cache_dtype`, `mamba_ssm_dtype`). */
  ssmStateFloat32: field(z.boolean().default(false), 'Float32 recurrent state', 'mamba_ssm_cache_dtype or mamba_ssm_dtype "float32"'),
  mtp: field(mtpSchema.nullable().default(null), 'Has multi-token prediction blocks', 'num_nextn_predict_layers'),
  towers: field(
    z.array(towerSchema).max(4).default([]),
    'Vision and audio towers (JSON)',
    '[{"kind": "vision", "params": 400000000, "description": "…"}]; vision_config, audio_config',
  ),
  context: contextSchema,
};

export const architectureSchema = z
  .object(architectureShape)
  .strict()
  .superRefine((a, ctx) => {
    if (a.kvSharedLayers >= a.layers) {
      ctx.addIssue({ code: 'custom', path: ['kvSharedLayers'], message: 'at least one layer must keep its own KV' });
    }
    // The sliding layers' heads fall back to the full layers' ones: checked here, where both parts meet.
    if (a.attention && a.sliding && (a.sliding.kvHeads ?? a.attention.kvHeads) > (a.sliding.heads ?? a.attention.heads)) {
      ctx.addIssue({ code: 'custom', path: ['sliding', 'kvHeads'], message: cannotExceedMessage(slidingSchema.shape.kvHeads, slidingSchema.shape.heads) });
      return;
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
