import { ENTITY_FIELDS, entityNameSchema } from '@/lib/schemas/admin';
import { showValue } from '@/lib/editing/form-values';
import type { FieldChange } from '@/lib/editing/record-diff';

/** One change as a field-by-field list: "Bandwidth (GB/s): 360 → 720", labelled and shown as the form shows them. */
export function ChangeList({ entity, changes }: { entity: string | null; changes: FieldChange[] }) {
  const parsed = entityNameSchema.safeParse(entity);
  const fields = parsed.success ? ENTITY_FIELDS[parsed.data] : [];
  if (changes.length === 0) return <span className="text-zinc-600 dark:text-zinc-400">no field changed</span>;
  return (
    <ul className="min-w-0 space-y-0.5">
      {changes.map((c) => {
        const field = fields.find((f) => f.path === c.field);
        return (
          <li key={c.field} className="break-words">
            <span className="font-medium">{field?.fullLabel ?? c.field}</span>: <del className="text-red-800 dark:text-red-300">{showValue(c.before, field)}</del> → <ins className="text-green-800 no-underline dark:text-green-300">{showValue(c.after, field)}</ins>
          </li>
        );
      })}
    </ul>
  );
}
