// `npm run -s estimate < request.json`: one estimate request (or an array) on stdin, the JSON
// response on stdout. Exit 0, or 2 with `{ "error": { "field", "message" } }`. Model and device
// slugs resolve against the catalog database (DATABASE_URL). `--help` prints the usage.
//
// The output is written and drained before the process ends: it never calls process.exit(),
// which cuts a piped stdout (`| jq`) after its first 64–128 KiB.
import { existsSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { runEstimateRequests } from '@/lib/estimate';
import { MAX_BATCH } from '@/lib/schemas/estimate';

const HELP = `Usage: npm run -s estimate < request.json

Reads one estimate request, or a JSON array of up to ${MAX_BATCH} requests, from stdin and writes
the estimate (or an array of estimates, in order) to stdout as JSON. The request format is the
HTTP API's (POST /api/v1/estimate): see /api on the site.

  {"model": {"slug": "llama-3.1-8b-instruct"}, "quant": "Q4_K_M", "contextTokens": 32768,
   "hardware": {"devices": [{"slug": "geforce-rtx-4090"}], "systemMemoryBytes": 68719476736}}

Settings left out take the runtime's shipped defaults; each one applied is listed in the
estimate's "assumptions". Slugs resolve against the catalog database in DATABASE_URL
(default file:./data/quantwise.db; run "npm run db:setup" first).

Exit status: 0 when every request was estimated; 2 with {"error": {"field", "message"}} on
stdout for invalid JSON, an invalid request (the array's index is in "field") or more than
${MAX_BATCH} requests.
`;

/** Writes all of `chunk` and resolves once the stream has taken it (a pipe drains before exit). */
function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(chunk, (error) => (error ? reject(error) : resolve())));
}

async function respond(status: 0 | 2, body: unknown): Promise<void> {
  await write(`${JSON.stringify(body, null, 2)}\n`);
  process.exitCode = status;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    await write(HELP);
    return;
  }
  const input = await text(process.stdin);
  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch {
    return respond(2, { error: { field: '(input)', message: 'stdin is not valid JSON' } });
  }
  const url = process.env.DATABASE_URL ?? 'file:./data/quantwise.db';
  if (url.startsWith('file:') && !existsSync(url.slice('file:'.length))) {
    return respond(2, { error: { field: '(catalog)', message: `no catalog database at ${url}: run "npm run db:setup" first` } });
  }
  const { getCatalogSnapshot } = await import('@/lib/data/catalog-snapshot');
  const { db } = await import('@/lib/db');
  let result: ReturnType<typeof runEstimateRequests>;
  try {
    const { lookup } = await getCatalogSnapshot();
    result = runEstimateRequests(json, lookup);
  } finally {
    await db.$disconnect();
  }
  await respond(result.status, result.body);
}

await main();
