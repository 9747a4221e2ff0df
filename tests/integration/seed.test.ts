import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalParamsFromShapes } from '@/lib/estimate';
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client';
import { loadSeedData, SEED_DIR, SeedError, seedDatabase } from '@/lib/data/catalog-seed';
import { createTempDatabase, type TempDatabase } from '@/tests/support/temp-database';

const REQUIRED_MODELS = [
  'tinyllama-1.1b-chat', 'llama-3.2-1b-instruct', 'llama-3.2-3b-instruct', 'llama-3.1-8b-instruct',
  'phi-3-medium-14b-instruct', 'llama-3.3-70b-instruct', 'llama-3.1-405b-instruct', 'deepseek-v3', 'deepseek-r1',
  'qwen3-8b', 'qwen3-30b-a3b', 'gemma-3-12b-it', 'mistral-7b-instruct-v0.3', 'mixtral-8x7b-instruct', 'phi-4',
  'gpt-oss-20b', 'gpt-oss-120b', 'deepseek-r1-distill-qwen-14b',
];
const REQUIRED_FORMATS = [
  'F32', 'F16', 'BF16', 'FP8', 'INT8', 'INT4', 'Q8_0', 'Q6_K', 'Q5_K_M', 'Q5_K_S', 'Q4_K_M', 'Q4_K_S', 'Q4_0',
  'Q3_K_M', 'Q3_K_S', 'Q2_K', 'IQ4_XS', 'IQ3_M', 'IQ2_M', 'IQ1_M', 'GPTQ-INT4', 'AWQ-INT4', 'EXL2-4.0BPW',
  'MLX-4BIT', 'MLX-8BIT', 'MXFP4',
];
const APPLE_TIERS = ['M1', 'M1 Pro', 'M1 Max', 'M1 Ultra', 'M2', 'M2 Pro', 'M2 Max', 'M2 Ultra', 'M3', 'M3 Pro', 'M3 Max', 'M3 Ultra', 'M4', 'M4 Pro', 'M4 Max'];

describe('seed files', () => {
  const data = loadSeedData();

  it('meet the catalog floor: 40+ models, 12+ families, 150+ artifacts, 70+ hardware', () => {
    expect(data.models.length).toBeGreaterThanOrEqual(40);
    expect(new Set(data.models.map((m) => m.family)).size).toBeGreaterThanOrEqual(12);
    expect(data.artifacts.length).toBeGreaterThanOrEqual(150);
    expect(data.hardware.length).toBeGreaterThanOrEqual(70);
  });

  it('include the classic size table, today’s popular models and every format', () => {
    const slugs = new Set(data.models.map((m) => m.slug));
    expect(REQUIRED_MODELS.filter((slug) => !slugs.has(slug))).toEqual([]);
    const formats = new Set(data.formats.map((f) => f.name));
    expect(REQUIRED_FORMATS.filter((name) => !formats.has(name))).toEqual([]);
  });

  it('cover every Apple Silicon tier, GPUs from three vendors and CPU-only machines', () => {
    const appleNames = data.hardware.filter((h) => h.kind === 'apple-silicon').map((h) => h.name);
    const missing = APPLE_TIERS.filter((tier) => !appleNames.some((name) => new RegExp(`^Apple ${tier} \\(`).test(name)));
    expect(missing).toEqual([]);
    expect(new Set(data.hardware.filter((h) => h.kind === 'gpu').map((h) => h.vendor))).toEqual(new Set(['nvidia', 'amd', 'intel']));
    expect(data.hardware.filter((h) => h.kind === 'cpu').length).toBeGreaterThanOrEqual(5);
  });

  it('carry the reference measurements, each with a source', () => {
    expect(data.measurements.length).toBeGreaterThanOrEqual(250);
    expect(data.measurements.every((m) => m.sourceUrl.startsWith('http'))).toBe(true);
  });

  it('have architectures whose tensor shapes add up to the published parameter count (±15 %)', () => {
    const off = data.models
      .map((m) => ({ slug: m.slug, ratio: totalParamsFromShapes({ architecture: m.architecture, totalParams: m.totalParams, activeParams: m.activeParams }) / m.totalParams }))
      .filter((m) => m.ratio < 0.85 || m.ratio > 1.15);
    expect(off).toEqual([]);
  });

  it('give every published file size its source', () => {
    const sized = data.artifacts.filter((a) => a.fileBytes !== null);
    expect(sized.length).toBeGreaterThan(100);
    expect(sized.every((a) => a.fileBytesSourceUrl !== null)).toBe(true);
  });
});

describe('seed validation', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'quantwise-seed-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function corrupt(file: string, mutate: (rows: Record<string, unknown>[]) => void): string {
    const target = path.join(dir, `case-${Math.random().toString(36).slice(2)}`);
    cpSync(SEED_DIR, target, { recursive: true });
    const rows = JSON.parse(readFileSync(path.join(target, file), 'utf8')) as Record<string, unknown>[];
    mutate(rows);
    writeFileSync(path.join(target, file), JSON.stringify(rows));
    return target;
  }

  it.each([
    ['hardware.json', (rows: Record<string, unknown>[]) => { rows[3]!.bandwidthGBps = -5; }, /hardware\.json row 3: bandwidthGBps/],
    ['models.json', (rows: Record<string, unknown>[]) => { delete rows[0]!.license; }, /models\.json row 0: license/],
    ['artifacts.json', (rows: Record<string, unknown>[]) => { rows[1]!.model = 'no-such-model'; }, /artifacts\.json row 1: model: unknown model "no-such-model"/],
    ['formats.json', (rows: Record<string, unknown>[]) => { rows[2]!.surprise = true; }, /formats\.json row 2/],
    ['models.json', (rows: Record<string, unknown>[]) => { rows.push({ ...rows[0]! }); }, /models\.json row \d+: slug: ".+" repeats row 0/],
  ])('rejects a bad row in %s with its file, row and field', (file, mutate, message) => {
    const target = corrupt(file, mutate);
    expect(() => loadSeedData(target)).toThrowError(SeedError);
    expect(() => loadSeedData(target)).toThrowError(message);
  });
});

describe('seeding a database', () => {
  let database: TempDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    database = await createTempDatabase();
    prisma = createPrismaClient(database.url);
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await database.cleanup();
  });

  it('writes every record, and a second run changes nothing', async () => {
    const data = loadSeedData();
    const first = await seedDatabase(prisma, data);
    expect(first.created.models).toBe(data.models.length);
    expect(first.created.measurements).toBe(data.measurements.length);
    const counts = async () => ({
      models: await prisma.model.count(), artifacts: await prisma.artifact.count(), hardware: await prisma.hardware.count(),
      formats: await prisma.quantFormat.count(), measurements: await prisma.measurement.count(), strengths: await prisma.modelStrength.count(),
    });
    const before = await counts();
    const second = await seedDatabase(prisma, data);
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('keeps an editor’s change on a plain re-seed and restores the file value with --sync', async () => {
    const data = loadSeedData();
    const target = data.hardware[0]!;
    await prisma.hardware.update({ where: { slug: target.slug }, data: { bandwidthGBps: 1 } });
    await seedDatabase(prisma, data);
    expect((await prisma.hardware.findUniqueOrThrow({ where: { slug: target.slug } })).bandwidthGBps).toBe(1);
    await seedDatabase(prisma, data, { sync: true });
    expect((await prisma.hardware.findUniqueOrThrow({ where: { slug: target.slug } })).bandwidthGBps).toBe(target.bandwidthGBps);
  });
});
