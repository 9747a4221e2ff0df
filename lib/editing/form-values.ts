import type { FieldSpec } from '@/lib/schemas/admin';
import { formatHumanNumber, parseHumanNumber } from '@/lib/editing/human-number';
import { parseJsonText } from '@/lib/editing/json-text';
import { getPath, setPath } from '@/lib/editing/record-diff';

// Record ↔ the strings of a form, driven by the entity's field list (lib/schemas/admin.ts). Numbers
// show in their human form ("18.7 GB", "128k") and are read back by the one parser
// (human-number.ts); JSON fields say where a syntax error is. What cannot be read becomes a field
// error in plain words, all at once; the server validates the resulting record again with the
// entity's strict zod schema.

export type FormValues = Record<string, string | boolean>;

/** The text an input shows for a stored value. */
export function fieldText(field: FieldSpec, value: unknown): string | boolean {
  if (field.kind === 'boolean') return value === true;
  if (value === null || value === undefined) return '';
  if (field.kind === 'list') return (value as string[]).join(', ');
  if (field.kind === 'json') return JSON.stringify(value, null, 2);
  if ((field.kind === 'number' || field.kind === 'integer') && typeof value === 'number') return formatHumanNumber(value, field.unit ?? 'plain');
  return String(value);
}

export function toFormValues(fields: readonly FieldSpec[], record: unknown): FormValues {
  const values: FormValues = {};
  for (const field of fields) values[field.path] = fieldText(field, getPath(record, field.path));
  return values;
}

export type FieldValue = { ok: true; value: unknown } | { ok: false; message: string };

/** One field's input → its record value (undefined: leave it to the schema's default). */
export function readField(field: FieldSpec, raw: string | boolean | undefined): FieldValue {
  if (field.kind === 'boolean') return { ok: true, value: raw === true };
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') {
    if (field.nullable) return { ok: true, value: null };
    if (field.kind === 'text' || field.kind === 'textarea' || field.kind === 'reference') return { ok: true, value: '' };
    if (field.kind === 'list' || field.kind === 'json') return { ok: true, value: [] };
    return { ok: true, value: undefined };
  }
  switch (field.kind) {
    case 'number':
    case 'integer': {
      const parsed = parseHumanNumber(text, field.unit ?? 'plain', { integer: field.kind === 'integer' });
      return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: parsed.message };
    }
    case 'list':
      return { ok: true, value: text.split(',').map((s) => s.trim()).filter(Boolean) };
    case 'json': {
      const parsed = parseJsonText(text);
      return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: parsed.message };
    }
    case 'textarea':
      return { ok: true, value: raw };
    default:
      return { ok: true, value: text };
  }
}

/** The record the form describes, and the fields it could not read (path → plain message). */
export function fromFormValues(fields: readonly FieldSpec[], values: FormValues): { record: Record<string, unknown>; errors: Record<string, string> } {
  const record: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const read = readField(field, values[field.path]);
    if (read.ok) setPath(record, field.path, read.value);
    else errors[field.path] = read.message;
  }
  return { record, errors };
}

/** A value as one line of text for diffs and conflict views ("—" for nothing). */
export function showValue(value: unknown, field?: FieldSpec): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field && (field.kind === 'number' || field.kind === 'integer') && typeof value === 'number') {
    const human = formatHumanNumber(value, field.unit ?? 'plain');
    return human;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.length ? value.join(', ') : '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
