// Hugging Face config.json in, architecture out. Pure: no network, no file system.

import { z } from 'zod';
import { architectureSchema, type Architecture } from '../schema';
import { TRANSFORMERS_DEFAULTS } from './defaults';
import {
  deepseekMla,
  deepseekV4,
  gemma,
  gemma3n,
  glm4Moe,
  glm5Next,
  gptOss,
  graniteHybrid,
  hunyuan,
  k2Horizon,
  kolibri1,
  laguna,
  llama4,
  llamaLike,
  mimoV2Flash,
  minimaxM2,
  nemotronH,
  qwenHybrid,
  xing4,
  type FamilyBuilder,
} from './families';
import { ConfigError, ConfigReader, isObject } from './reader';

interface FamilyEntry {
  build: FamilyBuilder;
  /** The language model sits in text_config (composite vision-language configs). */
  nested: boolean;
  /** transformers class defaults for the text keys and for the top level. */
  textDefaults: string | null;
  topDefaults: string | null;
  /** vision_config / audio_config present but not counted by this module (named in a warning). */
  uncountedTowers?: boolean;
}

const F = (build: FamilyBuilder, textDefaults: string | null = null, extra: Partial<FamilyEntry> = {}): FamilyEntry => ({
  build,
  nested: false,
  textDefaults,
  topDefaults: null,
  ...extra,
});

/** Every model_type the parser reads, with the builder that reads it. */
const FAMILIES: Record<string, FamilyEntry> = {
  llama: F(llamaLike, 'llama'),
  mistral: F(llamaLike, 'mistral'),
  mixtral: F(llamaLike),
  qwen2: F(llamaLike),
  qwen2_moe: F(llamaLike, 'qwen2_moe'),
  qwen3: F(llamaLike, 'qwen3'),
  qwen3_moe: F(llamaLike, 'qwen3_moe'),
  phi3: F(llamaLike, 'phi3'),
  'phi4-siglip': F(llamaLike, 'phi3', { uncountedTowers: true }),
  seed_oss: F(llamaLike),
  // Granite 3.x: Llama's layers with scalar multipliers on embeddings, residuals, attention and logits (no extra tensors).
  granite: F(llamaLike),
  qwen3_vl: F(llamaLike, null, { nested: true }),
  qwen3_vl_moe: F(llamaLike, null, { nested: true }),
  ministral3: F(llamaLike, null, { nested: true }),
  mistral3: F(llamaLike, null, { nested: true }),
  glm4_moe: F(glm4Moe, 'glm4_moe'),
  glm4_moe_lite: F(deepseekMla),
  glm_moe_dsa: F(deepseekMla),
  gpt_oss: F(gptOss, 'gpt_oss'),
  minimax_m2: F(minimaxM2),
  minimax_m3: F(minimaxM2),
  gemma2: F(gemma, 'gemma2'),
  gemma3: F(gemma, 'gemma3_text', { nested: true, uncountedTowers: true }),
  gemma3_text: F(gemma, 'gemma3_text'),
  gemma4: F(gemma, 'gemma4_text', { nested: true, topDefaults: 'gemma4', uncountedTowers: true }),
  gemma4_text: F(gemma, 'gemma4_text'),
  gemma4_unified: F(gemma, 'gemma4_text', { nested: true, topDefaults: 'gemma4', uncountedTowers: true }),
  gemma4_unified_text: F(gemma, 'gemma4_text'),
  gemma3n: F(gemma3n, null, { nested: true, uncountedTowers: true }),
  gemma3n_text: F(gemma3n),
  qwen3_next: F(qwenHybrid, 'qwen3_next'),
  qwen3_5: F(qwenHybrid, 'qwen3_5_text', { nested: true, topDefaults: 'qwen3_5' }),
  qwen3_5_text: F(qwenHybrid, 'qwen3_5_text'),
  qwen3_5_moe: F(qwenHybrid, null, { nested: true }),
  qwen3_5_moe_text: F(qwenHybrid),
  deepseek_v3: F(deepseekMla, 'deepseek_v3'),
  kimi_k2: F(deepseekMla),
  kimi_k25: F(deepseekMla, null, { nested: true, uncountedTowers: true }),
  deepseek_v32: F(deepseekMla),
  deepseek_v4: F(deepseekV4),
  nemotron_h: F(nemotronH, 'nemotron_h'),
  granitemoehybrid: F(graniteHybrid, 'granitemoehybrid'),
  llama4: F(llama4, null, { nested: true, uncountedTowers: true }),
  llama4_text: F(llama4),
  hunyuan: F(hunyuan),
  mimo_v2_flash: F(mimoV2Flash),
  mimo_v2: F(mimoV2Flash),
  laguna: F(laguna),
  kolibri1: F(kolibri1, 'kolibri1'),
  k2_horizon: F(k2Horizon),
  glm5_next: F(glm5Next, null, { nested: true, uncountedTowers: true }),
  xing4_0: F(xing4),
  // Text stack read like Llama (layer_types, GQA, gated MLP); the only config seen is a copy of
  // doubtful provenance (fixtures/hf-configs/SOURCES.csv), so its figures are marked partial there.
  muse_glimmer: F(llamaLike, null, { nested: true, uncountedTowers: true }),
};

