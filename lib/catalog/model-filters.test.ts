import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelSummary } from '@/lib/catalog/types';
import { filterModels, filtersFromSegments, type ModelFilters, modelFacets, modelsPath, parseModelFilters, resolveModelFilters, SIZE_BUCKETS, SORTS } from '@/lib/catalog/model-filters';
import { USE_CASES } from '@/lib/enums';

const model = (over: Partial<ModelSummary>): ModelSummary => ({
  slug: 'm', name: 'M', family: 'F', publisher: 'P', releaseDate: '2024-01-01', license: 'MIT', totalParams: 8e9,
  activeParams: 8e9, contextLength: 8192, modalities: ['text'], strengths: [], formats: ['Q4_K_M'], ollamaTag: null, ...over,
});

const models = [
  model({ slug: 'small', name: 'Small', totalParams: 1e9, releaseDate: '2023-01-01' }),
  model({ slug: 'mid', name: 'Mid', totalParams: 8e9, family: 'Qwen', strengths: [{ useCase: 'coding', rating: 5, sourceUrl: 'https://x.test' }] }),
  model({ slug: 'big', name: 'Big', totalParams: 70e9, license: 'Apache-2.0', formats: ['F16'], releaseDate: '2025-06-01', strengths: [{ useCase: 'coding', rating: 3, sourceUrl: 'https://x.test' }] }),
];

describe('model filters', () => {
  it('drops unknown values instead of failing, and defaults the sort', () => {
    expect(parseModelFilters({ size: 'gigantic', sort: 'random', use: ['coding', 'chat'] })).toEqual({ sort: 'params', use: 'coding' });
  });

  it.each([
    [{ size: 'tiny' }, ['small']],
    [{ size: 'large' }, ['big']],
    [{ family: 'Qwen' }, ['mid']],
    [{ license: 'Apache-2.0' }, ['big']],
    [{ format: 'F16' }, ['big']],
    [{ q: 'MI' }, ['mid']],
    [{ sort: 'params-desc' }, ['big', 'mid', 'small']],
    [{ sort: 'newest' }, ['big', 'mid', 'small']],
    [{ use: 'coding' }, ['mid', 'big']],
  ])('filters %o to %o', (params, expected) => {
    expect(filterModels(models, parseModelFilters(params)).map((m) => m.slug)).toEqual(expected);
  });
});

describe('filter permalinks', () => {
  const facets = modelFacets(models);
  const segmentsOf = (path: string) => path.split('/').slice(3).filter(Boolean);

  it.each<[Partial<ModelFilters>, string]>([
    [{}, '/models'],
    [{ sort: 'params' }, '/models'],
    [{ use: 'coding' }, '/models/filter/use/coding'],
    [{ family: 'Qwen', size: 'small', sort: 'newest' }, '/models/filter/size/small/family/qwen/sort/newest'],
    [{ format: 'Q4_K_M', license: 'Apache-2.0' }, '/models/filter/license/apache-2.0/format/q4-k-m'],
  ])('%o → %s (canonical order, slugs, default sort left out)', (filters, path) => {
    expect(modelsPath(filters)).toBe(path);
  });

  it('search text never enters a permalink', () => {
    expect(modelsPath({ q: 'llama', use: 'chat' })).toBe('/models/filter/use/chat');
  });

  it('values the catalog lacks, unknown keys and repeats are dropped; the canonical path says what was kept', () => {
    const { filters, canonicalPath } = filtersFromSegments(['family', 'nope', 'use', 'coding', 'colour', 'red', 'use', 'chat', 'q', 'x'], facets);
    expect(filters).toEqual({ use: 'coding', sort: 'params' });
    expect(canonicalPath).toBe('/models/filter/use/coding');
  });

  it('slugs and display forms of a facet value resolve to the catalog value', () => {
    expect(resolveModelFilters({ license: 'apache-2.0' }, facets).license).toBe('Apache-2.0');
    expect(resolveModelFilters({ license: 'Apache-2.0' }, facets).license).toBe('Apache-2.0');
    expect(resolveModelFilters({ format: 'f16' }, facets).format).toBe('F16');
  });

  it('law: any filter set over the catalog facets survives its permalink and filters the same', () => {
    const arbitraryFilters = fc.record(
      {
        size: fc.constantFrom(...SIZE_BUCKETS.map((b) => b.id)),
        family: fc.constantFrom(...facets.families),
        use: fc.constantFrom(...USE_CASES),
        license: fc.constantFrom(...facets.licenses),
        format: fc.constantFrom(...facets.formats),
        sort: fc.constantFrom(...SORTS.map((s) => s.id)),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arbitraryFilters, (chosen) => {
        const path = modelsPath(chosen);
        const { filters, canonicalPath } = filtersFromSegments(segmentsOf(path), facets);
        expect(canonicalPath).toBe(path);
        expect(filterModels(models, filters)).toEqual(filterModels(models, resolveModelFilters(chosen, facets)));
      }),
    );
  });
});
