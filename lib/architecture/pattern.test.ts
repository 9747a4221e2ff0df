import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPattern, parsePattern } from './pattern';

const tokens = (text: string) => {
  const r = parsePattern(text);
  if (!r.ok) throw new Error(r.error);
  return r.tokens;
};

describe('layer patterns', () => {
  it('expands runs, groups and tokens with an argument', () => {
    expect(tokens('(linear*3 full)*2')).toEqual(['linear', 'linear', 'linear', 'full', 'linear', 'linear', 'linear', 'full']);
    expect(tokens('dense*3 moe*2')).toEqual(['dense', 'dense', 'dense', 'moe', 'moe']);
    expect(tokens('compressed:0*2 (compressed:4 compressed:128)*2')).toEqual([
      'compressed:0',
      'compressed:0',
      'compressed:4',
      'compressed:128',
      'compressed:4',
      'compressed:128',
    ]);
    expect(tokens('  full  ')).toEqual(['full']);
  });

  it.each([
    ['', 'empty pattern', 0],
    ['full*0', 'a count must be a whole number of at least 1', 5],
    ['full*', '"*" must be followed by a count', 5],
    ['(full', 'missing ")"', 5],
    ['full)', 'unmatched ")"', 4],
    ['Full', 'unexpected "F"', 0],
    ['full,sliding', 'unexpected ","', 4],
    ['()*2', 'empty group "()"', 0],
  ])('refuses %j: %s', (text, error, position) => {
    expect(parsePattern(text)).toEqual({ ok: false, error, position });
  });

  it('refuses patterns that expand beyond the layer limit without expanding them', () => {
    const r = parsePattern('(full*1000)*1000000');
    expect(r).toEqual({ ok: false, error: 'pattern expands to more than 1000 layers', position: 0 });
  });

  it('writes the canonical short forms people read', () => {
    const qwenNext = Array.from({ length: 48 }, (_, i) => ((i + 1) % 4 === 0 ? 'full' : 'linear'));
    expect(formatPattern(qwenNext)).toBe('(linear*3 full)*12');
    const gemma3 = Array.from({ length: 62 }, (_, i) => ((i + 1) % 6 === 0 ? 'full' : 'sliding'));
    expect(formatPattern(gemma3)).toBe('(sliding*5 full)*10 sliding*2');
    expect(formatPattern(['dense', 'dense', 'dense', ...Array<string>(58).fill('moe')])).toBe('dense*3 moe*58');
    const v4 = ['compressed:0', 'compressed:0', ...Array.from({ length: 41 }, (_, i) => (i % 2 === 0 ? 'compressed:4' : 'compressed:128'))];
    expect(formatPattern(v4)).toBe('compressed:0*2 (compressed:4 compressed:128)*20 compressed:4');
  });

  it('round-trips: parse(format(list)) is the list (property)', () => {
    const token = fc.constantFrom('full', 'sliding', 'linear', 'mamba', 'none', 'compressed:4', 'dense:8192');
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 200 }), (list) => {
        const text = formatPattern(list);
        expect(tokens(text)).toEqual(list);
        expect(text.length).toBeLessThanOrEqual(list.join(' ').length);
      }),
      { numRuns: 300 },
    );
  });
});
