import type { FigureProvenance } from '@/lib/schemas/catalog';
import { SourceLink } from '@/components/ui/source-link';

/**
 * Where a group of figures comes from and the day an editor checked them against it, or, plainly,
 * that nobody has yet: an empty "verified on" never reads as checked.
 */
export function FigureSource({ provenance, label = 'source' }: { provenance: FigureProvenance; label?: string }) {
  const { sourceUrl, verifiedAt } = provenance;
  return (
    <span className="text-xs text-zinc-600 dark:text-zinc-400" data-provenance={verifiedAt ? 'verified' : 'unverified'}>
      {sourceUrl ? <SourceLink href={sourceUrl} label={label} inText /> : 'no source given'}
      {' · '}
      {verifiedAt ? <>verified on <time dateTime={verifiedAt}>{verifiedAt}</time></> : 'not verified yet'}
    </span>
  );
}
