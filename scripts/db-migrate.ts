// `npm run db:migrate`: applies pending migrations to DATABASE_URL, from prisma/sqlite/migrations
// or prisma/postgresql/migrations depending on the URL. Run it once per release, before the
// new version's instances start (docs/deploy.md).
import Database from 'better-sqlite3';
import { restrictSqliteFiles } from '@/lib/sqlite-files';
import { applyMigrations } from './lib/schema-engine.ts';
import { databaseTarget } from './lib/database-url.ts';

const target = databaseTarget();
const where = target.provider === 'sqlite' ? target.file : redact(target.url);
const applied = await applyMigrations(target);
if (target.provider === 'sqlite') {
  // WAL lets the site read while a writer (admin, seed) commits; the mode is stored in the file.
  const sqlite = new Database(target.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
  // Password hashes, sessions and the audit log live here: owner only (also for files made before this rule).
  for (const file of restrictSqliteFiles(target.file)) console.log(`Made ${file} readable by its owner only (0600).`);
}
console.log(applied.length === 0 ? `Database is up to date (${where}).` : `Applied ${applied.join(', ')} to ${where}.`);

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
