import type { FieldSpec } from '@/lib/schemas/admin';

// Record ↔ form strings, driven by the entity's field list. The server validates the result with
// the entity's strict zod schema; this only turns text inputs into the types the schema expects.

export type FormValues = Record<string, string | boolean>;

export function getPath(record: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), record);
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  if (value !== undefined) node[parts.at(-1)!] = value;
}

export function toFormValues(fields: FieldSpec[], record: unknown): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = getPath(record, field.path);
    if (field.kind === 'boolean') values[field.path] = value === true;
    else if (value === null || value === undefined) values[field.path] = '';
    else if (field.kind === 'list') values[field.path] = (value as string[]).join(', ');
    else if (field.kind === 'json') values[field.path] = JSON.stringify(value, null, 2);
    else values[field.path] = String(value);
  }
  return values;
}

export function fromFormValues(fields: FieldSpec[], values: FormValues): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = values[field.path];
    if (field.kind === 'boolean') {
      setPath(record, field.path, raw === true);
      continue;
    }
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text === '') {
      setPath(record, field.path, field.nullable ? null : field.kind === 'text' || field.kind === 'textarea' ? '' : field.kind === 'list' || field.kind === 'json' ? [] : undefined);
      continue;
    }
    switch (field.kind) {
      case 'number':
      case 'integer':
        setPath(record, field.path, Number(text));
        break;
      case 'list':
        setPath(record, field.path, text.split(',').map((s) => s.trim()).filter(Boolean));
        break;
      case 'json':
        try {
          setPath(record, field.path, JSON.parse(text));
        } catch {
          setPath(record, field.path, text);
        }
        break;
      default:
        setPath(record, field.path, typeof raw === 'string' && field.kind === 'textarea' ? raw : text);
    }
  }
  return record;
}

export const show = (value: unknown): string => (value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value));
