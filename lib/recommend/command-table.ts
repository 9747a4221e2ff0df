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
  | { kind: 'fraction-or'; values: readonly string[] }
  /** A JSON object, as one quoted shell word. */
  | { kind: 'json' }
  /** NAME=value for one named setting (sysctl). */
  | { kind: 'setting'; name: string; value: ValueKind }
  /** A URL starting with a fixed prefix. */
  | { kind: 'url'; prefix: string };

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
  env?: readonly { name: string; value: ValueKind; doc?: string }[];
  doc: string;
}

const KV_TYPES = ['f32', 'f16', 'bf16', 'q8_0', 'q4_0', 'q4_1', 'iq4_nl', 'q5_0', 'q5_1'] as const;

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
const EXO_API_DOC = 'https://github.com/exo-explore/exo/blob/main/docs/api.md';
const LLAMA_README = 'https://github.com/ggml-org/llama.cpp/blob/master/README.md';
// The unified `llama` program (PR #23296): app/llama.cpp hands `serve` and `cli` their arguments unchanged
// to llama-server's and llama-cli's own entry points, so their flags are those programs' flags.
const LLAMA_APP_SOURCE = 'https://github.com/ggml-org/llama.cpp/blob/master/app/llama.cpp';
// llama.app's installer (install.sh, install.ps1): detects the GPU and installs a prebuilt `llama`; read at commit 8765d96.
const LLAMA_INSTALL_SCRIPT_DOC = 'https://github.com/ggml-org/llama-install.sh';
const LLAMA_INSTALL_DOC = 'https://github.com/ggml-org/llama.cpp/blob/master/docs/install.md';
const LLAMA_BUILD_DOC = 'https://github.com/ggml-org/llama.cpp/blob/master/docs/build.md';
const LLAMA_QUANTIZE_DOC = 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md';
const LLAMA_IMATRIX_DOC = 'https://github.com/ggml-org/llama.cpp/blob/master/tools/imatrix/README.md';
const OLLAMA_LINUX_DOC = 'https://docs.ollama.com/linux';
const OLLAMA_IMPORT_DOC = 'https://docs.ollama.com/import';
const OLLAMA_FAQ_KV_DOC = 'https://docs.ollama.com/faq#how-can-i-set-the-quantization-type-for-the-kv-cache';
const OLLAMA_CREATE_SOURCE = 'https://github.com/ollama/ollama/blob/main/cmd/cmd.go';
const LMS_INSTALL_DOC = 'https://lmstudio.ai/docs/cli';
const LMS_GET_DOC = 'https://lmstudio.ai/docs/cli/get';
const LMS_LOAD_SOURCE = 'https://github.com/lmstudio-ai/lms/blob/main/src/subcommands/load.ts';
const MLX_CONVERT_SOURCE = 'https://github.com/ml-explore/mlx-lm/blob/main/mlx_lm/convert.py';
const MLX_GENERATE_SOURCE = 'https://github.com/ml-explore/mlx-lm/blob/main/mlx_lm/generate.py';
const MLX_LEARNED_QUANTS_DOC = 'https://github.com/ml-explore/mlx-lm/blob/main/mlx_lm/LEARNED_QUANTS.md';
const VLLM_QUICKSTART_DOC = 'https://docs.vllm.ai/en/latest/getting_started/quickstart.html';
// The CUDA install page runs `vllm download-kernels` after the install (FlashInfer's precompiled kernels); read on main, 2026-12-01.
const VLLM_CUDA_INSTALL_DOC = 'https://github.com/vllm-project/vllm/blob/main/docs/getting_started/installation/gpu.cuda.inc.md';
// The speculative decoding docs moved to docs/features/speculative_decoding/ (seen on main, 2026-11-30).
const VLLM_SPEC_DOC = 'https://github.com/vllm-project/vllm/blob/main/docs/features/speculative_decoding/README.md';

