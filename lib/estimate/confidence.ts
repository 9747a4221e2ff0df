/**
 * How far an estimate can be trusted: one level, and the reasons it is not higher. Every part of the
 * estimate that weakens it adds a limit; the estimate takes the lowest, and says the reasons at it.
 */
export type ConfidenceLevel = 'high' | 'medium' | 'low';

export interface ConfidenceLimit {
  level: Exclude<ConfidenceLevel, 'high'>;
  /** A short clause a reader sees after "medium confidence:" ("layers offloaded to system RAM"). */
  reason: string;
}

export interface Confidence {
  level: ConfidenceLevel;
  /** Why the level is not higher: the reasons of the limits at that level, in order (none when high). */
  reasons: string[];
}

const RANK: Record<ConfidenceLevel, number> = { low: 0, medium: 1, high: 2 };

export function confidenceFrom(limits: readonly ConfidenceLimit[]): Confidence {
  let level: ConfidenceLevel = 'high';
  for (const l of limits) if (RANK[l.level] < RANK[level]) level = l.level;
  const reasons = [...new Set(limits.filter((l) => l.level === level).map((l) => l.reason))];
  return { level, reasons };
}

/**
 * What a speed band's width lets the estimate claim. A band is [x / f, x · f], holding 85 % (decode)
 * or 75 % (prefill) of the measurements its fit never saw. Up to ×1.5 the speed is right to within
 * half: high. Past ×2.5 the likely range spans more than six times: low. These are the labels'
 * definitions, not fitted constants.
 */
export const BAND_CONFIDENCE = { high: 1.5, medium: 2.5 } as const;

export function bandLimit(factor: number, metric: 'decode' | 'prefill', backend: string): ConfidenceLimit | null {
  if (factor <= BAND_CONFIDENCE.high) return null;
  const level = factor > BAND_CONFIDENCE.medium ? 'low' : 'medium';
  return { level, reason: `${metric} on ${backend} is known only to within ×${factor.toFixed(2)}` };
}
