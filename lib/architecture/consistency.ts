// Self-consistency: an architecture and the published parameter total must tell the same story.
// When they disagree by more than 10 %, say so, and when one FFN width explains the gap (the usual
// mistake: an MoE given config.json's dense `intermediate_size` where the expert width belongs),
// return the reading that reproduces the total instead of an estimate several times too large.

import { paramCounts } from './params';
import type { Architecture } from './schema';

/** Disagreement beyond which the architecture is not trusted as given. */
export const CONSISTENCY_TOLERANCE = 0.1;

export interface ConsistencyResult {
  /** The architecture to estimate with: the input, or the corrected reading. */
  architecture: Architecture;
  /** True when the input agreed with the total within the tolerance (no correction made). */
  consistent: boolean;
  /** Computed parameters of the input, and which reading of the total it was compared with. */
  computedParams: number;
  comparedAs: 'total' | 'without MTP' | 'language model';
  correction: { field: 'moe.expertWidth' | 'dense.intermediateSize'; from: number; to: number } | null;
  warnings: string[];
}

function readings(arch: Architecture): { as: ConsistencyResult['comparedAs']; params: number }[] {
  const c = paramCounts(arch);
  // Publishers count the whole checkpoint, or leave out the MTP block (DeepSeek's 671B), or the
  // towers (a text-only figure for a vision model): any of these may be the published total.
  return [
    { as: 'total', params: c.total },
    { as: 'without MTP', params: c.total - c.byGroup.mtp },
    { as: 'language model', params: c.languageModel },
  ];
}

function closest(arch: Architecture, published: number) {
  let best = readings(arch)[0]!;
  for (const r of readings(arch)) {
    if (Math.abs(r.params - published) < Math.abs(best.params - published)) best = r;
  }
  return best;
}

function withWidth(arch: Architecture, field: 'moe.expertWidth' | 'dense.intermediateSize', width: number): Architecture {
  if (field === 'moe.expertWidth') return { ...arch, moe: { ...arch.moe!, expertWidth: width } };
  return { ...arch, dense: { ...arch.dense!, intermediateSize: width } };
}

const fmt = (n: number) => `${(n / 1e9).toFixed(n < 1e10 ? 2 : 1)}B`;

/**
 * Compares an architecture with a published total. Parameter counts are linear in an FFN width,
 * so two evaluations give the width that reproduces the total exactly; it is rounded to a multiple
 * of 64 when that stays within 1 % (configs use such widths), else to a whole number.
 */
export function checkConsistency(arch: Architecture, publishedTotalParams: number): ConsistencyResult {
  const best = closest(arch, publishedTotalParams);
  const gap = best.params / publishedTotalParams;
  const base = { computedParams: best.params, comparedAs: best.as };
  if (Math.abs(gap - 1) <= CONSISTENCY_TOLERANCE) {
    return { architecture: arch, consistent: true, correction: null, warnings: [], ...base };
  }
  const ratio = gap >= 1 ? `${gap.toFixed(1)}× the` : `${(1 / gap).toFixed(1)}× below the`;
  const warnings = [`the architecture gives ${fmt(best.params)} parameters, ${ratio} published ${fmt(publishedTotalParams)}`];
  const field = arch.moe ? 'moe.expertWidth' : arch.dense ? 'dense.intermediateSize' : null;
  if (field) {
    const from = field === 'moe.expertWidth' ? arch.moe!.expertWidth : arch.dense!.intermediateSize;
    // Fit on the same reading the input was closest to.
    const at = (w: number) => readings(withWidth(arch, field, w)).find((r) => r.as === best.as)!.params;
    const p1 = at(from);
    const p2 = at(from + 64);
    const slope = (p2 - p1) / 64;
    if (slope > 0) {
      const exact = from + (publishedTotalParams - p1) / slope;
      const snapped = Math.round(exact / 64) * 64;
      const to = snapped >= 64 && Math.abs(at(snapped) / publishedTotalParams - 1) <= 0.01 ? snapped : Math.round(exact);
      if (to >= 1 && to <= 1_048_576) {
        const corrected = withWidth(arch, field, to);
        const after = at(to);
        if (Math.abs(after / publishedTotalParams - 1) <= CONSISTENCY_TOLERANCE) {
          const what = field === 'moe.expertWidth' ? 'expert width' : 'FFN width';
          const hint = field === 'moe.expertWidth' ? ' (config.json moe_intermediate_size, not the dense intermediate_size)' : '';
          warnings.push(`using the ${what} ${to} that reproduces the published total${hint}, instead of ${from}: ${fmt(after)} parameters`);
          return { architecture: corrected, consistent: false, correction: { field, from, to }, warnings, ...base };
        }
      }
    }
  }
  warnings.push('no single FFN width explains the difference; the estimate uses the shapes as given');
  return { architecture: arch, consistent: false, correction: null, warnings, ...base };
}
