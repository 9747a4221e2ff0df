// Why the big-name models are missing, and the smallest memory upgrade that would change that.

import { maxContextTokens, modelShape } from '@/lib/estimate/model-shape';
import type { Estimate } from '@/lib/estimate';
import { decodeExpected, enginesFor, formatGroups, type FormatGroup } from './candidates';
import { formatBytes } from '@/lib/format';
import { profileFacts, type ProfileFacts } from './hardware';
import type { EstimateMemo } from './estimate-memo';
import { acceptedFit } from './fit-rules';
import { FEEL_THRESHOLDS, ratingFor } from './score';
import type { CatalogHardware, CatalogModel, HardwareProfile, Needs, RecommendCatalog, Recommendation, Upgrade, UpgradeUnlock, WhyNot } from './types';

/** The most recognisable large models, explained when they miss the list. */
const POPULAR_LARGE_MODELS = [
  'llama-3.3-70b-instruct',
  'qwen3-32b',
  'gemma-3-27b-it',
  'gpt-oss-120b',
  'deepseek-r1',
  'qwen3-235b-a22b',
  'mistral-small-3.1-24b-instruct',
  'llama-3.1-405b-instruct',
] as const;

const ctxLabel = (n: number): string => (n >= 1024 && n % 1024 === 0 ? `${n / 1024}k` : String(n));

/** The engine a "why not" probes with: llama.cpp, or exo on a cluster (the only one that runs there). */
const probeEngine = (facts: ProfileFacts) => (facts.platform === 'cluster' ? ({ engine: 'exo', runtime: 'exo' } as const) : ({ engine: 'gguf', runtime: 'llama.cpp' } as const));

/** The ~4-bit group people would try first: Q4_K_M when it has a GGUF source, else the smallest native format (MLX 4-bit on a cluster). */
function probeGroup(model: CatalogModel, facts: ProfileFacts, os: HardwareProfile['os']): FormatGroup | null {
  const engine = probeEngine(facts).engine;
  const groups = formatGroups(model).filter((g) => enginesFor(g, facts, os, 'auto').some((e) => e.engine === engine));
  return groups.find((g) => g.format === 'Q4_K_M') ?? groups.find((g) => g.format === 'MXFP4') ?? groups.find((g) => g.bits <= 5) ?? groups[0] ?? null;
}

function probe(model: CatalogModel, facts: ProfileFacts, profile: HardwareProfile, needs: Needs, memo: EstimateMemo): { group: FormatGroup; estimate: Estimate } | null {
  const g = probeGroup(model, facts, profile.os);
  if (!g) return null;
  return { group: g, estimate: memo.get(g, probeEngine(facts).runtime, facts.spec, needs.contextTokens) };
}

