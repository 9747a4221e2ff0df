import Link from 'next/link';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { formatBytes, formatTokensPerSec } from '@/lib/format';
import { tierPicks } from '@/lib/guide-figures';
import { canonicalWizardPath } from '@/lib/schemas/wizard';

/** The wizard's top picks for a hardware tier and use case, live from the catalog. */
export async function TierPicks({ tier, useCase = 'chat', context }: { tier: string; useCase?: string; context?: string }) {
  const { params, label, results } = tierPicks(await getCatalogSnapshot(), tier, useCase, context === undefined ? undefined : Number(context));
  const href = canonicalWizardPath(params);
  return (
    <figure className="relative my-6 overflow-x-auto" tabIndex={0}>
      <table className="data">
        <caption className="mb-2 text-left text-sm font-semibold">Top picks for {label}, {useCase.replace('-', ' ')}, {params.ctx.toLocaleString('en-US')} tokens</caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Quant</th>
            <th scope="col">Runtime</th>
            <th scope="col" className="num">Memory</th>
            <th scope="col" className="num">Tokens/s</th>
            <th scope="col">Fit</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={`${r.model.slug}-${r.format}`}>
              <td><Link href={`/models/${r.model.slug}`}>{r.model.name}</Link></td>
              <td><code>{r.format}</code></td>
              <td>{r.runtime}</td>
              <td className="num">{formatBytes(r.estimate.memory.totalBytes, 'GiB')}</td>
              <td className="num">{r.decodeTokensPerSec ? formatTokensPerSec(r.decodeTokensPerSec.expected) : '—'}</td>
              <td>{r.estimate.fit.replace('-', ' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="mt-2 text-sm">
        Ranked live by the wizard for this machine; memory is the whole estimate (weights, KV cache, buffers), tokens/s the expected decode speed. <Link href={href}>See the full results, with commands →</Link>
      </figcaption>
    </figure>
  );
}
