import { z } from 'zod';
import { CLUSTER_MACHINES, GPU_FIELD_KINDS } from '@/lib/enums';
import { wizardParamsSchema, type WizardParams } from '@/lib/schemas/wizard';
import { matchGpuName } from './gpu-names';

// The wizard form ↔ its answers, as pure functions: the form's fields (two GPU rows typed as
// names or slugs, with counts) become the answers the permalink carries, and a permalink's
// answers become the form's initial values ("change answers"). The server action and the
// wizard page are thin wrappers around these.

/** How many identical cards one GPU row of the form may hold. */
const MAX_GPUS_PER_ROW = 8;

/** The catalog entries the form resolves names against. */
export interface FormHardware {
  slug: string;
  name: string;
  kind: string;
  memoryBytes: number;
}

/** Per GPU field: catalog cards to offer when the typed name matched several or none. */
export type GpuSuggestions = Record<string, { slug: string; name: string }[]>;

export type WizardFormResult =
  | { ok: true; answers: WizardParams }
  | { ok: false; fieldErrors: Record<string, string>; suggestions: GpuSuggestions; values: Record<string, string | undefined> };

/** The form's fields → validated answers, or an error per form field. */
export function wizardAnswersFromForm(values: Readonly<Record<string, string | undefined>>, hardware: readonly FormHardware[]): WizardFormResult {
  const fieldErrors: Record<string, string> = {};
  const suggestions: GpuSuggestions = {};
  // The values echoed back to the form: a "did you mean" pick replaces what was typed.
  const echoed: Record<string, string | undefined> = { ...values };
  const catalogGpus = hardware.filter((h) => GPU_FIELD_KINDS.includes(h.kind));
  const gpus: string[] = [];
  if (values.hw === 'gpu') {
    for (const row of ['1', '2']) {
      // What was typed wins when it names a card (forgiving names: "rtx3090", "4060 Ti 16GB");
      // otherwise a "did you mean" choice (pick-gpuN) made without JavaScript.
      const typed = values[`gpu${row}`]?.trim() ?? '';
      const picked = values[`pick-gpu${row}`]?.trim() ?? '';
      let text = typed;
      let match = typed ? matchGpuName(typed, catalogGpus) : null;
      if ((!match || !match.ok) && picked) {
        text = picked;
        match = matchGpuName(picked, catalogGpus);
        if (match.ok) echoed[`gpu${row}`] = match.name;
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
  // An exo cluster: two rows of Macs (a model and how many), as many machines as they add up to.
  const macs: string[] = [];
  if (values.hw === 'cluster') {
    for (const row of ['1', '2']) {
      const slug = values[`cmac${row}`]?.trim() ?? '';
      if (!slug) continue;
      const count = Number(values[`cmac${row}n`] ?? '1');
      if (!Number.isInteger(count) || count < 1 || count > CLUSTER_MACHINES.max) fieldErrors[`cmac${row}n`] = `choose 1 to ${CLUSTER_MACHINES.max}`;
      else macs.push(...Array<string>(count).fill(slug));
    }
  }
  // Only the fields of the chosen hardware mode count; a Mac's OS is macOS and its RAM its unified memory.
  const mac = values.hw === 'mac' || values.hw === 'cluster';
  const candidate = {
    hw: values.hw,
    gpu: values.hw === 'gpu' && gpus.length > 0 ? gpus.join(',') : undefined,
    mac: values.hw === 'mac' ? values.mac || undefined : undefined,
    macs: values.hw === 'cluster' && macs.length > 0 ? macs.join(',') : undefined,
    link: values.hw === 'cluster' ? values.link || undefined : undefined,
    cpu: values.hw === 'cpu' ? values.cpu || undefined : undefined,
    mem: values.hw === 'other' ? values.mem || undefined : undefined,
    bw: values.hw === 'other' ? values.bw || undefined : undefined,
    ram: mac ? undefined : values.ram || undefined,
    os: mac ? 'macos' : values.os || undefined,
    use: values.use || undefined,
    ctx: values.ctx || undefined,
    pri: values.pri || undefined,
    tool: values.tool || undefined,
  };
  const parsed = wizardParamsSchema.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors)) {
      const target = field === 'gpu' ? 'gpu1' : field === 'macs' ? 'cmac1' : field;
      if (messages?.[0] && !fieldErrors[target]) fieldErrors[target] = messages[0];
    }
  }
  if (Object.keys(fieldErrors).length > 0 || !parsed.success) return { ok: false, fieldErrors, suggestions, values: echoed };
  return { ok: true, answers: parsed.data };
}

/** Fields a permalink carries that the form shows as they are. */
const PLAIN_FIELDS = ['hw', 'mac', 'link', 'cpu', 'mem', 'bw', 'ram', 'os', 'use', 'ctx', 'pri', 'tool'] as const;

/** A permalink's answers → the form's initial values: gpu=a,a,b → GPU 1 = a ×2, GPU 2 = b (by name). */
export function formValuesFromAnswers(answers: Readonly<Record<string, string | undefined>>, hardware: readonly FormHardware[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of PLAIN_FIELDS) {
    const value = answers[key];
    if (value) values[key] = value.slice(0, 100);
  }
  const gpuSlugs = (answers.gpu ?? '').split(',').filter(Boolean);
  [...new Set(gpuSlugs)].slice(0, 2).forEach((slug, index) => {
    const name = hardware.find((h) => h.slug === slug)?.name;
    if (name) {
      values[`gpu${index + 1}`] = name;
      values[`gpu${index + 1}n`] = String(gpuSlugs.filter((s) => s === slug).length);
    }
  });
  // macs=a,a,b → cluster row 1 = a ×2, row 2 = b (the selects hold slugs).
  const macSlugs = (answers.macs ?? '').split(',').filter(Boolean);
  [...new Set(macSlugs)].slice(0, 2).forEach((slug, index) => {
    if (!hardware.some((h) => h.slug === slug)) return;
    values[`cmac${index + 1}`] = slug;
    values[`cmac${index + 1}n`] = String(macSlugs.filter((s) => s === slug).length);
  });
  return values;
}
