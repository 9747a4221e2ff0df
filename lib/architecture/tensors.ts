// Tensor-group accounting from first principles: every weight tensor of a model, with its shape,
// its group and its layer, so the estimator can assign a storage type per tensor and place groups
// on devices. Shapes follow the Hugging Face checkpoints; where a runtime fuses or splits tensors
// (llama.cpp's wqkv, MLX's SwitchGLU) the parameter count is the same.
//
// Sources (read at these commits):
//   llama.cpp  = ggml-org/llama.cpp as vendored in CaffeeLake/advanced-gguf-quantizer@d5ac039 (2026-06-06),
//                src/models/<arch>.cpp load_arch_tensors
//   mlx-lm     = ml-explore/mlx-lm@d78bf58 (2026-08-22), mlx_lm/models/<model_type>.py
//   lmdeploy   = InternLM/lmdeploy@1263d5c (2026-08-21), lmdeploy/pytorch/models/deepseek_v4.py

import type { TensorGroup } from './kinds';
import { resolvedLayers, type ResolvedAttention, type ResolvedFfn, type ResolvedLayer, type ResolvedMixer } from './layers';
import type { Architecture, LinearSpec, MambaSpec, MlaSpec, MoeSpec } from './schema';

/**
 * One weight tensor. `cols` is the input width (ggml ne[0], the row length a block format must
 * divide); `rows` the output width; `count` the expert multiplier of a 3-D expert tensor.
 * storage: matrix = a weight a quant format compresses; vector = norms, biases, gates, conv
 * kernels and other small tensors runtimes keep in float; index = an integer lookup table.
 */
export interface TensorSpec {
  name: string;
  group: TensorGroup;
  /** Decoder layer (MTP blocks continue the numbering); null for model-level tensors. */
  layer: number | null;
  rows: number;
  cols: number;
  count: number;
  storage: 'matrix' | 'vector' | 'index';
}

export function tensorParams(t: TensorSpec): number {
  return t.rows * t.cols * t.count;
}

type Emit = (name: string, group: TensorGroup, rows: number, cols: number, storage?: TensorSpec['storage'], count?: number) => void;

function emitter(out: TensorSpec[], layer: number | null, prefix: string, groupOverride: TensorGroup | null): Emit {
  return (name, group, rows, cols, storage = 'matrix', count = 1) => {
    if (rows <= 0 || cols <= 0 || count <= 0) return;
    out.push({ name: prefix + name, group: groupOverride ?? group, layer, rows, cols, count, storage });
  };
}

/** Softmax attention (full or sliding). llama.cpp: src/models/llama.cpp, qwen3next.cpp (gated q), openai-moe.cpp (sinks, biases). */
function attentionTensors(e: Emit, h: number, a: ResolvedAttention): void {
  const qOut = a.heads * a.headDim * (a.outputGate ? 2 : 1); // Qwen3-Next packs the output gate into q_proj
  const kOut = a.kvHeads * a.headDim;
  const vOut = a.kvHeads * a.valueHeadDim;
  e('q_proj', 'attention', qOut, h);
  e('k_proj', 'attention', kOut, h);
  // Gemma 4 full layers with attention_k_eq_v have no v_proj (mlx-lm gemma4_text.py Attention).
  if (!a.sharedKeyValue) e('v_proj', 'attention', vOut, h);
  e('o_proj', 'attention', h, a.heads * a.valueHeadDim);
  if (a.qkvBias) {
    e('q_proj.bias', 'attention', 1, qOut, 'vector');
    e('k_proj.bias', 'attention', 1, kOut, 'vector');
    if (!a.sharedKeyValue) e('v_proj.bias', 'attention', 1, vOut, 'vector');
  }
  if (a.outputBias) e('o_proj.bias', 'attention', 1, h, 'vector');
  if (a.qkNorm === 'head') {
    e('q_norm', 'attention', 1, a.headDim, 'vector');
    e('k_norm', 'attention', 1, a.headDim, 'vector');
  } else if (a.qkNorm === 'projection') {
    // MiniMax-M2 normalizes the whole q and k projections (mlx-lm minimax.py, qk_norm_type "per_layer").
    e('q_norm', 'attention', 1, a.heads * a.headDim, 'vector');
    e('k_norm', 'attention', 1, kOut, 'vector');
  }
  if (a.sinks) e('sinks', 'attention', 1, a.heads, 'vector');
  // Laguna's per-head output gate (mlx-lm laguna.py Attention.g_proj).
  if (a.headGate) e('g_proj', 'attention', a.heads, h);
}

