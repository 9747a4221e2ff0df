// Public wrapper: longest context that keeps the request's fit (see placement.maxContextTokens).

import { maxContextTokens, plan } from './placement';
import { scaledComposition, weightComposition } from './weights';
import type { EstimateInput } from './types';

export function maxContextTokensFor(input: EstimateInput): number | null {
  const comp = scaledComposition(weightComposition(input.model, input.quant, input.runtime), input.fileBytes);
  const ctx = { input, comp };
  return maxContextTokens(ctx, plan(ctx, input.contextTokens).fit);
}
