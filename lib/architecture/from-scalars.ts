// The short scalar description of a 2024-style transformer (the API's `model.architecture`: layers,
// widths, heads, an optional sliding window with one global layer every N, MLA ranks, one expert
// count and width) written as the exact record it describes. Layers slide or attend fully as that
// rule places them; every FFN is dense, or MoE with the one expert width.

import { formatPattern } from './pattern';
import type { ArchitectureInput } from './schema';

export interface ScalarShape {
  layers: number;
  hiddenSize: number;
  vocabSize: number;
  tiedEmbeddings: boolean;
  attentionHeads: number;
  kvHeads: number;
  headDim: number;
  /** Dense FFN width (or the expert width of an MoE that gives no expert width of its own). */
  intermediateSize: number | null;
  contextTokens: number;
  slidingWindow: number | null;
  globalLayerEvery: number | null;
  mla: { kvLoraRank: number; ropeHeadDim: number; qLoraRank: number | null } | null;
  experts: { total: number; active: number; width: number | null; shared: number } | null;
}

/** The record a scalar shape describes (schema defaults fill the rest when it is parsed). */
export function architectureFromScalars(s: ScalarShape): ArchitectureInput {
  const L = s.layers;
  const ffnWidth = s.intermediateSize ?? 4 * s.hiddenSize;
  const sliding = s.mla === null && s.slidingWindow !== null && s.slidingWindow < s.contextTokens && s.globalLayerEvery !== 1;
  let mixers: string[];
  if (s.mla) mixers = new Array<string>(L).fill('mla');
  else if (!sliding) mixers = new Array<string>(L).fill('full');
  else {
    const every = s.globalLayerEvery;
    // One global layer every N: layers N, 2N, … (1-based) attend fully, as Gemma's configs place them.
    mixers = Array.from({ length: L }, (_, i) => (every !== null && (i + 1) % every === 0 ? 'full' : 'sliding'));
  }
  const moe = s.experts !== null && s.experts.total > 1;
  return {
    modelType: 'custom',
    hiddenSize: s.hiddenSize,
    vocabSize: s.vocabSize,
    tiedEmbeddings: s.tiedEmbeddings,
    layers: L,
    mixers: formatPattern(mixers),
    ffns: `${moe ? 'moe' : 'dense'}*${L}`,
    ...(s.mla
      ? {
          mla: {
            heads: s.attentionHeads,
            qLoraRank: s.mla.qLoraRank && s.mla.qLoraRank > 0 ? s.mla.qLoraRank : null,
            kvLoraRank: s.mla.kvLoraRank,
            qkNopeHeadDim: Math.max(1, s.headDim - s.mla.ropeHeadDim),
            qkRopeHeadDim: s.mla.ropeHeadDim,
            vHeadDim: Math.max(1, s.headDim - s.mla.ropeHeadDim),
          },
        }
      : { attention: { heads: s.attentionHeads, kvHeads: s.kvHeads, headDim: s.headDim } }),
    ...(sliding ? { sliding: { window: s.slidingWindow! } } : {}),
    ...(moe
      ? { moe: { experts: s.experts!.total, activeExperts: s.experts!.active, expertWidth: s.experts!.width ?? ffnWidth, sharedExperts: s.experts!.shared } }
      : { dense: { intermediateSize: ffnWidth } }),
    context: { nativeTokens: s.contextTokens },
  };
}
