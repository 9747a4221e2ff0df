import { DEFAULT_DATABASE_URL, parseDatabaseUrl, type DatabaseTarget } from '@/lib/database-url';
import { createPrivateSqliteFile } from '@/lib/sqlite-files';

export { DEFAULT_DATABASE_URL };

/** The database the scripts act on: DATABASE_URL, or the embedded SQLite file. Creates a SQLite file (0600) and its folder (0700) when missing. */
export function databaseTarget(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): DatabaseTarget {
  const target = parseDatabaseUrl(url);
  if (target.provider === 'sqlite') createPrivateSqliteFile(target.file);
  return target;
}
