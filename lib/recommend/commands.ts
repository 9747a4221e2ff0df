// Copy-paste commands per tool for one recommendation, from the catalog's sources and the
// estimate's placement. Only flags listed in command-table.ts are emitted (command-check.ts tests it).

import type { Estimate } from '@/lib/estimate';
import { RUNTIME_DEFAULTS, VLLM_GPU_MEMORY_UTILIZATION } from '@/lib/estimate/runtime-defaults';
import { VLLM_CUDA_KERNELS_STEP, VLLM_INSTALL_STEPS } from './command-table';
import { clusterShares } from './cluster';
import type { Command, FormatFamily, HardwareProfile, Tool } from './types';

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

/** -ngl: every layer (999) when all are on GPUs (MoE experts in RAM go through --n-cpu-moe), else the count. */
function gpuLayersArg(e: Estimate): string {
  const p = e.placement;
  return p.gpuLayers >= p.totalLayers ? '999' : String(p.gpuLayers);
}

/** Per-GPU layer counts, in device order, when layers are split over several GPUs. */
function tensorSplit(e: Estimate): number[] | null {
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
  // Flash attention stays at llama-server's default (-fa auto), which is what the estimate assumes.
  if ((t.parallel ?? 1) > 1) args.push('-np', String(t.parallel));
  const notes: string[] = [
    'Serves an OpenAI-compatible API and a web UI on http://localhost:8080.',
    // llama.app's installer puts only the one `llama` program on the PATH, whose `serve` is llama-server (command-table.ts).
    'Installed with the llama.app script? Run the same line as llama serve (the same program and flags).',
  ];
  // With --n-cpu-moe alone every layer is on the GPU (only routed experts are in RAM, said below).
  if (e.fit === 'partial-offload' && e.placement.cpuLayers > 0) notes.push(`${e.placement.gpuLayers} of ${e.placement.totalLayers} layers on the GPU, the rest in system RAM.`);
  if (e.placement.moeExpertLayersOnCpu > 0) notes.push(`Routed experts of ${e.placement.moeExpertLayersOnCpu} layers stay in system RAM (--n-cpu-moe).`);
  if (ts) notes.push('-ts gives the share of layers per GPU, in the order the GPUs are listed.');
  if (t.sources.ggufRepoIsSibling) notes.push(`Size computed from the tensor shapes; check that ${repo} publishes a ${t.format} file (otherwise pick the nearest one it has).`);
  return [{ tool: 'llama.cpp', label: `Run ${t.modelName} ${t.format} with llama.cpp`, command: args.join(' '), notes: notes.join(' ') }];
}

/** Ollama's default context tiers in words, from the one defaults table. */
const OLLAMA_CONTEXT_TIERS = (() => {
  const rule = RUNTIME_DEFAULTS.ollama.context;
  if (rule.kind !== 'vram-tiers') return '';
  const k = (tokens: number) => `${Math.round(tokens / 1024)}k`;
  return [...rule.tiers]
    .reverse()
    .map((tier, i, all) => (i === 0 ? `${k(tier.tokens)} below ${Math.round(all[1]!.minVramBytes / 2 ** 30)} GiB` : `${k(tier.tokens)} from ${Math.round(tier.minVramBytes / 2 ** 30)} GiB`))
    .join(', ');
})();

