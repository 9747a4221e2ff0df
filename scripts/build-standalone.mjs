// `npm run build:standalone`: a self-contained production server in .next/standalone (docs/deploy.md).
// Next traces the server's code and node_modules into that folder, but leaves out what a CDN
// usually serves; this script builds, then copies in:
//   public/ (when present) and .next/static/   (never traced; server.js serves them when present)
//   prisma/<engine>/migrations/                 (read by /api/health to report `pending`)
//   content/guides/, fixtures/reference/        (read with fs at render time)
//   the cacheHandler(s) next.config.mjs names   (not traced by next 16.4.6 with Turbopack: without
//                                                the file every request answers 500)
// The trace of next 16.4.6 does pick up the migrations, guides and fixtures (it follows
// path.join(process.cwd(), …)), but that is a heuristic: copying them does not depend on it.
// A cache handler is copied as one file, plus lib/page-cache-config.mjs, the one module of ours
// cache-handler.mjs imports.
// Then it checks that the pieces the server loads lazily (native modules, the Prisma query
// compilers) are there, so a missing one fails the build instead of the first request needing it.
// `--assemble-only` skips the build. Plain Node, no dependencies; run it from the repo root (npm does).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = process.cwd();
const distDir = path.join(root, '.next');
const standalone = path.join(distDir, 'standalone');

// 1. Build with `output: 'standalone'` (next.config.mjs reads QUANTWISE_STANDALONE). The build reads
// the catalog to prerender pages: without DATABASE_URL it prepares the default SQLite file from the
// seed files, as `npm start` does; a DATABASE_URL that is set is used as it is, never migrated here.
if (!process.argv.includes('--assemble-only')) {
  if (!process.env.DATABASE_URL) {
    for (const script of ['db:migrate', 'db:seed']) run('npm', ['run', '-s', script]);
  }
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  run(process.execPath, [nextBin, 'build'], { QUANTWISE_STANDALONE: '1' });
}
if (!existsSync(path.join(standalone, 'server.js'))) {
  fail(`${path.relative(root, standalone)}/server.js is missing: the build did not emit a standalone server at the folder's top` +
    ' (a nested path there means Next picked a tracing root above this repo; set outputFileTracingRoot).');
}

// 2. Copy what the trace leaves out. Each copy replaces the previous one, so a rebuild never keeps stale files.
const copies = [
  ...(existsSync(path.join(root, 'public')) ? [['public', 'public']] : []),
  ['.next/static', '.next/static'],
  ['prisma/sqlite/migrations', 'prisma/sqlite/migrations'],
  ['prisma/postgresql/migrations', 'prisma/postgresql/migrations'],
  ['content/guides', 'content/guides'],
  ['fixtures/reference', 'fixtures/reference'],
  // Imported by cache-handler.mjs (its size cap), next to it as in the repository.
  ['lib/page-cache-config.mjs', 'lib/page-cache-config.mjs'],
];
for (const [from, to] of copies) copyInto(from, to);

// The cache handlers: required-server-files.json holds their paths relative to .next, and the
// standalone server resolves the same relative paths against its own .next folder.
const { config } = JSON.parse(readFileSync(path.join(distDir, 'required-server-files.json'), 'utf8'));
const handlers = [config.cacheHandler, ...Object.values(config.cacheHandlers ?? {})].filter(Boolean);
for (const handler of handlers) {
  const source = path.resolve(distDir, handler);
  const target = path.resolve(standalone, '.next', handler);
  if (!target.startsWith(standalone + path.sep)) fail(`cache handler ${source} lies outside the standalone folder once shipped (${target})`);
  if (!existsSync(source)) fail(`cache handler ${source} named by next.config.mjs does not exist`);
  copyInto(path.relative(root, source), path.relative(standalone, target));
}

// 3. Check the pieces loaded at runtime by a computed path or a native loader, per engine.
const required = [
  'node_modules/@prisma/client/runtime/query_compiler_fast_bg.sqlite.wasm-base64.mjs',
  'node_modules/@prisma/client/runtime/query_compiler_fast_bg.postgresql.wasm-base64.mjs',
  'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  'node_modules/@prisma/adapter-better-sqlite3/package.json',
  'node_modules/pg/package.json',
  'node_modules/@prisma/adapter-pg/package.json',
  'node_modules/@node-rs/argon2/package.json',
  'node_modules/next/dist/server/lib/incremental-cache/file-system-cache.js',
];
const missing = required.filter((file) => !existsSync(path.join(standalone, file)));
// @node-rs/argon2 loads its native binary from a per-platform package (@node-rs/argon2-linux-x64-gnu, …).
const argon2Native = path.join(standalone, 'node_modules/@node-rs');
if (!existsSync(argon2Native) || !readdirSync(argon2Native).some((name) => name.startsWith('argon2-'))) missing.push('node_modules/@node-rs/argon2-<platform>');
if (missing.length > 0) fail(`the standalone folder lacks what the server loads at runtime:\n  ${missing.join('\n  ')}`);

console.log(`\nStandalone server assembled in ${path.relative(root, standalone)}/ (copied: ${[...copies.map(([from]) => from), ...handlers.map((h) => path.relative(root, path.resolve(distDir, h)))].join(', ')}).`);
console.log(`Start it with: PORT=3000 HOSTNAME=0.0.0.0 NODE_ENV=production DATABASE_URL=… node ${path.relative(root, standalone)}/server.js`);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function copyInto(from, to) {
  const source = path.join(root, from);
  if (!existsSync(source)) fail(`${from} is missing`);
  const target = path.join(standalone, to);
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
}

function fail(message) {
  console.error(`build:standalone: ${message}`);
  process.exit(1);
}
