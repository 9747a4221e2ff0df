import 'server-only';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { formatList } from '@/lib/catalog/records';
import type { FormatSummary } from '@/lib/catalog/types';

/** Every quantization format in the catalog, most bits first. */
export async function listFormats(): Promise<FormatSummary[]> {
  return formatList((await getCatalogSnapshot()).records);
}
