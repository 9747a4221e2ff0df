'use client';

import type { FieldSpec } from '@/lib/schemas/admin';
import type { FormValues } from '@/components/admin/form-values';

const inputClass = 'w-full rounded border border-zinc-300 bg-transparent px-2 py-1 dark:border-zinc-700';

/** One labelled input with its error beside it (aria-describedby, aria-invalid). */
export function FieldInput({ field, values, error, onChange }: { field: FieldSpec; values: FormValues; error?: string | undefined; onChange: (path: string, value: string | boolean) => void }) {
  const id = `field-${field.path.replace(/\./g, '-')}`;
  const errorId = `${id}-error`;
  const value = values[field.path];
  const common = { id, name: field.path, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : field.hint ? `${id}-hint` : undefined };
  let input: React.ReactNode;
  if (field.kind === 'boolean') {
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
    const inputMode = field.kind === 'number' ? 'decimal' : field.kind === 'integer' ? 'numeric' : undefined;
    input = <input type={type} inputMode={inputMode} {...common} className={inputClass} value={String(value ?? '')} onChange={(e) => onChange(field.path, e.target.value)} />;
  }
  return (
    <div className="mb-3">
      <label htmlFor={id} className="block text-sm font-medium">
        {field.label}
        {field.nullable ? <span className="text-zinc-500"> (optional)</span> : null}
      </label>
      {input}
      {field.hint ? <p id={`${id}-hint`} className="text-xs text-zinc-500">{field.hint}{field.kind === 'list' && field.options ? ` — comma-separated: ${field.options.join(', ')}` : ''}</p> : field.kind === 'list' && field.options ? <p id={`${id}-hint`} className="text-xs text-zinc-500">comma-separated: {field.options.join(', ')}</p> : null}
      <p id={errorId} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">{error ?? ''}</p>
    </div>
  );
}
