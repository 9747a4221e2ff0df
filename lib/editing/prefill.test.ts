import { describe, expect, it } from 'vitest';
import { ENTITY_FIELDS } from '@/lib/schemas/admin';
import { MAX_PREFILL_LENGTH, prefillHref, prefillOf } from './prefill';

const fields = ENTITY_FIELDS.artifacts;

describe('prefillOf', () => {
  it('round-trips a record through its link, keeping only the entity\'s fields', () => {
    const record = { slug: 'x-bf16', model: 'x', format: 'BF16', fileBytes: 123, notAField: 'dropped' };
    const href = prefillHref('artifacts', record);
    const value = new URL(href, 'http://localhost').searchParams.get('prefill');
    expect(prefillOf(value, fields)).toEqual({ slug: 'x-bf16', model: 'x', format: 'BF16', fileBytes: 123 });
  });
  it.each([
    ['not JSON', '{'],
    ['an array', '[1]'],
    ['null', 'null'],
    ['too long', JSON.stringify({ slug: 'a'.repeat(MAX_PREFILL_LENGTH) })],
    ['not a string', 42],
  ])('%s → nothing filled', (_, value) => expect(prefillOf(value, fields)).toEqual({}));
  it('an own __proto__ key is not taken', () => expect(Object.getPrototypeOf(prefillOf('{"__proto__": {"slug": "x"}}', fields))).toBe(Object.prototype));
});
