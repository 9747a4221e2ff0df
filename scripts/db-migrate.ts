// `npm run db:migrate`: applies pending migrations from prisma/migrations to DATABASE_URL.
import Database from 'better-sqlite3';
import { applyMigrations } from './lib/schema-engine.ts';
import { sqliteFilePath } from './lib/database-url.ts';

const filePath = sqliteFilePath();
const applied = await applyMigrations(filePath);
// WAL lets the site read while a writer (admin, seed) commits; the mode is stored in the file.
const sqlite = new Database(filePath);
sqlite.pragma('journal_mode = WAL');
sqlite.close();
console.log(applied.length === 0 ? `Database is up to date (${filePath}).` : `Applied ${applied.join(', ')} to ${filePath}.`);
