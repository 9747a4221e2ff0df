// What each layer keeps between tokens, per runtime: a KV cache that grows with the context for
// the layers that keep one (full attention; sliding attention up to its window; MLA latents;
// DeepSeek sparse and compressed attention), and a fixed state per sequence for linear-attention
// and Mamba layers (conv state + recurrent state), each in the dtype the runtime keeps it in.
//
// Sources (read at these commits):
//   llama.cpp = ggml-org/llama.cpp as vendored in CaffeeLake/advanced-gguf-quantizer@d5ac039 (2026-06-06)
//   mlx-lm    = ml-explore/mlx-lm@d78bf58 (2026-08-22)
//   vLLM      = vllm-project/vllm@02d7108, vllm/model_executor/layers/mamba/mamba_utils.py
//   lmdeploy  = InternLM/lmdeploy@1263d5c (2026-08-21)
//   transformers = huggingface/transformers, models/deepseek_v3/modeling_deepseek_v3.py (MLA cache update)

import { KV_BYTES_PER_ELEMENT, LLAMA_CPP_KV_PAD, LLAMA_CPP_UBATCH, isLlamaCppFamily } from '../estimate/runtime-defaults';
import type { KvCacheType, Runtime } from '../estimate/types';
import type { MixerKind } from './kinds';
import { resolvedLayers, type ResolvedMixer } from './layers';
import type { Architecture } from './schema';

/** Bytes of the model's activations dtype (bf16/fp16) where a runtime keeps state in it. */
const ACTIVATION_BYTES = 2;
const F32 = 4;

/**
 * DeepSeek V4 FlashMLA FP8 entry: 448 FP8 "nope" dims + 64 rope dims in bf16 + 7 tile scales + 1
 * = 584 bytes (lmdeploy pytorch/consts.py V4_FLASHMLA_*, configurations/deepseek_v4.py V4_PACKED_TOKEN_DIM).
 */
export const V4_PACKED_ENTRY_BYTES = 448 + 2 * 64 + 7 + 1;
/** FP8 indexer key plus one fp32 scale per entry (lmdeploy consts V4_INDEX_SCALE_BYTES / DSA_INDEX_SCALE_BYTES = 4). */
const INDEX_SCALE_BYTES = 4;

export interface LayerCache {
  layer: number;
  kind: MixerKind;
  /** Bytes one token adds to this layer's cache while the layer keeps it. */
  bytesPerToken: number;
  /** Tokens per sequence the layer keeps at most (a sliding window); null = the whole context. */
  windowTokens: number | null;
  /** Bytes per sequence whatever the context (recurrent state, DeepSeek V4 window ring and compressor state). */
  fixedBytesPerSequence: number;
  /** The layer reads another layer's cache and keeps none (Gemma 3n / Gemma 4 KV sharing). */
  sharedFrom: number | null;
}

export interface CacheProfile {
  runtime: Runtime;
  /** False when the runtime cannot run this architecture at all (the reason is in `notes`). */
  supported: boolean;
  layers: LayerCache[];
  notes: string[];
}

export interface CacheOptions {
  runtime: Runtime;
  /** KV element type (llama.cpp's --cache-type-k/v; f16 = bf16 = 2 bytes elsewhere). Default f16. */
  kvCacheType?: KvCacheType;
}

interface StateDtypes {
  conv: number;
  recurrent: number;
}

