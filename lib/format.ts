// Display formatting for numbers with units. GB here is decimal (1e9), GiB binary (2^30):
// labels say which, since the two differ by 7 %.

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

/** GPU memory is sold in binary gigabytes ("24 GB" = 24 GiB); show it the way the box says. */
export function formatMemoryCapacity(bytes: number): string {
  const gib = bytes / 2 ** 30;
  return `${Number.isInteger(gib) ? gib : trim(gib)} GB`;
}

export function formatTokensPerSec(value: number): string {
  return value >= 100 ? `${Math.round(value)}` : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function formatUsd(value: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
}

function trim(value: number): string {
  return value >= 10 ? value.toFixed(1).replace(/\.0$/, '') : value.toFixed(2).replace(/\.?0+$/, '');
}
