// The estimator's own guard on model shapes: the request schema and the catalog schema already
// hold every number to its physical range (lib/schemas/physical-limits.ts), but a catalog row
// written before those ranges existed, or by hand-written SQL, reaches the estimator without
// passing either. A shape outside the ranges is refused with the field named, before any loop
// runs once per layer.

import { expandLayers } from '../architecture/layers';
import { architectureSchema } from '../architecture/schema';
import { MODEL_LIMITS } from '../schemas/physical-limits';
import type { ModelSpec } from './types';

export interface ShapeProblem {
  /** The ModelSpec field, e.g. "layers". */
  field: string;
  message: string;
}

/** Fields of a ModelSpec beside its architecture and the limit each is held to; null values pass. */
const CHECKS: readonly ['totalParams' | 'activeParams' | 'projectorBytes', number][] = [
  ['totalParams', MODEL_LIMITS.params],
  ['activeParams', MODEL_LIMITS.params],
  ['projectorBytes', MODEL_LIMITS.projectorBytes],
];

const architectureProblems = new WeakMap<object, ShapeProblem | null>();

/**
 * The architecture record's first problem: outside its schema (physical ranges included), or a
 * layer pattern that does not expand (an unknown layer kind, a token without its spec). Memoized
 * per record object: the catalog's records are checked once, not once per estimate.
 */
function architectureProblem(a: unknown): ShapeProblem | null {
  if (a === null || typeof a !== 'object') return { field: 'architecture', message: 'architecture is missing' };
  if (architectureProblems.has(a)) return architectureProblems.get(a) ?? null;
  let problem: ShapeProblem | null = null;
  const parsed = architectureSchema.safeParse(a);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? issue.path.map(String).join('.') : '';
    problem = { field: `architecture${path ? `.${path}` : ''}`, message: issue?.message ?? 'invalid architecture' };
  } else {
    const expanded = expandLayers(parsed.data);
    if (!expanded.ok) problem = { field: `architecture.${expanded.field}`, message: expanded.error };
  }
  architectureProblems.set(a, problem);
  return problem;
}

/** The first field of `model` outside its physical range, or null when the shape is plausible. */
export function modelShapeProblem(model: ModelSpec): ShapeProblem | null {
  for (const [field, max] of CHECKS) {
    const value = model[field];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) return { field, message: `${field} must be a finite number` };
    if (value < 0 || value > max) return { field, message: `${field} = ${value} is outside the physical range 0–${max.toLocaleString('en-US')}` };
  }
  return architectureProblem(model.architecture);
}

/** Thrown by estimate() for a shape outside the physical ranges; `field` names the ModelSpec field. */
export class ShapeRangeError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = 'ShapeRangeError';
  }
}
