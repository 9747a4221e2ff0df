import 'server-only';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { modelDetail, modelSummaries } from '@/lib/catalog/records';
import type { ModelDetail, ModelSummary } from '@/lib/catalog/types';

// Models for the public pages, from the in-memory catalog (lib/data/catalog-snapshot.ts): the
// same records the estimator and the wizard read, so a page never disagrees with them.

/** Every model with what the list page filters on. */
export async function listModels(): Promise<ModelSummary[]> {
  return modelSummaries((await getCatalogSnapshot()).records);
}

export async function listModelSlugs(): Promise<string[]> {
  return (await getCatalogSnapshot()).records.models.map((m) => m.slug).sort();
}

/** One model with its architecture and every artifact; null when the slug is unknown. */
export async function getModelBySlug(slug: string): Promise<ModelDetail | null> {
  return modelDetail((await getCatalogSnapshot()).records, slug);
}
