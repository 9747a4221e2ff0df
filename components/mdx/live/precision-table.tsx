import { formatBytes } from '@/lib/format';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { listFormats } from '@/lib/data/formats';
import { guideEstimate } from '@/lib/guide-figures';
import { QualityLoss } from '@/components/mdx/live/quality-loss';

const ROWS = ['F32', 'F16', 'BF16', 'FP8', 'INT8', 'Q8_0', 'Q4_K_M', 'INT4', 'MXFP4'];

/** Bits per weight, size relative to FP32 and FP16, the model's weights, and the catalog's quality figure. */
export async function PrecisionTable({ model }: { model: string }) {
  const [snapshot, formats] = await Promise.all([getCatalogSnapshot(), listFormats()]);
  const spec = snapshot.models.find((m) => m.slug === model);
  if (!spec) throw new Error(`PrecisionTable: unknown model "${model}"`);
  const rows = ROWS.map((name) => {
    const result = guideEstimate(snapshot, model, name);
    const format = formats.find((f) => f.name === name);
    return { name, result, format };
  });
  const f32 = rows[0]!.result.fileBytes;
  const f16 = rows[1]!.result.fileBytes;
  return (
    <figure className="relative my-6 overflow-x-auto" tabIndex={0}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Format</th>
            <th scope="col" className="num">Bits per weight</th>
            <th scope="col" className="num">Smaller than FP32</th>
            <th scope="col" className="num">Smaller than FP16</th>
            <th scope="col" className="num">{spec.name} weights</th>
            <th scope="col">Typical quality loss</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, result, format }) => (
            <tr key={name}>
              <th scope="row"><code>{name}</code></th>
              <td className="num">{result.bitsPerWeight.toFixed(2)}</td>
              <td className="num">{(f32 / result.fileBytes).toFixed(1)}×</td>
              <td className="num">{(f16 / result.fileBytes).toFixed(1)}×</td>
              <td className="num">{formatBytes(result.fileBytes)}</td>
              <td>
                <QualityLoss format={format} showMetric />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Bits per weight are the whole file&apos;s average for {spec.name}, block scales and higher-precision tensors included,
        so 4-bit formats land above 4. Ratios compare file sizes. Computed live from the catalog and the estimator.
      </figcaption>
    </figure>
  );
}
