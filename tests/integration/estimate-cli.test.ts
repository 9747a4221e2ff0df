import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '@/tests/support/temp-database';

let database: TempDatabase;
beforeAll(async () => {
  database = await createTempDatabase({ seed: true });
});
afterAll(() => database.cleanup());

function run(input: string) {
  const result = spawnSync('npx', ['--no-install', 'tsx', '--conditions=react-server', 'scripts/estimate.ts'], {
    input,
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: 'utf8',
  });
  return { status: result.status, body: JSON.parse(result.stdout) as Record<string, unknown> | Record<string, unknown>[] };
}

describe('npm run -s estimate', () => {
  it('answers one request from the catalog with exit 0', () => {
    const { status, body } = run(JSON.stringify({ model: { slug: 'llama-3.1-8b-instruct' }, quant: 'q4_k_m', contextTokens: 8192, hardware: { devices: [{ slug: 'geforce-rtx-4090' }], systemMemoryBytes: 68719476736 } }));
    expect(status).toBe(0);
    expect(body).toMatchObject({ fit: 'full-gpu', fileBytesSource: 'catalog', memory: { kvCacheBytes: 1024 * 2 ** 20 } });
  });

  it('answers an array with an array', () => {
    const { status, body } = run(JSON.stringify([{ model: { slug: 'qwen3-8b' }, quant: 'Q4_K_M' }, { model: { slug: 'qwen3-8b' }, quant: 'Q8_0' }]));
    expect(status).toBe(0);
    expect(Array.isArray(body)).toBe(true);
    const [q4, q8] = body as { fileBytes: number }[];
    expect(q4!.fileBytes).toBeLessThan(q8!.fileBytes);
  });

  it.each([
    ['{not json', '(input)'],
    [JSON.stringify({ model: { slug: 'no-such-model' }, quant: 'Q4_K_M' }), 'model.slug'],
    [JSON.stringify({ model: { slug: 'qwen3-8b' }, quant: 'Q9_Z' }), 'quant'],
    [JSON.stringify({ model: { slug: 'qwen3-8b' }, quant: 'Q4_K_M', hardware: { devices: [{ kind: 'nvidia', memoryBytes: -1, bandwidthGBps: 100 }] } }), 'hardware.devices[0].memoryBytes'],
    [JSON.stringify({ quant: 'Q4_K_M' }), 'model'],
  ])('exits 2 with an error naming the field for %s', (input, field) => {
    const { status, body } = run(input);
    expect(status).toBe(2);
    expect((body as { error: { field: string } }).error.field).toBe(field);
  });
});
