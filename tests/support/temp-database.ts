import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations } from '@/scripts/lib/schema-engine';
import { loadSeedData, seedDatabase } from '@/scripts/lib/seed';
import { createPrismaClient } from '@/lib/prisma-client';

export interface TempDatabase {
  dir: string;
  file: string;
  url: string;
  cleanup(): void;
}

/** A real SQLite file in a fresh temporary folder, migrated, and seeded when asked. */
export async function createTempDatabase(options: { seed?: boolean } = {}): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'quantwise-test-'));
  const file = path.join(dir, 'test.db');
  const url = `file:${file}`;
  await applyMigrations(file);
  if (options.seed) {
    const prisma = createPrismaClient(url);
    try {
      await seedDatabase(prisma, loadSeedData());
    } finally {
      await prisma.$disconnect();
    }
  }
  return { dir, file, url, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