function whyNotFor(model: CatalogModel, facts: ProfileFacts, profile: HardwareProfile, needs: Needs, memo: EstimateMemo): WhyNot {
  const base = { modelSlug: model.slug, modelName: model.name };
  if (needs.useCase === 'vision' && !model.modalities.includes('image')) {
    return { ...base, quant: '', fit: 'modality', reason: `${model.name} takes text only; the vision use case needs image input.`, estimate: null };
  }
  if (maxContextTokens(model) < needs.contextTokens) {
    return { ...base, quant: '', fit: 'context', reason: `${model.name} supports at most ${ctxLabel(maxContextTokens(model))} tokens of context; you asked for ${ctxLabel(needs.contextTokens)}.`, estimate: null };
  }
  const p = probe(model, facts, profile, needs, memo);
  if (!p) {
    const reason = facts.platform === 'cluster' ? `No MLX conversion of ${model.name} is in the catalog, and exo runs MLX files.` : `No downloadable quant of ${model.name} runs on this platform.`;
    return { ...base, quant: '', fit: 'does-not-fit', reason, estimate: null };
  }
  const e = p.estimate;
  const q = p.group.format;
  const need = `needs ${formatBytes(e.memory.totalBytes, 'GiB')} at ${q} with ${ctxLabel(needs.contextTokens)} context`;
  const tps = decodeExpected(e);
  const speed = tps > 0 ? `~${tps < 10 ? tps.toFixed(1) : Math.round(tps)} tok/s` : '';
  if (e.fit === 'does-not-fit' || e.fit === 'unknown') {
    return { ...base, quant: q, fit: 'does-not-fit', reason: `${need}; you have ${facts.summary}: it does not fit.`, estimate: e };
  }
  if ((facts.platform === 'apple' || facts.platform === 'cluster') && e.fit !== 'full-gpu') {
    const cap = e.memory.metalCapBytes;
    return { ...base, quant: q, fit: e.fit, reason: `${need}; the GPU may use ${cap ? formatBytes(cap, 'GiB') : 'about 2/3'} of your ${facts.summary}: it does not fit on the GPU.`, estimate: e };
  }
  if (e.fit === 'partial-offload') {
    const share = Math.round((e.placement.gpuLayers / e.placement.totalLayers) * 100);
    const what = e.placement.moeExpertLayersOnCpu > 0 ? `experts of ${e.placement.moeExpertLayersOnCpu} of ${e.placement.totalLayers} layers stay in RAM` : `only ${share} % of layers fit`;
    return { ...base, quant: q, fit: e.fit, reason: `${need}; you have ${facts.summary}: ${what}, ${speed}.`, estimate: e };
  }
  const rating = ratingFor(model, needs.useCase);
  const rated = rating === null ? `is not rated for ${needs.useCase}` : `is rated ${rating}/5 for ${needs.useCase}`;
  return { ...base, quant: q, fit: 'outranked', reason: `Runs at ${q} (${e.fit === 'cpu-only' ? 'CPU' : 'full GPU'}, ${speed}) but ${rated} and ranked below the list.`, estimate: e };
}

/** Models runnable at reading speed or better (probe quant), with their speed. */
function readingSpeedSet(models: CatalogModel[], facts: ProfileFacts, profile: HardwareProfile, needs: Needs, memo: EstimateMemo, only?: Set<string>): Map<string, UpgradeUnlock> {
  const out = new Map<string, UpgradeUnlock>();
  const cap = facts.platform === 'cpu' ? facts.systemBytes : facts.acceleratorBytes + (facts.platform === 'gpu' ? facts.systemBytes : 0);
  for (const m of models) {
    if (only && !only.has(m.slug)) continue;
    const g = probeGroup(m, facts, profile.os);
    if (!g || g.approxBytes > cap) continue;
    // Reading speed needs the bytes read per token to come mostly from fast memory.
    const dense = modelShape(m).moe === null;
    if (dense && facts.platform === 'gpu' && g.approxBytes > facts.acceleratorBytes * 1.05) continue;
    const e = memo.get(g, 'llama.cpp', facts.spec, needs.contextTokens);
    const tps = decodeExpected(e);
    if (acceptedFit(e, facts, 'gguf') && tps >= FEEL_THRESHOLDS.reading) out.set(m.slug, { modelSlug: m.slug, modelName: m.name, quant: g.format, decodeTokensPerSec: tps });
  }
  return out;
}

interface UpgradeOption {
  kind: Upgrade['kind'];
  hardware: CatalogHardware;
  count: number;
  added: number;
  price: number | null;
  profile: HardwareProfile;
  summary: string;
}

const money = (n: number | null): string => (n === null ? '' : `, ~$${Math.round(n).toLocaleString('en-US')}`);

/** A laptop, by the catalog row's form factor: no desktop card goes in. */
export const isLaptop = (h: Pick<CatalogHardware, 'formFactor'>): boolean => h.formFactor === 'laptop';
/** LPDDR memory (the row's memory type) is soldered to the board: a machine with it cannot take more RAM. */
export const hasSolderedMemory = (h: Pick<CatalogHardware, 'memoryType'>): boolean => /^LPDDR/i.test(h.memoryType ?? '');

