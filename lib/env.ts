import { statSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_PAGE_CACHE_MB } from '@/lib/page-cache-config.mjs';
import { API_MAX_BATCH } from '@/lib/schemas/estimate';

export const DEFAULT_SITE_URL = 'http://localhost:3000';

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
  // The public origin: links in metadata, and the only Origin state-changing requests may carry
  // (lib/auth/origin.ts; in development, a request's own origin too).
  SITE_URL: z.url({ protocol: /^https?$/, error: 'SITE_URL must be an http(s) URL such as https://quantwise.example' }).default(DEFAULT_SITE_URL),
  // How many reverse proxies in front of the app append to X-Forwarded-For: the client address is
  // the entry that many hops from the right (0: the TCP peer, and X-Forwarded-For is ignored).
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  // The page cache (cache-handler.mjs) keeps rendered pages in memory up to this many MiB,
  // evicting the least recently used.
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(65_536).default(DEFAULT_PAGE_CACHE_MB),
  // POST /api/v1/estimate: each client address gets a token bucket of ESTIMATE_BURST estimates,
  // refilled at ESTIMATE_RATE_PER_MINUTE; a batch costs one token per estimate in it.
  ESTIMATE_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  ESTIMATE_BURST: z.coerce.number().int().min(API_MAX_BATCH, `ESTIMATE_BURST must be at least ${API_MAX_BATCH}, the largest batch the API takes`).max(1_000_000).default(120),
  // Tests and the e2e run: the Hugging Face Hub is this directory of recorded responses
  // (fixtures/hf-hub) and nothing else (lib/hub-connection.ts). Unset: the real Hub.
  HF_HUB_RECORDINGS: z
    .string()
    .min(1)
    .refine((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true, 'HF_HUB_RECORDINGS must name a directory of recorded Hub responses, such as fixtures/hf-hub')
    .optional(),
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
