import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { deviceSpecOf } from '@/lib/recommend';
import { catalogHardwareOf, catalogModelOf } from '@/lib/catalog/records';
import { PUBLISHED_SIZE_RULE, runEstimateRequests, type CatalogLookup, type Estimate } from '@/lib/estimate';
import { ENTITY_SCHEMAS, fieldErrorsOf, previewEntryInputSchema } from '@/lib/schemas/admin';
import type { ArtifactRecord, HardwareRecord, ModelRecord } from '@/lib/schemas/catalog';

// "How does this change move the estimates it feeds?" Runs the estimator on a few reference
// requests twice, against the stored catalog and against the catalog with the edit applied.

const REFERENCE_MODELS = [
  { slug: 'llama-3.1-8b-instruct', quant: 'Q4_K_M' },
  { slug: 'qwen3-30b-a3b', quant: 'Q4_K_M' },
  { slug: 'llama-3.3-70b-instruct', quant: 'Q4_K_M' },
];
const REFERENCE_DEVICES = ['geforce-rtx-3060-12gb', 'geforce-rtx-4090', 'apple-m4-max-40c-128gb'];
const PREVIEW_CONTEXT_TOKENS = 8192;

export interface PreviewRow {
  label: string;
  before: PreviewFigures | null;
  after: PreviewFigures | null;
}

export interface PreviewFigures {
  decodeTokensPerSec: number;
  totalBytes: number;
  fit: string;
}

export type PreviewResult =
  | { ok: true; rows: PreviewRow[]; note: string | null }
  | { ok: false; message: string; fieldErrors: Record<string, string> };

function figures(lookup: CatalogLookup, request: object): PreviewFigures | null {
  const { status, body } = runEstimateRequests({ ...request, contextTokens: PREVIEW_CONTEXT_TOKENS }, lookup);
  if (status !== 0) return null;
  const e = body as Estimate;
  if (!e.speed) return { decodeTokensPerSec: 0, totalBytes: e.memory.totalBytes, fit: e.fit };
  return { decodeTokensPerSec: Math.round(e.speed.decodeTokensPerSec.expected * 10) / 10, totalBytes: e.memory.totalBytes, fit: e.fit };
}

export async function previewEntry(actor: Actor | null, input: unknown): Promise<PreviewResult> {
  assertRole(actor, 'editor');
  const envelope = previewEntryInputSchema.safeParse(input);
  if (!envelope.success) return { ok: false, message: 'The request is malformed.', fieldErrors: fieldErrorsOf(envelope.error) };
  const { entity, key } = envelope.data;
  const parsed = ENTITY_SCHEMAS[entity].safeParse(envelope.data.record);
  if (!parsed.success) return { ok: false, message: 'Fix the highlighted fields to see the effect.', fieldErrors: fieldErrorsOf(parsed.error) };
  const base = (await getCatalogSnapshot()).lookup;
  const rows: PreviewRow[] = [];

  if (entity === 'hardware') {
    const h = parsed.data as HardwareRecord;
    const edited: CatalogLookup = { ...base, device: (slug) => (slug === h.slug ? deviceSpecOf(catalogHardwareOf(h)) : base.device(slug)) };
    for (const ref of REFERENCE_MODELS) {
      const before = key ? figures(base, { model: { slug: ref.slug }, quant: ref.quant, hardware: { devices: [{ slug: key }] } }) : null;
      const after = figures(edited, { model: { slug: ref.slug }, quant: ref.quant, hardware: { devices: [{ slug: h.slug }] } });
      rows.push({ label: `${ref.slug} ${ref.quant} on this device`, before, after });
    }
    return { ok: true, rows, note: null };
  }
  if (entity === 'models') {
    const m = parsed.data as ModelRecord;
    // The edited model keeps the published files it has now.
    const files = base.model(key ?? m.slug)?.artifacts ?? [];
    const edited: CatalogLookup = { ...base, model: (slug) => (slug === m.slug ? { ...catalogModelOf(m), artifacts: files } : base.model(slug)) };
    for (const device of REFERENCE_DEVICES) {
      for (const quant of ['Q4_K_M', 'Q8_0']) {
        const before = key ? figures(base, { model: { slug: key }, quant, hardware: { devices: [{ slug: device }] } }) : null;
        const after = figures(edited, { model: { slug: m.slug }, quant, hardware: { devices: [{ slug: device }] } });
        rows.push({ label: `${quant} on ${device}`, before, after });
      }
    }
    return { ok: true, rows, note: null };
  }
  if (entity === 'artifacts') {
    const a = parsed.data as ArtifactRecord;
    // The model's published files with this one in place of what it was (or added).
    const edited: CatalogLookup = {
      ...base,
      model: (slug) => {
        const found = base.model(slug);
        if (!found || slug !== a.model) return found;
        const others = (found.artifacts ?? []).filter((f) => f.slug !== (key ?? a.slug) && f.slug !== a.slug);
        return { ...found, artifacts: [...others, { slug: a.slug, format: a.format, publisher: a.publisher, fileBytes: a.fileBytes }] };
      },
    };
    for (const device of REFERENCE_DEVICES) {
      const request = { model: { slug: a.model }, quant: a.format, hardware: { devices: [{ slug: device }] } };
      rows.push({ label: `${a.model} ${a.format} on ${device}`, before: figures(base, request), after: figures(edited, request) });
    }
    return { ok: true, rows, note: PUBLISHED_SIZE_RULE };
  }
  return { ok: true, rows, note: entity === 'measurements' ? 'Measurements calibrate the estimator offline (npm run accuracy); saving one does not move live estimates.' : 'The estimator does not read this entity directly.' };
}
