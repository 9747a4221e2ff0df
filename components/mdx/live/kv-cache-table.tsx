import { formatBytes } from '@/lib/format';
import { cacheCaption } from '@/lib/architecture/summary';
import { maxContextTokens } from '@/lib/estimate/model-shape';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { guideEstimate } from '@/lib/guide-figures';
import { KV_CACHE_TYPE_LABELS, KV_CACHE_TYPES } from '@/lib/enums';

const KV_TYPES = KV_CACHE_TYPES.map((type) => ({ type, label: KV_CACHE_TYPE_LABELS[type] }));

/** KV-cache size per context length and KV cache type for one model, as llama.cpp allocates it. */
export async function KvCacheTable({ model, contexts = '4096,32768,131072' }: { model: string; contexts?: string }) {
  const snapshot = await getCatalogSnapshot();
  const spec = snapshot.models.find((m) => m.slug === model);
  if (!spec) throw new Error(`KvCacheTable: unknown model "${model}"`);
  const lengths = contexts.split(',').map(Number).filter((n) => n > 0 && n <= maxContextTokens(spec));
  return (
    <figure className="relative my-6 overflow-x-auto" tabIndex={0}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Context</th>
            {KV_TYPES.map((k) => <th key={k.type} scope="col" className="num">{k.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {lengths.map((tokens) => (
            <tr key={tokens}>
              <th scope="row">{tokens.toLocaleString('en-US')} tokens</th>
              {KV_TYPES.map((k) => (
                <td key={k.type} className="num">{formatBytes(guideEstimate(snapshot, model, 'Q4_K_M', { contextTokens: tokens, kvCacheType: k.type }).memory.kvCacheBytes, 'GiB')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        KV cache and recurrent state of {spec.name} ({cacheCaption(spec.architecture)}), one sequence, computed live. GiB = 2³⁰ bytes.
      </figcaption>
    </figure>
  );
}
