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

export interface PostgresConnection {
  /** node-postgres pool settings. */
  pool: { connectionString: string; max: number; connectionTimeoutMillis: number; options?: string };
  /** The schema named by the URL's `schema` parameter, if any (else the server's search_path, normally public). */
  schema?: string;
}

// Lower case only: search_path folds an unquoted name to lower case while Prisma quotes it, so a
// mixed-case schema would split tables (Prisma) from raw queries and migrations (search_path).
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
// A pool connection attempt gives up after this, so an unreachable server fails requests
// instead of holding them for the operating system's TCP timeout.
const CONNECT_TIMEOUT_MS = 5000;

/**
 * Splits a postgresql:// URL into pool settings. Two Prisma URL parameters node-postgres does not
 * know are taken out: `connection_limit` (pool size per instance, default 10) and `schema`, which
 * sets each connection's search_path so tables, migrations and raw queries all land in it.
 */
export function postgresConnection(url: string): PostgresConnection {
  const parsed = new URL(url);
  const limit = parsed.searchParams.get('connection_limit');
  const schema = parsed.searchParams.get('schema') ?? undefined;
  // node-postgres lets a URL's `options` override the pool's, which would drop the search_path:
  // take it out and send both.
  const urlOptions = parsed.searchParams.get('options');
  parsed.searchParams.delete('connection_limit');
  parsed.searchParams.delete('schema');
  parsed.searchParams.delete('options');
  const max = limit === null ? 10 : Number(limit);
  if (!Number.isInteger(max) || max < 1) throw new Error(`DATABASE_URL: connection_limit must be a positive whole number, got "${limit}"`);
  if (schema !== undefined && !IDENTIFIER.test(schema)) throw new Error(`DATABASE_URL: schema must be a lower-case identifier (a-z, 0-9, _), got "${schema}"`);
  const options = [urlOptions, schema ? `-c search_path=${schema}` : null].filter(Boolean).join(' ');
  return {
    pool: { connectionString: parsed.toString(), max, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...(options ? { options } : {}) },
    ...(schema ? { schema } : {}),
  };
}
