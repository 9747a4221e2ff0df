'use client';

import type { FieldSpec } from '@/lib/schemas/admin';
import type { FormValues } from '@/lib/editing/form-values';
import { UNIT_HINTS, formatHumanNumber, parseHumanNumber, spellOut } from '@/lib/editing/human-number';

const inputClass = 'w-full rounded border border-zinc-300 bg-transparent px-2 py-1 dark:border-zinc-700';

export const fieldInputId = (path: string) => `field-${path.replace(/\./g, '-')}`;

/**
 * One labelled input with its hint and error beside it (aria-describedby, aria-invalid). Numbers
 * take human forms ("18.7 GB", "30.7B", "32k") and show back normalized when the input is left,
 * with the value spelled out in full; reference fields offer the existing entries to pick from.
 */
export function FieldInput({ field, values, error, options, onChange }: { field: FieldSpec; values: FormValues; error?: string | undefined; options?: readonly string[] | undefined; onChange: (path: string, value: string | boolean) => void }) {
  const id = fieldInputId(field.path);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const value = values[field.path];
  const isNumber = field.kind === 'number' || field.kind === 'integer';
  const parsed = isNumber && typeof value === 'string' && value.trim() !== '' ? parseHumanNumber(value, field.unit ?? 'plain', { integer: field.kind === 'integer' }) : null;
  const hints = [
    field.hint,
    isNumber && field.unit ? UNIT_HINTS[field.unit] : null,
    field.kind === 'list' && field.options ? `comma-separated: ${field.options.join(', ')}` : null,
    field.kind === 'reference' && options ? `one of the ${options.length} existing entries (type to filter)` : null,
    parsed?.ok && field.unit && field.unit !== 'plain' ? `= ${spellOut(parsed.value, field.unit)}` : null,
  ].filter(Boolean);
  const describedBy = [error ? errorId : null, hints.length ? hintId : null].filter(Boolean).join(' ') || undefined;
  const common = { id, name: field.path, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
  if (field.kind === 'presence') {
    // A part of the record (the architecture's attention, experts…): ticked, its fields follow.
    return (
      <div className="mt-1 mb-3 min-w-0 border-t border-zinc-200 pt-2 md:col-span-2 dark:border-zinc-800">
        <label htmlFor={id} className="flex items-start gap-2 font-medium">
          <input type="checkbox" {...common} className="mt-1" checked={value === true} onChange={(e) => onChange(field.path, e.target.checked)} />
          <span>{field.label}</span>
        </label>
        {hints.length ? <p id={hintId} className="text-xs break-words text-zinc-600 dark:text-zinc-400">{hints.join(' · ')}</p> : null}
        <p id={errorId} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">{error ?? ''}</p>
      </div>
    );
  }
  let input: React.ReactNode;
  if (field.kind === 'boolean' && field.nullable) {
    // Yes, no, or unset (as the rest of the model says).
    input = (
      <select {...common} className={inputClass} value={String(value ?? '')} onChange={(e) => onChange(field.path, e.target.value)}>
        <option value="">— (as above)</option>
        <option value="yes">yes</option>
        <option value="no">no</option>
      </select>
    );
  } else if (field.kind === 'boolean') {
    input = <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(field.path, e.target.checked)} />;
  } else if (field.kind === 'select') {
    input = (
      <select {...common} className={inputClass} value={String(value ?? '')} onChange={(e) => onChange(field.path, e.target.value)}>
        <option value="">—</option>
        {field.options?.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    );
  } else if (field.kind === 'textarea' || field.kind === 'json') {
    input = <textarea {...common} className={`${inputClass} font-mono text-sm`} rows={field.kind === 'json' ? 5 : 3} value={String(value ?? '')} onChange={(e) => onChange(field.path, e.target.value)} />;
  } else {
    const type = field.kind === 'date' ? 'date' : 'text';
    const listId = field.kind === 'reference' && options ? `${id}-options` : undefined;
    input = (
      <>
        <input
          type={type}
          {...common}
          list={listId}
          autoComplete="off"
          className={inputClass}
          value={String(value ?? '')}
          onChange={(e) => onChange(field.path, e.target.value)}
          onBlur={() => {
            // Shown back normalized ("18.7gb" → "18.7 GB"), by the same parser's exact inverse.
            if (parsed?.ok) {
              const normal = formatHumanNumber(parsed.value, field.unit ?? 'plain');
              if (normal !== value) onChange(field.path, normal);
            }
          }}
        />
        {listId ? <datalist id={listId}>{options!.map((o) => <option key={o} value={o} />)}</datalist> : null}
      </>
    );
  }
  return (
    <div className={`mb-3 min-w-0 ${field.kind === 'json' || field.kind === 'textarea' ? 'md:col-span-2' : ''}`}>
      <label htmlFor={id} className="block text-sm font-medium">
        {field.label}
        {field.optional ? <span className="text-zinc-600 dark:text-zinc-400"> (optional)</span> : null}
      </label>
      {input}
      {hints.length ? <p id={hintId} className="text-xs break-words text-zinc-600 dark:text-zinc-400">{hints.join(' · ')}</p> : null}
      <p id={errorId} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">{error ?? ''}</p>
    </div>
  );
}
