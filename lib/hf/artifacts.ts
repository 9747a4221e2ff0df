// A repository's file list → the artifacts an editor can review and save: one per GGUF quant (split
// shards summed), the vision projector files beside them, and one per safetensors checkpoint with
// its format read from the config's quantization_config or, failing that, the repo's naming
// conventions (mlx-community "-4bit", "-AWQ", "-GPTQ-Int4", "-FP8", "-NVFP4").

import { normalizeQuant } from '../estimate/formats';
import type { HubFile } from './hub-client';

export interface ProposedArtifact {
  /** Format name as the catalog writes it: "Q4_K_M", "UD-Q4_K_XL", "MLX-4BIT", "FP8", "BF16". */
  format: string;
  /** The estimator knows this format by name (normalizeQuant); unknown ones are kept for review. */
  knownFormat: boolean;
  role: 'weights' | 'projector';
  files: string[];
  /** Sum over the files; null when a size is unknown. */
  fileBytes: number | null;
  /** All shards of a split file are present. */
  complete: boolean;
  notes: string[];
}

export interface ArtifactProposal {
  artifacts: ProposedArtifact[];
  notes: string[];
}

const SPLIT_RE = /-(\d{5})-of-(\d{5})\.gguf$/i;
// llama.cpp preset names, Unsloth's dynamic "UD-" variants and the float types, as they appear in file names.
const QUANT = '(?:UD-)?(?:IQ[1-4]_(?:XXS|XS|NL|S|M)|Q[2-8]_K(?:_(?:XXL|XL|L|M|S))?|Q[4-8]_[01]|TQ[12]_0|MXFP4(?:_MOE)?|BF16|F16|F32)';
const GGUF_QUANT_RE = new RegExp(`(?:^|[-_.])(${QUANT})(?=$|[-_.])`, 'gi');
const QUANT_FOLDER_RE = new RegExp(`^${QUANT}$`, 'i');

function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

/** The quant named in a GGUF file name (the last match, so "Qwen3-8B-Q4_K_M" is Q4_K_M), or null. */
export function ggufQuantFromFileName(path: string): string | null {
  const name = basename(path).replace(SPLIT_RE, '.gguf').replace(/\.gguf$/i, '');
  let last: string | null = null;
  for (const m of name.matchAll(GGUF_QUANT_RE)) last = m[1]!;
  if (last === null) {
    // Unsloth puts split quants in a folder named after the quant: "Q4_K_M/Model-00001-of-00003.gguf".
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const folder = basename(dir);
    if (QUANT_FOLDER_RE.test(folder)) last = folder;
  }
  return last === null ? null : last.toUpperCase();
}

function sum(files: HubFile[]): number | null {
  let total = 0;
  for (const f of files) {
    if (f.size === null) return null;
    total += f.size;
  }
  return total;
}

function known(format: string): boolean {
  return normalizeQuant(format) !== null;
}

function ggufArtifacts(files: HubFile[]): ProposedArtifact[] {
  const groups = new Map<string, { role: ProposedArtifact['role']; files: HubFile[]; of: number | null }>();
  for (const f of files) {
    const name = basename(f.path);
    const projector = /mmproj/i.test(name);
    const split = SPLIT_RE.exec(name);
    const key = (projector ? 'projector:' : 'weights:') + f.path.replace(SPLIT_RE, '.gguf');
    const g = groups.get(key) ?? { role: projector ? 'projector' : 'weights', files: [], of: split ? Number(split[2]) : null };
    g.files.push(f);
    groups.set(key, g);
  }
  const out: ProposedArtifact[] = [];
  for (const [key, g] of groups) {
    g.files.sort((a, b) => a.path.localeCompare(b.path));
    const path = key.slice(key.indexOf(':') + 1);
    const quant = ggufQuantFromFileName(g.files[0]!.path);
    const notes: string[] = [];
    let complete = true;
    if (g.of !== null) {
      const parts = new Set(g.files.map((f) => Number(SPLIT_RE.exec(basename(f.path))?.[1])));
      for (let i = 1; i <= g.of; i++) if (!parts.has(i)) complete = false;
      if (!complete) notes.push(`split into ${g.of} files, ${parts.size} listed`);
    }
    if (quant === null) notes.push(`no quant name in "${basename(path)}"`);
    const format = quant ?? 'unknown';
    out.push({ format, knownFormat: quant !== null && known(format), role: g.role, files: g.files.map((f) => f.path), fileBytes: sum(g.files), complete, notes });
  }
  return out.sort((a, b) => (a.role === b.role ? a.format.localeCompare(b.format) : a.role === 'weights' ? -1 : 1));
}