/** Twice the RAM at the same bandwidth, where the machine can take it (not soldered LPDDR). */
function moreRam(profile: HardwareProfile, machine: CatalogHardware | null): UpgradeOption | null {
  if (machine && hasSolderedMemory(machine)) return null;
  const now = profile.systemMemoryBytes;
  const next = now * 2;
  return {
    kind: 'more-ram',
    hardware: machine ? { ...machine, memoryBytes: next } : { slug: 'more-ram', name: `${formatBytes(next, 'GiB')} of RAM`, kind: 'cpu', vendor: 'intel', memoryBytes: next, bandwidthGBps: profile.systemBandwidthGBps ?? 0, fp16Tflops: null, backend: 'cpu', launchPriceUsd: null, year: null },
    count: 1,
    added: now,
    price: null,
    profile: { ...profile, systemMemoryBytes: next },
    summary: `Double the RAM to ${formatBytes(next, 'GiB')} (same modules, same speed)`,
  };
}

function upgradeOptions(profile: HardwareProfile, catalog: RecommendCatalog): UpgradeOption[] {
  const h = profile.hardware;
  const opts: UpgradeOption[] = [];
  // A laptop takes no desktop card: it gets more RAM where the RAM is not soldered, else nothing.
  const laptop = h.type === 'cpu-only' ? (h.cpu && isLaptop(h.cpu) ? h.cpu : null) : h.type === 'gpus' ? (h.gpus.find(isLaptop) ?? null) : null;
  if (laptop) {
    const ram = moreRam(profile, h.type === 'cpu-only' ? laptop : null);
    return ram ? [ram] : [];
  }
  const cheapestFirst = (a: CatalogHardware, b: CatalogHardware) =>
    a.memoryBytes - b.memoryBytes || (a.launchPriceUsd ?? Infinity) - (b.launchPriceUsd ?? Infinity) || b.bandwidthGBps - a.bandwidthGBps || a.slug.localeCompare(b.slug);
  if (h.type === 'gpus' && h.gpus.length > 0) {
    const largest = [...h.gpus].sort((a, b) => b.memoryBytes - a.memoryBytes)[0] as CatalogHardware;
    const vendorOk = (g: CatalogHardware) => g.kind === 'gpu' && (g.vendor === largest.vendor || largest.vendor === 'intel') && g.launchPriceUsd !== null;
    const bigger = catalog.hardware.filter((g) => vendorOk(g) && g.memoryBytes > largest.memoryBytes).sort(cheapestFirst)[0];
    if (bigger) {
      const idx = h.gpus.indexOf(largest);
      const gpus = h.gpus.map((g, i) => (i === idx ? bigger : g));
      opts.push({
        kind: 'bigger-gpu',
        hardware: bigger,
        count: 1,
        added: bigger.memoryBytes - largest.memoryBytes,
        price: bigger.launchPriceUsd,
        profile: { ...profile, hardware: { type: 'gpus', gpus } },
        summary: `Replace the ${largest.name} with a ${bigger.name} (+${formatBytes(bigger.memoryBytes - largest.memoryBytes, 'GiB')} VRAM${money(bigger.launchPriceUsd)})`,
      });
    }
    opts.push({
      kind: 'second-gpu',
      hardware: largest,
      count: 1,
      added: largest.memoryBytes,
      price: largest.launchPriceUsd,
      profile: { ...profile, hardware: { type: 'gpus', gpus: [...h.gpus, largest] } },
      summary: `Add ${h.gpus.length === 1 ? 'a second' : 'another'} ${largest.name} (+${formatBytes(largest.memoryBytes, 'GiB')} VRAM${money(largest.launchPriceUsd)})`,
    });
  } else if (h.type === 'apple') {
    const chip = h.apple.slug.replace(/-\d+gb$/, '');
    const sameChip = catalog.hardware.filter((x) => x.kind === 'apple-silicon' && x.slug.replace(/-\d+gb$/, '') === chip && x.memoryBytes > h.apple.memoryBytes);
    const next =
      sameChip.sort(cheapestFirst)[0] ??
      catalog.hardware.filter((x) => x.kind === 'apple-silicon' && x.memoryBytes > h.apple.memoryBytes && (x.year ?? 0) >= (h.apple.year ?? 0)).sort(cheapestFirst)[0];
    if (next) {
      opts.push({
        kind: 'apple-tier',
        hardware: next,
        count: 1,
        added: next.memoryBytes - h.apple.memoryBytes,
        price: next.launchPriceUsd,
        profile: { ...profile, systemMemoryBytes: next.memoryBytes, hardware: { type: 'apple', apple: next } },
        summary: `The ${next.name} tier (+${formatBytes(next.memoryBytes - h.apple.memoryBytes, 'GiB')} unified memory${money(next.launchPriceUsd)})`,
      });
    }
  } else if (h.type === 'cpu-only') {
    const ram = moreRam(profile, h.cpu ?? null);
    if (ram) opts.push(ram);
    const gpus = catalog.hardware.filter((g) => g.kind === 'gpu' && g.launchPriceUsd !== null && g.memoryBytes >= 12 * 1024 ** 3).sort(cheapestFirst);
    const seen = new Set<number>();
    for (const g of gpus) {
      if (seen.has(g.memoryBytes) || seen.size >= 2) continue;
      seen.add(g.memoryBytes);
      opts.push({
        kind: 'add-gpu',
        hardware: g,
        count: 1,
        added: g.memoryBytes,
        price: g.launchPriceUsd,
        profile: { ...profile, hardware: { type: 'gpus', gpus: [g] } },
        summary: `Add a ${g.name} (${formatBytes(g.memoryBytes, 'GiB')} VRAM${money(g.launchPriceUsd)})`,
      });
    }
  }
  return opts.sort((a, b) => a.added - b.added || (a.price ?? Infinity) - (b.price ?? Infinity));
}

