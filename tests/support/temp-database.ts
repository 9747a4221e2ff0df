import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseProvider, DatabaseTarget } from '@/lib/database-url';
import { createPrismaClient } from '@/lib/prisma-client';
import { applyMigrations } from '@/scripts/lib/schema-engine';
import { createDatabase, dropDatabase } from '@/scripts/lib/postgres-server';
import { loadSeedData, seedDatabase } from '@/lib/data/catalog-seed';

/**
 * The engine the integration suite runs on: PostgreSQL when QUANTWISE_TEST_POSTGRES_URL names a
 * server (`npm run test:postgres` starts a throwaway one), SQLite otherwise.
 */
export const TEST_ENGINE: DatabaseProvider = process.env.QUANTWISE_TEST_POSTGRES_URL ? 'postgresql' : 'sqlite';

export interface TempDatabase {
  target: DatabaseTarget;
  url: string;
  cleanup(): Promise<void>;
}

/**
 * A real database of the test engine, migrated, and seeded when asked: a SQLite file in a fresh
 * temporary folder, or a fresh database on the PostgreSQL test server.
 */
export async function createTempDatabase(options: { seed?: boolean; engine?: DatabaseProvider } = {}): Promise<TempDatabase> {
  const database = (options.engine ?? TEST_ENGINE) === 'postgresql' ? await createPostgresDatabase() : createSqliteDatabase();
  await applyMigrations(database.target);
  if (options.seed) {
    const prisma = createPrismaClient(database.url);
    try {
      await seedDatabase(prisma, loadSeedData());
    } finally {
      await prisma.$disconnect();
    }
  }
  return database;
}

function createSqliteDatabase(): TempDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'quantwise-test-'));
  const file = path.join(dir, 'test.db');
  const url = `file:${file}`;
  return { target: { provider: 'sqlite', url, file }, url, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function createPostgresDatabase(): Promise<TempDatabase> {
  const server = process.env.QUANTWISE_TEST_POSTGRES_URL;
  if (!server) throw new Error('QUANTWISE_TEST_POSTGRES_URL is not set: run PostgreSQL tests with npm run test:postgres');
  const name = `quantwise_test_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(server, name);
  return { target: { provider: 'postgresql', url }, url, cleanup: () => dropDatabase(server, name) };
}
