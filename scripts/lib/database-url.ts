import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl, type DatabaseTarget } from '@/lib/database-url';

export { DEFAULT_DATABASE_URL };

/** The database the scripts act on: DATABASE_URL, or the embedded SQLite file. Makes a SQLite file's folder. */
export function databaseTarget(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): DatabaseTarget {
  const target = parseDatabaseUrl(url);
  if (target.provider === 'sqlite') mkdirSync(path.dirname(target.file), { recursive: true });
  return target;
}
