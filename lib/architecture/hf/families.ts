// One builder per family of config.json layouts. Each reads the keys its transformers / vendor
// implementation reads and writes the architecture record; the comments name that implementation.

import type { ContextExtensionMethod } from '../kinds';
import { formatPattern } from '../pattern';
import type { ArchitectureInput, TowerSpec } from '../schema';
import { KV_HEADS_FALLBACK_TO_HEADS } from './defaults';
import { ConfigError, type ConfigReader } from './reader';
import { pixtralVisionTower, qwenVisionTower } from './towers';

type Arch = ArchitectureInput;
type Attention = NonNullable<Arch['attention']>;
type Moe = NonNullable<Arch['moe']>;

/** What a family builder gets: the text-model reader, the top-level reader and the model type. */
export interface FamilyInput {
  /** The model_type as published (top level). */
  modelType: string;
  /** Reader over the language-model keys (text_config when nested, else the top level). */
  text: ConfigReader;
  /** Reader over the top level (vision_config, tie_word_embeddings of composite models). */
  top: ConfigReader;
  warnings: string[];
}

export type FamilyBuilder = (f: FamilyInput) => Arch;

// ---------------------------------------------------------------------------------------------
// Shared reads

function tied(f: FamilyInput): boolean {
  // Composite configs keep tie_word_embeddings at the top (Qwen3_5Config, Gemma4Config); a value in
  // text_config wins when both are present.
  if (f.text.has('tie_word_embeddings')) return f.text.bool('tie_word_embeddings');
  if (f.top !== f.text && f.top.has('tie_word_embeddings')) return f.top.bool('tie_word_embeddings');
  return f.text.bool('tie_word_embeddings');
}

function kvHeads(f: FamilyInput, heads: number, family: string): number {
  const r = f.text;
  if (!r.has('num_key_value_heads') && KV_HEADS_FALLBACK_TO_HEADS.has(family) && !(r.defaults && 'num_key_value_heads' in r.defaults.values)) {
    f.warnings.push(`${r.key('num_key_value_heads')} absent: ${heads} (= num_attention_heads, as ${family}'s config class does)`);
    return heads;
  }
  return r.int('num_key_value_heads');
}

function headDim(f: FamilyInput, hidden: number, heads: number): number {
  const r = f.text;
  if (r.has('head_dim') || (r.defaults && typeof r.defaults.values.head_dim === 'number')) return r.int('head_dim');
  if (hidden % heads !== 0) throw new ConfigError(r.key('head_dim'), `${r.key('head_dim')} is absent and hidden_size ${hidden} is not a multiple of num_attention_heads ${heads}`);
  f.warnings.push(`${r.key('head_dim')} absent: hidden_size / num_attention_heads = ${hidden / heads}`);
  return hidden / heads;
}

const ROPE_METHODS: Record<string, ContextExtensionMethod | null> = {
  default: null,
  mrope: null,
  proportional: null,
  yarn: 'yarn',
  linear: 'linear',
  dynamic: 'dynamic',
  longrope: 'longrope',
  su: 'longrope', // Phi-3's old name (Phi3Config.convert_rope_params_to_dict)
  llama3: 'llama3',
};

/** Native window and the RoPE scaling the config declares (rope_scaling, or rope_parameters in transformers ≥ 5). */
function context(f: FamilyInput, extraOriginalKey?: string): Arch['context'] {
  const r = f.text;
  const nativeTokens = r.int('max_position_embeddings');
  let rope = r.optObject('rope_scaling') ?? r.optObject('rope_parameters');
  // Gemma 4 keys rope_parameters by layer type; the full-attention entry governs the long context.
  if (rope && typeof rope.full_attention === 'object' && rope.full_attention !== null) rope = rope.full_attention as Record<string, unknown>;
  if (!rope) return { nativeTokens };
  const type = (typeof rope.rope_type === 'string' ? rope.rope_type : typeof rope.type === 'string' ? rope.type : 'default') as string;
  if (!(type in ROPE_METHODS)) throw new ConfigError(r.key('rope_scaling.rope_type'), `${r.key('rope_scaling')}: unknown RoPE type "${type}"`);
  const method = ROPE_METHODS[type] ?? null;
  if (!method) return { nativeTokens };
  const original = typeof rope.original_max_position_embeddings === 'number'
    ? rope.original_max_position_embeddings
    : extraOriginalKey && r.has(extraOriginalKey) ? r.int(extraOriginalKey) : null;
  let factor = typeof rope.factor === 'number' ? rope.factor : null;
  // Phi-3 longrope carries per-dimension factors; the effective factor is the window ratio.
  if (factor === null && original !== null) factor = nativeTokens / original;
  if (factor === null) throw new ConfigError(r.key('rope_scaling.factor'), `${r.key('rope_scaling')} (${type}) has no factor`);
  return { nativeTokens, ropeScaling: { method, factor, originalTokens: original } };
}

/** Layer kinds from transformers-style layer_types ("full_attention", "sliding_attention", "linear_attention", ...). */
function mixerFromLayerType(r: ConfigReader, t: string, i: number): string {
  switch (t) {
    case 'full_attention':
    case 'attention':
      return 'full';
    case 'sliding_attention':
    case 'chunked_attention':
      return 'sliding';
    case 'linear_attention':
      return 'linear';
    case 'mamba':
      return 'mamba';
    default:
      throw new ConfigError(r.key(`layer_types[${i}]`), `${r.key('layer_types')}[${i}]: unknown layer type "${t}"`);
  }
}

function layerTypes(r: ConfigReader, layers: number): string[] | null {
  const types = r.optStrings('layer_types');
  if (!types) return null;
  if (types.length < layers) throw new ConfigError(r.key('layer_types'), `${r.key('layer_types')} has ${types.length} entries for ${layers} layers`);
  // Some configs list the MTP layer too (e.g. Qwen3.5 lists only the main stack; others append): keep the main stack.
  return types.slice(0, layers).map((t, i) => mixerFromLayerType(r, t, i));
}

/** Which layers are MoE under Qwen's decoder_sparse_step / mlp_only_layers (Qwen2MoeDecoderLayer). */
function qwenMoeLayers(r: ConfigReader, layers: number): boolean[] {
  const step = r.has('decoder_sparse_step') || r.defaults?.values.decoder_sparse_step !== undefined ? r.count('decoder_sparse_step') : 1;
  const mlpOnly = new Set(r.optInts('mlp_only_layers') ?? []);
  return Array.from({ length: layers }, (_, i) => !mlpOnly.has(i) && step > 0 && (i + 1) % step === 0);
}

function baseAttention(f: FamilyInput, family: string, hidden: number): Attention & { heads: number; kvHeads: number; headDim: number } {
  const heads = f.text.int('num_attention_heads');
  return { heads, kvHeads: kvHeads(f, heads, family), headDim: headDim(f, hidden, heads) };
}

function slidingFromWindow(f: FamilyInput, layers: number, nativeTokens: number): { mixers: string[]; sliding: Arch['sliding'] } {
  // Mistral / Phi-3: a sliding_window shorter than the context makes every layer slide (MistralAttention).
  const r = f.text;
  const w = r.has('sliding_window') ? r.int('sliding_window') : null;
  if (w !== null && w < nativeTokens) return { mixers: Array<string>(layers).fill('sliding'), sliding: { window: w } };
  return { mixers: Array<string>(layers).fill('full'), sliding: null };
}

