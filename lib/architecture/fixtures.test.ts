import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../estimate/csv';
import { parseHfConfigText } from './hf/parse';
import { paramCounts } from './params';

// Every published config.json in fixtures/hf-configs parses, and its parameter count is within 2 %
// of the published total, or within the tolerance a row of expected-params.csv records with its
// reason (the total counts the MTP block, a tower the parser does not model, a rounded name...).

const dir = new URL('../../fixtures/hf-configs/', import.meta.url);
const read = (f: string) => readFileSync(new URL(f, dir), 'utf8');
const expected = parseCsv(read('expected-params.csv'));
const sources = parseCsv(read('SOURCES.csv'));
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('fixture bookkeeping', () => {
  it('every config has a source row and an expectation row, and nothing else is listed', () => {
    expect(sources.map((s) => s.file).sort()).toEqual(files);
    expect(expected.map((e) => e.file).sort()).toEqual(files);
  });

  it('a tolerance above 2 % or a reading other than the total always carries a reason', () => {
    for (const e of expected) {
      if (Number(e.tolerance_pct) > 2 || (e.compare !== 'total' && e.compare !== 'none')) {
        expect(e.reason, e.file).not.toBe('');
      }
    }
  });
});

describe.each(expected.filter((e) => e.compare === 'error'))('$file', (e) => {
  it(`is refused, naming ${e.expected_error_key}`, () => {
    const r = parseHfConfigText(read(e.file!));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.key).toBe(e.expected_error_key);
      expect(r.error).toContain(e.expected_error_key === 'model_type' ? 'model_type' : e.expected_error_key!.split('.').pop()!);
    }
  });
});

describe.each(expected.filter((e) => e.compare !== 'error'))('$file', (e) => {
  it(`parses, and its ${e.compare} is within ${e.tolerance_pct} % of the published total`, () => {
    const r = parseHfConfigText(read(e.file!));
    if (!r.ok) throw new Error(`${e.file}: ${r.key}: ${r.error}`);
    const c = paramCounts(r.architecture);
    expect(c.active).toBeGreaterThan(0);
    expect(c.active).toBeLessThanOrEqual(c.languageModel);
    if (e.compare === 'none') return;
    const published = Number(e.published_total_params);
    const computed = e.compare === 'total' ? c.total : e.compare === 'without-mtp' ? c.total - c.byGroup.mtp : c.languageModel;
    const deviationPct = (Math.abs(computed - published) / published) * 100;
    expect(deviationPct, `${e.file}: computed ${computed}, published ${published}`).toBeLessThanOrEqual(Number(e.tolerance_pct));
  });
});
