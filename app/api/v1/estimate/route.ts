import { clientIp } from '@/lib/auth/request';
import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { readEnv } from '@/lib/env';
import { runEstimateRequests } from '@/lib/estimate';
import { rateLimitKey } from '@/lib/http/client-address';
import { TokenBuckets } from '@/lib/http/rate-limit';
import { API_MAX_BATCH, MAX_REQUEST_BODY_BYTES as MAX_BODY_BYTES } from '@/lib/schemas/estimate';

export const dynamic = 'force-dynamic';

const problem = (status: number, field: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { field, message } }, { status, headers: { 'cache-control': 'no-store', ...headers } });

// One set of buckets per process (route bundles may load this module more than once).
const BUCKETS = Symbol.for('quantwise.estimateBuckets');
function buckets(): TokenBuckets {
  const store = globalThis as Record<symbol, TokenBuckets | undefined>;
  if (!store[BUCKETS]) {
    const env = readEnv();
    store[BUCKETS] = new TokenBuckets({ capacity: env.ESTIMATE_BURST, refillPerMinute: env.ESTIMATE_RATE_PER_MINUTE });
  }
  return store[BUCKETS];
}

/**
 * POST one estimate request, or an array of them; same contract as `npm run -s estimate`. Each
 * client address has a token bucket (ESTIMATE_BURST, refilled at ESTIMATE_RATE_PER_MINUTE); an
 * estimate costs one token, so a batch costs its length. Over it: 429 with Retry-After.
 */
export async function POST(request: Request) {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) return problem(413, '(body)', `request body over ${MAX_BODY_BYTES} bytes`);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return problem(413, '(body)', `request body over ${MAX_BODY_BYTES} bytes`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem(400, '(body)', 'the body is not valid JSON');
  }
  const cost = Array.isArray(json) ? Math.min(Math.max(json.length, 1), API_MAX_BATCH) : 1;
  const taken = buckets().take(rateLimitKey(clientIp(request.headers)), cost);
  if (!taken.ok) {
    return problem(429, '(rate)', `too many estimates from this address; try again in ${taken.retryAfterSeconds} s`, { 'retry-after': String(taken.retryAfterSeconds) });
  }
  const { lookup } = await getCatalogSnapshot();
  const { status, body } = runEstimateRequests(json, lookup, API_MAX_BATCH);
  return Response.json(body, { status: status === 0 ? 200 : 400, headers: { 'cache-control': 'no-store' } });
}
