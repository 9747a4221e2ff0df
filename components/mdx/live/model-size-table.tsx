import Link from 'next/link';
import { estimateFigures, formatBytes, formatParams } from '@/lib/format';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { modelSizeRows, type ModelSizeRow } from '@/lib/guide-figures';

/** Parameters, weights at FP16 / Q8_0 / 4-bit, memory to run the 4-bit file at a context, and the smallest hardware class. */
export async function ModelSizeTable({ models, contextTokens = '8192' }: { models: string; contextTokens?: string }) {
  const context = Number(contextTokens);
  const rows = modelSizeRows(await getCatalogSnapshot(), models.split(',').map((s) => s.trim()), context);
  const size = (e: ModelSizeRow['f16']) => (
    <>
      {formatBytes(e.fileBytes)}
      {e.fileBytesSource === 'catalog' ? <span title="published file size" aria-label="published file size"> ●</span> : null}
    </>
  );
  const native = rows.filter((r) => r.fourBitFormat !== 'Q4_K_M');
  return (
    <figure className="relative my-6 overflow-x-auto" tabIndex={0}>
      <table className="data" data-testid="model-size-table">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col" className="num">Parameters</th>
            <th scope="col" className="num">FP16</th>
            <th scope="col" className="num">8-bit (Q8_0)</th>
            <th scope="col" className="num">4-bit file</th>
            <th scope="col" className="num">4-bit file at {context.toLocaleString('en-US')} tokens</th>
            <th scope="col">Smallest hardware that holds it</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ model, f16, q8, fourBit, fourBitFormat, holdsIt }) => (
            <tr key={model.slug} data-model={model.slug}>
              <td><Link href={`/models/${model.slug}`}>{model.name}</Link></td>
              <td className="num">
                {formatParams(model.totalParams)}
                {model.activeParams < model.totalParams ? ` (${formatParams(model.activeParams)} active)` : ''}
              </td>
              <td className="num">{size(f16)}</td>
              <td className="num">{size(q8)}</td>
              <td className="num"><code className="text-xs">{fourBitFormat}</code> {size(fourBit)}</td>
              <td className="num">{estimateFigures(fourBit).memory}</td>
              <td data-figure="holds-it">{holdsIt ?? 'a multi-node cluster'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Computed live from the <Link href="/models">catalog</Link> and the <Link href="/accuracy">estimator</Link>. File
        sizes are in decimal GB (10⁹ bytes), memory in GiB (2³⁰ bytes). ● marks a published file size; other sizes are
        computed from the architecture and the format&apos;s block layout. The 4-bit file is Q4_K_M
        {native.length > 0 ? <>, except where the maker releases its own 4-bit weights ({native.map((r) => `${r.model.name}: ${r.fourBitFormat}`).join(', ')})</> : null}. Memory adds the KV cache (16-bit) and
        llama.cpp&apos;s compute buffer (flash attention on, its default) to the weights; the hardware column asks for
        everything on the GPU.
      </figcaption>
    </figure>
  );
}
