// Scoring: speed on a log scale, quality on a continuous scale from the estimator's quality model
// (with a generation allowance and the use-case fit), blended linearly by priority (linearity keeps
// "more quality priority never picks a lower-quality winner" true).

import type { Quality, QualityLabel } from '@/lib/estimate';
import type { CatalogModel, Feel, Needs } from './types';

/**
 * Decode-speed labels. "Reading speed" starts at 8 tok/s: adults read English non-fiction silently
 * at about 238 words per minute (Brysbaert 2019, "How many words do we read per minute? A review
 * and meta-analysis of reading rate", Journal of Memory and Language 109, 104047), i.e. ≈ 4 words/s
 * ≈ 5.3 tokens/s at ~1.3 tokens per English word; 8 tok/s stays ahead of a reader with margin
 * (code and non-English text take more tokens per word). Below 3 tok/s output trails a reader badly.
 */
export const FEEL_THRESHOLDS = { instant: 40, fast: 20, reading: 8, slow: 3 } as const;
export const TOO_SLOW_TOKENS_PER_SEC = FEEL_THRESHOLDS.slow;

export function feelFor(tokensPerSec: number | null | undefined): Feel {
  const t = tokensPerSec ?? 0;
  if (t >= FEEL_THRESHOLDS.instant) return 'instant';
  if (t >= FEEL_THRESHOLDS.fast) return 'fast';
  if (t >= FEEL_THRESHOLDS.reading) return 'reading speed';
  if (t >= FEEL_THRESHOLDS.slow) return 'slow';
  return 'too slow';
}

const SPEED_MIN = 2;
/** 1.5 × reading speed: output comfortably ahead of the reader. */
const SPEED_COMFORT = 1.5 * FEEL_THRESHOLDS.reading;
const SPEED_INSTANT = FEEL_THRESHOLDS.instant;
/** Share of the speed score earned by the time output is comfortably ahead of reading. */
const SPEED_AT_COMFORT = 0.85;

/**
 * 0 at ≤ 2 tok/s, 0.85 at 12 tok/s, 1 at ≥ 40 tok/s ("instant"), logarithmic in each stretch.
 * Returns diminish once text outruns the reader, so a much better model at 16 tok/s is not
 * buried under small ones at 100 tok/s.
 */
export function speedScore(tokensPerSec: number): number {
  if (!(tokensPerSec > SPEED_MIN)) return 0;
  if (tokensPerSec < SPEED_COMFORT) return (SPEED_AT_COMFORT * Math.log(tokensPerSec / SPEED_MIN)) / Math.log(SPEED_COMFORT / SPEED_MIN);
  return Math.min(1, SPEED_AT_COMFORT + ((1 - SPEED_AT_COMFORT) * Math.log(tokensPerSec / SPEED_COMFORT)) / Math.log(SPEED_INSTANT / SPEED_COMFORT));
}

// Effective quality score is log10 of dense-equivalent parameters: 0.5B ≈ 8.7, 200B ≈ 11.3.
const EQS_MIN = 8.7;
const EQS_MAX = 11.3;
/** Quality multiplier for a model with no rating for the use case (it was not judged fit for it). */
const UNRATED_PENALTY = 0.4;

export function ratingFor(model: CatalogModel, useCase: Needs['useCase']): number | null {
  return model.strengths.find((s) => s.useCase === useCase)?.rating ?? null;
}

/**
 * The use-case rating (editorial, 1–5) only says how well a model suits the task: it scales the
 * measured quality by 0.8 (rated 1) … 1.0 (rated 5), so the continuous quality model sets the order
 * and a rating moves a model by at most a fifth.
 */
function fitForUseCase(rating: number | null): number {
  if (rating === null) return UNRATED_PENALTY;
  return 0.75 + 0.05 * Math.max(1, Math.min(5, rating));
}

/**
 * Newer generations do more per parameter. The "densing law" (Xiao et al. 2024, "Densing Law of
 * LLMs", arXiv:2412.04315) measured the capability per parameter of open models doubling about every
 * 3.3 months; we count a quarter of that rate, one doubling a year (log10 2 per year of age), capped
 * at three years, so that age orders models of one size without burying a much larger older one.
 */
const GENERATION_LOG10_PARAMS_PER_YEAR = Math.log10(2);
const MAX_AGE_YEARS = 3;
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** Years between a model's release and the newest release in the catalog (0 when either is unknown). */
export function ageYears(releaseDate: string | null, newestReleaseDate: string | null): number {
  if (!releaseDate || !newestReleaseDate) return 0;
  const t = Date.parse(releaseDate);
  const newest = Date.parse(newestReleaseDate);
  if (!Number.isFinite(t) || !Number.isFinite(newest)) return 0;
  return Math.max(0, Math.min(MAX_AGE_YEARS, (newest - t) / YEAR_MS));
}

/**
 * Relative perplexity loss treated as none when ranking (Q5_K_M on an 8B model and better: +0.9 %,
 * llama.cpp's scoreboard): a user cannot tell these apart, so they should not outrank a faster,
 * smaller file of the same model.
 */
export const NEAR_LOSSLESS = 0.01;

/** How hard the quant's perplexity increase counts: +10 % perplexity costs a quarter of the score. */
const LOSS_WEIGHT = 2.5;

export interface QualityInputs {
  /** The estimator's effective quality score (log10 dense-equivalent parameters after the quant). */
  effectiveQualityScore: number;
  rating: number | null;
  /** The quant's relative perplexity increase (0 = lossless). */
  relativeLoss?: number;
  /** Years older than the newest model in the catalog (ageYears). */
  ageYears?: number;
}

/**
 * 0..1 quality on a continuous scale: the quality model's dense-equivalent size after the quant
 * (lib/estimate/quality.ts), less a generation allowance for older models, scaled down by the
 * quant's relative perplexity loss (so a 3-bit or 2-bit file has to be much bigger to beat a 4–6-bit
 * one) and by the use-case fit.
 */
export function qualityScore(q: QualityInputs): number {
  const generational = q.effectiveQualityScore - GENERATION_LOG10_PARAMS_PER_YEAR * Math.max(0, Math.min(MAX_AGE_YEARS, q.ageYears ?? 0));
  const size = Math.max(0, Math.min(1, (generational - EQS_MIN) / (EQS_MAX - EQS_MIN)));
  const keep = Math.max(0, 1 - LOSS_WEIGHT * Math.max(0, q.relativeLoss ?? 0));
  return size * keep * fitForUseCase(q.rating);
}

export function blend(priority: number, speed: number, quality: number): number {
  const p = Math.max(0, Math.min(1, Number.isFinite(priority) ? priority : 0.5));
  return (1 - p) * speed + p * quality;
}

const NOTE: Record<QualityLabel, string> = {
  lossless: 'Indistinguishable from the 16-bit original',
  'near-lossless': 'Practically the same as the 16-bit original',
  'small loss': 'Small quality loss, rarely noticeable in use',
  'noticeable loss': 'Noticeable quality loss: fine for chat, weaker on precise work',
  'heavy loss': 'Heavy quality loss: expect mistakes a larger quant would not make',
};

export function qualityNote(q: Quality): string {
  const pct = q.relativeLoss * 100;
  const shown = pct < 0.1 ? '<0.1' : pct < 10 ? pct.toFixed(1) : pct.toFixed(0);
  return `${NOTE[q.label]} (+${shown} % perplexity vs 16-bit).`;
}
