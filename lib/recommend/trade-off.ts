// One line per pick saying what it trades against a reference pick: size against speed, and why
// (experts or layers in RAM, MLX instead of llama.cpp).

import type { Fit } from '@/lib/estimate';

export interface TradeOffSide {
  name: string;
  /** Total parameters (what "a bigger model" means to a reader). */
  totalParams: number;
  /** Expected decode tokens/s. */
  tokensPerSec: number;
  fit: Fit;
  /** Layers whose routed experts stay in system RAM. */
  expertLayersInRam: number;
  /** Whole layers in system RAM. */
  layersInRam: number;
  format: string;
  runtime: string;
  /** The quant's relative perplexity increase over 16-bit. */
  relativeLoss: number;
}

function times(x: number): string {
  return `${x >= 10 ? Math.round(x) : x.toFixed(1)}×`;
}

/** "1.8× the speed", "half the speed", "the same speed", "30 % of the speed". */
export function speedWords(ratio: number): string {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return 'no speed estimate';
  if (ratio >= 1.15) return `${times(ratio)} the speed`;
  if (ratio > 0.87) return 'about the same speed';
  if (ratio >= 0.42 && ratio <= 0.58) return 'half the speed';
  return `${Math.round(ratio * 100)} % of the speed`;
}

/** "2.1× bigger model than X", "3.0× smaller model than X", "the same size as X". */
function sizeWords(ratio: number, than: string): string {
  if (ratio >= 1.1) return `${times(ratio)} bigger model than ${than}`;
  if (ratio <= 1 / 1.1) return `${times(1 / ratio)} smaller model than ${than}`;
  return `the same size as ${than}`;
}

const lossPct = (loss: number): string => `+${loss * 100 < 1 ? (loss * 100).toFixed(1) : Math.round(loss * 100)} %`;

/**
 * The pick's trade-off against `reference` (for offloaded picks, the best pick that fits whole; else
 * the next pick up the list) or, for an MLX pick that replaced a llama.cpp one, against that.
 */
export function tradeOffLine(self: TradeOffSide, reference: TradeOffSide | null, replaced: TradeOffSide | null): string {
  if (replaced) {
    return `MLX instead of llama.cpp ${replaced.format}: ${speedWords(self.tokensPerSec / replaced.tokensPerSec)}, at ${lossPct(self.relativeLoss)} perplexity against ${lossPct(replaced.relativeLoss)}.`;
  }
  if (!reference) return self.fit === 'full-gpu' ? 'Fits whole in fast memory; nothing else in the list to weigh it against.' : 'The only pick that runs here.';
  const speed = speedWords(self.tokensPerSec / reference.tokensPerSec);
  if (self.fit === 'partial-offload') {
    const what = self.expertLayersInRam > 0 && self.layersInRam === 0 ? 'Experts in RAM' : 'Layers in RAM';
    return `${what}: ${sizeWords(self.totalParams / reference.totalParams, `${reference.name} (fully on the GPU)`)}, ${speed}.`;
  }
  const size = sizeWords(self.totalParams / reference.totalParams, reference.name);
  return `${size.charAt(0).toUpperCase()}${size.slice(1)}, ${speed}.`;
}
