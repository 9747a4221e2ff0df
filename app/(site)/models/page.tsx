import type { Metadata } from 'next';
import { modelFacets, resolveModelFilters } from '@/lib/catalog/model-filters';
import { listModels } from '@/lib/data/models';
import { ModelsView } from '@/components/catalog/models-view';

export const metadata: Metadata = {
  title: 'Models',
  description: 'Open-weight LLMs with their architecture, parameters, quantized files and real file sizes.',
};

// Static: rendered at build, then again after a catalog edit (lib/revalidate-catalog.ts and the page cache's
// revision check). Filtered views are their own cached permalinks under /models/filter/.
export default async function ModelsPage() {
  const models = await listModels();
  const facets = modelFacets(models);
  return <ModelsView models={models} facets={facets} filters={resolveModelFilters({}, facets)} />;
}
