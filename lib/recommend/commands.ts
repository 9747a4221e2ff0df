// Copy-paste commands per tool, and a validator that checks every generated command against a
// table of the flags each tool documents. Only flags listed here are ever emitted.

import type { Estimate } from '@/lib/estimate';
import type { Command, FormatFamily, HardwareProfile, Tool } from './types';

type ValueKind =
  | { kind: 'none' }
  | { kind: 'int'; min?: number }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'string' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'int-or'; values: readonly string[] }
  | { kind: 'csv-numbers' }
  | { kind: 'fraction-or'; values: readonly string[] };

interface FlagSpec {
  names: readonly string[];
  value: ValueKind;
  help: string;
}

interface ProgramSpec {
  tool: Exclude<Tool, 'auto'>;
  /** Program plus subcommand words, e.g. ["ollama", "run"]. */
  words: readonly string[];
  positionals: { min: number; max: number; allowed?: readonly string[]; value?: ValueKind };
  flags: readonly FlagSpec[];
  /** Environment variables the program reads (NAME=value prefix). */
  env?: readonly { name: string; value: ValueKind }[];
  doc: string;
}

const LLAMA_SERVER_DOC = 'https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md';
const LLAMA_MULTI_GPU_DOC = 'https://github.com/ggml-org/llama.cpp/blob/master/docs/multi-gpu.md';
const OLLAMA_CONTEXT_DOC = 'https://docs.ollama.com/context-length';
const OLLAMA_FAQ_DOC = 'https://docs.ollama.com/faq#how-can-i-specify-the-context-window-size';
const OLLAMA_MODELFILE_DOC = 'https://docs.ollama.com/modelfile';
const LMS_DOC = 'https://lmstudio.ai/docs/cli';
const LMS_LOAD_DOC = 'https://lmstudio.ai/docs/cli/load';
const MLX_DOC = 'https://github.com/ml-explore/mlx-lm/blob/main/README.md';
const VLLM_DOC = 'https://docs.vllm.ai/en/latest/cli/serve.html';
const EXO_DOC = 'https://github.com/exo-explore/exo/blob/main/README.md';

/**
 * Every program/subcommand the generator may emit, with the flags its documentation lists.
 * llama-server: tools/server/README.md "Common params" table (-hf/--hf-repo <user>/<model>[:quant],
 * -c/--ctx-size, -ngl/--gpu-layers/--n-gpu-layers N|auto|all, -ts/--tensor-split N0,N1,…,
 * -ncmoe/--n-cpu-moe N, -fa/--flash-attn on|off|auto, -np/--parallel, --host, --port).
 * Ollama: context-length doc (OLLAMA_CONTEXT_LENGTH=N ollama serve), FAQ (/set parameter num_ctx N),
 * Modelfile doc (PARAMETER num_ctx). LM Studio: lms docs (lms get, lms load --context-length N
 * --gpu 0-1|off|max, lms server start). mlx-lm README (pip install mlx-lm, mlx_lm.generate --model
 * --prompt --max-tokens, mlx_lm.server --model). vLLM serve CLI (--max-model-len,
 * --gpu-memory-utilization, --tensor-parallel-size, --quantization). exo README (`exo` on each device).
 */
