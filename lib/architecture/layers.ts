// From the compact architecture record to one resolved record per layer. Every token of the
// patterns must name a kind this model has a spec for; anything else is an error naming the token,
// so an unknown layer kind is never estimated as full attention.

import { FFN_KINDS, MIXER_KINDS, type FfnKind, type MixerKind } from './kinds';
import { parsePattern } from './pattern';
import type {
  Architecture,
  AttentionSpec,
  CompressedSpec,
  DenseSpec,
  IndexerSpec,
  LinearSpec,
  MambaSpec,
  MlaSpec,
  MoeSpec,
} from './schema';

/** Attention shape of one layer after the sliding overrides are applied. */
export interface ResolvedAttention {
  heads: number;
  kvHeads: number;
  headDim: number;
  valueHeadDim: number;
  qkNorm: AttentionSpec['qkNorm'];
  qkvBias: boolean;
  outputBias: boolean;
  outputGate: boolean;
  sinks: boolean;
  sharedKeyValue: boolean;
  headGate: boolean;
}

export type ResolvedMixer =
  | { kind: 'full'; attention: ResolvedAttention }
  | { kind: 'sliding'; attention: ResolvedAttention; window: number }
  | { kind: 'linear'; linear: LinearSpec }
  | { kind: 'mamba'; mamba: MambaSpec }
  | { kind: 'mla'; mla: MlaSpec }
  | { kind: 'dsa'; mla: MlaSpec; indexer: IndexerSpec }
  | { kind: 'compressed'; compressed: CompressedSpec; ratio: number; indexer: IndexerSpec | null }
  | { kind: 'none' };

export type ResolvedFfn =
  | { kind: 'dense'; dense: DenseSpec }
  | { kind: 'moe'; moe: MoeSpec; hashRouted: boolean }
  | { kind: 'none' };

export interface ResolvedLayer {
  index: number;
  mixer: ResolvedMixer;
  ffn: ResolvedFfn;
  /** Index of the layer whose KV this layer reads (KV sharing); null when it keeps its own. */
  kvFrom: number | null;
}

export interface ResolvedModel {
  layers: ResolvedLayer[];
  /** MTP blocks in order (index continues after the main stack). */
  mtpLayers: ResolvedLayer[];
}

export type ExpandResult = ({ ok: true } & ResolvedModel) | { ok: false; field: string; error: string };

/**
 * DeepSeek V4 builds the lightning indexer only on its ratio-4 compressed layers
 * (InternLM/lmdeploy@1263d5c:lmdeploy/pytorch/models/deepseek_v4.py, Attention.__init__).
 */
export const COMPRESSED_INDEXER_RATIO = 4;

type Fail = { ok: false; field: string; error: string };
const fail = (field: string, error: string): Fail => ({ ok: false, field, error });

function splitToken(token: string): { name: string; arg: number | null } {
  const colon = token.indexOf(':');
  if (colon < 0) return { name: token, arg: null };
  return { name: token.slice(0, colon), arg: Number(token.slice(colon + 1)) };
}

function resolveAttention(a: AttentionSpec): ResolvedAttention {
  return {
    heads: a.heads,
    kvHeads: a.kvHeads,
    headDim: a.headDim,
    valueHeadDim: a.valueHeadDim ?? a.headDim,
    qkNorm: a.qkNorm,
    qkvBias: a.qkvBias,
    outputBias: a.outputBias,
    outputGate: a.outputGate,
    sinks: a.sinks,
    sharedKeyValue: a.sharedKeyValue,
    headGate: a.headGate,
  };
}

function resolveMixer(arch: Architecture, token: string, field: string): ResolvedMixer | Fail {
  const { name, arg } = splitToken(token);
  if (!(MIXER_KINDS as readonly string[]).includes(name)) {
    return fail(field, `unknown layer kind "${name}" (known: ${MIXER_KINDS.join(', ')})`);
  }
  const kind = name as MixerKind;
  if (arg !== null && kind !== 'compressed') return fail(field, `"${token}": only "compressed" takes a ":ratio"`);
  const need = (spec: string) => fail(field, `"${kind}" layers need the "${spec}" spec`);
  switch (kind) {
    case 'full':
      return arch.attention ? { kind, attention: resolveAttention(arch.attention) } : need('attention');
    case 'sliding': {
      if (!arch.attention) return need('attention');
      if (!arch.sliding) return need('sliding');
      const base = resolveAttention(arch.attention);
      const s = arch.sliding;
      const headDim = s.headDim ?? base.headDim;
      const kvHeads = s.kvHeads ?? base.kvHeads;
      const heads = s.heads ?? base.heads;
      // kvHeads ≤ heads here: architectureSchema checks it, with the form's labels.
      const attention: ResolvedAttention = {
        ...base,
        heads,
        headDim,
        // A sliding override of head_dim applies to values too (Gemma 4: 256 local vs 512 global).
        valueHeadDim: s.headDim ?? base.valueHeadDim,
        kvHeads,
        sharedKeyValue: s.sharedKeyValue ?? base.sharedKeyValue,
        sinks: s.sinks ?? base.sinks,
      };
      return { kind, attention, window: s.window };
    }
    case 'linear':
      return arch.linear ? { kind, linear: arch.linear } : need('linear');
    case 'mamba':
      return arch.mamba ? { kind, mamba: arch.mamba } : need('mamba');
    case 'mla':
      return arch.mla ? { kind, mla: arch.mla } : need('mla');
    case 'dsa':
      if (!arch.mla) return need('mla');
      return arch.indexer ? { kind, mla: arch.mla, indexer: arch.indexer } : need('indexer');
    case 'compressed': {
      if (!arch.compressed) return need('compressed');
      if (arg === null || !Number.isSafeInteger(arg)) return fail(field, '"compressed" layers carry their ratio: "compressed:4", "compressed:0"');
      const indexed = arg === COMPRESSED_INDEXER_RATIO;
      if (indexed && !arch.indexer) return need('indexer');
      return { kind, compressed: arch.compressed, ratio: arg, indexer: indexed ? arch.indexer : null };
    }
    case 'none':
      return { kind };
  }
}

