import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '@/lib/database-url';
import { createPrismaClient } from '@/lib/prisma-client';
import { providerMigrationsDir, providerSchemaStates, readSourceSchema, renderProviderSchema } from '@/scripts/lib/provider-schema';
import { applyMigrations, diffDatamodels, introspectDatamodel, loadMigrations, readProviderSchema } from '@/scripts/lib/schema-engine';
import { createTempDatabase, TEST_ENGINE, type TempDatabase } from '@/tests/support/temp-database';

describe('one schema, one generated schema and migration history per engine', () => {
  it('commits each provider schema exactly as prisma/schema.prisma renders it (run npm run db:schema)', () => {
    const states = providerSchemaStates();
    expect(states.map((s) => s.provider)).toEqual([...PROVIDERS]);
    for (const state of states) expect({ provider: state.provider, upToDate: state.upToDate }).toEqual({ provider: state.provider, upToDate: true });
  });

  it('notices when the source schema changes and a provider schema was not regenerated', () => {
    const edited = readSourceSchema().replace('model Runtime {', 'model Runtime {\n  extraColumn String?');
    expect(providerSchemaStates(edited).every((s) => !s.upToDate)).toBe(true);
  });

  it('keeps engine-specific blocks out of the source schema', () => {
    expect(() => renderProviderSchema(`datasource db {\n  provider = "sqlite"\n}\n${readSourceSchema()}`, 'sqlite')).toThrow(/generator or datasource/);
    for (const provider of PROVIDERS) expect(renderProviderSchema(readSourceSchema(), provider)).toContain(`provider = "${provider}"`);
  });

  it('gives both engines the same migration names, so their histories move in step', () => {
    const names = PROVIDERS.map((provider) =>
      readdirSync(providerMigrationsDir(provider), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort(),
    );
    expect(names[0]!.length).toBeGreaterThan(0);
    expect(names[1]).toEqual(names[0]);
  });
});

describe(`migrations through the Wasm schema engine (${TEST_ENGINE})`, () => {
  let database: TempDatabase;

  beforeAll(async () => {
    database = await createTempDatabase();
  });
  afterAll(() => database.cleanup());

  it('records every migration folder in _prisma_migrations, as prisma migrate deploy does', async () => {
    const prisma = createPrismaClient(database.url);
    try {
      const rows = await prisma.$queryRawUnsafe<{ migration_name: string; finished: boolean | number }[]>(
        'SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name',
      );
      const folders = loadMigrations(providerMigrationsDir(TEST_ENGINE)).migrationDirectories.map((d) => d.path);
      expect(folders.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.migration_name)).toEqual(folders);
      expect(rows.every((r) => Number(r.finished) === 1)).toBe(true);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(database.target)).toEqual([]);
  });

  it(`leaves a database that matches prisma/${TEST_ENGINE}/schema.prisma exactly (no drift)`, async () => {
    const live = await introspectDatamodel(database.target);
    expect(await diffDatamodels(database.target, live, readProviderSchema(database.target))).toBe('');
  });

  it.runIf(TEST_ENGINE === 'postgresql')('puts tables, migrations and queries in the schema a ?schema= URL names', async () => {
    const url = new URL(database.url);
    url.searchParams.set('schema', 'tenant_a');
    const tenant = { provider: 'postgresql' as const, url: url.toString() };
    const folders = loadMigrations(providerMigrationsDir('postgresql')).migrationDirectories.map((d) => d.path);
    expect(await applyMigrations(tenant)).toEqual(folders);
    expect(await applyMigrations(tenant)).toEqual([]);
    const inTenant = createPrismaClient(tenant.url);
    const inPublic = createPrismaClient(database.url);
    try {
      await inTenant.runtime.create({ data: { slug: 'tenant-only', name: 'Tenant only', description: '', homepageUrl: 'https://example.com', platforms: 'linux', backends: 'cpu', sourceUrl: 'https://example.com', verifiedAt: new Date() } });
      expect([await inTenant.runtime.count(), await inPublic.runtime.count()]).toEqual([1, 0]);
      const schemas = await inPublic.$queryRawUnsafe<{ table_schema: string }[]>(
        `SELECT table_schema FROM information_schema.tables WHERE table_name = 'Runtime' ORDER BY table_schema`,
      );
      expect(schemas.map((r) => r.table_schema)).toEqual(['public', 'tenant_a']);
    } finally {
      await inTenant.$disconnect();
      await inPublic.$disconnect();
    }
  });

  it('detects drift when the schema and the database disagree', async () => {
    const live = await introspectDatamodel(database.target);
    const changed = readProviderSchema(database.target).replace('model Runtime {', 'model Runtime {\n  extraColumn String?');
    expect(await diffDatamodels(database.target, live, changed)).toMatch(/ALTER TABLE[\s\S]*extraColumn/);
  });
});
