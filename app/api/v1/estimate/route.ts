import { getCatalogSnapshot } from '@/lib/data/catalog-snapshot';
import { runEstimateRequests } from '@/lib/estimate';
import { MAX_REQUEST_BODY_BYTES as MAX_BODY_BYTES } from '@/lib/schemas/estimate';

export const dynamic = 'force-dynamic';

const problem = (status: number, field: string, message: string) =>
  Response.json({ error: { field, message } }, { status, headers: { 'cache-control': 'no-store' } });

/** POST one estimate request, or an array of them; same contract as `npm run -s estimate`. */
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
  const { lookup } = await getCatalogSnapshot();
  const { status, body } = runEstimateRequests(json, lookup);
  return Response.json(body, { status: status === 0 ? 200 : 400, headers: { 'cache-control': 'no-store' } });
}
