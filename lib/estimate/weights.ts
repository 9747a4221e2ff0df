// Weight bytes from tensor shapes: which tensors a model has, how many parameters each holds
// and which storage type each quant format gives it.

import { resolvedLayers } from '../architecture/layers';
import { paramCounts, tensorsOf } from '../architecture/params';
import { runtimeParts } from '../architecture/runtime-parts';
import { tensorParams, type TensorSpec } from '../architecture/tensors';
import { ggmlBits, ggufTensorType, normalizeQuant, QUANT_FORMATS, type GgmlType, type TensorCtx } from './formats';
import { shapeOf } from './model-shape';
import type { Architecture } from '../architecture/schema';
import type { ModelSpec, Runtime } from './types';

type Role = TensorCtx['role'];

export interface WeightComposition {
  /** Estimated artifact size in bytes (tensor data + metadata). */
  fileBytes: number;
  params: number;
  bitsPerWeight: number;
  /**
   * Bits per weight of the tensors decode streams (the layers' active weights and the output block,
   * the bytes of layerActiveBytes, outputBytes and tiedHeadBytes): what turns those bytes back into the weights a
   * token dequantizes and multiplies (speed.ts). The file's average would count the input layer too,
   * which a token only looks up: Gemma 4 E4B's per-layer embedding table (2.8B parameters at the
   * head's Q6_K) set its Q2_K file at 4.7 bits where the layers it streams hold 3.0.
   */
  streamedBitsPerWeight: number;
  /**
   * The input layer: token embedding, plus the per-layer embedding table and model-level residual
   * extras where the model has them (llama.cpp keeps all of them as input-layer tensors).
   */
  tokenEmbdBytes: number;
  /** Output head plus final norm (the "output layer" llama.cpp offloads last), plus any MTP block the runtime loads. */
  outputBytes: number;
  /**
   * A tied model's head: the token embedding, multiplied by every token's hidden state to give its
   * logits, so decode streams it with the output block (speed.ts) although the file holds it once, in
   * the input layer. 0 for untied models, whose head is in outputBytes.
   */
  tiedHeadBytes: number;
  /** Bytes of each repeating layer. */
  layerBytes: number[];
  /** Routed-expert bytes inside each layer (subset of layerBytes). */
  layerExpertBytes: number[];
  /** Bytes one decoded token reads from each layer (attention + shared + active experts). */
  layerActiveBytes: number[];
  /** Parameters a token touches (excludes the embedding lookup). */
  activeParams: number;
  metadataBytes: number;
  /**
   * For a GGUF file, the share of the bytes decode streams (as streamedBitsPerWeight counts them) held
   * in each ggml type, apart for routed experts (MUL_MAT_ID) and everything else (MUL_MAT): the kernels
   * a backend multiplies them with differ by type and op (speed.ts). Both are empty for other layouts.
   */
  streamedTypeShares: { dense: Partial<Record<GgmlType, number>>; experts: Partial<Record<GgmlType, number>> };
}

/** Per-vocab-entry GGUF metadata (token strings, scores, merges). Fitted: Llama 3 8B Q4_K_M file
 *  (4,917,737,554 B, gguf_sizes.csv) minus its tensor bytes leaves ≈ 4.7 MB for 128,256 tokens. */
const GGUF_METADATA_BYTES_PER_TOKEN = 36;

/**
 * The llama.cpp role a checkpoint tensor takes in llama-quant.cpp's rules (docs/architecture-model.md,
 * "Weights"). Linear-attention and SSM projections have no rule of their own in this table yet: they
 * take the preset's base type, as attn_other does.
 */
