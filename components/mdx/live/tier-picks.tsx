import Link from 'next/link';
import { profileFromParams } from '@/lib/catalog/wizard-profile';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { formatBytes, formatTokensPerSec } from '@/lib/format';
import { recommend } from '@/lib/recommend';
import { WIZARD_PRESETS, canonicalWizardPath, wizardParamsSchema, type WizardPreset } from '@/lib/schemas/wizard';

// Guide tiers map onto the wizard's presets, so the guide and the wizard can never disagree.
const TIER_PRESETS: Record<string, WizardPreset> = {
  laptop: 'laptop',
  'gaming-8gb': 'gaming-8gb',
  'gaming-12gb': 'gaming-12gb',
  'gaming-24gb': 'gaming-24gb',
  'apple-8gb': 'apple-8gb',
  'apple-16gb': 'apple-16gb',
  'apple-64gb': 'apple-64gb',
  workstation: 'workstation-2x3090',
};

/** The wizard's top picks for a hardware tier and use case, live from the catalog. */
export async function TierPicks({ tier, useCase = 'chat' }: { tier: string; useCase?: string }) {
  const preset = TIER_PRESETS[tier];
  if (!preset) throw new Error(`TierPicks: unknown tier "${tier}"`);
  const answers = { ...WIZARD_PRESETS[preset], use: useCase };
  const params = wizardParamsSchema.parse(Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, String(v)])));
  const catalog = await getCatalogSnapshot();
  const resolved = profileFromParams(params, catalog.hardware);
  if (!resolved.ok) throw new Error(`TierPicks: ${resolved.message}`);
  const { results } = recommend(resolved.profile, resolved.needs, catalog, { limit: 5, explain: false });
  const href = canonicalWizardPath(params);
  return (
    <figure className="my-6 overflow-x-auto" tabIndex={0}>
      <table className="data">
        <caption className="mb-2 text-left text-sm font-semibold">Top picks for {resolved.label}, {useCase.replace('-', ' ')}, {params.ctx.toLocaleString('en-US')} tokens</caption>
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
        Ranked live by the wizard. <Link href={href}>See the full results, with commands →</Link>
      </figcaption>
    </figure>
  );
}