/**
 * A tower whose vision_config lacks a key it needs is left out with a warning: the language model is
 * still estimated, and the warning says what is missing (configs written by save_pretrained omit
 * keys equal to the class defaults, and the vision config classes' defaults are not tabled here).
 */
function countTower(f: FamilyInput, count: () => TowerSpec): TowerSpec | null {
  try {
    return count();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    f.warnings.push(`vision tower not counted: ${e.message}`);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Dense and MoE transformers with GQA attention

/** llama, mistral, mixtral, qwen2, qwen2_moe, qwen3, qwen3_moe, phi3, seed_oss, ministral3, qwen3_vl(_moe). */
export const llamaLike: FamilyBuilder = (f) => {
  const r = f.text;
  const family = f.modelType;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const ctx = context(f, family === 'phi3' ? 'original_max_position_embeddings' : undefined);
  const a = baseAttention(f, family, hidden);
  const isQwen = family.startsWith('qwen');
  const isQwen3 = family.startsWith('qwen3');
  const attention: Attention = {
    ...a,
    // Qwen2 hard-codes q/k/v biases (mlx-lm qwen2.py Attention, bias=True); Llama's attention_bias
    // covers q, k, v and o (LlamaAttention); Seed-OSS splits it into attention_bias / attention_out_bias.
    qkvBias: family === 'qwen2' || family === 'qwen2_moe' ? true : r.has('attention_bias') ? r.bool('attention_bias') : false,
    outputBias: family === 'llama' && r.has('attention_bias') ? r.bool('attention_bias') : family === 'seed_oss' && r.has('attention_out_bias') ? r.bool('attention_out_bias') : false,
    qkNorm: isQwen3 ? 'head' : 'none',
  };
  // Layer kinds: layer_types when given; Qwen's use_sliding_window slides layers ≥ max_window_layers
  // (Qwen3Config.__post_init__); Mistral/Phi-3 slide every layer when the window is shorter than the context.
  let mixers = layerTypes(r, layers);
  let sliding: Arch['sliding'] = null;
  if (mixers) {
    if (mixers.includes('sliding')) sliding = { window: r.int('sliding_window') };
  } else if (isQwen) {
    const use = r.has('use_sliding_window') ? r.bool('use_sliding_window') : false;
    if (use) {
      const from = r.int('max_window_layers');
      mixers = Array.from({ length: layers }, (_, i) => (i >= from ? 'sliding' : 'full'));
      sliding = { window: r.int('sliding_window') };
    } else {
      mixers = Array<string>(layers).fill('full');
    }
  } else {
    ({ mixers, sliding } = slidingFromWindow(f, layers, ctx.nativeTokens));
  }

  let ffns: string[] = Array<string>(layers).fill('dense');
  let moe: Moe | null = null;
  let dense: Arch['dense'] = { intermediateSize: r.int('intermediate_size'), gated: true, bias: family === 'llama' && r.has('mlp_bias') ? r.bool('mlp_bias') : false };
  if (family === 'mixtral') {
    // MixtralSparseMoeBlock: every layer, experts as wide as intermediate_size, no shared expert.
    moe = { experts: r.int('num_local_experts'), activeExperts: r.int('num_experts_per_tok'), expertWidth: r.int('intermediate_size') };
    ffns = Array<string>(layers).fill('moe');
    dense = null;
  } else if (family === 'qwen2_moe' || family === 'qwen3_moe' || family === 'qwen3_vl_moe') {
    const isMoe = qwenMoeLayers(r, layers);
    const shared = family === 'qwen2_moe' ? r.int('shared_expert_intermediate_size') : 0;
    moe = {
      experts: r.int('num_experts'),
      activeExperts: r.int('num_experts_per_tok'),
      expertWidth: r.int('moe_intermediate_size'),
      sharedExperts: shared > 0 ? 1 : 0,
      sharedWidth: shared > 0 ? shared : null,
      sharedGate: shared > 0,
    };
    ffns = isMoe.map((m) => (m ? 'moe' : 'dense'));
    if (!isMoe.some((m) => !m)) dense = null;
  }
  const towers = [];
  if (family === 'qwen3_vl' || family === 'qwen3_vl_moe') {
    const v = f.top.child('vision_config', null);
    const t = v && countTower(f, () => qwenVisionTower(v));
    if (t) towers.push(t);
  } else if (family === 'ministral3' || family === 'mistral3') {
    const v = f.top.child('vision_config', null);
    const t =
      v &&
      countTower(f, () => {
        const bias = f.top.has('multimodal_projector_bias') ? f.top.bool('multimodal_projector_bias') : false;
        const merge = f.top.has('spatial_merge_size') ? f.top.int('spatial_merge_size') : 2;
        return pixtralVisionTower(v, hidden, bias, merge);
      });
    if (t) towers.push(t);
  }
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(mixers),
    ffns: formatPattern(ffns),
    attention,
    sliding,
    dense,
    moe,
    towers,
    context: ctx,
  };
};

/** glm4_moe (GLM-4.5 / 4.6 / 4.7): GQA with biased q/k/v, optional QK-norm, leading dense layers, DeepSeek-style MoE and a NextN block. */
export const glm4Moe: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const a = baseAttention(f, 'glm4_moe', hidden);
  // Glm4MoeAttention: q/k/v bias = attention_bias, o_proj without bias; q_norm/k_norm per head when use_qk_norm.
  const attention: Attention = { ...a, qkvBias: r.bool('attention_bias'), qkNorm: r.bool('use_qk_norm') ? 'head' : 'none' };
  const firstDense = r.count('first_k_dense_replace');
  const moe: Moe = {
    experts: r.int('n_routed_experts'),
    activeExperts: r.int('num_experts_per_tok'),
    expertWidth: r.int('moe_intermediate_size'),
    sharedExperts: r.count('n_shared_experts'),
    routerBias: true, // Glm4MoeTopkRouter keeps e_score_correction_bias (noaux_tc)
  };
  const nextn = r.optCount('num_nextn_predict_layers') ?? 0;
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(Array<string>(layers).fill('full')),
    ffns: formatPattern(Array.from({ length: layers }, (_, i) => (i < firstDense ? 'dense' : 'moe'))),
    attention,
    dense: firstDense > 0 ? { intermediateSize: r.int('intermediate_size') } : null,
    moe,
    // GLM's NextN block shares the embedding and head (llama.cpp marks nextn embed/head TENSOR_NOT_REQUIRED).
    mtp: nextn > 0 ? { layers: nextn, mixer: 'full', ffn: 'moe' } : null,
    context: context(f),
  };
};

/** gpt_oss: alternating sliding/full attention with sinks and biases; MoE with biased experts and router. */
export const gptOss: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const a = baseAttention(f, 'gpt_oss', hidden);
  const bias = r.bool('attention_bias');
  // GptOssConfig.__post_init__: layer_types default alternates sliding (even) / full (odd).
  const mixers = layerTypes(r, layers) ?? Array.from({ length: layers }, (_, i) => (i % 2 === 0 ? 'sliding' : 'full'));
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(mixers),
    ffns: formatPattern(Array<string>(layers).fill('moe')),
    attention: { ...a, qkvBias: bias, outputBias: bias, sinks: true }, // mlx-lm gpt_oss.py: sinks per head
    sliding: mixers.includes('sliding') ? { window: r.int('sliding_window') } : null,
    moe: {
      experts: r.int('num_local_experts'),
      activeExperts: r.int('num_experts_per_tok'),
      expertWidth: r.int('intermediate_size'),
      expertBias: true, // gate_up_proj_bias / down_proj_bias (GptOssConfig base_model_ep_plan)
      routerBias: true, // router = Linear(hidden, experts, bias=True) (mlx-lm gpt_oss.py)
    },
    context: context(f),
  };
};

