import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient, Prisma } from '@/lib/generated/prisma/client';

/** A Prisma client on a SQLite file through the better-sqlite3 driver adapter (no native engine). */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  if (!databaseUrl.startsWith('file:')) {
    throw new Error('Only SQLite (file: URLs) is supported by this build; PostgreSQL support is tracked separately.');
  }
  const filePath = path.resolve(databaseUrl.slice('file:'.length));
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: filePath }) });
}

export { Prisma };
export type { PrismaClient };
