// The catalog's measurements from the reference set: every speed_2026.csv row the accuracy harness
// scores on a catalog device becomes a catalog Measurement, so a hardware page shows the same
// published numbers /accuracy judges the estimator on (one measurement, one record). Pure:
// `npm run catalog:measurements` writes them to prisma/seed/measurements-reference.json and a test
// checks that file against this function.
import { interpret2026 } from '@/lib/estimate/accuracy';
import type { ReferenceCatalog } from '@/lib/estimate/accuracy-rows';
import { backendFor } from '@/lib/estimate/backends';
import type { CsvRow } from '@/lib/estimate/csv';
import type { HardwareBackend } from '@/lib/enums';
import type { MeasurementRecord } from '@/lib/schemas/catalog';

/** The schema's limits on free text (lib/schemas/catalog.ts). */
const SETTINGS_MAX = 500;
const NOTES_MAX = 2000;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** The first http(s) address in a `source` cell (the rest of the cell says where inside it). */
export function sourceUrlOf(source: string): string | null {
  return /https?:\/\/[^\s)]+/.exec(source)?.[0] ?? null;
}

/** The catalog format a row's quant label names: the label itself when the catalog lists it (UD-Q4_K_XL), else the estimator's reading of it (MLX 4-bit → MLX-4BIT). */
function formatOf(label: string, resolved: string, formats: ReadonlySet<string>): string | null {
  const plain = label.replace(/\(.*$/, '').trim().toUpperCase();
  if (formats.has(plain)) return plain;
  return formats.has(resolved) ? resolved : null;
}

export interface ReferenceMeasurementInput {
  rows: readonly CsvRow[];
  catalog: ReferenceCatalog;
  /** Names of the catalog's formats. */
  formats: ReadonlySet<string>;
  /** The day row `index` (0-based data row) entered the reference set, YYYY-MM-DD. */
  verifiedOn: (index: number) => string;
}

/**
 * One Measurement per scorable row on one kind of catalog device (rows on a mixed pair or on a CPU
 * the catalog does not list stay in the reference set only). The row's prompt length and the depth
 * its generation was read at; its backend text and settings, its test and notes, and its source.
 */
export function referenceMeasurements({ rows, catalog, formats, verifiedOn }: ReferenceMeasurementInput): MeasurementRecord[] {
  const out: MeasurementRecord[] = [];
  rows.forEach((r, index) => {
    const result = interpret2026(r, catalog);
    if (!result.ok) return;
    const slugs = new Set(result.machines.map((m) => m.slug));
    if (result.machines.length === 0 || slugs.size !== 1) return;
    const machine = result.machines[0]!;
    const format = formatOf(r.quant ?? '', result.quant, formats);
    const sourceUrl = sourceUrlOf(r.source ?? '');
    if (!format || !sourceUrl) return;
    const pp = Number(r.pp_tps);
    const tg = Number(r.tg_tps);
    const prefill = pp > 0 ? result.tests.prefill : undefined;
    const decode = tg > 0 ? result.tests.decode : undefined;
    if (!prefill && !decode) return;
    const backend: HardwareBackend = result.backend.cpuOnly ? 'cpu' : hardwareBackendOf(r.backend ?? '', machine.kind);
    const test = [r.test, r.context_or_depth].filter(Boolean).join('; ');
    out.push({
      hardware: machine.slug,
      deviceCount: Math.max(1, Number(r.n_devices) || 1),
      model: result.model.slug,
      format,
      runtime: result.backend.runtime,
      backend,
      promptTokens: prefill?.promptTokens ?? null,
      depthTokens: decode?.depthTokens ?? prefill?.depthTokens ?? 0,
      contextTokens: null,
      promptTokensPerSec: prefill ? pp : null,
      generationTokensPerSec: decode ? tg : null,
      memoryBytes: null,
      settings: clip([r.backend, r.settings].filter(Boolean).join('; '), SETTINGS_MAX),
      notes: clip([`test: ${test}`, r.notes, r.source_id ? `reference set: speed_2026.csv row ${index + 1}, source ${r.source_id}` : ''].filter(Boolean).join('\n'), NOTES_MAX),
      sourceUrl,
      verifiedAt: verifiedOn(index),
    });
  });
  return out;
}

/** The GPU backend a row's backend text names, else the device's own (llama.cpp's choice for it). */
function hardwareBackendOf(text: string, kind: ReferenceCatalog['machines'][number]['kind']): HardwareBackend {
  if (/vulkan/i.test(text)) return 'vulkan';
  if (/sycl/i.test(text)) return 'sycl';
  if (/rocm|\bhip\b/i.test(text)) return 'rocm';
  if (/metal|\bmlx\b/i.test(text)) return 'metal';
  if (/cuda/i.test(text)) return 'cuda';
  const b = backendFor('llama.cpp', kind);
  return b === 'cuda' || b === 'rocm' || b === 'metal' || b === 'vulkan' || b === 'sycl' || b === 'cpu' ? b : 'vulkan';
}
