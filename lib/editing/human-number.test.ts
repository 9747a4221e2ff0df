import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHumanNumber, parseHumanNumber, spellOut, unitOfField, type NumberUnit } from '@/lib/editing/human-number';
import { FILE_BYTES_LIMIT, HARDWARE_LIMITS, MODEL_LIMITS } from '@/lib/schemas/physical-limits';

describe('parseHumanNumber', () => {
  it.each([
    ['18.7 GB', 'bytes', 18_700_000_000],
    ['18.7GB', 'bytes', 18_700_000_000],
    ['18.7 gb', 'bytes', 18_700_000_000],
    ['16 GiB', 'bytes', 16 * 2 ** 30],
    ['1.5 GiB', 'bytes', 1_610_612_736],
    ['512 MB', 'bytes', 512_000_000],
    ['2 TB', 'bytes', 2e12],
    ['18700000000', 'bytes', 18_700_000_000],
    ['18,700,000,000', 'bytes', 18_700_000_000],
    ['1.1 KiB', 'bytes', 1126], // 1126.4 rounds to a whole byte
    ['30.7B', 'count', 30_700_000_000],
    ['30.7 billion', 'count', 30_700_000_000],
    ['1.5M', 'count', 1_500_000],
    ['8k', 'count', 8000],
    ['1.2T', 'count', 1.2e12],
    ['32k', 'tokens', 32_768],
    ['128K', 'tokens', 131_072],
    ['1M', 'tokens', 1_048_576],
    ['32.5k', 'tokens', 33_280],
    ['32000', 'tokens', 32_000],
    ['1,024', 'plain', 1024],
    ['1 024', 'plain', 1024],
    ['1_024', 'plain', 1024],
    ['4.5', 'plain', 4.5],
    ['.5', 'plain', 0.5],
    ['1e9', 'plain', 1e9],
    ['2.5e3', 'plain', 2500],
    ['  7  ', 'plain', 7],
    ['-1', 'plain', -1],
  ] as [string, NumberUnit, number][])('"%s" as %s → %d', (text, unit, value) => {
    expect(parseHumanNumber(text, unit)).toEqual({ ok: true, value });
  });

  it('is exact where floating point is not (0.1 + 0.2 style errors never reach a stored value)', () => {
    expect(8.03 * 1e9).not.toBe(8_030_000_000);
    expect(parseHumanNumber('8.03B', 'count')).toEqual({ ok: true, value: 8_030_000_000 });
    expect(parseHumanNumber('8.03 GB', 'bytes')).toEqual({ ok: true, value: 8_030_000_000 });
  });

  it.each([
    ['', 'plain', /enter a number/],
    ['abc', 'bytes', /not a number: write e\.g\. 18\.7 GB/],
    ['18.7 GB', 'count', /"GB" is not a unit this field takes/],
    ['32k', 'plain', /"k" is not a unit/],
    ['4,5', 'plain', /use a point for decimals/],
    ['1,0245', 'plain', /use a point for decimals/],
    ['1,02,4', 'plain', /not a number/],
    ['1.2.3', 'plain', /not a number/],
    ['NaN', 'plain', /not a number/],
    ['Infinity', 'plain', /not a number/],
    ['1e400', 'plain', /too large/],
    ['9007199254740993', 'plain', /too large to store exactly/],
  ] as [string, NumberUnit, RegExp][])('refuses "%s" as %s in plain words', (text, unit, message) => {
    const result = parseHumanNumber(text, unit);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('an integer field refuses a fraction and says what it came to', () => {
    expect(parseHumanNumber('1.3k', 'tokens', { integer: true })).toEqual({ ok: false, message: 'must be a whole number (1.3k is 1,331.2 tokens)' });
    expect(parseHumanNumber('40.5', 'plain', { integer: true })).toMatchObject({ ok: false });
    expect(parseHumanNumber('32k', 'tokens', { integer: true })).toEqual({ ok: true, value: 32_768 });
  });
});

describe('formatHumanNumber', () => {
  it.each([
    [6_442_450_944, 'bytes', '6 GiB'],
    [36_970_000_000, 'bytes', '36.97 GB'],
    [18_700_000_000, 'bytes', '18.7 GB'],
    [2e12, 'bytes', '2 TB'],
    [1500, 'bytes', '1,500'],
    [18_712_345_678, 'bytes', '18,712,345,678'],
    [1536 * 2 ** 30, 'bytes', '1536 GiB'],
    [1_000_500_000, 'bytes', '1,000,500,000'],
    [8_030_261_248, 'count', '8,030,261,248'],
    [8_030_261_000, 'count', '8,030,261,000'],
    [8030, 'count', '8.03k'],
    [1_572_864, 'tokens', '1536k'],
    [30_700_000_000, 'count', '30.7B'],
    [1_100_000_000, 'count', '1.1B'],
    [405e9, 'count', '405B'],
    [131_072, 'tokens', '128k'],
    [1_048_576, 'tokens', '1M'],
    [40_960, 'tokens', '40k'],
    [32_000, 'tokens', '32,000'],
    [4096, 'plain', '4096'],
    [2024, 'plain', '2024'],
    [4.5, 'plain', '4.5'],
  ] as [number, NumberUnit, string][])('%d as %s → "%s"', (value, unit, text) => {
    expect(formatHumanNumber(value, unit)).toBe(text);
  });

  it('law: whatever it shows parses back to the same value, for every unit (bytes are whole)', () => {
    const whole = fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 100_000 }).map((n) => n * 1e7), fc.integer({ min: 1, max: 4096 }).map((n) => n * 1024));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(whole, fc.constantFrom<NumberUnit>('bytes', 'count', 'tokens', 'plain')),
          fc.tuple(fc.double({ min: 0.001, max: 1e6, noNaN: true }), fc.constantFrom<NumberUnit>('count', 'tokens', 'plain')),
        ),
        ([value, unit]) => {
          const shown = formatHumanNumber(value, unit);
          expect(parseHumanNumber(shown, unit)).toEqual({ ok: true, value });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('law: over each unit\'s physical range, what it shows parses back exactly and reads at a glance: a unit suffix comes with at most 3 decimals and fewer than 1,000 of the unit, or a whole number below 10,000 of it; anything else is the full number, grouped', () => {
    const RANGES: [NumberUnit, number][] = [['bytes', HARDWARE_LIMITS.memoryBytes], ['bytes', FILE_BYTES_LIMIT], ['count', MODEL_LIMITS.params], ['tokens', MODEL_LIMITS.contextLength]];
    // Whole values of every size, and round ones (a few significant digits) that take a suffix.
    const valueIn = (max: number) =>
      fc.oneof(
        fc.integer({ min: 1, max }),
        fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 15 })).map(([digits, power]) => digits * 10 ** power).filter((v) => v <= max),
        fc.tuple(fc.integer({ min: 1, max: 9_999 }), fc.integer({ min: 0, max: 4 })).map(([n, power]) => n * 1024 ** power).filter((v) => v <= max),
      );
    fc.assert(
      fc.property(fc.constantFrom(...RANGES).chain(([unit, max]) => fc.tuple(fc.constant(unit), valueIn(max))), ([unit, value]) => {
        const shown = formatHumanNumber(value, unit);
        expect(parseHumanNumber(shown, unit)).toEqual({ ok: true, value });
        const short = /^(\d+)(?:\.(\d+))? ?([A-Za-z]+)$/.exec(shown);
        if (short) {
          const [, whole = '', decimals = ''] = short;
          expect(decimals.length).toBeLessThanOrEqual(3);
          expect(Number(whole)).toBeLessThan(decimals ? 1000 : 10_000);
        } else {
          expect(shown).toBe(value.toLocaleString('en-US'));
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('unitOfField and spellOut', () => {
  it.each([
    ['memoryBytes', 'bytes'], ['fileBytes', 'bytes'], ['projectorBytes', 'bytes'],
    ['totalParams', 'count'], ['activeParams', 'count'],
    ['architecture.contextLength', 'tokens'], ['architecture.slidingWindow', 'tokens'], ['promptTokens', 'tokens'], ['contextTokens', 'tokens'],
    ['bandwidthGBps', 'plain'], ['architecture.hiddenSize', 'plain'], ['year', 'plain'],
  ] as [string, NumberUnit][])('%s counts %s', (path, unit) => {
    expect(unitOfField(path)).toBe(unit);
  });

  it('spells a value out in full with its unit', () => {
    expect(spellOut(18_700_000_000, 'bytes')).toBe('18,700,000,000 bytes');
    expect(spellOut(32_768, 'tokens')).toBe('32,768 tokens');
    expect(spellOut(30_700_000_000, 'count')).toBe('30,700,000,000');
  });
});