function unlockedUpgrade(profile: HardwareProfile, facts: ProfileFacts, needs: Needs, catalog: RecommendCatalog, memo: EstimateMemo): Upgrade | null {
  // A cluster grows by another Mac, which the form already lets one try; no single upgrade is proposed.
  if (profile.hardware.type === 'cluster') return null;
  const models = catalog.models.filter((m) => (needs.useCase !== 'vision' || m.modalities.includes('image')) && maxContextTokens(m) >= needs.contextTokens);
  const current = readingSpeedSet(models, facts, profile, needs, memo);
  const missing = new Set(models.filter((m) => !current.has(m.slug)).map((m) => m.slug));
  if (missing.size === 0) return null;
  for (const opt of upgradeOptions(profile, catalog).slice(0, 3)) {
    const f2 = profileFacts(opt.profile);
    const after = readingSpeedSet(models, f2, opt.profile, needs, memo, missing);
    if (after.size === 0) continue;
    const bySize = [...after.values()].sort((a, b) => {
      const ma = models.find((m) => m.slug === a.modelSlug);
      const mb = models.find((m) => m.slug === b.modelSlug);
      const ra = ma ? (ratingFor(ma, needs.useCase) ?? 0) : 0;
      const rb = mb ? (ratingFor(mb, needs.useCase) ?? 0) : 0;
      return rb - ra || (mb?.totalParams ?? 0) - (ma?.totalParams ?? 0);
    });
    const top = bySize[0] as UpgradeUnlock;
    const more = bySize.length > 1 ? `, plus ${bySize.length - 1} more model${bySize.length > 2 ? 's' : ''}` : '';
    return {
      kind: opt.kind,
      hardware: opt.hardware,
      count: opt.count,
      addedMemoryBytes: opt.added,
      priceUsd: opt.price,
      summary: `${opt.summary} runs ${top.modelName} at ${top.quant} at ~${Math.round(top.decodeTokensPerSec)} tok/s${more}.`,
      unlocks: bySize,
    };
  }
  return null;
}

export interface ExplainInput {
  profile: HardwareProfile;
  facts: ProfileFacts;
  needs: Needs;
  catalog: RecommendCatalog;
  results: Recommendation[];
  memo: EstimateMemo;
}

export function explain(x: ExplainInput): { whyNot: WhyNot[]; upgrade: Upgrade | null } {
  const listed = new Set(x.results.map((r) => r.model.slug));
  const whyNot: WhyNot[] = [];
  for (const slug of POPULAR_LARGE_MODELS) {
    if (listed.has(slug)) continue;
    const m = x.catalog.models.find((mm) => mm.slug === slug);
    if (m) whyNot.push(whyNotFor(m, x.facts, x.profile, x.needs, x.memo));
  }
  return { whyNot, upgrade: unlockedUpgrade(x.profile, x.facts, x.needs, x.catalog, x.memo) };
}