function resolveFfn(arch: Architecture, token: string, field: string, index: number): ResolvedFfn | Fail {
  const { name, arg } = splitToken(token);
  if (!(FFN_KINDS as readonly string[]).includes(name)) {
    return fail(field, `unknown FFN kind "${name}" (known: ${FFN_KINDS.join(', ')})`);
  }
  const kind = name as FfnKind;
  if (arg !== null && kind !== 'dense') return fail(field, `"${token}": only "dense" takes a ":width"`);
  switch (kind) {
    case 'dense': {
      if (!arch.dense) return fail(field, '"dense" layers need the "dense" spec');
      // "dense:12288" overrides the width for this layer (Gemma 3n per-layer widths, Gemma 4 double-wide MLPs).
      if (arg === null) return { kind, dense: arch.dense };
      if (!(arg >= 1 && arg <= 1_048_576)) return fail(field, `"${token}": width out of range`);
      return { kind, dense: { ...arch.dense, intermediateSize: arg } };
    }
    case 'moe':
      return arch.moe ? { kind, moe: arch.moe, hashRouted: index < arch.moe.hashLayers } : fail(field, '"moe" layers need the "moe" spec');
    case 'none':
      return { kind };
  }
}

/** Resolves every layer; the first problem is returned with the field it belongs to. */
export function expandLayers(arch: Architecture): ExpandResult {
  const mixers = parsePattern(arch.mixers);
  if (!mixers.ok) return fail('mixers', `${mixers.error} (at character ${mixers.position + 1})`);
  const ffns = parsePattern(arch.ffns);
  if (!ffns.ok) return fail('ffns', `${ffns.error} (at character ${ffns.position + 1})`);
  if (mixers.tokens.length !== arch.layers) {
    return fail('mixers', `the pattern has ${mixers.tokens.length} layers, the model ${arch.layers}`);
  }
  if (ffns.tokens.length !== arch.layers) return fail('ffns', `the pattern has ${ffns.tokens.length} layers, the model ${arch.layers}`);

  const layers: ResolvedLayer[] = [];
  for (let i = 0; i < arch.layers; i++) {
    const mixer = resolveMixer(arch, mixers.tokens[i]!, 'mixers');
    if ('ok' in mixer) return mixer;
    const ffn = resolveFfn(arch, ffns.tokens[i]!, 'ffns', i);
    if ('ok' in ffn) return ffn;
    if (mixer.kind === 'none' && ffn.kind === 'none') return fail('ffns', `layer ${i} has neither a mixer nor an FFN`);
    layers.push({ index: i, mixer, ffn, kvFrom: null });
  }

  // KV sharing: each of the last N layers reads the cache of the last earlier layer of its kind
  // (transformers Gemma3nTextConfig.kv_sharing_roles; llama.cpp's reuse callback for
  // LLM_ARCH_GEMMA3N/GEMMA4 in src/llama-model.cpp, CaffeeLake/advanced-gguf-quantizer@d5ac039).
  if (arch.kvSharedLayers > 0) {
    const first = arch.layers - arch.kvSharedLayers;
    for (let j = first; j < arch.layers; j++) {
      const layer = layers[j]!;
      if (layer.mixer.kind !== 'full' && layer.mixer.kind !== 'sliding') {
        return fail('kvSharedLayers', `layer ${j} shares KV but is "${layer.mixer.kind}", not attention`);
      }
      let from = -1;
      for (let i = first - 1; i >= 0; i--) {
        if (layers[i]!.mixer.kind === layer.mixer.kind) {
          from = i;
          break;
        }
      }
      if (from < 0) return fail('kvSharedLayers', `layer ${j} shares KV but no earlier "${layer.mixer.kind}" layer keeps one`);
      layer.kvFrom = from;
    }
  }

  const mtpLayers: ResolvedLayer[] = [];
  if (arch.mtp) {
    for (let k = 0; k < arch.mtp.layers; k++) {
      const index = arch.layers + k;
      const mixer = resolveMixer(arch, arch.mtp.mixer, 'mtp.mixer');
      if ('ok' in mixer) return mixer;
      const ffn = resolveFfn(arch, arch.mtp.ffn, 'mtp.ffn', index);
      if ('ok' in ffn) return ffn;
      mtpLayers.push({ index, mixer, ffn, kvFrom: null });
    }
  }
  return { ok: true, layers, mtpLayers };
}

// Records are not mutated once built, so one expansion per record object serves every caller
// (each estimate reads the layers several times).
const resolved = new WeakMap<Architecture, ResolvedModel>();

/** Like expandLayers, for records already validated by the schema: a failure here is a bug. Shared per record: do not mutate. */
export function resolvedLayers(arch: Architecture): ResolvedModel {
  const hit = resolved.get(arch);
  if (hit) return hit;
  const r = expandLayers(arch);
  if (!r.ok) throw new Error(`invalid architecture (${r.field}): ${r.error}`);
  const model = { layers: r.layers, mtpLayers: r.mtpLayers };
  resolved.set(arch, model);
  return model;
}
