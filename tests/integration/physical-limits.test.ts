import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client';
import { FILE_BYTES_LIMIT, HARDWARE_LIMITS, MEASUREMENT_LIMITS, MODEL_LIMITS } from '@/lib/schemas/physical-limits';
import { TEST_ENGINE, createTempDatabase, type TempDatabase } from '@/tests/support/temp-database';

// The database holds every catalog number to the physical range the zod schemas use, whoever
// writes (hand-written SQL here): range triggers on both engines (the `hardening` migration). Each
// bound comes from
// lib/schemas/physical-limits.ts, so the migration and the table cannot drift apart unnoticed.

type Bound = { table: string; column: string; min: number; minInclusive: boolean; max: number; nullable: boolean; integer: boolean };
const count = (table: string, column: string, max: number, nullable = false, min = 1): Bound => ({ table, column, min, minInclusive: true, max, nullable, integer: true });
const amount = (table: string, column: string, max: number, nullable = false): Bound => ({ table, column, min: 0, minInclusive: false, max, nullable, integer: false });

const M = MODEL_LIMITS;
const BOUNDS: Bound[] = [
  amount('Model', 'totalParams', M.params), amount('Model', 'activeParams', M.params),
  count('Model', 'nativeContextTokens', M.contextLength), count('Model', 'extendedContextTokens', M.contextLength, true),
  amount('Model', 'projectorBytes', M.projectorBytes, true),
  count('ModelStrength', 'rating', 5),
  amount('QuantFormat', 'bitsPerWeight', 32), { ...amount('QuantFormat', 'qualityLossPct', 1000, true), minInclusive: true },
  amount('Artifact', 'fileBytes', FILE_BYTES_LIMIT, true),
  amount('Hardware', 'memoryBytes', HARDWARE_LIMITS.memoryBytes), amount('Hardware', 'bandwidthGBps', HARDWARE_LIMITS.bandwidthGBps),
  amount('Hardware', 'fp16Tflops', HARDWARE_LIMITS.fp16Tflops, true), amount('Hardware', 'launchPriceUsd', HARDWARE_LIMITS.launchPriceUsd, true),
  count('Hardware', 'year', 2030, true, 2010), count('Hardware', 'cores', HARDWARE_LIMITS.cores, true),
  amount('Hardware', 'gpuMemoryLinuxBytes', HARDWARE_LIMITS.memoryBytes, true), amount('Hardware', 'gpuMemoryWindowsBytes', HARDWARE_LIMITS.memoryBytes, true),
  ...(['fp32VectorTflops', 'fp16VectorTflops', 'fp16TensorTflops', 'fp16AccTensorTflops', 'bf16TensorTflops', 'int8TensorTops', 'fp8TensorTflops', 'fp4TensorTflops'] as const)
    .map((column) => amount('Hardware', column, HARDWARE_LIMITS.peakTflops, true)),
  amount('HardwarePrice', 'usdLow', HARDWARE_LIMITS.streetPriceUsd, true), amount('HardwarePrice', 'usdHigh', HARDWARE_LIMITS.streetPriceUsd, true),
  count('Measurement', 'deviceCount', MEASUREMENT_LIMITS.deviceCount), count('Measurement', 'promptTokens', MEASUREMENT_LIMITS.tokens, true),
  count('Measurement', 'depthTokens', MEASUREMENT_LIMITS.tokens, false, 0), count('Measurement', 'contextTokens', MEASUREMENT_LIMITS.tokens, true),
  amount('Measurement', 'promptTokensPerSec', MEASUREMENT_LIMITS.tokensPerSec, true), amount('Measurement', 'generationTokensPerSec', MEASUREMENT_LIMITS.tokensPerSec, true),
  amount('Measurement', 'memoryBytes', MEASUREMENT_LIMITS.memoryBytes, true),
];

let database: TempDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTempDatabase({ seed: true });
  prisma = createPrismaClient(database.url);
});
afterAll(async () => {
  await prisma.$disconnect();
  await database.cleanup();
});

