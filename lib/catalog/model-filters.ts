import { z } from 'zod';
import type { ModelSummary } from '@/lib/catalog/types';
import { USE_CASES } from '@/lib/enums';

// The /models filters: parsed from the URL with zod (unknown values are dropped, not errors,
// so an old or hand-edited link still shows a page), applied in memory.

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

export function filterModels(models: ModelSummary[], filters: ModelFilters): ModelSummary[] {
  const bucket = SIZE_BUCKETS.find((b) => b.id === filters.size);
  const query = filters.q?.toLowerCase();
  const result = models.filter((m) => {
    if (bucket && !(m.totalParams >= bucket.min && m.totalParams < bucket.max)) return false;
    if (filters.family && m.family !== filters.family) return false;
    if (filters.license && m.license !== filters.license) return false;
    if (filters.format && !m.formats.includes(filters.format)) return false;
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