/** MLA: llama.cpp src/models/deepseek2.cpp (wq_a/wq_b or wq, wkv_a_mqa, wk_b/wv_b = kv_b_proj, wo). */
function mlaTensors(e: Emit, h: number, m: MlaSpec): void {
  const qHead = m.qkNopeHeadDim + m.qkRopeHeadDim;
  if (m.qLoraRank !== null) {
    e('q_a_proj', 'attention', m.qLoraRank, h);
    e('q_a_layernorm', 'attention', 1, m.qLoraRank, 'vector');
    e('q_b_proj', 'attention', m.heads * qHead, m.qLoraRank);
  } else {
    e('q_proj', 'attention', m.heads * qHead, h);
  }
  e('kv_a_proj_with_mqa', 'attention', m.kvLoraRank + m.qkRopeHeadDim, h);
  e('kv_a_layernorm', 'attention', 1, m.kvLoraRank, 'vector');
  e('kv_b_proj', 'attention', m.heads * (m.qkNopeHeadDim + m.vHeadDim), m.kvLoraRank);
  e('o_proj', 'attention', h, m.heads * m.vHeadDim);
}

/** DSA lightning indexer: llama.cpp src/models/glm-dsa.cpp; mlx-lm deepseek_v32.py Indexer. */
function indexerTensors(e: Emit, h: number, qInput: number, ix: { heads: number; headDim: number }): void {
  e('indexer.wq_b', 'attention', ix.heads * ix.headDim, qInput);
  e('indexer.wk', 'attention', ix.headDim, h);
  e('indexer.k_norm', 'attention', 1, 2 * ix.headDim, 'vector'); // LayerNorm weight + bias
  e('indexer.weights_proj', 'attention', ix.heads, h);
}

/** DeepSeek V4 compressor: lmdeploy deepseek_v4.py Compressor (ape, wkv, wgate, norm; overlap doubles at ratio 4). */
function compressorTensors(e: Emit, prefix: string, h: number, headDim: number, ratio: number): void {
  const coff = ratio === 4 ? 2 : 1;
  e(`${prefix}.ape`, 'attention', ratio, coff * headDim, 'vector');
  e(`${prefix}.wkv`, 'attention', coff * headDim, h);
  e(`${prefix}.wgate`, 'attention', coff * headDim, h);
  e(`${prefix}.norm`, 'attention', 1, headDim, 'vector');
}

function linearTensors(e: Emit, h: number, l: LinearSpec): void {
  const keyDim = l.keyHeads * l.keyHeadDim;
  const valueDim = l.valueHeads * l.valueHeadDim;
  if (l.variant === 'gated-deltanet') {
    // llama.cpp src/models/qwen3next.cpp: attn_qkv (q, k, v) and attn_gate (z) — older GGUFs fuse them
    // as ssm_in —, ssm_beta_alpha, ssm_conv1d, ssm_dt, ssm_a, ssm_norm, ssm_out. Qwen3.5 checkpoints
    // hold in_proj_qkv and in_proj_z apart; Qwen3-Next fuses them as in_proj_qkvz (same parameters).
    e('in_proj_qkv', 'linear-attention', 2 * keyDim + valueDim, h);
    e('in_proj_z', 'linear-attention', valueDim, h);
    e('in_proj_ba', 'linear-attention', 2 * l.valueHeads, h);
    e('conv1d', 'linear-attention', 2 * keyDim + valueDim, l.convKernel, 'vector');
    e('dt_bias', 'linear-attention', 1, l.valueHeads, 'vector');
    e('A_log', 'linear-attention', 1, l.valueHeads, 'vector');
    e('norm', 'linear-attention', 1, l.valueHeadDim, 'vector');
    e('out_proj', 'linear-attention', h, valueDim);
    return;
  }
  // Kimi Delta Attention: mlx-lm kimi_linear.py KimiDeltaAttention (q/k/v with short convs, low-rank f and g gates).
  const d = l.valueHeadDim;
  e('q_proj', 'linear-attention', keyDim, h);
  e('k_proj', 'linear-attention', keyDim, h);
  e('v_proj', 'linear-attention', valueDim, h);
  e('q_conv', 'linear-attention', keyDim, l.convKernel, 'vector');
  e('k_conv', 'linear-attention', keyDim, l.convKernel, 'vector');
  e('v_conv', 'linear-attention', valueDim, l.convKernel, 'vector');
  e('f_a_proj', 'linear-attention', d, h);
  e('f_b_proj', 'linear-attention', valueDim, d);
  e('b_proj', 'linear-attention', l.valueHeads, h);
  e('g_a_proj', 'linear-attention', d, h);
  e('g_b_proj', 'linear-attention', valueDim, d);
  e('A_log', 'linear-attention', 1, l.valueHeads, 'vector');
  e('dt_bias', 'linear-attention', 1, valueDim, 'vector');
  e('o_norm', 'linear-attention', 1, d, 'vector');
  e('o_proj', 'linear-attention', h, valueDim);
}

