import { describe, expect, it } from 'vitest';
import { listPage, type ListQuery, type ListedEntry } from '@/lib/editing/entry-list';
import { ENTITY_FIELDS, listQueryOf } from '@/lib/schemas/admin';

// 514 formats-like entries: more than the old 500-row cap, so paging must reach every one.
const entries: ListedEntry[] = Array.from({ length: 514 }, (_, i) => ({
  key: `fmt-${String(i).padStart(3, '0')}`,
  version: 1 + (i % 3),
  updatedAt: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00.000Z`,
  record: { name: `fmt-${String(i).padStart(3, '0')}`, family: i % 2 === 0 ? 'gguf-k' : 'mlx', bitsPerWeight: (i % 8) + 1 },
}));
const query = (over: Partial<ListQuery>): ListQuery => ({ q: '', sort: 'label', dir: 'asc', page: 1, size: 50, filters: {}, ...over });

describe('entity lists', () => {
  it('pages reach every entry: no row cap', () => {
    const first = listPage('formats', entries, ENTITY_FIELDS.formats, query({}));
    expect(first.total).toBe(514);
    expect(first.pages).toBe(11);
    const last = listPage('formats', entries, ENTITY_FIELDS.formats, query({ page: 11 }));
    expect(last.rows.map((r) => r.key)).toEqual(entries.slice(500).map((e) => e.key));
    // A page past the end shows the last page rather than nothing.
    expect(listPage('formats', entries, ENTITY_FIELDS.formats, query({ page: 99 })).page).toBe(11);
  });

  it('filters by a field, searches, and sorts by a record field in either direction', () => {
    const mlx = listPage('formats', entries, ENTITY_FIELDS.formats, query({ filters: { family: 'mlx' }, size: 500 }));
    expect(mlx.total).toBe(257);
    expect(mlx.matching).toHaveLength(257);
    const searched = listPage('formats', entries, ENTITY_FIELDS.formats, query({ q: 'FMT-51' }));
    expect(searched.rows.map((r) => r.key)).toEqual(['fmt-510', 'fmt-511', 'fmt-512', 'fmt-513']);
    const byBits = listPage('formats', entries, ENTITY_FIELDS.formats, query({ sort: 'bitsPerWeight', dir: 'desc' }));
    expect(byBits.rows[0]!.sortValue).toBe('8');
    expect(byBits.rows.at(-1)!.sortValue).toBe('8');
    const ascending = listPage('formats', entries, ENTITY_FIELDS.formats, query({ sort: 'bitsPerWeight', page: 11 }));
    expect(ascending.rows.at(-1)!.sortValue).toBe('8');
    expect(listPage('formats', entries, ENTITY_FIELDS.formats, query({ sort: 'bitsPerWeight' })).rows[0]!.sortValue).toBe('1');
  });

  it('a malformed list link falls back to the defaults instead of failing', () => {
    expect(listQueryOf({ page: '-3', size: '7', dir: 'sideways', sort: ['x', 'y'], 'f.family': 'mlx', q: ' a ' })).toEqual({
      q: 'a', sort: 'x', dir: 'asc', page: 1, size: 50, filters: { family: 'mlx' },
    });
  });
});
