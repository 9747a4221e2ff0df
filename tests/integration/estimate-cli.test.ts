import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH } from '@/lib/schemas/estimate';
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

const CLI = 'npx --no-install tsx --conditions=react-server scripts/estimate.ts';

describe('npm run -s estimate', () => {
  it(`writes a whole batch of ${MAX_BATCH} answers into a pipe, and a consumer parses it`, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'quantwise-cli-'));
    try {
      const file = path.join(dir, 'many.json');
      const request = { model: { slug: 'llama-3.1-8b-instruct' }, quant: 'Q4_K_M', contextTokens: 32768, hardware: { devices: [{ slug: 'geforce-rtx-4090' }], systemMemoryBytes: 68719476736 } };
      writeFileSync(file, JSON.stringify(Array.from({ length: MAX_BATCH }, () => request)));
      // A slow reader on the other end of a real pipe: the output is several MB, far past a pipe's buffer.
      const consumer = `node -e 'let s="";process.stdin.on("data",(d)=>{s+=d;}).on("end",()=>{const a=JSON.parse(s);process.stdout.write(JSON.stringify({n:a.length,bytes:s.length,fit:a[a.length-1].fit}));})'`;
      const result = spawnSync('bash', ['-o', 'pipefail', '-c', `${CLI} < '${file}' | ${consumer}`], { env: { ...process.env, DATABASE_URL: database.url }, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      const summary = JSON.parse(result.stdout) as { n: number; bytes: number; fit: string };
      expect(summary.n).toBe(MAX_BATCH);
      expect(summary.bytes).toBeGreaterThan(1_000_000);
      expect(summary.fit).toBe('full-gpu');
      // pipefail: the status is the CLI's own.
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('states the batch limit in --help, and refuses one request more with exit 2', () => {
    const help = spawnSync('sh', ['-c', `${CLI} --help`], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(`a JSON array of up to ${MAX_BATCH} requests`);
    const { status, body } = run(JSON.stringify(Array.from({ length: MAX_BATCH + 1 }, () => ({ model: { slug: 'qwen3-8b' }, quant: 'Q4_K_M' }))));
    expect(status).toBe(2);
    expect(body).toEqual({ error: { field: '(root)', message: `at most ${MAX_BATCH} requests per batch, got ${MAX_BATCH + 1}` } });
  });

  it('answers one request from the catalog with exit 0', () => {
    const { status, body } = run(JSON.stringify({ model: { slug: 'llama-3.1-8b-instruct' }, quant: 'q4_k_m', contextTokens: 8192, hardware: { devices: [{ slug: 'geforce-rtx-4090' }], systemMemoryBytes: 68719476736 } }));
    expect(status).toBe(0);
    expect(body).toMatchObject({ fit: 'full-gpu', fileBytesSource: 'catalog', memory: { kvCacheBytes: 1024 * 2 ** 20 } });
  });

  it('reads a Hugging Face config.json given as model.hfConfig, and names an unknown model_type', () => {
    const config = JSON.parse(readFileSync('fixtures/hf-configs/Qwen__Qwen3-Next-80B-A3B-Thinking.json', 'utf8')) as Record<string, unknown>;
    const { status, body } = run(JSON.stringify({ model: { hfConfig: config }, quant: 'Q4_K_M', runtime: 'llama.cpp', contextTokens: 131072 }));
    expect(status).toBe(0);
    // 12 full-attention layers × 2 KV heads × 512 × 2 B × 131,072 tokens; the 36 linear layers add only their state.
    expect(body).toMatchObject({ memory: { kvCacheBytes: 3 * 2 ** 30 + 36 * (3 * 8192 + 32 * 128 * 128) * 4 } });
    const unknown = run(JSON.stringify({ model: { hfConfig: { ...config, model_type: 'qwen9_turbo' } }, quant: 'Q4_K_M' }));
    expect(unknown.status).toBe(2);
    expect(unknown.body).toEqual({ error: { field: 'model.hfConfig.model_type', message: expect.stringContaining('"qwen9_turbo" is not supported') } });
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