/** Mamba-2: mlx-lm nemotron_h.py NemotronHMamba2Mixer (in_proj = z, xBC, dt; depthwise conv1d; A_log, D, dt_bias; gated norm). */
function mambaTensors(e: Emit, h: number, m: MambaSpec): void {
  const inner = m.heads * m.headDim;
  const convDim = inner + 2 * m.groups * m.stateSize;
  e('in_proj', 'ssm', inner + convDim + m.heads, h);
  e('conv1d', 'ssm', convDim, m.convKernel, 'vector');
  if (m.convBias) e('conv1d.bias', 'ssm', 1, convDim, 'vector');
  e('dt_bias', 'ssm', 1, m.heads, 'vector');
  e('A_log', 'ssm', 1, m.heads, 'vector');
  e('D', 'ssm', 1, m.heads, 'vector');
  e('norm', 'ssm', 1, inner, 'vector');
  e('out_proj', 'ssm', h, inner);
}

function mixerTensors(e: Emit, arch: Architecture, mixer: ResolvedMixer): void {
  const h = arch.hiddenSize;
  switch (mixer.kind) {
    case 'full':
    case 'sliding':
      attentionTensors(e, h, mixer.attention);
      return;
    case 'mla':
      mlaTensors(e, h, mixer.mla);
      return;
    case 'dsa':
      mlaTensors(e, h, mixer.mla);
      indexerTensors(e, h, mixer.mla.qLoraRank ?? h, mixer.indexer);
      return;
    case 'compressed': {
      // lmdeploy deepseek_v4.py Attention: wq_a → q_norm → wq_b; one shared KV head (wkv, kv_norm);
      // grouped low-rank output wo_a (o_groups blocks) → wo_b; one sink per head.
      const c = mixer.compressed;
      e('wq_a', 'attention', c.qLoraRank, h);
      e('q_norm', 'attention', 1, c.qLoraRank, 'vector');
      e('wq_b', 'attention', c.heads * c.headDim, c.qLoraRank);
      e('wkv', 'attention', c.headDim, h);
      e('kv_norm', 'attention', 1, c.headDim, 'vector');
      e('wo_a', 'attention', c.outputLoraRank, (c.heads * c.headDim) / c.outputGroups, 'matrix', c.outputGroups);
      e('wo_b', 'attention', h, c.outputGroups * c.outputLoraRank);
      e('attn_sink', 'attention', 1, c.heads, 'vector');
      if (mixer.ratio > 0) compressorTensors(e, 'compressor', h, c.headDim, mixer.ratio);
      if (mixer.indexer) {
        e('indexer.wq_b', 'attention', mixer.indexer.heads * mixer.indexer.headDim, c.qLoraRank);
        e('indexer.weights_proj', 'attention', mixer.indexer.heads, h);
        compressorTensors(e, 'indexer.compressor', h, mixer.indexer.headDim, mixer.ratio);
      }
      return;
    }
    case 'linear':
      linearTensors(e, h, mixer.linear);
      return;
    case 'mamba':
      mambaTensors(e, h, mixer.mamba);
      return;
    case 'none':
      return;
  }
}

function mlp(e: Emit, group: TensorGroup, prefix: string, h: number, width: number, gated: boolean, bias: boolean, count: number): void {
  if (gated) e(`${prefix}gate_proj`, group, width, h, 'matrix', count);
  e(`${prefix}up_proj`, group, width, h, 'matrix', count);
  e(`${prefix}down_proj`, group, h, width, 'matrix', count);
  if (bias) {
    e(`${prefix}up_proj.bias`, group, 1, gated ? 2 * width : width, 'vector', count);
    e(`${prefix}down_proj.bias`, group, 1, h, 'vector', count);
  }
}

