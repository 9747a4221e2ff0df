// `npm run db:postgres`: a throwaway PostgreSQL server for local development and benchmarks.
// Starts a fresh cluster on a free loopback port, creates the `quantwise` database, prints its
// URL and stays in the foreground; Ctrl-C stops the server and deletes everything it stored.
import { createDatabase, startThrowawayPostgres } from './lib/postgres-server.ts';

const server = await startThrowawayPostgres();
const databaseUrl = await createDatabase(server.url, 'quantwise');

console.log(`PostgreSQL ${server.version} (${server.binDir}) on ${server.host}:${server.port}, data in ${server.dataDir}`);
console.log(`Server URL (superuser, trust auth on loopback): ${server.url}\n`);
console.log('Database for the app, ready to paste:');
console.log(`DATABASE_URL=${databaseUrl}\n`);
console.log('Everything is deleted on exit. Ctrl-C to stop.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.stop().then(() => {
      console.log('\nPostgreSQL stopped, data removed.');
      process.exit(0);
    });
  });
}
// Keep the event loop alive until a signal arrives.
setInterval(() => {}, 1 << 30);
