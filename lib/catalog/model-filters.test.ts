import { describe, expect, it } from 'vitest';
import type { ModelSummary } from '@/lib/catalog/types';
import { filterModels, parseModelFilters } from '@/lib/catalog/model-filters';

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
