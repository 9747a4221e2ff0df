import { z } from 'zod';
import { CLUSTER_LINKS, CLUSTER_MACHINES, DEFAULT_CLUSTER_LINK, DEFAULT_OS, HOST_SYSTEMS, KV_CACHE_TYPES, RUNTIMES, TOOLS, USE_CASES, WIZARD_HARDWARE_MODES } from '@/lib/enums';
import { slugSchema } from '@/lib/schemas/catalog';

// The wizard's answers as URL search params: one schema for the form action, the results page
// (permalinks), and the guides' "open in wizard" links. Strict: a forged or broken link gets a
// message naming the field, never a 500.



// Whole numbers only: one answer has one spelling, so one permalink (and one cache entry).
const gb = (field: string, max: number) =>
  z.coerce
    .number({ error: `${field} must be a number of GB` })
    .int(`${field} must be a whole number of GB`)
    .positive(`${field} must be more than 0 GB`)
    .max(max, `${field} above ${max} GB is not supported`);

export const wizardParamsSchema = z
  .object({
    hw: z.enum(WIZARD_HARDWARE_MODES, { error: `hw must be one of ${WIZARD_HARDWARE_MODES.join(', ')}` }),
    /** GPU slugs, comma-separated; repeat a slug for several identical cards. */
    gpu: z
      .string()
      .optional()
      .transform((value) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []))
      .pipe(z.array(slugSchema).max(8, 'at most 8 GPUs')),
    mac: slugSchema.optional(),
    /** An exo cluster's machines (Mac slugs, comma-separated; repeat a slug for identical Macs). */
    macs: z
      .string()
      .optional()
      .transform((value) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []))
      .pipe(z.array(slugSchema).max(CLUSTER_MACHINES.max, `at most ${CLUSTER_MACHINES.max} machines`)),
    /** How the cluster's machines are joined. */
    link: z.enum(CLUSTER_LINKS, { error: `link must be one of ${CLUSTER_LINKS.join(', ')}` }).optional(),
    cpu: slugSchema.optional(),
    /** "Other" hardware typed in: accelerator memory (GiB) and bandwidth (GB/s). */
    mem: gb('mem', 2048).optional(),
    bw: z.coerce.number({ error: 'bw must be a number of GB/s' }).int('bw must be a whole number of GB/s').positive('bw must be more than 0 GB/s').max(20000, 'bw above 20000 GB/s is not supported').optional(),
    ram: gb('ram', 4096).default(32),
    /** The system the GPUs serve: its desktop keeps part of the display GPU; headless keeps none. */
    os: z.enum(HOST_SYSTEMS, { error: `os must be one of ${HOST_SYSTEMS.join(', ')}` }).default(DEFAULT_OS),
    use: z.enum(USE_CASES, { error: 'use must be a known use case' }).default('chat'),
    ctx: z.coerce.number({ error: 'ctx must be a number of tokens' }).int('ctx must be a whole number').min(512, 'ctx must be at least 512 tokens').max(1_048_576, 'ctx above 1M tokens is not supported').default(8192),
    /** 0 = fastest, 100 = best quality. */
    pri: z.coerce.number({ error: 'pri must be 0–100' }).int().min(0, 'pri must be 0–100').max(100, 'pri must be 0–100').default(50),
    tool: z.enum(TOOLS, { error: 'tool must be a known tool or auto' }).default('auto'),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.hw === 'gpu' && value.gpu.length === 0) ctx.addIssue({ code: 'custom', path: ['gpu'], message: 'choose at least one GPU' });
    if (value.hw === 'mac' && !value.mac) ctx.addIssue({ code: 'custom', path: ['mac'], message: 'choose an Apple Silicon chip and memory' });
    if (value.hw === 'cluster' && value.macs.length < CLUSTER_MACHINES.min) {
      ctx.addIssue({ code: 'custom', path: ['macs'], message: `an exo cluster needs ${CLUSTER_MACHINES.min} to ${CLUSTER_MACHINES.max} machines` });
    }
    if (value.hw === 'cpu' && !value.cpu) ctx.addIssue({ code: 'custom', path: ['cpu'], message: 'choose a CPU machine' });
    if (value.hw === 'other' && value.mem === undefined) ctx.addIssue({ code: 'custom', path: ['mem'], message: 'enter the memory your accelerator has' });
    if (value.hw === 'other' && value.bw === undefined) ctx.addIssue({ code: 'custom', path: ['bw'], message: 'enter the memory bandwidth in GB/s' });
  })
  // A cluster's link defaults like any answer (spelled out in its permalink); other modes have none.
  .transform((value) => (value.hw === 'cluster' ? { ...value, link: value.link ?? DEFAULT_CLUSTER_LINK } : value));