/** Sets one column of the table's first row with hand-written SQL; resolves to whether the database accepted it. */
async function accepts(table: string, column: string, value: number | null): Promise<boolean> {
  const [row] = await prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT "id" FROM "${table}" ORDER BY "id" LIMIT 1`);
  const literal = value === null ? 'NULL' : String(value);
  try {
    await prisma.$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = ${literal} WHERE "id" = ${Number(row!.id)}`);
    return true;
  } catch (error) {
    // A NULL in a required column trips NOT NULL instead; every other refusal is the range check.
    expect(String(error)).toMatch(value === null ? /NOT NULL|null value in column/ : new RegExp(`${table}_${column}_range`));
    return false;
  }
}

describe(`the database refuses catalog numbers outside their physical ranges (${TEST_ENGINE})`, () => {
  it.each(BOUNDS.map((b) => [`${b.table}.${b.column}`, b] as const))('%s', async (_name, bound) => {
    const { table, column, min, minInclusive, max, nullable, integer } = bound;
    const step = integer ? 1 : max / 1000;
    expect(await accepts(table, column, max)).toBe(true);
    expect(await accepts(table, column, max + step)).toBe(false);
    expect(await accepts(table, column, minInclusive ? min : min + step)).toBe(true);
    expect(await accepts(table, column, minInclusive ? min - 1 : min)).toBe(false);
    expect(await accepts(table, column, null)).toBe(nullable);
  });

  /** Sets the first model's architecture JSON with hand-written SQL; resolves to whether the database accepted it. */
  async function acceptsArchitecture(json: string): Promise<boolean> {
    const [row] = await prisma.$queryRawUnsafe<{ id: number; architecture: string }[]>(`SELECT "id", "architecture" FROM "Model" ORDER BY "id" LIMIT 1`);
    try {
      await prisma.$executeRawUnsafe(`UPDATE "Model" SET "architecture" = '${json.replaceAll("'", "''")}' WHERE "id" = ${Number(row!.id)}`);
      return true;
    } catch (error) {
      expect(String(error)).toMatch(/Model_architecture_range/);
      return false;
    }
  }

  it.each([
    ['layers', M.layers],
    ['hiddenSize', M.hiddenSize],
    ['vocabSize', M.vocabSize],
  ] as const)('the architecture record: %s within 1–%i, a whole number', async (key, max) => {
    const [row] = await prisma.$queryRawUnsafe<{ architecture: string }[]>(`SELECT "architecture" FROM "Model" ORDER BY "id" LIMIT 1`);
    const stored = JSON.parse(row!.architecture) as Record<string, unknown>;
    expect(await acceptsArchitecture(JSON.stringify({ ...stored, [key]: max }))).toBe(true);
    expect(await acceptsArchitecture(JSON.stringify({ ...stored, [key]: max + 1 }))).toBe(false);
    expect(await acceptsArchitecture(JSON.stringify({ ...stored, [key]: 0 }))).toBe(false);
    expect(await acceptsArchitecture(JSON.stringify({ ...stored, [key]: 1.5 }))).toBe(false);
    expect(await acceptsArchitecture(JSON.stringify({ ...stored, [key]: '32' }))).toBe(false);
    expect(await acceptsArchitecture(JSON.stringify(stored))).toBe(true);
  });

  it('the architecture must be a JSON object', async () => {
    expect(await acceptsArchitecture('not json')).toBe(false);
    expect(await acceptsArchitecture('[1, 2]')).toBe(false);
  });

  it.runIf(TEST_ENGINE === 'sqlite')('so a value above 2³¹ can no longer be stored on SQLite and then fail to move to PostgreSQL', async () => {
    expect(await accepts('Model', 'nativeContextTokens', 2 ** 31)).toBe(false);
    expect(await accepts('Model', 'extendedContextTokens', 2 ** 31)).toBe(false);
  });

  it('inserts are checked too, not only updates', async () => {
    const insert = (layers: number) =>
      prisma.$executeRawUnsafe(
        `INSERT INTO "Model" ("slug", "name", "family", "publisher", "license", "totalParams", "activeParams", "paramsSourceUrl", "architecture", "nativeContextTokens", "modalities", "sourceUrl", "verifiedAt", "updatedAt")
         VALUES ('range-probe-${layers}', 'x', 'x', 'x', 'x', 1e9, 1e9, 'https://example.com', '{"layers": ${layers}, "hiddenSize": 2048, "vocabSize": 32000}', 4096, 'text', 'https://example.com', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
      );
    await expect(insert(10_000_000)).rejects.toThrow(/Model_architecture_range/);
    await expect(insert(32)).resolves.toBe(1);
  });
});
