// The enumerations of the architecture model. Each is declared once as a const array; the zod
// schemas, the pattern grammar and the tensor accounting derive from these.

/**
 * What mixes tokens in a layer (the "attention" slot of a decoder block).
 * - full: softmax attention over the whole context (GQA/MQA/MHA).
 * - sliding: the same attention over the last `window` tokens.
 * - linear: linear attention with a fixed-size recurrent state (Gated DeltaNet, Kimi Delta Attention).
 * - mamba: a Mamba-2 state-space mixer (fixed conv + SSM state).
 * - mla: multi-head latent attention (DeepSeek V2/V3, Kimi K2, GLM-4.7-Flash): one compressed
 *   latent per token is cached.
 * - dsa: MLA plus DeepSeek Sparse Attention's lightning indexer (DeepSeek V3.2, GLM-5).
 * - compressed: DeepSeek V4 attention: a sliding window plus, per layer, a compressed KV stream at a
 *   ratio (the token carries it: `compressed:4`, `compressed:128`; `compressed:0` = window only).
 * - none: no mixer in this layer (Nemotron-H FFN-only blocks).
 */
export const MIXER_KINDS = ['full', 'sliding', 'linear', 'mamba', 'mla', 'dsa', 'compressed', 'none'] as const;
export type MixerKind = (typeof MIXER_KINDS)[number];

/** What follows the mixer: a dense MLP, a mixture of experts, or nothing (Nemotron-H mixer-only blocks). */
export const FFN_KINDS = ['dense', 'moe', 'none'] as const;
export type FfnKind = (typeof FFN_KINDS)[number];

/** Linear-attention families with different projections and state shapes. */
export const LINEAR_VARIANTS = ['gated-deltanet', 'kimi-delta'] as const;

/** Per-head or whole-projection RMSNorm on queries and keys (Qwen3 / MiniMax-M2 style). */
export const QK_NORMS = ['none', 'head', 'projection'] as const;

/** RoPE extension methods named in config.json `rope_scaling` / `rope_parameters`. */
export const CONTEXT_EXTENSION_METHODS = ['yarn', 'linear', 'dynamic', 'longrope', 'llama3'] as const;
export type ContextExtensionMethod = (typeof CONTEXT_EXTENSION_METHODS)[number];

/** Towers that sit beside the language model and feed it embeddings. */
export const TOWER_KINDS = ['vision', 'audio'] as const;

/**
 * Tensor groups: the unit the estimator assigns a storage type to and places on a device.
 * `residual-extras` holds the small per-layer tensors some families add to the residual stream
 * (DeepSeek V4 hyper-connections, Gemma 3n AltUp and LAuReL).
 */
export const TENSOR_GROUPS = [
  'embeddings',
  'output-head',
  'norms',
  'attention',
  'linear-attention',
  'ssm',
  'dense-ffn',
  'routed-experts',
  'shared-experts',
  'router',
  'residual-extras',
  'per-layer-embeddings',
  'mtp',
  'vision-tower',
  'audio-tower',
] as const;
export type TensorGroup = (typeof TENSOR_GROUPS)[number];