/** minimax_m2: GQA with whole-projection QK-norm, 256 experts with a routing bias, no shared expert. */
export const minimaxM2: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const a = baseAttention(f, 'minimax_m2', hidden);
  const types = r.optInts('attn_type_list');
  if (types && types.slice(0, layers).some((t) => t !== 1)) {
    // MiniMax-Text-01's lightning (linear) attention layers are type 0; M2 has none. Refuse rather than guess.
    throw new ConfigError(r.key('attn_type_list'), `${r.key('attn_type_list')}: lightning-attention layers (type 0) are not supported`);
  }
  const shared = r.optCount('shared_intermediate_size') ?? 0;
  const qkNorm = r.has('use_qk_norm') && r.bool('use_qk_norm') ? (r.optString('qk_norm_type') === 'per_head' ? 'head' : 'projection') : 'none';
  // MiniMax M3 adds leading dense layers (first_k_dense_replace, dense_intermediate_size), names the
  // expert width moe_intermediate_size, and carries a NextN block; M2 has none of these keys.
  const firstDense = r.optCount('first_k_dense_replace') ?? 0;
  const nextn = r.optCount('num_nextn_predict_layers') ?? 0;
  if (r.has('sparse_attention_config')) {
    f.warnings.push(`${r.key('sparse_attention_config')}: block-sparse attention is estimated as full attention over a full KV cache (an upper bound on memory and attention work); its block index is not counted`);
  }
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(Array<string>(layers).fill('full')),
    ffns: formatPattern(Array.from({ length: layers }, (_, i) => (i < firstDense ? 'dense' : 'moe'))),
    attention: { ...a, qkNorm },
    dense: firstDense > 0 ? { intermediateSize: r.int('dense_intermediate_size') } : null,
    mtp: nextn > 0 ? { layers: nextn, mixer: 'full', ffn: 'moe' } : null,
    moe: {
      experts: r.int('num_local_experts'),
      activeExperts: r.int('num_experts_per_tok'),
      expertWidth: r.has('moe_intermediate_size') ? r.int('moe_intermediate_size') : r.int('intermediate_size'),
      sharedExperts: shared > 0 ? 1 : 0,
      sharedWidth: shared > 0 ? shared : null,
      routerBias: r.has('use_routing_bias') ? r.bool('use_routing_bias') : false, // mlx-lm minimax.py e_score_correction_bias
    },
    context: context(f),
  };
};

// ---------------------------------------------------------------------------------------------
// Gemma

/** gemma2, gemma3, gemma3_text, gemma4, gemma4_text: sliding/global patterns, Gemma 4's global heads, MoE and per-layer embeddings. */
export const gemma: FamilyBuilder = (f) => {
  const r = f.text;
  const isGemma4 = f.modelType.startsWith('gemma4');
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const heads = r.int('num_attention_heads');
  const localKv = r.int('num_key_value_heads');
  const localHeadDim = r.int('head_dim');
  let mixers = layerTypes(r, layers);
  if (!mixers) {
    // Gemma2Config: sliding on even layers; Gemma3TextConfig: 5 sliding then 1 full (sliding_window_pattern 6).
    const period = f.modelType === 'gemma2' ? 2 : r.has('sliding_window_pattern') || r.defaults?.values.sliding_window_pattern !== undefined ? r.int('sliding_window_pattern') : 6;
    mixers = Array.from({ length: layers }, (_, i) => ((i + 1) % period === 0 ? 'full' : 'sliding'));
    f.warnings.push(`${r.key('layer_types')} absent: every ${period}th layer full, the others sliding (${f.modelType} config class)`);
  }
  const window = r.int('sliding_window');
  let attention: Attention = { heads, kvHeads: localKv, headDim: localHeadDim, qkNorm: f.modelType === 'gemma2' ? 'none' : 'head' };
  let sliding: Arch['sliding'] = { window };
  let kvShared = 0;
  let ple: Arch['perLayerEmbeddings'] = null;
  let ffns: string[] = Array<string>(layers).fill('dense');
  let moe: Moe | null = null;
  const dense: Arch['dense'] = { intermediateSize: r.int('intermediate_size') };
  if (isGemma4) {
    // Gemma4TextConfig: full layers take global_head_dim and, with attention_k_eq_v, num_global_key_value_heads
    // and no v_proj (mlx-lm gemma4_text.py Attention).
    const kEqV = r.bool('attention_k_eq_v');
    const globalHeadDim = r.int('global_head_dim');
    const globalKv = kEqV ? r.optInt('num_global_key_value_heads') ?? localKv : localKv;
    attention = { heads, kvHeads: globalKv, headDim: globalHeadDim, qkNorm: 'head', sharedKeyValue: kEqV };
    sliding = { window, kvHeads: localKv, headDim: localHeadDim, sharedKeyValue: false };
    kvShared = r.count('num_kv_shared_layers');
    const pleDim = r.count('hidden_size_per_layer_input');
    if (pleDim > 0) ple = { dim: pleDim, vocabSize: r.int('vocab_size_per_layer_input') };
    if (r.bool('enable_moe_block')) {
      // Every layer runs the dense MLP and the experts side by side (mlx-lm gemma4_text.py DecoderLayer):
      // the MLP is an always-active shared branch of width intermediate_size.
      moe = {
        experts: r.int('num_experts'),
        activeExperts: r.int('top_k_experts'),
        expertWidth: r.int('moe_intermediate_size'),
        sharedExperts: 1,
        sharedWidth: r.int('intermediate_size'),
      };
      ffns = Array<string>(layers).fill('moe');
    } else if (r.bool('use_double_wide_mlp') && kvShared > 0) {
      // KV-shared layers use a twice-as-wide MLP (mlx-lm gemma4_text.py MLP).
      ffns = ffns.map((t, i) => (i >= layers - kvShared ? `dense:${2 * dense.intermediateSize}` : t));
    }
  }
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(mixers),
    ffns: formatPattern(ffns),
    attention,
    sliding: mixers.includes('sliding') ? sliding : null,
    dense: ffns.some((t) => t.startsWith('dense')) ? dense : null,
    moe,
    perLayerEmbeddings: ple,
    kvSharedLayers: kvShared,
    context: context(f),
  };
};

