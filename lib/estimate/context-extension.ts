// What a runtime must be told to serve a context beyond the model's native window: the extension
// the publisher documents (lib/architecture/schema.ts, context.extension), as each runtime takes it.
// llama.cpp flags: tools/server/README.md (--rope-scaling, --rope-scale, --yarn-orig-ctx). vLLM and
// transformers ≥ 5 read `rope_parameters` from the model config; vLLM dropped --rope-scaling for
// --hf-overrides plus --max-model-len (docs.vllm.ai/en/stable/features/context_extension/), and a
// multimodal config keeps them under text_config (Qwen3.5 model card, "Processing Ultra-Long Texts").

import type { ContextExtension } from '../architecture/schema';
import { isLlamaCppFamily } from './runtime-defaults';
import type { Runtime } from './types';

const METHOD_NAMES: Record<ContextExtension['method'], string> = {
  yarn: 'YaRN',
  linear: 'linear RoPE scaling',
  dynamic: 'dynamic NTK scaling',
  longrope: 'LongRoPE',
  llama3: "Llama 3's RoPE scaling",
};

/** "YaRN ×4 over 32,768 tokens". */
export function extensionLabel(e: ContextExtension, nativeTokens: number): string {
  return `${METHOD_NAMES[e.method]} ×${e.factor} over ${(e.originalTokens ?? nativeTokens).toLocaleString('en-US')} tokens`;
}

/**
 * How a runtime is told to apply the extension to serve `contextTokens` (the setting to pass), in
 * one sentence.
 */
export function extensionSetting(e: ContextExtension, nativeTokens: number, runtime: Runtime, contextTokens: number): string {
  const original = e.originalTokens ?? nativeTokens;
  const ropeParameters = JSON.stringify({ rope_type: e.method, factor: e.factor, original_max_position_embeddings: original });
  // The override replaces the config's rope_parameters object, which also holds rope_theta.
  const keep = "merged into the config's own rope_parameters (keep its rope_theta; a multimodal config has them under text_config)";
  if (isLlamaCppFamily(runtime) && (e.method === 'yarn' || e.method === 'linear')) {
    const flags = `--rope-scaling ${e.method} --rope-scale ${e.factor}${e.method === 'yarn' ? ` --yarn-orig-ctx ${original}` : ''}`;
    return runtime === 'llama.cpp'
      ? `llama.cpp: ${flags}`
      : `${runtime} runs llama.cpp: the same scaling (${flags} in llama.cpp) must be set on the model it loads`;
  }
  if (isLlamaCppFamily(runtime)) return `${runtime} runs llama.cpp, which offers only YaRN and linear scaling on the command line: ${METHOD_NAMES[e.method]} must be in the GGUF's metadata`;
  if (runtime === 'vllm') return `vLLM: --hf-overrides '{"rope_parameters": ${ropeParameters}}' --max-model-len ${Math.round(contextTokens)}, ${keep}`;
  return `${runtime}: set "rope_parameters" to ${ropeParameters} in the model's config.json, ${keep}`;
}
