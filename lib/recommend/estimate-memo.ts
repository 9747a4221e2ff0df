// Estimates for one ranking request, each candidate estimated once (the ranking, the
// explanations and the upgrade search ask about the same candidates). Nothing survives the request.

import { estimateChoice, type Estimate, type HardwareSpec, type Runtime } from '@/lib/estimate';
import { candidateChoice, type FormatGroup } from './candidates';

export class EstimateMemo {
  private map = new Map<string, Estimate>();
  /** Estimator calls made (for the bench and debugging). */
  runs = 0;

  get(g: FormatGroup, runtime: Runtime, spec: HardwareSpec, contextTokens: number): Estimate {
    const key = `${g.model.slug}|${g.format}|${runtime}|${hardwareKey(spec)}|${contextTokens}`;
    let e = this.map.get(key);
    if (!e) {
      e = estimateChoice(candidateChoice(g, runtime, spec, contextTokens));
      this.runs++;
      this.map.set(key, e);
    }
    return e;
  }
}

const hardwareKeys = new WeakMap<HardwareSpec, string>();

/** What identifies a hardware spec in the memo (computed once per spec object). */
function hardwareKey(spec: HardwareSpec): string {
  let key = hardwareKeys.get(spec);
  if (!key) {
    key = JSON.stringify([spec.devices.map((d) => [d.slug ?? d.name, d.kind, d.memoryBytes, d.bandwidthGBps, d.count ?? 1]), spec.systemMemoryBytes, spec.systemBandwidthGBps, spec.cluster, spec.link, spec.os]);
    hardwareKeys.set(spec, key);
  }
  return key;
}
