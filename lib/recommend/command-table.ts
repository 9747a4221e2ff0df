// The run commands we may emit, as each tool documents them: programs, subcommands, flags and
// environment variables. Generation (commands.ts) only uses what is listed here, and the checker
// (command-check.ts) holds every generated command to it.

import type { Tool } from './types';

export type ValueKind =
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

export interface ProgramSpec {
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

