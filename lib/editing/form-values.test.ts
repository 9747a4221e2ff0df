import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ENTITY_FIELDS, ENTITY_SCHEMAS, fieldErrorsOf, type EntityName } from '@/lib/schemas/admin';
import { modelSchema } from '@/lib/schemas/catalog';
import { currentDraftValues, fieldOfError, fromFormValues, setPresence, toFormValues } from '@/lib/editing/form-values';
import { getPath } from '@/lib/editing/record-diff';
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

describe('the architecture, field by field', () => {
  const fields = ENTITY_FIELDS.models;
  const seedModels = loadSeedData().models;

  it('every seed model round-trips: record → form values → parsed record has the same architecture', () => {
    expect(seedModels.length).toBeGreaterThan(100);
    for (const model of seedModels) {
      const { record, errors } = fromFormValues(fields, toFormValues(fields, model));
      expect(errors, model.slug).toEqual({});
      const parsed = modelSchema.safeParse(record);
      expect(parsed.success ? parsed.data.architecture : parsed.error.issues, model.slug).toEqual(model.architecture);
    }
  });

  it('lays every architecture leaf out as its own labelled input, none as one JSON box but the towers', () => {
    const arch = fields.filter((f) => f.path.startsWith('architecture.'));
    expect(arch.length).toBeGreaterThan(60);
    expect(arch.filter((f) => f.kind === 'json').map((f) => f.path)).toEqual(['architecture.towers']);
    expect(fields.find((f) => f.path === 'architecture.attention.kvHeads')).toMatchObject({ label: 'KV heads', kind: 'integer', within: ['architecture.attention'] });
    expect(fields.find((f) => f.path === 'architecture.context.nativeTokens')).toMatchObject({ unit: 'tokens', hint: 'max_position_embeddings' });
    expect(fields.find((f) => f.path === 'architecture.sliding')).toMatchObject({ kind: 'presence', label: 'Has sliding-window layers' });
    expect(fields.find((f) => f.path === 'architecture.sliding.sinks')).toMatchObject({ kind: 'boolean', nullable: true });
  });

  it('an unticked part is null whatever its fields hold; a ticked part left empty is null too, never half an object', () => {
    const model = seedModels.find((m) => m.architecture.sliding !== null && m.architecture.moe === null)!;
    const values = toFormValues(fields, model);
    const off = fromFormValues(fields, { ...values, 'architecture.sliding': false, 'architecture.sliding.window': 'not a number' });
    expect(off.errors).toEqual({});
    expect((off.record.architecture as Record<string, unknown>).sliding).toBeNull();
    const ticked = fromFormValues(fields, { ...values, 'architecture.moe': true });
    expect((ticked.record.architecture as Record<string, unknown>).moe).toBeNull();
    // Ticking proposes the defaults (experts gated); then one typed field makes it a part to validate.
    const proposed = setPresence(fields, values, 'architecture.moe', true);
    expect(proposed['architecture.moe.gated']).toBe(true);
    const half = fromFormValues(fields, { ...proposed, 'architecture.moe.experts': '64' });
    const parsed = modelSchema.safeParse(half.record);
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!, half.record)).toMatchObject({ 'architecture.moe.activeExperts': expect.any(String), 'architecture.moe.expertWidth': expect.any(String) });
  });

  it("the schema's refinements land on the input they are about", () => {
    const model = seedModels.find((m) => m.architecture.attention !== null)!;
    const values = toFormValues(fields, model);
    const heads = values['architecture.attention.heads'] as string;
    const read = fromFormValues(fields, { ...values, 'architecture.attention.kvHeads': String(Number(heads.replace(/,/g, '')) * 2), 'architecture.context.extendedTokens': '1k', 'architecture.mixers': 'full*3' });
    const parsed = modelSchema.safeParse(read.record);
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsOf(parsed.error!, read.record);
    for (const key of Object.keys(errors)) expect(fieldOfError(fields, key)?.path, key).toBe(key);
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['architecture.attention.kvHeads', 'architecture.context.extendedTokens']));
  });

  it('property: any set of parts unticked reads back as exactly those parts null, the rest unchanged', () => {
    const parts = fields.filter((f) => f.kind === 'presence').map((f) => f.path);
    fc.assert(
      fc.property(fc.constantFrom(...seedModels), fc.subarray(parts), (model, off) => {
        const values = toFormValues(fields, model);
        for (const path of off) values[path] = false;
        const { record, errors } = fromFormValues(fields, values);
        expect(errors).toEqual({});
        for (const path of parts) expect(getPath(record, path) ?? null).toEqual(off.includes(path) ? null : (getPath(model, path) ?? null));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a draft saved before the architecture had a field per value', () => {
  const fields = ENTITY_FIELDS.models;
  const model = loadSeedData().models.find((m) => m.slug === 'llama-3.1-8b-instruct')!;
  // What the form stored then: every top-level field as now, the architecture as one JSON text.
  const { architecture: _, ...current } = Object.fromEntries(Object.entries(toFormValues(fields, model)).filter(([path]) => !path.startsWith('architecture.')));
  const oldDraft = (architectureText: string) => ({ ...current, notes: 'my unsaved note', architecture: architectureText });

  it('comes back with the architecture spread over its fields, as the record would be', () => {
    const edited = { ...model.architecture, hiddenSize: 5120, attention: { ...model.architecture.attention!, kvHeads: 4 } };
    const { values, problems } = currentDraftValues(fields, oldDraft(JSON.stringify(edited, null, 2)));
    expect(problems).toEqual([]);
    expect(values).not.toHaveProperty('architecture');
    expect(values.notes).toBe('my unsaved note');
    expect(values['architecture.hiddenSize']).toBe('5120');
    expect(values['architecture.attention']).toBe(true);
    expect(values['architecture.attention.kvHeads']).toBe('4');
    expect(values['architecture.sliding']).toBe(false);
    // Read back, it is the edited architecture.
    const { record, errors } = fromFormValues(fields, values);
    expect(errors).toEqual({});
    expect(modelSchema.parse(record).architecture).toEqual(edited);
  });

  it('says what it could not read, and keeps the rest', () => {
    const { values, problems } = currentDraftValues(fields, oldDraft('{"hiddenSize": 4096,'));
    expect(problems).toEqual([{ path: 'architecture', message: expect.stringMatching(/line 1, column \d+: the text ends too early/) }]);
    expect(values.notes).toBe('my unsaved note');
    expect(Object.keys(values).filter((path) => path === 'architecture' || path.startsWith('architecture.'))).toEqual([]);
  });
});
