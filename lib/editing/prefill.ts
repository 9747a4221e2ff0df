// A new entry's form opened with values filled in (`/admin/<entity>/new?prefill=<JSON>`), as the
// Hugging Face import does for the artifacts it proposes. Only the entity's own top-level fields
// are taken; nothing is trusted: the form shows the values and the save validates them.

import type { FieldSpec } from '@/lib/schemas/admin';

/** A prefill is a few hundred characters; anything longer is not one of ours. */
export const MAX_PREFILL_LENGTH = 8000;

export function prefillOf(value: unknown, fields: readonly FieldSpec[]): Record<string, unknown> {
  const one = Array.isArray(value) ? value[0] : value;
  if (typeof one !== 'string' || one.length > MAX_PREFILL_LENGTH) return {};
  let json: unknown;
  try {
    json = JSON.parse(one);
  } catch {
    return {};
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return {};
  const known = new Set(fields.map((f) => f.path.split('.')[0]!));
  return Object.fromEntries(Object.entries(json).filter(([key]) => known.has(key) && key !== '__proto__'));
}

/** The link that opens `entity`'s new-entry form with `record` filled in. */
export function prefillHref(entity: string, record: Record<string, unknown>): string {
  return `/admin/${entity}/new?prefill=${encodeURIComponent(JSON.stringify(record))}`;
}

/**
 * A new artifact of `model`, proposed from an entry the editor is looking at (the model, or one of
 * its artifacts): the model and, to review, that entry's publisher and source. Slug and format are
 * the editor's to give; a quantization published elsewhere changes publisher and source too.
 */
export function newArtifactHref(model: string, from: { publisher?: unknown; sourceUrl?: unknown }): string {
  const record: Record<string, unknown> = { model };
  if (typeof from.publisher === 'string' && from.publisher !== '') record.publisher = from.publisher;
  if (typeof from.sourceUrl === 'string' && from.sourceUrl !== '') record.sourceUrl = from.sourceUrl;
  return prefillHref('artifacts', record);
}
