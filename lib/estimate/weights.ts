// Weight bytes from tensor shapes: which tensors a model has, how many parameters each holds
// and which storage type each quant format gives it.

import { ggmlBits, ggufTensorType, normalizeQuant, QUANT_FORMATS, type TensorCtx } from './formats';
import type { ModelSpec, Runtime } from './types';

type Role = TensorCtx['role'];

interface LayerTensor {
  role: Role;
  params: number;
  cols: number;
  expert: boolean;
}

export interface WeightComposition {
  /** Estimated artifact size in bytes (tensor data + metadata). */
  fileBytes: number;
  params: number;
  bitsPerWeight: number;
  tokenEmbdBytes: number;
  /** Output head plus final norm (the "output layer" llama.cpp offloads last). */
  outputBytes: number;
  /** Bytes of each repeating layer. */
  layerBytes: number[];
  /** Routed-expert bytes inside each layer (subset of layerBytes). */
  layerExpertBytes: number[];
  /** Bytes one decoded token reads from each layer (attention + shared + active experts). */
  layerActiveBytes: number[];
  /** Parameters a token touches (excludes the embedding lookup). */
  activeParams: number;
  metadataBytes: number;
}

/** Per-vocab-entry GGUF metadata (token strings, scores, merges). Fitted: Llama 3 8B Q4_K_M file
 *  (4,917,737,554 B, gguf_sizes.csv) minus its tensor bytes leaves ≈ 4.7 MB for 128,256 tokens. */
const GGUF_METADATA_BYTES_PER_TOKEN = 36;

export function expertWidth(m: ModelSpec): number {
  return m.expertIntermediateSize ?? m.intermediateSize ?? 4 * m.hiddenSize;
}

function isMoe(m: ModelSpec): boolean {
  return (m.expertsTotal ?? 0) > 1;
}

/** Tensors of one repeating layer (2-D weights only; norms are counted separately). */
function layerTensors(m: ModelSpec, ffnScale: number): LayerTensor[] {
  const h = m.hiddenSize;
  const H = m.attentionHeads;
  const hd = m.headDim;
  const out: LayerTensor[] = [];
  if (m.mlaKvLoraRank) {
    // MLA (DeepSeek V2/V3): low-rank q, a shared latent for K/V, per-head up-projection.
    const rope = m.mlaRopeHeadDim ?? 64;
    const nope = Math.max(hd - rope, 1);
    const qr = m.mlaQLoraRank ?? 0;
    if (qr > 0) {
      out.push({ role: 'attn_other', params: h * qr, cols: h, expert: false });
      out.push({ role: 'attn_q', params: qr * H * hd, cols: qr, expert: false });
    } else out.push({ role: 'attn_q', params: h * H * hd, cols: h, expert: false });
    out.push({ role: 'attn_other', params: h * (m.mlaKvLoraRank + rope), cols: h, expert: false });
    out.push({ role: 'attn_other', params: m.mlaKvLoraRank * H * 2 * nope, cols: m.mlaKvLoraRank, expert: false });
    out.push({ role: 'attn_output', params: H * nope * h, cols: H * nope, expert: false });
  } else {
    const kv = m.kvHeads * hd;
    out.push({ role: 'attn_q', params: h * H * hd, cols: h, expert: false });
    out.push({ role: 'attn_k', params: h * kv, cols: h, expert: false });
    out.push({ role: 'attn_v', params: h * kv, cols: h, expert: false });
    out.push({ role: 'attn_output', params: H * hd * h, cols: H * hd, expert: false });
  }
  if (isMoe(m)) {
    const E = m.expertsTotal ?? 1;
    const f = expertWidth(m);
    for (const role of ['ffn_gate', 'ffn_up'] as const) out.push({ role, params: E * h * f * ffnScale, cols: h, expert: true });
    out.push({ role: 'ffn_down', params: E * f * h * ffnScale, cols: f, expert: true });
    const shared = m.sharedExperts ?? 0;
    if (shared > 0) {
      for (const role of ['ffn_gate', 'ffn_up'] as const) out.push({ role, params: shared * h * f * ffnScale, cols: h, expert: false });
      out.push({ role: 'ffn_down', params: shared * f * h * ffnScale, cols: f, expert: false });
    }
  } else {
    const f = m.intermediateSize ?? 4 * h;
    for (const role of ['ffn_gate', 'ffn_up'] as const) out.push({ role, params: h * f * ffnScale, cols: h, expert: false });
    out.push({ role: 'ffn_down', params: f * h * ffnScale, cols: f, expert: false });
  }
  return out;
}

