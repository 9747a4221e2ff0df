import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '@/scripts/lib/schema-engine';
import { providerMigrationsDir } from '@/scripts/lib/provider-schema';
import { createTempDatabase, type TempDatabase } from '@/tests/support/temp-database';

// The data layer reads DATABASE_URL when first imported: point it at a fresh seeded file first.
let database: TempDatabase;
let data: typeof import('@/lib/data/models') & typeof import('@/lib/data/hardware') & typeof import('@/lib/data/formats') & typeof import('@/lib/data/health');

beforeAll(async () => {
  database = await createTempDatabase({ seed: true });
  process.env.DATABASE_URL = database.url;
  data = {
    ...(await import('@/lib/data/models')),
    ...(await import('@/lib/data/hardware')),
    ...(await import('@/lib/data/formats')),
    ...(await import('@/lib/data/health')),
  };
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database.cleanup();
});

describe('catalog queries', () => {
  it('lists models with their formats and strengths', async () => {
    const models = await data.listModels();
    expect(models.length).toBeGreaterThanOrEqual(40);
    const llama = models.find((m) => m.slug === 'llama-3.1-8b-instruct');
    expect(llama?.formats).toContain('Q4_K_M');
    expect(llama?.totalParams).toBeGreaterThan(7.5e9);
  });

  it('returns a model with its architecture and artifacts, largest format first', async () => {
    const model = await data.getModelBySlug('qwen3-32b');
    expect(model).not.toBeNull();
    // Qwen3 sets head_dim in its config; it is not hidden_size / heads.
    const attention = model!.architecture.attention!;
    expect(attention.headDim).toBe(128);
    expect(attention.headDim * attention.heads).not.toBe(model!.architecture.hiddenSize);
    const bits = model!.artifacts.map((a) => a.bitsPerWeight);
    expect(bits).toEqual([...bits].sort((a, b) => b - a));
  });

  it('marks mixture-of-experts models with fewer active than total parameters', async () => {
    const model = await data.getModelBySlug('deepseek-r1');
    expect(model!.activeParams).toBeLessThan(model!.totalParams / 10);
    expect(model!.architecture.mla?.kvLoraRank).toBe(512);
  });

  it('returns null for unknown slugs', async () => {
    expect(await data.getModelBySlug('no-such-model')).toBeNull();
    expect(await data.getHardwareBySlug('no-such-gpu')).toBeNull();
  });

  it('returns hardware with the measurements taken on it', async () => {
    const hardware = await data.getHardwareBySlug('geforce-rtx-4090');
    expect(hardware?.memoryBytes).toBe(24 * 2 ** 30);
    expect(hardware?.measurements.some((m) => m.generationTokensPerSec !== null)).toBe(true);
  });

  it('lists formats with the runtimes that load them, most bits first', async () => {
    const formats = await data.listFormats();
    const q4 = formats.find((f) => f.name === 'Q4_K_M');
    expect(q4?.runtimes).toEqual(expect.arrayContaining(['llama.cpp', 'ollama']));
    const bits = formats.map((f) => f.bitsPerWeight);
    expect(bits).toEqual([...bits].sort((a, b) => b - a));
  });

  it('reports the database healthy with migrations applied', async () => {
    const shipped = loadMigrations(providerMigrationsDir(database.target.provider)).migrationDirectories.length;
    const report = await data.checkHealth(shipped);
    expect(report.database).toBe('ok');
    expect(report.migrations).toEqual({ applied: shipped, failed: 0, pending: false });
    expect((await data.checkHealth(shipped + 1)).migrations.pending).toBe(true);
  });
});