export const TOOL_COMMANDS: readonly ProgramSpec[] = [
  {
    tool: 'llama.cpp',
    words: ['llama-server'],
    positionals: { min: 0, max: 0 },
    doc: LLAMA_SERVER_DOC,
    flags: [
      { names: ['-hf', '-hfr', '--hf-repo'], value: { kind: 'string' }, help: 'Hugging Face repo <user>/<model>[:quant]' },
      { names: ['-hff', '--hf-file'], value: { kind: 'string' }, help: 'file in the repo (overrides :quant)' },
      { names: ['-m', '--model'], value: { kind: 'string' }, help: 'local GGUF path' },
      { names: ['-c', '--ctx-size'], value: { kind: 'int', min: 0 }, help: 'context size' },
      { names: ['-ngl', '--gpu-layers', '--n-gpu-layers'], value: { kind: 'int-or', values: ['auto', 'all'] }, help: 'layers in VRAM' },
      { names: ['-ts', '--tensor-split'], value: { kind: 'csv-numbers' }, help: 'split proportions per GPU (see also ' + LLAMA_MULTI_GPU_DOC + ')' },
      { names: ['-sm', '--split-mode'], value: { kind: 'enum', values: ['none', 'layer', 'row', 'tensor'] }, help: 'multi-GPU split mode' },
      { names: ['-ncmoe', '--n-cpu-moe'], value: { kind: 'int', min: 0 }, help: 'MoE experts of the first N layers in RAM' },
      { names: ['-cmoe', '--cpu-moe'], value: { kind: 'none' }, help: 'all MoE experts in RAM' },
      { names: ['-fa', '--flash-attn'], value: { kind: 'enum', values: ['on', 'off', 'auto'] }, help: 'flash attention' },
      { names: ['-np', '--parallel'], value: { kind: 'int', min: 1 }, help: 'parallel slots' },
      { names: ['-ctk', '--cache-type-k', '-ctv', '--cache-type-v'], value: { kind: 'enum', values: ['f32', 'f16', 'bf16', 'q8_0', 'q4_0', 'q4_1', 'iq4_nl', 'q5_0', 'q5_1'] }, help: 'KV cache type' },
      { names: ['--host'], value: { kind: 'string' }, help: 'listen address' },
      { names: ['--port'], value: { kind: 'int', min: 1 }, help: 'listen port' },
    ],
  },
  { tool: 'ollama', words: ['ollama', 'run'], positionals: { min: 1, max: 1 }, doc: OLLAMA_FAQ_DOC, flags: [] },
  { tool: 'ollama', words: ['ollama', 'pull'], positionals: { min: 1, max: 1 }, doc: OLLAMA_FAQ_DOC, flags: [] },
  {
    tool: 'ollama',
    words: ['ollama', 'serve'],
    positionals: { min: 0, max: 0 },
    doc: OLLAMA_CONTEXT_DOC,
    flags: [],
    env: [
      { name: 'OLLAMA_CONTEXT_LENGTH', value: { kind: 'int', min: 1 } },
      { name: 'OLLAMA_FLASH_ATTENTION', value: { kind: 'enum', values: ['0', '1'] } },
    ],
  },
  { tool: 'ollama', words: ['ollama', 'create'], positionals: { min: 1, max: 1 }, doc: OLLAMA_MODELFILE_DOC, flags: [{ names: ['-f', '--file'], value: { kind: 'string' }, help: 'Modelfile path' }] },
  // Typed inside `ollama run`.
  { tool: 'ollama', words: ['/set', 'parameter', 'num_ctx'], positionals: { min: 1, max: 1, value: { kind: 'int', min: 1 } }, doc: OLLAMA_FAQ_DOC, flags: [] },
  { tool: 'lm-studio', words: ['lms', 'get'], positionals: { min: 1, max: 1 }, doc: LMS_DOC, flags: [] },
  {
    tool: 'lm-studio',
    words: ['lms', 'load'],
    positionals: { min: 1, max: 1 },
    doc: LMS_LOAD_DOC,
    flags: [
      { names: ['--context-length'], value: { kind: 'int', min: 1 }, help: 'context tokens' },
      { names: ['--gpu'], value: { kind: 'fraction-or', values: ['off', 'max'] }, help: 'GPU offload 0-1, off or max' },
      { names: ['--identifier'], value: { kind: 'string' }, help: 'API identifier' },
      { names: ['--ttl'], value: { kind: 'int', min: 1 }, help: 'idle seconds before unload' },
    ],
  },
  { tool: 'lm-studio', words: ['lms', 'server', 'start'], positionals: { min: 0, max: 0 }, doc: LMS_DOC, flags: [{ names: ['--port'], value: { kind: 'int', min: 1 }, help: 'port' }] },
  { tool: 'mlx', words: ['pip', 'install'], positionals: { min: 1, max: 1, allowed: ['mlx-lm'] }, doc: MLX_DOC, flags: [] },
  {
    tool: 'mlx',
    words: ['mlx_lm.generate'],
    positionals: { min: 0, max: 0 },
    doc: MLX_DOC,
    flags: [
      { names: ['--model'], value: { kind: 'string' }, help: 'HF repo or path' },
      { names: ['--prompt', '-p'], value: { kind: 'string' }, help: 'prompt' },
      { names: ['--max-tokens', '-m'], value: { kind: 'int', min: 1 }, help: 'tokens to generate' },
    ],
  },
  {
    tool: 'mlx',
    words: ['mlx_lm.server'],
    positionals: { min: 0, max: 0 },
    doc: MLX_DOC,
    flags: [
      { names: ['--model'], value: { kind: 'string' }, help: 'HF repo or path' },
      { names: ['--host'], value: { kind: 'string' }, help: 'listen address' },
      { names: ['--port'], value: { kind: 'int', min: 1 }, help: 'port' },
    ],
  },
  { tool: 'vllm', words: ['pip', 'install'], positionals: { min: 1, max: 1, allowed: ['vllm'] }, doc: VLLM_DOC, flags: [] },
  {
    tool: 'vllm',
    words: ['vllm', 'serve'],
    positionals: { min: 1, max: 1 },
    doc: VLLM_DOC,
    flags: [
      { names: ['--max-model-len'], value: { kind: 'int', min: 1 }, help: 'context length' },
      { names: ['--gpu-memory-utilization'], value: { kind: 'number', min: 0.05, max: 1 }, help: 'VRAM share vLLM pre-allocates' },
      { names: ['--tensor-parallel-size', '-tp'], value: { kind: 'int', min: 1 }, help: 'GPUs to shard over' },
      { names: ['--quantization', '-q'], value: { kind: 'enum', values: ['awq', 'gptq', 'fp8', 'awq_marlin', 'gptq_marlin', 'bitsandbytes'] }, help: 'quant method' },
      { names: ['--max-num-seqs'], value: { kind: 'int', min: 1 }, help: 'concurrent sequences' },
      { names: ['--host'], value: { kind: 'string' }, help: 'listen address' },
      { names: ['--port'], value: { kind: 'int', min: 1 }, help: 'port' },
    ],
  },
  {
    tool: 'exo',
    words: ['exo'],
    positionals: { min: 0, max: 0 },
    doc: EXO_DOC,
    flags: [{ names: ['--inference-engine'], value: { kind: 'enum', values: ['mlx', 'tinygrad'] }, help: 'inference engine' }],
  },
];

