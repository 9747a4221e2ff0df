import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { FormatSummary, RuntimeSummary } from '@/lib/catalog/types';
import { formatSelect, isoDay, reshapeFormat, splitList } from '@/lib/data/reshape';

export const listFormats = cache(async (): Promise<FormatSummary[]> => {
  const rows = await db.quantFormat.findMany({ select: formatSelect, orderBy: [{ bitsPerWeight: 'desc' }, { name: 'asc' }] });
  return rows.map(reshapeFormat);
});

export const listRuntimes = cache(async (): Promise<RuntimeSummary[]> => {
  const rows = await db.runtime.findMany({
    select: {
      slug: true, name: true, description: true, homepageUrl: true, platforms: true, backends: true,
      sourceUrl: true, verifiedAt: true, formats: { select: { format: { select: { name: true } } } },
    },
    orderBy: { name: 'asc' },
  });
  return rows.map((row) => ({
    ...row,
    verifiedAt: isoDay(row.verifiedAt),
    platforms: splitList(row.platforms),
    backends: splitList(row.backends),
    formats: row.formats.map((f) => f.format.name).sort(),
  }));
});
