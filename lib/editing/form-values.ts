import type { FieldSpec } from '@/lib/schemas/admin';
import { formatHumanNumber, parseHumanNumber } from '@/lib/editing/human-number';
import { parseJsonText } from '@/lib/editing/json-text';
import { getPath, setPath } from '@/lib/editing/record-diff';

// Record ↔ the strings of a form, driven by the entity's field list (lib/schemas/admin.ts). Numbers
// show in their human form ("18.7 GB", "128k") and are read back by the one parser
// (human-number.ts); JSON fields say where a syntax error is. What cannot be read becomes a field
// error in plain words, all at once; the server validates the resulting record again with the
// entity's strict zod schema. A nullable part of the record (the architecture's attention, experts…)
// has a "present" checkbox: unticked, the part is null and its fields are not read; ticked but left
// entirely empty, it is null too, never a half-filled object.

export type FormValues = Record<string, string | boolean>;

/** The text an input shows for a stored value. */
export function fieldText(field: FieldSpec, value: unknown): string | boolean {
  if (field.kind === 'presence') return value !== null && value !== undefined;
  if (field.kind === 'boolean') return field.nullable ? (value === true ? 'yes' : value === false ? 'no' : '') : value === true;
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
  // On its own (a bulk edit), a part can only be removed; filling it in takes the form.
  if (field.kind === 'presence') return raw === true ? { ok: false, message: 'fill in this part in the entry\'s form' } : { ok: true, value: null };
  if (field.kind === 'boolean' && field.nullable) {
    if (raw === 'yes' || raw === 'no') return { ok: true, value: raw === 'yes' };
    return raw === '' || raw === undefined ? { ok: true, value: null } : { ok: false, message: 'choose yes, no or leave it empty' };
  }
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

/** Whether a field counts: every part it sits in is ticked present. */
export function isActive(field: FieldSpec, values: FormValues): boolean {
  return (field.within ?? []).every((path) => values[path] === true);
}

/** The fields inside a part of the record (its presence field's path), nested parts' fields included. */
const fieldsInside = (fields: readonly FieldSpec[], path: string) => fields.filter((f) => f.path.startsWith(`${path}.`));

/** Nothing typed or ticked in any field of the part. */
function isBlankPart(fields: readonly FieldSpec[], values: FormValues, path: string): boolean {
  return fieldsInside(fields, path).every((f) => {
    const value = values[f.path];
    return value === undefined || value === false || (typeof value === 'string' && value.trim() === '');
  });
}

/**
 * Ticks or unticks a part's "present" checkbox. Ticking a part left blank proposes its schema
 * defaults (experts gated, no biases…), so a ticked box never reads an unticked default as "no".
 * Unticking keeps what was typed, for a change of mind; it is not read while unticked.
 */
export function setPresence(fields: readonly FieldSpec[], values: FormValues, path: string, present: boolean): FormValues {
  const next: FormValues = { ...values, [path]: present };
  if (present && isBlankPart(fields, values, path)) {
    for (const f of fieldsInside(fields, path)) if (f.default !== undefined && f.kind !== 'presence') next[f.path] = fieldText(f, f.default);
  }
  return next;
}

/** The record the form describes, and the fields it could not read (path → plain message). */
export function fromFormValues(fields: readonly FieldSpec[], values: FormValues): { record: Record<string, unknown>; errors: Record<string, string> } {
  const record: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const present: string[] = [];
  for (const field of fields) {
    if (!isActive(field, values)) continue;
    if (field.kind === 'presence') {
      if (values[field.path] === true) present.push(field.path);
      else setPath(record, field.path, null);
      continue;
    }
    const read = readField(field, values[field.path]);
    if (read.ok) setPath(record, field.path, read.value);
    else errors[field.path] = read.message;
  }
  // A part ticked but left entirely empty is null, never a half-object (outer parts first: an
  // empty outer part takes its inner ones with it).
  for (const path of present) {
    if (!isBlankPart(fields, values, path)) continue;
    setPath(record, path, null);
    for (const key of Object.keys(errors)) if (key.startsWith(`${path}.`)) delete errors[key];
  }
  return { record, errors };
}

/**
 * The field an error (keyed by dotted path) belongs beside: the field of that path, else the
 * innermost field containing it ("towers.0.kind" → the towers field), else none.
 */
export function fieldOfError(fields: readonly FieldSpec[], key: string): FieldSpec | undefined {
  let owner: FieldSpec | undefined;
  for (const f of fields) {
    if (f.path === key) return f;
    if (key.startsWith(`${f.path}.`) && (!owner || f.path.length > owner.path.length)) owner = f;
  }
  return owner;
}

/** A value as one line of text for diffs and conflict views ("—" for nothing). */
export function showValue(value: unknown, field?: FieldSpec): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field && (field.kind === 'number' || field.kind === 'integer') && typeof value === 'number') {
    const human = formatHumanNumber(value, field.unit ?? 'plain');
    return human;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (field?.kind === 'presence') return 'present';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.length ? value.join(', ') : '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** What a stored draft of a form could not bring back, by the part it was in. */
export interface DraftProblem {
  path: string;
  message: string;
}

/**
 * A draft's values in the form as it is now. A draft saved while a part of the record was one JSON
 * text field (the architecture, until it became a field per value) holds that text under the
 * part's own path ("architecture"), a key the form no longer has: its JSON is read and spread over
 * the part's fields, as a saved record would be. Text that no longer reads as JSON is reported, not
 * guessed at; the rest of the draft comes back either way.
 */
export function currentDraftValues(fields: readonly FieldSpec[], values: FormValues): { values: FormValues; problems: DraftProblem[] } {
  const paths = new Set(fields.map((f) => f.path));
  const next: FormValues = {};
  const problems: DraftProblem[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (paths.has(key)) {
      next[key] = value;
      continue;
    }
    const inside = fields.filter((f) => f.path.startsWith(`${key}.`));
    // A key no field has or holds: dropped, as it always was.
    if (inside.length === 0 || typeof value !== 'string') continue;
    const parsed = parseJsonText(value);
    if (!parsed.ok) {
      // The message names the line and column already.
      problems.push({ path: key, message: parsed.message });
      continue;
    }
    if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      problems.push({ path: key, message: 'it is not a JSON object' });
      continue;
    }
    const record: Record<string, unknown> = {};
    setPath(record, key, parsed.value);
    const spread = toFormValues(inside, record);
    // Fields the draft also holds under their own paths (saved after the change) win.
    for (const field of inside) if (values[field.path] === undefined) next[field.path] = spread[field.path]!;
  }
  return { values: next, problems };
}