function roleOf(t: TensorSpec): Role {
  if (t.group === 'embeddings' || t.group === 'per-layer-embeddings') return 'token_embd';
  if (t.group === 'output-head') return 'output';
  const name = t.name.slice(t.name.lastIndexOf('.') + 1);
  if (t.group === 'attention') {
    if (name === 'q_proj' || name === 'q_b_proj' || name === 'wq_b') return 'attn_q';
    if (name === 'k_proj') return 'attn_k';
    if (name === 'v_proj') return 'attn_v';
    if (name === 'o_proj' || name === 'wo_b') return 'attn_output';
    return 'attn_other';
  }
  if (name.endsWith('gate_proj')) return 'ffn_gate';
  if (name.endsWith('up_proj')) return 'ffn_up';
  if (name.endsWith('down_proj')) return 'ffn_down';
  return 'attn_other';
}

/** Stored in full precision whatever the format: norms, biases, conv kernels, routers (llama-quant.cpp skips ffn_gate_inp). */
function keptInFloat(t: TensorSpec): boolean {
  return t.storage !== 'matrix' || t.group === 'router';
}

/** Parameters the tensor list gives (towers and MTP blocks included): the record's own total. */
export function totalParamsFromShapes(m: ModelSpec): number {
  return paramCounts(m.architecture).total;
}

const roundUp = (x: number, m: number) => Math.ceil(x / m) * m;

/**
 * vLLM's MXFP4 experts take more room than the checkpoint: its Marlin MoE kernel (the backend on GPUs
 * before Hopper, and on Hopper without Triton kernels) wants n % 256 and k % 128, so create_weights
 * pads the hidden size to a multiple of 256 and the expert width to one of 128, weights and e8m0
 * scales alike (vllm/model_executor/layers/quantization/mxfp4.py, Mxfp4MoEMethod.create_weights).
 * gpt-oss: 2880 → 3072 × 2944, 9.0 % more. The logs agree: gpt-oss-20b on an A100 loaded 13.72 GiB
 * (vllm_memory_2026.csv; 13.67 with the padding, 12.8 without), gpt-oss-120b on an H100 with Marlin
 * 65.97 GiB (https://github.com/vllm-project/vllm/issues/23278; 65.88 with it). Hopper's Triton
 * layout loaded 64.38 GiB (https://github.com/vllm-project/vllm/issues/33155), 2.3 % under this.
 */
function vllmMxfp4PaddingRatio(arch: Architecture): number {
  const width = resolvedLayers(arch).layers.find((l) => l.ffn.kind === 'moe');
  if (!width || width.ffn.kind !== 'moe') return 1;
  const hidden = arch.hiddenSize;
  const expert = width.ffn.moe.expertWidth;
  return (roundUp(hidden, 256) * roundUp(expert, 128)) / (hidden * expert);
}

type TensorAt = { role: Role; layer: number; cols: number; expert: boolean };
type BitsFor = (t: TensorAt) => number;
/** The ggml type a GGUF layout stores a tensor in (null outside GGUF). */
type TypeFor = (t: TensorAt) => GgmlType | null;

