import { formatBytes } from '@/lib/format';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { listFormats } from '@/lib/data/formats';
import { estimateFor } from '@/components/mdx/live/estimates';
import { QualityLoss } from '@/components/mdx/live/quality-loss';

/** Every GGUF quant for one model: bits per weight, file size (published where known), quality loss. */
export async function QuantLadder({ model }: { model: string }) {
  const [snapshot, formats] = await Promise.all([getCatalogSnapshot(), listFormats()]);
  const spec = snapshot.models.find((m) => m.slug === model);
  if (!spec) throw new Error(`QuantLadder: unknown model "${model}"`);
  const rows = formats
    .filter((f) => f.family === 'gguf')
    .map((format) => ({ format, result: estimateFor(snapshot, model, format.name) }))
    .sort((a, b) => b.result.bitsPerWeight - a.result.bitsPerWeight);
  return (
    <figure className="my-6 overflow-x-auto" tabIndex={0}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Quant</th>
            <th scope="col" className="num">Bits per weight</th>
            <th scope="col" className="num">File size</th>
            <th scope="col">Perplexity increase</th>
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
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        GGUF quantizations of {spec.name}. Quality figures are llama.cpp&apos;s published perplexity increase over FP16 on
        its reference model (see each source); larger models lose less at the same bits. Computed live.
      </figcaption>
    </figure>
  );
}