/** Common parameters of llama.cpp's programs (common/arg.cpp, listed in the server README's "Common params"). */
const LLAMA_SHARED_FLAGS: readonly FlagSpec[] = [
  { names: ['-hf', '-hfr', '--hf-repo'], value: { kind: 'string' }, help: 'Hugging Face repo <user>/<model>[:quant]' },
  { names: ['-hff', '--hf-file'], value: { kind: 'string' }, help: 'file in the repo (overrides :quant)' },
  { names: ['-m', '--model'], value: { kind: 'string' }, help: 'local GGUF path' },
  { names: ['-c', '--ctx-size'], value: { kind: 'int', min: 0 }, help: 'context size' },
  { names: ['-ngl', '--gpu-layers', '--n-gpu-layers'], value: { kind: 'int-or', values: ['auto', 'all'] }, help: 'layers in VRAM' },
  { names: ['-ts', '--tensor-split'], value: { kind: 'csv-numbers' }, help: 'split proportions per GPU (see also ' + LLAMA_MULTI_GPU_DOC + ')' },
  { names: ['-sm', '--split-mode'], value: { kind: 'enum', values: ['none', 'layer', 'row', 'tensor'] }, help: 'multi-GPU split mode' },
  { names: ['-ncmoe', '--n-cpu-moe'], value: { kind: 'int', min: 0 }, help: 'MoE experts of the first N layers in RAM' },
  { names: ['-cmoe', '--cpu-moe'], value: { kind: 'none' }, help: 'all MoE experts in RAM' },
  { names: ['-ot', '--override-tensor'], value: { kind: 'string' }, help: '<tensor name pattern>=<buffer type>' },
  { names: ['-fa', '--flash-attn'], value: { kind: 'enum', values: ['on', 'off', 'auto'] }, help: 'flash attention' },
  { names: ['-np', '--parallel'], value: { kind: 'int', min: 1 }, help: 'parallel slots' },
  { names: ['-ctk', '--cache-type-k'], value: { kind: 'enum', values: KV_TYPES }, help: 'K cache type' },
  { names: ['-ctv', '--cache-type-v'], value: { kind: 'enum', values: KV_TYPES }, help: 'V cache type' },
];

/** llama-server's flags: the common parameters plus the server's own (server README, generated flag table). */
const LLAMA_SERVER_FLAGS: readonly FlagSpec[] = [
  ...LLAMA_SHARED_FLAGS,
  { names: ['-md', '--model-draft'], value: { kind: 'string' }, help: 'draft model GGUF for speculative decoding' },
  { names: ['-hfd', '-hfrd', '--hf-repo-draft'], value: { kind: 'string' }, help: 'draft model Hugging Face repo' },
  // Speculative decoding: every --spec-type value the server README's generated flag table lists (read 2026-11-30):
  // draft models (draft-simple, draft-eagle3, draft-dflash, draft-dspark), the model's own MTP head (draft-mtp), n-gram lookups.
  {
    names: ['--spec-type'],
    value: { kind: 'enum', values: ['none', 'draft-simple', 'draft-eagle3', 'draft-mtp', 'draft-dflash', 'draft-dspark', 'ngram-simple', 'ngram-map-k', 'ngram-map-k4v', 'ngram-mod', 'ngram-cache'] },
    help: 'speculative decoding method',
  },
  { names: ['--spec-draft-n-max'], value: { kind: 'int', min: 1 }, help: 'most tokens drafted per step' },
  { names: ['--host'], value: { kind: 'string' }, help: 'listen address' },
  { names: ['--port'], value: { kind: 'int', min: 1 }, help: 'listen port' },
];

/**
 * Install one-liners as the tools' own pages print them. A pipe into a shell is refused anywhere
 * else; these are accepted only verbatim.
 */
export const VERBATIM_COMMANDS: readonly { tool: Exclude<Tool, 'auto'>; command: string; doc: string }[] = [
  { tool: 'ollama', command: 'curl -fsSL https://ollama.com/install.sh | sh', doc: OLLAMA_LINUX_DOC },
  { tool: 'lm-studio', command: 'curl -fsSL https://lmstudio.ai/install.sh | bash', doc: LMS_INSTALL_DOC },
  // As Hugging Face's model pages print it (read 2026-12-01); llama-install.sh's own README omits -LsSf.
  { tool: 'llama.cpp', command: 'curl -LsSf https://llama.app/install.sh | sh', doc: LLAMA_INSTALL_SCRIPT_DOC },
];

/**
 * vLLM's install, as its quickstart prints it (docs/getting_started/quickstart.md, "Installation",
 * read at commit 00bd149 on 2026-11-30): a uv environment, then `uv pip install vllm` with
 * `--torch-backend=auto` on NVIDIA (uv picks the PyTorch build for the driver) or vLLM's ROCm wheel
 * index on AMD. The wizard's cards and the vLLM guide print these lines; a content test holds the
 * guide to them.
 */
