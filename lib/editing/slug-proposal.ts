// The slug a new artifact is offered while its slug field is untouched: the catalog's own pattern
// (model, format, publisher: "qwen3-30b-a3b-q4-k-m-ollama"), so an editor types it only to differ.

import type { FormValues } from './form-values';

/** Lower-case letters and digits, runs of anything else as one "-" (slugSchema's alphabet; dots of versions kept). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    // Lookarounds, so a hyphen between two dots ("0.-.0") trims both sides, not only the first.
    .replace(/(?<=^|-)\.+|\.+(?=-|$)/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The publisher a Hugging Face repo id names: its owner ("unsloth/Qwen3-8B-GGUF" → "unsloth"), or null. */
export function publisherOfRepo(repo: unknown): string | null {
  if (typeof repo !== 'string') return null;
  const match = /^([\w.-]+)\/[\w.-]+$/.exec(repo.trim());
  return match ? match[1]! : null;
}

/** The fields of a new artifact that follow others until the editor types them (proposedArtifactValues). */
export const PROPOSED_ARTIFACT_FIELDS = ['publisher', 'sourceUrl', 'slug'] as const;

/**
 * A new artifact's form after an edit: while the editor has not typed them, the publisher and the
 * source follow the artifact's own repo id (a quantization's publisher is whoever published that
 * repo, not the model's; its page is the source), and the slug follows model, format and publisher.
 */
export function proposedArtifactValues(values: FormValues, typed: ReadonlySet<string>): FormValues {
  let next = values;
  const owner = publisherOfRepo(values.huggingFaceRepo);
  if (owner !== null && !typed.has('publisher') && owner !== values.publisher) next = { ...next, publisher: owner };
  const source = owner === null ? null : `https://huggingface.co/${(values.huggingFaceRepo as string).trim()}`;
  if (source !== null && !typed.has('sourceUrl') && source !== values.sourceUrl) next = { ...next, sourceUrl: source };
  const slug = typed.has('slug') ? null : proposedArtifactSlug(next);
  return slug === null || slug === next.slug ? next : { ...next, slug };
}

/** The proposed slug of a new artifact, or null until its model and format are given. */
export function proposedArtifactSlug(values: FormValues): string | null {
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string).trim() : '');
  const [model, format, publisher] = [text('model'), text('format'), text('publisher')];
  if (model === '' || format === '') return null;
  const slug = slugify([model, format, publisher].filter((part) => part !== '').join('-'));
  return slug === '' ? null : slug.slice(0, 120).replace(/[-.]+$/, '');
}
