// Vision towers whose layout is known well enough to count from their vision_config. A tower this
// module cannot count is reported in the parse warnings and left out, never guessed.

import type { TowerSpec } from '../schema';
import type { ConfigReader } from './reader';

/**
 * Qwen3-VL / Qwen3.5 vision encoder (transformers Qwen3VLVisionModel, as mlx-lm qwen3_vl.py loads it):
 * a Conv3d patch embedding with bias, a learned position table, `depth` pre-LayerNorm ViT blocks
 * (fused qkv with bias, proj, non-gated fc1/fc2 MLP), a patch merger (LayerNorm, two linears over
 * spatial_merge_size² patches) and one extra merger per DeepStack index (normed after the shuffle).
 */
export function qwenVisionTower(v: ConfigReader): TowerSpec {
  const h = v.int('hidden_size');
  const inter = v.int('intermediate_size');
  const depth = v.int('depth');
  const patch = v.int('patch_size');
  const temporal = v.int('temporal_patch_size');
  const channels = v.int('in_channels');
  const merge = v.int('spatial_merge_size');
  const out = v.int('out_hidden_size');
  const positions = v.int('num_position_embeddings');
  const deepstack = v.optInts('deepstack_visual_indexes') ?? [];
  const patchEmbed = channels * temporal * patch * patch * h + h;
  const block = 2 * 2 * h + (3 * h * h + 3 * h) + (h * h + h) + (inter * h + inter) + (h * inter + h);
  const merged = h * merge * merge;
  const mergerBody = merged * merged + merged + merged * out + out;
  const merger = 2 * h + mergerBody;
  const deepstackMerger = 2 * merged + mergerBody;
  const params = patchEmbed + positions * h + depth * block + merger + deepstack.length * deepstackMerger;
  return {
    kind: 'vision',
    params,
    description: `ViT ${depth} × ${h} (MLP ${inter}), merger ${merge}×${merge} → ${out}${deepstack.length ? `, ${deepstack.length} DeepStack mergers` : ''}`,
  };
}

/**
 * Pixtral vision encoder with the Mistral 3 projector (transformers PixtralVisionModel +
 * Mistral3MultiModalProjector): patch conv without bias, RMSNorm before the blocks, gated MLP
 * blocks with two RMSNorms, then RMSNorm, a patch merger (no bias) and two linears to the text width.
 */
export function pixtralVisionTower(v: ConfigReader, textHidden: number, projectorBias: boolean, merge: number): TowerSpec {
  const h = v.int('hidden_size');
  const inter = v.int('intermediate_size');
  const layers = v.int('num_hidden_layers');
  const patch = v.int('patch_size');
  const channels = v.int('num_channels');
  const block = 4 * h * h + 3 * h * inter + 2 * h;
  const encoder = channels * patch * patch * h + h + layers * block;
  const projector = h + h * merge * merge * h + (h * textHidden + (projectorBias ? textHidden : 0)) + (textHidden * textHidden + (projectorBias ? textHidden : 0));
  return { kind: 'vision', params: encoder + projector, description: `Pixtral ${layers} × ${h} (MLP ${inter}) + projector → ${textHidden}` };
}
