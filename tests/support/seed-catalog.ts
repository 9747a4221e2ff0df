import { catalogFromRecords } from '@/lib/catalog/records';
import { loadSeedData } from '@/lib/data/catalog-seed';

// The real catalog for unit tests: prisma/seed/*.json, validated by the seed's own loader and
// turned into domain objects by the same records → domain loader the data layer uses. No hand
// copy to drift from the seed files.

export const SEED_RECORDS = loadSeedData();
export const SEED_CATALOG = catalogFromRecords(SEED_RECORDS);
