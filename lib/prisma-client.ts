import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { parseDatabaseUrl, postgresConnection } from '@/lib/database-url';
import { createPrivateSqliteFile } from '@/lib/sqlite-files';
import { gatedFactory } from '@/lib/sqlite-writes';
import { PrismaClient, Prisma } from '@/lib/generated/sqlite/client';
import type * as SqliteRows from '@/lib/generated/sqlite/client';
import { PrismaClient as PostgresPrismaClient } from '@/lib/generated/postgresql/client';
import type * as PostgresRows from '@/lib/generated/postgresql/client';

/**
 * A Prisma client for DATABASE_URL, through a driver adapter (no native engine): `file:` opens
 * SQLite with better-sqlite3, `postgresql://` opens a node-postgres pool (size: the URL's
 * `connection_limit`, default 10 per instance; `schema` picks the schema).
 *
 * Both engines' clients are generated from the one prisma/schema.prisma. The SQLite client's
 * types stand for both: PostgreSQL's accept a superset of its inputs (extra filter modes and
 * options) and return the same rows, which the assertion below holds the generated code to.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.provider === 'sqlite') {
    // Owner-only when this is the first open (lib/sqlite-files.ts); SQLite would use the umask.
    createPrivateSqliteFile(target.file);
    // Writers take turns asynchronously (lib/sqlite-writes.ts): better-sqlite3 would wait for a busy
    // database synchronously, freezing the process.
    return new PrismaClient({ adapter: gatedFactory(new PrismaBetterSqlite3({ url: target.file })) });
  }
  const { pool, schema } = postgresConnection(target.url);
  const adapter = new PrismaPg(pool, schema ? { schema } : undefined);
  return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
}

// Compile-time check that both engines' generated clients return identical rows for every model.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SqliteRowTypes = [SqliteRows.Model, SqliteRows.ModelStrength, SqliteRows.QuantFormat, SqliteRows.Artifact, SqliteRows.Hardware, SqliteRows.Runtime,
  SqliteRows.RuntimeFormat, SqliteRows.Measurement, SqliteRows.User, SqliteRows.Session, SqliteRows.AuditLog, SqliteRows.CatalogRevision, SqliteRows.KnownDevice];
type PostgresRowTypes = [PostgresRows.Model, PostgresRows.ModelStrength, PostgresRows.QuantFormat, PostgresRows.Artifact, PostgresRows.Hardware, PostgresRows.Runtime,
  PostgresRows.RuntimeFormat, PostgresRows.Measurement, PostgresRows.User, PostgresRows.Session, PostgresRows.AuditLog, PostgresRows.CatalogRevision, PostgresRows.KnownDevice];
const rowsMatch: Same<SqliteRowTypes, PostgresRowTypes> = true;
void rowsMatch;

export { Prisma };
export type { PrismaClient };
