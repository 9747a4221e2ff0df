// What each runtime does when it is not told otherwise, as the tools ship today (checked against
// their source in November 2026; each entry cites the file and commit read). This table is the one
// place these defaults live: the estimate builder (choice.ts) applies them to every request that
// leaves a setting out, and names each one it applied in the estimate's assumptions.

import { LLAMA_CPP_RUNTIMES } from '../enums';
import type { EstimateInput, KvCacheType, Runtime } from './types';

const GiB = 1024 ** 3;

/** How a runtime sizes the context when it is given none. */
type DefaultContext =
  /** The model's trained context, shrunk (not below minTokens) until it fits the GPUs with a margin left free on each. */
  | { kind: 'model-fitted'; minTokens: number; marginBytesPerGpu: number }
  /** A context chosen by the total VRAM: the first tier whose minimum the GPUs reach, capped at the model's context. */
  | { kind: 'vram-tiers'; tiers: readonly { minVramBytes: number; tokens: number }[] }
  /** A fixed context, capped at the model's. */
  | { kind: 'fixed'; tokens: number }
  /** The model's trained context (the cache grows to it, or the tool reserves it). */
  | { kind: 'model' };

export interface RuntimeDefaults {
  context: DefaultContext;
  /**
   * llama.cpp flash attention: 'auto' turns it on where every device holding layers supports it
   * (see FLASH_ATTENTION_BACKENDS); null where the runtime's memory model does not depend on it.
   */
  flashAttention: 'auto' | null;
  kvCacheType: KvCacheType;
  /** What the runtime does with several requests at once, as one sentence for the assumptions. */
  parallel: string;
  /** Where these defaults were read. */
  source: string;
}

/**
 * What llama.cpp's --fit (on by default) keeps free on each device when it sizes the context or picks
 * the GPU layers itself: fit_params_target = 1024 MiB (common/common.h @001d906). It picks the layers
 * only when -ngl is not given: a user's -ngl makes it stop ("n_gpu_layers already set by user").
 */
export const LLAMA_CPP_FIT_TARGET_BYTES = 1 * GiB;

/**
 * Runtimes that leave the GPU layers to llama.cpp's --fit: Ollama starts llama-server without -ngl
 * unless num_gpu is set (llm/llama_server.go @fb30760: "let llama-server auto-detect via -ngl auto").
 * llama.cpp and LM Studio are given the layer count: the estimate's -ngl, and LM Studio's engine passes
 * n_gpu_layers itself (999999 for "max", which makes --fit stop: lmstudio-ai/lmstudio-bug-tracker#2138,
 * LM Studio 0.4.18). LM Studio's own load guardrails refuse a load its estimate finds too large
 * (lmstudio-ai/lms#499); their formula is not published, so the estimate does not model them.
 */
export const FIT_PICKS_GPU_LAYERS: readonly Runtime[] = ['ollama'];

/** Whether llama-server's --fit picks this request's GPU layers: a runtime that leaves them to it, or a server run started without -ngl (llamaServerFit). */
export function fitPicksGpuLayers(input: Pick<EstimateInput, 'runtime' | 'llamaServerFit'>): boolean {
  return FIT_PICKS_GPU_LAYERS.includes(input.runtime) || input.llamaServerFit === true;
}