/** Conv-state and recurrent-state bytes per element, per runtime and mixer. */
function stateDtypes(runtime: Runtime, mixer: Extract<ResolvedMixer, { kind: 'linear' | 'mamba' }>, float32Hint: boolean): StateDtypes {
  // llama.cpp keeps every recurrent state in F32: create_memory passes GGML_TYPE_F32 for r and s
  // (src/llama-model.cpp, llama_memory_recurrent / llama_memory_hybrid construction).
  if (isLlamaCppFamily(runtime)) return { conv: F32, recurrent: F32 };
  if (runtime === 'vllm') {
    // MambaStateDtypeCalculator: conv = mamba_cache_dtype ("auto" → model dtype); temporal state =
    // mamba_ssm_cache_dtype ("auto" → the conv dtype); KDA keeps its recurrent state in float32.
    // Assumption: vLLM applies the float32 the checkpoint's config asks for (mamba_ssm_cache_dtype /
    // mamba_ssm_dtype) as it does for Nemotron-H.
    if (mixer.kind === 'linear' && mixer.linear.variant === 'kimi-delta') return { conv: ACTIVATION_BYTES, recurrent: F32 };
    return { conv: ACTIVATION_BYTES, recurrent: float32Hint ? F32 : ACTIVATION_BYTES };
  }
  if (runtime === 'mlx' || runtime === 'exo') {
    // mlx-lm gated_delta.py starts the delta-rule state as float32; conv states take the input dtype
    // (qwen3_next.py). Mamba-2 (ssm.py ssm_attn) keeps the state in the activation dtype.
    if (mixer.kind === 'linear') return { conv: ACTIVATION_BYTES, recurrent: F32 };
    return { conv: ACTIVATION_BYTES, recurrent: ACTIVATION_BYTES };
  }
  // transformers: assumption, not read this session: model dtype for conv states, and the float32
  // the config asks for on the recurrent state, else model dtype.
  return { conv: ACTIVATION_BYTES, recurrent: float32Hint ? F32 : ACTIVATION_BYTES };
}

function recurrentElements(mixer: Extract<ResolvedMixer, { kind: 'linear' | 'mamba' }>): { conv: number; recurrent: number } {
  if (mixer.kind === 'linear') {
    const l = mixer.linear;
    const keyDim = l.keyHeads * l.keyHeadDim;
    const valueDim = l.valueHeads * l.valueHeadDim;
    // Gated DeltaNet: conv over q, k, v (2·key_dim + value_dim) for kernel−1 steps; state
    // [v_heads, head_v, head_k] (vLLM gated_delta_net_state_shape; llama.cpp n_embd_r / n_embd_s).
    // Kimi Delta: three short convs over q, k, v; state [heads, head_dim, head_dim] (vLLM kda_state_shape).
    return {
      conv: (l.convKernel - 1) * (2 * keyDim + valueDim),
      recurrent: l.valueHeads * l.valueHeadDim * l.keyHeadDim,
    };
  }
  const m = mixer.mamba;
  const inner = m.heads * m.headDim;
  // Mamba-2: conv over x, B, C (inner + 2·groups·state); SSM state [heads, head_dim, state]
  // (vLLM mamba2_state_shape; llama.cpp n_embd_r = (d_conv−1)(d_inner + 2·n_group·d_state), n_embd_s = d_state·d_inner).
  return { conv: (m.convKernel - 1) * (inner + 2 * m.groups * m.stateSize), recurrent: inner * m.stateSize };
}

