// `npm run db:backup -- [file]`: a consistent online backup of DATABASE_URL that only its owner can
// read (it holds password hashes, sessions and the audit log). SQLite: better-sqlite3's backup API
// (safe while the site runs, WAL included), default data/backups/quantwise-<date>.db. PostgreSQL:
// pg_dump in custom format (POSTGRES_BIN_DIR or PATH), default quantwise-<date>.dump. The file is
// created 0600 and a new folder 0700, whatever the umask.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { postgresConnection } from '@/lib/database-url';
import { databaseTarget } from './lib/database-url.ts';

// Everything this process creates is private from the first byte.
process.umask(0o077);

const target = databaseTarget();
const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
const destination = path.resolve(process.argv[2] ?? (target.provider === 'sqlite' ? `data/backups/quantwise-${stamp}.db` : `quantwise-${stamp}.dump`));
if (existsSync(destination)) {
  console.error(`${destination} exists already: choose another file.`);
  process.exit(2);
}
mkdirSync(path.dirname(destination), { recursive: true, mode: 0o700 });

if (target.provider === 'sqlite') {
  const sqlite = new Database(target.file, { readonly: true, fileMustExist: true });
  try {
    await sqlite.backup(destination);
  } finally {
    sqlite.close();
  }
} else {
  const binDir = process.env.POSTGRES_BIN_DIR;
  const pgDump = binDir ? path.join(binDir, 'pg_dump') : 'pg_dump';
  // libpq refuses Prisma's connection_limit and schema parameters: the URL without them, the schema as -n.
  const { pool, schema } = postgresConnection(target.url);
  const result = spawnSync(pgDump, ['-Fc', '-d', pool.connectionString, ...(schema ? ['-n', schema] : []), '-f', destination], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(result.error ? `Could not run ${pgDump}: ${result.error.message}` : `pg_dump failed (exit ${result.status}).`);
    process.exit(1);
  }
}
chmodSync(destination, 0o600);
console.log(`Backed up to ${destination} (0600).`);