function ollamaCommands(t: CommandTarget): Command[] {
  const tag = t.sources.ollamaTag;
  if (!tag) return [];
  const n = t.contextTokens;
  const serve = t.profile.os === 'windows' ? `$env:OLLAMA_CONTEXT_LENGTH=${n}; ollama serve` : `OLLAMA_CONTEXT_LENGTH=${n} ollama serve`;
  const partial = t.estimate.fit === 'partial-offload' ? ' Ollama chooses the GPU layers itself; `ollama ps` shows the CPU/GPU split.' : '';
  return [
    { tool: 'ollama', label: `Start Ollama with a ${n}-token context`, command: serve, notes: `Ollama otherwise picks a default context from your VRAM (${OLLAMA_CONTEXT_TIERS}).` },
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

/** vLLM's quickstart install (VLLM_INSTALL_STEPS, the lines the vLLM guide prints too), for the GPUs' maker, and on NVIDIA the kernel download its CUDA installation page adds. */
function installVllm(t: CommandTarget, wsl: string): Command[] {
  const amd = t.profile.hardware.type === 'gpus' && t.profile.hardware.gpus.length > 0 && t.profile.hardware.gpus.every((g) => g.vendor === 'amd');
  const [venv, activate, install] = VLLM_INSTALL_STEPS[amd ? 'amd' : 'nvidia'];
  return [
    { tool: 'vllm', label: 'Make a Python environment for vLLM (uv)', command: venv, notes: `Linux with an ${amd ? 'AMD GPU (ROCm 7)' : 'NVIDIA GPU'}.${wsl}` },
    { tool: 'vllm', label: 'Activate it', command: activate },
    { tool: 'vllm', label: 'Install vLLM', command: install, notes: amd ? "From vLLM's ROCm wheel index." : 'uv picks the PyTorch build that matches your CUDA driver.' },
    ...(amd
      ? []
      : [{ tool: 'vllm' as const, label: "Fetch vLLM's precompiled kernels", command: VLLM_CUDA_KERNELS_STEP, notes: 'Otherwise the first start fetches or compiles them, which takes minutes on Hopper GPUs; run it again after upgrading vLLM.' }]),
  ];
}

function vllmCommands(t: CommandTarget): Command[] {
  const repo = t.sources.hfRepo;
  if (!repo) return [];
  const gpus = t.profile.hardware.type === 'gpus' ? t.profile.hardware.gpus.length : 1;
  const args = ['vllm', 'serve', quoted(repo), '--max-model-len', String(t.contextTokens), '--gpu-memory-utilization', String(VLLM_GPU_MEMORY_UTILIZATION)];
  if (gpus > 1) args.push('--tensor-parallel-size', String(gpus));
  if (t.formatFamily === 'awq') args.push('--quantization', 'awq');
  if (t.formatFamily === 'gptq') args.push('--quantization', 'gptq');
  if ((t.parallel ?? 1) > 1) args.push('--max-num-seqs', String(t.parallel));
  const wsl = t.profile.os === 'windows' ? ' On Windows run it inside WSL2.' : '';
  return [
    ...installVllm(t, wsl),
    { tool: 'vllm', label: `Serve ${t.modelName} with vLLM`, command: args.join(' '), notes: `OpenAI-compatible API on http://localhost:8000; vLLM pre-allocates ${Math.round(VLLM_GPU_MEMORY_UTILIZATION * 100)} % of each GPU.` },
  ];
}

/** exo 1.x from source, as its README gives it: clone, build the dashboard, then `uv run exo` on each machine. */
const EXO_SETUP: readonly { label: string; command: string }[] = [
  { label: 'Get exo on each machine it uses', command: 'git clone https://github.com/exo-explore/exo' },
  { label: 'Build its dashboard: into the folder', command: 'cd exo/dashboard' },
  { label: 'Build its dashboard: install', command: 'npm install' },
  { label: 'Build its dashboard: build', command: 'npm run build' },
  { label: 'Back to the exo folder', command: 'cd ..' },
];

/**
 * exo on a cluster: setup, then per machine what it holds and the command that joins it (the
 * machines exo leaves free need not run it), then exo's own placement preview for the model.
 */
function exoCommands(t: CommandTarget): Command[] {
  const h = t.profile.hardware;
  const out: Command[] = EXO_SETUP.map((step, i) => ({
    tool: 'exo',
    ...step,
    ...(i === 0 ? { notes: 'On a Mac the exo app does the same as these steps and the next; RDMA over Thunderbolt 5 is switched on once per Mac with rdma_ctl enable in Recovery (exo README).' } : {}),
  }));
  const shares = h.type === 'cluster' ? clusterShares(h.machines, t.estimate) : [];
  for (const m of shares) {
    if (!m.layers) continue;
    out.push({
      tool: 'exo',
      label: `Machine ${m.index} · ${m.name}: holds layers ${m.layers.first}–${m.layers.last}`,
      command: 'uv run exo',
      notes: 'Start it in the exo folder; the machines find each other on the local network.',
    });
  }
  if (shares.length === 0) out.push({ tool: 'exo', label: 'Start exo on each machine', command: 'uv run exo', notes: 'The machines find each other on the local network.' });
  const repo = t.sources.hfRepo;
  if (repo) {
    // exo's API (docs/api.md, src/exo/api/main.py): POST /place_instance places the model by exo's
    // own rule (the fewest machines that hold it), the same rule the shares above follow; over
    // Thunderbolt 5 RDMA the instance uses MLX's JACCL backend, otherwise the TCP ring (the default).
    const rdma = h.type === 'cluster' && h.link === 'tb5-rdma';
    const body = JSON.stringify({ model_id: repo, ...(rdma ? { instance_meta: 'MlxJaccl' } : {}) });
    out.push(
      {
        tool: 'exo',
        label: `Launch ${t.modelName} on the cluster`,
        command: `curl -X POST http://localhost:52415/place_instance -H 'Content-Type: application/json' -d '${body}'`,
        notes: `From any machine running exo, once they all do; exo takes the model from its list, or reads its size and layers from Hugging Face, and downloads the weights to each machine that holds layers. The dashboard at http://localhost:52415 does the same.${rdma ? ' MlxJaccl is the RDMA transport; leave it out to use the TCP ring.' : ''}`,
      },
      {
        tool: 'exo',
        label: 'Wait until it is ready',
        command: `curl -N ${quoted(`http://localhost:52415/instance/await?model_id=${repo}`)}`,
        notes: 'Streams one message when the instance is up; then it answers OpenAI-style requests on http://localhost:52415/v1/chat/completions.',
      },
    );
  }
  return out;
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
    else if (tool === 'exo') out.push(...exoCommands(t));
  }
  return out;
}
