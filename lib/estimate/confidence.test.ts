import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BAND_CONFIDENCE, bandLimit, confidenceFrom, type ConfidenceLimit } from './confidence';

const limit = fc.record({ level: fc.constantFrom('medium' as const, 'low' as const), reason: fc.constantFrom('a', 'b', 'c', 'd') });
const RANK = { low: 0, medium: 1, high: 2 } as const;

describe('confidenceFrom', () => {
  it('is high with no reasons when nothing limits it', () => {
    expect(confidenceFrom([])).toEqual({ level: 'high', reasons: [] });
  });

  it('takes the lowest limit and gives only the reasons at that level, once each, in order', () => {
    const limits: ConfidenceLimit[] = [
      { level: 'medium', reason: 'offloaded' },
      { level: 'low', reason: 'thin band' },
      { level: 'low', reason: 'no compute figure' },
      { level: 'low', reason: 'thin band' },
    ];
    expect(confidenceFrom(limits)).toEqual({ level: 'low', reasons: ['thin band', 'no compute figure'] });
  });

  it('law: adding a limit never raises the level, and a level below high always has a reason', () => {
    fc.assert(
      fc.property(fc.array(limit, { maxLength: 6 }), limit, (limits, extra) => {
        const before = confidenceFrom(limits);
        const after = confidenceFrom([...limits, extra]);
        expect(RANK[after.level]).toBeLessThanOrEqual(RANK[before.level]);
        expect(RANK[after.level]).toBeLessThanOrEqual(RANK[extra.level]);
        expect(after.reasons.length > 0).toBe(after.level !== 'high');
      }),
    );
  });
});

describe('bandLimit', () => {
  it('leaves a band up to ×1.5 alone, makes a wider one medium and one past ×2.5 low, naming the quantity and backend', () => {
    expect(bandLimit(BAND_CONFIDENCE.high, 'decode', 'cuda')).toBeNull();
    expect(bandLimit(1.86, 'prefill', 'rocm')).toEqual({ level: 'medium', reason: 'prefill on rocm is known only to within ×1.86' });
    expect(bandLimit(BAND_CONFIDENCE.medium, 'decode', 'vulkan')?.level).toBe('medium');
    expect(bandLimit(2.95, 'decode', 'sycl')).toEqual({ level: 'low', reason: 'decode on sycl is known only to within ×2.95' });
  });
});