// ---------------------------------------------------------------- parsing / validation

/** Split a shell-ish command line into words (single/double quotes, backslash escapes). */
export function shellWords(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) cur += line[++i];
      else cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (quote) throw new Error('unterminated quote');
  if (inWord) out.push(cur);
  return out;
}

function checkValue(v: string | undefined, kind: ValueKind): string | null {
  if (kind.kind === 'none') return null;
  if (v === undefined || v === '') return 'needs a value';
  switch (kind.kind) {
    case 'string':
      return v.startsWith('-') ? 'needs a value' : null;
    case 'int':
      return /^\d+$/.test(v) && Number(v) >= (kind.min ?? 0) ? null : `"${v}" is not a whole number ≥ ${kind.min ?? 0}`;
    case 'number': {
      const n = Number(v);
      return Number.isFinite(n) && n >= (kind.min ?? -Infinity) && n <= (kind.max ?? Infinity) ? null : `"${v}" is out of range`;
    }
    case 'enum':
      return kind.values.includes(v) ? null : `"${v}" is not one of ${kind.values.join(', ')}`;
    case 'int-or':
      return kind.values.includes(v) || /^\d+$/.test(v) ? null : `"${v}" is not a number or ${kind.values.join('/')}`;
    case 'csv-numbers':
      return /^\d+(\.\d+)?(,\d+(\.\d+)?)*$/.test(v) ? null : `"${v}" is not a comma-separated list of numbers`;
    case 'fraction-or': {
      if (kind.values.includes(v)) return null;
      const n = Number(v);
      return Number.isFinite(n) && n >= 0 && n <= 1 ? null : `"${v}" is not 0-1 or ${kind.values.join('/')}`;
    }
  }
}

export interface CommandCheck {
  ok: boolean;
  problems: string[];
  tool?: Exclude<Tool, 'auto'>;
  doc?: string;
}

