// `npm run bench:scale`: one, then two app instances on loopback against one PostgreSQL (a
// throwaway local cluster, migrated and seeded), each driven through the wizard's result pages
// with autocannon, in alternating rounds. Prints medians of req/s and p99, total errors, and the
// two-instance figure as a ratio of the one-instance figure measured in the same run. Needs a
// production build (`npm run build`).
// With two instances, two autocannon clients (half the connections each) run at once, one per
// instance, as a load balancer would split them; req/s add up and p99 is the worse of the two.
import autocannon from 'autocannon';
import { applyMigrations } from './lib/schema-engine.ts';
import { createDatabase, startThrowawayPostgres } from './lib/postgres-server.ts';
import { loadSeedData, seedDatabase } from '@/lib/data/catalog-seed';
import { startServer, type RunningServer } from './lib/server.ts';
import { createPrismaClient } from '@/lib/prisma-client';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 50;
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3450);

// Answer sets a visitor might submit: each connection walks through all of them in turn.
const WIZARD_PATHS = [
  '/wizard/results/hw/gpu/gpu/geforce-rtx-3060-12gb/ram/32/os/windows/use/coding/ctx/8192/pri/50/tool/auto',
  '/wizard/results/hw/gpu/gpu/geforce-rtx-3090%2Cgeforce-rtx-3090/ram/128/os/linux/use/chat/ctx/8192/pri/50/tool/auto',
  '/wizard/results/hw/mac/mac/apple-m2-8c-8gb/use/chat/ctx/4096/pri/50/tool/auto',
  '/wizard/results/hw/gpu/gpu/geforce-rtx-4090/ram/64/os/linux/use/reasoning/ctx/32768/pri/70/tool/auto',
];

interface Figures {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function drive(servers: RunningServer[]): Promise<Figures> {
  const results = await Promise.all(
    servers.map((server) =>
      autocannon({
        url: server.url,
        connections: Math.round(CONNECTIONS / servers.length),
        duration: DURATION_S,
        requests: WIZARD_PATHS.map((path) => ({ method: 'GET', path })),
      }),
    ),
  );
  return {
    rps: results.reduce((sum, r) => sum + r.requests.average, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
  };
}

async function untilCached(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await fetch(url).then(async (response) => (await response.arrayBuffer(), response.headers.get('x-nextjs-cache')))) !== 'HIT') {
    if (Date.now() > deadline) throw new Error(`${url} was not served from the page cache within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function withInstances<T>(count: number, databaseUrl: string, work: (servers: RunningServer[]) => Promise<T>): Promise<T> {
  const servers: RunningServer[] = [];
  try {
    for (let i = 0; i < count; i++) servers.push(await startServer(BASE_PORT + i, { DATABASE_URL: databaseUrl }));
    // Warm up until every result page is served from the page cache, as on a live site: a fresh
    // instance renders pages per request for its first seconds (the cache handler's grace after
    // the first catalog revision it reads).
    for (const server of servers) for (const path of WIZARD_PATHS) await untilCached(`${server.url}${path}`);
    return await work(servers);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

const postgres = await startThrowawayPostgres();
try {
  const databaseUrl = await createDatabase(postgres.url, 'quantwise_bench');
  await applyMigrations({ provider: 'postgresql', url: databaseUrl });
  const prisma = createPrismaClient(databaseUrl);
  try {
    await seedDatabase(prisma, loadSeedData());
  } finally {
    await prisma.$disconnect();
  }

  // Rounds alternate one and two instances, so drift in the machine's load hits both alike.
  const rounds: { one: Figures; two: Figures }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    rounds.push({ one: await withInstances(1, databaseUrl, drive), two: await withInstances(2, databaseUrl, drive) });
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  const summary = (pick: (round: { one: Figures; two: Figures }) => Figures): Figures => ({
    rps: median(rounds.map((r) => pick(r).rps)),
    p99: median(rounds.map((r) => pick(r).p99)),
    errors: rounds.reduce((sum, r) => sum + pick(r).errors, 0),
    non2xx: rounds.reduce((sum, r) => sum + pick(r).non2xx, 0),
  });
  const one = summary((r) => r.one);
  const two = summary((r) => r.two);

  console.log(`autocannon: ${CONNECTIONS} connections in total, ${DURATION_S} s per setup, ${WIZARD_PATHS.length} wizard result pages in turn, ${ROUNDS} rounds`);
  console.log(`PostgreSQL ${postgres.version} on 127.0.0.1:${postgres.port}; app instances: next start on ports ${BASE_PORT}+`);
  console.log(`per round, req/s (1 → 2 instances): ${rounds.map((r) => `${r.one.rps.toFixed(0)} → ${r.two.rps.toFixed(0)}`).join(', ')}\n`);
  console.log(['setup (median of rounds)', 'req/s', 'p99 ms', 'errors', 'non-2xx', 'vs one instance'].join(' | '));
  for (const [name, row] of [['1 instance', one], ['2 instances', two]] as const) {
    console.log([name, row.rps.toFixed(0), row.p99.toFixed(0), row.errors, row.non2xx, `${((row.rps / one.rps) * 100).toFixed(0)} %`].join(' | '));
  }
  if ([one, two].some((row) => row.errors > 0 || row.non2xx > 0)) process.exitCode = 1;
} finally {
  await postgres.stop();
}