/** gemma3n: Gemma 3 attention plus per-layer embeddings, KV sharing, AltUp and LAuReL (mlx-lm gemma3n.py). */
export const gemma3n: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const heads = r.int('num_attention_heads');
  const mixers = layerTypes(r, layers);
  if (!mixers) throw new ConfigError(r.key('layer_types'), `${r.key('layer_types')} is required for gemma3n`);
  // intermediate_size is one width or one per layer (mlx-lm gemma3n.py MLP).
  const raw = r.raw('intermediate_size');
  let widths: number[];
  if (typeof raw === 'number') widths = Array<number>(layers).fill(r.int('intermediate_size'));
  else {
    const list = r.optInts('intermediate_size');
    if (!list || list.length < layers || list.some((w) => w < 1)) throw new ConfigError(r.key('intermediate_size'), `${r.key('intermediate_size')} must be a width or one width per layer`);
    widths = list.slice(0, layers);
  }
  const base = widths[0]!;
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(mixers),
    ffns: formatPattern(widths.map((w) => (w === base ? 'dense' : `dense:${w}`))),
    attention: { heads, kvHeads: r.int('num_key_value_heads'), headDim: r.int('head_dim'), qkNorm: 'head' },
    sliding: mixers.includes('sliding') ? { window: r.int('sliding_window') } : null,
    dense: { intermediateSize: base },
    perLayerEmbeddings: { dim: r.int('hidden_size_per_layer_input'), vocabSize: r.int('vocab_size_per_layer_input') },
    kvSharedLayers: r.count('num_kv_shared_layers'),
    residualExtras: { altupInputs: r.int('altup_num_inputs'), laurelRank: r.int('laurel_rank') },
    context: context(f),
  };
};

// ---------------------------------------------------------------------------------------------
// Hybrid linear attention (Qwen3-Next, Qwen3.5 and its MoE)

/** qwen3_next, qwen3_5(_text), qwen3_5_moe(_text): Gated DeltaNet in three layers of four, gated attention, MoE with a shared expert, MTP. */
export const qwenHybrid: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const heads = r.int('num_attention_heads');
  let mixers = layerTypes(r, layers);
  if (!mixers) {
    // Qwen3_5TextConfig / Qwen3NextConfig: linear unless (i + 1) % full_attention_interval == 0.
    const interval = r.has('full_attention_interval') ? r.int('full_attention_interval') : 4;
    mixers = Array.from({ length: layers }, (_, i) => ((i + 1) % interval === 0 ? 'full' : 'linear'));
  }
  const isNext = f.modelType === 'qwen3_next';
  // Qwen3-Next always gates the attention output through q_proj (llama.cpp src/models/qwen3next.cpp:
  // q is n_embd_head_k · n_head · 2); Qwen3.5 says so in attn_output_gate.
  const outputGate = isNext ? true : r.has('attn_output_gate') ? r.bool('attn_output_gate') : true;
  const attention: Attention = {
    heads,
    kvHeads: r.int('num_key_value_heads'),
    headDim: r.int('head_dim'),
    qkNorm: 'head',
    outputGate,
    qkvBias: r.has('attention_bias') ? r.bool('attention_bias') : false,
  };
  const linear = {
    variant: 'gated-deltanet' as const,
    keyHeads: r.int('linear_num_key_heads'),
    valueHeads: r.int('linear_num_value_heads'),
    keyHeadDim: r.int('linear_key_head_dim'),
    valueHeadDim: r.int('linear_value_head_dim'),
    convKernel: r.int('linear_conv_kernel_dim'),
  };
  const hasExperts = r.has('num_experts') || isNext;
  let ffns: string[];
  let moe: Moe | null = null;
  let dense: Arch['dense'] = null;
  if (hasExperts) {
    const isMoe = qwenMoeLayers(r, layers);
    const shared = r.optCount('shared_expert_intermediate_size') ?? 0;
    moe = {
      experts: r.int('num_experts'),
      activeExperts: r.int('num_experts_per_tok'),
      expertWidth: r.int('moe_intermediate_size'),
      sharedExperts: shared > 0 ? 1 : 0,
      sharedWidth: shared > 0 ? shared : null,
      sharedGate: shared > 0, // Qwen3NextSparseMoeBlock shared_expert_gate (llama.cpp ffn_gate_inp_shexp)
    };
    ffns = isMoe.map((m) => (m ? 'moe' : 'dense'));
    if (isMoe.some((m) => !m)) dense = { intermediateSize: r.int('intermediate_size') };
  } else {
    ffns = Array<string>(layers).fill('dense');
    dense = { intermediateSize: r.int('intermediate_size') };
  }
  // MTP: Qwen3.5 declares mtp_num_hidden_layers (one full-attention block, llama.cpp src/models/qwen35moe.cpp
  // load_block_mtp); Qwen3-Next's config declares none, so none is counted.
  const mtpLayers = r.optCount('mtp_num_hidden_layers') ?? 0;
  const mtp = mtpLayers > 0
    ? { layers: mtpLayers, mixer: 'full', ffn: hasExperts ? 'moe' : 'dense', ownEmbeddings: r.has('mtp_use_dedicated_embeddings') ? r.bool('mtp_use_dedicated_embeddings') : false }
    : null;
  const towers = [];
  const v = f.top !== f.text ? f.top.child('vision_config', null) : null;
  const tower = v && countTower(f, () => qwenVisionTower(v));
  if (tower) towers.push(tower);
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(mixers),
    ffns: formatPattern(ffns),
    attention,
    linear,
    dense,
    moe,
    mtp,
    towers,
    ssmStateFloat32: r.optString('mamba_ssm_dtype') === 'float32',
    context: context(f),
  };
};

// ---------------------------------------------------------------------------------------------
// MLA (DeepSeek V3 and successors, Kimi K2, GLM-4.7-Flash, GLM-5)

/** deepseek_v3, kimi_k2, deepseek_v32, glm4_moe_lite, glm_moe_dsa. */
export const deepseekMla: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const qLora = r.has('q_lora_rank') || r.defaults?.values.q_lora_rank !== undefined ? r.int('q_lora_rank') : null;
  const mla = {
    heads: r.int('num_attention_heads'),
    qLoraRank: qLora,
    kvLoraRank: r.int('kv_lora_rank'),
    qkNopeHeadDim: r.int('qk_nope_head_dim'),
    qkRopeHeadDim: r.count('qk_rope_head_dim'),
    vHeadDim: r.int('v_head_dim'),
  };
  // DeepSeek Sparse Attention when the config carries the indexer (DeepseekV32 / GlmMoeDsa; mlx-lm deepseek_v32.py Indexer).
  const sparse = r.has('index_topk');
  const indexer = sparse ? { heads: r.int('index_n_heads'), headDim: r.int('index_head_dim'), topK: r.int('index_topk') } : null;
  const mixer = sparse ? 'dsa' : 'mla';
  const firstDense = r.count('first_k_dense_replace');
  const freq = r.has('moe_layer_freq') || r.defaults?.values.moe_layer_freq !== undefined ? r.int('moe_layer_freq') : 1;
  const experts = r.optInt('n_routed_experts');
  // DeepseekV3DecoderLayer: MoE when n_routed_experts and i ≥ first_k_dense_replace and i % moe_layer_freq == 0.
  const ffns = Array.from({ length: layers }, (_, i) => (experts !== null && i >= firstDense && i % freq === 0 ? 'moe' : 'dense'));
  const moe: Moe | null = experts !== null
    ? {
        experts,
        activeExperts: r.int('num_experts_per_tok'),
        expertWidth: r.int('moe_intermediate_size'),
        sharedExperts: r.count('n_shared_experts'),
        routerBias: r.optString('topk_method') === 'noaux_tc', // MoEGate e_score_correction_bias
      }
    : null;
  const nextn = r.optCount('num_nextn_predict_layers') ?? 0;
  // DeepSeek's MTP module stores its own embedding and head in the checkpoint: its README counts
  // 671B + 14B of MTP, which is one MoE layer (~11.7B) plus an embedding and a head (0.93B each).
  // GLM's NextN block shares them (llama.cpp src/models/glm-dsa.cpp: nextn embed/head not required).
  const ownCopies = f.modelType.startsWith('deepseek');
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(Array<string>(layers).fill(mixer)),
    ffns: formatPattern(ffns),
    mla,
    indexer,
    dense: ffns.includes('dense') ? { intermediateSize: r.int('intermediate_size') } : null,
    moe,
    mtp: nextn > 0 ? { layers: nextn, mixer, ffn: moe ? 'moe' : 'dense', ownEmbeddings: ownCopies, ownHead: ownCopies } : null,
    context: context(f),
  };
};

