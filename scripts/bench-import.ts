// `npm run bench:import`: does a 4 MB catalog import stall the site? Against `next start` on
// loopback (needs `npm run build` and a migrated, seeded DATABASE_URL): autocannon on a cached
// public page for BENCH_DURATION seconds alone (the baseline), then again while dry-run imports
// of a ~4 MB catalog file run back to back through POST /api/admin/import. Alternating rounds;
// prints req/s and p99 per phase, the p99 ratio per round and its median, and exits 1 when the
// median ratio is above 2 (the target) or any request failed. A dry run does every write of a real
// import and rolls it back, so the database is left as it was (plus a bench account and its sign-in).
import autocannon from 'autocannon';
import { createAccount } from '@/lib/data/auth/accounts';
import { DEFAULT_DATABASE_URL } from '@/lib/database-url';
import { createPrismaClient } from '@/lib/prisma-client';
import { startServer } from './lib/server.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 20;
const IMPORT_BYTES = 4 * 1024 * 1024;
const PAGE = '/hardware/geforce-rtx-4090';
const port = Number(process.env.BENCH_PORT ?? 3400);
const account = { email: 'bench-import@quantwise.test', password: 'quiet lantern over seven copper hills', role: 'editor' };

/** fetch, retried once when the server closed an idle keep-alive connection just as it was reused. */
async function fetchOnce(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

const prisma = createPrismaClient(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
await createAccount(prisma, account, { resetPassword: true });
await prisma.$disconnect();

const server = await startServer(port, { SITE_URL: `http://127.0.0.1:${port}` });
const origin = server.url;
try {
  const login = await fetchOnce(`${origin}/api/admin/login`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ email: account.email, password: account.password }) });
  if (login.status !== 200) throw new Error(`bench sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

  // The catalog as exported, grown to 4 MB with new hardware rows (each one a real create).
  const exported = (await (await fetchOnce(`${origin}/api/admin/export`, { headers: { cookie } })).json()) as { catalog: { hardware: Record<string, unknown>[] } };
  const template = exported.catalog.hardware[0]!;
  const row = (i: number) => ({ ...template, slug: `bench-import-${i}`, name: `Bench import ${i}`, notes: `Synthetic row ${i} for the import load benchmark. `.repeat(30) });
  // Grown to size row by row, counting each row's own length (stringifying the whole each time is quadratic).
  for (let i = 0, size = JSON.stringify(exported).length; size < IMPORT_BYTES; i++) {
    const next = row(i);
    exported.catalog.hardware.push(next);
    size += JSON.stringify(next).length + 1;
  }
  const file = JSON.stringify(exported);

  // Warm: the page is served from the page cache, as on a live site.
  for (let i = 0; i < 40 && (await fetchOnce(`${origin}${PAGE}`)).headers.get('x-nextjs-cache') !== 'HIT'; i++) await new Promise((r) => setTimeout(r, 500));

  const measure = () => autocannon({ url: `${origin}${PAGE}`, connections: CONNECTIONS, duration: DURATION_S });
  type Phase = { rps: number; p99: number; failures: number };
  const phase = (r: autocannon.Result): Phase => ({ rps: r.requests.average, p99: r.latency.p99, failures: r.errors + r.timeouts + r.non2xx });

  const rounds: { baseline: Phase; loaded: Phase; imports: number; importMs: number[] }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const baseline = phase(await measure());
    let running = true;
    const importMs: number[] = [];
    const importer = (async () => {
      while (running) {
        const started = performance.now();
        const response = await fetchOnce(`${origin}/api/admin/import?dryRun=1`, { method: 'POST', headers: { origin, cookie, 'content-type': 'application/json' }, body: file });
        const body = (await response.json()) as { ok: boolean; operations?: unknown[] };
        if (response.status !== 200 || !body.ok) throw new Error(`import answered ${response.status}`);
        importMs.push(performance.now() - started);
      }
    })();
    const loaded = phase(await measure());
    running = false;
    await importer;
    rounds.push({ baseline, loaded, imports: importMs.length, importMs });
  }

  const ratios = rounds.map((r) => r.loaded.p99 / r.baseline.p99).sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)]!;
  console.log(`autocannon: ${CONNECTIONS} connections on ${PAGE} (cached), ${DURATION_S} s per phase, ${ROUNDS} rounds; import file ${(file.length / 1024 / 1024).toFixed(1)} MB, dry runs back to back\n`);
  console.log(['round', 'alone req/s', 'alone p99 ms', 'during import req/s', 'during import p99 ms', 'p99 ratio', 'imports (median s)', 'failures'].join(' | '));
  rounds.forEach((r, i) => {
    const importMedian = [...r.importMs].sort((a, b) => a - b)[Math.floor(r.importMs.length / 2)] ?? NaN;
    console.log([i + 1, r.baseline.rps.toFixed(0), r.baseline.p99.toFixed(0), r.loaded.rps.toFixed(0), r.loaded.p99.toFixed(0), (r.loaded.p99 / r.baseline.p99).toFixed(2), `${r.imports} (${(importMedian / 1000).toFixed(1)})`, r.baseline.failures + r.loaded.failures].join(' | '));
  });
  console.log(`\nmedian p99 ratio: ${median.toFixed(2)} (target: at most 2)`);
  if (median > 2 || rounds.some((r) => r.baseline.failures + r.loaded.failures > 0 || r.imports === 0)) process.exitCode = 1;
} finally {
  await server.stop();
}
