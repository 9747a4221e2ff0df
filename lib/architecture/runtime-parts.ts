// Which parts of a checkpoint each runtime loads, and where: MTP blocks, vision/audio towers,
// per-layer embeddings and the token embedding. The estimator adds a part's bytes only when the
// runtime loads it, and on the device the runtime puts it.

import type { Runtime } from '../estimate/types';
import { isLlamaCppFamily } from '../estimate/runtime-defaults';
import type { TensorGroup } from './kinds';
import { paramCounts, tensorsOf } from './params';
import { tensorParams } from './tensors';
import type { Architecture } from './schema';

/** Where a loaded part lives: with the layers it belongs to, in system RAM, or not at all. */
export type PartPlacement = 'with-layers' | 'system-ram' | 'not-loaded';

export interface PartLoad {
  group: Extract<TensorGroup, 'mtp' | 'vision-tower' | 'audio-tower' | 'per-layer-embeddings' | 'embeddings'>;
  params: number;
  placement: PartPlacement;
  /** Why, with the source. */
  reason: string;
}

const QWEN35_TYPES = new Set(['qwen3_5', 'qwen3_5_text', 'qwen3_5_moe', 'qwen3_5_moe_text']);

function mtpPlacement(arch: Architecture, runtime: Runtime): { placement: PartPlacement; reason: string } {
  if (isLlamaCppFamily(runtime)) {
    if (QWEN35_TYPES.has(arch.modelType)) {
      return {
        placement: 'with-layers',
        reason: 'llama.cpp loads the Qwen3.5 MTP block as an extra decoder block for self-speculative decoding (src/models/qwen35moe.cpp load_block_mtp, CaffeeLake/advanced-gguf-quantizer@d5ac039)',
      };
    }
    return {
      placement: 'not-loaded',
      reason: 'llama.cpp skips NextN/MTP tensors of the other architectures (TENSOR_SKIP, src/models/glm-dsa.cpp, CaffeeLake/advanced-gguf-quantizer@d5ac039)',
    };
  }
  if (runtime === 'mlx' || runtime === 'exo') {
    return { placement: 'not-loaded', reason: 'mlx-lm drops mtp.* / NextN weights in sanitize (qwen3_5.py, qwen3_next.py, nemotron_h.py, deepseek_v3.py, ml-explore/mlx-lm@d78bf58)' };
  }
  if (runtime === 'vllm') {
    return {
      placement: 'not-loaded',
      reason:
        "vLLM's main model skips the MTP weights on load (deepseek_v2.py load_weights: get_spec_layer_idx_from_weight_name → continue); the block is a separate draft model (deepseek_mtp.py, qwen3_next_mtp.py) built only with --speculative-config, which is off by default (vllm-project/vllm)",
    };
  }
  return {
    placement: 'not-loaded',
    reason:
      'transformers builds no MTP module and ignores its weights on load (_keys_to_ignore_on_load_unexpected: r"^mtp.*" in modeling_qwen3_next.py, r"model\\.layers\\.61.*" in modeling_deepseek_v3.py, huggingface/transformers)',
  };
}

function towerPlacement(runtime: Runtime): { placement: PartPlacement; reason: string } {
  switch (runtime) {
    case 'llama.cpp':
      return { placement: 'not-loaded', reason: 'llama.cpp keeps the tower in a separate mmproj file, loaded only with --mmproj' };
    case 'ollama':
      return { placement: 'with-layers', reason: 'Ollama starts the runner with the model\'s projector files (server/sched.go ProjectorPaths, ollama/ollama@fb30760)' };
    case 'lm-studio':
      return { placement: 'with-layers', reason: 'LM Studio loads the mmproj file beside a vision model (assumption)' };
    case 'mlx':
    case 'exo':
      return { placement: 'not-loaded', reason: 'mlx-lm drops vision_tower / model.visual weights (qwen3_5.py, gemma4.py sanitize, ml-explore/mlx-lm@d78bf58); mlx-vlm would load them' };
    case 'vllm':
      return {
        placement: 'with-layers',
        reason:
          "vLLM builds the multimodal encoder with the model under its default --limit-mm-per-prompt (every modality above 0); a limit of 0 disables a modality (docs/configuration/conserving_memory.md, vllm-project/vllm#26767)",
      };
    case 'transformers':
      return {
        placement: 'with-layers',
        reason: 'the *ForConditionalGeneration class builds the towers inside the model (e.g. Qwen2_5_VLModel.visual, modeling_qwen2_5_vl.py, huggingface/transformers), so from_pretrained loads them',
      };
  }
}

// Every estimate asks for the parts (and scans the tensor list for them): one answer per record and runtime.
const partsCache = new WeakMap<Architecture, Map<Runtime, readonly PartLoad[]>>();

/** The parts of this architecture and where a runtime puts each (memoized per record object: do not mutate). */
export function runtimeParts(arch: Architecture, runtime: Runtime): readonly PartLoad[] {
  let perRuntime = partsCache.get(arch);
  if (!perRuntime) {
    perRuntime = new Map();
    partsCache.set(arch, perRuntime);
  }
  let parts = perRuntime.get(runtime);
  if (!parts) {
    parts = partsOf(arch, runtime);
    perRuntime.set(runtime, parts);
  }
  return parts;
}

function partsOf(arch: Architecture, runtime: Runtime): PartLoad[] {
  const c = paramCounts(arch).byGroup;
  const out: PartLoad[] = [];
  const llama = isLlamaCppFamily(runtime);
  out.push({
    group: 'embeddings',
    params: c.embeddings,
    placement: llama ? 'system-ram' : 'with-layers',
    reason: llama
      ? 'llama.cpp reads the token embedding with get_rows as an input-layer tensor, kept in system RAM (LLM_TENSOR_LAYER_INPUT, src/llama-arch.cpp)'
      : 'kept with the model on the accelerator',
  });
  // The per-layer embedding table (not the per-layer gates and projections, which sit in the layers).
  const pleTable = tensorsOf(arch).filter((t) => t.name === 'embed_tokens_per_layer').reduce((s, t) => s + tensorParams(t), 0);
  if (pleTable > 0) {
    out.push({
      group: 'per-layer-embeddings',
      params: pleTable,
      placement: llama ? 'system-ram' : 'with-layers',
      reason: llama
        ? 'llama.cpp treats per_layer_token_embd as an input-layer tensor (LLM_TENSOR_PER_LAYER_TOKEN_EMBD → LLM_TENSOR_LAYER_INPUT, src/llama-arch.cpp): the table stays in system RAM'
        : 'loaded with the model',
    });
  }
  if (c.mtp > 0) out.push({ group: 'mtp', params: c.mtp, ...mtpPlacement(arch, runtime) });
  for (const group of ['vision-tower', 'audio-tower'] as const) {
    if (c[group] > 0) out.push({ group, params: c[group], ...towerPlacement(runtime) });
  }
  return out;
}
