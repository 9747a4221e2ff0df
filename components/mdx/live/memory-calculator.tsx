import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { MemoryCalculatorClient, type CalculatorModel } from '@/components/mdx/live/memory-calculator-client';

/** Server part: hands the catalog's model specs and published sizes to the in-browser calculator. */
export async function MemoryCalculator({ model }: { model: string }) {
  const snapshot = await getCatalogSnapshot();
  if (!snapshot.models.some((m) => m.slug === model)) throw new Error(`MemoryCalculator: unknown model "${model}"`);
  const models: CalculatorModel[] = snapshot.models
    .filter((m) => !m.modalities.includes('image') || m.modalities.includes('text'))
    .map(({ artifacts, strengths: _strengths, ...spec }) => ({
      ...spec,
      artifacts: artifacts.filter((a) => a.fileBytes !== null).map((a) => ({ slug: a.slug, format: a.format, publisher: a.publisher, fileBytes: a.fileBytes })),
    }))
    .sort((a, b) => a.totalParams - b.totalParams);
  return <MemoryCalculatorClient models={models} initial={model} />;
}
