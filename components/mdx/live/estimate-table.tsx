import Link from 'next/link';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { RUNTIME_LABELS } from '@/lib/enums';
import { estimateFigures } from '@/lib/format';
import { estimateTableFigures } from '@/lib/guide-figures';

/**
 * Memory, fit and speed of one model at one format on one catalog machine, at a few contexts:
 * the same builder and formatter as the model page, the wizard, /compare, /plan and the API.
 */
export async function EstimateTable({ model, quant, hardware, runtime, contexts = '8192,32768' }: { model: string; quant: string; hardware: string; runtime?: string; contexts?: string }) {
  const figures = estimateTableFigures(await getCatalogSnapshot(), { model, quant, hardware, runtime, contexts });
  const { format, runtime: chosenRuntime } = figures;
  const spec = figures.model;
  const machine = figures.hardware;
  const rows = figures.rows.map(({ contextTokens, estimate }) => ({ contextTokens, figures: estimateFigures(estimate) }));
  return (
    <figure className="relative my-6 overflow-x-auto" tabIndex={0}>
      <table className="data" data-testid="estimate-table" data-model={model} data-hardware={hardware}>
        <thead>
          <tr>
            <th scope="col">Context</th>
            <th scope="col" className="num">Memory</th>
            <th scope="col">Fit</th>
            <th scope="col" className="num">Tokens/s</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ contextTokens, figures }) => (
            <tr key={contextTokens} data-context={contextTokens}>
              <th scope="row">{contextTokens.toLocaleString('en-US')} tokens</th>
              <td className="num" data-figure="memory">{figures.memory}</td>
              <td data-figure="fit">{figures.fit}</td>
              <td className="num"><span data-figure="decode">{figures.decode}</span> <span className="text-xs text-zinc-600 dark:text-zinc-400">({figures.decodeBand})</span></td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        <Link href={`/models/${model}`}>{spec.name}</Link> at <code>{format}</code> with {RUNTIME_LABELS[chosenRuntime]} on {machine.name}, one user,
        everything else at the runtime&apos;s defaults; tokens/s while generating halfway through the context. Computed live; GiB = 2³⁰ bytes.
      </figcaption>
    </figure>
  );
}
