// The estimator's own guard on model shapes: the request schema and the catalog schema already
// hold every number to its physical range (lib/schemas/physical-limits.ts), but a catalog row
// written before those ranges existed, or by hand-written SQL, reaches the estimator without
// passing either. A shape outside the ranges is refused with the field named, before any loop
// runs once per layer.

import { MODEL_LIMITS } from '../schemas/physical-limits';
import type { ModelSpec } from './types';

export interface ShapeProblem {
  /** The ModelSpec field, e.g. "layers". */
  field: string;
  message: string;
}

/** Fields of a ModelSpec and the limit each is held to; null values (absent features) pass. */
const CHECKS: readonly [keyof ModelSpec, number, 'count' | 'amount' | 'zero-or-count'][] = [
  ['totalParams', MODEL_LIMITS.params, 'amount'],
  ['activeParams', MODEL_LIMITS.params, 'amount'],
  ['layers', MODEL_LIMITS.layers, 'count'],
  ['hiddenSize', MODEL_LIMITS.hiddenSize, 'count'],
  ['intermediateSize', MODEL_LIMITS.intermediateSize, 'count'],
  ['attentionHeads', MODEL_LIMITS.attentionHeads, 'count'],
  ['kvHeads', MODEL_LIMITS.kvHeads, 'count'],
  ['headDim', MODEL_LIMITS.headDim, 'count'],
  ['vocabSize', MODEL_LIMITS.vocabSize, 'count'],
  ['contextLength', MODEL_LIMITS.contextLength, 'count'],
  ['slidingWindow', MODEL_LIMITS.slidingWindow, 'count'],
  ['globalLayerEvery', MODEL_LIMITS.globalLayerEvery, 'count'],
  ['mlaKvLoraRank', MODEL_LIMITS.mlaKvLoraRank, 'count'],
  ['mlaRopeHeadDim', MODEL_LIMITS.mlaRopeHeadDim, 'zero-or-count'],
  ['mlaQLoraRank', MODEL_LIMITS.mlaKvLoraRank, 'zero-or-count'],
  ['expertsTotal', MODEL_LIMITS.expertsTotal, 'count'],
  ['expertsActive', MODEL_LIMITS.expertsActive, 'count'],
  ['expertIntermediateSize', MODEL_LIMITS.intermediateSize, 'count'],
  ['sharedExperts', MODEL_LIMITS.expertsTotal, 'zero-or-count'],
  ['projectorBytes', MODEL_LIMITS.projectorBytes, 'amount'],
];

/** The first field of `model` outside its physical range, or null when the shape is plausible. */
export function modelShapeProblem(model: ModelSpec): ShapeProblem | null {
  for (const [field, max, kind] of CHECKS) {
    const value = model[field];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) return { field, message: `${field} must be a finite number` };
    const whole = kind !== 'amount';
    const min = kind === 'count' ? 1 : 0;
    if ((whole && !Number.isInteger(value)) || value < min || value > max) {
      return { field, message: `${field} = ${value} is outside the physical range ${min}–${max.toLocaleString('en-US')}${whole ? ' (a whole number)' : ''}` };
    }
  }
  return null;
}

/** Thrown by estimate() for a shape outside the physical ranges; `field` names the ModelSpec field. */
export class ShapeRangeError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = 'ShapeRangeError';
  }
}