/** deepseek_v4: compressed sparse attention with a window, grouped low-rank output, hash-routed first layers, hyper-connections. */
export const deepseekV4: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const ratios = r.optInts('compress_ratios');
  if (!ratios) throw new ConfigError(r.key('compress_ratios'), `${r.key('compress_ratios')} is required for deepseek_v4`);
  if (ratios.length < layers) throw new ConfigError(r.key('compress_ratios'), `${r.key('compress_ratios')} has ${ratios.length} entries for ${layers} layers`);
  const nextn = r.optCount('num_nextn_predict_layers') ?? 0;
  // Entries past num_hidden_layers belong to the MTP blocks (lmdeploy configurations/deepseek_v4.py _get_v4_cache_layers).
  const mtpRatio = nextn > 0 ? ratios[layers] ?? 0 : 0;
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(ratios.slice(0, layers).map((x) => `compressed:${x}`)),
    ffns: formatPattern(Array<string>(layers).fill('moe')),
    compressed: {
      heads: r.int('num_attention_heads'),
      headDim: r.int('head_dim'),
      ropeHeadDim: r.count('qk_rope_head_dim'),
      qLoraRank: r.int('q_lora_rank'),
      outputLoraRank: r.int('o_lora_rank'),
      outputGroups: r.int('o_groups'),
      window: r.int('sliding_window'),
    },
    indexer: { heads: r.int('index_n_heads'), headDim: r.int('index_head_dim'), topK: r.int('index_topk') },
    moe: {
      experts: r.int('n_routed_experts'),
      activeExperts: r.int('num_experts_per_tok'),
      expertWidth: r.int('moe_intermediate_size'),
      sharedExperts: r.count('n_shared_experts'),
      routerBias: true,
      hashLayers: r.optCount('num_hash_layers') ?? 0,
    },
    residualExtras: { hyperConnections: r.optCount('hc_mult') ?? 0 },
    mtp: nextn > 0 ? { layers: nextn, mixer: `compressed:${mtpRatio}`, ffn: 'moe' } : null,
    context: context(f),
  };
};

// ---------------------------------------------------------------------------------------------
// Mamba hybrids

/** nemotron_h: one mixer or one FFN per block from hybrid_override_pattern (M = Mamba-2, * = attention, - = MLP, E = MoE). */
export const nemotronH: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  // Two spellings of the block list: hybrid_override_pattern (M = Mamba-2, * = attention, - = MLP,
  // E = MoE) and, in newer configs, layers_block_type ("mamba", "attention", "mlp", "moe"), from which
  // num_hidden_layers may then be omitted.
  const BLOCKS: Record<string, [string, string]> = {
    M: ['mamba', 'none'],
    '*': ['full', 'none'],
    '-': ['none', 'dense'],
    E: ['none', 'moe'],
    mamba: ['mamba', 'none'],
    attention: ['full', 'none'],
    mlp: ['none', 'dense'],
    moe: ['none', 'moe'],
  };
  const listed = r.optStrings('layers_block_type');
  const pattern = r.optString('hybrid_override_pattern');
  const key = listed ? 'layers_block_type' : 'hybrid_override_pattern';
  const blocks = listed ?? (pattern !== null ? [...pattern] : null);
  if (blocks === null) throw new ConfigError(r.key('hybrid_override_pattern'), `${r.key('hybrid_override_pattern')} (or layers_block_type) is required for nemotron_h`);
  const layers = r.has('num_hidden_layers') ? r.int('num_hidden_layers') : blocks.length;
  if (blocks.length !== layers) throw new ConfigError(r.key(key), `${r.key(key)} has ${blocks.length} blocks for ${layers} layers`);
  const mixers: string[] = [];
  const ffns: string[] = [];
  for (const [i, c] of blocks.entries()) {
    const b = BLOCKS[c];
    if (!b) throw new ConfigError(r.key(key), `${r.key(key)}[${i}]: unknown block "${c}"`);
    mixers.push(b[0]);
    ffns.push(b[1]);
  }
  const heads = r.int('num_attention_heads');
  const hasMoe = ffns.includes('moe');
  const bias = r.has('mlp_bias') ? r.bool('mlp_bias') : false;
  const nextn = r.optCount('num_nextn_predict_layers') ?? 0;
  if (nextn > 0) {
    // The MTP block is one attention sub-block then one MoE sub-block ("*E" / ["attention", "moe"]).
    const mtpBlocks = r.optStrings('mtp_layers_block_type')?.join(',') ?? r.optString('mtp_hybrid_override_pattern') ?? '*E';
    if (mtpBlocks !== '*E' && mtpBlocks !== 'attention,moe') {
      throw new ConfigError(r.key('mtp_hybrid_override_pattern'), `${r.key('mtp_hybrid_override_pattern')}: only an attention block followed by a MoE block is supported`);
    }
  }
  const latent = r.optInt('moe_latent_size');
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(mixers),
    ffns: formatPattern(ffns),
    attention: mixers.includes('full') ? { heads, kvHeads: r.int('num_key_value_heads'), headDim: r.int('head_dim'), qkvBias: r.bool('attention_bias'), outputBias: r.bool('attention_bias') } : null,
    mamba: {
      // mlx-lm nemotron_h.py NemotronHMamba2Mixer reads mamba_num_heads, mamba_head_dim, ssm_state_size, n_groups, conv_kernel, use_conv_bias.
      heads: r.int('mamba_num_heads'),
      headDim: r.int('mamba_head_dim'),
      stateSize: r.int('ssm_state_size'),
      groups: r.int('n_groups'),
      convKernel: r.int('conv_kernel'),
      convBias: r.has('use_conv_bias') ? r.bool('use_conv_bias') : true,
    },
    // NemotronHMLP: up + down with relu² (no gate); experts are SwitchMLP of the same kind.
    dense: ffns.includes('dense') ? { intermediateSize: r.int('intermediate_size'), gated: false, bias } : null,
    moe: hasMoe
      ? {
          experts: r.int('n_routed_experts'),
          activeExperts: r.int('num_experts_per_tok'),
          expertWidth: r.int('moe_intermediate_size'),
          gated: false,
          sharedExperts: r.count('n_shared_experts'),
          sharedWidth: r.int('moe_shared_expert_intermediate_size'),
          routerBias: true, // MoEGate e_score_correction_bias
          latentSize: latent,
        }
      : null,
    mtp: nextn > 0 ? { layers: nextn, mixer: 'full', ffn: 'moe' } : null,
    ssmStateFloat32: r.optString('mamba_ssm_cache_dtype') === 'float32',
    context: context(f),
  };
};

