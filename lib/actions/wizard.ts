'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { canonicalWizardPath, wizardParamsSchema } from '@/lib/schemas/wizard';

export interface WizardFormState {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
}

const MAX_GPUS_PER_ROW = 8;

/** Validates the wizard form and redirects to the permalink results page. */
export async function wizardAction(_previous: WizardFormState, formData: FormData): Promise<WizardFormState> {
  // Callable by anyone with any arguments: anything but the form's FormData is a malformed request.
  if (!(formData instanceof FormData)) return { ok: false, message: 'The form could not be read; reload the page and try again.', fieldErrors: {}, values: {} };
  const values = Object.fromEntries(
    [...formData.entries()].filter(([key, value]) => !key.startsWith('$') && typeof value === 'string').map(([key, value]) => [key, String(value).slice(0, 200)]),
  );
  const fieldErrors: Record<string, string> = {};
  const { hardware } = await getCatalogSnapshot();
  // GPU fields accept a slug or the catalog name (what the datalist shows), any case.
  const resolve = (text: string) => {
    const needle = text.trim().toLowerCase();
    return hardware.find((h) => h.kind === 'gpu' && (h.slug === needle || h.name.toLowerCase() === needle))?.slug ?? null;
  };
  const gpus: string[] = [];
  if (values.hw === 'gpu') {
    for (const row of ['1', '2']) {
      const text = values[`gpu${row}`]?.trim();
      if (!text) continue;
      const slug = resolve(text);
      const count = Number(values[`gpu${row}n`] ?? '1');
      if (!slug) fieldErrors[`gpu${row}`] = `“${text}” is not a GPU in the catalog; pick one from the list`;
      else if (!Number.isInteger(count) || count < 1 || count > MAX_GPUS_PER_ROW) fieldErrors[`gpu${row}n`] = `choose 1 to ${MAX_GPUS_PER_ROW}`;
      else gpus.push(...Array<string>(count).fill(slug));
    }
    if (gpus.length === 0 && !fieldErrors.gpu1 && !fieldErrors.gpu2) fieldErrors.gpu1 = 'choose at least one GPU';
  }

  const candidate = {
    hw: values.hw,
    gpu: values.hw === 'gpu' && gpus.length > 0 ? gpus.join(',') : undefined,
    mac: values.hw === 'mac' ? values.mac || undefined : undefined,
    cpu: values.hw === 'cpu' ? values.cpu || undefined : undefined,
    mem: values.hw === 'other' ? values.mem || undefined : undefined,
    bw: values.hw === 'other' ? values.bw || undefined : undefined,
    ram: values.hw === 'mac' ? undefined : values.ram || undefined,
    os: values.hw === 'mac' ? 'macos' : values.os || undefined,
    use: values.use || undefined,
    ctx: values.ctx || undefined,
    pri: values.pri || undefined,
    tool: values.tool || undefined,
  };
  const parsed = wizardParamsSchema.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors)) {
      const target = field === 'gpu' ? 'gpu1' : field;
      if (messages?.[0] && !fieldErrors[target]) fieldErrors[target] = messages[0];
    }
  }
  if (Object.keys(fieldErrors).length > 0 || !parsed.success) {
    return { ok: false, message: 'Some answers need a fix before we can rank models.', fieldErrors, values };
  }
  const data = parsed.data;
  redirect(canonicalWizardPath(data));
}
