import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { modelFacets, modelsPath, resolveModelFilters } from '@/lib/catalog/model-filters';
import { listModels } from '@/lib/data/models';
import { ModelsView } from '@/components/catalog/models-view';

export const metadata: Metadata = { title: 'Models', robots: { index: false } };

/**
 * Where the filter form sends its GET. Without search text: a redirect to the cached permalink.
 * With search text (no bound on its values, so never cached): the list rendered for this request.
 */
export default async function ModelsFilterQueryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const models = await listModels();
  const facets = modelFacets(models);
  const filters = resolveModelFilters(await searchParams, facets);
  if (!filters.q) redirect(modelsPath(filters));
  return <ModelsView models={models} facets={facets} filters={filters} />;
}