export type WizardParams = z.output<typeof wizardParamsSchema>;

/** Serialises answers back into a permalink query string (stable order, defaults kept explicit). */
export function wizardQuery(params: Partial<Record<keyof WizardParams, string | number | string[] | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return search.toString();
}

/** Fields in permalink order: the same answers always give the same path (one cache entry). */
export const PATH_ORDER: readonly (keyof WizardParams)[] = ['hw', 'gpu', 'mac', 'macs', 'link', 'cpu', 'mem', 'bw', 'ram', 'os', 'use', 'ctx', 'pri', 'tool'];

/**
 * The results permalink: answers as key/value path segments, `/wizard/results/hw/gpu/gpu/a,b/ram/32/…`.
 * A path (not a query string) lets Next.js render each distinct answer set once and serve it from
 * its route cache afterwards.
 */
export function wizardPath(answers: Partial<Record<keyof WizardParams, string | number | readonly string[] | undefined>>): string {
  const segments: string[] = [];
  for (const key of PATH_ORDER) {
    const value = answers[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    segments.push(key, encodeURIComponent(Array.isArray(value) ? value.join(',') : String(value)));
  }
  return `/wizard/results/${segments.join('/')}`;
}

/** The answers that matter for a hardware mode: a Mac's RAM and OS are its own, a GPU list means nothing to a CPU answer. */
const FIELDS_BY_MODE: Record<WizardParams['hw'], readonly (keyof WizardParams)[]> = {
  gpu: ['hw', 'gpu', 'ram', 'os', 'use', 'ctx', 'pri', 'tool'],
  mac: ['hw', 'mac', 'use', 'ctx', 'pri', 'tool'],
  // Every machine of an exo cluster is a Mac: its memory is its own, its OS macOS.
  cluster: ['hw', 'macs', 'link', 'use', 'ctx', 'pri', 'tool'],
  cpu: ['hw', 'cpu', 'ram', 'os', 'use', 'ctx', 'pri', 'tool'],
  other: ['hw', 'mem', 'bw', 'ram', 'os', 'use', 'ctx', 'pri', 'tool'],
};

/**
 * The one permalink of a validated answer set: only the fields its hardware mode uses, every
 * default spelled out, in PATH_ORDER. The form, the results page's links, the guides' presets and
 * proxy.ts (which redirects any other spelling here) all use it.
 */
export function canonicalWizardPath(params: WizardParams): string {
  return wizardPath(Object.fromEntries(FIELDS_BY_MODE[params.hw].map((field) => [field, params[field]])));
}

/** Path segments back into the key/value record the schema validates (odd counts and repeats fail there). */
export function answersFromSegments(segments: readonly string[]): { ok: true; answers: Record<string, string> } | { ok: false; error: string } {
  if (segments.length % 2 !== 0 || segments.length > 2 * PATH_ORDER.length) return { ok: false, error: 'the link must alternate answer names and values' };
  const answers: Record<string, string> = {};
  for (let i = 0; i < segments.length; i += 2) {
    const key = safeDecode(segments[i]!);
    if (Object.hasOwn(answers, key)) return { ok: false, error: `${key} appears twice` };
    answers[key] = safeDecode(segments[i + 1]!);
  }
  return { ok: true, answers };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Hardware tiers the guides link to, as wizard answers. Slugs are checked against the catalog by a test. */
export const WIZARD_PRESETS = {
  laptop: { hw: 'cpu', cpu: 'intel-core-ultra-7-155h-16gb-lpddr5x', ram: 16, os: 'windows', use: 'chat', ctx: 4096 },
  // Laptop memory, one catalog row per type (the wizard's laptop presets): bandwidth = MT/s × 128-bit bus, sourced on each row's page.
  'laptop-ddr4': { hw: 'cpu', cpu: 'amd-ryzen-7-5800u-16gb-ddr4-3200', ram: 16, os: 'windows', use: 'chat', ctx: 4096 },
  'laptop-ddr5': { hw: 'cpu', cpu: 'amd-ryzen-7-8845hs-32gb-ddr5-5600', ram: 32, os: 'windows', use: 'chat', ctx: 8192 },
  'laptop-lpddr5x': { hw: 'cpu', cpu: 'amd-ryzen-7-8845hs-32gb-lpddr5x-7500', ram: 32, os: 'windows', use: 'chat', ctx: 8192 },
  'gaming-8gb': { hw: 'gpu', gpu: 'geforce-rtx-4060', ram: 16, os: 'windows', use: 'chat', ctx: 8192 },
  'gaming-12gb': { hw: 'gpu', gpu: 'geforce-rtx-3060-12gb', ram: 32, os: 'windows', use: 'coding', ctx: 8192 },
  'gaming-24gb': { hw: 'gpu', gpu: 'geforce-rtx-4090', ram: 64, os: 'windows', use: 'chat', ctx: 8192 },
  'apple-8gb': { hw: 'mac', mac: 'apple-m2-8c-8gb', ram: 8, os: 'macos', use: 'chat', ctx: 4096 },
  'apple-16gb': { hw: 'mac', mac: 'apple-m4-10c-16gb', ram: 16, os: 'macos', use: 'chat', ctx: 8192 },
  'apple-64gb': { hw: 'mac', mac: 'apple-m4-max-40c-64gb', ram: 64, os: 'macos', use: 'chat', ctx: 16384 },
  'workstation-2x3090': { hw: 'gpu', gpu: 'geforce-rtx-3090,geforce-rtx-3090', ram: 128, os: 'linux', use: 'chat', ctx: 8192 },
} as const satisfies Record<string, Record<string, string | number>>;

export type WizardPreset = keyof typeof WIZARD_PRESETS;

/** The wizard's laptop presets, by memory type: DDR4 and DDR5 SO-DIMMs (socketed), LPDDR5X (soldered). */
export const LAPTOP_MEMORY_PRESETS = [
  { memory: 'DDR4', preset: 'laptop-ddr4' },
  { memory: 'DDR5', preset: 'laptop-ddr5' },
  { memory: 'LPDDR5X', preset: 'laptop-lpddr5x' },
] as const satisfies readonly { memory: string; preset: WizardPreset }[];

export function presetHref(preset: string): string | null {
  const answers = WIZARD_PRESETS[preset as WizardPreset];
  const parsed = answers ? wizardParamsSchema.safeParse(answers) : null;
  return parsed?.success ? canonicalWizardPath(parsed.data) : null;
}

const quantParam = z.string().regex(/^[A-Za-z0-9_.-]{2,20}$/, 'quant must be a format name such as Q4_K_M').transform((q) => q.toUpperCase());
const contextParam = z.coerce.number({ error: 'ctx must be a number of tokens' }).int('ctx must be a whole number').min(512, 'ctx must be at least 512 tokens').max(1_048_576, 'ctx above 1M tokens is not supported');
const runtimeParam = z.enum(RUNTIMES, { error: `runtime must be one of ${RUNTIMES.join(', ')}` });

/** "What do I need?": a model and how it should run → hardware options. */
export const planParamsSchema = z
  .object({
    model: slugSchema,
    quant: quantParam,
    ctx: contextParam.default(8192),
    tps: z.coerce.number({ error: 'tps must be a number' }).min(0.5, 'tps must be at least 0.5 tokens/s').max(1000, 'tps above 1000 is not supported').default(10),
    users: z.coerce.number({ error: 'users must be a number' }).int('users must be a whole number').min(1, 'users must be at least 1').max(256, 'users above 256 is not supported').default(1),
    /** A llama.cpp-family tool (Ollama, LM Studio) to run GGUF files with instead of llama.cpp. */
    runtime: runtimeParam.optional(),
    /** KV-cache precision; absent: the runtime's default. */
    kv: z.enum(KV_CACHE_TYPES, { error: `kv must be one of ${KV_CACHE_TYPES.join(', ')}` }).optional(),
    /** Page of the options (20 a page). */
    page: z.coerce.number({ error: 'page must be a number' }).int('page must be a whole number').min(1, 'page must be at least 1').max(1000, 'page above 1000 is not supported').optional(),
  })
  .strict();

/** A model page's "on your hardware" choice: ?hardware=&n=&quant=&ctx=&runtime= (no hardware: memory only). */
export const modelChoiceParamsSchema = z
  .object({
    hardware: slugSchema.optional(),
    n: z.coerce.number({ error: 'n must be a number of devices' }).int().min(1, 'n must be 1 to 8').max(8, 'n must be 1 to 8').default(1),
    quant: quantParam.default('Q4_K_M'),
    ctx: contextParam.default(8192),
    runtime: runtimeParam.optional(),
  })
  .strict();



/** One column of /compare, encoded as model~quant~hardware~count~context[~runtime]. */
const compareChoiceSchema = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const [model, quant, hardware, count = '1', context = '8192', runtime] = value.split('~');
    const parsed = z
      .object({
        model: slugSchema,
        quant: quantParam,
        hardware: slugSchema,
        count: z.coerce.number().int().min(1).max(8),
        context: contextParam,
        runtime: runtimeParam.optional(),
      })
      .safeParse({ model, quant, hardware, count, context, runtime: runtime || undefined });
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not model~quant~hardware~count~context[~runtime] (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})` });
      return z.NEVER;
    }
    return parsed.data;
  });

export const compareParamsSchema = z.object({ c: z.array(compareChoiceSchema).min(2, 'compare needs at least two choices').max(4, 'compare takes at most four choices') }).strict();
