import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { filtersFromSegments, modelFacets } from '@/lib/catalog/model-filters';
import { listModels } from '@/lib/data/models';
import { ModelsView } from '@/components/catalog/models-view';

export const metadata: Metadata = { title: 'Models', description: 'Open-weight LLMs, filtered by size, family, use, license and format.' };

// Like the wizard's results: each filter permalink renders once and is then served from the route
// cache; catalog edits revalidate it (lib/revalidate-catalog.ts). Only canonical paths of values the
// catalog has are rendered; anything else redirects to its canonical form, so the set of pages
// that can be cached is bounded by the catalog's facets.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { filters: string[] }[] {
  return [];
}

export default async function FilteredModelsPage({ params }: { params: Promise<{ filters: string[] }> }) {
  const segments = (await params).filters;
  const models = await listModels();
  const facets = modelFacets(models);
  const { filters, canonicalPath } = filtersFromSegments(segments, facets);
  const requested = `/models/filter/${segments.join('/')}`;
  if (requested !== canonicalPath) redirect(canonicalPath);
  return <ModelsView models={models} facets={facets} filters={filters} />;
}