/** Parse one generated command and check its program, subcommand, flags, values and env vars. */
export function validateCommand(command: string | Command): CommandCheck {
  const line = typeof command === 'string' ? command : command.command;
  const expectTool = typeof command === 'string' ? undefined : command.tool;
  const problems: string[] = [];
  if (/[|;&<>`]|\$\(/.test(line.replace(/^\$env:[A-Z_]+=[^;\s]+;\s*/, ''))) {
    return { ok: false, problems: ['only a single command is allowed (no pipes, redirects or chaining)'] };
  }
  let words: string[];
  try {
    words = shellWords(line.trim());
  } catch (e) {
    return { ok: false, problems: [(e as Error).message] };
  }
  // Leading environment assignments: POSIX NAME=value or PowerShell $env:NAME=value;
  const env: { name: string; value: string }[] = [];
  while (words.length > 0) {
    const w = words[0] as string;
    const m = /^(?:\$env:)?([A-Z][A-Z0-9_]*)=(.*?);?$/.exec(w);
    if (!m) break;
    env.push({ name: m[1] as string, value: m[2] as string });
    words.shift();
  }
  if (words.length === 0) return { ok: false, problems: ['empty command'] };
  // Longest matching program spec; pip install specs are told apart by their package.
  const matches = TOOL_COMMANDS.filter((s) => s.words.every((w, i) => words[i] === w)).sort((a, b) => b.words.length - a.words.length);
  const longest = matches[0]?.words.length ?? 0;
  const candidates = matches.filter((s) => s.words.length === longest && (!expectTool || s.tool === expectTool));
  if (candidates.length === 0) {
    const known = matches.length > 0 ? ` (${words.slice(0, 2).join(' ')} is not documented for ${expectTool})` : '';
    return { ok: false, problems: [`unknown program or subcommand "${words.slice(0, 3).join(' ')}"${known}`] };
  }
  let best: CommandCheck | null = null;
  for (const spec of candidates) {
    const res = checkAgainst(spec, words.slice(spec.words.length), env);
    if (res.ok) return res;
    if (!best) best = res;
  }
  problems.push(...(best?.problems ?? []));
  return { ok: false, problems, tool: candidates[0]?.tool, doc: candidates[0]?.doc };
}

function checkAgainst(spec: ProgramSpec, rest: string[], env: { name: string; value: string }[]): CommandCheck {
  const problems: string[] = [];
  for (const e of env) {
    const def = spec.env?.find((d) => d.name === e.name);
    if (!def) problems.push(`environment variable ${e.name} is not documented for ${spec.words.join(' ')}`);
    else {
      const p = checkValue(e.value, def.value);
      if (p) problems.push(`${e.name}: ${p}`);
    }
  }
  const positionals: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i] as string;
    if (w.startsWith('-') && w.length > 1 && !/^-\d/.test(w)) {
      const [name, inline] = w.includes('=') ? [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)] : [w, undefined];
      const flag = spec.flags.find((f) => f.names.includes(name));
      if (!flag) {
        problems.push(`unknown flag ${name} for ${spec.words.join(' ')} (see ${spec.doc})`);
        continue;
      }
      const key = flag.names[0] as string;
      if (seen.has(key)) problems.push(`flag ${name} given twice`);
      seen.add(key);
      if (flag.value.kind === 'none') {
        if (inline !== undefined) problems.push(`flag ${name} takes no value`);
        continue;
      }
      const value = inline ?? rest[++i];
      const p = checkValue(value, flag.value);
      if (p) problems.push(`${name}: ${p}`);
    } else positionals.push(w);
  }
  if (positionals.length < spec.positionals.min) problems.push(`${spec.words.join(' ')} needs ${spec.positionals.min} argument(s)`);
  if (positionals.length > spec.positionals.max) problems.push(`${spec.words.join(' ')} takes at most ${spec.positionals.max} argument(s), got "${positionals.join(' ')}"`);
  const allowed = spec.positionals.allowed;
  if (allowed) for (const p of positionals) if (!allowed.includes(p)) problems.push(`"${p}" is not expected here (allowed: ${allowed.join(', ')})`);
  const pv = spec.positionals.value;
  if (pv) for (const p of positionals) {
    const bad = checkValue(p, pv);
    if (bad) problems.push(bad);
  }
  return { ok: problems.length === 0, problems, tool: spec.tool, doc: spec.doc };
}

// ---------------------------------------------------------------- generation

/** Where a (model, format) can be fetched from, per tool. All values come from the catalog. */
export interface ArtifactSources {
  /** GGUF repository for `llama-server -hf`. */
  ggufRepo: string | null;
  /** The GGUF repo is a sibling artifact's (a computed-size quant the repo may or may not publish). */
  ggufRepoIsSibling: boolean;
  ollamaTag: string | null;
  lmStudioId: string | null;
  /** Safetensors/MLX repository for vLLM or mlx-lm. */
  hfRepo: string | null;
}

export interface CommandTarget {
  modelName: string;
  format: string;
  formatFamily: FormatFamily;
  sources: ArtifactSources;
  estimate: Estimate;
  contextTokens: number;
  profile: HardwareProfile;
  /** Tools worth listing (the recommended one first). */
  tools: readonly Exclude<Tool, 'auto'>[];
  parallel?: number;
}

function gpuLayersArg(e: Estimate): string {
  const p = e.placement;
  if (p.gpuLayers === 0) return '0';
  if (p.gpuLayers >= p.totalLayers && p.moeExpertLayersOnCpu === 0 && e.fit === 'full-gpu') return '999';
  if (p.gpuLayers >= p.totalLayers) return '999';
  return String(p.gpuLayers);
}

/** Per-GPU layer counts, in device order, when layers are split over several GPUs. */
export function tensorSplit(e: Estimate): number[] | null {
  const gpus = e.memory.devices.filter((d) => d.kind !== 'system' && d.kind !== 'cpu');
  if (gpus.length < 2) return null;
  const layers = gpus.map((d) => d.layers);
  if (layers.filter((n) => n > 0).length < 2) return null;
  return layers;
}

function quoted(s: string): string {
  return /^[\w./:@+-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`;
}

function llamaCppCommands(t: CommandTarget): Command[] {
  const repo = t.sources.ggufRepo;
  if (!repo) return [];
  const e = t.estimate;
  const args = ['llama-server', '-hf', `${repo}:${t.format}`, '-c', String(t.contextTokens), '-ngl', gpuLayersArg(e)];
  const ts = tensorSplit(e);
  if (ts) args.push('-ts', ts.join(','));
  if (e.placement.moeExpertLayersOnCpu > 0) args.push('--n-cpu-moe', String(e.placement.moeExpertLayersOnCpu));
  args.push('-fa', 'on');
  if ((t.parallel ?? 1) > 1) args.push('-np', String(t.parallel));
  const notes: string[] = ['Serves an OpenAI-compatible API and a web UI on http://localhost:8080.'];
  if (e.fit === 'partial-offload') notes.push(`${e.placement.gpuLayers} of ${e.placement.totalLayers} layers on the GPU, the rest in system RAM.`);
  if (e.placement.moeExpertLayersOnCpu > 0) notes.push(`Routed experts of ${e.placement.moeExpertLayersOnCpu} layers stay in system RAM (--n-cpu-moe).`);
  if (ts) notes.push('-ts gives the share of layers per GPU, in the order the GPUs are listed.');
  if (t.sources.ggufRepoIsSibling) notes.push(`Size computed from the tensor shapes; check that ${repo} publishes a ${t.format} file (otherwise pick the nearest one it has).`);
  return [{ tool: 'llama.cpp', label: `Run ${t.modelName} ${t.format} with llama.cpp`, command: args.join(' '), notes: notes.join(' ') }];
}

function ollamaCommands(t: CommandTarget): Command[] {
  const tag = t.sources.ollamaTag;
  if (!tag) return [];
  const n = t.contextTokens;
  const serve = t.profile.os === 'windows' ? `$env:OLLAMA_CONTEXT_LENGTH=${n}; ollama serve` : `OLLAMA_CONTEXT_LENGTH=${n} ollama serve`;
  const partial = t.estimate.fit === 'partial-offload' ? ' Ollama chooses the GPU layers itself; `ollama ps` shows the CPU/GPU split.' : '';
  return [
    { tool: 'ollama', label: `Start Ollama with a ${n}-token context`, command: serve, notes: 'Ollama otherwise picks a default context from your VRAM (4k below 24 GiB).' },
    { tool: 'ollama', label: `Chat with ${t.modelName} ${t.format}`, command: `ollama run ${tag}`, notes: `Downloads the model on first run.${partial}` },
    {
      tool: 'ollama',
      label: 'Or set the context inside the chat',
      command: `/set parameter num_ctx ${n}`,
      notes: `Type this at the >>> prompt; for a permanent model put \`FROM ${tag}\` and \`PARAMETER num_ctx ${n}\` in a Modelfile and run \`ollama create\`.`,
    },
  ];
}

function lmStudioCommands(t: CommandTarget): Command[] {
  const id = t.sources.lmStudioId ?? (t.formatFamily === 'mlx' ? t.sources.hfRepo : t.sources.ggufRepo);
  if (!id) return [];
  const e = t.estimate;
  const gpu =
    e.fit === 'cpu-only' || e.placement.gpuLayers === 0
      ? 'off'
      : e.placement.gpuLayers >= e.placement.totalLayers
        ? 'max'
        : (Math.floor((e.placement.gpuLayers / e.placement.totalLayers) * 100) / 100).toFixed(2);
  return [
    { tool: 'lm-studio', label: `Download ${t.modelName} in LM Studio`, command: `lms get ${quoted(id)}`, notes: `Pick the ${t.format} file when asked.` },
    {
      tool: 'lm-studio',
      label: 'Load it with your context',
      command: `lms load ${quoted(id)} --context-length ${t.contextTokens} --gpu ${gpu}`,
      notes: 'Use the model key `lms ls` shows if it differs; `lms server start` exposes it on http://localhost:1234.',
    },
  ];
}

function mlxCommands(t: CommandTarget): Command[] {
  const repo = t.sources.hfRepo;
  if (!repo || t.profile.os !== 'macos') return [];
  return [
    { tool: 'mlx', label: 'Install mlx-lm', command: 'pip install mlx-lm' },
    { tool: 'mlx', label: `Generate with ${t.modelName}`, command: `mlx_lm.generate --model ${quoted(repo)} --prompt "Hello" --max-tokens 512` },
    { tool: 'mlx', label: 'Or serve an OpenAI-compatible API', command: `mlx_lm.server --model ${quoted(repo)}`, notes: 'Listens on http://localhost:8080.' },
  ];
}

function vllmCommands(t: CommandTarget): Command[] {
  const repo = t.sources.hfRepo;
  if (!repo) return [];
  const gpus = t.profile.hardware.type === 'gpus' ? t.profile.hardware.gpus.length : 1;
  const args = ['vllm', 'serve', quoted(repo), '--max-model-len', String(t.contextTokens), '--gpu-memory-utilization', '0.9'];
  if (gpus > 1) args.push('--tensor-parallel-size', String(gpus));
  if (t.formatFamily === 'awq') args.push('--quantization', 'awq');
  if (t.formatFamily === 'gptq') args.push('--quantization', 'gptq');
  if ((t.parallel ?? 1) > 1) args.push('--max-num-seqs', String(t.parallel));
  const wsl = t.profile.os === 'windows' ? ' On Windows run it inside WSL2.' : '';
  return [
    { tool: 'vllm', label: 'Install vLLM', command: 'pip install vllm', notes: `Linux with an NVIDIA or AMD GPU.${wsl}` },
    { tool: 'vllm', label: `Serve ${t.modelName} with vLLM`, command: args.join(' '), notes: 'OpenAI-compatible API on http://localhost:8000; vLLM pre-allocates 90 % of each GPU.' },
  ];
}

export function exoCommands(modelName: string, machines: number): Command[] {
  return [
    {
      tool: 'exo',
      label: `Start exo on each of the ${machines} machines`,
      command: 'exo',
      notes: `The machines find each other on the local network; then open http://localhost:52415 and pick ${modelName}, or POST to /v1/chat/completions.`,
    },
  ];
}

/** Commands for every listed tool the target can run under, recommended tool first. */
export function generateCommands(t: CommandTarget): Command[] {
  const out: Command[] = [];
  for (const tool of t.tools) {
    if (tool === 'llama.cpp') out.push(...llamaCppCommands(t));
    else if (tool === 'ollama') out.push(...ollamaCommands(t));
    else if (tool === 'lm-studio') out.push(...lmStudioCommands(t));
    else if (tool === 'mlx') out.push(...mlxCommands(t));
    else if (tool === 'vllm') out.push(...vllmCommands(t));
    else if (tool === 'exo') out.push(...exoCommands(t.modelName, 2));
  }
  return out;
}
