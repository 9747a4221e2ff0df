// "What do I need?": hardware options that run one model/quant/context at a target speed.

import { DEFAULT_HOST_MEMORY_BYTES, QUANT_FORMATS, estimateChoice, publishedFileFor, type Estimate, type HardwareSpec, type Runtime } from '@/lib/estimate';
import { CLUSTER_LINK_LABELS, DEFAULT_CLUSTER_LINK, DEVICE_COUNTS, KV_CACHE_TYPE_LABELS, LLAMA_CPP_RUNTIMES, type PriceCondition } from '@/lib/enums';
import { formatBytes } from '@/lib/format';
import { decodeExpected } from './candidates';
import { machineSpec } from './hardware';
import type { CatalogHardware, CatalogModel, PlanOption, PlanPrice, PlanRequest, PlanResult, RecommendCatalog } from './types';

/** Options a page of the planner shows; every fitting option is reachable by paging. */
export const PLAN_PAGE_SIZE = 20;

/**
 * What `count` of a device cost, in one condition: the newest dated street price (its low end where
 * the source gives a range), else an undated one, else (new only) the launch price. Null when the
 * catalog has none. The scope says whether it covers the cards alone or a whole system.
 */
export function planPrice(h: CatalogHardware, count: number, condition: PriceCondition): PlanPrice | null {
  // streetPrices come newest first, undated last (catalogFromRecords).
  const street = (h.streetPrices ?? []).find((p) => p.condition === condition && (p.usdLow ?? p.usdHigh) !== null);
  if (street) {
    const unit = (street.usdLow ?? street.usdHigh)!;
    return { totalUsd: unit * count, unitUsd: unit, basis: 'street', condition, scope: street.scope, observedOn: street.observedOn, sourceUrl: street.sourceUrl };
  }
  if (condition !== 'new' || h.launchPriceUsd === null) return null;
  const scope = h.launchPriceScope ?? (h.kind === 'gpu' ? 'card' : 'system');
  return { totalUsd: h.launchPriceUsd * count, unitUsd: h.launchPriceUsd, basis: 'launch', condition, scope, observedOn: null, sourceUrl: null };
}

/** The runtime a machine of this kind runs the format with, or null when none does. */
type MachineKind = 'gpu' | 'apple' | 'cpu' | 'cluster';

