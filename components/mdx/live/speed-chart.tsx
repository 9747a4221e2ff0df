import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { BandChart } from '@/components/charts/band-chart';
import { speedChartFigures } from '@/lib/guide-figures';

/** Expected decode speed (with its band) per quantization of one model on one device; caption derived from the same rows. */
export async function SpeedChart({ model, hardware }: { model: string; hardware: string }) {
  const figures = speedChartFigures(await getCatalogSnapshot(), model, hardware);
  const rows = figures.rows.map((row) => ({
    label: row.quant,
    low: row.low,
    expected: row.expected,
    high: row.high,
    note: row.fit === 'full-gpu' ? undefined : row.fit.replace('-', ' '),
  }));
  return <BandChart rows={rows} unit="tok/s" title={`Decode speed of ${figures.modelName} on ${figures.hardwareName}`} description={figures.caption} />;
}
