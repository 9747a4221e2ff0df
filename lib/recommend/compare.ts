// Side-by-side estimates for 2–4 (model, quant, hardware, context) choices.

import { estimate, normalizeQuant, QUANT_FORMATS, type Runtime } from '@/lib/estimate';
import { depthFor } from './candidates';
import { profileFacts } from './hardware';
import { feelFor } from './score';
import type { CompareChoice, CompareRow, RecommendCatalog } from './types';

function defaultRuntime(quant: string, platform: 'gpu' | 'apple' | 'cpu'): Runtime {
  const fam = QUANT_FORMATS[quant]?.family;
  if (fam === 'mlx') return 'mlx';
  if (fam === 'gptq' || fam === 'awq' || fam === 'fp8') return 'vllm';
  if (fam === 'float' && platform === 'apple') return 'mlx';
  return 'llama.cpp';
}

export function compare(choices: CompareChoice[], catalog: RecommendCatalog): CompareRow[] {
  return choices.slice(0, 4).map((choice) => {
    const model = catalog.models.find((m) => m.slug === choice.modelSlug);
    if (!model) return { choice, estimate: null, feel: null, error: `Unknown model "${choice.modelSlug}".` };
    const quant = normalizeQuant(choice.quant);
    if (!quant) return { choice, estimate: null, feel: null, error: `Unknown quant "${choice.quant}".` };
    const facts = profileFacts(choice.profile);
    const runtime = choice.runtime ?? defaultRuntime(quant, facts.platform);
    const fileBytes = model.artifacts.filter((a) => a.format === quant && a.fileBytes).map((a) => a.fileBytes as number).sort((a, b) => b - a)[0] ?? null;
    const ctx = Math.max(256, Math.round(choice.contextTokens));
    const e = estimate({
      model,
      quant,
      contextTokens: ctx,
      depthTokens: depthFor(ctx),
      kvCacheType: 'f16',
      parallel: 1,
      runtime,
      hardware: facts.spec,
      fileBytes,
      ...(runtime === 'llama.cpp' ? { flashAttention: true } : {}),
    });
    return { choice, estimate: e, feel: e.fit === 'does-not-fit' ? null : feelFor(e.speed?.decodeTokensPerSec.expected) };
  });
}
