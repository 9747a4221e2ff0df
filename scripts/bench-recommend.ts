// Times recommend() over the whole seed catalog for a few machines.
// Run: npm run bench:recommend   (tsx scripts/bench-recommend.ts [runs])

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { estimate } from '@/lib/estimate';
import { recommend, type CatalogArtifact, type CatalogHardware, type CatalogModel, type HardwareProfile, type Needs, type RecommendCatalog } from '@/lib/recommend';

const seed = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../prisma/seed/${name}.json`, import.meta.url)), 'utf8'));

interface SeedFormat { name: string; family: CatalogArtifact['formatFamily']; bitsPerWeight: number; runtimes: CatalogArtifact['runtimes'] }
interface SeedArtifact { slug: string; model: string; format: string; publisher: string; fileBytes: number | null; huggingFaceRepo: string | null; huggingFaceFile: string | null; ollamaTag: string | null; lmStudioId: string | null }
interface SeedModel {
  slug: string; name: string; family: string; publisher: string; releaseDate: string | null; license: string;
  totalParams: number; activeParams: number; architecture: Omit<CatalogModel, 'slug'> & Record<string, unknown>;
  modalities: string[]; strengths: { useCase: CatalogModel['strengths'][number]['useCase']; rating: number }[];
  projectorBytes: number | null; huggingFaceRepo: string | null; ollamaTag: string | null;
}

/** The snapshot the data layer builds: models with their architecture flattened and artifacts attached. */
function buildCatalog(): RecommendCatalog {
  const formats = new Map((seed('formats') as SeedFormat[]).map((f) => [f.name, f]));
  const artifacts = seed('artifacts') as SeedArtifact[];
  const models = (seed('models') as SeedModel[]).map((m): CatalogModel => ({
    ...(m.architecture as unknown as CatalogModel),
    slug: m.slug, name: m.name, family: m.family, publisher: m.publisher, releaseDate: m.releaseDate, license: m.license,
    totalParams: m.totalParams, activeParams: m.activeParams, projectorBytes: m.projectorBytes,
    modalities: m.modalities, strengths: m.strengths.map((s) => ({ useCase: s.useCase, rating: s.rating })),
    ollamaTag: m.ollamaTag, huggingFaceRepo: m.huggingFaceRepo,
    artifacts: artifacts
      .filter((a) => a.model === m.slug)
      .map((a) => {
        const f = formats.get(a.format);
        if (!f) throw new Error(`unknown format ${a.format}`);
        return { slug: a.slug, format: a.format, formatFamily: f.family, bitsPerWeight: f.bitsPerWeight, runtimes: f.runtimes, publisher: a.publisher, fileBytes: a.fileBytes, huggingFaceRepo: a.huggingFaceRepo, huggingFaceFile: a.huggingFaceFile, ollamaTag: a.ollamaTag, lmStudioId: a.lmStudioId };
      }),
  }));
  const hardware = (seed('hardware') as CatalogHardware[]).map((h) => ({
    slug: h.slug, name: h.name, kind: h.kind, vendor: h.vendor, memoryBytes: h.memoryBytes, bandwidthGBps: h.bandwidthGBps,
    fp16Tflops: h.fp16Tflops, backend: h.backend, launchPriceUsd: h.launchPriceUsd, year: h.year,
  }));
  return { models, hardware };
}

const catalog = buildCatalog();
const GiB = 1024 ** 3;
const hw = (slug: string): CatalogHardware => {
  const h = catalog.hardware.find((x) => x.slug === slug);
  if (!h) throw new Error(`no hardware ${slug}`);
  return h;
};

const profiles: [string, HardwareProfile][] = [
  ['RTX 3060 12 GB + 32 GB', { hardware: { type: 'gpus', gpus: [hw('geforce-rtx-3060-12gb')] }, systemMemoryBytes: 32 * GiB, os: 'linux' }],
  ['2× RTX 3090 + 64 GB', { hardware: { type: 'gpus', gpus: [hw('geforce-rtx-3090'), hw('geforce-rtx-3090')] }, systemMemoryBytes: 64 * GiB, os: 'linux' }],
  ['MacBook Air M2 8 GB', { hardware: { type: 'apple', apple: hw('apple-m2-8c-8gb') }, systemMemoryBytes: 8 * GiB, os: 'macos' }],
  ['CPU-only Ryzen 7950X 64 GB', { hardware: { type: 'cpu-only', cpu: hw('amd-ryzen-9-7950x-64gb-ddr5-5200') }, systemMemoryBytes: 64 * GiB, os: 'linux' }],
];
const needs: Needs = { useCase: 'chat', contextTokens: 8192, priority: 0.6, tool: 'auto' };
const runs = Math.max(5, Number(process.argv[2] ?? 40));

function stats(ms: number[]): { median: number; p90: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))] as number;
  return { median: at(0.5), p90: at(0.9) };
}

console.log(`catalog: ${catalog.models.length} models, ${catalog.models.reduce((a, m) => a + m.artifacts.length, 0)} artifacts, ${catalog.hardware.length} hardware; ${runs} runs per profile after 3 warm-ups`);
for (const [name, profile] of profiles) {
  for (let i = 0; i < 3; i++) recommend(profile, needs, catalog);
  const full: number[] = [];
  const rankOnly: number[] = [];
  let calls = 0;
  let callsRank = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    calls = recommend(profile, needs, catalog).estimatesRun;
    full.push(performance.now() - t);
    t = performance.now();
    callsRank = recommend(profile, needs, catalog, { explain: false }).estimatesRun;
    rankOnly.push(performance.now() - t);
  }
  const f = stats(full);
  const r = stats(rankOnly);
  console.log(
    `${name.padEnd(28)} ranking: median ${r.median.toFixed(1)} ms, p90 ${r.p90.toFixed(1)} ms (${callsRank} estimates) | with whyNot+upgrade: median ${f.median.toFixed(1)} ms, p90 ${f.p90.toFixed(1)} ms (${calls} estimates)`,
  );
  // Same-run baseline: as many bare estimate() calls for one model as ranking made.
  const model = catalog.models.find((m) => m.slug === 'qwen3-8b') as CatalogModel;
  const spec = { devices: [{ name: 'GPU', kind: 'nvidia' as const, memoryBytes: 12 * GiB, bandwidthGBps: 360, fp16Tflops: 51 }], systemMemoryBytes: 32 * GiB };
  const base: number[] = [];
  for (let i = 0; i < Math.min(runs, 20); i++) {
    const t = performance.now();
    for (let k = 0; k < callsRank; k++) estimate({ model, quant: 'Q4_K_M', contextTokens: 8192, depthTokens: 4096, kvCacheType: 'f16', parallel: 1, runtime: 'llama.cpp', hardware: spec, flashAttention: true });
    base.push(performance.now() - t);
  }
  console.log(`${''.padEnd(28)} baseline: ${callsRank} bare estimate() calls (Qwen3 8B Q4_K_M, full GPU): median ${stats(base).median.toFixed(1)} ms`);
}
console.log('target: ranking the whole catalog under 20 ms median');
