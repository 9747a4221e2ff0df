import type { MDXComponents } from 'mdx/types';
import { Callout } from '@/components/mdx/callout';
import { EstimateTable } from '@/components/mdx/live/estimate-table';
import { KvCacheTable } from '@/components/mdx/live/kv-cache-table';
import { MemoryCalculator } from '@/components/mdx/live/memory-calculator';
import { ModelSizeTable } from '@/components/mdx/live/model-size-table';
import { PrecisionTable } from '@/components/mdx/live/precision-table';
import { QuantLadder } from '@/components/mdx/live/quant-ladder';
import { SpeedChart } from '@/components/mdx/live/speed-chart';
import { TierPicks } from '@/components/mdx/live/tier-picks';
import { OpenInWizard } from '@/components/mdx/open-in-wizard';
import { Term } from '@/components/mdx/term';

/** The one registry of components guides may use; each takes string props only. */
export const mdxComponents: MDXComponents = {
  Callout,
  Term,
  OpenInWizard,
  ModelSizeTable,
  PrecisionTable,
  QuantLadder,
  KvCacheTable,
  EstimateTable,
  SpeedChart,
  TierPicks,
  MemoryCalculator,
};
