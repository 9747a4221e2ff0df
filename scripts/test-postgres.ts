// `npm run test:postgres`: the integration suite against a real PostgreSQL server. Starts a
// throwaway cluster, runs Vitest on tests/integration and tests/admin with
// QUANTWISE_TEST_POSTGRES_URL set to it (the test support makes one database per test file
// there), then the two-instance Playwright spec on a fresh database of it, stops the server and
// exits with the first failing status. Extra arguments go to Vitest (e.g. `-t <test name>`) and
// skip the Playwright step.
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { createDatabase, startThrowawayPostgres } from './lib/postgres-server.ts';

const server = await startThrowawayPostgres();
console.log(`== PostgreSQL ${server.version} (${server.binDir}) at ${server.url}`);

let current: ChildProcess | null = null;
// On SIGINT/SIGTERM the server library stops the server at once; pass the signal on to the
// running tool (Ctrl-C in a terminal reaches it anyway) and exit with its status once it stops.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (current && current.exitCode === null) current.kill(signal);
  });
}

/** Runs `npx <tool> …args` with `env` added; resolves with its exit status. */
function run(tool: string, args: string[], env: Record<string, string>): Promise<number> {
  const child = spawn('npx', ['--no-install', tool, ...args], { env: { ...process.env, ...env }, stdio: 'inherit' });
  current = child;
  return new Promise<number>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
    child.once('error', (error) => {
      console.error(`Could not run ${tool}: ${error.message}`);
      resolve(1);
    });
  });
}

let status = await run('vitest', ['run', 'tests/integration', 'tests/admin', ...process.argv.slice(2)], { QUANTWISE_TEST_POSTGRES_URL: server.url });

// Then the multi-instance spec end to end: two instances of a production build on one fresh
// PostgreSQL database, an edit through one visible through the other within the stated bound.
// Skipped when Vitest failed or when arguments narrowed the run to some test files.
if (status === 0 && process.argv.length <= 2) {
  const databaseUrl = await createDatabase(server.url, 'quantwise_e2e');
  console.log(`== Playwright e2e/coherence.spec.ts: two instances on ${databaseUrl}`);
  status = await run('playwright', ['test', 'e2e/coherence.spec.ts'], { E2E_DATABASE_URL: databaseUrl });
}

await server.stop();
console.log(`== PostgreSQL stopped; exit status ${status}`);
process.exit(status);

