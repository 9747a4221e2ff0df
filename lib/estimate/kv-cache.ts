// The estimator's cache figures, read from the architecture record (lib/architecture/cache.ts):
// a KV cache only for the layers that keep one (full, sliding up to the window, MLA latents,
// DeepSeek sparse and compressed), and a fixed recurrent state per sequence for linear-attention
// and Mamba layers. This module only adapts that one computation to the estimator's options.

import { cacheBytes, type CacheSize } from '../architecture/cache';
import type { KvCacheType, ModelSpec, Runtime } from './types';

import { isLlamaCppFamily } from './runtime-defaults';

export { isLlamaCppFamily } from './runtime-defaults';

export interface KvCacheOptions {
  tokens: number;
  kvCacheType?: KvCacheType;
  parallel?: number;
  runtime?: Runtime;
}

/** The record's cache at these options (llama.cpp when no runtime is named). */
export function cacheSize(m: ModelSpec, o: KvCacheOptions): CacheSize {
  return cacheBytes(m.architecture, { tokens: o.tokens, parallel: o.parallel ?? 1, runtime: o.runtime ?? 'llama.cpp', kvCacheType: o.kvCacheType ?? 'f16' });
}

/** Everything the layers keep between tokens: KV caches plus recurrent states. */
export function kvCacheBytes(m: ModelSpec, o: KvCacheOptions): number {
  return cacheSize(m, o).totalBytes;
}

/**
 * Cells the widest attention layer holds (llama.cpp's KQ buffer and flash-attention scratch are
 * sized by them): the full context when any layer attends to all of it, else the sliding window's.
 */
export function attentionCells(m: ModelSpec, o: KvCacheOptions): number {
  return attentionCellsOf(cacheSize(m, o));
}

/** attentionCells of a cache already sized (placement needs both from one sizing). */
export function attentionCellsOf(size: CacheSize): number {
  let windowed = 0;
  size.profile.layers.forEach((l, i) => {
    if (l.bytesPerToken <= 0) return;
    if (l.windowTokens === null) windowed = Infinity;
    else if (l.bytesPerToken > 0) windowed = Math.max(windowed, (size.perLayerKv[i] ?? 0) / l.bytesPerToken);
  });
  return windowed === Infinity || windowed === 0 ? size.fullCells : windowed;
}

/**
 * Cache bytes one decoded token reads at a given depth, per layer (each layer's share is read on
 * the device holding the layer): its keys and values up to its window, plus its recurrent state,
 * read and written once per token; in the layout the runtime caches them (MLA: the latent under
 * llama.cpp, vLLM and MLX, the decompressed keys and values under transformers).
 */
export function kvReadBytesPerLayer(m: ModelSpec, depth: number, kvType: KvCacheType, runtime: Runtime): number[] {
  return cacheSize(m, { tokens: depth, kvCacheType: kvType, runtime }).perLayer;
}

const MiB = 1024 ** 2;
const fmtMiB = (b: number) => (b >= 1024 * MiB ? `${(b / 1024 ** 3).toFixed(2)} GiB` : `${(b / MiB).toFixed(1)} MiB`);

const KIND_NAMES: Record<string, string> = {
  full: 'full attention',
  sliding: 'sliding-window attention',
  mla: 'MLA latent',
  dsa: 'DeepSeek sparse attention (MLA latent + indexer keys)',
  compressed: 'DeepSeek compressed attention',
  linear: 'linear attention',
  mamba: 'Mamba',
};

/**
 * The estimate's sentences about the cache: which layers keep a KV cache and of what kind, which
 * share another layer's, which hold a fixed recurrent state instead and how large it is.
 */
export function cacheAssumptions(m: ModelSpec, size: CacheSize, runtime: Runtime): string[] {
  const layers = size.profile.layers;
  const total = layers.length;
  const kvKinds = new Map<string, number>();
  const stateKinds = new Map<string, number>();
  let shared = 0;
  let windowed: number | null = null;
  for (const l of layers) {
    if (l.sharedFrom !== null) shared++;
    else if (l.bytesPerToken > 0) {
      kvKinds.set(l.kind, (kvKinds.get(l.kind) ?? 0) + 1);
      if (l.windowTokens !== null) windowed = l.windowTokens;
    }
    if (l.fixedBytesPerSequence > 0 && l.bytesPerToken === 0) stateKinds.set(l.kind, (stateKinds.get(l.kind) ?? 0) + 1);
  }
  const kvLayers = [...kvKinds.values()].reduce((a, b) => a + b, 0);
  const list = (kinds: Map<string, number>) => [...kinds].map(([k, n]) => `${n} ${KIND_NAMES[k] ?? k}`).join(', ');
  const out: string[] = [];
  if (kvLayers === total && kvKinds.size === 1 && kvKinds.has('full')) out.push(`Every one of the ${total} layers keeps a full-attention KV cache.`);
  else out.push(`Only ${kvLayers} of ${total} layers keep a KV cache (${list(kvKinds) || 'none'})${shared > 0 ? `; ${shared} read another layer's cache and keep none` : ''}.`);
  if (kvKinds.has('mla') || kvKinds.has('dsa')) {
    out.push('MLA: the cache holds the compressed latent plus the decoupled RoPE key per token per layer, as llama.cpp (since its 2025 MLA support) and vLLM store it; older llama.cpp builds stored full K/V and need far more.');
  }
  if (windowed !== null) {
    out.push(
      `Sliding-window layers keep ${isLlamaCppFamily(runtime) ? `the window (${windowed}) per sequence plus one 512-token ubatch, padded to 256 cells, as llama.cpp allocates` : `at most the ${windowed}-token window`}.`,
    );
  }
  if (size.stateBytes > 0) {
    const seqs = layers.length > 0 ? size.stateBytes / Math.max(1, layers.reduce((a, l) => a + l.fixedBytesPerSequence, 0)) : 1;
    out.push(
      `${stateKinds.size > 0 ? `The ${list(stateKinds)} layers` : 'Some layers'} hold a fixed recurrent state instead of a growing cache: ${fmtMiB(size.stateBytes / Math.max(1, Math.round(seqs)))} per sequence${Math.round(seqs) > 1 ? ` × ${Math.round(seqs)} sequences` : ''}, whatever the context.`,
    );
  }
  out.push(...size.profile.notes.filter(() => size.profile.supported));
  return out;
}

