// "What can I run?": every model × format × runtime that suits the machine, estimated, filtered,
// scored and reduced to one row per model.

import { maxContextTokens, modelShape } from '@/lib/estimate/model-shape';
import { effectiveQualityScore, metalWorkingSetCapBytes, type Estimate, type Runtime } from '@/lib/estimate';
import { EstimateMemo } from './estimate-memo';
import { acceptedFit, fitTier } from './fit-rules';
import { decodeExpected, enginesFor, formatGroups, type EngineChoice, type FormatGroup } from './candidates';
import { generateCommands } from './commands';
import { explain } from './explain';
import { GiB, profileFacts, type ProfileFacts } from './hardware';
import { blend, feelFor, NEAR_LOSSLESS, qualityNote, qualityScore, ratingFor, speedScore, TOO_SLOW_TOKENS_PER_SEC } from './score';
import type { CatalogModel, HardwareProfile, Needs, RecommendCatalog, RecommendOptions, RecommendResult, Recommendation, ScoreParts } from './types';

const DEFAULT_SYSTEM_BW = 89.6;

/** Cheap upper bound of what could hold the model for an engine, for skipping hopeless estimates. */
function capacityFor(facts: ProfileFacts, engine: EngineChoice['engine']): number {
  if (facts.platform === 'apple') return metalWorkingSetCapBytes(facts.acceleratorBytes);
  if (facts.platform === 'cpu') return facts.systemBytes - 2 * GiB;
  if (engine === 'vllm') return facts.acceleratorBytes * 0.9;
  return facts.acceleratorBytes + facts.systemBytes - 2 * GiB;
}

/** Generous upper bound on decode tok/s (bandwidth over bytes read from the slowest memory). */
function speedUpperBound(g: FormatGroup, facts: ProfileFacts): number {
  const m = g.model;
  const moe = modelShape(m).moe;
  const moeShare = moe ? moe.activeExperts / moe.experts : 1;
  const activeShare = Math.min(m.activeParams / m.totalParams, moeShare);
  const sysBw = facts.spec.systemBandwidthGBps ?? DEFAULT_SYSTEM_BW;
  if (facts.platform === 'gpu') {
    const spill = g.approxBytes - facts.acceleratorBytes;
    if (spill <= 0) return Infinity;
    return (sysBw * 1e9) / (spill * activeShare);
  }
  // Apple: unified memory; CPU-only: the machine's RAM bandwidth.
  const bw = facts.spec.devices[0]?.bandwidthGBps ?? sysBw;
  return (bw * 1e9) / (g.approxBytes * (m.activeParams / m.totalParams));
}

interface Candidate {
  group: FormatGroup;
  engine: EngineChoice;
  estimate: Estimate;
  tps: number;
  tier: number;
  score: ScoreParts;
}

function eligibleModels(catalog: RecommendCatalog, needs: Needs): CatalogModel[] {
  return catalog.models.filter((m) => (needs.useCase !== 'vision' || m.modalities.includes('image')) && maxContextTokens(m) >= needs.contextTokens);
}

interface Gathered {
  candidates: Candidate[];
  fitting: Set<string>;
}

