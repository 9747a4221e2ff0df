import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { COMMON_GGUF_QUANTS } from '@/lib/estimate';
import { BandChart } from '@/components/charts/band-chart';
import { estimateFor, hardwareSpec } from '@/components/mdx/live/estimates';

const QUANTS = ['F16', ...COMMON_GGUF_QUANTS];

/** Expected decode speed (with its band) per quantization of one model on one device. */
export async function SpeedChart({ model, hardware }: { model: string; hardware: string }) {
  const snapshot = await getCatalogSnapshot();
  const spec = snapshot.models.find((m) => m.slug === model);
  const device = snapshot.hardware.find((h) => h.slug === hardware);
  if (!spec || !device) throw new Error(`SpeedChart: unknown model "${model}" or hardware "${hardware}"`);
  const rows = QUANTS.map((quant) => {
    const result = estimateFor(snapshot, model, quant, { contextTokens: 4096, depthTokens: 0, runtime: 'llama.cpp', hardware: hardwareSpec(snapshot, [hardware]) });
    const band = result.speed?.decodeTokensPerSec ?? { low: 0, expected: 0, high: 0 };
    return { label: quant, ...band, note: result.fit === 'full-gpu' ? undefined : result.fit.replace('-', ' ') };
  });
  return (
    <BandChart
      rows={rows}
      unit="tok/s"
      title={`Decode speed of ${spec.name} on ${device.name}`}
      description={`Expected tokens per second while generating, with the estimator's low–high band, for ${spec.name} on ${device.name} (llama.cpp, empty context). Fewer bits means fewer bytes read per token, so generation gets faster as the file shrinks; F16 does not fit in ${Math.round(device.memoryBytes / 2 ** 30)} GB and spills to system RAM when marked.`}
    />
  );
}
