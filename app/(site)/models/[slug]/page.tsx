import { extrasSummary, layerSummary } from '@/lib/architecture/summary';
import { extensionLabel } from '@/lib/estimate/context-extension';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { getModelBySlug } from '@/lib/data/models';
import { RUNTIME_LABELS, RUNTIMES } from '@/lib/enums';
import { COMMON_GGUF_QUANTS, defaultRuntimeFor, estimateChoice, modelShapeProblem, normalizeQuant, type Estimate } from '@/lib/estimate';
import { estimateFigures, formatBytes, formatParams } from '@/lib/format';
import { estimatedDecodeFor, machineSpec } from '@/lib/recommend';
import { figureProvenance } from '@/lib/schemas/catalog';
import { modelChoiceParamsSchema } from '@/lib/schemas/wizard';
import { FigureSource } from '@/components/catalog/figure-provenance';
import { MeasurementsTable } from '@/components/catalog/measurements-table';
import { PageHeader } from '@/components/ui/page-header';
import { SourceLink } from '@/components/ui/source-link';
import { ScrollTable } from '@/components/ui/scroll-table';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Contexts the page offers for its "on your hardware" figures. */
const CONTEXTS = [2048, 4096, 8192, 16384, 32768, 65536, 131072];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const model = await getModelBySlug((await params).slug);
  if (!model) return { title: 'Model not found' };
  return { title: model.name, description: `${model.name}: ${formatParams(model.totalParams)} parameters, architecture, quantized files and memory needed.` };
}

