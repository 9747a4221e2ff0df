import type { FormatSummary } from '@/lib/catalog/types';
import { SourceLink } from '@/components/ui/source-link';

/** A format's published quality loss with its source, or a plain "not published". */
export function QualityLoss({ format, showMetric = false }: { format: FormatSummary | undefined; showMetric?: boolean }) {
  if (format?.qualityLossPct == null || !format.qualitySourceUrl) return <span className="text-zinc-600 dark:text-zinc-400">not published</span>;
  return (
    <>
      +{format.qualityLossPct.toFixed(2)} %{showMetric && format.qualityMetric ? <> <span className="text-xs text-zinc-600 dark:text-zinc-400">{format.qualityMetric}</span></> : null}{' '}
      <SourceLink href={format.qualitySourceUrl} />
    </>
  );
}
