import { formatBytes } from '@/lib/format';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { listFormats } from '@/lib/data/formats';
import { guideEstimate } from '@/lib/guide-figures';
import { QualityLoss } from '@/components/mdx/live/quality-loss';
import { qualityCalibration, type QualityCalibration } from '@/lib/guide-figures';

const CALIBRATION_LABELS: Record<QualityCalibration, string> = { imatrix: 'yes', 'no-imatrix': 'no', unstated: 'not stated' };

/** Every GGUF quant for one model: bits per weight, file size (published where known), quality loss and whether it was measured with an importance matrix. */
export async function QuantLadder({ model }: { model: string }) {
  const [snapshot, formats] = await Promise.all([getCatalogSnapshot(), listFormats()]);
  const spec = snapshot.models.find((m) => m.slug === model);
  if (!spec) throw new Error(`QuantLadder: unknown model "${model}"`);
  const rows = formats
    .filter((f) => f.family === 'gguf')
    .map((format) => ({ format, result: guideEstimate(snapshot, model, format.name) }))
    .sort((a, b) => b.result.bitsPerWeight - a.result.bitsPerWeight);
  const measured = (calibration: QualityCalibration) => rows.filter(({ format }) => format.qualityLossPct != null && qualityCalibration(format.qualityMetric) === calibration).map(({ format }) => format.name);
  const withoutImatrix = measured('no-imatrix');
  const withImatrix = measured('imatrix');
  return (
    <figure className="relative my-6 overflow-x-auto" tabIndex={0}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Quant</th>
            <th scope="col" className="num">Bits per weight</th>
            <th scope="col" className="num">File size</th>
            <th scope="col">Perplexity increase</th>
            <th scope="col">Measured with an importance matrix</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ format, result }) => (
            <tr key={format.name}>
              <th scope="row"><code>{format.name}</code></th>
              <td className="num">{result.bitsPerWeight.toFixed(2)}</td>
              <td className="num">
                {formatBytes(result.fileBytes)} <span className="text-xs text-zinc-600 dark:text-zinc-400">{result.fileBytesSource === 'catalog' ? 'published' : 'computed'}</span>
              </td>
              <td>
                <QualityLoss format={format} />
              </td>
              <td data-calibration={qualityCalibration(format.qualityMetric)}>{format.qualityLossPct == null ? '—' : CALIBRATION_LABELS[qualityCalibration(format.qualityMetric)]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        GGUF quantizations of {spec.name}; file sizes are the published files where marked, otherwise computed. Quality
        figures are llama.cpp&apos;s published perplexity increase over FP16 on the reference model
        each source names, not on {spec.name}. The figures come from two measurement sets, labelled per row:{' '}
        {withoutImatrix.length > 0 ? <>without an importance matrix ({withoutImatrix.join(', ')})</> : null}
        {withoutImatrix.length > 0 && withImatrix.length > 0 ? '; ' : null}
        {withImatrix.length > 0 ? <>with one ({withImatrix.join(', ')})</> : null}. An importance matrix lowers the loss
        most at low bits, so rows from the two sets do not compare like for like. Larger models lose less at the same bits.
        Computed live.
      </figcaption>
    </figure>
  );
}
