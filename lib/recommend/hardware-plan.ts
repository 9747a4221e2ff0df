// "What do I need?": hardware options that run one model/quant/context at a target speed.

import { DEFAULT_HOST_MEMORY_BYTES, QUANT_FORMATS, estimateChoice, publishedFileFor, type Estimate, type HardwareSpec, type Runtime } from '@/lib/estimate';
import { LLAMA_CPP_RUNTIMES } from '@/lib/enums';
import { decodeExpected } from './candidates';
import { GiB, machineSpec } from './hardware';
import type { CatalogHardware, CatalogModel, PlanOption, PlanRequest, PlanResult, RecommendCatalog } from './types';

const MAX_OPTIONS = 20;

/** The runtime a machine of this kind runs the format with, or null when none does. */
function runtimeFor(quant: string, kind: 'gpu' | 'apple' | 'cpu' | 'cluster'): Runtime | null {
  const fam = QUANT_FORMATS[quant]?.family;
  if (kind === 'cluster') return fam === 'mlx' || fam === 'float' || fam === 'gguf' || fam === 'mxfp4' ? 'exo' : null;
  if (fam === 'gguf' || fam === 'mxfp4') return 'llama.cpp';
  if (fam === 'mlx') return kind === 'apple' ? 'mlx' : null;
  if (fam === 'float') return kind === 'apple' ? 'mlx' : kind === 'gpu' ? 'vllm' : 'llama.cpp';
  if (fam === 'gptq' || fam === 'awq' || fam === 'fp8') return kind === 'gpu' ? 'vllm' : null;
  return null;
}

/**
 * The runtime for a trial: the one asked for where it can stand in for the machine's own (a
 * llama.cpp-family tool for llama.cpp, any runtime for itself), else the machine's own.
 */
function trialRuntime(quant: string, kind: 'gpu' | 'apple' | 'cpu' | 'cluster', asked: Runtime | undefined): Runtime | null {
  const own = runtimeFor(quant, kind);
  if (!own || !asked || asked === own) return own;
  const llama = LLAMA_CPP_RUNTIMES as readonly Runtime[];
  return llama.includes(asked) && llama.includes(own) ? asked : null;
}

interface Trial {
  label: string;
  kind: PlanOption['kind'];
  hardware: CatalogHardware;
  count: number;
  spec: HardwareSpec;
  runtime: Runtime;
  price: number | null;
}