/** Bits per weight function for a quant family on a model (non-GGUF formats use their own rules), and for GGUF layouts each tensor's ggml type. */
function bitsFunction(arch: Architecture, quant: string, runtime: Runtime | undefined): { bits: BitsFor; type: TypeFor; smallBits: number; gguf: boolean } {
  const q = QUANT_FORMATS[quant];
  const family = q?.family ?? 'gguf';
  const shape = shapeOf(arch);
  const nGqa = shape.ggufGqa;
  const nExpert = shape.moe?.experts ?? 0;
  const is70B = shape.layers === 80;
  const ggufRuntime = runtime === undefined || runtime === 'llama.cpp' || runtime === 'ollama' || runtime === 'lm-studio';
  const noType: TypeFor = () => null;
  switch (family) {
    case 'gguf': {
      const type = (t: TensorAt): GgmlType =>
        ggufTensorType(quant, {
          role: t.role,
          layer: t.layer,
          nLayers: shape.layers,
          cols: t.cols,
          nGqa,
          nExpert,
          is70B,
          tied: arch.tiedEmbeddings,
          expert: t.expert,
        });
      return { gguf: true, smallBits: 32, type, bits: (t) => ggmlBits(type(t)) };
    }
    case 'float': {
      const b = quant === 'F32' ? 32 : 16;
      const ty: GgmlType = quant === 'F32' ? 'F32' : quant === 'BF16' ? 'BF16' : 'F16';
      return { gguf: ggufRuntime, smallBits: ggufRuntime ? 32 : b, bits: () => b, type: ggufRuntime ? () => ty : noType };
    }
    case 'mxfp4': {
      // gpt-oss: experts in MXFP4. In GGUF (MXFP4_MOE preset) everything else is Q8_0; in the
      // Hugging Face checkpoint everything else is BF16 (openai/gpt-oss model card).
      const moe = nExpert > 1;
      const type = (t: TensorAt): GgmlType => {
        if (t.role === 'token_embd' || t.role === 'output') return ggufRuntime ? 'Q8_0' : 'BF16';
        if (!moe || t.expert) return 'MXFP4';
        return ggufRuntime ? 'Q8_0' : 'BF16';
      };
      return { gguf: ggufRuntime, smallBits: ggufRuntime ? 32 : 16, bits: (t) => ggmlBits(type(t)), type: ggufRuntime ? type : noType };
    }
    case 'gptq':
    case 'awq': {
      // Group 128: an fp16 scale and a 4-bit (or 8-bit) packed zero per group per column, plus a
      // 32-bit g_idx per input row for GPTQ (AutoGPTQ/AutoAWQ packing). Embeddings and lm_head stay 16-bit.
      const w = q?.bits ?? 4;
      const groupBits = (16 + w) / 128;
      return {
        gguf: false,
        smallBits: 16,
        type: noType,
        bits: (t) => (t.role === 'token_embd' || t.role === 'output' ? 16 : w + groupBits + (family === 'gptq' ? 32 / Math.max(1, t.cols) : 0)),
      };
    }
    case 'int':
      // bitsandbytes: LLM.int8 keeps a per-row fp32 scale (≈8 bits); NF4 stores an fp32 absmax
      // per 64 weights (4.5 bits). Embeddings and lm_head are not converted.
      return { gguf: false, smallBits: 16, type: noType, bits: (t) => (t.role === 'token_embd' || t.role === 'output' ? 16 : (q?.bits ?? 8)) };
    case 'fp8':
      // FP8 checkpoints (llm-compressor / vLLM) leave embeddings and lm_head in BF16.
      return { gguf: false, smallBits: 16, type: noType, bits: (t) => (t.role === 'token_embd' || t.role === 'output' ? 16 : 8) };
    case 'exl2':
      // ExLlamaV2: layers average the target bpw; head at 6 bits by default (convert.py -hb 6);
      // embeddings stay fp16.
      return {
        gguf: false,
        smallBits: 16,
        type: noType,
        bits: (t) => (t.role === 'token_embd' ? 16 : t.role === 'output' ? 6 : (q?.bits ?? 4)),
      };
    case 'mlx': {
      // mlx-lm affine quantization, group 64: fp16 scale + fp16 bias per group → +0.5 bits;
      // embeddings and lm_head are quantized too (mlx_lm.convert default).
      const b = (q?.bits ?? 4) + 32 / 64;
      return { gguf: false, smallBits: 16, type: noType, bits: () => b };
    }
    default:
      return { gguf: false, smallBits: 16, type: noType, bits: () => 16 };
  }
}

// Keyed by the architecture record, not the model object: the composition reads nothing else of
// the model, and surfaces copy model objects ({ ...model }) while sharing the record.
const cache = new WeakMap<Architecture, Map<string, WeightComposition>>();