/** Small 1-D tensors per layer kept in full precision: norms, router, biases (approximate). */
function layerSmallParams(m: ModelSpec): number {
  const router = isMoe(m) ? m.hiddenSize * (m.expertsTotal ?? 0) : 0;
  return 2 * m.hiddenSize + router;
}

function sumParams(ts: LayerTensor[]): number {
  let s = 0;
  for (const t of ts) s += t.params;
  return s;
}

/**
 * Scale of the FFN block that makes the shape count agree with the published parameter total.
 * Shapes fix embeddings and attention exactly; what the spec does not say (dense leading layers of
 * DeepSeek, odd expert widths) lands in the FFN, so the total is anchored there.
 */
function ffnAnchor(m: ModelSpec): number {
  if (!(m.totalParams > 0)) return 1;
  const base = layerTensors(m, 1);
  let ffn = 0;
  let rest = 0;
  for (const t of base) {
    if (t.role.startsWith('ffn')) ffn += t.params;
    else rest += t.params;
  }
  const embed = m.vocabSize * m.hiddenSize * (m.tiedEmbeddings ? 1 : 2);
  const nonFfn = embed + m.layers * (rest + layerSmallParams(m)) + m.hiddenSize;
  const target = m.totalParams - nonFfn;
  const shape = m.layers * ffn;
  if (!(target > 0) || !(shape > 0)) return 1;
  const k = target / shape;
  // Outside this band the published total and the shapes disagree for reasons the FFN can't
  // explain (e.g. a vision tower counted in the total); trust the shapes then.
  return k > 0.6 && k < 1.6 ? k : 1;
}

export function totalParamsFromShapes(m: ModelSpec): number {
  const ts = layerTensors(m, 1);
  const embed = m.vocabSize * m.hiddenSize * (m.tiedEmbeddings ? 1 : 2);
  return embed + m.layers * (sumParams(ts) + layerSmallParams(m)) + m.hiddenSize;
}

type BitsFor = (t: { role: Role; layer: number; cols: number; expert: boolean }) => number;

/** Bits per weight function for a quant family on a model (non-GGUF formats use their own rules). */
function bitsFunction(m: ModelSpec, quant: string, runtime: Runtime | undefined): { bits: BitsFor; smallBits: number; gguf: boolean } {
  const q = QUANT_FORMATS[quant];
  const family = q?.family ?? 'gguf';
  const nGqa = m.attentionHeads / Math.max(1, m.kvHeads);
  const nExpert = m.expertsTotal ?? 0;
  const is70B = m.layers === 80;
  const ggufRuntime = runtime === undefined || runtime === 'llama.cpp' || runtime === 'ollama' || runtime === 'lm-studio';
  switch (family) {
    case 'gguf':
      return {
        gguf: true,
        smallBits: 32,
        bits: (t) =>
          ggmlBits(
            ggufTensorType(quant, {
              role: t.role,
              layer: t.layer,
              nLayers: m.layers,
              cols: t.cols,
              nGqa,
              nExpert,
              is70B,
              tied: m.tiedEmbeddings,
              expert: t.expert,
            }),
          ),
      };
    case 'float': {
      const b = quant === 'F32' ? 32 : 16;
      return { gguf: ggufRuntime, smallBits: ggufRuntime ? 32 : b, bits: () => b };
    }
    case 'mxfp4': {
      // gpt-oss: experts in MXFP4. In GGUF (MXFP4_MOE preset) everything else is Q8_0; in the
      // Hugging Face checkpoint everything else is BF16 (openai/gpt-oss model card).
      const other = ggufRuntime ? ggmlBits('Q8_0') : 16;
      const moe = nExpert > 1;
      return {
        gguf: ggufRuntime,
        smallBits: ggufRuntime ? 32 : 16,
        bits: (t) => {
          if (t.role === 'token_embd' || t.role === 'output') return other;
          if (!moe || t.expert) return ggmlBits('MXFP4');
          return other;
        },
      };
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
        bits: (t) => (t.role === 'token_embd' || t.role === 'output' ? 16 : w + groupBits + (family === 'gptq' ? 32 / Math.max(1, t.cols) : 0)),
      };
    }
    case 'int':
      // bitsandbytes: LLM.int8 keeps a per-row fp32 scale (≈8 bits); NF4 stores an fp32 absmax
      // per 64 weights (4.5 bits). Embeddings and lm_head are not converted.
      return { gguf: false, smallBits: 16, bits: (t) => (t.role === 'token_embd' || t.role === 'output' ? 16 : (q?.bits ?? 8)) };
    case 'fp8':
      // FP8 checkpoints (llm-compressor / vLLM) leave embeddings and lm_head in BF16.
      return { gguf: false, smallBits: 16, bits: (t) => (t.role === 'token_embd' || t.role === 'output' ? 16 : 8) };
    case 'exl2':
      // ExLlamaV2: layers average the target bpw; head at 6 bits by default (convert.py -hb 6);
      // embeddings stay fp16.
      return {
        gguf: false,
        smallBits: 16,
        bits: (t) => (t.role === 'token_embd' ? 16 : t.role === 'output' ? 6 : (q?.bits ?? 4)),
      };
    case 'mlx': {
      // mlx-lm affine quantization, group 64: fp16 scale + fp16 bias per group → +0.5 bits;
      // embeddings and lm_head are quantized too (mlx_lm.convert default).
      const b = (q?.bits ?? 4) + 32 / 64;
      return { gguf: false, smallBits: 16, bits: () => b };
    }
    default:
      return { gguf: false, smallBits: 16, bits: () => 16 };
  }
}