function layerCache(arch: Architecture, runtime: Runtime, kvBytes: number, mixer: ResolvedMixer, notes: Set<string>): Omit<LayerCache, 'layer' | 'sharedFrom'> {
  const none = { kind: mixer.kind, bytesPerToken: 0, windowTokens: null, fixedBytesPerSequence: 0 };
  switch (mixer.kind) {
    case 'none':
      return none;
    case 'full':
    case 'sliding': {
      const a = mixer.attention;
      // K and V are both cached even when keys double as values (Gemma 4 attention_k_eq_v): llama.cpp
      // stores Kcur as Vcur (src/models/gemma4.cpp), mlx-lm passes both to cache.update_and_fetch.
      const elements = a.kvHeads * (a.headDim + a.valueHeadDim);
      return { ...none, bytesPerToken: elements * kvBytes, windowTokens: mixer.kind === 'sliding' ? mixer.window : null };
    }
    case 'mla':
    case 'dsa': {
      const m = mixer.mla;
      let elements: number;
      if (runtime === 'transformers') {
        // transformers caches the decompressed keys (heads × (nope + rope)) and values (heads × v) after kv_b_proj.
        elements = m.heads * (m.qkNopeHeadDim + m.qkRopeHeadDim) + m.heads * m.vHeadDim;
        notes.add('transformers caches MLA keys and values decompressed (heads × head dims), not the latent');
      } else {
        // Latent + decoupled RoPE key only: llama.cpp allocates no V for MLA (llama-kv-cache.cpp has_v = !is_mla);
        // mlx-lm deepseek_v3.py caches kv_latent and k_pe; vLLM's MLA backends cache the same latent.
        elements = m.kvLoraRank + m.qkRopeHeadDim;
      }
      let bytes = elements * kvBytes;
      if (mixer.kind === 'dsa') {
        if (isLlamaCppFamily(runtime)) {
          // llama.cpp loads the indexer tensors but runs dense MLA: no indexer keys are cached (src/models/glm-dsa.cpp).
          notes.add('llama.cpp runs DeepSeek sparse attention layers as dense MLA (indexer keys not cached)');
        } else if (runtime === 'vllm') {
          // FP8 indexer keys + a 4-byte scale per token (DeepGEMM layout, lmdeploy consts dsa_packed_indexer_k_cache_shape).
          bytes += mixer.indexer.headDim + INDEX_SCALE_BYTES;
        } else {
          // mlx-lm deepseek_v32.py keeps indexer keys in a second KVCache at the activation dtype.
          bytes += mixer.indexer.headDim * ACTIVATION_BYTES;
        }
      }
      return { ...none, bytesPerToken: bytes };
    }
    case 'compressed': {
      const c = mixer.compressed;
      const r = mixer.ratio;
      const fp8Packed = runtime === 'vllm';
      const entryBytes = fp8Packed ? V4_PACKED_ENTRY_BYTES : c.headDim * ACTIVATION_BYTES;
      const indexEntryBytes = mixer.indexer ? (fp8Packed ? mixer.indexer.headDim + INDEX_SCALE_BYTES : mixer.indexer.headDim * ACTIVATION_BYTES) : 0;
      // One compressed entry per `ratio` tokens (and one indexer key per 4 tokens on ratio-4 layers);
      // the window ring (window × entry) and the compressor scratch (fp32) are fixed per sequence
      // (lmdeploy configurations/deepseek_v4.py: v4_window_kv_fp8, v4_compress_state_r4/_r4_idx/_r128).
      const perToken = r > 0 ? (entryBytes + indexEntryBytes) / r : 0;
      let fixed = c.window * entryBytes;
      if (r === 4) {
        fixed += 16 * 2 * c.headDim * F32;
        if (mixer.indexer) fixed += 16 * 2 * mixer.indexer.headDim * F32;
      } else if (r > 0) {
        fixed += 2 * r * c.headDim * F32;
      }
      if (fp8Packed) notes.add('vLLM: DeepSeek V4 caches FP8-packed entries (584 B) as lmdeploy does (assumption: same FlashMLA kernels)');
      else notes.add(`${runtime}: DeepSeek V4 compressed entries counted at the activation dtype (assumption)`);
      return { ...none, bytesPerToken: perToken, fixedBytesPerSequence: fixed };
    }
    case 'linear':
    case 'mamba': {
      const el = recurrentElements(mixer);
      const dt = stateDtypes(runtime, mixer, arch.ssmStateFloat32);
      return { ...none, fixedBytesPerSequence: el.conv * dt.conv + el.recurrent * dt.recurrent };
    }
  }
}

/** Which runtimes cannot run a mixer kind at all (as of the sources above). */
function unsupportedReason(runtime: Runtime, kind: MixerKind): string | null {
  if (kind === 'compressed' && (isLlamaCppFamily(runtime) || runtime === 'transformers')) {
    // No DeepSeek V4 architecture in llama.cpp's src/llama-arch.cpp (June 2026) nor in transformers
    // (lmdeploy vendors its own configuration_deepseek_v4.py).
    return `${runtime} has no DeepSeek V4 (compressed attention) implementation`;
  }
  return null;
}

const profiles = new WeakMap<Architecture, Map<string, CacheProfile>>();

/** Per-layer cache profile of an architecture under a runtime (memoized per record object). */
export function cacheProfile(arch: Architecture, o: CacheOptions): CacheProfile {
  const key = `${o.runtime}|${o.kvCacheType ?? 'f16'}`;
  let byKey = profiles.get(arch);
  if (!byKey) {
    byKey = new Map();
    profiles.set(arch, byKey);
  }
  const hit = byKey.get(key);
  if (hit) return hit;
  const profile = computeProfile(arch, o);
  byKey.set(key, profile);
  return profile;
}