/** Composition of a model stored in a quant format (memoized per architecture record). */
export function weightComposition(m: ModelSpec, quantRaw: string, runtime?: Runtime): WeightComposition {
  const quant = normalizeQuant(quantRaw) ?? quantRaw;
  const ggufRt = runtime === undefined || runtime === 'llama.cpp' || runtime === 'ollama' || runtime === 'lm-studio';
  // vLLM lays some formats out its own way (vllmMxfp4PaddingRatio): its own entry.
  const key = `${quant}|${ggufRt ? 'g' : runtime === 'vllm' ? 'v' : runtime === 'transformers' ? 't' : 'h'}`;
  let perArchitecture = cache.get(m.architecture);
  if (!perArchitecture) {
    perArchitecture = new Map();
    cache.set(m.architecture, perArchitecture);
  }
  const hit = perArchitecture.get(key);
  if (hit) return hit;
  const res = compose(m.architecture, quant, runtime);
  perArchitecture.set(key, res);
  return res;
}

function compose(arch: Architecture, quant: string, runtime: Runtime | undefined): WeightComposition {
  const { bits, type, smallBits, gguf } = bitsFunction(arch, quant, runtime);
  const L = arch.layers;
  const { layers: resolved } = resolvedLayers(arch);
  // Which optional parts this runtime loads (runtime-parts.ts): MTP blocks and towers count only
  // when loaded; towers are sized by the published projector file instead when there is one.
  const loaded = new Set<string>();
  for (const p of runtimeParts(arch, runtime ?? 'llama.cpp')) if (p.placement !== 'not-loaded') loaded.add(p.group);
  let tokenEmbdBytes = 0;
  let outputBytes = 0;
  let tiedHeadBytes = 0;
  const layerBytes: number[] = new Array(L).fill(0);
  const layerExpertBytes: number[] = new Array(L).fill(0);
  const layerActiveBytes: number[] = new Array(L).fill(0);
  let params = 0;
  let activeParams = 0;
  // What decode streams per token: layerActiveBytes plus outputBytes, and the parameters they hold.
  let streamedBytes = 0;
  let streamedParams = 0;
  const streamedByType = { dense: {} as Partial<Record<GgmlType, number>>, experts: {} as Partial<Record<GgmlType, number>> };
  const stream = (ty: GgmlType | null, bytes: number, p: number, expert = false) => {
    streamedBytes += bytes;
    streamedParams += p;
    const into = expert ? streamedByType.experts : streamedByType.dense;
    if (ty) into[ty] = (into[ty] ?? 0) + bytes;
  };
  // vLLM holds MXFP4 experts padded (vllmMxfp4PaddingRatio). Decode keeps the checkpoint's bytes:
  // what Marlin reads of the zero padding is not settled, and the one scored row (gpt-oss-20b on an
  // RTX 5090 under vLLM, kyuz0_vllm_qps1) reads 2.6 % off held-out without it, 10.1 % with it.
  const heldPadding = runtime === 'vllm' && QUANT_FORMATS[quant]?.family === 'mxfp4' ? vllmMxfp4PaddingRatio(arch) : 1;
  for (const t of tensorsOf(arch)) {
    if (t.group === 'vision-tower' || t.group === 'audio-tower') continue; // estimate.ts: projector
    if (t.group === 'mtp' && !loaded.has('mtp')) continue;
    const p = tensorParams(t);
    const role = roleOf(t);
    const expert = t.group === 'routed-experts';
    const layer = t.layer ?? 0;
    const at = { role, layer: Math.min(layer, L - 1), cols: t.cols, expert };
    const float = keptInFloat(t);
    const b = (p * (float ? smallBits : bits(at))) / 8;
    const ty = float ? (gguf ? 'F32' : null) : type(at);
    params += p;
    if (t.group === 'mtp' || t.layer === null || t.layer >= L) {
      if (t.group === 'embeddings' || t.group === 'per-layer-embeddings' || t.group === 'residual-extras') {
        tokenEmbdBytes += b;
        if (t.group === 'embeddings' && arch.tiedEmbeddings) {
          tiedHeadBytes += b;
          stream(ty, b, p);
        }
      } else {
        outputBytes += b;
        stream(ty, b, p);
      }
      // The head (or the tied embedding acting as one) is read for every token.
      if (t.group === 'output-head' || (t.group === 'embeddings' && arch.tiedEmbeddings)) activeParams += p;
      continue;
    }
    const ffn = resolved[t.layer]!.ffn;
    const share = expert && ffn.kind === 'moe' ? Math.min(1, ffn.moe.activeExperts / ffn.moe.experts) : 1;
    const held = expert ? b * heldPadding : b;
    layerBytes[t.layer]! += held;
    if (expert) layerExpertBytes[t.layer]! += held;
    layerActiveBytes[t.layer]! += b * share;
    activeParams += p * share;
    stream(ty, b * share, p * share, expert);
  }
  // Transformers' fine-grained FP8 holds a tied model's head as its own BF16 copy of the embedding:
  // Qwen3 0.6B/1.7B/4B FP8 peak 297/594/751 MiB above their BF16 weights' share (the embedding's
  // 297/594/742 MiB) at every context of the Qwen3 benchmark, while the untied 8B/14B/32B FP8 do not.
  if (runtime === 'transformers' && QUANT_FORMATS[quant]?.family === 'fp8' && arch.tiedEmbeddings) {
    const headParams = arch.vocabSize * arch.hiddenSize;
    // That copy is the head decode streams, in place of the FP8 embedding.
    streamedBytes += (headParams * 16) / 8 - tiedHeadBytes;
    outputBytes += (headParams * 16) / 8;
    tiedHeadBytes = 0;
  }
  const metadataBytes = gguf ? arch.vocabSize * GGUF_METADATA_BYTES_PER_TOKEN : 0;
  let total = tokenEmbdBytes + outputBytes + metadataBytes;
  for (const b of layerBytes) total += b;
  return {
    fileBytes: total,
    params,
    bitsPerWeight: ((total - metadataBytes) * 8) / params,
    streamedBitsPerWeight: streamedParams > 0 ? (streamedBytes * 8) / streamedParams : ((total - metadataBytes) * 8) / params,
    tokenEmbdBytes,
    outputBytes,
    tiedHeadBytes,
    layerBytes,
    layerExpertBytes,
    layerActiveBytes,
    activeParams,
    metadataBytes,
    streamedTypeShares: { dense: sharesOf(streamedByType.dense, streamedBytes), experts: sharesOf(streamedByType.experts, streamedBytes) },
  };
}

