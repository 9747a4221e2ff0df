// Side by side: 2–4 (model, format, hardware, context, runtime) choices, each estimated once.

import { estimateChoice, normalizeQuant, defaultRuntimeFor } from '@/lib/estimate';
import { machineSpec } from './hardware';
import { feelFor } from './score';
import type { CompareChoice, CompareRow, RecommendCatalog } from './types';

const MAX_COMPARED = 4;

export function compare(choices: CompareChoice[], catalog: RecommendCatalog): CompareRow[] {
  return choices.slice(0, MAX_COMPARED).map((choice) => {
    const model = catalog.models.find((m) => m.slug === choice.modelSlug);
    if (!model) return { choice, estimate: null, feel: null, error: `model “${choice.modelSlug}” is not in the catalog` };
    const quant = normalizeQuant(choice.quant);
    if (!quant) return { choice, estimate: null, feel: null, error: `quant “${choice.quant}” is not a format we know` };
    const hardware = catalog.hardware.find((h) => h.slug === choice.hardwareSlug);
    if (!hardware) return { choice, estimate: null, feel: null, error: `hardware “${choice.hardwareSlug}” is not in the catalog` };
    const spec = machineSpec(hardware, choice.count);
    const runtime = choice.runtime ?? defaultRuntimeFor(quant, spec);
    const e = estimateChoice({ model, quant, runtime, hardware: spec, contextTokens: choice.contextTokens });
    return { choice, estimate: e, feel: e.fit === 'does-not-fit' ? null : feelFor(e.speed?.decodeTokensPerSec.expected) };
  });
}
