// KV cache: bytes per token per layer, sliding-window caps and MLA latents.

import { LLAMA_CPP_RUNTIMES } from '../enums';
import { LLAMA_CPP_UBATCH } from './runtime-defaults';
import type { KvCacheType, ModelSpec, Runtime } from './types';

/** Bytes per cached element: f16 = 2; q8_0 = 34 B / 32; q4_0 = 18 B / 32 (ggml-common.h blocks). */
export const KV_BYTES_PER_ELEMENT: Record<KvCacheType, number> = {
  f16: 2,
  q8_0: 34 / 32,
  q4_0: 18 / 32,
};

/** llama.cpp pads KV cells to 256 (llama_kv_cache get_padding); its ubatch is a runtime default. */
export const LLAMA_CPP_KV_PAD = 256;

export function isLlamaCppFamily(r: Runtime | undefined): boolean {
  return r === undefined || (LLAMA_CPP_RUNTIMES as readonly Runtime[]).includes(r);
}

/** Elements one token adds to the cache of one layer (K and V together). */
function kvElementsPerTokenPerLayer(m: ModelSpec): number {
  // MLA: one compressed latent (kv_lora_rank) plus the decoupled RoPE key per token; llama.cpp
  // (since its MLA support, 2025) and vLLM cache only this, with V read from the same latent.
  if (m.mlaKvLoraRank) return m.mlaKvLoraRank + (m.mlaRopeHeadDim ?? 0);
  return 2 * m.kvHeads * m.headDim;
}

export interface KvLayout {
  globalLayers: number;
  localLayers: number;
  /** Cells each full-attention layer holds. */
  globalCells: number;
  /** Cells each sliding-window layer holds. */
  localCells: number;
}

function pad(n: number, p: number): number {
  return Math.ceil(n / p) * p;
}

/**
 * How many layers slide and how many cells each kind holds for `tokens` per sequence and
 * `parallel` sequences. llama.cpp sizes the SWA cache as min(n_ctx, pad(n_swa·n_seq + n_ubatch, 256))
 * (llama_kv_cache_iswa constructor); other runtimes keep exactly the window.
 */
export function kvLayout(m: ModelSpec, tokens: number, parallel: number, runtime?: Runtime): KvLayout {
  const seqs = Math.max(1, parallel);
  const llama = isLlamaCppFamily(runtime);
  const total = Math.max(0, tokens) * seqs;
  const globalCells = llama ? pad(total, LLAMA_CPP_KV_PAD) : total;
  const w = m.slidingWindow;
  if (!w || w <= 0 || (m.contextLength !== undefined && w >= m.contextLength)) {
    return { globalLayers: m.layers, localLayers: 0, globalCells, localCells: 0 };
  }
  const every = m.globalLayerEvery;
  const globalLayers = every && every > 0 ? Math.floor(m.layers / every) : 0;
  const localLayers = m.layers - globalLayers;
  const localCells = llama
    ? Math.min(globalCells, pad(w * seqs + LLAMA_CPP_UBATCH, LLAMA_CPP_KV_PAD))
    : Math.min(total, w * seqs);
  return { globalLayers, localLayers, globalCells, localCells };
}

/** Bytes per token per layer at a cache type. */
export function kvBytesPerTokenPerLayer(m: ModelSpec, kvType: KvCacheType = 'f16'): number {
  return kvElementsPerTokenPerLayer(m) * KV_BYTES_PER_ELEMENT[kvType];
}

export interface KvCacheOptions {
  tokens: number;
  kvCacheType?: KvCacheType;
  parallel?: number;
  runtime?: Runtime;
}

/** Total KV cache bytes for the whole model. */
export function kvCacheBytes(m: ModelSpec, o: KvCacheOptions): number {
  const L = kvLayout(m, o.tokens, o.parallel ?? 1, o.runtime);
  const per = kvBytesPerTokenPerLayer(m, o.kvCacheType ?? 'f16');
  return per * (L.globalLayers * L.globalCells + L.localLayers * L.localCells);
}

/** KV bytes of each layer (in layer order; global layers are every `globalLayerEvery`-th). */
export function kvBytesPerLayer(m: ModelSpec, o: KvCacheOptions): number[] {
  const L = kvLayout(m, o.tokens, o.parallel ?? 1, o.runtime);
  const per = kvBytesPerTokenPerLayer(m, o.kvCacheType ?? 'f16');
  const out: number[] = new Array(m.layers);
  const every = m.globalLayerEvery ?? 0;
  for (let i = 0; i < m.layers; i++) {
    const global = L.localLayers === 0 || (every > 0 && (i + 1) % every === 0);
    out[i] = per * (global ? L.globalCells : L.localCells);
  }
  return out;
}

/** KV bytes one decoded token reads at a given depth (attention over the cached tokens). */
export function kvReadBytesPerToken(m: ModelSpec, depth: number, kvType: KvCacheType): number {
  const per = kvBytesPerTokenPerLayer(m, kvType);
  const L = kvLayout(m, depth, 1, 'transformers');
  return per * (L.globalLayers * L.globalCells + L.localLayers * L.localCells);
}
