// "What can I run?": every model × format × runtime that suits the machine, estimated, filtered,
// scored and reduced to one row per model.

import { maxContextTokens, modelShape } from '@/lib/estimate/model-shape';
import { ASSUMED_HOST_BANDWIDTH_GBPS, effectiveQualityScore, metalWorkingSetCapBytes, type Estimate, type Runtime } from '@/lib/estimate';
import { EstimateMemo } from './estimate-memo';
import { acceptedFit } from './fit-rules';
import { clusterNote, clusterShares } from './cluster';
import { headroomFor, macGpuCapNote } from './headroom';
import { tradeOffLine, type TradeOffSide } from './trade-off';
import { decodeExpected, enginesFor, formatGroups, type EngineChoice, type FormatGroup } from './candidates';
import { generateCommands } from './commands';
import { explain, hasSolderedMemory, isLaptop } from './explain';
import { GiB, profileFacts, type ProfileFacts } from './hardware';
import { ageYears, blend, feelFor, NEAR_LOSSLESS, qualityNote, qualityScore, ratingFor, speedScore, TOO_SLOW_TOKENS_PER_SEC } from './score';
import type { CatalogModel, HardwareProfile, Needs, RecommendCatalog, RecommendOptions, RecommendResult, Recommendation, ScoreParts } from './types';

/** Cheap upper bound of what could hold the model for an engine, for skipping hopeless estimates. */
function capacityFor(facts: ProfileFacts, engine: EngineChoice['engine']): number {
  if (facts.platform === 'apple') return metalWorkingSetCapBytes(facts.acceleratorBytes);
  if (facts.platform === 'cluster') return facts.spec.devices.reduce((a, d) => a + metalWorkingSetCapBytes(d.memoryBytes), 0);
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
  const sysBw = facts.spec.systemBandwidthGBps ?? ASSUMED_HOST_BANDWIDTH_GBPS;
  if (facts.platform === 'gpu') {
    const spill = g.approxBytes - facts.acceleratorBytes;
    if (spill <= 0) return Infinity;
    return (sysBw * 1e9) / (spill * activeShare);
  }
  // Apple: unified memory; CPU-only: the machine's RAM bandwidth; a cluster: its fastest machine (an upper bound).
  const bw = facts.platform === 'cluster' ? Math.max(...facts.spec.devices.map((d) => d.bandwidthGBps)) : (facts.spec.devices[0]?.bandwidthGBps || sysBw);
  return (bw * 1e9) / (g.approxBytes * (m.activeParams / m.totalParams));
}

interface Candidate {
  group: FormatGroup;
  engine: EngineChoice;
  estimate: Estimate;
  tps: number;
  score: ScoreParts;
  /** The llama.cpp pick of the same model this MLX pick replaced (Macs, tool auto). */
  replaces?: Candidate;
}

function eligibleModels(catalog: RecommendCatalog, needs: Needs): CatalogModel[] {
  return catalog.models.filter((m) => (needs.useCase !== 'vision' || m.modalities.includes('image')) && maxContextTokens(m) >= needs.contextTokens);
}

interface Gathered {
  candidates: Candidate[];
  fitting: Set<string>;
}

/** The newest release date in the catalog: model age is counted from it, so results do not drift with the clock. */
function newestRelease(catalog: RecommendCatalog): string | null {
  let newest: string | null = null;
  for (const m of catalog.models) if (m.releaseDate && Number.isFinite(Date.parse(m.releaseDate)) && (newest === null || m.releaseDate > newest)) newest = m.releaseDate;
  return newest;
}

const isMoe = (m: CatalogModel): boolean => modelShape(m).moe !== null;

/**
 * The highest score any candidate of this model can reach, before estimating it. Proof, term by
 * term of `blend(priority, speed, quality)`, which is non-decreasing in both (weights 1-p and p, both
 * >= 0): speedScore never exceeds 1 (its last stretch is capped at 1, the others stay under 0.85).
 * qualityScore is non-decreasing in effectiveQualityScore and largest at relativeLoss 0 (its `keep`
 * factor is 1 - 2.5 x loss, at most 1); a candidate's effectiveQualityScore is
 * log10(max(1, effective params)), and effective params = quality params x exp(-ln(1 + loss) / 0.227)
 * (lib/estimate/quality.ts) with loss >= 0 (every reference loss is >= 0) and quality params =
 * the total (dense) or sqrt(total x active) <= total (MoE), so it is at most log10(max(1, total));
 * near-lossless candidates take the F16 score, which obeys the same bound. The total is the
 * catalog's, which the estimator's consistency check never changes (it corrects the architecture
 * to match it). Rating and age are the ones `gather` scores with.
 */
