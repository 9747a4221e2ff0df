// The slug a new artifact is offered while its slug field is untouched: the catalog's own pattern
// (model, format, publisher: "qwen3-30b-a3b-q4-k-m-ollama"), so an editor types it only to differ.

import type { FormValues } from './form-values';

/** Lower-case letters and digits, runs of anything else as one "-" (slugSchema's alphabet; dots of versions kept). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/(^|-)\.+|\.+(-|$)/g, '$1$2')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The proposed slug of a new artifact, or null until its model and format are given. */
export function proposedArtifactSlug(values: FormValues): string | null {
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string).trim() : '');
  const [model, format, publisher] = [text('model'), text('format'), text('publisher')];
  if (model === '' || format === '') return null;
  const slug = slugify([model, format, publisher].filter((part) => part !== '').join('-'));
  return slug === '' ? null : slug.slice(0, 120).replace(/[-.]+$/, '');
}
