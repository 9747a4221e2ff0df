// The estimator's derived view of an architecture: the few summary figures its formulas need
// (compute buffers, activations, attention work, context limits), each computed from the exact
// record in one place and memoized per record object. Nothing here is stored; the record is the
// one source (lib/architecture/schema.ts).

import { resolvedLayers, type ResolvedLayer } from '../architecture/layers';
import type { Architecture } from '../architecture/schema';
import type { ModelSpec } from './types';

export interface ModelShape {
  layers: number;
  hiddenSize: number;
  vocabSize: number;
  /** The window the published config serves. */
  nativeContextTokens: number;
  /** The longest window the model reaches: the documented extension, else the native one. */
  maxContextTokens: number;
  /**
   * Query heads and per-head query·key width of the widest attention layer: llama.cpp's KQ score
   * buffer and the flash-attention scratch are sized by them (0 when no layer attends).
   */
  attentionHeads: number;
  attentionHeadDim: number;
  /** Layers whose cache grows with the context (attention, sliding, latent, sparse, compressed). */
  kvLayers: number;
  /** FFN width one token runs through in the widest layer: dense width, or routed × active plus shared experts. */
  activeFfnWidth: number;
  /** Routed experts of the first MoE layer, or null for a dense model. */
  moe: { experts: number; activeExperts: number } | null;
  /**
   * llama.cpp's n_gqa() as llama-quant.cpp reads it: heads ÷ KV heads of layer 0, 0 when layer 0
   * keeps no per-head KV (linear attention, Mamba), 1 for latent attention.
   */
  ggufGqa: number;
}

const shapes = new WeakMap<Architecture, ModelShape>();

function attentionWidth(l: ResolvedLayer): { heads: number; headDim: number } | null {
  const m = l.mixer;
  switch (m.kind) {
    case 'full':
    case 'sliding':
      return { heads: m.attention.heads, headDim: m.attention.headDim };
    case 'mla':
    case 'dsa':
      return { heads: m.mla.heads, headDim: m.mla.qkNopeHeadDim + m.mla.qkRopeHeadDim };
    case 'compressed':
      return { heads: m.compressed.heads, headDim: m.compressed.headDim };
    default:
      return null;
  }
}

function activeWidth(l: ResolvedLayer): number {
  const f = l.ffn;
  if (f.kind === 'dense') return f.dense.intermediateSize;
  if (f.kind === 'moe') return f.moe.expertWidth * f.moe.activeExperts + (f.moe.sharedWidth ?? f.moe.expertWidth) * f.moe.sharedExperts;
  return 0;
}

function compute(a: Architecture): ModelShape {
  const { layers } = resolvedLayers(a);
  let heads = 0;
  let headDim = 0;
  let kvLayers = 0;
  let ffn = 0;
  let moe: ModelShape['moe'] = null;
  for (const l of layers) {
    const w = attentionWidth(l);
    if (w && w.heads * w.headDim > heads * headDim) {
      heads = w.heads;
      headDim = w.headDim;
    }
    if (w && l.kvFrom === null) kvLayers++;
    ffn = Math.max(ffn, activeWidth(l));
    if (!moe && l.ffn.kind === 'moe') moe = { experts: l.ffn.moe.experts, activeExperts: l.ffn.moe.activeExperts };
  }
  const first = layers[0]!.mixer;
  const ggufGqa = first.kind === 'full' || first.kind === 'sliding' ? Math.floor(first.attention.heads / first.attention.kvHeads) : first.kind === 'mla' || first.kind === 'dsa' ? 1 : 0;
  return {
    layers: a.layers,
    hiddenSize: a.hiddenSize,
    vocabSize: a.vocabSize,
    nativeContextTokens: a.context.nativeTokens,
    maxContextTokens: a.context.extendedTokens ?? a.context.nativeTokens,
    attentionHeads: heads,
    attentionHeadDim: headDim,
    kvLayers,
    activeFfnWidth: ffn || 4 * a.hiddenSize,
    moe,
    ggufGqa,
  };
}

