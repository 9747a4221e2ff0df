// What can be run for a model: (model, format) groups with where to fetch them per tool, the
// runtimes that load them on a platform, and the choice the estimator gets for one candidate.

import { COMMON_GGUF_QUANTS, QUANT_FORMATS, publishedFileFor, type Choice, type Estimate, type HardwareSpec, type Runtime } from '@/lib/estimate';
import type { ArtifactSources } from './commands';
import type { ProfileFacts } from './hardware';
import type { CatalogArtifact, CatalogModel, FormatFamily, HostSystem, Tool } from './types';

/** Catalog GGUF formats worth ranking (the common ladder plus common publisher/Ollama choices). */
const CONSIDERED_GGUF = new Set<string>([...COMMON_GGUF_QUANTS, 'IQ4_XS', 'Q4_0', 'IQ2_M', 'MXFP4']);

export interface FormatGroup {
  model: CatalogModel;
  format: string;
  family: FormatFamily;
  artifacts: CatalogArtifact[];
  /** No catalog artifact: size computed from the tensor shapes. */
  computed: boolean;
  fileBytes: number | null;
  sources: ArtifactSources;
  /** Approximate bytes on disk, for cheap pre-filters only. */
  approxBytes: number;
  bits: number;
}

const isGgufRepo = (a: CatalogArtifact): boolean =>
  !!a.huggingFaceRepo && (/gguf/i.test(a.huggingFaceRepo) || /\.gguf$/i.test(a.huggingFaceFile ?? ''));

function bitsOf(format: string, artifacts: CatalogArtifact[]): number {
  return QUANT_FORMATS[format]?.bits ?? artifacts[0]?.bitsPerWeight ?? 16;
}

