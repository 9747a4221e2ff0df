import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { HardwareDetail, HardwareSummary } from '@/lib/catalog/types';
import { hardwareSelect, measurementSelect, reshapeHardware, reshapeMeasurement } from '@/lib/data/reshape';

export const listHardware = cache(async (): Promise<HardwareSummary[]> => {
  const rows = await db.hardware.findMany({ select: hardwareSelect, orderBy: [{ kind: 'asc' }, { vendor: 'asc' }, { memoryBytes: 'asc' }, { name: 'asc' }] });
  return rows.map(reshapeHardware);
});

export const listHardwareSlugs = cache(async (): Promise<string[]> => {
  const rows = await db.hardware.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } });
  return rows.map((r) => r.slug);
});

/** One hardware entry with the measurements taken on it; null when the slug is unknown. */
export const getHardwareBySlug = cache(async (slug: string): Promise<HardwareDetail | null> => {
  const row = await db.hardware.findUnique({
    where: { slug },
    select: {
      ...hardwareSelect,
      measurements: { select: measurementSelect, orderBy: [{ model: { totalParams: 'asc' } }, { format: { bitsPerWeight: 'asc' } }] },
    },
  });
  if (!row) return null;
  const { measurements, ...hardware } = row;
  return { ...reshapeHardware(hardware), measurements: measurements.map(reshapeMeasurement) };
});

/** One hardware row without its measurements (the public JSON API). */
export async function getHardwareSummaryBySlug(slug: string): Promise<HardwareSummary | null> {
  const row = await db.hardware.findUnique({ where: { slug }, select: hardwareSelect });
  return row ? reshapeHardware(row) : null;
}
