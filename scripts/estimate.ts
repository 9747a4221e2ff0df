// `npm run -s estimate < request.json`: one estimate request (or an array) on stdin, the JSON
// response on stdout. Exit 0, or 2 with `{ "error": { "field", "message" } }`.
// Model and device slugs resolve against the catalog database (DATABASE_URL).
import { existsSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { runEstimateRequests } from '@/lib/estimate';

function fail(field: string, message: string): never {
  process.stdout.write(`${JSON.stringify({ error: { field, message } })}\n`);
  process.exit(2);
}

const input = await text(process.stdin);
let json: unknown;
try {
  json = JSON.parse(input);
} catch {
  fail('(input)', 'stdin is not valid JSON');
}

const url = process.env.DATABASE_URL ?? 'file:./data/quantwise.db';
if (url.startsWith('file:') && !existsSync(url.slice('file:'.length))) {
  fail('(catalog)', `no catalog database at ${url}: run "npm run db:setup" first`);
}
const { getCatalogSnapshot } = await import('@/lib/data/catalog-snapshot');
const { db } = await import('@/lib/db');
const { lookup } = await getCatalogSnapshot();
const { status, body } = runEstimateRequests(json, lookup);
await db.$disconnect();
process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
process.exit(status);
