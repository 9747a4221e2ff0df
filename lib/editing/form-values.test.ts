import { describe, expect, it } from 'vitest';
import { ENTITY_FIELDS, ENTITY_SCHEMAS, type EntityName } from '@/lib/schemas/admin';
import { fromFormValues, toFormValues } from '@/lib/editing/form-values';
import { loadSeedData } from '@/lib/data/catalog-seed';

describe('form values', () => {
  it('every seed record of every entity round-trips through the form unchanged (numbers shown in human form)', () => {
    const seed = loadSeedData();
    for (const [entity, records] of Object.entries(seed) as [EntityName, unknown[]][]) {
      for (const record of records.slice(0, 80)) {
        const values = toFormValues(ENTITY_FIELDS[entity], record);
        const { record: back, errors } = fromFormValues(ENTITY_FIELDS[entity], values);
        expect(errors).toEqual({});
        expect(ENTITY_SCHEMAS[entity].parse(back)).toEqual(record);
      }
    }
  });

  it('shows numbers the way people write them', () => {
    const values = toFormValues(ENTITY_FIELDS.hardware, { memoryBytes: 25_769_803_776, bandwidthGBps: 1008, year: 2022 });
    expect(values).toMatchObject({ memoryBytes: '24 GiB', bandwidthGBps: '1008', year: '2022' });
    const model = toFormValues(ENTITY_FIELDS.models, { totalParams: 30_700_000_000, activeParams: 3_300_000_000 });
    expect(model).toMatchObject({ totalParams: '30.7B', activeParams: '3.3B' });
  });

  it('reads every field it can and names every one it cannot, at once, in plain words', () => {
    const values = { ...toFormValues(ENTITY_FIELDS.models, {}), totalParams: '30.7 B', activeParams: 'three', strengths: '[{"useCase": "chat" "rating": 3}]' };
    const { record, errors } = fromFormValues(ENTITY_FIELDS.models, values);
    expect(record).toMatchObject({ totalParams: 30_700_000_000 });
    expect(errors).toEqual({
      activeParams: 'not a number: write e.g. 30.7B, 1.5M or 30700000000',
      strengths: 'JSON syntax error at line 1, column 21: expected "," or "}" after a value',
    });
    const hardware = fromFormValues(ENTITY_FIELDS.hardware, { ...toFormValues(ENTITY_FIELDS.hardware, {}), memoryBytes: '24 GiB', year: '2024.5' });
    expect(hardware.record).toMatchObject({ memoryBytes: 25_769_803_776 });
    expect(hardware.errors).toMatchObject({ year: 'must be a whole number (2024.5 is 2,024.5)' });
  });
});
