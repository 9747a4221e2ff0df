import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf } from '@/lib/schemas/admin';
import { hardwareSchema } from '@/lib/schemas/catalog';
import { loadSeedData } from '@/lib/data/catalog-seed';
import { HARDWARE_KINDS } from '@/lib/enums';

// Every message a form shows is in plain words: no zod jargon ("expected number, received NaN",
// "Too small: expected string to have >=1 characters"); our own messages pass through.

// A real catalog row, so the fixture keeps up with the schema.
const gpu = loadSeedData().hardware.find((h) => h.slug === 'geforce-rtx-3060-12gb')! as unknown as Record<string, unknown>;
const errorsFor = (record: Record<string, unknown>) => {
  const result = hardwareSchema.safeParse(record);
  return result.success ? {} : fieldErrorsOf(result.error, record);
};

describe('plain validation messages', () => {
  it.each([
    [{ bandwidthGBps: Number.NaN }, 'bandwidthGBps', 'enter a number'],
    [{ bandwidthGBps: '360 GB/s' }, 'bandwidthGBps', 'enter a number, not text'],
    [{ bandwidthGBps: undefined }, 'bandwidthGBps', 'required'],
    [{ bandwidthGBps: 0 }, 'bandwidthGBps', 'must be more than 0'],
    [{ bandwidthGBps: 1e9 }, 'bandwidthGBps', 'must be at most 100,000'],
    [{ year: 2024.5 }, 'year', 'must be a whole number'],
    [{ year: 1999 }, 'year', 'must be at least 2,010'],
    [{ name: '' }, 'name', 'required'],
    [{ name: 'x'.repeat(201) }, 'name', 'at most 200 characters (this has 201)'],
    [{ sourceUrl: 'example.com' }, 'sourceUrl', 'enter a full web address starting with https://'],
    [{ verifiedAt: '29/11/2026' }, 'verifiedAt', 'enter a date as YYYY-MM-DD, e.g. 2026-11-29'],
    [{ kind: 'tpu' }, 'kind', `choose one of: ${HARDWARE_KINDS.join(', ')}`],
    [{ slug: 'Test GPU' }, 'slug', 'lower-case letters, digits, "-" and "." only'],
    [{ surprise: 1 }, 'surprise', 'unknown field'],
  ] as [Record<string, unknown>, string, string][])('%o → %s: "%s"', (change, field, message) => {
    expect(errorsFor({ ...gpu, ...change })[field]).toBe(message);
  });

  it('reports every field at once, and no message carries zod’s wording', () => {
    const errors = errorsFor({ ...gpu, name: '', bandwidthGBps: Number.NaN, sourceUrl: 'nope', verifiedAt: '' });
    expect(Object.keys(errors).sort()).toEqual(['bandwidthGBps', 'name', 'sourceUrl', 'verifiedAt']);
    for (const message of Object.values(errors)) expect(message).not.toMatch(/expected|received|Invalid|Too (small|big)|>=|<=/);
  });

  it('a list that needs one entry says so', () => {
    const schema = z.object({ runtimes: z.array(z.enum(['a', 'b'])).min(1) });
    const result = schema.safeParse({ runtimes: [] });
    expect(result.success ? {} : fieldErrorsOf(result.error, { runtimes: [] })).toEqual({ runtimes: 'choose at least one' });
  });
});
