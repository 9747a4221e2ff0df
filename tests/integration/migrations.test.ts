import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, diffDatamodels, introspectDatamodel, loadMigrations, readSchema } from '@/scripts/lib/schema-engine';
import { createTempDatabase, type TempDatabase } from '@/tests/support/temp-database';

describe('migrations through the Wasm schema engine', () => {
  let database: TempDatabase;

  beforeAll(async () => {
    database = await createTempDatabase();
  });
  afterAll(() => database.cleanup());

  it('records every migration folder in _prisma_migrations, as prisma migrate deploy does', () => {
    const sqlite = new Database(database.file, { readonly: true });
    const rows = sqlite.prepare('SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name').all() as { migration_name: string; finished_at: string | null }[];
    sqlite.close();
    const folders = loadMigrations().migrationDirectories.map((d) => d.path);
    expect(folders.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(database.file)).toEqual([]);
  });

  it('leaves a database that matches prisma/schema.prisma exactly (no drift)', async () => {
    const live = await introspectDatamodel(database.file);
    expect(await diffDatamodels(live, readSchema())).toBe('');
  });

  it('detects drift when the schema and the database disagree', async () => {
    const live = await introspectDatamodel(database.file);
    const changed = readSchema().replace('model Runtime {', 'model Runtime {\n  extraColumn String?');
    expect(await diffDatamodels(live, changed)).toMatch(/ALTER TABLE|CREATE TABLE|extraColumn/);
  });
});
