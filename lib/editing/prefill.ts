// A new entry's form opened with values filled in (`/admin/<entity>/new?prefill=<JSON>`), as the
// Hugging Face import does for the artifacts it proposes. Only the entity's own top-level fields
// are taken; nothing is trusted: the form shows the values and the save validates them.

import type { FieldSpec } from '@/lib/schemas/admin';
import { publisherOfRepo } from './slug-proposal';

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
 * A new artifact of a model, from the model's page or from another artifact of it: with `repo` (the
 * model's own Hugging Face repo), its original weights there, published by whoever the repo id
 * names; without, only the model: a quantization published elsewhere gets its publisher and source
 * from its own repo id, or by hand (never another artifact's publisher).
 */
export function modelArtifactHref(model: string, repo?: unknown): string {
  const owner = publisherOfRepo(repo);
  if (owner === null) return prefillHref('artifacts', { model });
  const id = (repo as string).trim();
  return prefillHref('artifacts', { model, publisher: owner, huggingFaceRepo: id, sourceUrl: `https://huggingface.co/${id}` });
}

/**
 * An artifact the Hugging Face import proposed, for the model as the editor named it: the import
 * drafted model and artifact slugs from the repo name, and a renamed model takes its artifacts along.
 */
export function artifactForModelSlug(record: Record<string, unknown>, draftSlug: string, modelSlug: string): Record<string, unknown> {
  const slug = modelSlug.trim();
  if (slug === '' || slug === draftSlug) return record;
  const artifactSlug = typeof record.slug === 'string' && record.slug.startsWith(draftSlug) ? `${slug}${record.slug.slice(draftSlug.length)}` : record.slug;
  return { ...record, model: slug, slug: artifactSlug };
}