export const RUNTIME_DEFAULTS: Record<Runtime, RuntimeDefaults> = {
  // common/common.h @001d906: n_ctx = 0 ("context the model was trained with"), flash_attn_type =
  // LLAMA_FLASH_ATTN_TYPE_AUTO, n_ubatch = 512, cache_type_k/v = F16, fit_params = true with
  // fit_params_min_ctx = 4096 and a 1024 MiB fit target per device. tools/server/README.md @00dc805:
  // -np default -1 (auto) with --kv-unified on when slots are auto, so the slots share one KV pool
  // of the context size.
  'llama.cpp': {
    context: { kind: 'model-fitted', minTokens: 4096, marginBytesPerGpu: LLAMA_CPP_FIT_TARGET_BYTES },
    flashAttention: 'auto',
    kvCacheType: 'f16',
    parallel: 'llama-server runs its slots (-np auto) on one unified KV cache of the context size, so the memory is that of one sequence of this length',
    source: 'https://github.com/ggml-org/llama.cpp/blob/001d906a6d86e2490e394361e7cc6f478b100088/common/common.h',
  },
  // server/routes.go @fb30760 (2026-08-21): default num_ctx 4096 below 23 GiB of VRAM, 32768 from
  // 23 GiB, 262144 from 47 GiB, capped at the model's trained context (server/sched.go);
  // llm/llama_server.go: flash attention passed to llama-server as "auto" when every GPU supports
  // it (ml/device.go FlashAttentionSupported); envconfig/config.go: OLLAMA_KV_CACHE_TYPE f16,
  // OLLAMA_NUM_PARALLEL 1.
  ollama: {
    context: {
      kind: 'vram-tiers',
      tiers: [
        { minVramBytes: 47 * GiB, tokens: 262144 },
        { minVramBytes: 23 * GiB, tokens: 32768 },
        { minVramBytes: 0, tokens: 4096 },
      ],
    },
    flashAttention: 'auto',
    kvCacheType: 'f16',
    parallel: 'Ollama serves one request at a time per model (OLLAMA_NUM_PARALLEL=1)',
    source: 'https://github.com/ollama/ollama/blob/fb30760996871fa9460115c753afd2c60d4ab0f7/server/routes.go',
  },
  // lmstudio-ai/docs @c6854fb, 1_developer/2_rest/list.md: a model loaded with defaults reports
  // context_length 4096, eval_batch_size 512, parallel 4, flash_attention true (llama.cpp engine).
  'lm-studio': {
    context: { kind: 'fixed', tokens: 4096 },
    flashAttention: 'auto',
    kvCacheType: 'f16',
    parallel: 'LM Studio runs 4 parallel slots on one KV pool of the context size',
    source: 'https://github.com/lmstudio-ai/docs/blob/c6854fba2575bf21e07702ee210e1bed09e7c577/1_developer/2_rest/list.md',
  },
  // mlx_lm/generate.py @d78bf58: max_kv_size None (the cache grows with the conversation),
  // kv_bits None (unquantized), prefill_step_size 2048; the wired limit is raised to Metal's
  // recommended working set while generating.
  mlx: {
    context: { kind: 'model' },
    flashAttention: null,
    kvCacheType: 'f16',
    parallel: 'mlx-lm generates one sequence at a time',
    source: 'https://github.com/ml-explore/mlx-lm/blob/d78bf58e217c904ec282ed8da9b947491f78c022/mlx_lm/generate.py',
  },
  // vllm/config/cache.py @002f10e: gpu_memory_utilization 0.92, cache_dtype "auto" (the model's
  // 16-bit type); max_model_len defaults to the model's; vllm/engine/arg_utils.py
  // get_batch_defaults: `vllm serve` batches 2048 tokens (8192 on GPUs of 70 GiB or more, A100
  // excepted) and up to 256 sequences (1024 on those GPUs).
  vllm: {
    context: { kind: 'model' },
    flashAttention: null,
    kvCacheType: 'f16',
    parallel: 'vLLM reserves its KV pool up front and batches up to 256 sequences into it (1024 on 70 GiB GPUs)',
    source: 'https://github.com/vllm-project/vllm/blob/002f10e0cfa1373a19a0d2756598a34b700d20e5/vllm/config/cache.py',
  },
  // Transformers allocates the cache as tokens arrive (DynamicCache), in the model's dtype.
  transformers: {
    context: { kind: 'model' },
    flashAttention: null,
    kvCacheType: 'f16',
    parallel: 'Transformers generate() runs the sequences of one batch',
    source: 'https://huggingface.co/docs/transformers/kv_cache',
  },
  // exo runs mlx-lm (or tinygrad) on each machine: the same cache behaviour as MLX.
  exo: {
    context: { kind: 'model' },
    flashAttention: null,
    kvCacheType: 'f16',
    parallel: 'exo passes one sequence through the machines in turn',
    source: 'https://github.com/exo-explore/exo/blob/main/README.md',
  },
};

/** A custom architecture's context length when the request gives none (the common 128k of current models); not a tool default. */
export const ASSUMED_CONTEXT_LENGTH = 131072;

/** llama.cpp's physical batch (n_ubatch, common/common.h @001d906); compute buffers are sized by it. */
export const LLAMA_CPP_UBATCH = 512;

/** mlx-lm prefill_step_size (mlx_lm/generate.py @d78bf58): activations of one prefill step. */
export const MLX_PREFILL_STEP_TOKENS = 2048;

/** vLLM's default --gpu-memory-utilization (vllm/config/cache.py @002f10e). */
export const VLLM_GPU_MEMORY_UTILIZATION = 0.92;

/**
 * vLLM's default max_num_batched_tokens for `vllm serve` (arg_utils.py get_batch_defaults): the
 * profile run that sizes activations uses it. 8192 on a GPU of 70 GiB or more (A100 excepted), 2048 otherwise.
 */
export function vllmBatchedTokens(gpuMemoryBytes: number, gpuName = ''): number {
  return gpuMemoryBytes >= 70 * GiB && !/a100/i.test(gpuName) ? 8192 : 2048;
}

/** vLLM's default max_num_seqs for `vllm serve` (same get_batch_defaults): 1024 where it batches 8192 tokens, 256 otherwise. */
export function vllmMaxNumSeqs(gpuMemoryBytes: number, gpuName = ''): number {
  return vllmBatchedTokens(gpuMemoryBytes, gpuName) === 8192 ? 1024 : 256;
}

/**
 * Backends where flash attention is available, so `-fa auto` turns it on: the list Ollama checks
 * before passing "auto" (ml/device.go @fb30760 FlashAttentionSupported: CPU, Metal, CUDA compute
 * 6.0+, ROCm, Vulkan). SYCL is not on it: there the estimate keeps flash attention off.
 */
export const FLASH_ATTENTION_BACKENDS = ['cuda', 'rocm', 'metal', 'vulkan', 'cpu'] as const;

/** Bytes per cached element: f16 = 2; q8_0 = 34 B / 32; q4_0 = 18 B / 32 (ggml-common.h blocks). */
export const KV_BYTES_PER_ELEMENT: Record<KvCacheType, number> = {
  f16: 2,
  q8_0: 34 / 32,
  q4_0: 18 / 32,
};

/** llama.cpp pads KV cells to 256 (llama_kv_cache get_padding). */
export const LLAMA_CPP_KV_PAD = 256;

/** llama.cpp and the tools that run it (Ollama, LM Studio): one memory and speed model. */
export function isLlamaCppFamily(r: Runtime | undefined): boolean {
  return r === undefined || (LLAMA_CPP_RUNTIMES as readonly Runtime[]).includes(r);
}