const sharesOf = (bytes: Partial<Record<GgmlType, number>>, total: number): Partial<Record<GgmlType, number>> =>
  Object.fromEntries(Object.entries(bytes).map(([ty, b]) => [ty, total > 0 ? b / total : 0]));

/** Estimated artifact bytes for a model at a quant (GGUF layout for the llama.cpp family). */
export function fileBytesFor(model: ModelSpec, quant: string, runtime?: Runtime): number {
  return weightComposition(model, quant, runtime).fileBytes;
}

/** Effective bits per weight of the artifact (tensor data only). */
export function bitsPerWeightFor(model: ModelSpec, quant: string, runtime?: Runtime): number {
  return weightComposition(model, quant, runtime).bitsPerWeight;
}

/** Composition rescaled so its total equals a known real artifact size (keeps the proportions). */
export function scaledComposition(c: WeightComposition, realFileBytes: number | null | undefined): WeightComposition {
  if (!realFileBytes || !(realFileBytes > 0) || Math.abs(realFileBytes - c.fileBytes) < 1) return c;
  const k = (realFileBytes - c.metadataBytes) / Math.max(1, c.fileBytes - c.metadataBytes);
  return {
    ...c,
    fileBytes: realFileBytes,
    bitsPerWeight: c.bitsPerWeight * k,
    streamedBitsPerWeight: c.streamedBitsPerWeight * k,
    tokenEmbdBytes: c.tokenEmbdBytes * k,
    outputBytes: c.outputBytes * k,
    tiedHeadBytes: c.tiedHeadBytes * k,
    layerBytes: c.layerBytes.map((b) => b * k),
    layerExpertBytes: c.layerExpertBytes.map((b) => b * k),
    layerActiveBytes: c.layerActiveBytes.map((b) => b * k),
  };
}

