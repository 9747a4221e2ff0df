// The longest context that keeps a request's fit: binary search over tokens (memory only grows
// with context). The estimate reports it as maxContextTokens; the builder uses it for llama.cpp's
// --fit default context.

import { placeModel } from './place-model';
import type { PlacementContext } from './placement';
import { scaledComposition, weightComposition } from './weights';
import type { EstimateInput, Fit } from './types';

/**
 * Longest context (≤ model context) that keeps the current fit: full-GPU stays full-GPU; an
 * offloaded or CPU setup stays runnable. Binary search over tokens (memory is monotone in context).
 */
export function longestContextTokens(ctx: PlacementContext, current: Fit): number | null {
  if (current === 'unknown') return null;
  // The native window, or the documented extension when the request already reaches beyond it.
  const { nativeTokens, extendedTokens } = ctx.input.model.architecture.context;
  const limit = ctx.input.contextTokens > nativeTokens ? (extendedTokens ?? nativeTokens) : nativeTokens;
  const keepFull = current === 'full-gpu';
  const ok = (t: number): boolean => {
    const p = placeModel(ctx, t, keepFull);
    return keepFull ? p.fit === 'full-gpu' : p.fit !== 'does-not-fit';
  };
  if (ok(limit)) return limit;
  // Search in steps of 256 tokens (llama.cpp pads n_ctx to 256 anyway): ~9 probes instead of 17.
  const step = 256;
  if (!ok(step)) return 0;
  let lo = 1;
  let hi = Math.ceil(limit / step);
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (ok(mid * step)) lo = mid;
    else hi = mid;
  }
  return lo * step;
}


/** For a request on its own: the longest context keeping `keep` (default: the fit it has now). */
export function longestContextFor(input: EstimateInput, keep?: Fit): number | null {
  const comp = scaledComposition(weightComposition(input.model, input.quant, input.runtime), input.fileBytes);
  const ctx = { input, comp };
  return longestContextTokens(ctx, keep ?? placeModel(ctx, input.contextTokens).fit);
}
