import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getModelBySlug, listModelSlugs } from '@/lib/data/models';
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
          <div className="overflow-x-auto">
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
      </div>
    </article>
  );
}