export const SUPPORTED_MODEL_TYPES: readonly string[] = Object.keys(FAMILIES).sort();

export type ParseHfConfigResult =
  | { ok: true; architecture: Architecture; warnings: string[]; modelType: string }
  | { ok: false; error: string; key: string };

/** A pasted config.json is at most this long (the largest real one in fixtures/hf-configs is 74 KB). */
export const MAX_CONFIG_TEXT = 2_000_000;

/**
 * Reads a config.json object. Unknown model_type, a missing key the estimate needs, or a value out
 * of range is an error naming the key; transformers defaults applied to absent keys are listed in
 * `warnings` with the class they come from.
 */
export function parseHfConfig(json: unknown): ParseHfConfigResult {
  if (!isObject(json)) return { ok: false, key: '(root)', error: 'config.json must be a JSON object' };
  const modelType = json.model_type;
  if (typeof modelType !== 'string' || modelType.length === 0) {
    return { ok: false, key: 'model_type', error: 'model_type is missing: it names the architecture and is required' };
  }
  const entry = Object.prototype.hasOwnProperty.call(FAMILIES, modelType) ? FAMILIES[modelType] : undefined;
  if (!entry) {
    return { ok: false, key: 'model_type', error: `model_type "${modelType}" is not supported (supported: ${SUPPORTED_MODEL_TYPES.join(', ')})` };
  }
  const warnings: string[] = [];
  try {
    const topDefaults = entry.topDefaults ? TRANSFORMERS_DEFAULTS[entry.topDefaults] ?? null : null;
    // A nested text_config is instantiated from the class its own model_type names (e.g. Mistral 3's
    // text_config is a MistralConfig), so its defaults apply when the family names none.
    const nestedType = isObject(json.text_config) && typeof json.text_config.model_type === 'string' ? json.text_config.model_type : null;
    const textKey = entry.textDefaults ?? (entry.nested && nestedType && Object.prototype.hasOwnProperty.call(TRANSFORMERS_DEFAULTS, nestedType) ? nestedType : null);
    const textDefaults = textKey ? TRANSFORMERS_DEFAULTS[textKey] ?? null : null;
    const top = new ConfigReader(json, '', entry.nested ? topDefaults : textDefaults, warnings);
    let text = top;
    if (entry.nested) {
      const child = top.child('text_config', textDefaults);
      if (child) text = child;
      else if (top.has('hidden_size')) {
        // Text-only exports of a composite model keep the language-model keys at the top level.
        warnings.push(`no text_config: the language model is read from the top level of this ${modelType} config`);
        text = new ConfigReader(json, '', textDefaults ?? topDefaults, warnings);
      } else throw new ConfigError('text_config', `text_config is required for ${modelType}`);
    }
    if (entry.uncountedTowers) {
      for (const k of ['vision_config', 'audio_config']) {
        if (top.has(k)) warnings.push(`${k} present: this tower's parameters are not counted (its layout is not modelled for ${modelType})`);
      }
    }
    const input = entry.build({ modelType, text, top, warnings });
    const parsed = architectureSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path.map(String).join('.');
      return { ok: false, key: `architecture.${path}`, error: `the architecture read from this config is invalid at ${path}: ${issue.message}` };
    }
    return { ok: true, architecture: parsed.data, warnings, modelType };
  } catch (e) {
    if (e instanceof ConfigError) return { ok: false, key: e.key, error: e.message };
    throw e;
  }
}

/**
 * Python's json module writes non-finite floats as bare Infinity / -Infinity / NaN, and published
 * config.json files carry them (Nemotron 3 Super: "time_step_limit": [0.0, Infinity]). They are
 * read as null; no key the estimate uses is ever non-finite.
 */
export function replaceNonFiniteLiterals(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      continue;
    }
    const rest = text.slice(i, i + 9);
    const m = /^(-?Infinity|NaN)/.exec(rest);
    if (m && !/[A-Za-z0-9_]/.test(text[i - 1] ?? '') && !/[A-Za-z0-9_]/.test(text[i + m[0].length] ?? '')) {
      out += 'null';
      i += m[0].length - 1;
      continue;
    }
    out += c;
  }
  return out;
}

const textSchema = z.string().max(MAX_CONFIG_TEXT, `config.json is longer than ${MAX_CONFIG_TEXT} characters`);

/** parseHfConfig for pasted text: size limit and JSON syntax errors are reported the same way. */
export function parseHfConfigText(text: unknown): ParseHfConfigResult {
  const t = textSchema.safeParse(text);
  if (!t.success) return { ok: false, key: '(root)', error: t.error.issues[0]!.message };
  let json: unknown;
  try {
    json = JSON.parse(replaceNonFiniteLiterals(t.data));
  } catch (e) {
    return { ok: false, key: '(root)', error: `config.json is not valid JSON: ${(e as Error).message}` };
  }
  return parseHfConfig(json);
}