function scoreCeiling(model: CatalogModel, rating: number | null, age: number, priority: number): number {
  const quality = qualityScore({ effectiveQualityScore: Math.log10(Math.max(1, model.totalParams)), rating, relativeLoss: 0, ageYears: age });
  return blend(priority, 1, quality);
}

/**
 * Every candidate worth ranking, plus the models that fit at all. With `keep` (the rows shown),
 * models are visited from the highest score ceiling down, and a model whose ceiling is below the
 * `keep`-th best model score found so far gets only its smallest format per engine (which decides
 * whether it fits, for `fittingModels`, so no more once one engine fits it): the ranking keeps one row per model, by its best score
 * (`better` compares the total first), so such a model is beaten by `keep` others whatever its
 * larger formats score, and cannot be shown. Scores found only grow as models are added, so the
 * threshold used is never above the final `keep`-th best. Each model's candidates keep their order,
 * so per-model tie-breaks (`fasterMlx`) see the same lists. `keep` 0 estimates everything.
 */
function gather(models: CatalogModel[], profile: HardwareProfile, facts: ProfileFacts, needs: Needs, memo: EstimateMemo, prune: boolean, newest: string | null, keep = 0): Gathered {
  const ctx = needs.contextTokens;
  const candidates: Candidate[] = [];
  const fitting = new Set<string>();
  const visits = models.map((model) => {
    const rating = ratingFor(model, needs.useCase);
    const age = ageYears(model.releaseDate, newest);
    return { model, rating, age, ceiling: scoreCeiling(model, rating, age, needs.priority) };
  });
  // Stable sort: equal ceilings keep the catalog's order.
  if (keep > 0) visits.sort((a, b) => b.ceiling - a.ceiling);
  /** The best usable score of each model visited, highest first, at most `keep` of them. */
  const topScores: number[] = [];
  for (const { model, rating, age, ceiling } of visits) {
    const smallestOnly = keep > 0 && topScores.length >= keep && ceiling < (topScores[keep - 1] as number);
    const firstCandidate = candidates.length;
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
      // A model that cannot be shown needs one engine that fits it, for fittingModels; the others add nothing.
      if (smallestOnly && fitting.has(model.slug)) break;
      const cap = capacityFor(facts, choice.engine);
      let sawFull = false;
      for (let i = 0; i < seq.length; i++) {
        const g = seq[i] as FormatGroup;
        if (smallestOnly && i > 0) break;
        if (g.approxBytes * 0.97 > cap) break;
        // The smallest format is always estimated (it decides whether the model fits at all).
        if (prune && i > 0 && speedUpperBound(g, facts) < TOO_SLOW_TOKENS_PER_SEC) break;
        const e = memo.get(g, choice.estimateRuntime, facts.spec, ctx);
        if (!acceptedFit(e, facts, choice.engine)) break;
        if (e.maxContextTokens !== null && e.maxContextTokens < ctx) break;
        fitting.add(model.slug);
        const full = e.fit === 'full-gpu';
        // A dense model that spills to RAM once it fitted whole only gets slower; an MoE model with
        // its experts in RAM can be a bigger file at a usable speed, so it keeps going.
        const expertsInRam = e.placement.moeExpertLayersOnCpu > 0 && e.placement.cpuLayers === 0;
        if (sawFull && !full && !(isMoe(model) && expertsInRam)) break;
        sawFull ||= full;
        const tps = decodeExpected(e);
        // Losses under NEAR_LOSSLESS count as none: past that point more bits only cost memory and speed.
        const lossless = e.quality.relativeLoss <= NEAR_LOSSLESS;
        const quality = qualityScore({
          effectiveQualityScore: lossless ? losslessScore : e.quality.effectiveQualityScore,
          rating,
          relativeLoss: lossless ? 0 : e.quality.relativeLoss,
          ageYears: age,
        });
        const speed = speedScore(tps);
        candidates.push({
          group: g,
          engine: choice,
          estimate: e,
          tps,
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
    if (keep > 0) {
      let best = -Infinity;
      for (let k = firstCandidate; k < candidates.length; k++) {
        const c = candidates[k] as Candidate;
        if (c.tps >= TOO_SLOW_TOKENS_PER_SEC && c.score.total > best) best = c.score.total;
      }
      if (best > -Infinity) {
        let at = topScores.findIndex((x) => x < best);
        if (at < 0) at = topScores.length;
        topScores.splice(at, 0, best);
        if (topScores.length > keep) topScores.length = keep;
      }
    }
  }
  return { candidates, fitting };
}

/**
 * Ranking order: the blend of expected speed and quality at the user's priority, whatever the fit
 * (a model with its experts in RAM competes on its speed, not behind every model that fits whole).
 */
function better(a: Candidate, b: Candidate): boolean {
  if (a.score.total !== b.score.total) return a.score.total > b.score.total;
  if (a.score.quality !== b.score.quality) return a.score.quality > b.score.quality;
  if (a.tps !== b.tps) return a.tps > b.tps;
  return `${a.group.model.slug}|${a.group.format}|${a.engine.engine}` < `${b.group.model.slug}|${b.group.format}|${b.engine.engine}`;
}

/** Bits of difference within which an MLX file and a GGUF quant count as the same choice on a Mac. */
const MLX_SAME_CHOICE_BITS = 1.5;

/**
 * On a Mac with the tool left to us, the same model at about the same bits under MLX replaces the
 * llama.cpp pick when the estimator expects it to decode faster (MLX is Apple's own framework).
 */
function fasterMlx(winner: Candidate, all: Candidate[]): Candidate {
  if (winner.engine.engine === 'mlx') {
    // MLX won on its own: name the llama.cpp choice it beat, so the card says what MLX gains.
    let beaten: Candidate | null = null;
    for (const c of all) {
      if (c.engine.engine !== 'gguf' || Math.abs(c.group.bits - winner.group.bits) > MLX_SAME_CHOICE_BITS || c.tps >= winner.tps) continue;
      if (!beaten || better(c, beaten)) beaten = c;
    }
    return beaten ? { ...winner, replaces: beaten } : winner;
  }
  if (winner.engine.engine !== 'gguf') return winner;
  let pick = winner;
  for (const c of all) {
    if (c.engine.engine !== 'mlx' || c.group.model !== winner.group.model) continue;
    if (Math.abs(c.group.bits - winner.group.bits) > MLX_SAME_CHOICE_BITS) continue;
    if (c.tps > pick.tps) pick = c;
  }
  return pick === winner ? winner : { ...pick, replaces: winner };
}

/** One best candidate per model, ranked. */
function rankCandidates(candidates: Candidate[], preferMlx: boolean): Candidate[] {
  const best = new Map<string, Candidate>();
  const perModel = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const slug = c.group.model.slug;
    const cur = best.get(slug);
    if (!cur || better(c, cur)) best.set(slug, c);
    const list = perModel.get(slug);
    if (list) list.push(c);
    else perModel.set(slug, [c]);
  }
  // Ranked by the best pick; the MLX swap then changes the tool, not the model's place in the list.
  const ranked = [...best.values()].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  return preferMlx ? ranked.map((c) => fasterMlx(c, perModel.get(c.group.model.slug) ?? [])) : ranked;
}

function side(c: Candidate): TradeOffSide {
  const p = c.estimate.placement;
  return {
    name: c.group.model.name,
    totalParams: c.group.model.totalParams,
    tokensPerSec: c.tps,
    fit: c.estimate.fit,
    expertLayersInRam: p.moeExpertLayersOnCpu,
    layersInRam: p.cpuLayers,
    format: c.group.format,
    runtime: c.engine.estimateRuntime,
    relativeLoss: c.estimate.quality.relativeLoss,
  };
}

/** What a pick is weighed against: offloaded picks against the best pick that fits whole, others against the pick above (the first against the second). */
function referenceFor(c: Candidate, index: number, ranked: readonly Candidate[]): Candidate | null {
  if (c.estimate.fit === 'partial-offload') return ranked.find((x) => x.estimate.fit === 'full-gpu') ?? null;
  return (index === 0 ? ranked[1] : ranked[index - 1]) ?? null;
}

function finalize(c: Candidate, index: number, profile: HardwareProfile, facts: ProfileFacts, needs: Needs, memo: EstimateMemo, ranked: readonly Candidate[]): Recommendation {
  const rank = index + 1;
  const g = c.group;
  const display = c.engine.displayRuntimes[0] ?? c.engine.estimateRuntime;
  let e = c.estimate;
  let runtime: Runtime = c.engine.estimateRuntime;
  // Experts in RAM need llama.cpp's --n-cpu-moe: keep llama-server in front when it can load the file.
  const expertsInRam = e.placement.moeExpertLayersOnCpu > 0 && c.engine.displayRuntimes.includes('llama.cpp');
  if (display !== c.engine.estimateRuntime && !expertsInRam) {
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
  const headroom = headroomFor(e, profile.os);
  const ref = referenceFor(c, index, ranked);
  const tradeOff = tradeOffLine(side(c), ref ? side(ref) : null, c.replaces ? side(c.replaces) : null);
  const machines = profile.hardware.type === 'cluster' ? clusterShares(profile.hardware.machines, e) : undefined;
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
    tradeOff,
    headroom,
    ...(machines ? { machines } : {}),
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
  if (facts.platform === 'apple') notes.push(macGpuCapNote(facts.acceleratorBytes));
  if (profile.hardware.type === 'cluster') notes.push(clusterNote(profile.hardware.machines, profile.hardware.link));
  const cpuRow = profile.hardware.type === 'cpu-only' ? profile.hardware.cpu : null;
  if (cpuRow && hasSolderedMemory(cpuRow)) notes.push('This machine\'s LPDDR memory is soldered and cannot be added to: for a bigger model, pick a smaller quant of it (its "Why not" line says what it needs).');
  const laptop = cpuRow ? isLaptop(cpuRow) : profile.hardware.type === 'gpus' && profile.hardware.gpus.some(isLaptop);
  if (laptop) notes.push('A laptop takes no desktop card: for bigger models, use a smaller quant, more RAM where the laptop\'s is not soldered, or another machine (a desktop with a GPU, a Mac with more memory, or a GPU in an external Thunderbolt/USB4 enclosure).');
  const models = eligibleModels(catalog, needs);
  const newest = newestRelease(catalog);
  const limit = options.limit ?? 10;
  // Only the first pass, which ranks usable candidates alone, prunes by score (see gather).
  let { candidates, fitting } = gather(models, profile, facts, needs, memo, true, newest, options.exhaustive ? 0 : Math.max(0, Math.floor(limit)));
  let usable = candidates.filter((c) => c.tps >= TOO_SLOW_TOKENS_PER_SEC);
  if (usable.length === 0) {
    ({ candidates, fitting } = gather(models, profile, facts, needs, memo, false, newest));
    usable = candidates;
    if (usable.length > 0) notes.push(`Nothing runs at ${TOO_SLOW_TOKENS_PER_SEC} tok/s or more on this machine; the list shows the fastest that fit.`);
  }
  const preferMlx = facts.platform === 'apple' && needs.tool === 'auto';
  const ranked = rankCandidates(usable, preferMlx).slice(0, limit);
  const results = ranked.map((c, i) => finalize(c, i, profile, facts, needs, memo, ranked));
  if (results.length === 0) notes.push(models.length === 0 ? 'No model in the catalog matches this use case and context.' : 'No model fits this machine at the requested context.');
  const ex = options.explain === false ? { whyNot: [], upgrade: null } : explain({ profile, facts, needs, catalog, results, memo });
  return { results, whyNot: ex.whyNot, upgrade: ex.upgrade, fittingModels: [...fitting].sort(), estimatesRun: memo.runs, notes };
}

/** Why a preferred tool cannot run on this machine, or null when it can. */
function unsupportedToolReason(tool: Needs['tool'], platform: ProfileFacts['platform'], os: HardwareProfile['os']): string | null {
  if (platform === 'cluster') return tool === 'auto' || tool === 'exo' ? null : 'On several machines only exo splits one model over them.';
  if (tool === 'mlx' && platform !== 'apple') return 'MLX runs only on Apple Silicon.';
  if (tool === 'exo') return 'exo splits a model over several machines; to describe them, choose "Several Macs (exo cluster)" in the wizard.';
  if (tool === 'vllm' && (platform !== 'gpu' || os === 'macos')) return 'vLLM needs an NVIDIA or AMD GPU on Linux (or WSL on Windows).';
  return null;
}
