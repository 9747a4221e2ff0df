// Per-request memo of estimator calls, and the fit rules shared by ranking and explanations.

import { estimate, type Estimate, type HardwareSpec, type Runtime } from '@/lib/estimate';
import { estimateInput, type EngineChoice, type FormatGroup } from './candidates';
import type { ProfileFacts } from './hardware';

/** Memoised estimator calls for one request (no cache survives the call). */
export class EstimateCache {
  private map = new Map<string, Estimate>();
  runs = 0;
  get(g: FormatGroup, runtime: Runtime, spec: HardwareSpec, specKey: string, contextTokens: number, parallel = 1): Estimate {
    const key = `${g.model.slug}|${g.format}|${runtime}|${specKey}|${contextTokens}|${parallel}`;
    let e = this.map.get(key);
    if (!e) {
      e = estimate(estimateInput(g, runtime, spec, contextTokens, parallel));
      this.runs++;
      this.map.set(key, e);
    }
    return e;
  }
}

export function specKeyOf(spec: HardwareSpec): string {
  return JSON.stringify([spec.devices.map((d) => [d.slug ?? d.name, d.kind, d.memoryBytes, d.bandwidthGBps, d.count ?? 1]), spec.systemMemoryBytes, spec.systemBandwidthGBps, spec.cluster]);
}

/** Fits this machine accepts: Apple needs the whole model under the Metal cap; vLLM and MLX never offload. */
export function acceptedFit(e: Estimate, facts: ProfileFacts, engine: EngineChoice['engine']): boolean {
  if (facts.platform === 'cpu') return e.fit === 'cpu-only' || e.fit === 'full-gpu';
  if (facts.platform === 'apple' || engine !== 'gguf') return e.fit === 'full-gpu';
  return e.fit === 'full-gpu' || e.fit === 'partial-offload';
}

/** Rank tier: full GPU first, then partial offload (CPU machines: everything is tier 0). */
export function fitTier(e: Estimate, facts: ProfileFacts): number {
  if (facts.platform === 'cpu') return 0;
  return e.fit === 'full-gpu' ? 0 : 1;
}
