import { z } from 'zod';

// Validated configuration. Everything has a default that works on a fresh clone.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'DATABASE_URL must start with file: (SQLite) or postgresql://')
    .default('file:./data/quantwise.db'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // How stale an instance may be about the catalog: it re-reads the CatalogRevision row at most
  // this often (lib/data/catalog-revision.ts), so an edit on one instance shows on every other
  // within about this many seconds. Each read is one primary-key lookup.
  CATALOG_SYNC_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