function gather(models: CatalogModel[], profile: HardwareProfile, facts: ProfileFacts, needs: Needs, memo: EstimateMemo, prune: boolean): Gathered {
  const ctx = needs.contextTokens;
  const candidates: Candidate[] = [];
  const fitting = new Set<string>();
  for (const model of models) {
    const rating = ratingFor(model, needs.useCase);
    const losslessScore = effectiveQualityScore(model, 'F16');
    const groups = formatGroups(model);
    const perEngine = new Map<EngineChoice['engine'], { choice: EngineChoice; groups: FormatGroup[] }>();
    for (const g of groups) {
      for (const choice of enginesFor(g, facts, profile.os, needs.tool)) {
        const slot = perEngine.get(choice.engine);
        if (slot) slot.groups.push(g);
        else perEngine.set(choice.engine, { choice, groups: [g] });
      }
    }
    for (const { choice, groups: seq } of perEngine.values()) {
      const cap = capacityFor(facts, choice.engine);
      let sawFull = false;
      for (let i = 0; i < seq.length; i++) {
        const g = seq[i] as FormatGroup;
        if (g.approxBytes * 0.97 > cap) break;
        // The smallest format is always estimated (it decides whether the model fits at all).
        if (prune && i > 0 && speedUpperBound(g, facts) < TOO_SLOW_TOKENS_PER_SEC) break;
        const e = memo.get(g, choice.estimateRuntime, facts.spec, ctx);
        if (!acceptedFit(e, facts, choice.engine)) break;
        if (e.maxContextTokens !== null && e.maxContextTokens < ctx) break;
        fitting.add(model.slug);
        const full = e.fit === 'full-gpu';
        if (sawFull && !full) break;
        sawFull ||= full;
        const tps = decodeExpected(e);
        // Losses under NEAR_LOSSLESS count as none: past that point more bits only cost memory and speed.
        const lossless = e.quality.relativeLoss <= NEAR_LOSSLESS;
        const quality = qualityScore(lossless ? losslessScore : e.quality.effectiveQualityScore, rating, lossless ? 0 : e.quality.relativeLoss);
        const speed = speedScore(tps);
        candidates.push({
          group: g,
          engine: choice,
          estimate: e,
          tps,
          tier: fitTier(e, facts),
          score: {
            total: blend(needs.priority, speed, quality),
            quality,
            speed,
            rating,
            effectiveQualityScore: e.quality.effectiveQualityScore,
            contextHeadroom: e.maxContextTokens === null ? null : e.maxContextTokens / ctx,
          },
        });
        if (tps < TOO_SLOW_TOKENS_PER_SEC) break;
      }
    }
  }
  return { candidates, fitting };
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.tier !== b.tier) return a.tier < b.tier;
  if (a.score.total !== b.score.total) return a.score.total > b.score.total;
  if (a.score.quality !== b.score.quality) return a.score.quality > b.score.quality;
  if (a.tps !== b.tps) return a.tps > b.tps;
  return `${a.group.model.slug}|${a.group.format}|${a.engine.engine}` < `${b.group.model.slug}|${b.group.format}|${b.engine.engine}`;
}

/** One best candidate per model, ranked. */
function rankCandidates(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const cur = best.get(c.group.model.slug);
    if (!cur || better(c, cur)) best.set(c.group.model.slug, c);
  }
  return [...best.values()].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

function finalize(c: Candidate, rank: number, profile: HardwareProfile, facts: ProfileFacts, needs: Needs, memo: EstimateMemo): Recommendation {
  const g = c.group;
  const display = c.engine.displayRuntimes[0] ?? c.engine.estimateRuntime;
  let e = c.estimate;
  let runtime: Runtime = c.engine.estimateRuntime;
  if (display !== c.engine.estimateRuntime) {
    const alt = memo.get(g, display, facts.spec, needs.contextTokens);
    if (acceptedFit(alt, facts, c.engine.engine) && alt.fit === e.fit) {
      e = alt;
      runtime = display;
    }
  }
  const tools = [runtime, ...c.engine.displayRuntimes.filter((r) => r !== runtime)].filter(
    (r): r is Exclude<Runtime, 'transformers'> => r !== 'transformers',
  );
  const commands = generateCommands({
    modelName: g.model.name,
    format: g.format,
    formatFamily: g.family,
    sources: g.sources,
    estimate: e,
    contextTokens: needs.contextTokens,
    profile,
    tools,
  });
  const tps = e.speed?.decodeTokensPerSec ?? null;
  const notes: string[] = [];
  if (e.fit === 'partial-offload') notes.push(`Partial offload: ${e.placement.gpuLayers} of ${e.placement.totalLayers} layers on the GPU${e.placement.moeExpertLayersOnCpu ? `, experts of ${e.placement.moeExpertLayersOnCpu} layers in RAM` : ''}.`);
  if (c.tps < TOO_SLOW_TOKENS_PER_SEC) notes.push('Too slow for comfortable use; nothing faster fits this machine.');
  if (g.computed) notes.push(`${g.format} size computed from the tensor shapes (no catalog artifact).`);
  if (c.score.rating === null) notes.push(`Not rated for ${needs.useCase}.`);
  const artifact = g.artifacts.find((a) => (runtime === 'ollama' ? a.ollamaTag : runtime === 'llama.cpp' ? a.huggingFaceRepo : true)) ?? g.artifacts[0] ?? null;
  return {
    rank,
    model: {
      slug: g.model.slug,
      name: g.model.name,
      family: g.model.family,
      publisher: g.model.publisher,
      totalParams: g.model.totalParams,
      activeParams: g.model.activeParams,
      contextLength: maxContextTokens(g.model),
      modalities: g.model.modalities,
    },
    artifact,
    format: g.format,
    formatFamily: g.family,
    fileBytesSource: g.computed ? 'computed' : e.fileBytesSource,
    runtime,
    estimate: e,
    score: c.score,
    decodeTokensPerSec: tps,
    feel: feelFor(tps?.expected),
    qualityLabel: e.quality.label,
    qualityNote: qualityNote(e.quality),
    commands,
    notes,
  };
}

