import 'server-only';
import { db } from '@/lib/db';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { loadEntry } from '@/lib/data/catalog-records';
import { hardwareDetail, hardwareList } from '@/lib/catalog/records';
import type { HardwareDetail, HardwareSummary } from '@/lib/catalog/types';

// Hardware for the public pages, from the in-memory catalog (lib/data/catalog-snapshot.ts).

export async function listHardware(): Promise<HardwareSummary[]> {
  return hardwareList((await getCatalogSnapshot()).records);
}

export async function listHardwareSlugs(): Promise<string[]> {
  return (await getCatalogSnapshot()).records.hardware.map((h) => h.slug).sort();
}

/** One hardware entry with the measurements taken on it; null when the slug is unknown. */
export async function getHardwareBySlug(slug: string): Promise<HardwareDetail | null> {
  return hardwareDetail((await getCatalogSnapshot()).records, slug);
}

/**
 * One hardware row, read from the database on every call (the public JSON API, and the baseline
 * route of `npm run bench:wizard`: one real query per request).
 */
export async function getHardwareSummaryBySlug(slug: string): Promise<HardwareSummary | null> {
  return ((await loadEntry(db, 'hardware', slug))?.record as HardwareSummary | undefined) ?? null;
}
