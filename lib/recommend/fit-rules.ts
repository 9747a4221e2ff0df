// Which fits a machine accepts: shared by the ranking and its explanations.

import type { Estimate } from '@/lib/estimate';
import type { EngineChoice } from './candidates';
import type { ProfileFacts } from './hardware';

/** Fits this machine accepts: Apple (one Mac or an exo cluster) needs the whole model under the Metal cap; vLLM and MLX never offload. */
export function acceptedFit(e: Estimate, facts: ProfileFacts, engine: EngineChoice['engine']): boolean {
  if (facts.platform === 'cpu') return e.fit === 'cpu-only' || e.fit === 'full-gpu';
  if (facts.platform === 'apple' || engine !== 'gguf') return e.fit === 'full-gpu';
  return e.fit === 'full-gpu' || e.fit === 'partial-offload';
}