export function recommend(profile: HardwareProfile, needsIn: Needs, catalog: RecommendCatalog, options: RecommendOptions = {}): RecommendResult {
  const asked: Needs = { ...needsIn, contextTokens: Math.max(256, Math.round(needsIn.contextTokens)) };
  const facts = profileFacts(profile);
  const memo = new EstimateMemo();
  const notes: string[] = [];
  // A preferred tool this machine cannot run falls back to the best tool that can, and says so.
  const unsupported = unsupportedToolReason(asked.tool, facts.platform, profile.os);
  const needs: Needs = unsupported ? { ...asked, tool: 'auto' } : asked;
  if (unsupported) notes.push(`${unsupported} Showing the best choice among tools that run here.`);
  const models = eligibleModels(catalog, needs);
  let { candidates, fitting } = gather(models, profile, facts, needs, memo, true);
  let usable = candidates.filter((c) => c.tps >= TOO_SLOW_TOKENS_PER_SEC);
  if (usable.length === 0) {
    ({ candidates, fitting } = gather(models, profile, facts, needs, memo, false));
    usable = candidates;
    if (usable.length > 0) notes.push(`Nothing runs at ${TOO_SLOW_TOKENS_PER_SEC} tok/s or more on this machine; the list shows the fastest that fit.`);
  }
  const ranked = rankCandidates(usable).slice(0, options.limit ?? 10);
  const results = ranked.map((c, i) => finalize(c, i + 1, profile, facts, needs, memo));
  if (results.length === 0) notes.push(models.length === 0 ? 'No model in the catalog matches this use case and context.' : 'No model fits this machine at the requested context.');
  const ex = options.explain === false ? { whyNot: [], upgrade: null } : explain({ profile, facts, needs, catalog, results, memo });
  return { results, whyNot: ex.whyNot, upgrade: ex.upgrade, fittingModels: [...fitting].sort(), estimatesRun: memo.runs, notes };
}

/** Why a preferred tool cannot run on this machine, or null when it can. */
function unsupportedToolReason(tool: Needs['tool'], platform: ProfileFacts['platform'], os: HardwareProfile['os']): string | null {
  if (tool === 'mlx' && platform !== 'apple') return 'MLX runs only on Apple Silicon.';
  if (tool === 'exo') return 'exo splits a model over several machines; for a cluster, use the planner ("What do I need?").';
  if (tool === 'vllm' && (platform !== 'gpu' || os === 'macos')) return 'vLLM needs an NVIDIA or AMD GPU on Linux (or WSL on Windows).';
  return null;
}
