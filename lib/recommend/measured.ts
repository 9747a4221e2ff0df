// What the estimator predicts for a published measurement, taken the way it was taken: the same
// model, format, runtime, device count, backend, depth and flash-attention setting. Pure; the
// hardware and model pages print it beside the measured figure.
import { estimateChoice, flashAttentionOf, normalizeQuant } from '@/lib/estimate';
import type { MeasurementRecord } from '@/lib/schemas/catalog';
import { machineSpec } from './hardware';
import type { RecommendCatalog } from './types';

/** Estimated generation tokens/s for a measurement; null when it has no generation figure, or the estimate says it does not run. */
export function estimatedDecodeFor(m: MeasurementRecord, catalog: Pick<RecommendCatalog, 'models' | 'hardware'>): number | null {
  const model = catalog.models.find((x) => x.slug === m.model);
  const device = catalog.hardware.find((h) => h.slug === m.hardware);
  const quant = normalizeQuant(m.format);
  if (!model || !device || !quant || m.generationTokensPerSec === null) return null;
  const e = estimateChoice({
    model,
    quant,
    runtime: m.runtime,
    hardware: machineSpec(device, m.deviceCount),
    contextTokens: m.contextTokens ?? m.depthTokens + 512,
    depthTokens: m.depthTokens,
    users: 1,
    flashAttention: flashAttentionOf(m.settings),
    gpuBackend: m.backend === 'vulkan' ? 'vulkan' : null,
  });
  return e.speed?.decodeTokensPerSec.expected ?? null;
}
