// Times recommend() over the whole seed catalog for a few machines.
// Run: npm run bench:recommend   (tsx scripts/bench-recommend.ts [runs])

import { catalogFromRecords } from '@/lib/catalog/records';
import { loadSeedData } from '@/lib/data/catalog-seed';
import { estimateChoice } from '@/lib/estimate';
import { recommend, type CatalogHardware, type CatalogModel, type HardwareProfile, type Needs } from '@/lib/recommend';

// The seed catalog through the same records → domain loader the data layer uses.
const catalog = catalogFromRecords(loadSeedData());
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
  // Same-run baseline: as many single estimates (through the builder) for one model as ranking made.
  const model = catalog.models.find((m) => m.slug === 'qwen3-8b') as CatalogModel;
  const spec = { devices: [{ name: 'GPU', kind: 'nvidia' as const, memoryBytes: 12 * GiB, bandwidthGBps: 360, fp16Tflops: 51 }], systemMemoryBytes: 32 * GiB };
  const base: number[] = [];
  for (let i = 0; i < Math.min(runs, 20); i++) {
    const t = performance.now();
    for (let k = 0; k < callsRank; k++) estimateChoice({ model, quant: 'Q4_K_M', runtime: 'llama.cpp', hardware: spec, contextTokens: 8192 });
    base.push(performance.now() - t);
  }
  console.log(`${''.padEnd(28)} baseline: ${callsRank} single estimates (Qwen3 8B Q4_K_M, full GPU): median ${stats(base).median.toFixed(1)} ms`);
}
console.log('target: ranking the whole catalog under 20 ms median');
