// npm run bench:estimate: times 10,000 varied estimates per round against a naive baseline
// (params × bits ÷ 8 × 1.2 and bandwidth ÷ size) measured in the same run.
import { performance } from 'node:perf_hooks';
import { catalogFromRecords } from '@/lib/catalog/records';
import { loadSeedData } from '@/lib/data/catalog-seed';
import { buildEstimateInput } from '@/lib/estimate/choice';
import { estimate } from '@/lib/estimate/estimate';
import type { EstimateInput } from '@/lib/estimate/types';
import { deviceSpecOf } from '@/lib/recommend/hardware';

const N = 10_000;
const ROUNDS = 7;
const GiB = 1024 ** 3;
// A spread of the real catalog: small to huge, dense and MoE, sliding windows and MLA.
const catalog = catalogFromRecords(loadSeedData());
const MODEL_SLUGS = ['llama-3.1-8b-instruct', 'llama-3.1-70b-instruct', 'qwen3-8b', 'qwen3-32b', 'gemma-3-27b-it', 'qwen3-30b-a3b', 'gpt-oss-20b', 'deepseek-v3'];
const DEVICE_SLUGS = ['geforce-rtx-4090', 'geforce-rtx-3090', 'geforce-rtx-3060-12gb', 'geforce-rtx-4060', 'a100-80gb-sxm', 'radeon-rx-7900-xtx', 'apple-m4-max-40c-128gb'];
const models = MODEL_SLUGS.map((slug) => catalog.models.find((m) => m.slug === slug)!);
const devices = DEVICE_SLUGS.map((slug) => deviceSpecOf(catalog.hardware.find((h) => h.slug === slug)!));
const quants = ['Q4_K_M', 'Q8_0', 'IQ4_XS', 'Q5_K_M', 'Q2_K', 'F16', 'Q6_K'];
const runtimes = ['llama.cpp', 'llama.cpp', 'ollama', 'vllm', 'mlx', 'transformers'] as const;

// Deterministic pseudo-random inputs (LCG) so rounds are comparable.
let seed = 42;
const rnd = (n: number) => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed % n;
};
// Inputs come from the one builder (what every page does); only estimate() is timed.
const makeInputs = (): EstimateInput[] => Array.from({ length: N }, () => {
  const d = devices[rnd(devices.length)]!;
  return buildEstimateInput({
    // A copy per input, as surfaces make them; the per-record tables (composition, layers, cache
    // profile) are keyed by the architecture record the copies share, as they are on the site.
    model: { ...models[rnd(models.length)]! },
    quant: quants[rnd(quants.length)]!,
    contextTokens: [2048, 4096, 8192, 32768][rnd(4)]!,
    depthTokens: [0, 1024, 4096][rnd(3)]!,
    kvCacheType: (['f16', 'q8_0'] as const)[rnd(2)]!,
    users: 1 + rnd(2),
    runtime: runtimes[rnd(runtimes.length)]!,
    hardware: { devices: [{ ...d, count: 1 + rnd(2) }], systemMemoryBytes: [32, 64, 128][rnd(3)]! * GiB },
  }).input;
});

function naive(i: EstimateInput): number {
  const bits = /(\d+)/.exec(i.quant)?.[1] ?? '16';
  const bytes = (i.model.totalParams * Number(bits)) / 8;
  const mem = bytes * 1.2;
  const tps = ((i.hardware?.devices[0]?.bandwidthGBps ?? 100) * 1e9) / bytes;
  return mem + tps;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let sink = 0;
const est: number[] = [];
const base: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  // New model objects every round: the per-model composition cache starts cold each time.
  seed = 42;
  const inputs = makeInputs();
  base.push(
    time(() => {
      for (const i of inputs) sink += naive(i);
    }),
  );
  est.push(
    time(() => {
      for (const i of inputs) sink += estimate(i).memory.totalBytes;
    }),
  );
}
// Cold: the first estimate of a record (a model just added or imported) builds its tables; each
// of these inputs gets an architecture record of its own, so nothing is reused between them.
const COLD = 1_000;
const cold: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  seed = 42;
  const inputs = makeInputs().slice(0, COLD).map((i) => ({ ...i, model: { ...i.model, architecture: structuredClone(i.model.architecture) } }));
  cold.push(
    time(() => {
      for (const i of inputs) sink += estimate(i).memory.totalBytes;
    }),
  );
}
const m = median(est);
const b = median(base);
const c = median(cold);
console.log(`estimate: ${N} estimates, ${ROUNDS} rounds, median ${m.toFixed(1)} ms (${Math.round((N / m) * 1000).toLocaleString('en')} estimates/s)`);
console.log(`naive baseline: median ${b.toFixed(2)} ms; estimator / baseline = ${(m / b).toFixed(0)}×`);
console.log(`cold records: ${COLD} estimates each on a record of its own, median ${c.toFixed(1)} ms (${(c / COLD).toFixed(3)} ms each)`);
console.log(`target 10,000 in < 1000 ms: ${m < 1000 ? 'met' : 'NOT met'}`);
// The sums are read, so no engine can drop the loops that made them.
if (!Number.isFinite(sink)) console.log('warning: a non-finite result was summed');
