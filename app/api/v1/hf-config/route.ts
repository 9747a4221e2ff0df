import { clientIp } from '@/lib/auth/request';
import { getConfigText, repoIdSchema, type HubFailure } from '@/lib/hf/hub-client';
import { CONFIG_FETCHES_PER_MINUTE, hubClientOptions } from '@/lib/hub-connection';
import { rateLimitKey } from '@/lib/http/client-address';
import { TokenBuckets } from '@/lib/http/rate-limit';

export const dynamic = 'force-dynamic';


const problem = (status: number, field: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { field, message } }, { status, headers: { 'cache-control': 'no-store', ...headers } });

const STATUS: Record<HubFailure, number> = {
  'invalid-request': 400,
  'not-found': 404,
  gated: 403,
  'rate-limited': 503,
  'too-large': 502,
  'bad-response': 502,
  unreachable: 502,
  timeout: 504,
};

const BUCKETS = Symbol.for('quantwise.hfConfigBuckets');
function buckets(): TokenBuckets {
  const store = globalThis as Record<symbol, TokenBuckets | undefined>;
  store[BUCKETS] ??= new TokenBuckets({ capacity: CONFIG_FETCHES_PER_MINUTE, refillPerMinute: CONFIG_FETCHES_PER_MINUTE });
  return store[BUCKETS];
}

/**
 * GET ?repo=owner/name: that repository's config.json on its main branch, read through the one
 * Hub boundary, for /your-model to estimate. Offline the answer says so plainly (502).
 */
export async function GET(request: Request) {
  const repo = repoIdSchema.safeParse(new URL(request.url).searchParams.get('repo') ?? '');
  if (!repo.success) return problem(400, 'repo', repo.error.issues[0]!.message);
  const taken = buckets().take(rateLimitKey(clientIp(request.headers)));
  if (!taken.ok) return problem(429, '(rate)', `too many config requests from this address; try again in ${taken.retryAfterSeconds} s`, { 'retry-after': String(taken.retryAfterSeconds) });
  const config = await getConfigText(repo.data, 'main', hubClientOptions());
  if (!config.ok) return problem(STATUS[config.failure], 'repo', config.message);
  return Response.json({ repoId: repo.data, revision: 'main', config: config.value }, { headers: { 'cache-control': 'no-store' } });
}
