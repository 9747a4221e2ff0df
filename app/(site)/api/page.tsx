import type { Metadata } from 'next';
import { CONFIG_FETCHES_PER_MINUTE } from '@/lib/hub-connection';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { RUNTIMES } from '@/lib/enums';
import { runEstimateRequests } from '@/lib/estimate';
import { API_MAX_BATCH, MAX_BATCH, MAX_REQUEST_BODY_BYTES } from '@/lib/schemas/estimate';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = {
  title: 'Estimate API',
  description: 'POST /api/v1/estimate and the estimate CLI: request and response contract with live examples.',
};

const EXAMPLES = [
  {
    title: 'A catalog model on a catalog GPU',
    request: {
      model: { slug: 'llama-3.1-8b-instruct' },
      quant: 'Q4_K_M',
      contextTokens: 8192,
      depthTokens: 0,
      kvCacheType: 'f16',
      parallel: 1,
      runtime: 'llama.cpp',
      hardware: { devices: [{ slug: 'geforce-rtx-4090' }], systemMemoryBytes: 68719476736 },
    },
  },
  {
    title: 'Your own architecture on hardware typed in',
    request: {
      model: { architecture: { totalParams: 8.03e9, layers: 32, hiddenSize: 4096, intermediateSize: 14336, attentionHeads: 32, kvHeads: 8, headDim: 128, vocabSize: 128256 } },
      quant: 'Q5_K_M',
      contextTokens: 16384,
      hardware: { devices: [{ kind: 'nvidia', memoryBytes: 12884901888, bandwidthGBps: 360, fp16Tflops: 51 }], systemMemoryBytes: 34359738368 },
    },
  },
  {
    title: 'Memory only (no hardware), several at once',
    request: [
      { model: { slug: 'qwen3-30b-a3b' }, quant: 'Q4_K_M', contextTokens: 32768 },
      { model: { slug: 'qwen3-30b-a3b' }, quant: 'Q4_K_M', contextTokens: 32768, kvCacheType: 'q8_0' },
    ],
  },
  { title: 'A bad request: the error names the field', request: { model: { slug: 'llama-3.1-8b-instruct' }, quant: 'Q4_K_M', contextTokens: -5 } },
];

