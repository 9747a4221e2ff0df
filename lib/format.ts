// Display formatting for numbers with units. GB here is decimal (1e9), GiB binary (2^30):
// labels say which, since the two differ by 7 %. Memory is sold in binary units under a decimal
// name (an "8 GB" Mac or a "24 GB" card has 8 or 24 GiB): names keep the vendor's "GB", every
// memory figure the site shows is GiB.

import type { Fit } from '@/lib/enums';
import type { Estimate } from '@/lib/estimate/types';

export function formatParams(params: number): string {
  if (params >= 1e12) return `${trim(params / 1e12)}T`;
  if (params >= 1e9) return `${trim(params / 1e9)}B`;
  return `${trim(params / 1e6)}M`;
}

export function formatBytes(bytes: number, unit: 'GB' | 'GiB' = 'GB'): string {
  const divisor = unit === 'GB' ? 1e9 : 2 ** 30;
  const value = bytes / divisor;
  if (value < 1) {
    const small = unit === 'GB' ? bytes / 1e6 : bytes / 2 ** 20;
    return `${Math.round(small)} ${unit === 'GB' ? 'MB' : 'MiB'}`;
  }
  return `${value >= 100 ? Math.round(value) : trim(value)} ${unit}`;
}

export function formatTokensPerSec(value: number): string {
  return value >= 100 ? `${Math.round(value)}` : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** A count of tokens (or anything countable) with thousands separators: 16,384. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

export function formatUsd(value: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
}

function trim(value: number): string {
  return value >= 10 ? value.toFixed(1).replace(/\.0$/, '') : value.toFixed(2).replace(/\.?0+$/, '');
}

/** What each fit means to a reader; every page labels fits with these words. */
const FIT_LABELS: Record<Fit, string> = {
  'full-gpu': 'Fits on the GPU',
  'partial-offload': 'Partly in system RAM',
  'cpu-only': 'Runs on the CPU',
  'does-not-fit': 'Does not fit',
  unknown: 'Memory only (no hardware given)',
};

/** An estimate's headline figures as every surface shows them (one formatter, so they read the same everywhere). */
export interface EstimateFigures {
  /** Everything resident, GiB. */
  memory: string;
  fit: string;
  /** Expected decode tokens/s, '—' without hardware. */
  decode: string;
  /** Likely decode range, "low–high". */
  decodeBand: string;
  /** Expected prefill tokens/s. */
  prefill: string;
  /** "medium confidence: <why>": the level and the reasons it is not higher. */
  confidence: string;
}

export function estimateFigures(e: Estimate): EstimateFigures {
  const d = e.speed?.decodeTokensPerSec;
  const p = e.speed?.prefillTokensPerSec;
  return {
    memory: formatBytes(e.memory.totalBytes, 'GiB'),
    fit: FIT_LABELS[e.fit],
    decode: d ? formatTokensPerSec(d.expected) : '—',
    decodeBand: d ? `${formatTokensPerSec(d.low)}–${formatTokensPerSec(d.high)}` : '—',
    prefill: p ? formatTokensPerSec(p.expected) : '—',
    confidence: e.confidenceReasons.length > 0 ? `${e.confidence} confidence: ${e.confidenceReasons.join('; ')}` : `${e.confidence} confidence`,
  };
}