/** granitemoehybrid (Granite 4.0-H): Mamba-2 and attention layers, each with a shared MLP and, when num_local_experts > 0, experts. */
export const graniteHybrid: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  let mixers = layerTypes(r, layers);
  if (!mixers) {
    // GraniteMoeHybridConfig.layers_block_type: all "mamba" when layer_types is absent.
    mixers = Array<string>(layers).fill('mamba');
    f.warnings.push(`${r.key('layer_types')} absent: every layer Mamba (GraniteMoeHybridConfig.layers_block_type)`);
  }
  const heads = r.int('num_attention_heads');
  const expand = r.int('mamba_expand');
  const mambaHeads = r.int('mamba_n_heads');
  const inner = expand * hidden;
  if (inner % mambaHeads !== 0) throw new ConfigError(r.key('mamba_n_heads'), `${r.key('mamba_n_heads')} must divide mamba_expand × hidden_size`);
  // mamba_d_head "auto" = mamba_expand · hidden_size / mamba_n_heads (GraniteMoeHybridConfig.__init__).
  const dHead = r.has('mamba_d_head') && typeof r.raw('mamba_d_head') === 'number' ? r.int('mamba_d_head') : inner / mambaHeads;
  const experts = r.count('num_local_experts');
  const shared = r.int('shared_intermediate_size');
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(mixers),
    ffns: formatPattern(Array<string>(layers).fill(experts > 0 ? 'moe' : 'dense')),
    attention: mixers.includes('full') ? { heads, kvHeads: kvHeads(f, heads, 'granitemoehybrid'), headDim: headDim(f, hidden, heads), qkvBias: r.bool('attention_bias'), outputBias: r.bool('attention_bias') } : null,
    mamba: { heads: mambaHeads, headDim: dHead, stateSize: r.int('mamba_d_state'), groups: r.int('mamba_n_groups'), convKernel: r.int('mamba_d_conv'), convBias: r.bool('mamba_conv_bias') },
    // shared_mlp: gated input_linear (2 × shared width) and output_linear (mlx-lm granitemoehybrid.py).
    dense: experts > 0 ? null : { intermediateSize: shared },
    moe: experts > 0
      ? { experts, activeExperts: r.int('num_experts_per_tok'), expertWidth: r.int('intermediate_size'), sharedExperts: 1, sharedWidth: shared }
      : null,
    context: context(f),
  };
};

// ---------------------------------------------------------------------------------------------
// Llama 4, Hunyuan, MiMo-V2-Flash, Laguna

/** A value given as one number or one per layer (Hunyuan's moe_topk, moe_intermediate_size): the layers must agree. */
function uniform(r: ConfigReader, k: string, layers: number): number {
  const v = r.raw(k);
  if (Array.isArray(v)) {
    const list = r.optInts(k)!;
    if (list.length < layers) throw new ConfigError(r.key(k), `${r.key(k)} has ${list.length} entries for ${layers} layers`);
    const first = list[0]!;
    if (list.slice(0, layers).some((x) => x !== first)) {
      throw new ConfigError(r.key(k), `${r.key(k)}: a different value per layer is not supported`);
    }
    if (first < 1) throw new ConfigError(r.key(k), `${r.key(k)} must be ≥ 1`);
    return first;
  }
  return r.int(k);
}

/**
 * llama4 (Llama 4 Scout and Maverick): chunked attention on three layers of four and full (NoPE)
 * attention on every fourth; MoE every `interleave_moe_layer_step` layers with one routed expert
 * and a shared expert as wide as an expert, dense layers of `intermediate_size_mlp` between
 * (mlx-lm llama4.py TransformerBlock, MoE, make_cache: ChunkedKVCache of attention_chunk_size).
 * Its QK-norm is an L2 norm without weights, and the vision tower is not counted.
 */
export const llama4: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const a = baseAttention(f, 'llama4', hidden);
  let mixers = layerTypes(r, layers);
  if (!mixers) {
    const noRope = r.optInts('no_rope_layers');
    if (noRope) {
      if (noRope.length < layers) throw new ConfigError(r.key('no_rope_layers'), `${r.key('no_rope_layers')} has ${noRope.length} entries for ${layers} layers`);
      // Llama4TextConfig: no_rope_layers[i] = 1 uses RoPE (chunked attention), 0 is a NoPE global layer.
      mixers = noRope.slice(0, layers).map((x) => (x === 0 ? 'full' : 'sliding'));
    } else {
      const interval = r.has('no_rope_layer_interval') ? r.int('no_rope_layer_interval') : 4;
      mixers = Array.from({ length: layers }, (_, i) => ((i + 1) % interval === 0 ? 'full' : 'sliding'));
    }
  }
  const step = r.int('interleave_moe_layer_step');
  const listed = r.optInts('moe_layers');
  const moeAt = new Set(listed ?? Array.from({ length: layers }, (_, i) => i).filter((i) => i % step === step - 1));
  const ffns = Array.from({ length: layers }, (_, i) => (moeAt.has(i) ? 'moe' : 'dense'));
  const width = r.int('intermediate_size');
  const bias = r.bool('attention_bias');
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    // mlx-lm llama4.py LanguageModel always builds its own lm_head.
    tiedEmbeddings: f.text.has('tie_word_embeddings') || f.top.has('tie_word_embeddings') ? tied(f) : false,
    layers,
    mixers: formatPattern(mixers),
    ffns: formatPattern(ffns),
    attention: { ...a, qkvBias: bias, outputBias: bias },
    sliding: mixers.includes('sliding') ? { window: r.int('attention_chunk_size') } : null,
    dense: ffns.includes('dense') ? { intermediateSize: r.int('intermediate_size_mlp') } : null,
    moe: ffns.includes('moe')
      ? { experts: r.int('num_local_experts'), activeExperts: r.int('num_experts_per_tok'), expertWidth: width, sharedExperts: 1, sharedWidth: width }
      : null,
    context: context(f),
  };
};

/**
 * hunyuan (Hunyuan-A13B): GQA with per-head QK-norm, 64 experts with a shared MLP of
 * `intermediate_size × num_shared_expert` in every layer (mlx-lm hunyuan.py MoeBlock). Cross-layer
 * attention (use_cla) and MLA variants of the family are refused by key.
 */
export const hunyuan: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  if (r.has('use_cla') && r.bool('use_cla')) throw new ConfigError(r.key('use_cla'), `${r.key('use_cla')}: cross-layer attention (KV shared between layers) is not supported`);
  if (r.has('use_mla') && r.bool('use_mla')) throw new ConfigError(r.key('use_mla'), `${r.key('use_mla')}: Hunyuan's latent attention variant is not supported`);
  const heads = r.int('num_attention_heads');
  const headDim = r.has('attention_head_dim') ? r.int('attention_head_dim') : (() => {
    if (hidden % heads !== 0) throw new ConfigError(r.key('attention_head_dim'), `${r.key('attention_head_dim')} is absent and hidden_size is not a multiple of num_attention_heads`);
    return hidden / heads;
  })();
  const bias = r.bool('attention_bias');
  const experts = r.int('num_experts');
  const width = r.int('intermediate_size');
  const moe = experts > 1;
  const shared = moe && r.bool('use_mixed_mlp_moe') ? uniform(r, 'num_shared_expert', layers) : 0;
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(Array<string>(layers).fill('full')),
    ffns: formatPattern(Array<string>(layers).fill(moe ? 'moe' : 'dense')),
    attention: { heads, kvHeads: r.int('num_key_value_heads'), headDim, qkvBias: bias, outputBias: bias, qkNorm: r.has('use_qk_norm') && r.bool('use_qk_norm') ? 'head' : 'none' },
    dense: moe ? null : { intermediateSize: width },
    moe: moe
      ? {
          experts,
          activeExperts: uniform(r, 'moe_topk', layers),
          expertWidth: r.has('moe_intermediate_size') ? uniform(r, 'moe_intermediate_size', layers) : width,
          sharedExperts: shared > 0 ? 1 : 0,
          sharedWidth: shared > 0 ? width * shared : null,
        }
      : null,
    context: context(f),
  };
};