function runtimeFor(quant: string, kind: MachineKind): Runtime | null {
  const fam = QUANT_FORMATS[quant]?.family;
  // exo 1.x runs MLX weights only (its model cards are mlx-community conversions; PLATFORMS.md): no GGUF.
  if (kind === 'cluster') return fam === 'mlx' || fam === 'float' ? 'exo' : null;
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
function trialRuntime(quant: string, kind: MachineKind, asked: Runtime | undefined): Runtime | null {
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
}

export function planHardware(request: PlanRequest, catalog: RecommendCatalog): PlanResult {
  const model: CatalogModel | undefined = catalog.models.find((m) => m.slug === request.modelSlug);
  const assumptions: string[] = [];
  const empty = { options: [], assumptions, totalFitting: 0, page: 1, pageCount: 0 };
  if (!model) return { ...empty, error: `Unknown model "${request.modelSlug}".` };
  const quant = request.quant;
  if (!QUANT_FORMATS[quant]) return { ...empty, error: `Unknown quant "${quant}".` };
  const users = Math.max(1, Math.floor(request.concurrentUsers || 1));
  const ctx = Math.max(256, Math.round(request.contextTokens));
  const host = request.hostMemoryBytes ?? DEFAULT_HOST_MEMORY_BYTES;
  const fileBytes = publishedFileFor(model, quant).file?.fileBytes ?? null;

  assumptions.push(`GPU options must hold the whole model in VRAM (no CPU offload); the host has ${formatBytes(host, 'GiB')} of RAM for buffers.`);
  assumptions.push(
    'Prices (USD): the newest dated street price the catalog has for the device (the low end of a range), else its launch price, each with its date and source; n devices cost n × the unit price. GPU prices are for the cards alone: the host PC is not included. Macs, unified-memory machines and CPU configurations are priced as whole systems. Options meeting the target come first, then cheapest first; options without a price come last.',
  );
  if (request.kvCacheType && request.kvCacheType !== 'f16') {
    assumptions.push(`KV cache at ${KV_CACHE_TYPE_LABELS[request.kvCacheType]}: less memory per token than 16-bit, at a small quality cost.`);
  }
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
    // Only configurations that exist: 1–8 desktop cards, 1/2/4/8 server modules, one laptop GPU.
    for (const n of DEVICE_COUNTS[g.formFactor ?? 'card']) {
      trials.push({ label: n === 1 ? g.name : `${n}× ${g.name}`, kind: n === 1 ? 'gpu' : 'multi-gpu', hardware: g, count: n, spec: machineSpec(g, n, host), runtime: rt });
    }
  }
  for (const a of catalog.hardware.filter((h) => h.kind === 'apple-silicon')) {
    const rt = trialRuntime(quant, 'apple', request.runtime);
    if (!rt) break;
    trials.push({ label: a.name, kind: 'apple', hardware: a, count: 1, spec: machineSpec(a), runtime: rt });
  }
  // Unified-memory machines (DGX Spark, Jetson, Ryzen AI Max) are whole systems: one each.
  for (const u of catalog.hardware.filter((h) => h.kind === 'unified')) {
    const rt = trialRuntime(quant, 'gpu', request.runtime);
    if (!rt) break;
    trials.push({ label: u.name, kind: 'unified', hardware: u, count: 1, spec: machineSpec(u), runtime: rt });
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
    });
  }

  const kv = request.kvCacheType ? { kvCacheType: request.kvCacheType } : {};
  const run = (t: Trial): Estimate => estimateChoice({ model, quant, runtime: t.runtime, hardware: t.spec, contextTokens: ctx, users, ...kv });

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
    if (!rt && QUANT_FORMATS[quant]?.family === 'gguf') assumptions.push('No single machine fits, and exo, which splits a model over several Macs, runs MLX weights only: ask for an MLX format (MLX-4BIT, MLX-8BIT) to see exo clusters.');
    if (rt) {
      assumptions.push(`No single machine fits: exo clusters of 2–4 identical Macs, layers split by memory, joined over ${CLUSTER_LINK_LABELS[DEFAULT_CLUSTER_LINK]} (the wizard's cluster answer prices each link).`);
      for (const a of catalog.hardware.filter((h) => h.kind === 'apple-silicon')) {
        for (const n of [2, 3, 4]) {
          const t: Trial = {
            label: `exo cluster: ${n}× ${a.name}`,
            kind: 'exo-cluster',
            hardware: a,
            count: n,
            spec: machineSpec(a, n),
            runtime: rt,
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
  // Options that meet the target first, each group cheapest first, unpriced last; every option on some page.
  const order = (a: PlanOption, b: PlanOption) =>
    Number(b.meetsTarget) - Number(a.meetsTarget) ||
    (a.priceUsd === null ? 1 : 0) - (b.priceUsd === null ? 1 : 0) ||
    (a.priceUsd ?? 0) - (b.priceUsd ?? 0) ||
    b.decodeTokensPerSec.expected - a.decodeTokensPerSec.expected ||
    a.label.localeCompare(b.label);
  const pageCount = Math.ceil(total / PLAN_PAGE_SIZE);
  const page = Math.min(Math.max(1, Math.floor(request.page ?? 1)), Math.max(1, pageCount));
  const shown = options.sort(order).slice((page - 1) * PLAN_PAGE_SIZE, page * PLAN_PAGE_SIZE);
  return { options: shown, assumptions, totalFitting: total, page, pageCount };
}

function toOption(t: Trial, e: Estimate, users: number, target: number): PlanOption {
  const band = e.speed?.decodeTokensPerSec ?? { low: 0, expected: 0, high: 0 };
  const notes: string[] = [];
  if (t.kind === 'multi-gpu') notes.push(`Layers split over ${t.count} GPUs.`);
  if (t.kind === 'exo-cluster') notes.push('Start exo on each Mac with `uv run exo` from a clone of github.com/exo-explore/exo (or the exo app); they find each other on the local network, and exo uses the fewest Macs that hold the model.');
  const price = planPrice(t.hardware, t.count, 'new');
  if (price === null) notes.push('No price in the catalog.');
  else if (price.scope === 'card') notes.push(t.count > 1 ? `Price: ${t.count} cards only; the host PC is not included (it needs ${t.count} PCIe slots).` : 'Price: the card only; the host PC is not included.');
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
    priceUsd: price?.totalUsd ?? null,
    price,
    usedPrice: planPrice(t.hardware, t.count, 'used'),
    meetsTarget: band.expected >= target,
    notes,
  };
}
