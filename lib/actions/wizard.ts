'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { matchGpuName } from '@/lib/catalog/gpu-names';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { wizardParamsSchema, wizardPath } from '@/lib/schemas/wizard';

export interface WizardFormState {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  /** Per GPU field: catalog cards to offer when the typed name matched several or none. */
  suggestions: Record<string, { slug: string; name: string }[]>;
}

const MAX_GPUS_PER_ROW = 8;

/** Validates the wizard form and redirects to the permalink results page. */
export async function wizardAction(_previous: WizardFormState, formData: FormData): Promise<WizardFormState> {
  const values = Object.fromEntries(
    [...formData.entries()].filter(([key, value]) => !key.startsWith('$') && typeof value === 'string').map(([key, value]) => [key, String(value).slice(0, 200)]),
  );
  const fieldErrors: Record<string, string> = {};
  const suggestions: WizardFormState['suggestions'] = {};
  const { hardware } = await getCatalogSnapshot();
  const catalogGpus = hardware.filter((h) => h.kind === 'gpu');
  const gpus: string[] = [];
  if (values.hw === 'gpu') {
    for (const row of ['1', '2']) {
      // What was typed wins when it names a card; otherwise a "did you mean" choice (pick-gpuN).
      const typed = values[`gpu${row}`]?.trim() ?? '';
      const picked = values[`pick-gpu${row}`]?.trim() ?? '';
      let text = typed;
      let match = typed ? matchGpuName(typed, catalogGpus) : null;
      if ((!match || !match.ok) && picked) {
        text = picked;
        match = matchGpuName(picked, catalogGpus);
        if (match.ok) values[`gpu${row}`] = match.name;
      }
      if (!match) continue;
      const count = Number(values[`gpu${row}n`] ?? '1');
      if (!match.ok) {
        fieldErrors[`gpu${row}`] =
          match.reason === 'ambiguous' ? `“${text}” could be several cards: pick yours` : `“${text}” is not a GPU in the catalog. Did you mean one of these?`;
        suggestions[`gpu${row}`] = match.suggestions;
      } else if (!Number.isInteger(count) || count < 1 || count > MAX_GPUS_PER_ROW) fieldErrors[`gpu${row}n`] = `choose 1 to ${MAX_GPUS_PER_ROW}`;
      else gpus.push(...Array<string>(count).fill(match.slug));
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
    return { ok: false, message: 'Some answers need a fix before we can rank models.', fieldErrors, values, suggestions };
  }
  const data = parsed.data;
  redirect(wizardPath(data));
}
