import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '@/lib/editing/json-text';

describe('parseJsonText', () => {
  it.each([
    ['[{"useCase": "chat" "rating": 2}]', 1, 21, 'expected "," or "}" after a value'],
    ['[\n  {"useCase": "chat",}\n]', 2, 22, 'a comma before "}"'],
    ['[1, 2,]', 1, 7, 'a comma before "]"'],
    ["[{'useCase': 'chat'}]", 1, 3, 'expected a field name in double quotes'],
    ["['chat']", 1, 2, 'not single quotes'],
    ['[\n  {"useCase": "chat",\n   "rating": x}\n]', 3, 14, 'expected a value'],
    ['[{"a": 1}', 1, 10, 'the text ends too early'],
    ['{"a": "open', 1, 7, 'text in quotes is not closed'],
    ['{"a": 01}', 1, 8, 'no leading zeros'],
    ['[1] 2', 1, 5, 'unexpected text after the end'],
    ['', 1, 1, 'the text ends too early'],
  ])('%j → line %i, column %i: %s', (text, line, column, words) => {
    const result = parseJsonText(text);
    expect(result).toMatchObject({ ok: false, line, column });
    if (!result.ok) {
      expect(result.message).toContain(words);
      expect(result.message).toMatch(new RegExp(`^JSON syntax error at line ${line}, column ${column}: `));
    }
  });

  it('law: accepts exactly what JSON.parse accepts, with the same value', () => {
    const texts = fc.oneof(fc.json(), fc.string({ maxLength: 20 }), fc.json().map((t) => t.slice(0, -1)), fc.json().map((t) => `${t},`));
    fc.assert(
      fc.property(texts, (text) => {
        let expected: { ok: boolean; value?: unknown };
        try {
          expected = { ok: true, value: JSON.parse(text) };
        } catch {
          expected = { ok: false };
        }
        const result = parseJsonText(text);
        expect(result.ok).toBe(expected.ok);
        if (result.ok) expect(result.value).toEqual(expected.value);
      }),
      { numRuns: 3000 },
    );
  });
});