/**
 * mimo_v2_flash: sliding-window layers (hybrid_layer_pattern 1) with their own KV heads and
 * attention sinks, full layers (0) between; values narrower than keys; MoE per moe_layer_freq with
 * a dense first layer (mlx-lm mimo_v2_flash.py Attention, DecoderLayer, MoEGate).
 */
export const mimoV2Flash: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const pattern = r.optInts('hybrid_layer_pattern');
  if (!pattern || pattern.length < layers) throw new ConfigError(r.key('hybrid_layer_pattern'), `${r.key('hybrid_layer_pattern')} must list one entry per layer`);
  const freq = r.optInts('moe_layer_freq');
  if (!freq || freq.length < layers) throw new ConfigError(r.key('moe_layer_freq'), `${r.key('moe_layer_freq')} must list one entry per layer`);
  const mixers = pattern.slice(0, layers).map((x) => (x === 1 ? 'sliding' : 'full'));
  const ffns = freq.slice(0, layers).map((x) => (x === 1 ? 'moe' : 'dense'));
  const heads = r.int('num_attention_heads');
  const headDim = r.int('head_dim');
  const swaHeadDim = r.int('swa_head_dim');
  if (r.int('swa_v_head_dim') !== r.int('v_head_dim')) throw new ConfigError(r.key('swa_v_head_dim'), `${r.key('swa_v_head_dim')}: a value width that differs between sliding and full layers is not supported`);
  const shared = r.optCount('n_shared_experts') ?? 0;
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(mixers),
    ffns: formatPattern(ffns),
    attention: {
      heads,
      kvHeads: r.int('num_key_value_heads'),
      headDim,
      valueHeadDim: r.int('v_head_dim'),
      sinks: r.has('add_full_attention_sink_bias') ? r.bool('add_full_attention_sink_bias') : false,
    },
    sliding: mixers.includes('sliding')
      ? {
          window: r.has('sliding_window_size') ? r.int('sliding_window_size') : r.int('sliding_window'),
          heads: r.int('swa_num_attention_heads'),
          kvHeads: r.int('swa_num_key_value_heads'),
          headDim: swaHeadDim === headDim ? null : swaHeadDim,
          sinks: r.has('add_swa_attention_sink_bias') ? r.bool('add_swa_attention_sink_bias') : false,
        }
      : null,
    dense: ffns.includes('dense') ? { intermediateSize: r.int('intermediate_size') } : null,
    moe: ffns.includes('moe')
      ? {
          experts: r.int('n_routed_experts'),
          activeExperts: r.int('num_experts_per_tok'),
          expertWidth: r.int('moe_intermediate_size'),
          sharedExperts: shared,
          routerBias: r.optString('topk_method') === 'noaux_tc', // MoEGate e_score_correction_bias
        }
      : null,
    context: context(f),
  };
};

/**
 * laguna (Poolside Laguna): per-layer query heads (num_attention_heads_per_layer: the sliding layers
 * have more), a softplus gate per head (g_proj), per-head QK-norm, a dense first layer and MoE with
 * a shared expert (mlx-lm laguna.py Attention, MoE, TransformerBlock).
 */
/**
 * Laguna's attention output gate: `gating` is true (XS.2, read as per-head) or the string "per-head" /
 * "per-element" (S 2.1), and `gating_types` may give it per layer. A per-head gate is g_proj of one
 * value per query head; a per-element one (a width of heads × head_dim) is not modelled here. Both
 * readings follow llama.cpp's Laguna converter (_attn_gate_types), which checks g_proj's width
 * against them.
 */
function lagunaHeadGate(r: ConfigReader, layers: number): boolean {
  const norm = (t: string) => t.replace(/-/g, '_');
  const perLayer = r.optStrings('gating_types');
  const types = perLayer ? perLayer.slice(0, layers).map(norm) : null;
  const gating = r.has('gating') ? r.raw('gating') : true;
  const kinds = new Set(types ?? [typeof gating === 'string' ? norm(gating) : gating === true ? 'per_head' : gating === false ? 'none' : String(gating)]);
  if (kinds.size === 1 && kinds.has('per_head')) return true;
  if (kinds.size === 1 && kinds.has('none')) return false;
  const key = types ? r.key('gating_types') : r.key('gating');
  throw new ConfigError(key, `${key}: only a per-head attention gate on every layer is supported (got ${[...kinds].join(', ')})`);
}

export const laguna: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const mixers = layerTypes(r, layers) ?? Array<string>(layers).fill('full');
  const mlpTypes = r.optStrings('mlp_layer_types') ?? ['dense', ...Array<string>(layers - 1).fill('sparse')];
  if (mlpTypes.length < layers) throw new ConfigError(r.key('mlp_layer_types'), `${r.key('mlp_layer_types')} has ${mlpTypes.length} entries for ${layers} layers`);
  const ffns = mlpTypes.slice(0, layers).map((t, i) => {
    if (t === 'sparse') return 'moe';
    if (t === 'dense') return 'dense';
    throw new ConfigError(r.key(`mlp_layer_types[${i}]`), `${r.key('mlp_layer_types')}[${i}]: unknown MLP type "${t}"`);
  });
  const baseHeads = r.int('num_attention_heads');
  const perLayer = r.optInts('num_attention_heads_per_layer');
  const headsOf = (kind: string): number => {
    if (!perLayer) return baseHeads;
    const found = new Set(perLayer.slice(0, layers).filter((_, i) => mixers[i] === kind));
    if (found.size > 1) throw new ConfigError(r.key('num_attention_heads_per_layer'), `${r.key('num_attention_heads_per_layer')}: ${kind} layers with different head counts are not supported`);
    return [...found][0] ?? baseHeads;
  };
  const fullHeads = headsOf('full');
  const slidingHeads = headsOf('sliding');
  const shared = r.optCount('shared_expert_intermediate_size') ?? 0;
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(mixers),
    ffns: formatPattern(ffns),
    attention: {
      heads: fullHeads,
      kvHeads: r.int('num_key_value_heads'),
      headDim: r.int('head_dim'),
      qkNorm: 'head',
      qkvBias: r.has('qkv_bias') ? r.bool('qkv_bias') : false,
      outputBias: r.bool('attention_bias'),
      headGate: lagunaHeadGate(r, layers),
    },
    sliding: mixers.includes('sliding') ? { window: r.int('sliding_window'), heads: slidingHeads === fullHeads ? null : slidingHeads } : null,
    dense: ffns.includes('dense') ? { intermediateSize: r.int('intermediate_size') } : null,
    moe: ffns.includes('moe')
      ? {
          experts: r.int('num_experts'),
          activeExperts: r.int('num_experts_per_tok'),
          expertWidth: r.int('moe_intermediate_size'),
          sharedExperts: shared > 0 ? 1 : 0,
          sharedWidth: shared > 0 ? shared : null,
          routerBias: true, // MoEGate e_score_correction_bias
        }
      : null,
    context: context(f),
  };
};

