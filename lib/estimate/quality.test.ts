import { describe, expect, it } from 'vitest';
import { effectiveQualityScore, qualityFor, relativeLoss } from './quality';
import { seedModel } from '@/tests/support/seed-catalog';

const l8 = seedModel('llama-3.1-8b-instruct');
const l70 = seedModel('llama-3.1-70b-instruct');

describe('quality', () => {
  it.each([
    ['F16', 'lossless'],
    ['Q8_0', 'lossless'],
    ['Q6_K', 'near-lossless'],
    ['Q5_K_M', 'near-lossless'],
    ['Q4_K_M', 'small loss'],
    ['Q4_0', 'noticeable loss'],
    ['Q3_K_M', 'noticeable loss'],
    ['Q2_K', 'heavy loss'],
    ['IQ1_S', 'heavy loss'],
  ])('Llama 3 8B %s → %s', (q, label) => {
    expect(qualityFor(q, l8).label).toBe(label);
  });

  it('Q4_K_M on the 8B reference is the scoreboard value (+2.8 % PPL)', () => {
    expect(relativeLoss('Q4_K_M', { ...l8, totalParams: 8e9 })).toBeCloseTo(0.02815, 4);
  });

  it('bigger models lose less at the same quant', () => {
    expect(relativeLoss('Q4_K_M', l70)).toBeLessThan(relativeLoss('Q4_K_M', l8));
  });

  it('fewer bits lose more', () => {
    const order = ['Q8_0', 'Q6_K', 'Q5_K_M', 'Q4_K_M', 'Q3_K_M', 'Q2_K', 'IQ1_S'];
    for (let i = 1; i < order.length; i++) expect(relativeLoss(order[i]!, l8)).toBeGreaterThan(relativeLoss(order[i - 1]!, l8));
  });

  it('MLX affine widths lose less with every bit, and 5-bit lands beside the scoreboard\'s round-to-nearest 5-bit rows', () => {
    const mlx = ['MLX-8BIT', 'MLX-6BIT', 'MLX-5BIT', 'MLX-4BIT'].map((q) => relativeLoss(q, l8));
    for (let i = 1; i < mlx.length; i++) expect(mlx[i]!).toBeGreaterThan(mlx[i - 1]!);
    expect(relativeLoss('MLX-5BIT', l8)).toBeGreaterThan(0.8 * relativeLoss('Q5_1', l8));
    expect(relativeLoss('MLX-5BIT', l8)).toBeLessThan(1.2 * relativeLoss('Q5_0', l8));
    expect(relativeLoss('MLX-6', l8)).toBe(relativeLoss('MLX-6BIT', l8));
  });

  it('70B at Q2_K scores above 8B at Q8_0; 8B Q8_0 above 8B Q2_K', () => {
    expect(effectiveQualityScore(l70, 'Q2_K')).toBeGreaterThan(effectiveQualityScore(l8, 'Q8_0'));
    expect(effectiveQualityScore(l8, 'Q8_0')).toBeGreaterThan(effectiveQualityScore(l8, 'Q2_K'));
  });

  it('gpt-oss in its native MXFP4 is lossless', () => {
    expect(qualityFor('MXFP4', seedModel('gpt-oss-20b')).label).toBe('lossless');
  });
});
