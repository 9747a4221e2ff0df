import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '@/lib/http/rate-limit';

describe('per-client token buckets', () => {
  it('lets a burst of `capacity` through, then answers with the wait until enough tokens refill', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 10, refillPerMinute: 60, clock: () => now });
    for (let i = 0; i < 10; i++) expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(buckets.take('b').ok).toBe(true);
    now += 1000;
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a', 5)).toEqual({ ok: false, retryAfterSeconds: 5 });
  });

  it('never grants more than capacity plus what the rate refilled, whatever the pattern of requests', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ wait: fc.integer({ min: 0, max: 5_000 }), cost: fc.integer({ min: 1, max: 20 }) }), { maxLength: 200 }), (requests) => {
        let now = 0;
        const buckets = new TokenBuckets({ capacity: 30, refillPerMinute: 120, clock: () => now });
        let granted = 0;
        for (const { wait, cost } of requests) {
          now += wait;
          if (buckets.take('k', cost).ok) granted += cost;
        }
        expect(granted).toBeLessThanOrEqual(30 + (now * 120) / 60_000 + 1e-9);
      }),
    );
  });

  it('forgets the least recently used keys beyond maxKeys (a flood of addresses cannot grow it)', () => {
    const buckets = new TokenBuckets({ capacity: 1, refillPerMinute: 1, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) buckets.take(`10.0.${i >> 8}.${i & 255}`);
    expect(buckets.size).toBe(100);
  });
});