const cache = new WeakMap<ModelSpec, Map<string, WeightComposition>>();

/** Composition of a model stored in a quant format (memoized per model object). */
export function weightComposition(m: ModelSpec, quantRaw: string, runtime?: Runtime): WeightComposition {
  const quant = normalizeQuant(quantRaw) ?? quantRaw;
  const ggufRt = runtime === undefined || runtime === 'llama.cpp' || runtime === 'ollama' || runtime === 'lm-studio';
  const key = `${quant}|${ggufRt ? 'g' : 'h'}`;
  let perModel = cache.get(m);
  if (!perModel) {
    perModel = new Map();
    cache.set(m, perModel);
  }
  const hit = perModel.get(key);
  if (hit) return hit;
  const res = compose(m, quant, runtime);
  perModel.set(key, res);
  return res;
}

function compose(m: ModelSpec, quant: string, runtime: Runtime | undefined): WeightComposition {
  const { bits, smallBits, gguf } = bitsFunction(m, quant, runtime);
  const k = ffnAnchor(m);
  const tensors = layerTensors(m, k);
  const small = layerSmallParams(m);
  const h = m.hiddenSize;
  const embedParams = m.vocabSize * h;
  const tokenEmbdBytes = (embedParams * bits({ role: 'token_embd', layer: 0, cols: h, expert: false })) / 8;
  // Tied models have no output tensor: the embedding doubles as the head (llama.cpp reads it on
  // the output side too), so the output layer only holds the final norm.
  const outputBytes = (m.tiedEmbeddings ? 0 : (embedParams * bits({ role: 'output', layer: 0, cols: h, expert: false })) / 8) + (h * smallBits) / 8;
  const E = m.expertsTotal ?? 0;
  const activeShare = E > 1 ? Math.min(1, (m.expertsActive ?? 1) / E) : 1;
  const layerBytes: number[] = new Array(m.layers);
  const layerExpertBytes: number[] = new Array(m.layers);
  const layerActiveBytes: number[] = new Array(m.layers);
  let activeParams = embedParams; // the output head (or tied embedding) is read every token
  let params = embedParams * (m.tiedEmbeddings ? 1 : 2) + h;
  for (let i = 0; i < m.layers; i++) {
    let bytes = (small * smallBits) / 8;
    let expertBytes = 0;
    for (const t of tensors) {
      const b = (t.params * bits({ role: t.role, layer: i, cols: t.cols, expert: t.expert })) / 8;
      bytes += b;
      if (t.expert) expertBytes += b;
    }
    layerBytes[i] = bytes;
    layerExpertBytes[i] = expertBytes;
    layerActiveBytes[i] = bytes - expertBytes * (1 - activeShare);
  }
  let layerParams = small;
  let layerActive = small;
  for (const t of tensors) {
    layerParams += t.params;
    layerActive += t.expert ? t.params * activeShare : t.params;
  }
  params += m.layers * layerParams;
  activeParams += m.layers * layerActive;
  const metadataBytes = gguf ? m.vocabSize * GGUF_METADATA_BYTES_PER_TOKEN : 0;
  let total = tokenEmbdBytes + outputBytes + metadataBytes;
  for (const b of layerBytes) total += b;
  return {
    fileBytes: total,
    params,
    bitsPerWeight: ((total - metadataBytes) * 8) / params,
    tokenEmbdBytes,
    outputBytes,
    layerBytes,
    layerExpertBytes,
    layerActiveBytes,
    activeParams,
    metadataBytes,
  };
}

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
    tokenEmbdBytes: c.tokenEmbdBytes * k,
    outputBytes: c.outputBytes * k,
    layerBytes: c.layerBytes.map((b) => b * k),
    layerExpertBytes: c.layerExpertBytes.map((b) => b * k),
    layerActiveBytes: c.layerActiveBytes.map((b) => b * k),
  };
}

