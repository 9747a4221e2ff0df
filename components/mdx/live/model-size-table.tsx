import Link from 'next/link';
import { estimateFigures, formatBytes, formatParams } from '@/lib/format';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { estimateFor, smallestClass } from '@/components/mdx/live/estimates';

/** Parameters, weights at FP16 / Q8_0 / Q4_K_M, memory to run at a context, and the smallest hardware class. */
export async function ModelSizeTable({ models, contextTokens = '8192' }: { models: string; contextTokens?: string }) {
  const snapshot = await getCatalogSnapshot();
  const context = Number(contextTokens);
  const slugs = models.split(',').map((s) => s.trim());
  const rows = slugs.map((slug) => {
    const model = snapshot.models.find((m) => m.slug === slug);
    if (!model) throw new Error(`ModelSizeTable: unknown model "${slug}"`);
    const f16 = estimateFor(snapshot, slug, 'F16', { contextTokens: context });
    const q8 = estimateFor(snapshot, slug, 'Q8_0', { contextTokens: context });
    const q4 = estimateFor(snapshot, slug, 'Q4_K_M', { contextTokens: context });
    return { model, f16, q8, q4, runsOn: smallestClass(snapshot, slug, 'Q4_K_M', context) };
  });
  const size = (e: (typeof rows)[number]['f16']) => (
    <>
      {formatBytes(e.fileBytes)}
      {e.fileBytesSource === 'catalog' ? <span title="published file size" aria-label="published file size"> ●</span> : null}
    </>
  );
  return (
    <figure className="my-6 overflow-x-auto" tabIndex={0}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col" className="num">Parameters</th>
            <th scope="col" className="num">FP16</th>
            <th scope="col" className="num">8-bit (Q8_0)</th>
            <th scope="col" className="num">4-bit (Q4_K_M)</th>
            <th scope="col" className="num">Q4_K_M at {context.toLocaleString('en-US')} tokens</th>
            <th scope="col">Smallest hardware that holds it</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ model, f16, q8, q4, runsOn }) => (
            <tr key={model.slug}>
              <td><Link href={`/models/${model.slug}`}>{model.name}</Link></td>
              <td className="num">
                {formatParams(model.totalParams)}
                {model.activeParams < model.totalParams ? ` (${formatParams(model.activeParams)} active)` : ''}
              </td>
              <td className="num">{size(f16)}</td>
              <td className="num">{size(q8)}</td>
              <td className="num">{size(q4)}</td>
              <td className="num">{estimateFigures(q4).memory}</td>
              <td>{runsOn ?? 'a multi-node cluster'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Computed live from the <Link href="/models">catalog</Link> and the <Link href="/accuracy">estimator</Link>. File
        sizes are in decimal GB (10⁹ bytes), memory in GiB (2³⁰ bytes). ● marks a published file size; other sizes are
        computed from the architecture and the format&apos;s block layout. Memory adds the KV cache (16-bit) and
        llama.cpp&apos;s compute buffer (flash attention on, its default) to the weights; the hardware column asks for
        everything on the GPU.
      </figcaption>
    </figure>
  );
}
