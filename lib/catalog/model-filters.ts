import { z } from 'zod';
import type { ModelSummary } from '@/lib/catalog/types';
import { USE_CASES } from '@/lib/enums';

// The /models filters: parsed from a permalink path or a query with zod (unknown values are
// dropped, not errors, so an old or hand-edited link still shows a page), applied in memory.
// Permalinks (/models/filter/use/coding/size/small) are cached pages like the wizard's results;
// facet values in them are slugs of the catalog's values ("Llama 3.1" → "llama-3.1"), resolved
// against the catalog, so only values the catalog has can name a page.

export const SIZE_BUCKETS = [
  { id: 'tiny', label: 'Under 3B', min: 0, max: 3e9 },
  { id: 'small', label: '3–9B', min: 3e9, max: 9.5e9 },
  { id: 'medium', label: '10–20B', min: 9.5e9, max: 20.5e9 },
  { id: 'large', label: '21–80B', min: 20.5e9, max: 80.5e9 },
  { id: 'huge', label: 'Over 80B', min: 80.5e9, max: Number.POSITIVE_INFINITY },
] as const;

export const SORTS = [
  { id: 'params', label: 'Size (smallest first)' },
  { id: 'params-desc', label: 'Size (largest first)' },
  { id: 'newest', label: 'Newest first' },
  { id: 'name', label: 'Name' },
] as const;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const modelFiltersSchema = z.object({
  q: optional(z.string().trim().max(100)),
  size: optional(z.enum(SIZE_BUCKETS.map((b) => b.id) as [string, ...string[]])),
  family: optional(z.string().max(80)),
  use: optional(z.enum(USE_CASES)),
  license: optional(z.string().max(120)),
  format: optional(z.string().max(40)),
  sort: z.enum(SORTS.map((s) => s.id) as [string, ...string[]]).catch('params').default('params'),
});

export type ModelFilters = z.infer<typeof modelFiltersSchema>;

/** First value of each search param, so `?size=a&size=b` cannot break parsing. */
export function parseModelFilters(searchParams: Record<string, string | string[] | undefined>): ModelFilters {
  const flat = Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]).filter(([, v]) => v !== '' && v !== undefined),
  );
  return modelFiltersSchema.parse(flat);
}

/** The values the catalog offers for the free-text facets (display forms, sorted). */
export interface ModelFacets {
  families: string[];
  licenses: string[];
  formats: string[];
}

export function modelFacets(models: readonly ModelSummary[]): ModelFacets {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    families: sorted(models.map((m) => m.family)),
    licenses: sorted(models.map((m) => m.license)),
    formats: sorted(models.flatMap((m) => m.formats)),
  };
}

/** A facet value as a path segment: "Llama 3.1" → "llama-3.1", "Q4_K_M" → "q4-k-m". */
export function facetSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

const FACET_LISTS = { family: 'families', license: 'licenses', format: 'formats' } as const;

/**
 * Filters from a query or path record: the shape through the zod schema, then family, license and
 * format resolved against the catalog's facets by slug (or by their display form, as older links
 * carry). A value the catalog does not have is dropped.
 */
export function resolveModelFilters(raw: Record<string, string | string[] | undefined>, facets: ModelFacets): ModelFilters {
  const filters = parseModelFilters(raw);
  for (const [key, list] of Object.entries(FACET_LISTS) as [keyof typeof FACET_LISTS, keyof ModelFacets][]) {
    const value = filters[key];
    if (value === undefined) continue;
    const wanted = facetSlug(value);
    const known = facets[list].find((candidate) => facetSlug(candidate) === wanted);
    if (known) filters[key] = known;
    else delete filters[key];
  }
  return filters;
}

/** Permalink order of the facets: the same filters always give the same path (one cache entry). */
export const FILTER_PATH_KEYS = ['size', 'family', 'use', 'license', 'format', 'sort'] as const;
const DEFAULT_SORT = 'params';
export const MODELS_FILTER_BASE = '/models/filter';

/**
 * The permalink of a filter set: /models when nothing is chosen, else
 * /models/filter/<key>/<value>/… in FILTER_PATH_KEYS order (the default sort left out). The
 * free-text search is not part of it: it has no bound, so it is never a cached page.
 */
export function modelsPath(filters: Partial<ModelFilters>): string {
  const segments: string[] = [];
  for (const key of FILTER_PATH_KEYS) {
    const value = filters[key];
    if (value === undefined || value === '' || (key === 'sort' && value === DEFAULT_SORT)) continue;
    const segment = key in FACET_LISTS ? facetSlug(value) : value;
    if (segment) segments.push(key, encodeURIComponent(segment));
  }
  return segments.length === 0 ? '/models' : `${MODELS_FILTER_BASE}/${segments.join('/')}`;
}

/** Path segments after /models/filter into filters, and the canonical path for them. */
export function filtersFromSegments(segments: readonly string[], facets: ModelFacets): { filters: ModelFilters; canonicalPath: string } {
  const raw: Record<string, string> = {};
  for (let i = 0; i + 1 < segments.length; i += 2) {
    const key = safeDecode(segments[i]!);
    // The first value of a repeated key counts, as with query strings.
    if ((FILTER_PATH_KEYS as readonly string[]).includes(key) && !Object.hasOwn(raw, key)) raw[key] = safeDecode(segments[i + 1]!);
  }
  const filters = resolveModelFilters(raw, facets);
  return { filters, canonicalPath: modelsPath(filters) };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function filterModels(models: ModelSummary[], filters: ModelFilters): ModelSummary[] {
  const bucket = SIZE_BUCKETS.find((b) => b.id === filters.size);
  const query = filters.q?.toLowerCase();
  const result = models.filter((m) => {
    if (bucket && !(m.totalParams >= bucket.min && m.totalParams < bucket.max)) return false;
    // Compared as slugs, the form permalinks use: two spellings of one value are one value.
    if (filters.family && facetSlug(m.family) !== facetSlug(filters.family)) return false;
    if (filters.license && facetSlug(m.license) !== facetSlug(filters.license)) return false;
    if (filters.format && !m.formats.some((format) => facetSlug(format) === facetSlug(filters.format!))) return false;
    if (filters.use && !m.strengths.some((s) => s.useCase === filters.use)) return false;
    if (query && !`${m.name} ${m.family} ${m.publisher} ${m.slug}`.toLowerCase().includes(query)) return false;
    return true;
  });
  const byUse = (m: ModelSummary) => m.strengths.find((s) => s.useCase === filters.use)?.rating ?? 0;
  const compare: Record<string, (a: ModelSummary, b: ModelSummary) => number> = {
    params: (a, b) => a.totalParams - b.totalParams || a.name.localeCompare(b.name),
    'params-desc': (a, b) => b.totalParams - a.totalParams || a.name.localeCompare(b.name),
    newest: (a, b) => (b.releaseDate ?? '').localeCompare(a.releaseDate ?? '') || a.name.localeCompare(b.name),
    name: (a, b) => a.name.localeCompare(b.name),
  };
  const sorted = [...result].sort(compare[filters.sort] ?? compare.params);
  // With a use case chosen, the best-rated models for it come first within the chosen order.
  return filters.use ? sorted.sort((a, b) => byUse(b) - byUse(a)) : sorted;
}
