// `npm run test:postgres`: the integration suite against a real PostgreSQL server. Starts a
// throwaway cluster, runs Vitest on tests/integration and tests/admin with
// QUANTWISE_TEST_POSTGRES_URL set to it (the test support makes one database per test file
// there), stops the server and exits with Vitest's status. Extra arguments go to Vitest:
// `npm run test:postgres -- tests/admin/writes.test.ts` runs one file.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { startThrowawayPostgres } from './lib/postgres-server.ts';

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
const status = await new Promise<number>((resolve) => {
  vitest.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
  vitest.once('error', (error) => {
    console.error(`Could not run Vitest: ${error.message}`);
    resolve(1);
  });
});

await server.stop();
console.log(`== PostgreSQL stopped; Vitest exited with ${status}`);
process.exit(status);

