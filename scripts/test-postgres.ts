// `npm run test:postgres`: the integration suite against a real PostgreSQL server. Starts a
// throwaway cluster, runs Vitest on tests/integration and tests/admin with
// QUANTWISE_TEST_POSTGRES_URL set to it (the test support makes one database per test file
// there), stops the server and exits with Vitest's status. Extra arguments go to Vitest:
// `npm run test:postgres -- tests/admin/writes.test.ts` runs one file.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { createDatabase, startThrowawayPostgres } from './lib/postgres-server.ts';

const server = await startThrowawayPostgres();
console.log(`== PostgreSQL ${server.version} (${server.binDir}) at ${server.url}`);

const vitest = spawn('npx', ['--no-install', 'vitest', 'run', 'tests/integration', 'tests/admin', ...process.argv.slice(2)], {
  env: { ...process.env, QUANTWISE_TEST_POSTGRES_URL: server.url },
  stdio: 'inherit',
});
// On SIGINT/SIGTERM the server library stops the server at once; pass the signal on to Vitest
// (Ctrl-C in a terminal reaches it anyway) and exit with its status once it has stopped.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (vitest.exitCode === null) vitest.kill(signal);
  });
}
let status = await new Promise<number>((resolve) => {
  vitest.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
  vitest.once('error', (error) => {
    console.error(`Could not run Vitest: ${error.message}`);
    resolve(1);
  });
});

// Then the multi-instance spec end to end: two instances of a production build on one fresh
// PostgreSQL database, an edit through one visible through the other within the stated bound.
// Skipped when Vitest failed or when arguments narrowed the run to some test files.
if (status === 0 && process.argv.length <= 2) {
  const databaseUrl = await createDatabase(server.url, 'quantwise_e2e');
  console.log(`== Playwright e2e/coherence.spec.ts: two instances on ${databaseUrl}`);
  const playwright = spawn('npx', ['--no-install', 'playwright', 'test', 'e2e/coherence.spec.ts'], {
    env: { ...process.env, E2E_DATABASE_URL: databaseUrl },
    stdio: 'inherit',
  });
  status = await new Promise<number>((resolve) => {
    playwright.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
    playwright.once('error', (error) => {
      console.error(`Could not run Playwright: ${error.message}`);
      resolve(1);
    });
  });
}

await server.stop();
console.log(`== PostgreSQL stopped; exit status ${status}`);
process.exit(status);

