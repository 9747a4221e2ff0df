import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paramCounts } from '../params';
import { parseHfConfig, parseHfConfigText, replaceNonFiniteLiterals, SUPPORTED_MODEL_TYPES } from './parse';

const text = (file: string) => readFileSync(new URL(`../../../fixtures/hf-configs/${file}`, import.meta.url), 'utf8');
const json = (file: string) => JSON.parse(text(file)) as Record<string, unknown>;
const ok = (input: unknown) => {
  const r = parseHfConfig(input);
  if (!r.ok) throw new Error(`${r.key}: ${r.error}`);
  return r;
};

describe('parseHfConfig: refusals name the key', () => {
  it.each([
    [null, '(root)', 'must be a JSON object'],
    [[1, 2], '(root)', 'must be a JSON object'],
    [{ hidden_size: 8 }, 'model_type', 'model_type is missing'],
    [{ model_type: 'bert' }, 'model_type', 'model_type "bert" is not supported'],
  ])('%j → %s', (input, key, message) => {
    const r = parseHfConfig(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.key).toBe(key);
      expect(r.error).toContain(message);
    }
  });

  it('a key the estimate needs, absent with no transformers default, is named', () => {
    const cfg = json('Qwen__Qwen2.5-7B-Instruct.json');
    delete cfg.num_hidden_layers;
    expect(parseHfConfig(cfg)).toEqual({
      ok: false,
      key: 'num_hidden_layers',
      error: 'num_hidden_layers is required (a whole number) and has no transformers default for this model type',
    });
  });

  it('a value out of range is named, with the path inside text_config', () => {
    const cfg = json('Qwen__Qwen3.5-35B-A3B.json');
    (cfg.text_config as Record<string, unknown>).num_experts_per_tok = 0;
    const r = parseHfConfig(cfg);
    expect(r).toMatchObject({ ok: false, key: 'text_config.num_experts_per_tok' });
  });

  it('an unknown entry of layer_types is refused by position, never read as full attention', () => {
    const cfg = json('openai__gpt-oss-20b.json');
    (cfg.layer_types as string[])[3] = 'lightning_attention';
    expect(parseHfConfig(cfg)).toMatchObject({ ok: false, key: 'layer_types[3]', error: 'layer_types[3]: unknown layer type "lightning_attention"' });
  });

  it('a physically impossible shape is refused with the architecture field', () => {
    const cfg = json('meta-llama__Llama-3.1-8B-Instruct.json');
    cfg.hidden_size = 100_000;
    cfg.num_attention_heads = 1000;
    const r = parseHfConfig(cfg);
    expect(r).toMatchObject({ ok: false, key: 'architecture.hiddenSize' });
  });

  it('pasted text: JSON syntax errors and Python’s Infinity are handled', () => {
    expect(parseHfConfigText('{"model_type": ')).toMatchObject({ ok: false, key: '(root)' });
    expect(replaceNonFiniteLiterals('{"a": [0.0, Infinity, -Infinity, NaN], "s": "Infinity"}')).toBe('{"a": [0.0, null, null, null], "s": "Infinity"}');
    expect(parseHfConfigText(text('nvidia__NVIDIA-Nemotron-3-Super-120B-A12B-FP8.json')).ok).toBe(true);
  });

  it('lists the model types it reads', () => {
    for (const t of ['llama', 'mistral', 'mixtral', 'qwen2', 'qwen2_moe', 'qwen3', 'qwen3_moe', 'qwen3_next', 'qwen3_5', 'qwen3_5_moe', 'gemma2', 'gemma3', 'gemma3_text', 'gemma3n', 'gemma4', 'deepseek_v3', 'deepseek_v32', 'deepseek_v4', 'kimi_k2', 'glm4_moe', 'glm_moe_dsa', 'gpt_oss', 'phi3', 'granitemoehybrid', 'nemotron_h', 'minimax_m2', 'llama4', 'hunyuan', 'mimo_v2_flash', 'laguna', 'kolibri1', 'k2_horizon', 'glm5_next', 'xing4_0']) {
      expect(SUPPORTED_MODEL_TYPES).toContain(t);
    }
  });
});

