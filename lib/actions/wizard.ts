'use server';

import { redirect } from 'next/navigation';
import { wizardAnswersFromForm, type GpuSuggestions } from '@/lib/catalog/wizard-form';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { canonicalWizardPath } from '@/lib/schemas/wizard';

export interface WizardFormState {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  /** Per GPU field: catalog cards to offer when the typed name matched several or none. */
  suggestions: GpuSuggestions;
}

/** Validates the wizard form and redirects to the permalink results page. */
export async function wizardAction(_previous: WizardFormState, formData: FormData): Promise<WizardFormState> {
  // Callable by anyone with any arguments: anything but the form's FormData is a malformed request.
  if (!(formData instanceof FormData)) return { ok: false, message: 'The form could not be read; reload the page and try again.', fieldErrors: {}, values: {}, suggestions: {} };
  const values = Object.fromEntries(
    [...formData.entries()].filter(([key, value]) => !key.startsWith('$') && typeof value === 'string').map(([key, value]) => [key, String(value).slice(0, 200)]),
  );
  const { hardware } = await getCatalogSnapshot();
  const result = wizardAnswersFromForm(values, hardware);
  if (!result.ok) {
    const echoed = Object.fromEntries(Object.entries(result.values).filter((entry): entry is [string, string] => entry[1] !== undefined));
    return { ok: false, message: 'Some answers need a fix before we can rank models.', fieldErrors: result.fieldErrors, values: echoed, suggestions: result.suggestions };
  }
  redirect(canonicalWizardPath(result.answers));
}
