import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { getModelBySlug, listModelSlugs } from '@/lib/data/models';
import { estimate, modelShapeProblem } from '@/lib/estimate';
import type { Runtime } from '@/lib/estimate/types';
import { formatBytes, formatParams } from '@/lib/format';
import { PageHeader } from '@/components/ui/page-header';
import { SourceLink } from '@/components/ui/source-link';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await listModelSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const model = await getModelBySlug((await params).slug);
  if (!model) return { title: 'Model not found' };
  return { title: model.name, description: `${model.name}: ${formatParams(model.totalParams)} parameters, architecture, quantized files and memory needed.` };
}

export default async function ModelPage({ params }: Props) {
  const model = await getModelBySlug((await params).slug);
  if (!model) notFound();
  const a = model.architecture;
  const moe = a.expertsTotal !== null;
  const rows: [string, React.ReactNode][] = [
    ['Parameters', <>{formatParams(model.totalParams)}{moe ? ` total, ${formatParams(model.activeParams)} active per token` : ''} <SourceLink href={model.paramsSourceUrl} /></>],
    ['Layers', a.layers],
    ['Hidden size', a.hiddenSize],
    ['FFN size', a.intermediateSize ?? '—'],
    ['Attention heads', a.attentionHeads],
    ['KV heads', `${a.kvHeads}${a.kvHeads < a.attentionHeads ? ` (grouped-query attention, ${a.attentionHeads / a.kvHeads} query heads per KV head)` : ''}`],
    ['Head dimension', `${a.headDim}${a.headDim * a.attentionHeads !== a.hiddenSize ? ' (not hidden size ÷ heads)' : ''}`],
    ['Vocabulary', a.vocabSize.toLocaleString('en-US')],
    ['Context length', `${a.contextLength.toLocaleString('en-US')} tokens`],
    ['Tied embeddings', a.tiedEmbeddings ? 'yes' : 'no'],
  ];
  if (a.slidingWindow !== null) {
    rows.push(['Sliding window', `${a.slidingWindow.toLocaleString('en-US')} tokens${a.globalLayerEvery ? `, every ${a.globalLayerEvery}${a.globalLayerEvery === 2 ? 'nd' : 'th'} layer global` : ''}`]);
  }
  if (a.mlaKvLoraRank !== null) rows.push(['Latent attention (MLA)', `KV rank ${a.mlaKvLoraRank} + RoPE ${a.mlaRopeHeadDim}`]);
  if (moe) rows.push(['Experts', `${a.expertsActive} of ${a.expertsTotal} per token`]);

  // Memory at 4k and 32k context for each format the catalog has a file in (plus the usual GGUF ladder).
  const snapshot = await getCatalogSnapshot();
  const spec = snapshot.lookup.model(model.slug)!;
  // A stored shape outside the physical ranges gets no estimates (the estimator refuses it).
  const shapeProblem = modelShapeProblem(spec);
  const formats = [...new Set(['Q8_0', 'Q6_K', 'Q5_K_M', 'Q4_K_M', 'Q3_K_M', ...model.artifacts.map((x) => x.format)])];
  const runtimeFor = (format: string): Runtime =>
    format.startsWith('MLX') ? 'mlx' : /^(AWQ|GPTQ|FP8|INT8|INT4)/.test(format) ? 'vllm' : 'llama.cpp';
  const memoryRows = shapeProblem ? [] : formats.map((format) => {
    const at = (contextTokens: number) =>
      contextTokens <= a.contextLength
        ? estimate({ model: spec, quant: format, contextTokens, depthTokens: 0, kvCacheType: 'f16', parallel: 1, runtime: runtimeFor(format) === 'vllm' ? 'transformers' : runtimeFor(format), hardware: null, fileBytes: snapshot.lookup.artifactFileBytes(model.slug, format) })
        : null;
    return { format, runtime: runtimeFor(format) === 'vllm' ? 'transformers' : runtimeFor(format), short: at(4096), long: at(32768) };
  }).sort((x, y) => (y.short?.fileBytes ?? 0) - (x.short?.fileBytes ?? 0));

  return (
    <article>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm"><Link href="/models">Models</Link> / {model.family}</nav>
      <PageHeader title={model.name}>
        <p>{model.description}</p>
        <p className="text-sm">
          {model.publisher} · released {model.releaseDate ?? 'unknown'} ·{' '}
          {model.licenseUrl ? <a href={model.licenseUrl} rel="noopener noreferrer">{model.license}</a> : model.license} · {model.modalities.join(', ')}
          {model.huggingFaceRepo ? <> · <a href={`https://huggingface.co/${model.huggingFaceRepo}`} rel="noopener noreferrer">Hugging Face</a></> : null}
          {model.ollamaTag ? <> · Ollama: <code>{model.ollamaTag}</code></> : null}
        </p>
      </PageHeader>

      <div className="grid gap-8 lg:grid-cols-[2fr_3fr]">
        <section aria-labelledby="arch-heading">
          <h2 id="arch-heading" className="mb-2 text-xl font-semibold">Architecture</h2>
          <table className="data">
            <tbody>
              {rows.map(([label, value]) => (
                <tr key={label}><th scope="row">{label}</th><td>{value}</td></tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2"><SourceLink href={model.sourceUrl} label="config source" /> · checked {model.verifiedAt}</p>
          {model.strengths.length > 0 ? (
            <>
              <h3 className="mt-6 mb-2 font-semibold">Strengths</h3>
              <ul className="space-y-1 text-sm">
                {model.strengths.map((s) => (
                  <li key={s.useCase}>
                    {s.useCase}: {'★'.repeat(s.rating)}{'☆'.repeat(5 - s.rating)} <span className="sr-only">{s.rating} of 5</span> <SourceLink href={s.sourceUrl} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        <section aria-labelledby="files-heading">
          <h2 id="files-heading" className="mb-2 text-xl font-semibold">Files</h2>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table, scrolls sideways on small screens">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Format</th>
                  <th scope="col">Publisher</th>
                  <th scope="col" className="num">File size</th>
                  <th scope="col">Get it</th>
                </tr>
              </thead>
              <tbody>
                {model.artifacts.map((artifact) => (
                  <tr key={artifact.slug}>
                    <td><code>{artifact.format}</code></td>
                    <td>{artifact.publisher}</td>
                    <td className="num">
                      {artifact.fileBytes !== null ? (
                        <>
                          {formatBytes(artifact.fileBytes)}{' '}
                          {artifact.fileBytesSourceUrl ? <SourceLink href={artifact.fileBytesSourceUrl} /> : null}
                        </>
                      ) : (
                        <span className="text-zinc-500">not published</span>
                      )}
                    </td>
                    <td className="text-xs">
                      {artifact.ollamaTag ? <code>ollama run {artifact.ollamaTag}</code> : null}
                      {artifact.huggingFaceRepo ? (
                        <a href={`https://huggingface.co/${artifact.huggingFaceRepo}`} rel="noopener noreferrer">{artifact.huggingFaceRepo}</a>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section aria-labelledby="memory-heading" className="lg:col-span-2">
          <h2 id="memory-heading" className="mb-2 text-xl font-semibold">Memory needed</h2>
          <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
            Weights, 16-bit KV cache and runtime buffers for one sequence, from the <Link href="/accuracy">estimator</Link>. Add a few hundred MB of driver memory per GPU.
            <Link href={`/plan?model=${model.slug}&quant=Q4_K_M`} className="ml-1">What hardware runs it?</Link>
          </p>
          {shapeProblem ? <p role="alert" className="mb-2 text-sm text-red-700">No estimates for this entry: {shapeProblem.message}.</p> : null}
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table, scrolls sideways on small screens">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Format</th>
                  <th scope="col">Runtime</th>
                  <th scope="col" className="num">Weights</th>
                  <th scope="col" className="num">At 4k tokens</th>
                  <th scope="col" className="num">At 32k tokens</th>
                </tr>
              </thead>
              <tbody>
                {memoryRows.map((row) => (
                  <tr key={row.format}>
                    <td><code>{row.format}</code></td>
                    <td>{row.runtime}</td>
                    <td className="num">{row.short ? `${formatBytes(row.short.fileBytes)}${row.short.fileBytesSource === 'catalog' ? '' : ' (computed)'}` : '—'}</td>
                    <td className="num">{row.short ? formatBytes(row.short.memory.totalBytes, 'GiB') : '—'}</td>
                    <td className="num">{row.long ? formatBytes(row.long.memory.totalBytes, 'GiB') : 'beyond its context'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
    </article>
  );
}
