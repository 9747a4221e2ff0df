// Parameter counts derived from the tensor list: totals by group, per layer, and the parameters a
// decoded token touches.

import { TENSOR_GROUPS, type TensorGroup } from './kinds';
import { resolvedLayers } from './layers';
import type { Architecture } from './schema';
import { modelTensors, tensorParams, type TensorSpec } from './tensors';

export interface ParamCounts {
  /** Every parameter of the checkpoint this architecture describes (towers and MTP included). */
  total: number;
  /** The language model alone: total minus towers and MTP blocks. */
  languageModel: number;
  /**
   * Parameters one text token runs through in the main pass: everything of the language model
   * except the routed experts it does not pick (experts × activeExperts / experts).
   */
  active: number;
  byGroup: Record<TensorGroup, number>;
  /** Parameters of each decoder layer of the main stack (index = layer). */
  perLayer: number[];
}

const cache = new WeakMap<Architecture, { tensors: TensorSpec[]; counts: ParamCounts }>();

function compute(arch: Architecture): { tensors: TensorSpec[]; counts: ParamCounts } {
  const tensors = modelTensors(arch);
  const byGroup = Object.fromEntries(TENSOR_GROUPS.map((g) => [g, 0])) as Record<TensorGroup, number>;
  const perLayer: number[] = new Array(arch.layers).fill(0);
  let total = 0;
  for (const t of tensors) {
    const p = tensorParams(t);
    total += p;
    byGroup[t.group] += p;
    if (t.layer !== null && t.layer < arch.layers && t.group !== 'mtp') perLayer[t.layer]! += p;
  }
  const languageModel = total - byGroup['vision-tower'] - byGroup['audio-tower'] - byGroup.mtp;
  let inactive = 0;
  const { layers } = resolvedLayers(arch);
  for (const layer of layers) {
    if (layer.ffn.kind !== 'moe') continue;
    const m = layer.ffn.moe;
    const share = 1 - m.activeExperts / m.experts;
    for (const t of tensors) {
      if (t.layer === layer.index && t.group === 'routed-experts') inactive += tensorParams(t) * share;
    }
  }
  return { tensors, counts: { total, languageModel, active: languageModel - inactive, byGroup, perLayer } };
}

function memo(arch: Architecture) {
  let hit = cache.get(arch);
  if (!hit) {
    hit = compute(arch);
    cache.set(arch, hit);
  }
  return hit;
}

/** Parameter counts of an architecture (memoized per record object). */
export function paramCounts(arch: Architecture): ParamCounts {
  return memo(arch).counts;
}

/** The tensor list behind paramCounts (memoized per record object). */
export function tensorsOf(arch: Architecture): readonly TensorSpec[] {
  return memo(arch).tensors;
}
