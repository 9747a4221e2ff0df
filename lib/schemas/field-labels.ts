import type { z } from 'zod';

// Error messages name fields by the label the form shows beside them (the schema's own metadata,
// the one definition lib/schemas/admin.ts lays the form out from), never by the record's key.

/** The label a field's schema carries in its metadata; a field without one is a programming error. */
export function labelOf(schema: z.ZodType): string {
  const label = schema.meta()?.label;
  if (typeof label !== 'string') throw new Error('labelOf: this field has no label in its metadata');
  return label;
}

/** A label inside a sentence: "Query heads" → "query heads"; an acronym ("KV heads") stays as written. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** "KV heads cannot exceed query heads", from the two fields' labels. */
export function cannotExceedMessage(field: z.ZodType, limit: z.ZodType): string {
  return `${labelOf(field)} cannot exceed ${inSentence(labelOf(limit))}`;
}

/** "Documented longer context must be longer than native context", from the two fields' labels. */
export function mustExceedMessage(field: z.ZodType, floor: z.ZodType): string {
  return `${labelOf(field)} must be longer than ${inSentence(labelOf(floor))}`;
}