export const VLLM_INSTALL_STEPS = {
  nvidia: ['uv venv --python 3.12 --seed', 'source .venv/bin/activate', 'uv pip install vllm --torch-backend=auto'],
  amd: ['uv venv --python 3.12 --seed', 'source .venv/bin/activate', 'uv pip install vllm --extra-index-url https://wheels.vllm.ai/rocm/'],
} as const satisfies Record<'nvidia' | 'amd', readonly string[]>;

/**
 * The step vLLM's CUDA installation page adds after the install (VLLM_CUDA_INSTALL_DOC; the command came with
 * vllm-project/vllm#58765): FlashInfer's precompiled kernels, which vLLM otherwise fetches or compiles when it
 * starts (minutes on Hopper GPUs), and warns about when they are missing. NVIDIA only.
 */
export const VLLM_CUDA_KERNELS_STEP = 'vllm download-kernels';

/**
 * Every program/subcommand the wizard may emit or a guide may print, with the flags its
 * documentation lists; the guides' content test and the wizard's generator are held to this one table.
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
  { tool: 'llama.cpp', words: ['llama-server'], positionals: { min: 0, max: 0 }, doc: LLAMA_SERVER_DOC, flags: LLAMA_SERVER_FLAGS },
  // `llama serve` is llama-server and `llama cli` is llama-cli, inside the one `llama` program (LLAMA_APP_SOURCE).
  { tool: 'llama.cpp', words: ['llama', 'serve'], positionals: { min: 0, max: 0 }, doc: LLAMA_APP_SOURCE, flags: LLAMA_SERVER_FLAGS },
  { tool: 'llama.cpp', words: ['llama', 'cli'], positionals: { min: 0, max: 0 }, doc: LLAMA_APP_SOURCE, flags: LLAMA_SHARED_FLAGS },
  // The same common parameters as llama-server (common/arg.cpp); README "Quick start" runs `llama-cli -hf <repo>`.
  { tool: 'llama.cpp', words: ['llama-cli'], positionals: { min: 0, max: 0 }, doc: LLAMA_README, flags: LLAMA_SHARED_FLAGS },
  { tool: 'llama.cpp', words: ['brew', 'install'], positionals: { min: 1, max: 1, allowed: ['llama.cpp'] }, doc: LLAMA_INSTALL_DOC, flags: [] },
  { tool: 'llama.cpp', words: ['winget', 'install'], positionals: { min: 1, max: 1, allowed: ['llama.cpp'] }, doc: LLAMA_INSTALL_DOC, flags: [] },
  { tool: 'llama.cpp', words: ['git', 'clone'], positionals: { min: 1, max: 1, allowed: ['https://github.com/ggml-org/llama.cpp'] }, doc: LLAMA_BUILD_DOC, flags: [] },
  { tool: 'llama.cpp', words: ['cd'], positionals: { min: 1, max: 1, allowed: ['llama.cpp'] }, doc: LLAMA_BUILD_DOC, flags: [] },
  {
    tool: 'llama.cpp',
    words: ['cmake'],
    positionals: { min: 0, max: 0 },
    doc: LLAMA_BUILD_DOC,
    flags: [
      { names: ['-B'], value: { kind: 'string' }, help: 'build directory' },
      { names: ['--build'], value: { kind: 'string' }, help: 'build an configured directory' },
      { names: ['--config'], value: { kind: 'enum', values: ['Release', 'Debug'] }, help: 'build type' },
      { names: ['-DGGML_CUDA', '-DGGML_VULKAN', '-DGGML_HIP', '-DGGML_METAL', '-DGGML_SYCL'], value: { kind: 'enum', values: ['ON', 'OFF'] }, help: 'GPU backend (build.md)' },
    ],
  },
  {
    tool: 'llama.cpp',
    words: ['python3', 'convert_hf_to_gguf.py'],
    positionals: { min: 1, max: 1 },
    doc: LLAMA_QUANTIZE_DOC,
    flags: [
      { names: ['--outfile'], value: { kind: 'string' }, help: 'output GGUF' },
      { names: ['--outtype'], value: { kind: 'enum', values: ['f32', 'f16', 'bf16', 'q8_0', 'auto'] }, help: 'output precision' },
    ],
  },
  {
    tool: 'llama.cpp',
    words: ['llama-imatrix'],
    positionals: { min: 0, max: 0 },
    doc: LLAMA_IMATRIX_DOC,
    flags: [
      { names: ['-m', '--model'], value: { kind: 'string' }, help: 'model GGUF' },
      { names: ['-f', '--file'], value: { kind: 'string' }, help: 'calibration text' },
      { names: ['-o', '--output-file'], value: { kind: 'string' }, help: 'importance matrix file' },
    ],
  },
  // llama-quantize [--imatrix file] input.gguf output.gguf TYPE [threads]
  { tool: 'llama.cpp', words: ['llama-quantize'], positionals: { min: 3, max: 4 }, doc: LLAMA_QUANTIZE_DOC, flags: [{ names: ['--imatrix'], value: { kind: 'string' }, help: 'importance matrix file' }] },
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
      { name: 'OLLAMA_KV_CACHE_TYPE', value: { kind: 'enum', values: ['f16', 'q8_0', 'q4_0'] }, doc: OLLAMA_FAQ_KV_DOC },
    ],
  },
  {
    tool: 'ollama',
    words: ['ollama', 'create'],
    positionals: { min: 1, max: 1 },
    doc: OLLAMA_MODELFILE_DOC,
    flags: [
      { names: ['-f', '--file'], value: { kind: 'string' }, help: 'Modelfile path' },
      // import doc: q8_0, q4_K_S, q4_K_M from F16/BF16 GGUF; cmd.go and x/create: int4, int8, nvfp4, mxfp4, mxfp8 with --experimental (safetensors, MLX engine).
      { names: ['-q', '--quantize'], value: { kind: 'enum', values: ['q8_0', 'q4_K_S', 'q4_K_M', 'int4', 'int8', 'nvfp4', 'mxfp4', 'mxfp8'] }, help: `quantize while importing (${OLLAMA_IMPORT_DOC})` },
      { names: ['--experimental'], value: { kind: 'none' }, help: `safetensors import for the MLX engine (${OLLAMA_CREATE_SOURCE})` },
    ],
  },
  // Typed inside `ollama run`.
  { tool: 'ollama', words: ['/set', 'parameter', 'num_ctx'], positionals: { min: 1, max: 1, value: { kind: 'int', min: 1 } }, doc: OLLAMA_FAQ_DOC, flags: [] },
  {
    tool: 'lm-studio',
    words: ['lms', 'get'],
    positionals: { min: 1, max: 1 },
    doc: LMS_GET_DOC,
    flags: [
      { names: ['--mlx'], value: { kind: 'none' }, help: 'MLX files only' },
      { names: ['--gguf'], value: { kind: 'none' }, help: 'GGUF files only' },
    ],
  },
  { tool: 'lm-studio', words: ['lms', 'daemon', 'up'], positionals: { min: 0, max: 0 }, doc: LMS_INSTALL_DOC, flags: [] },
  { tool: 'lm-studio', words: ['lms', 'ls'], positionals: { min: 0, max: 0 }, doc: LMS_DOC, flags: [] },
  { tool: 'lm-studio', words: ['lms', 'chat'], positionals: { min: 0, max: 1 }, doc: LMS_DOC, flags: [] },
  {
    tool: 'lm-studio',
    words: ['lms', 'load'],
    positionals: { min: 1, max: 1 },
    doc: LMS_LOAD_DOC,
    flags: [
      { names: ['-c', '--context-length'], value: { kind: 'int', min: 1 }, help: 'context tokens' },
      { names: ['--gpu'], value: { kind: 'fraction-or', values: ['off', 'max'] }, help: 'GPU offload 0-1, off or max' },
      { names: ['--identifier'], value: { kind: 'string' }, help: 'API identifier' },
      { names: ['--ttl'], value: { kind: 'int', min: 1 }, help: 'idle seconds before unload' },
      { names: ['--estimate-only'], value: { kind: 'none' }, help: `estimate memory, do not load (${LMS_LOAD_SOURCE})` },
      { names: ['--parallel'], value: { kind: 'int', min: 1 }, help: 'predictions served at once' },
      { names: ['--speculative-draft-simple'], value: { kind: 'none' }, help: 'speculative decoding with a draft model' },
      { names: ['--speculative-draft-model'], value: { kind: 'string' }, help: 'the draft model' },
      { names: ['--speculative-draft-mtp'], value: { kind: 'none' }, help: "speculative decoding with the model's MTP head" },
      { names: ['--speculative-draft-max-tokens'], value: { kind: 'int', min: 1 }, help: 'most tokens drafted per step' },
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
      { names: ['--kv-bits'], value: { kind: 'int', min: 1 }, help: `KV cache quantization bits (${MLX_GENERATE_SOURCE})` },
    ],
  },
  { tool: 'mlx', words: ['mlx_lm.chat'], positionals: { min: 0, max: 0 }, doc: MLX_DOC, flags: [{ names: ['--model'], value: { kind: 'string' }, help: 'HF repo or path' }] },
  {
    tool: 'mlx',
    words: ['mlx_lm.convert'],
    positionals: { min: 0, max: 0 },
    doc: MLX_CONVERT_SOURCE,
    flags: [
      { names: ['--hf-path', '--model'], value: { kind: 'string' }, help: 'HF repo or path' },
      { names: ['--mlx-path'], value: { kind: 'string' }, help: 'output folder' },
      { names: ['-q', '--quantize'], value: { kind: 'none' }, help: 'quantize' },
      { names: ['--q-bits'], value: { kind: 'int', min: 1 }, help: 'bits per weight' },
      { names: ['--q-group-size'], value: { kind: 'int', min: 1 }, help: 'group size' },
      { names: ['--q-mode'], value: { kind: 'enum', values: ['affine', 'mxfp4', 'nvfp4', 'mxfp8'] }, help: 'quantization mode' },
      { names: ['--quant-predicate'], value: { kind: 'enum', values: ['mixed_2_6', 'mixed_3_4', 'mixed_3_6', 'mixed_4_6'] }, help: 'mixed-bit recipe' },
    ],
  },
  {
    tool: 'mlx',
    words: ['mlx_lm.dynamic_quant'],
    positionals: { min: 0, max: 0 },
    doc: MLX_LEARNED_QUANTS_DOC,
    flags: [
      { names: ['--model', '-m'], value: { kind: 'string' }, help: 'HF repo or path' },
      { names: ['--target-bpw'], value: { kind: 'number', min: 1, max: 16 }, help: 'target bits per weight' },
    ],
  },
  {
    tool: 'mlx',
    words: ['mlx_lm.dwq'],
    positionals: { min: 0, max: 0 },
    doc: MLX_LEARNED_QUANTS_DOC,
    flags: [
      { names: ['--model'], value: { kind: 'string' }, help: 'HF repo or path' },
      { names: ['--bits'], value: { kind: 'int', min: 1 }, help: 'bits per weight' },
    ],
  },
  // README "Large models": raise the GPU's wired memory limit (macOS).
  { tool: 'mlx', words: ['sudo', 'sysctl'], positionals: { min: 1, max: 1, value: { kind: 'setting', name: 'iogpu.wired_limit_mb', value: { kind: 'int', min: 1 } } }, doc: MLX_DOC, flags: [] },
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
  {
    tool: 'vllm',
    words: ['uv', 'venv'],
    positionals: { min: 0, max: 0 },
    doc: VLLM_QUICKSTART_DOC,
    flags: [
      { names: ['--python'], value: { kind: 'enum', values: ['3.10', '3.11', '3.12', '3.13'] }, help: 'Python version' },
      { names: ['--seed'], value: { kind: 'none' }, help: 'install pip into the environment' },
    ],
  },
  { tool: 'vllm', words: ['source'], positionals: { min: 1, max: 1, allowed: ['.venv/bin/activate'] }, doc: VLLM_QUICKSTART_DOC, flags: [] },
  {
    tool: 'vllm',
    words: ['uv', 'pip', 'install'],
    positionals: { min: 1, max: 1, allowed: ['vllm'] },
    doc: VLLM_QUICKSTART_DOC,
    flags: [
      { names: ['--torch-backend'], value: { kind: 'enum', values: ['auto', 'cpu', 'cu126', 'cu128', 'cu129', 'cu130'] }, help: 'PyTorch build' },
      { names: ['--extra-index-url'], value: { kind: 'string' }, help: 'extra wheel index (ROCm)' },
    ],
  },
  {
    tool: 'vllm',
    words: ['vllm', 'download-kernels'],
    positionals: { min: 0, max: 0 },
    doc: VLLM_CUDA_INSTALL_DOC,
    flags: [{ names: ['--dry-run'], value: { kind: 'none' }, help: 'print the install commands only (https://docs.vllm.ai/en/latest/api/vllm/entrypoints/cli/download_kernels/)' }],
  },
  {
    tool: 'vllm',
    words: ['vllm', 'serve'],
    positionals: { min: 1, max: 1 },
    doc: VLLM_DOC,
    flags: [
      { names: ['--max-model-len'], value: { kind: 'int-or', values: ['auto'] }, help: 'context length, or auto (the most that fits)' },
      { names: ['--gpu-memory-utilization'], value: { kind: 'number', min: 0.05, max: 1 }, help: 'VRAM share vLLM pre-allocates' },
      { names: ['--tensor-parallel-size', '-tp'], value: { kind: 'int', min: 1 }, help: 'GPUs to shard over' },
      { names: ['--quantization', '-q'], value: { kind: 'enum', values: ['awq', 'gptq', 'fp8', 'awq_marlin', 'gptq_marlin', 'bitsandbytes'] }, help: 'quant method' },
      { names: ['--max-num-seqs'], value: { kind: 'int', min: 1 }, help: 'concurrent sequences' },
      { names: ['--kv-cache-dtype'], value: { kind: 'enum', values: ['auto', 'fp8', 'fp8_e4m3', 'fp8_e5m2'] }, help: 'KV cache type' },
      { names: ['--enable-expert-parallel'], value: { kind: 'none' }, help: 'shard MoE experts across GPUs' },
      { names: ['--speculative-config'], value: { kind: 'json' }, help: `speculative decoding, as JSON (${VLLM_SPEC_DOC})` },
      { names: ['--host'], value: { kind: 'string' }, help: 'listen address' },
      { names: ['--port'], value: { kind: 'int', min: 1 }, help: 'port' },
    ],
  },
  // exo 1.x (README): the macOS app, or from source: clone, build the dashboard, `uv run exo` on each machine.
  { tool: 'exo', words: ['brew', 'install'], positionals: { min: 1, max: 1, allowed: ['exo'] }, doc: EXO_DOC, flags: [{ names: ['--cask'], value: { kind: 'none' }, help: 'install the app' }] },
  { tool: 'exo', words: ['git', 'clone'], positionals: { min: 1, max: 1, allowed: ['https://github.com/exo-explore/exo'] }, doc: EXO_DOC, flags: [] },
  { tool: 'exo', words: ['cd'], positionals: { min: 1, max: 1, allowed: ['exo', 'exo/dashboard', '..'] }, doc: EXO_DOC, flags: [] },
  { tool: 'exo', words: ['npm', 'install'], positionals: { min: 0, max: 0 }, doc: EXO_DOC, flags: [] },
  { tool: 'exo', words: ['npm', 'run'], positionals: { min: 1, max: 1, allowed: ['build'] }, doc: EXO_DOC, flags: [] },
  {
    tool: 'exo',
    words: ['uv', 'run', 'exo'],
    positionals: { min: 0, max: 0 },
    doc: EXO_DOC,
    flags: [
      { names: ['--no-worker'], value: { kind: 'none' }, help: 'coordinate only, run no model' },
    ],
  },
  // docs/api.md: placing an instance (POST /place_instance with a JSON body) and waiting for it.
  {
    tool: 'exo',
    words: ['curl'],
    positionals: { min: 1, max: 1, value: { kind: 'url', prefix: 'http://localhost:52415/' } },
    doc: EXO_API_DOC,
    flags: [
      { names: ['-N', '--no-buffer'], value: { kind: 'none' }, help: 'stream the response' },
      { names: ['-X', '--request'], value: { kind: 'enum', values: ['GET', 'POST', 'DELETE'] }, help: 'HTTP method' },
      { names: ['-H', '--header'], value: { kind: 'enum', values: ['Content-Type: application/json'] }, help: 'request header' },
      { names: ['-d', '--data'], value: { kind: 'json' }, help: 'JSON request body' },
    ],
  },
];

