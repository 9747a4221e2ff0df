import type { EntityName, FieldSpec } from '@/lib/schemas/admin';
import { showValue } from '@/lib/editing/form-values';
import { getPath } from '@/lib/editing/record-diff';

// The admin's entity lists: search, filters, sort and pages over one entity's entries, with no cap
// on how many there are. Pure: the data layer loads the entries, this orders and cuts them.

export interface ListedEntry {
  key: string;
  version: number;
  updatedAt: string;
  record: unknown;
}

export interface EntrySummary {
  key: string;
  label: string;
  detail: string;
  version: number;
  updatedAt: string;
  /** The sorted-by field's value, shown as a column when the list is sorted by a record field. */
  sortValue?: string;
}

export interface ListQuery {
  q: string;
  /** 'label', 'key', 'updated', 'version', or a field path. */
  sort: string;
  dir: 'asc' | 'desc';
  page: number;
  size: number;
  /** Field path → the value it must have (for a list field: contain). */
  filters: Record<string, string>;
}

export interface Facet {
  path: string;
  label: string;
  values: { value: string; count: number }[];
}

export interface ListResult {
  rows: EntrySummary[];
  /** Entries matching the search and filters. */
  total: number;
  /** Entries of the entity in all. */
  all: number;
  page: number;
  pages: number;
  /** Every matching entry's key and version (for "select all matching" in bulk edits). */
  matching: { key: string; version: number }[];
  facets: Facet[];
  /** Record fields the list may be sorted by. */
  sortFields: { path: string; label: string }[];
}

export const BASE_SORTS = { label: 'Name', key: 'Key', updated: 'Last updated', version: 'Version' } as const;
/** A filter offers at most this many values; a field with more (free text) is searched instead. */
const MAX_FACET_VALUES = 300;

/** Fields inside an optional part (a model's experts, sliding window…) are absent from most entries: not offered. */
const isListed = (field: FieldSpec) => field.kind !== 'presence' && field.within === undefined;
const isFilterable = (field: FieldSpec) => isListed(field) && (field.kind === 'select' || field.kind === 'reference' || field.kind === 'boolean' || field.kind === 'list');
const isSortable = (field: FieldSpec) => isListed(field) && field.kind !== 'json' && field.kind !== 'textarea' && field.kind !== 'list';

/** A readable name for an entry. */
export function entryLabel(entity: EntityName, record: unknown): string {
  const r = (record ?? {}) as Record<string, unknown>;
  if (entity === 'measurements') return `${String(r.model)} · ${String(r.format)} on ${String(r.hardware)}`;
  return String(r.name ?? r.slug ?? '');
}

/** A short line of what tells entries apart in a list, from the fields each entity has. */
export function entryDetail(entity: EntityName, record: unknown, fields: readonly FieldSpec[]): string {
  const pick: Record<EntityName, string[]> = {
    hardware: ['memoryBytes', 'bandwidthGBps', 'kind'],
    models: ['family', 'totalParams'],
    formats: ['bitsPerWeight', 'family'],
    artifacts: ['model', 'format', 'publisher'],
    prices: ['hardware', 'condition', 'scope', 'usdLow', 'usdHigh', 'observedOn'],
    runtimes: ['homepageUrl'],
    measurements: ['runtime', 'generationTokensPerSec', 'promptTokensPerSec'],
  };
  const parts: string[] = [];
  for (const path of pick[entity]) {
    const field = fields.find((f) => f.path === path);
    const value = getPath(record, path);
    if (!field || value === null || value === undefined || value === '') continue;
    const shown = showValue(value, field);
    parts.push(path === 'bandwidthGBps' ? `${shown} GB/s` : path.endsWith('TokensPerSec') ? `${shown} tok/s` : path === 'bitsPerWeight' ? `${shown} bits/weight` : path.endsWith('Params') ? `${shown} params` : path.startsWith('usd') ? `$${shown}` : shown);
  }
  return parts.join(' · ');
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function compare(a: unknown, b: unknown): number {
  const aMissing = a === null || a === undefined || a === '';
  const bMissing = b === null || b === undefined || b === '';
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return text(a).localeCompare(text(b), 'en', { numeric: true, sensitivity: 'base' });
}

function matchesFilter(value: unknown, wanted: string): boolean {
  if (Array.isArray(value)) return value.map(String).includes(wanted);
  return text(value) === wanted;
}

/** Search, filter, sort and cut one page. Unknown sorts and filters are ignored, not errors. */
export function listPage(entity: EntityName, entries: readonly ListedEntry[], fields: readonly FieldSpec[], query: ListQuery): ListResult {
  const filterFields = fields.filter(isFilterable);
  const sortFields = fields.filter(isSortable).map((f) => ({ path: f.path, label: f.label }));
  const needle = query.q.trim().toLowerCase();
  const filters = Object.entries(query.filters).filter(([path, value]) => value !== '' && filterFields.some((f) => f.path === path));

  const facets: Facet[] = [];
  for (const field of filterFields) {
    const counts = new Map<string, number>();
    for (const entry of entries) {
      const value = getPath(entry.record, field.path);
      for (const one of Array.isArray(value) ? value : [value]) {
        if (one === null || one === undefined || one === '') continue;
        counts.set(text(one), (counts.get(text(one)) ?? 0) + 1);
      }
    }
    if (counts.size === 0 || counts.size > MAX_FACET_VALUES) continue;
    facets.push({ path: field.path, label: field.label, values: [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => compare(a.value, b.value)) });
  }

  const matching = entries.filter((entry) => {
    if (!filters.every(([path, wanted]) => matchesFilter(getPath(entry.record, path), wanted))) return false;
    if (!needle) return true;
    return entry.key.toLowerCase().includes(needle) || JSON.stringify(entry.record).toLowerCase().includes(needle);
  });

  const sortField = fields.find((f) => f.path === query.sort && isSortable(f));
  const keyOf = (entry: ListedEntry): unknown => {
    if (sortField) return getPath(entry.record, sortField.path);
    switch (query.sort) {
      case 'key':
        return entry.key;
      case 'updated':
        return entry.updatedAt;
      case 'version':
        return entry.version;
      default:
        return entryLabel(entity, entry.record);
    }
  };
  const direction = query.dir === 'desc' ? -1 : 1;
  const sorted = matching
    .map((entry) => ({ entry, sortKey: keyOf(entry) }))
    .sort((a, b) => {
      const missingA = a.sortKey === null || a.sortKey === undefined || a.sortKey === '';
      const missingB = b.sortKey === null || b.sortKey === undefined || b.sortKey === '';
      // Entries without a value go last in either direction; ties keep the key order.
      if (missingA !== missingB) return missingA ? 1 : -1;
      return direction * compare(a.sortKey, b.sortKey) || a.entry.key.localeCompare(b.entry.key);
    });

  const pages = Math.max(1, Math.ceil(sorted.length / query.size));
  const page = Math.min(Math.max(1, query.page), pages);
  const rows = sorted.slice((page - 1) * query.size, page * query.size).map(({ entry, sortKey }) => ({
    key: entry.key,
    label: entryLabel(entity, entry.record),
    detail: entryDetail(entity, entry.record, fields),
    version: entry.version,
    updatedAt: entry.updatedAt,
    ...(sortField ? { sortValue: showValue(sortKey, sortField) } : {}),
  }));
  return { rows, total: sorted.length, all: entries.length, page, pages, matching: sorted.map(({ entry }) => ({ key: entry.key, version: entry.version })), facets, sortFields };
}
