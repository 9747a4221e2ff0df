// `npm run bench:wizard`: load test against `next start` on loopback. autocannon, 50 connections,
// 20 s per target: a bare route handler that reads one catalog row (the baseline), the wizard's
// results page for several hardware profiles, then the catalog list: /models and a filter
// permalink. Prints req/s, p99, errors and the ratio to the baseline measured in the same run, and
// checks that the catalog pages serve at least half the wizard results' median req/s (exit 1 if
// not). Needs a production build (`npm run build`).
import autocannon from 'autocannon';
import { startServer } from './lib/server.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = 50;
const port = Number(process.env.BENCH_PORT ?? 3400);

const targets = [
  { name: 'baseline: GET /api/v1/hardware/geforce-rtx-4090 (one catalog row)', path: '/api/v1/hardware/geforce-rtx-4090', group: 'baseline' },
  { name: 'wizard results: RTX 3060 12 GB, coding', path: '/wizard/results/hw/gpu/gpu/geforce-rtx-3060-12gb/ram/32/os/windows/use/coding/ctx/8192/pri/50/tool/auto', group: 'wizard' },
  { name: 'wizard results: 2× RTX 3090, chat', path: '/wizard/results/hw/gpu/gpu/geforce-rtx-3090%2Cgeforce-rtx-3090/ram/128/os/linux/use/chat/ctx/8192/pri/50/tool/auto', group: 'wizard' },
  { name: 'wizard results: M2 8 GB, chat', path: '/wizard/results/hw/mac/mac/apple-m2-8c-8gb/use/chat/ctx/4096/pri/50/tool/auto', group: 'wizard' },
  { name: 'catalog: /models (every model)', path: '/models', group: 'catalog' },
  { name: 'catalog: /models/filter/size/small/use/coding', path: '/models/filter/size/small/use/coding', group: 'catalog' },
] as const;
// The catalog pages must stay cached like the wizard results: at least this share of their median.
const CATALOG_MIN_SHARE_OF_WIZARD = 0.5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const server = await startServer(port);
try {
  const rows: { name: string; group: string; rps: number; p99: number; errors: number; non2xx: number }[] = [];
  for (const target of targets) {
    // Warm up: first render fills the catalog snapshot and the result cache, as a live site would be.
    await fetch(`${server.url}${target.path}`);
    const result = await autocannon({ url: `${server.url}${target.path}`, connections: CONNECTIONS, duration: DURATION_S });
    rows.push({ name: target.name, group: target.group, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx });
  }
  const baseline = rows[0]!.rps;
  console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION_S} s per target, next start on ${server.url}\n`);
  console.log(['target', 'req/s', 'p99 ms', 'errors', 'non-2xx', 'vs baseline'].join(' | '));
  for (const row of rows) {
    console.log([row.name, row.rps.toFixed(0), row.p99.toFixed(0), row.errors, row.non2xx, `${((row.rps / baseline) * 100).toFixed(0)} %`].join(' | '));
  }
  const wizard = median(rows.filter((row) => row.group === 'wizard').map((row) => row.rps));
  let slow = false;
  console.log(`\ncatalog pages against the wizard results' median (${wizard.toFixed(0)} req/s), at least ${CATALOG_MIN_SHARE_OF_WIZARD * 100} % required:`);
  for (const row of rows.filter((r) => r.group === 'catalog')) {
    const share = row.rps / wizard;
    if (share < CATALOG_MIN_SHARE_OF_WIZARD) slow = true;
    console.log(`${row.name}: ${(share * 100).toFixed(0)} % ${share < CATALOG_MIN_SHARE_OF_WIZARD ? 'TOO SLOW' : 'ok'}`);
  }
  const failed = rows.some((row) => row.errors > 0 || row.non2xx > 0);
  if (failed || slow) process.exitCode = 1;
} finally {
  await server.stop();
}