function computeProfile(arch: Architecture, o: CacheOptions): CacheProfile {
  const { layers } = resolvedLayers(arch);
  const kvBytes = KV_BYTES_PER_ELEMENT[o.kvCacheType ?? 'f16'];
  const notes = new Set<string>();
  let supported = true;
  const out: LayerCache[] = [];
  for (const layer of layers) {
    const reason = unsupportedReason(o.runtime, layer.mixer.kind);
    if (reason) {
      supported = false;
      notes.add(reason);
    }
    if (layer.kvFrom !== null) {
      out.push({ layer: layer.index, kind: layer.mixer.kind, bytesPerToken: 0, windowTokens: null, fixedBytesPerSequence: 0, sharedFrom: layer.kvFrom });
      continue;
    }
    out.push({ layer: layer.index, sharedFrom: null, ...layerCache(arch, o.runtime, kvBytes, layer.mixer, notes) });
  }
  return { runtime: o.runtime, supported, layers: out, notes: [...notes] };
}

export interface CacheSizeOptions extends CacheOptions {
  /** Context tokens per sequence. */
  tokens: number;
  /** Sequences served at once. Default 1. */
  parallel?: number;
}

export interface CacheSize {
  /** Bytes that grow with the context (all KV caches). */
  kvBytes: number;
  /** Bytes fixed per sequence (recurrent states, V4 window rings and compressor state) × sequences. */
  stateBytes: number;
  totalBytes: number;
  /** kvBytes + stateBytes of each layer. */
  perLayer: number[];
  /** The growing part of each layer's cache. */
  perLayerKv: number[];
  /** The fixed part of each layer's cache (all sequences). */
  perLayerState: number[];
  /** Cells a full-attention layer holds (tokens × sequences, padded to 256 in llama.cpp). */
  fullCells: number;
  profile: CacheProfile;
}

function pad(n: number, p: number): number {
  return Math.ceil(n / p) * p;
}

/**
 * Cache bytes at a context length. llama.cpp pads its cells to 256 and sizes a sliding layer's
 * cells as min(n_ctx, pad(window·n_seq + n_ubatch, 256)) (llama_kv_cache_iswa); the other runtimes
 * keep exactly min(tokens, window) per sequence. The answer is shared by every caller asking the
 * same record, runtime, type, length and sequences: read it, do not mutate it.
 */
export function cacheBytes(arch: Architecture, o: CacheSizeOptions): CacheSize {
  const profile = cacheProfile(arch, o);
  const seqs = Math.max(1, Math.floor(o.parallel ?? 1));
  const tokens = Math.max(0, o.tokens);
  // An estimate sizes the cache at the same few contexts many times over (each placement tried, each
  // context probed, the speed's depths), so sizes are kept per profile; integer keys, no strings.
  const key = Number.isSafeInteger(tokens) && seqs < SIZE_KEY_SEQUENCES ? tokens * SIZE_KEY_SEQUENCES + seqs : null;
  let sizes = key === null ? undefined : sizesByProfile.get(profile);
  const hit = sizes?.get(key!);
  if (hit) return hit;
  const size = computeSize(profile, tokens, seqs, isLlamaCppFamily(o.runtime));
  if (key !== null) {
    if (!sizes) {
      sizes = new Map();
      sizesByProfile.set(profile, sizes);
    }
    if (sizes.size >= SIZES_KEPT_PER_PROFILE) sizes.clear();
    sizes.set(key, size);
  }
  return size;
}

const SIZE_KEY_SEQUENCES = 4096;
const SIZES_KEPT_PER_PROFILE = 256;
const sizesByProfile = new WeakMap<CacheProfile, Map<number, CacheSize>>();

function computeSize(profile: CacheProfile, tokens: number, seqs: number, llama: boolean): CacheSize {
  const fullCells = llama ? pad(tokens * seqs, LLAMA_CPP_KV_PAD) : tokens * seqs;
  let kvBytes = 0;
  let stateBytes = 0;
  const perLayer: number[] = [];
  const perLayerKv: number[] = [];
  const perLayerState: number[] = [];
  for (const l of profile.layers) {
    let cells = fullCells;
    if (l.windowTokens !== null) {
      cells = llama
        ? Math.min(fullCells, pad(l.windowTokens * seqs + LLAMA_CPP_UBATCH, LLAMA_CPP_KV_PAD))
        : Math.min(tokens, l.windowTokens) * seqs;
    }
    const kv = l.bytesPerToken * cells;
    const state = l.fixedBytesPerSequence * seqs;
    kvBytes += kv;
    stateBytes += state;
    perLayer.push(kv + state);
    perLayerKv.push(kv);
    perLayerState.push(state);
  }
  return { kvBytes, stateBytes, totalBytes: kvBytes + stateBytes, perLayer, perLayerKv, perLayerState, fullCells, profile };
}
