import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRecords, fieldsOf, mergeThreeWay, resolveMerge, sameValue, unresolved } from '@/lib/editing/record-diff';

const gpu = { slug: 'rtx', name: 'RTX', bandwidthGBps: 360, notes: '', fp16Tflops: null, arch: { layers: 32, experts: null }, tags: ['a', 'b'] };

describe('fields and diffs', () => {
  it('walks nested objects; arrays and nulls are single values', () => {
    expect([...fieldsOf(gpu).keys()]).toEqual(['slug', 'name', 'bandwidthGBps', 'notes', 'fp16Tflops', 'arch.layers', 'arch.experts', 'tags']);
  });

  it('names each changed field with its before and after; key order and missing-vs-null do not count', () => {
    expect(diffRecords(gpu, { ...gpu, bandwidthGBps: 720, arch: { experts: null, layers: 40 }, tags: ['a'] })).toEqual([
      { field: 'bandwidthGBps', before: 360, after: 720 },
      { field: 'arch.layers', before: 32, after: 40 },
      { field: 'tags', before: ['a', 'b'], after: ['a'] },
    ]);
    expect(diffRecords(gpu, { ...gpu, extra: null })).toEqual([]);
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });

  it('a created record diffs against nothing: every field appears', () => {
    expect(diffRecords(null, { a: 1, b: { c: 2 } })).toEqual([{ field: 'a', before: null, after: 1 }, { field: 'b.c', before: null, after: 2 }]);
  });
});

describe('three-way merge', () => {
  it('two editors changed different fields of one GPU: both changes are kept, nothing to choose', () => {
    const theirs = { ...gpu, bandwidthGBps: 720 };
    const mine = { ...gpu, notes: 'checked the spec sheet' };
    const result = mergeThreeWay(gpu, theirs, mine);
    expect(result.conflicts).toEqual([]);
    expect(result.theirsKept).toEqual([{ field: 'bandwidthGBps', before: 360, after: 720 }]);
    expect(result.mineKept).toEqual([{ field: 'notes', before: '', after: 'checked the spec sheet' }]);
    expect(resolveMerge(result, {})).toEqual({ ...gpu, bandwidthGBps: 720, notes: 'checked the spec sheet' });
  });

  it('both changed one field differently: a conflict with all three values, and nothing is chosen for the editor', () => {
    const result = mergeThreeWay(gpu, { ...gpu, bandwidthGBps: 720 }, { ...gpu, bandwidthGBps: 448, arch: { layers: 33, experts: null } });
    expect(result.conflicts).toEqual([{ field: 'bandwidthGBps', base: 360, theirs: 720, mine: 448 }]);
    expect(result.mineKept.map((c) => c.field)).toEqual(['arch.layers']);
    expect(unresolved(result, {})).toEqual(['bandwidthGBps']);
    expect(() => resolveMerge(result, {})).toThrow(/no choice for bandwidthGBps/);
    expect(resolveMerge(result, { bandwidthGBps: 'mine' })).toMatchObject({ bandwidthGBps: 448, arch: { layers: 33 } });
    expect(resolveMerge(result, { bandwidthGBps: 'theirs' })).toMatchObject({ bandwidthGBps: 720, arch: { layers: 33 } });
  });

  it('both made the same change: no conflict', () => {
    const both = { ...gpu, notes: 'same' };
    expect(mergeThreeWay(gpu, both, both)).toMatchObject({ conflicts: [], merged: both });
  });

  it('a choice of mine keeps a null the editor set, and a field the editor removed is removed', () => {
    const result = mergeThreeWay({ a: 1, b: 2 }, { a: 5, b: 3 }, { a: null });
    expect(result.conflicts.map((c) => c.field)).toEqual(['a', 'b']);
    expect(resolveMerge(result, { a: 'mine', b: 'mine' })).toEqual({ a: null });
  });

  // The laws, over random records of a few fields.
  const value = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(null), fc.constantFrom('x', 'y'));
  const record = fc.record({ a: value, b: value, c: fc.record({ d: value, e: value }) });

  it('law: untouched by the editor → the result is theirs; untouched by the other side → the result is mine', () => {
    fc.assert(fc.property(record, record, (base, other) => {
      expect(sameValue(resolveMerge(mergeThreeWay(base, other, base), {}), other)).toBe(true);
      expect(sameValue(resolveMerge(mergeThreeWay(base, base, other), {}), other)).toBe(true);
    }));
  });

  it('law: no field either side changed is lost; every conflict is a field both changed differently', () => {
    fc.assert(fc.property(record, record, record, (base, theirs, mine) => {
      const result = mergeThreeWay(base, theirs, mine);
      const conflicted = new Set(result.conflicts.map((c) => c.field));
      const merged = fieldsOf(result.merged);
      for (const [field, mineValue] of fieldsOf(mine)) {
        const baseValue = fieldsOf(base).get(field);
        const theirValue = fieldsOf(theirs).get(field);
        if (conflicted.has(field)) {
          expect(sameValue(baseValue, mineValue) || sameValue(baseValue, theirValue) || sameValue(mineValue, theirValue)).toBe(false);
        } else if (!sameValue(baseValue, mineValue)) expect(sameValue(merged.get(field), mineValue)).toBe(true);
        else expect(sameValue(merged.get(field), theirValue)).toBe(true);
      }
      // Choosing "mine" everywhere gives mine; "theirs" everywhere keeps every change of theirs.
      const all = (choice: 'mine' | 'theirs') => Object.fromEntries(result.conflicts.map((c) => [c.field, choice]));
      for (const [field, theirValue] of fieldsOf(theirs)) {
        if (!sameValue(fieldsOf(base).get(field), theirValue)) {
          expect(sameValue(fieldsOf(resolveMerge(result, all('theirs'))).get(field), theirValue)).toBe(true);
        }
      }
    }));
  });
});
