import path from 'node:path';

// Which database engine a DATABASE_URL selects. Shared by the app (lib/prisma-client.ts), the
// health check and the scripts, so every part of the system agrees on it.

export const DEFAULT_DATABASE_URL = 'file:./data/quantwise.db';

export const PROVIDERS = ['sqlite', 'postgresql'] as const;
export type DatabaseProvider = (typeof PROVIDERS)[number];

export type DatabaseTarget =
  | { provider: 'sqlite'; url: string; /** absolute path of the database file */ file: string }
  | { provider: 'postgresql'; url: string };

/** `file:` selects SQLite (a path relative to the working directory); `postgres(ql)://` selects PostgreSQL. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('file:')) return { provider: 'sqlite', url, file: path.resolve(url.slice('file:'.length)) };
  if (/^postgres(?:ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  throw new Error(`DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL, got "${url.split(':')[0]}:…"`);
}

/** The generated schema and migrations of a provider live in prisma/<provider>/ (from prisma/schema.prisma). */
export function providerDirectory(provider: DatabaseProvider, root: string = process.cwd()): string {
  return path.join(root, 'prisma', provider);
}
