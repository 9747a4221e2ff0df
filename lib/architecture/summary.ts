// Plain-language lines about an architecture record, for pages and captions: which layers do what,
// how wide the attention and the FFN are. Derived from the record; nothing here is stored.

import { resolvedLayers, type ResolvedLayer } from './layers';
import type { Architecture } from './schema';

const MIXER_LABELS: Record<ResolvedLayer['mixer']['kind'], string> = {
  full: 'full attention',
  sliding: 'sliding-window attention',
  linear: 'linear attention',
  mamba: 'Mamba (state space)',
  mla: 'latent attention (MLA)',
  dsa: 'DeepSeek sparse attention',
  compressed: 'DeepSeek compressed attention',
  none: 'no mixer (FFN-only block)',
};

function attentionText(l: ResolvedLayer): string | null {
  const m = l.mixer;
  if (m.kind === 'full' || m.kind === 'sliding') {
    const a = m.attention;
    const gqa = a.kvHeads < a.heads ? `, ${a.heads / a.kvHeads} query heads per KV head` : '';
    return `${a.heads} heads, ${a.kvHeads} KV heads × ${a.headDim}${gqa}${m.kind === 'sliding' ? `, window ${m.window.toLocaleString('en-US')} tokens` : ''}`;
  }
  if (m.kind === 'mla' || m.kind === 'dsa') return `${m.mla.heads} heads, KV latent ${m.mla.kvLoraRank} + RoPE ${m.mla.qkRopeHeadDim} per token${m.kind === 'dsa' ? `, top-${m.indexer.topK} keys` : ''}`;
  if (m.kind === 'linear') return `${m.linear.variant}, ${m.linear.valueHeads} value heads × ${m.linear.valueHeadDim}`;
  if (m.kind === 'mamba') return `${m.mamba.heads} heads × ${m.mamba.headDim}, state ${m.mamba.stateSize}`;
  if (m.kind === 'compressed') return `${m.compressed.heads} heads, one KV head of ${m.compressed.headDim}, ratio ${m.ratio}`;
  return null;
}

/** One row per layer kind: "36 × linear attention" with its widths; then the FFN kinds. */
export function layerSummary(arch: Architecture): { label: string; value: string }[] {
  const { layers } = resolvedLayers(arch);
  const mixers = new Map<string, { count: number; text: string | null }>();
  const ffns = new Map<string, number>();
  for (const l of layers) {
    const key = `${l.mixer.kind}:${l.mixer.kind === 'compressed' ? l.mixer.ratio : ''}`;
    const entry = mixers.get(key) ?? { count: 0, text: attentionText(l) };
    entry.count++;
    mixers.set(key, entry);
    const f = l.ffn;
    const ffn = f.kind === 'dense'
      ? `dense FFN ${f.dense.intermediateSize}`
      : f.kind === 'moe'
        ? `MoE: ${f.moe.activeExperts} of ${f.moe.experts} experts × ${f.moe.expertWidth}${f.moe.sharedExperts > 0 ? ` + ${f.moe.sharedExperts} shared × ${f.moe.sharedWidth ?? f.moe.expertWidth}` : ''}`
        : 'no FFN';
    ffns.set(ffn, (ffns.get(ffn) ?? 0) + 1);
  }
  const out: { label: string; value: string }[] = [];
  for (const [key, { count, text }] of mixers) {
    const kind = key.split(':')[0] as ResolvedLayer['mixer']['kind'];
    out.push({ label: `${count} × ${MIXER_LABELS[kind]}`, value: text ?? '—' });
  }
  for (const [text, count] of ffns) out.push({ label: `${count} × FFN`, value: text });
  return out;
}

/**
 * Rows for what the layer kinds do not show: per-layer embedding tables (Gemma 3n, Gemma 4's E models),
 * which hold a large share of the parameters but are only looked up, one row per token (llama.cpp's
 * per_layer_tok_embd: vocabulary × layers × width), and layers that keep no KV cache of their own
 * (num_kv_shared_layers: the last layers reuse an earlier layer's keys and values).
 */
export function extrasSummary(arch: Architecture): { label: string; value: string; params?: number }[] {
  const out: { label: string; value: string; params?: number }[] = [];
  const ple = arch.perLayerEmbeddings;
  if (ple) {
    const params = ple.vocabSize * arch.layers * ple.dim;
    out.push({
      label: 'Per-layer embeddings',
      value: `${ple.vocabSize.toLocaleString('en-US')} tokens × ${ple.dim} per layer, looked up by token: memory, almost no compute`,
      params,
    });
  }
  if (arch.kvSharedLayers > 0) {
    out.push({ label: 'Shared KV', value: `the last ${arch.kvSharedLayers} of ${arch.layers} layers reuse an earlier layer's KV (no cache of their own)` });
  }
  return out;
}

/** "32 layers: 32 full attention (8 KV heads × 128)" — one line for captions. */
export function cacheCaption(arch: Architecture): string {
  return `${arch.layers} layers: ${layerSummary(arch)
    .filter((r) => !r.label.endsWith('FFN'))
    .map((r) => `${r.label.replace(' × ', ' ')} (${r.value})`)
    .join('; ')}`;
}
