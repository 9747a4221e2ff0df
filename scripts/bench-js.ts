// `npm run bench:js`: first-load JavaScript per page, gzipped, as a browser would download it on
// a cold visit: every <script src> in the served HTML. The floor is /hardware, a page with no
// client components of its own (the framework plus the site shell); guide and wizard pages are
// reported as their excess over that floor. Needs a production build (`npm run build`).
import { gzipSync } from 'node:zlib';
import { startServer } from './lib/server.ts';

const port = Number(process.env.BENCH_PORT ?? 3401);
const FLOOR = '/hardware';
const PAGES: { path: string; budgetKb: number | null }[] = [
  { path: FLOOR, budgetKb: null },
  { path: '/guides/model-sizes-and-memory', budgetKb: 30 },
  { path: '/guides/precision-and-quantization', budgetKb: 30 },
  { path: '/guides/running-locally', budgetKb: 30 },
  { path: '/guides/key-terms', budgetKb: 30 },
  { path: '/wizard', budgetKb: 80 },
  { path: '/wizard/results/hw/gpu/gpu/geforce-rtx-3060-12gb/ram/32/os/windows/use/coding/ctx/8192/pri/50/tool/auto', budgetKb: 80 },
];

const server = await startServer(port);
try {
  const chunkSize = new Map<string, number>();
  async function gzippedJs(path: string): Promise<{ bytes: number; chunks: Set<string> }> {
    const html = await (await fetch(`${server.url}${path}`)).text();
    const chunks = new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!));
    let bytes = 0;
    for (const chunk of chunks) {
      if (!chunkSize.has(chunk)) chunkSize.set(chunk, gzipSync(Buffer.from(await (await fetch(`${server.url}${chunk}`)).arrayBuffer()), { level: 9 }).length);
      bytes += chunkSize.get(chunk)!;
    }
    return { bytes, chunks };
  }
  const floor = await gzippedJs(FLOOR);
  console.log(`First-load JS, gzipped (level 9). Floor ${FLOOR}: ${(floor.bytes / 1024).toFixed(1)} KB\n`);
  console.log(['page', 'total KB', 'over floor KB', 'budget KB', 'ok'].join(' | '));
  let over = false;
  for (const page of PAGES) {
    const { bytes, chunks } = await gzippedJs(page.path);
    let extra = 0;
    for (const chunk of chunks) if (!floor.chunks.has(chunk)) extra += chunkSize.get(chunk)!;
    const ok = page.budgetKb === null || extra / 1024 <= page.budgetKb;
    over ||= !ok;
    console.log([page.path, (bytes / 1024).toFixed(1), (extra / 1024).toFixed(1), page.budgetKb ?? '—', ok ? 'yes' : 'NO'].join(' | '));
  }
  if (over) process.exitCode = 1;
} finally {
  await server.stop();
}