// ---------------------------------------------------------------------------------------------
// Kolibri 1 (Aleph Alpha): transformers' modular_kolibri1.py (huggingface/transformers@3dc6b97).
// Exaone4Attention (per-head q/k RMSNorm, no biases; RoPE on the sliding layers only), every
// fifth layer full and the others sliding (Kolibri1Config.__post_init__), Glm4DecoderLayer's
// sandwich norms (not counted: 2 × hidden weights a layer), and DeepseekV3MoE on every layer:
// sigmoid routing with e_score_correction_bias, one shared expert with no gate of its own.

export const kolibri1: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  const mixers = layerTypes(r, layers) ?? Array.from({ length: layers }, (_, i) => ((i + 1) % 5 === 0 ? 'full' : 'sliding'));
  const shared = r.int('shared_expert_intermediate_size');
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(mixers),
    ffns: formatPattern(Array<string>(layers).fill('moe')),
    attention: { ...baseAttention(f, f.modelType, hidden), qkNorm: 'head', qkvBias: false, outputBias: false },
    sliding: mixers.includes('sliding') ? { window: r.int('sliding_window') } : null,
    dense: null,
    moe: {
      experts: r.int('num_experts'),
      activeExperts: r.int('num_experts_per_tok'),
      expertWidth: r.int('moe_intermediate_size'),
      sharedExperts: shared > 0 ? 1 : 0,
      sharedWidth: shared > 0 ? shared : null,
      routerBias: true,
    },
    context: context(f),
  };
};

// ---------------------------------------------------------------------------------------------
// K2 Horizon (IFM): the dense members (0.9B, 3.7B, 7B, 32B). A Llama-shaped decoder (GQA, SwiGLU,
// untied head) whose RMSNorms normalise `layernorm_num_groups` slices of the hidden vector
// separately, with one weight per feature as a plain RMSNorm has, so no parameter changes. The
// MoVA-36B-A4B member routes the value projection among experts (mova_num_experts) and adds a
// gate to attention (attention_gate_func); neither is modelled here, so such configs are refused,
// as is the per-head query/key norm (query_key_norm), whose shape no source read here gives.

export const k2Horizon: FamilyBuilder = (f) => {
  const r = f.text;
  const hidden = r.int('hidden_size');
  const layers = r.int('num_hidden_layers');
  for (const k of ['mova_num_experts', 'num_experts']) {
    if (r.has(k) && r.raw(k) !== null && r.raw(k) !== 0) {
      throw new ConfigError(r.key(k), `${r.key(k)}: K2 Horizon's MoVA and MoE layers are not supported (only the dense members)`);
    }
  }
  if (r.has('attention_gate_func') && r.raw('attention_gate_func') !== null) {
    throw new ConfigError(r.key('attention_gate_func'), `${r.key('attention_gate_func')}: an attention output gate is not supported for k2_horizon`);
  }
  if (r.bool('query_key_norm')) {
    throw new ConfigError(r.key('query_key_norm'), `${r.key('query_key_norm')}: a query/key norm is not supported for k2_horizon`);
  }
  const bias = r.has('attention_bias') ? r.bool('attention_bias') : false;
  return {
    modelType: f.modelType,
    hiddenSize: hidden,
    vocabSize: r.int('vocab_size'),
    tiedEmbeddings: tied(f),
    layers,
    mixers: formatPattern(Array<string>(layers).fill('full')),
    ffns: formatPattern(Array<string>(layers).fill('dense')),
    attention: { ...baseAttention(f, f.modelType, hidden), qkNorm: 'none', qkvBias: bias, outputBias: bias },
    sliding: null,
    dense: { intermediateSize: r.int('intermediate_size'), gated: true, bias: r.has('mlp_bias') ? r.bool('mlp_bias') : false },
    moe: null,
    context: context(f),
  };
};

// ---------------------------------------------------------------------------------------------
// GLM-5.3-Flash (glm5_next, Z.ai): three Kimi Delta Attention layers to each DeepSeek sparse
// attention layer (layer_types), the latter MLA without a rotary part (qk_rope_head_dim 0,
// mla_use_nope) with GLM-5's indexer; DeepSeek-V3 MoE after first_k_dense_replace dense layers;
// four hyper-connection streams (hc_mult, DeepSeek V4's mHC); one NextN block; a vision tower not
// counted. The KDA layers are read from linear_attn_config (Kimi Linear's keys: num_heads,
// head_dim, short_conv_kernel_size). The indexer's key pooling (index_kpool) is not modelled.

export const glm5Next: FamilyBuilder = (f) => {
  const r = f.text;
  const base = deepseekMla(f);
  const layers = base.layers;
  const types = r.optStrings('layer_types');
  if (!types) throw new ConfigError(r.key('layer_types'), `${r.key('layer_types')} is required for glm5_next`);
  if (types.length < layers) throw new ConfigError(r.key('layer_types'), `${r.key('layer_types')} has ${types.length} entries for ${layers} layers`);
  const mixers = types.slice(0, layers).map((t, i) => {
    if (t === 'linear_attention') return 'linear';
    if (t === 'deepseek_sparse_attention') return 'dsa';
    throw new ConfigError(r.key(`layer_types[${i}]`), `${r.key('layer_types')}[${i}]: unknown layer type "${t}" for glm5_next`);
  });
  const mlpTypes = r.optStrings('mlp_layer_types');
  const ffns = mlpTypes
    ? mlpTypes.slice(0, layers).map((t, i) => {
        if (t === 'sparse') return 'moe';
        if (t === 'dense') return 'dense';
        throw new ConfigError(r.key(`mlp_layer_types[${i}]`), `${r.key('mlp_layer_types')}[${i}]: unknown MLP type "${t}"`);
      })
    : null;
  const la = r.child('linear_attn_config', null);
  if (!la) throw new ConfigError(r.key('linear_attn_config'), `${r.key('linear_attn_config')} is required for glm5_next`);
  const kdaHeads = la.int('num_heads');
  const kdaHeadDim = la.int('head_dim');
  return {
    ...base,
    mixers: formatPattern(mixers),
    ffns: ffns ? formatPattern(ffns) : base.ffns,
    linear: { variant: 'kimi-delta', keyHeads: kdaHeads, valueHeads: kdaHeads, keyHeadDim: kdaHeadDim, valueHeadDim: kdaHeadDim, convKernel: la.int('short_conv_kernel_size') },
    residualExtras: { hyperConnections: r.optCount('hc_mult') ?? 0 },
  };
};

// ---------------------------------------------------------------------------------------------
// Xing4.0 (xing4_0, XingChen-AGI): a DeepSeek-V3 backbone (MLA, DeepseekV3 MoE after
// first_k_dense_replace dense layers, one NextN block) whose residual is carried in hc_mult streams
// mixed by hyper-connections (llama.cpp's Xing4_0Model converter: DeepseekV2Model plus hc_attn_* /
// hc_ffn_* tensors, none in the MTP block). The NextN block's own embedding and head are counted
// as DeepSeek's are (the converter exports embed_tokens and shared_head.head when present).

export const xing4: FamilyBuilder = (f) => {
  const base = deepseekMla(f);
  return {
    ...base,
    mtp: base.mtp ? { ...base.mtp, ownEmbeddings: true, ownHead: true } : null,
    residualExtras: { hyperConnections: f.text.optCount('hc_mult') ?? 0 },
  };
};
