import { catalogFromRecords, catalogLookupOf } from '@/lib/catalog/records';
import { loadSeedData } from '@/lib/data/catalog-seed';
import type { DeviceSpec } from '@/lib/estimate';
import { deviceSpecOf, type CatalogHardware, type CatalogModel } from '@/lib/recommend';

// The real catalog for unit tests: prisma/seed/*.json, validated by the seed's own loader and
// turned into domain objects by the same records → domain loader the data layer uses. No hand
// copy to drift from the seed files.

const SEED_RECORDS = loadSeedData();
export const SEED_CATALOG = catalogFromRecords(SEED_RECORDS);

/** The API's slug lookup over the seed catalog. */
export const SEED_LOOKUP = catalogLookupOf(SEED_CATALOG);

/** A seed model by slug, as the estimator sees it (with its published files). */
export function seedModel(slug: string): CatalogModel {
  const model = SEED_CATALOG.models.find((m) => m.slug === slug);
  if (!model) throw new Error(`no model "${slug}" in prisma/seed/models.json`);
  return model;
}

/** A seed hardware entry by slug, as the recommender sees it. */
export function seedHardware(slug: string): CatalogHardware {
  const hardware = SEED_CATALOG.hardware.find((h) => h.slug === slug);
  if (!hardware) throw new Error(`no hardware "${slug}" in prisma/seed/hardware.json`);
  return hardware;
}

/** A seed hardware entry as an estimator device, `count` of them. */
export function seedDevice(slug: string, count = 1): DeviceSpec {
  return deviceSpecOf(seedHardware(slug), count);
}
