'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { compareParamsSchema, planParamsSchema } from '@/lib/schemas/wizard';

export interface FormState {
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
}

/** Both actions are callable by anyone with any arguments: anything but the form's FormData is malformed. */
const MALFORMED: FormState = { message: 'The form could not be read; reload the page and try again.', fieldErrors: {}, values: {} };

const formValues = (formData: FormData) =>
  Object.fromEntries([...formData.entries()].filter(([key, value]) => !key.startsWith('$') && typeof value === 'string').map(([key, value]) => [key, String(value).slice(0, 200)]));

/** "What do I need?": validate, then redirect to the permalink. */
export async function planAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return MALFORMED;
  const values = formValues(formData);
  const parsed = planParamsSchema.safeParse(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(Object.entries(z.flattenError(parsed.error).fieldErrors).map(([k, v]) => [k, v?.[0] ?? 'invalid']));
    return { message: 'Some answers need a fix.', fieldErrors, values };
  }
  const search = new URLSearchParams(Object.entries(parsed.data).map(([k, v]) => [k, String(v)]));
  redirect(`/plan?${search.toString()}`);
}

/** Compare: rows of the form become `c=model~quant~hardware~count~context[~runtime]` permalink params. */
export async function compareAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return MALFORMED;
  const values = formValues(formData);
  const choices: string[] = [];
  for (const row of ['1', '2', '3', '4']) {
    if (!values[`model${row}`]) continue;
    const fields = [values[`model${row}`], values[`quant${row}`], values[`hardware${row}`], values[`count${row}`] || '1', values[`ctx${row}`] || '8192'];
    if (values[`runtime${row}`]) fields.push(values[`runtime${row}`]!);
    choices.push(fields.join('~'));
  }
  const parsed = compareParamsSchema.safeParse({ c: choices });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const row = typeof issue?.path[1] === 'number' ? ` (choice ${issue.path[1] + 1})` : '';
    return { message: `${issue?.message ?? 'invalid choice'}${row}`, fieldErrors: {}, values };
  }
  redirect(`/compare?${choices.map((c) => `c=${encodeURIComponent(c)}`).join('&')}`);
}