describe('parseHfConfig: what it reads', () => {
  it('applies transformers defaults to absent keys and says which class they come from (Gemma 3 4B text_config)', () => {
    const r = ok(json('google__gemma-3-4b-it.json'));
    expect(r.warnings).toContain('text_config.num_attention_heads absent: 8 from Gemma3TextConfig, huggingface/transformers@008f5c8 src/transformers/models/gemma3/configuration_gemma3.py');
    expect(r.architecture.mixers).toBe('(sliding*5 full)*5 sliding*4');
    // vision_config is present but its tower is not modelled: said, not guessed.
    expect(r.warnings.some((w) => w.startsWith('vision_config present'))).toBe(true);
    // 3.88B: llama.cpp's "model params" for the text model (catalog).
    expect(paramCounts(r.architecture).total).toBe(3_880_089_088);
  });

  it('nested text_config with the composite’s tie_word_embeddings and a counted vision tower (Qwen3.5-35B-A3B)', () => {
    const r = ok(json('Qwen__Qwen3.5-35B-A3B.json'));
    const a = r.architecture;
    expect(a.tiedEmbeddings).toBe(false);
    expect(a.mixers).toBe('(linear*3 full)*10');
    expect(a.mtp).toEqual({ layers: 1, mixer: 'full', ffn: 'moe', ownEmbeddings: false, ownHead: false });
    expect(a.ssmStateFloat32).toBe(true);
    expect(a.towers).toHaveLength(1);
    // The safetensors total (35,951,822,704, llmfit's Hub scrape) is reproduced to the parameter.
    expect(paramCounts(a).total).toBe(35_951_822_704);
  });

  it('DeepSeek-V3: MLA with q-LoRA, three leading dense layers at their own width, shared expert, MTP with its own embedding and head', () => {
    const a = ok(json('deepseek-ai__DeepSeek-V3.json')).architecture;
    expect(a.mla).toEqual({ heads: 128, qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 });
    expect(a.ffns).toBe('dense*3 moe*58');
    expect(a.dense!.intermediateSize).toBe(18432);
    expect(a.moe).toMatchObject({ experts: 256, activeExperts: 8, expertWidth: 2048, sharedExperts: 1, routerBias: true });
    expect(a.mtp).toEqual({ layers: 1, mixer: 'mla', ffn: 'moe', ownEmbeddings: true, ownHead: true });
    expect(a.context).toEqual({ nativeTokens: 163840, ropeScaling: { method: 'yarn', factor: 40, originalTokens: 4096 }, extendedTokens: null, extension: null });
  });

  it('DeepSeek-V3.2 and GLM-5 read as DeepSeek sparse attention with their indexers', () => {
    expect(ok(json('deepseek-ai__DeepSeek-V3.2.json')).architecture.indexer).toEqual({ heads: 64, headDim: 128, topK: 2048 });
    const glm = ok(json('zai-org__GLM-5.json')).architecture;
    expect(glm.mixers).toBe('dsa*78');
    expect(glm.mla).toMatchObject({ qLoraRank: 2048, qkNopeHeadDim: 192, vHeadDim: 256 });
    expect(glm.mtp).toMatchObject({ ownEmbeddings: false, ownHead: false });
  });

  it('DeepSeek-V4-Flash: compressed layers by ratio, window 128, hash-routed first layers, hyper-connections', () => {
    const a = ok(json('deepseek-ai__DeepSeek-V4-Flash.json')).architecture;
    expect(a.mixers).toBe('compressed:0*2 (compressed:4 compressed:128)*20 compressed:4');
    expect(a.compressed).toEqual({ heads: 64, headDim: 512, ropeHeadDim: 64, qLoraRank: 1024, outputLoraRank: 1024, outputGroups: 8, window: 128 });
    expect(a.moe).toMatchObject({ experts: 256, activeExperts: 6, hashLayers: 3 });
    expect(a.residualExtras).toEqual({ altupInputs: 0, laurelRank: 0, hyperConnections: 4 });
    expect(a.mtp).toMatchObject({ layers: 1, mixer: 'compressed:0' });
  });

  it('Gemma 4 26B-A4B: global layers with their own heads and shared K/V, a dense MLP beside 128 experts', () => {
    const a = ok(json('google__gemma-4-26B-A4B.json')).architecture;
    expect(a.mixers).toBe('(sliding*5 full)*5');
    expect(a.attention).toMatchObject({ heads: 16, kvHeads: 2, headDim: 512, sharedKeyValue: true });
    expect(a.sliding).toEqual({ window: 1024, heads: null, kvHeads: 8, headDim: 256, sharedKeyValue: false, sinks: null });
    expect(a.moe).toMatchObject({ experts: 128, activeExperts: 8, expertWidth: 704, sharedExperts: 1, sharedWidth: 2112 });
    expect(a.perLayerEmbeddings).toBeNull();
  });

  it('gpt-oss: alternating sliding/full with sinks and biases; YaRN ×32 from 4,096 declared by the config', () => {
    const a = ok(json('openai__gpt-oss-20b.json')).architecture;
    expect(a.mixers).toBe('(sliding full)*12');
    expect(a.attention).toMatchObject({ sinks: true, qkvBias: true, outputBias: true });
    expect(a.context.ropeScaling).toEqual({ method: 'yarn', factor: 32, originalTokens: 4096 });
  });

  it('Nemotron-H: one mixer or one FFN per block, non-gated relu² experts, a float32 SSM state', () => {
    const a = ok(json('nvidia__NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.json')).architecture;
    expect(a.mixers.split(' ').length).toBeGreaterThan(1);
    expect(a.moe).toMatchObject({ gated: false, sharedExperts: 1, sharedWidth: 3712, experts: 128, activeExperts: 6 });
    expect(a.mamba).toEqual({ heads: 64, headDim: 64, stateSize: 128, groups: 8, convKernel: 4, convBias: true });
    expect(a.ssmStateFloat32).toBe(true);
    const ultra = ok(JSON.parse(replaceNonFiniteLiterals(text('nvidia__NVIDIA-Nemotron-3-Ultra-550B-A55B-BF16.json'))));
    expect(ultra.architecture.moe!.latentSize).toBe(2048);
  });

  it('Granite 4.0-H without layer_types: all Mamba by the config class’s rule, with a warning', () => {
    const r = ok(json('ibm-granite__granite-4.0-h-small.json'));
    expect(r.architecture.mixers).toBe('mamba*40');
    expect(r.warnings).toContain('layer_types absent: every layer Mamba (GraniteMoeHybridConfig.layers_block_type)');
    expect(r.architecture.mamba).toMatchObject({ heads: 128, headDim: 64, stateSize: 128 });
  });

  it('a nested text_config takes the defaults of the class its model_type names; a tower it cannot count is left out, said', () => {
    // Mistral Small 3.1: text_config is a MistralConfig without tie_word_embeddings; the source cut vision_config short.
    const r = ok(json('mistralai__Mistral-Small-3.1-24B-Instruct-2503.json'));
    expect(r.architecture.tiedEmbeddings).toBe(false);
    expect(r.warnings).toContain(
      'text_config.tie_word_embeddings absent: false from MistralConfig, huggingface/transformers@001f85b src/transformers/models/mistral/configuration_mistral.py',
    );
    expect(r.warnings.some((w) => w.startsWith('vision tower not counted: vision_config.intermediate_size is required'))).toBe(true);
    expect(r.architecture.towers).toEqual([]);
  });

  it('Phi-3.5-mini: longrope from 4,096 to 131,072 (factor 32), the sliding window longer than the context is no window', () => {
    const a = ok(json('microsoft__Phi-3.5-mini-instruct.json')).architecture;
    expect(a.mixers).toBe('full*32');
    expect(a.context.ropeScaling).toEqual({ method: 'longrope', factor: 32, originalTokens: 4096 });
  });

  it('Llama 4 Scout: chunked attention (8,192) on three layers of four, every layer MoE with one expert of 16 and a shared expert, llama3 RoPE ×16', () => {
    const r = ok(json('meta-llama__Llama-4-Scout-17B-16E-Instruct.json'));
    const a = r.architecture;
    expect(a.mixers).toBe('(sliding*3 full)*12');
    expect(a.sliding).toMatchObject({ window: 8192 });
    expect(a.ffns).toBe('moe*48');
    expect(a.moe).toMatchObject({ experts: 16, activeExperts: 1, expertWidth: 8192, sharedExperts: 1, sharedWidth: 8192 });
    expect(a.tiedEmbeddings).toBe(false);
    expect(a.context).toMatchObject({ nativeTokens: 10_485_760, ropeScaling: { method: 'llama3', factor: 16, originalTokens: 8192 } });
    expect(r.warnings.some((w) => w.startsWith('vision_config present'))).toBe(true);
  });

  it('Llama 4 Maverick: MoE every second layer, dense layers of intermediate_size_mlp between', () => {
    const a = ok(json('meta-llama__Llama-4-Maverick-17B-128E-Instruct.json')).architecture;
    expect(a.ffns).toBe('(dense moe)*24');
    expect(a.dense!.intermediateSize).toBe(16384);
    expect(a.moe).toMatchObject({ experts: 128, activeExperts: 1 });
  });

  it('Hunyuan-A13B: per-layer lists that agree are read once; cross-layer attention is refused by key', () => {
    const cfg = json('tencent__Hunyuan-A13B-Instruct.json');
    const a = ok(cfg).architecture;
    expect(a.moe).toMatchObject({ experts: 64, activeExperts: 8, expertWidth: 3072, sharedExperts: 1, sharedWidth: 3072 });
    expect(a.attention).toMatchObject({ heads: 32, kvHeads: 8, headDim: 128, qkNorm: 'head' });
    expect(a.tiedEmbeddings).toBe(true);
    expect(parseHfConfig({ ...cfg, use_cla: true })).toMatchObject({ ok: false, key: 'use_cla' });
    expect(parseHfConfig({ ...cfg, moe_topk: [8, 4, ...Array<number>(30).fill(8)] })).toMatchObject({ ok: false, key: 'moe_topk' });
  });

  it('MiMo-V2-Flash: sliding layers with their own KV heads and sinks, values narrower than keys, a dense first layer', () => {
    const a = ok(json('XiaomiMiMo__MiMo-V2-Flash.json')).architecture;
    expect(a.mixers).toBe('full sliding*4 (full sliding*5)*7 full');
    expect(a.attention).toMatchObject({ heads: 64, kvHeads: 4, headDim: 192, valueHeadDim: 128, sinks: false });
    expect(a.sliding).toMatchObject({ window: 128, heads: 64, kvHeads: 8, headDim: null, sinks: true });
    expect(a.ffns).toBe('dense moe*47');
  });

  it('Laguna: more query heads on the sliding layers, a gate per head, YaRN ×64 for the full layers', () => {
    const a = ok(json('poolside__Laguna-XS.2-FP8.json')).architecture;
    expect(a.mixers).toBe('(full sliding*3)*10');
    expect(a.attention).toMatchObject({ heads: 48, kvHeads: 8, headGate: true, qkNorm: 'head' });
    expect(a.sliding).toMatchObject({ window: 512, heads: 64 });
    expect(a.context).toMatchObject({ nativeTokens: 262144, ropeScaling: { method: 'yarn', factor: 64, originalTokens: 4096 } });
  });

  it('Kolibri 1: every fifth layer full, the rest a 513-token window, 6 of 384 experts plus a shared one on every layer; absent keys from Kolibri1Config', () => {
    const r = ok(json('Aleph-Alpha__Kolibri-1.json'));
    const a = r.architecture;
    expect(a.mixers).toBe('(sliding*4 full)*10');
    expect(a.ffns).toBe('moe*50');
    expect(a.dense).toBeNull();
    expect(a.attention).toMatchObject({ heads: 48, kvHeads: 4, headDim: 128, qkNorm: 'head', qkvBias: false });
    expect(a.sliding).toMatchObject({ window: 513, heads: null });
    expect(a.moe).toMatchObject({ experts: 384, activeExperts: 6, expertWidth: 512, sharedExperts: 1, sharedWidth: 512, sharedGate: false, routerBias: true });
    expect(a.context).toMatchObject({ nativeTokens: 262144, ropeScaling: null });
    expect(a.tiedEmbeddings).toBe(false);
    expect(r.warnings.some((w) => w.startsWith('max_position_embeddings absent: 262144 from Kolibri1Config'))).toBe(true);
    // 78.1B total, 3.46B active without the input embedding (the published figures).
    const c = paramCounts(a);
    expect(Math.round(c.total / 1e8) / 10).toBe(78.1);
    expect(Math.round((c.active - c.byGroup.embeddings) / 1e7) / 100).toBe(3.46);
  });

  it('Laguna S 2.1: the gate type given as the string "per-head" (and per layer in gating_types) reads as XS.2\'s true; 72 query heads on the sliding layers', () => {
    const a = ok(json('poolside__Laguna-S-2.1-FP8.json')).architecture;
    expect(a.mixers).toBe('(full sliding*3)*12');
    expect(a.ffns).toBe('dense moe*47');
    expect(a.attention).toMatchObject({ heads: 48, kvHeads: 8, headDim: 128, headGate: true, outputGate: false });
    expect(a.sliding).toMatchObject({ window: 512, heads: 72 });
    expect(a.moe).toMatchObject({ experts: 256, activeExperts: 10, expertWidth: 1024, sharedExperts: 1, sharedWidth: 1024 });
    // 118B total, 8B active (the vLLM recipe's figures).
    const c = paramCounts(a);
    expect(Math.round(c.total / 1e9)).toBe(118);
    expect(Math.round(c.active / 1e9)).toBe(8);
  });

  it('Laguna: a per-element gate (heads × head_dim wide) is refused by name, never read as per-head', () => {
    const cfg = json('poolside__Laguna-S-2.1-FP8.json');
    cfg.gating = 'per-element';
    delete cfg.gating_types;
    expect(parseHfConfig(cfg)).toMatchObject({ ok: false, key: 'gating' });
    const mixed = json('poolside__Laguna-S-2.1-FP8.json');
    (mixed.gating_types as string[])[5] = 'per_element';
    expect(parseHfConfig(mixed)).toMatchObject({ ok: false, key: 'gating_types' });
  });

  it('K2-Horizon-7B: a dense Llama-shaped decoder, untied, 512K positions; its grouped RMSNorm adds no weights, so the count is the safetensors total', () => {
    const a = ok(json('IFM__K2-Horizon-7B.json')).architecture;
    expect(a).toMatchObject({ hiddenSize: 4096, vocabSize: 250624, tiedEmbeddings: false, layers: 36, mixers: 'full*36', ffns: 'dense*36', moe: null });
    expect(a.attention).toMatchObject({ heads: 32, kvHeads: 8, headDim: 128, qkNorm: 'none', headGate: false });
    expect(a.dense).toMatchObject({ intermediateSize: 12288, gated: true });
    expect(a.context).toMatchObject({ nativeTokens: 524288, ropeScaling: null });
    expect(paramCounts(a).total).toBe(8_999_178_240);
  });

  it('K2 Horizon: MoVA / MoE layers, an attention gate or a query/key norm are refused by name', () => {
    for (const [k, v] of [['mova_num_experts', 64], ['num_experts', 100], ['attention_gate_func', 'softplus'], ['query_key_norm', true]] as const) {
      const cfg = json('IFM__K2-Horizon-7B.json');
      cfg[k] = v;
      expect(parseHfConfig(cfg)).toMatchObject({ ok: false, key: k });
    }
    const zero = json('IFM__K2-Horizon-7B.json');
    Object.assign(zero, { num_experts: 0, mova_num_experts: 0, attention_gate_func: null });
    expect(ok(zero).architecture.ffns).toBe('dense*36');
  });

  it('GLM-5.3-Flash: three KDA layers to each NoPE sparse-MLA layer, 8 of 288 experts after three dense layers, four hyper-connection streams, one NextN block; 321B', () => {
    const a = ok(json('zai-org__GLM-5.3-Flash.json')).architecture;
    expect(a.mixers).toBe('(linear*3 dsa)*11 linear');
    expect(a.ffns).toBe('dense*3 moe*42');
    expect(a.linear).toMatchObject({ variant: 'kimi-delta', keyHeads: 64, valueHeads: 64, keyHeadDim: 128, valueHeadDim: 128, convKernel: 4 });
    expect(a.mla).toMatchObject({ heads: 64, qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 256, qkRopeHeadDim: 0, vHeadDim: 256 });
    expect(a.indexer).toMatchObject({ heads: 32, headDim: 128, topK: 2048 });
    expect(a.moe).toMatchObject({ experts: 288, activeExperts: 8, expertWidth: 2048, sharedExperts: 1, routerBias: true });
    expect(a.residualExtras).toMatchObject({ hyperConnections: 4 });
    expect(a.mtp).toMatchObject({ layers: 1, mixer: 'dsa', ffn: 'moe' });
    expect(a.context).toMatchObject({ nativeTokens: 1048576, ropeScaling: null });
    // The vLLM recipe's 321B total, the NextN block included (the vision tower is not counted).
    expect(Math.round(paramCounts(a).total / 1e9)).toBe(321);
  });

  it('GLM-5.3-Flash: a layer type other than KDA or DeepSeek sparse attention is refused by position', () => {
    const cfg = json('zai-org__GLM-5.3-Flash.json');
    ((cfg.text_config as Record<string, unknown>).layer_types as string[])[3] = 'full_attention';
    expect(parseHfConfig(cfg)).toMatchObject({ ok: false, key: 'text_config.layer_types[3]' });
  });

  it('Xing4.0-29B-A4B: DeepSeek-V3 MLA and MoE with four hyper-connection streams and a NextN block with its own embedding and head; the GGUF total', () => {
    const a = ok(json('XingChen-AGI__Xing4.0-29B-A4B.json')).architecture;
    expect(a.mixers).toBe('mla*40');
    expect(a.ffns).toBe('dense*2 moe*38');
    expect(a.mla).toMatchObject({ heads: 32, qLoraRank: 768, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 });
    expect(a.moe).toMatchObject({ experts: 64, activeExperts: 4, expertWidth: 1024, sharedExperts: 1, routerBias: true });
    expect(a.residualExtras).toMatchObject({ hyperConnections: 4 });
    expect(a.mtp).toMatchObject({ layers: 1, mixer: 'mla', ffn: 'moe', ownEmbeddings: true, ownHead: true });
    expect(a.context).toMatchObject({ nativeTokens: 262144, ropeScaling: { method: 'yarn', factor: 64, originalTokens: 4096 } });
    const c = paramCounts(a);
    // 31,215,031,088 in the GGUF header; 29.5B without the NextN block (the card's 29B).
    expect(Math.abs(c.total - 31_215_031_088) / 31_215_031_088).toBeLessThan(1e-4);
    expect(Math.round((c.total - c.byGroup.mtp) / 1e8) / 10).toBe(29.5);
  });

  it('Kolibri 1 without layer_types: every fifth layer full, as Kolibri1Config.__post_init__ sets it', () => {
    const cfg = json('Aleph-Alpha__Kolibri-1.json');
    delete cfg.layer_types;
    expect(ok(cfg).architecture.mixers).toBe('(sliding*4 full)*10');
  });
});