export default async function ApiPage() {
  const { lookup } = await getCatalogSnapshot();
  const code = 'block overflow-x-auto rounded border border-zinc-200 bg-zinc-50 p-3 text-xs dark:border-zinc-800 dark:bg-zinc-900';
  return (
    <article className="prose-guide max-w-4xl">
      <PageHeader title="Estimate API">
        <p>The estimator behind every page, as an HTTP endpoint and a command-line tool. Both take the same JSON and give the same answer.</p>
      </PageHeader>
      <h2 id="http">HTTP</h2>
      <p><code>POST /api/v1/estimate</code> with a JSON body: one request object, or an array of up to {API_MAX_BATCH.toLocaleString('en-US')} (bodies up to {MAX_REQUEST_BODY_BYTES / 1024 / 1024} MiB). Success is <code>200</code> with the response (or an array of responses); a malformed or impossible request is <code>400</code> with <code>{'{ "error": { "field", "message" } }'}</code> naming the field. Each address may ask for a burst of estimates and then a steady rate (an estimate in a batch counts as one); past that the answer is <code>429</code> with a <code>Retry-After</code> header.</p>
      <pre className={code} tabIndex={0}>{`curl -s localhost:3000/api/v1/estimate -H 'content-type: application/json' \\
  -d '{"model":{"slug":"llama-3.1-8b-instruct"},"quant":"Q4_K_M","contextTokens":8192,"hardware":{"devices":[{"slug":"geforce-rtx-4090"}]}}'`}</pre>
      <h3 id="other-endpoints">Two reads beside it</h3>
      <ul className="list-disc space-y-1 pl-6">
        <li><code>GET /api/v1/hardware/&lt;slug&gt;</code>: one catalog device as JSON (<code>404</code> naming the slug when the catalog has no such device).</li>
        <li><code>GET /api/v1/hf-config?repo=owner/name</code>: that Hugging Face repository&apos;s <code>config.json</code>, fetched by the server for <a href="/your-model">/your-model</a>, which passes it back here as <code>model.hfConfig</code>. A bad repo id is <code>400</code> naming <code>repo</code>; a gated or missing repository <code>403</code> / <code>404</code>; a server that cannot reach the Hub answers <code>502</code> (<code>504</code> on a timeout) saying so. Each address may have {CONFIG_FETCHES_PER_MINUTE} configs fetched a minute.</li>
      </ul>
      <h2 id="cli">Command line</h2>
      <pre className={code} tabIndex={0}>{`echo '{"model":{"slug":"qwen3-8b"},"quant":"Q4_K_M"}' | npm run -s estimate`}</pre>
      <p>Exit status 0 with the response on stdout, or 2 with the error object. It runs on your machine, so it takes larger batches: up to {MAX_BATCH.toLocaleString('en-US')} requests in one array; the whole answer is written before the process ends, so it can be piped (<code>| jq</code>). <code>npm run -s estimate -- --help</code> prints the usage.</p>
      <h2 id="request">Request</h2>
      <ul>
        <li><code>model</code>: <code>{'{ "slug" }'}</code> from the catalog, or <code>{'{ "architecture": { … } }'}</code> with <code>totalParams</code>, <code>layers</code>, <code>hiddenSize</code>, <code>attentionHeads</code>, <code>kvHeads</code>, <code>vocabSize</code> and optionally <code>activeParams</code>, <code>intermediateSize</code>, <code>headDim</code>, <code>tiedEmbeddings</code>, <code>slidingWindow</code> <code>{'{ size, globalLayerEvery }'}</code>, <code>mla</code> <code>{'{ kvLoraRank, ropeHeadDim }'}</code>, <code>experts</code> <code>{'{ total, active, intermediateSize, shared }'}</code>; or <code>{'{ "hfConfig": { … } }'}</code>, a Hugging Face <code>config.json</code> as published (hybrid attention, MLA, MoE and the other layouts of 2026 are read exactly; an unknown <code>model_type</code> is a 400 naming it). When an architecture contradicts its own <code>totalParams</code> by more than 10 %, the answer says so in <code>warnings</code> and uses the reading that agrees.</li>
        <li><code>quant</code>: a catalog format name (<code>Q4_K_M</code>, <code>IQ4_XS</code>, <code>Q8_0</code>, <code>F16</code>, <code>BF16</code>, <code>FP8</code>, <code>GPTQ-INT4</code>, <code>AWQ-INT4</code>, <code>MLX-4BIT</code>, <code>MXFP4</code>, …), any case. Or <code>artifact</code>: the slug of one of the model&apos;s published files, whose size is then used (otherwise, when several publishers list a size, the largest).</li>
        <li><code>runtime</code>: one of {RUNTIMES.map((r, i) => <span key={r}>{i > 0 ? ', ' : ''}<code>{r}</code></span>)}; default: the format&apos;s own (llama.cpp for GGUF, vLLM for AWQ/GPTQ/FP8, MLX for MLX files and for 16-bit weights on a Mac).</li>
        <li><code>contextTokens</code>: the context the runtime is started with (memory is sized for it); default: the runtime&apos;s own default (llama.cpp: the model&apos;s context, fitted to the GPUs; Ollama: 4k/32k/256k by VRAM; LM Studio: 4k). <code>depthTokens</code>: tokens already in the cache when speed is read (default: half the context).</li>
        <li><code>kvCacheType</code>: <code>f16</code> (every runtime&apos;s default), <code>q8_0</code>, <code>q4_0</code>. <code>flashAttention</code>: llama.cpp&apos;s (default: on where the backend supports it, as <code>-fa auto</code> does). <code>parallel</code>: sequences served at once (default 1). <code>gpuMemoryUtilization</code>: vLLM&apos;s (default 0.92).</li>
        <li>Every default applied is named in the response&apos;s <code>assumptions</code>.</li>
        <li><code>hardware</code>: <code>devices</code>, each <code>{'{ "slug" }'}</code> or <code>{'{ "kind", "memoryBytes", "bandwidthGBps", "fp16Tflops"?, "cores"?, "count"? }'}</code>; <code>systemMemoryBytes</code>; optional <code>metalWiredLimitBytes</code> (a raised <code>iogpu.wired_limit_mb</code>) <code>cluster</code> (devices are separate machines, exo), <code>link</code> (how they are joined: <code>tb5-rdma</code>, <code>thunderbolt</code>, <code>ethernet-10g</code>, <code>ethernet-1g</code>; sets what each machine boundary costs a token; <code>thunderbolt</code> when a cluster names none) and <code>os</code> (<code>windows</code>, the default, keeps 1 GiB of the first discrete GPU, the one that drives the display, for the desktop; <code>linux</code> 0.5 GiB; <code>macos</code> and <code>headless</code> none). Without hardware the answer is memory only.</li>
      </ul>
      <p>Bytes are bytes; bandwidth is GB/s (10⁹ bytes per second). Fields may be added to the response over time, never renamed.</p>
      <h2 id="examples">Examples, computed live</h2>
      {EXAMPLES.map((example) => {
        const { status, body } = runEstimateRequests(example.request, lookup);
        return (
          <section key={example.title}>
            <h3>{example.title}</h3>
            <p className="text-sm">Request:</p>
            <pre className={code} tabIndex={0}>{JSON.stringify(example.request, null, 2)}</pre>
            <p className="text-sm">Response ({status === 0 ? '200' : '400'}):</p>
            <pre className={`${code} max-h-96`} tabIndex={0}>{JSON.stringify(body, null, 2)}</pre>
          </section>
        );
      })}
    </article>
  );
}