/** MoE block: llama.cpp ffn_gate_inp / ffn_*_exps / ffn_*_shexp (src/models/qwen3next.cpp, deepseek2.cpp). */
function moeTensors(e: Emit, arch: Architecture, moe: MoeSpec, hashRouted: boolean): void {
  const h = arch.hiddenSize;
  const expertIn = moe.latentSize ?? h;
  if (hashRouted) {
    // DeepSeek V4 hash layers: a token id → experts table (int32) instead of a score bias
    // (lmdeploy deepseek_v4.py Gate: tid2eid [vocab, n_activated]); the gate weight is still loaded.
    e('gate.tid2eid', 'router', arch.vocabSize, moe.activeExperts, 'index');
  } else if (moe.routerBias) {
    e('gate.e_score_correction_bias', 'router', 1, moe.experts, 'vector');
  }
  e('gate', 'router', moe.experts, h);
  mlp(e, 'routed-experts', 'experts.', expertIn, moe.expertWidth, moe.gated, moe.expertBias, moe.experts);
  if (moe.latentSize !== null) {
    // Nemotron 3 Super: experts run in a latent space (mlx-lm nemotron_h.py fc1/fc2_latent_proj); always active.
    e('fc1_latent_proj', 'shared-experts', moe.latentSize, h);
    e('fc2_latent_proj', 'shared-experts', h, moe.latentSize);
  }
  if (moe.sharedExperts > 0) {
    mlp(e, 'shared-experts', 'shared_experts.', h, moe.sharedWidth ?? moe.expertWidth, moe.gated, false, moe.sharedExperts);
    if (moe.sharedGate) e('shared_expert_gate', 'shared-experts', 1, h);
  }
}

function ffnTensors(e: Emit, arch: Architecture, ffn: ResolvedFfn): void {
  const h = arch.hiddenSize;
  switch (ffn.kind) {
    case 'dense':
      mlp(e, 'dense-ffn', 'mlp.', h, ffn.dense.intermediateSize, ffn.dense.gated, ffn.dense.bias, 1);
      return;
    case 'moe':
      moeTensors(e, arch, ffn.moe, ffn.hashRouted);
      return;
    case 'none':
      return;
  }
}

function layerTensors(out: TensorSpec[], arch: Architecture, layer: ResolvedLayer, groupOverride: TensorGroup | null): void {
  const h = arch.hiddenSize;
  const e = emitter(out, layer.index, '', groupOverride);
  // Pre-mixer and pre-FFN norms. Families with four norms per block (Gemma) add 2 × hidden per
  // layer beyond this: under 0.01 % of any model here.
  if (layer.mixer.kind !== 'none') e('input_layernorm', 'norms', 1, h, 'vector');
  if (layer.ffn.kind !== 'none') e('post_attention_layernorm', 'norms', 1, h, 'vector');
  mixerTensors(e, arch, layer.mixer);
  ffnTensors(e, arch, layer.ffn);
  const x = arch.residualExtras;
  if (x && x.hyperConnections > 0) {
    // DeepSeek V4 hyper-connections around attention and FFN (lmdeploy deepseek_v4.py Block: hc_*_fn, hc_*_base, hc_*_scale).
    const hc = x.hyperConnections;
    const mix = (2 + hc) * hc;
    for (const part of ['attn', 'ffn']) {
      e(`hc_${part}_fn`, 'residual-extras', mix, hc * h, 'vector');
      e(`hc_${part}_base`, 'residual-extras', 1, mix, 'vector');
      e(`hc_${part}_scale`, 'residual-extras', 1, 3, 'vector');
    }
  }
  if (x && x.altupInputs > 0) {
    // Gemma 3n AltUp (mlx-lm gemma3n.py Gemma3nAltUp): correction and prediction coefficients, modality router.
    const n = x.altupInputs;
    e('altup.correction_coefs', 'residual-extras', n, n, 'vector');
    e('altup.prediction_coefs', 'residual-extras', n * n, n, 'vector');
    e('altup.modality_router', 'residual-extras', n, h, 'vector');
    e('altup.router_norm', 'residual-extras', 1, h, 'vector');
    e('altup.correct_output_scale', 'residual-extras', 1, h, 'vector');
  }
  if (x && x.laurelRank > 0) {
    // Gemma 3n LAuReL (mlx-lm gemma3n.py Gemma3nLaurelBlock): low-rank residual left/right + norm.
    e('laurel.linear_left', 'residual-extras', x.laurelRank, h);
    e('laurel.linear_right', 'residual-extras', h, x.laurelRank);
    e('laurel.post_laurel_norm', 'residual-extras', 1, h, 'vector');
  }
  const ple = arch.perLayerEmbeddings;
  if (ple && groupOverride === null) {
    // Per-layer input gate and projection (mlx-lm gemma4_text.py / gemma3n.py DecoderLayer).
    e('per_layer_input_gate', 'per-layer-embeddings', ple.dim, h);
    e('per_layer_projection', 'per-layer-embeddings', h, ple.dim);
    e('post_per_layer_input_norm', 'per-layer-embeddings', 1, h, 'vector');
  }
}