export function planHardware(request: PlanRequest, catalog: RecommendCatalog): PlanResult {
  const model: CatalogModel | undefined = catalog.models.find((m) => m.slug === request.modelSlug);
  const assumptions: string[] = [];
  if (!model) return { options: [], assumptions, totalFitting: 0, error: `Unknown model "${request.modelSlug}".` };
  const quant = request.quant;
  if (!QUANT_FORMATS[quant]) return { options: [], assumptions, totalFitting: 0, error: `Unknown quant "${quant}".` };
  const users = Math.max(1, Math.floor(request.concurrentUsers || 1));
  const ctx = Math.max(256, Math.round(request.contextTokens));
  const host = request.hostMemoryBytes ?? DEFAULT_HOST_MEMORY_BYTES;
  const fileBytes = publishedFileFor(model, quant).file?.fileBytes ?? null;

  assumptions.push(`GPU options must hold the whole model in VRAM (no CPU offload); the host has ${Math.round(host / GiB)} GB of RAM for buffers.`);
  assumptions.push('Prices are launch prices (USD) from the catalog; multi-GPU and cluster prices are the unit price × count. Options without a price come last.');
  if (users > 1) {
    assumptions.push(
      `${users} concurrent users: the KV cache is sized for ${users} parallel sequences of ${ctx} tokens. Decode is memory-bound, so one step serves all ${users} streams: aggregate ≈ ${users} × the per-user speed shown (no compute ceiling modelled).`,
    );
  }

  const trials: Trial[] = [];
  const gpus = catalog.hardware.filter((h) => h.kind === 'gpu');
  for (const g of gpus) {
    const rt = trialRuntime(quant, 'gpu', request.runtime);
    if (!rt) break;
    for (const n of [1, 2, 4]) {
      trials.push({
        label: n === 1 ? g.name : `${n}× ${g.name}`,
        kind: n === 1 ? 'gpu' : 'multi-gpu',
        hardware: g,
        count: n,
        spec: machineSpec(g, n, host),
        runtime: rt,
        price: g.launchPriceUsd === null ? null : g.launchPriceUsd * n,
      });
    }
  }
  for (const a of catalog.hardware.filter((h) => h.kind === 'apple-silicon')) {
    const rt = trialRuntime(quant, 'apple', request.runtime);
    if (!rt) break;
    trials.push({ label: a.name, kind: 'apple', hardware: a, count: 1, spec: machineSpec(a), runtime: rt, price: a.launchPriceUsd });
  }
  for (const c of catalog.hardware.filter((h) => h.kind === 'cpu')) {
    const rt = trialRuntime(quant, 'cpu', request.runtime);
    if (!rt) break;
    trials.push({
      label: c.name,
      kind: 'cpu',
      hardware: c,
      count: 1,
      spec: machineSpec(c),
      runtime: rt,
      price: c.launchPriceUsd,
    });
  }

  const run = (t: Trial): Estimate => estimateChoice({ model, quant, runtime: t.runtime, hardware: t.spec, contextTokens: ctx, users });

  const fits = (e: Estimate, t: Trial): boolean => (t.kind === 'cpu' ? e.fit === 'cpu-only' || e.fit === 'full-gpu' : e.fit === 'full-gpu');
  const options: PlanOption[] = [];
  // Cheap pre-filter: the weights alone must fit in the memory the option offers.
  const weights = fileBytes ?? (model.totalParams * (QUANT_FORMATS[quant]?.bits ?? 16)) / 8;
  const fitsOnPaper = (t: Trial) => weights <= t.hardware.memoryBytes * t.count;
  const fittedSingle = new Set<string>();
  for (const t of trials) {
    if (!fitsOnPaper(t)) continue;
    // n× the same GPU is only worth showing when fewer of them do not fit.
    if (t.kind === 'multi-gpu' && fittedSingle.has(t.hardware.slug)) continue;
    const e = run(t);
    if (!fits(e, t)) continue;
    if (t.kind === 'gpu' || t.kind === 'multi-gpu') fittedSingle.add(t.hardware.slug);
    options.push(toOption(t, e, users, request.targetTokensPerSec));
  }

  const singleFits = options.some((o) => o.kind !== 'multi-gpu');
  if (!singleFits) {
    const rt = trialRuntime(quant, 'cluster', request.runtime);
    if (rt) {
      assumptions.push('No single machine fits: exo clusters of 2–4 identical Macs, layers split by memory, joined over the network.');
      for (const a of catalog.hardware.filter((h) => h.kind === 'apple-silicon')) {
        for (const n of [2, 3, 4]) {
          const t: Trial = {
            label: `exo cluster: ${n}× ${a.name}`,
            kind: 'exo-cluster',
            hardware: a,
            count: n,
            spec: machineSpec(a, n),
            runtime: rt,
            price: a.launchPriceUsd === null ? null : a.launchPriceUsd * n,
          };
          if (!fitsOnPaper(t)) continue;
          const e = run(t);
          if (e.fit !== 'full-gpu') continue;
          options.push(toOption(t, e, users, request.targetTokensPerSec));
          break;
        }
      }
    }
  }

  const total = options.length;
  // Keep options that meet the target first, then fill with the rest; show cheapest first.
  const byPrice = (a: PlanOption, b: PlanOption) =>
    (a.priceUsd === null ? 1 : 0) - (b.priceUsd === null ? 1 : 0) ||
    (a.priceUsd ?? 0) - (b.priceUsd ?? 0) ||
    Number(b.meetsTarget) - Number(a.meetsTarget) ||
    b.decodeTokensPerSec.expected - a.decodeTokensPerSec.expected ||
    a.label.localeCompare(b.label);
  const kept = [...options.filter((o) => o.meetsTarget).sort(byPrice), ...options.filter((o) => !o.meetsTarget).sort(byPrice)].slice(0, MAX_OPTIONS);
  return { options: kept.sort(byPrice), assumptions, totalFitting: total };
}

function toOption(t: Trial, e: Estimate, users: number, target: number): PlanOption {
  const band = e.speed?.decodeTokensPerSec ?? { low: 0, expected: 0, high: 0 };
  const notes: string[] = [];
  if (t.kind === 'multi-gpu') notes.push(`Layers split over ${t.count} GPUs.`);
  if (t.kind === 'exo-cluster') notes.push('Run `exo` on each Mac; they discover each other.');
  if (t.price === null) notes.push('No launch price in the catalog.');
  return {
    label: t.label,
    kind: t.kind,
    hardware: t.hardware,
    count: t.count,
    runtime: t.runtime,
    fit: e.fit,
    estimate: e,
    decodeTokensPerSec: band,
    aggregateTokensPerSec: decodeExpected(e) * users,
    priceUsd: t.price,
    meetsTarget: band.expected >= target,
    notes,
  };
}