export default async function ModelPage({ params, searchParams }: Props) {
  const model = await getModelBySlug((await params).slug);
  if (!model) notFound();
  const query = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v));
  const parsedChoice = modelChoiceParamsSchema.safeParse(query);
  const a = model.architecture;
  const moe = a.moe !== null;
  const { nativeTokens, extendedTokens, extension } = a.context;
  const longest = extendedTokens ?? nativeTokens;
  const rows: [string, React.ReactNode][] = [
    [
      'Parameters',
      <>
        {formatParams(model.totalParams)}{moe ? ` total, ${formatParams(model.activeParams)} active per token` : ''}
        <span className="block" data-testid="params-provenance"><FigureSource provenance={figureProvenance(model, 'params')} /></span>
      </>,
    ],
    ['Layers', a.layers],
    ...layerSummary(a).map((r): [string, React.ReactNode] => [r.label, r.value]),
    ['Hidden size', a.hiddenSize],
    ['Vocabulary', a.vocabSize.toLocaleString('en-US')],
    ['Context length', `${nativeTokens.toLocaleString('en-US')} tokens native${extendedTokens !== null && extension ? `; ${extendedTokens.toLocaleString('en-US')} with ${extensionLabel(extension, nativeTokens)}` : ''}`],
    ['Tied embeddings', a.tiedEmbeddings ? 'yes' : 'no'],
    ...extrasSummary(a).map((r): [string, React.ReactNode] => [r.label, r.params === undefined ? r.value : `${formatParams(r.params)} parameters, ${r.value}`]),
  ];

  // Memory at 4k and 32k context for each format the catalog has a file in (plus the common GGUF
  // ladder), without hardware: the same figures the API gives for these choices with no hardware.
  const snapshot = await getCatalogSnapshot();
  // A stored shape outside the physical ranges is left out of the snapshot's models (the estimator
  // refuses it): its page shows the record, without estimates.
  const spec = snapshot.models.find((m) => m.slug === model.slug);
  const stored = snapshot.lookup.model(model.slug);
  const shapeProblem = stored ? modelShapeProblem(stored) : null;
  const formats = [...new Set([...COMMON_GGUF_QUANTS.slice(0, 5), ...model.artifacts.map((x) => x.format)])].filter((f) => normalizeQuant(f) !== null);
  const memoryRows = !spec ? [] : formats.map((format) => {
    const runtime = defaultRuntimeFor(format, null);
    const at = (contextTokens: number) => (contextTokens <= longest ? estimateChoice({ model: spec, quant: format, runtime, hardware: null, contextTokens }) : null);
    return { format, runtime, short: at(4096), long: at(32768) };
  }).sort((x, y) => (y.short?.fileBytes ?? 0) - (x.short?.fileBytes ?? 0));

  // The choice the reader picked below: one estimate through the same builder as every other page.
  const choice = parsedChoice.success ? parsedChoice.data : null;
  const chosenHardware = choice?.hardware ? snapshot.hardware.find((h) => h.slug === choice.hardware) : undefined;
  const choiceProblem = !parsedChoice.success
    ? Object.entries(z.flattenError(parsedChoice.error).fieldErrors).map(([k, v]) => `${k}: ${v?.[0]}`).join('; ')
    : choice?.hardware && !chosenHardware
      ? `hardware: “${choice.hardware}” is not in the catalog`
      : choice && !normalizeQuant(choice.quant)
        ? `quant: “${choice.quant}” is not a format we know`
        : null;
  let chosen: Estimate | null = null;
  if (spec && choice && !choiceProblem) {
    const hardware = chosenHardware ? machineSpec(chosenHardware, choice.n) : null;
    const quant = normalizeQuant(choice.quant)!;
    chosen = estimateChoice({ model: spec, quant, runtime: choice.runtime ?? defaultRuntimeFor(quant, hardware), hardware, contextTokens: choice.ctx });
  }
  const figures = chosen ? estimateFigures(chosen) : null;
  const hardwareOptions = snapshot.hardware.map((h) => ({ value: h.slug, label: h.name }));
  const quantOptions = [...new Set([...COMMON_GGUF_QUANTS, ...model.artifacts.map((x) => x.format)])].filter((f) => normalizeQuant(f) !== null);

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

      {/* minmax(0, …) tracks: a wide table scrolls inside its column instead of widening the page. */}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="arch-heading">
          <h2 id="arch-heading" className="mb-2 text-xl font-semibold">Architecture</h2>
          <table className="data">
            <tbody>
              {rows.map(([label, value]) => (
                <tr key={label}><th scope="row">{label}</th><td>{value}</td></tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400" data-testid="architecture-provenance">
            Layers to tied embeddings, as read from config.json: <FigureSource provenance={figureProvenance(model, 'architecture')} label="config.json" />
          </p>
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            Release date, license and the rest of this entry: <SourceLink href={model.sourceUrl} inText /> · checked {model.verifiedAt}
          </p>
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
          {model.artifacts.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              No download of this model is in the catalog yet: none was found with a published file size. The sizes below
              are computed from its architecture.
            </p>
          ) : (
            <ScrollTable label="Files">
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
                            {formatBytes(artifact.fileBytes)}
                            <span className="block"><FigureSource provenance={figureProvenance(artifact, 'fileBytes')} /></span>
                          </>
                        ) : (
                          <span className="text-zinc-600 dark:text-zinc-400">no sourced size yet</span>
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
            </ScrollTable>
          )}
        </section>
        <section aria-labelledby="memory-heading" className="lg:col-span-2">
          <h2 id="memory-heading" className="mb-2 text-xl font-semibold">Memory needed</h2>
          <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
            Weights, 16-bit KV cache and runtime buffers for one sequence with each format&apos;s default runtime and its
            shipped settings, from the <Link href="/accuracy">estimator</Link>, before any GPU is chosen (drivers add a few
            hundred MB per GPU). <Link href="#on-your-hardware">Pick your hardware</Link> for fit and speed, or see{' '}
            <Link href={`/plan?model=${model.slug}&quant=Q4_K_M`}>what hardware runs it</Link>.
          </p>
          {shapeProblem ? <p role="alert" className="mb-2 text-sm text-red-700 dark:text-red-400">No estimates for this entry: {shapeProblem.message}.</p> : null}
          <ScrollTable label="Memory needed">
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
                  <tr key={row.format} data-format={row.format}>
                    <td><code>{row.format}</code></td>
                    <td>{row.runtime}</td>
                    <td className="num">{row.short ? `${formatBytes(row.short.fileBytes)}${row.short.fileBytesSource === 'catalog' ? '' : ' (computed)'}` : '—'}</td>
                    <td className="num" data-context="4096">{row.short ? estimateFigures(row.short).memory : '—'}</td>
                    <td className="num" data-context="32768">{row.long ? estimateFigures(row.long).memory : 'beyond its context'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>

        <section aria-labelledby="on-your-hardware" className="lg:col-span-2">
          <h2 id="on-your-hardware" className="mb-2 text-xl font-semibold">On your hardware</h2>
          <form method="get" action={`/models/${model.slug}#on-your-hardware`} className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-3 lg:grid-cols-6">
            <label className="flex min-w-0 flex-col gap-1 text-xs font-medium sm:col-span-2">Hardware
              <select name="hardware" defaultValue={choice?.hardware ?? ''} className="w-full min-w-0 rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900">
                <option value="">None: memory only</option>
                {hardwareOptions.map((h) => <option key={h.value} value={h.value}>{h.label}</option>)}
              </select>
            </label>
            <label className="flex min-w-0 flex-col gap-1 text-xs font-medium">How many
              <select name="n" defaultValue={String(choice?.n ?? 1)} className="w-full min-w-0 rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900">
                {[1, 2, 3, 4, 6, 8].map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
            </label>
            <label className="flex min-w-0 flex-col gap-1 text-xs font-medium">Quantization
              <select name="quant" defaultValue={choice?.quant ?? 'Q4_K_M'} className="w-full min-w-0 rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900">
                {quantOptions.map((q) => <option key={q} value={q}>{q}</option>)}
              </select>
            </label>
            <label className="flex min-w-0 flex-col gap-1 text-xs font-medium">Context (tokens)
              <select name="ctx" defaultValue={String(choice?.ctx ?? 8192)} className="w-full min-w-0 rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900">
                {CONTEXTS.filter((c) => c <= longest).map((c) => <option key={c} value={c}>{c.toLocaleString('en-US')}</option>)}
              </select>
            </label>
            <label className="flex min-w-0 flex-col gap-1 text-xs font-medium">Runtime
              <select name="runtime" defaultValue={choice?.runtime ?? ''} className="w-full min-w-0 rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900">
                <option value="">Default for the format</option>
                {RUNTIMES.map((r) => <option key={r} value={r}>{RUNTIME_LABELS[r]}</option>)}
              </select>
            </label>
            <div className="sm:col-span-3 lg:col-span-6">
              <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">Estimate</button>
            </div>
          </form>
          {choiceProblem ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">This link has a problem: {choiceProblem}</p> : null}
          {chosen && figures ? (
            <div data-testid="model-estimate">
              <p className="mb-2 text-sm">
                <code>{chosen.quant}</code> with {chosen.runtime}, {chosen.contextTokens.toLocaleString('en-US')} tokens of context
                {chosenHardware ? ` on ${choice!.n > 1 ? `${choice!.n}× ` : ''}${chosenHardware.name}` : ', no hardware chosen'}:
              </p>
              <table className="data">
                <tbody>
                  <tr><th scope="row">Memory needed</th><td data-figure="memory">{figures.memory}</td></tr>
                  <tr><th scope="row">Fit</th><td data-figure="fit">{figures.fit}</td></tr>
                  <tr><th scope="row">Generation (tokens/s)</th><td><span data-figure="decode">{figures.decode}</span>{chosen.speed ? ` (likely ${figures.decodeBand})` : ''}</td></tr>
                  <tr><th scope="row">Prompt reading (tokens/s)</th><td>{figures.prefill}</td></tr>
                  {chosen.speed ? <tr><th scope="row">Confidence</th><td data-figure="confidence">{figures.confidence}</td></tr> : null}
                </tbody>
              </table>
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer">How this was estimated</summary>
                <ul className="mt-1 list-disc pl-5 text-xs text-zinc-600 dark:text-zinc-400">{chosen.assumptions.map((x) => <li key={x}>{x}</li>)}</ul>
              </details>
            </div>
          ) : null}
        </section>
        <section aria-labelledby="measured-heading" className="lg:col-span-2">
          <h2 id="measured-heading" className="mb-2 text-xl font-semibold">Measured</h2>
          <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
            Published benchmarks of this model (the ones <Link href="/accuracy">/accuracy</Link> scores the estimator on among
            them), beside what the estimator predicts for the same device, format, runtime and context depth. &ldquo;At
            depth&rdquo; is how many tokens were already in the context when speed was measured.
          </p>
          {model.measurements.length === 0 ? (
            <p>No published measurement of this model is in the catalog yet.</p>
          ) : (
            <MeasurementsTable subject="model" rows={model.measurements.map((m) => ({ measurement: m, estimate: estimatedDecodeFor(m, snapshot) }))} />
          )}
        </section>
      </div>
    </article>
  );
}