/** Every weight tensor of the model, towers included (as one tensor per tower). */
export function modelTensors(arch: Architecture): TensorSpec[] {
  const { layers, mtpLayers } = resolvedLayers(arch);
  const h = arch.hiddenSize;
  const out: TensorSpec[] = [];
  const top = emitter(out, null, '', null);
  top('embed_tokens', 'embeddings', arch.vocabSize, h);
  // Tied models read the embedding as the head: no separate tensor (llama.cpp TENSOR_DUPLICATED).
  if (!arch.tiedEmbeddings) top('lm_head', 'output-head', arch.vocabSize, h);
  top('norm', 'norms', 1, h, 'vector');
  const ple = arch.perLayerEmbeddings;
  if (ple) {
    // One table for all layers: [vocab_per_layer, layers × dim] plus a projection from the hidden state
    // (llama.cpp src/models/gemma3n.cpp per_layer_tok_embd / per_layer_model_proj / per_layer_proj_norm).
    top('embed_tokens_per_layer', 'per-layer-embeddings', ple.vocabSize, arch.layers * ple.dim);
    top('per_layer_model_projection', 'per-layer-embeddings', arch.layers * ple.dim, h);
    top('per_layer_projection_norm', 'per-layer-embeddings', 1, ple.dim, 'vector');
  }
  const x = arch.residualExtras;
  if (x && x.altupInputs > 1) {
    top('altup_projections', 'residual-extras', h, h, 'matrix', x.altupInputs - 1);
    top('altup_unembed_projections', 'residual-extras', h, h, 'matrix', x.altupInputs - 1);
  }
  if (x && x.hyperConnections > 0) {
    const hc = x.hyperConnections;
    top('hc_head_fn', 'residual-extras', hc, hc * h, 'vector');
    top('hc_head_base', 'residual-extras', 1, hc, 'vector');
    top('hc_head_scale', 'residual-extras', 1, 1, 'vector');
  }
  for (const layer of layers) layerTensors(out, arch, layer, null);
  if (arch.mtp) {
    for (const layer of mtpLayers) {
      // DeepSeek-style next-token block: eh_proj joins the embedding and the hidden state, then one
      // decoder block (llama.cpp nextn.eh_proj / enorm / hnorm / shared_head_norm, src/models/glm-dsa.cpp).
      const e = emitter(out, layer.index, 'mtp.', 'mtp');
      e('eh_proj', 'mtp', h, 2 * h);
      e('enorm', 'mtp', 1, h, 'vector');
      e('hnorm', 'mtp', 1, h, 'vector');
      e('shared_head.norm', 'mtp', 1, h, 'vector');
      if (arch.mtp.ownEmbeddings) e('embed_tokens', 'mtp', arch.vocabSize, h);
      if (arch.mtp.ownHead) e('shared_head.head', 'mtp', arch.vocabSize, h);
      const inner: TensorSpec[] = [];
      layerTensors(inner, arch, layer, 'mtp');
      for (const t of inner) out.push({ ...t, name: `mtp.${t.name}` });
    }
  }
  for (const [i, tower] of arch.towers.entries()) {
    out.push({
      name: `${tower.kind}_tower${arch.towers.length > 1 ? `.${i}` : ''}`,
      group: tower.kind === 'vision' ? 'vision-tower' : 'audio-tower',
      layer: null,
      rows: 1,
      cols: tower.params,
      count: 1,
      storage: 'matrix',
    });
  }
  return out;
}