/** The derived view of a record (memoized per record object). */
export function shapeOf(a: Architecture): ModelShape {
  let s = shapes.get(a);
  if (!s) {
    s = compute(a);
    shapes.set(a, s);
  }
  return s;
}

/** The derived view of a model. */
export function modelShape(m: ModelSpec): ModelShape {
  return shapeOf(m.architecture);
}

const flops = new WeakMap<Architecture, Map<number, number[]>>();

/**
 * Per head, the widths an MLA score and weighted sum run over: decompressed, qk (nope + rope) and v;
 * absorbed (llama.cpp, src/models/deepseek2.cpp: one KV group over the latent), keys of latent + rope
 * and values of the latent.
 */
function mlaWidth(m: { kvLoraRank: number; qkNopeHeadDim: number; qkRopeHeadDim: number; vHeadDim: number }, absorbed: boolean): number {
  return absorbed ? 2 * m.kvLoraRank + m.qkRopeHeadDim : m.qkNopeHeadDim + m.qkRopeHeadDim + m.vHeadDim;
}

/**
 * Attention FLOPs one token spends in each layer at a depth: scores and the weighted sum, 2 FLOPs
 * per multiply-add over the keys it attends to (2·heads·(qk width + v width)·keys). Sliding layers
 * attend to their window, sparse layers to their top-k, compressed layers to their window plus one
 * entry per `ratio` tokens; linear and Mamba layers do a fixed amount of state work, left out here.
 */
export function attentionFlopsPerLayer(a: Architecture, depth: number, absorbedMla = false): number[] {
  let byDepth = flops.get(a);
  if (!byDepth) {
    byDepth = new Map();
    flops.set(a, byDepth);
  }
  // Absorbed MLA under a negative key: depths are never negative, so the two never collide.
  const key = absorbedMla ? -1 - depth : depth;
  const hit = byDepth.get(key);
  if (hit) return hit;
  const d = Math.max(0, depth);
  const out = resolvedLayers(a).layers.map((l) => {
    const m = l.mixer;
    switch (m.kind) {
      case 'full':
        return 2 * m.attention.heads * (m.attention.headDim + m.attention.valueHeadDim) * d;
      case 'sliding':
        return 2 * m.attention.heads * (m.attention.headDim + m.attention.valueHeadDim) * Math.min(d, m.window);
      case 'mla':
        return 2 * m.mla.heads * mlaWidth(m.mla, absorbedMla) * d;
      case 'dsa':
        return 2 * m.mla.heads * mlaWidth(m.mla, absorbedMla) * Math.min(d, m.indexer.topK);
      case 'compressed': {
        const keys = Math.min(d, m.compressed.window) + (m.ratio > 0 ? Math.floor(d / m.ratio) : 0);
        return 2 * m.compressed.heads * 2 * m.compressed.headDim * keys;
      }
      default:
        return 0;
    }
  });
  if (byDepth.size > 64) byDepth.clear();
  byDepth.set(key, out);
  return out;
}

/**
 * Attention scores one query computes per layer at a depth of `keys` cached keys: heads × the keys each
 * layer attends (a sliding window or a sparse top-k caps them). Without flash attention llama.cpp writes
 * these as an F32 matrix per ubatch (speed.ts).
 */
export function attentionScoresPerLayer(a: Architecture, keys: number): number[] {
  const d = Math.max(0, keys);
  return resolvedLayers(a).layers.map((l) => {
    const m = l.mixer;
    switch (m.kind) {
      case 'full':
        return m.attention.heads * d;
      case 'sliding':
        return m.attention.heads * Math.min(d, m.window);
      case 'mla':
        return m.mla.heads * d;
      case 'dsa':
        return m.mla.heads * Math.min(d, m.indexer.topK);
      case 'compressed':
        return m.compressed.heads * (Math.min(d, m.compressed.window) + (m.ratio > 0 ? Math.floor(d / m.ratio) : 0));
      default:
        return 0;
    }
  });
}

/** The longest context a model reaches: its documented extension, else its native window. */
export function maxContextTokens(m: ModelSpec): number {
  return m.architecture.context.extendedTokens ?? m.architecture.context.nativeTokens;
}