/** The quantization a config.json declares (quantization_config.quant_method and its details), if any. */
export function formatFromConfig(config: unknown): string | null {
  if (typeof config !== 'object' || config === null) return null;
  const q = (config as Record<string, unknown>).quantization_config;
  if (typeof q !== 'object' || q === null) return null;
  const qc = q as Record<string, unknown>;
  const method = typeof qc.quant_method === 'string' ? qc.quant_method.toLowerCase() : '';
  const bits = typeof qc.bits === 'number' ? qc.bits : null;
  switch (method) {
    case 'fp8':
      return 'FP8';
    case 'awq':
      return 'AWQ-INT4';
    case 'gptq':
      return bits === 8 ? 'GPTQ-INT8' : 'GPTQ-INT4';
    case 'mxfp4':
      return 'MXFP4';
    case 'bitsandbytes':
      return qc.load_in_8bit === true ? 'INT8' : 'INT4';
    case 'mlx':
      return bits ? `MLX-${bits}BIT` : null;
    case 'modelopt':
      return typeof qc.quant_algo === 'string' ? qc.quant_algo.toUpperCase() : null;
    case 'compressed-tensors': {
      const fmt = typeof qc.format === 'string' ? qc.format.toLowerCase() : '';
      if (fmt.includes('nvfp4')) return 'NVFP4';
      if (fmt.includes('mxfp4')) return 'MXFP4';
      if (fmt.includes('float-quantized')) return 'FP8';
      return null;
    }
    default:
      return null;
  }
}

function formatFromRepoName(repoId: string): string | null {
  const [owner = '', name = ''] = repoId.split('/');
  if (/mlx/i.test(owner) || /mlx/i.test(name)) {
    const bits = /(\d)[-_]?bit/i.exec(name);
    if (bits) return `MLX-${bits[1]}BIT`;
    if (/mxfp4/i.test(name)) return 'MLX-MXFP4';
    if (/bf16/i.test(name)) return 'BF16';
    return null;
  }
  if (/awq/i.test(name)) return 'AWQ-INT4';
  if (/gptq[-_]?int8/i.test(name)) return 'GPTQ-INT8';
  if (/gptq/i.test(name)) return 'GPTQ-INT4';
  if (/nvfp4/i.test(name)) return 'NVFP4';
  if (/fp8/i.test(name)) return 'FP8';
  if (/bnb[-_]?4bit/i.test(name)) return 'INT4';
  return null;
}

/**
 * Proposes artifacts from a repo's files. `config` (the repo's config.json, when read) is the first
 * witness of a safetensors checkpoint's format; the repo name the second; an unquantized checkpoint
 * is proposed as BF16 for the editor to confirm.
 */
export function proposeArtifacts(repoId: string, files: HubFile[], config?: unknown): ArtifactProposal {
  const notes: string[] = [];
  const gguf = files.filter((f) => /\.gguf$/i.test(f.path));
  const artifacts = ggufArtifacts(gguf);
  let weights = files.filter((f) => /\.safetensors$/i.test(f.path));
  // Mistral repos carry both consolidated.safetensors (mistral-inference) and the sharded
  // transformers files: count the transformers files once.
  const sharded = weights.filter((f) => !/(^|\/)consolidated[^/]*\.safetensors$/i.test(f.path));
  if (sharded.length > 0 && sharded.length < weights.length) {
    notes.push('consolidated*.safetensors duplicates the sharded checkpoint and is not counted');
    weights = sharded;
  }
  if (weights.length > 0) {
    const fromConfig = formatFromConfig(config);
    const fromName = formatFromRepoName(repoId);
    const format = fromConfig ?? fromName ?? 'BF16';
    const why = fromConfig ? 'from config.json quantization_config' : fromName ? 'from the repository name' : 'no quantization declared: the unquantized checkpoint (confirm its dtype)';
    artifacts.push({ format, knownFormat: known(format), role: 'weights', files: weights.map((f) => f.path).sort(), fileBytes: sum(weights), complete: true, notes: [why] });
  }
  if (artifacts.length === 0) notes.push('no GGUF or safetensors weights in this repository');
  return { artifacts, notes };
}
