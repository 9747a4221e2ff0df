import { z } from 'zod';
import { SPEED_BACKENDS, SPEED_PRIORS, type Prior, type SpeedParam } from '@/lib/estimate/backends';

// The fitted speed constants file (lib/estimate/fitted/speed-constants.json), as scripts/fit-speed.ts
// writes it: every fitted constant inside the physical range its prior states, bands as factors of
// at least 1, and the record of how and on what it was fitted. The script validates before writing;
// backends.test.ts validates the committed file.

const bandFactor = z.object({ factor: z.number().min(1).max(100), heldOutRows: z.number().int().nonnegative(), thin: z.boolean() }).strict();
const speedBands = z.object({ byBackend: z.record(z.string().min(1), bandFactor), pooled: bandFactor, unseen: z.number().min(1).max(100) }).strict();
const errorSummary = z
  .object({
    n: z.number().int().nonnegative(),
    medianAbsPctErr: z.number().nonnegative().nullable(),
    p90AbsPctErr: z.number().nonnegative().nullable(),
    bandCoverage: z.number().min(0).max(1).nullable(),
  })
  .strict();

/** One backend's fitted constants: exactly the ones with a prior, each within the prior's range. */
const backendSchema = (priors: Partial<Record<SpeedParam, Prior>>) =>
  z
    .object(Object.fromEntries(Object.entries(priors).map(([name, p]) => [name, z.number().min(p.min).max(p.max)])))
    .strict();

export const speedConstantsFileSchema = z
  .object({
    about: z.string().min(1),
    generatedBy: z.string().min(1),
    fittedOn: z.iso.date(),
    dataHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    objective: z.string().min(1),
    folds: z.number().int().min(2),
    rows: z.object({ decode: z.number().int().nonnegative(), prefill: z.number().int().nonnegative(), sources: z.number().int().nonnegative() }).strict(),
    backends: z.object(Object.fromEntries(SPEED_BACKENDS.map((b) => [b, backendSchema(SPEED_PRIORS[b])]))).strict(),
    bands: z.object({ decode: speedBands, prefill: speedBands }).strict(),
    inSample: z.object({ decode: errorSummary, prefill: errorSummary }).strict(),
    crossValidation: z
      .object({
        decode: errorSummary,
        prefill: errorSummary,
        byBackend: z.array(z.object({ metric: z.enum(['decode', 'prefill']), backend: z.string(), heldOut: errorSummary }).strict()),
      })
      .strict(),
  })
  .strict();