/** The GGUF repo of the model that publishes the most quants (for computed quants). */
function siblingGgufRepo(model: CatalogModel): string | null {
  const counts = new Map<string, number>();
  for (const a of model.artifacts) if (isGgufRepo(a) && a.formatFamily === 'gguf') counts.set(a.huggingFaceRepo as string, (counts.get(a.huggingFaceRepo as string) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [repo, c] of counts) if (c > n || (c === n && best !== null && repo < best)) [best, n] = [repo, c];
  return best;
}

const groupCache = new WeakMap<CatalogModel, FormatGroup[]>();

/** All (model, format) groups worth ranking, cheapest first. Memoised per model object. */
export function formatGroups(model: CatalogModel): FormatGroup[] {
  const hit = groupCache.get(model);
  if (hit) return hit;
  const byFormat = new Map<string, CatalogArtifact[]>();
  for (const a of model.artifacts) {
    const list = byFormat.get(a.format);
    if (list) list.push(a);
    else byFormat.set(a.format, [a]);
  }
  const groups: FormatGroup[] = [];
  const sibling = siblingGgufRepo(model);
  for (const [format, arts] of byFormat) {
    const family = (arts[0] as CatalogArtifact).formatFamily;
    if (family === 'gguf' && !CONSIDERED_GGUF.has(format)) continue;
    if (family === 'exl2') continue;
    const gguf = arts.find(isGgufRepo);
    const ollama = arts.find((a) => a.ollamaTag)?.ollamaTag ?? null;
    if (family === 'gguf' && format === 'Q4_0' && !ollama) continue;
    const lms = arts.find((a) => a.lmStudioId)?.lmStudioId ?? null;
    const hf = arts.find((a) => a.huggingFaceRepo && !isGgufRepo(a))?.huggingFaceRepo ?? null;
    const fileBytes = publishedFileFor(model, format).file?.fileBytes ?? null;
    const bits = bitsOf(format, arts);
    groups.push({
      model,
      format,
      family,
      artifacts: arts,
      computed: false,
      fileBytes,
      sources: { ggufRepo: gguf?.huggingFaceRepo ?? null, ggufRepoIsSibling: false, ollamaTag: ollama, lmStudioId: lms, hfRepo: hf },
      approxBytes: fileBytes ?? (model.totalParams * bits) / 8,
      bits,
    });
  }
  if (sibling) {
    for (const q of COMMON_GGUF_QUANTS) {
      if (byFormat.has(q)) continue;
      const bits = QUANT_FORMATS[q]?.bits ?? 4.5;
      groups.push({
        model,
        format: q,
        family: 'gguf',
        artifacts: [],
        computed: true,
        fileBytes: null,
        sources: { ggufRepo: sibling, ggufRepoIsSibling: true, ollamaTag: null, lmStudioId: null, hfRepo: null },
        approxBytes: (model.totalParams * bits) / 8,
        bits,
      });
    }
  }
  groups.sort((a, b) => a.approxBytes - b.approxBytes);
  groupCache.set(model, groups);
  return groups;
}

/** An engine is how a group gets estimated: llama.cpp-family formats are estimated once. */
type Engine = 'gguf' | 'mlx' | 'vllm' | 'exo';

export interface EngineChoice {
  engine: Engine;
  /** Runtime passed to the estimator. */
  estimateRuntime: Runtime;
  /** Runtimes that could display this candidate, preferred first. */
  displayRuntimes: Runtime[];
}

const GGUF_DISPLAY: Runtime[] = ['ollama', 'llama.cpp', 'lm-studio'];

const groupRuntimes = new WeakMap<FormatGroup, ReadonlySet<Runtime>>();

/** The runtimes the group's artifacts list (memoised per group: every ranking asks again). */
function runtimesOf(g: FormatGroup): ReadonlySet<Runtime> {
  let set = groupRuntimes.get(g);
  if (!set) {
    set = new Set(g.artifacts.flatMap((a) => a.runtimes));
    groupRuntimes.set(g, set);
  }
  return set;
}

/** Engines a group can run under on this machine, honouring the tool filter. */
export function enginesFor(g: FormatGroup, facts: ProfileFacts, os: HostSystem, tool: Tool): EngineChoice[] {
  const out: EngineChoice[] = [];
  const runtimes = runtimesOf(g);
  const s = g.sources;
  // Several Macs: exo alone splits a model over them, from a published MLX conversion (exo runs MLX).
  if (facts.platform === 'cluster') {
    if (g.family === 'mlx' && s.hfRepo && runtimes.has('exo') && (tool === 'auto' || tool === 'exo')) out.push({ engine: 'exo', estimateRuntime: 'exo', displayRuntimes: ['exo'] });
    return out;
  }
  const ggufFamily = g.family === 'gguf' || g.family === 'mxfp4';
  if (ggufFamily && (s.ggufRepo || s.ollamaTag || s.lmStudioId)) {
    const display = GGUF_DISPLAY.filter(
      (r) => (r === 'ollama' && s.ollamaTag) || (r === 'llama.cpp' && s.ggufRepo) || (r === 'lm-studio' && (s.lmStudioId || s.ggufRepo)),
    );
    const allowed = tool === 'auto' ? display : display.filter((r) => r === tool);
    if (allowed.length > 0) out.push({ engine: 'gguf', estimateRuntime: 'llama.cpp', displayRuntimes: allowed });
  }
  if (facts.platform === 'apple' && os === 'macos' && s.hfRepo && (g.family === 'mlx' || g.family === 'float') && (runtimes.has('mlx') || g.family === 'mlx')) {
    const display: Runtime[] = g.family === 'mlx' ? ['mlx', 'lm-studio'] : ['mlx'];
    const allowed = tool === 'auto' ? display : display.filter((r) => r === tool);
    if (allowed.length > 0) out.push({ engine: 'mlx', estimateRuntime: 'mlx', displayRuntimes: allowed });
  }
  if (
    facts.platform === 'gpu' &&
    facts.vllmCapableGpus &&
    os !== 'macos' &&
    s.hfRepo &&
    runtimes.has('vllm') &&
    ['float', 'fp8', 'gptq', 'awq', 'int', 'mxfp4'].includes(g.family) &&
    (tool === 'auto' || tool === 'vllm')
  ) {
    out.push({ engine: 'vllm', estimateRuntime: 'vllm', displayRuntimes: ['vllm'] });
  }
  return out;
}

/** The choice one candidate asks the estimator about; the builder applies the runtime's defaults. */
export function candidateChoice(g: FormatGroup, runtime: Runtime, spec: HardwareSpec, contextTokens: number): Choice {
  return { model: g.model, quant: g.format, runtime, hardware: spec, contextTokens };
}

export function decodeExpected(e: Estimate): number {
  return e.speed?.decodeTokensPerSec.expected ?? 0;
}
