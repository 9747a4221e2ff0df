// The catalog's reference measurements are the reference set's rows, as the accuracy harness reads them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_MEASUREMENTS_FILE, SEED_DIR, loadSeedData } from '@/lib/data/catalog-seed';
import { loadAccuracyData, readReferenceCsv, referenceCatalog } from '@/lib/data/reference-data';
import { speedSamples } from '@/lib/estimate/accuracy';
import { referenceMeasurements, sourceUrlOf } from './reference-measurements';

const rows = readReferenceCsv('speed_2026.csv');
const catalog = referenceCatalog();
const formats = new Set(loadSeedData().formats.map((f) => f.name));
const generated = referenceMeasurements({ rows, catalog, formats, verifiedOn: () => '2026-11-30' });
const committed = JSON.parse(readFileSync(path.join(SEED_DIR, REFERENCE_MEASUREMENTS_FILE), 'utf8')) as Record<string, unknown>[];
const rowOf = (notes: string) => Number(/speed_2026\.csv row (\d+)/.exec(notes)?.[1]);

describe('measurements from the reference set', () => {
  it('the committed file is what speed_2026.csv and the catalog give (run npm run catalog:measurements when not)', () => {
    const withoutDate = (r: Record<string, unknown>) => ({ ...r, verifiedAt: undefined });
    expect(committed.map(withoutDate)).toEqual(generated.map((r) => withoutDate({ ...r })));
    for (const r of committed) expect(String(r.verifiedAt)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('every row the harness scores on one kind of catalog device is a measurement, with the same values', () => {
    const { samples } = speedSamples(loadAccuracyData());
    const byRow = new Map(generated.map((m) => [rowOf(m.notes), m]));
    const slugs = new Map(catalog.machines.map((m) => [m.name, m.slug]));
    const scored = samples.filter((s) => s.attributes.file === 'speed_2026.csv' && s.attributes.devices >= 1 && !s.attributes.hardware.includes(' + ') && slugs.has(s.attributes.hardware));
    expect(scored.length).toBeGreaterThan(400);
    for (const s of scored) {
      const m = byRow.get(Number(s.attributes.row.split(':')[1]));
      expect(m, s.attributes.row).toBeDefined();
      expect(m!.hardware).toBe(slugs.get(s.attributes.hardware));
      expect(s.metric === 'decode' ? m!.generationTokensPerSec : m!.promptTokensPerSec).toBe(s.measured);
    }
  });

  it('keeps what a reader needs to tell two runs apart: prompt length, depth, backend and source', () => {
    const deep = generated.find((m) => m.hardware === 'arc-pro-b70' && m.format === 'UD-Q4_K_XL' && m.model === 'qwen3.6-27b' && m.backend === 'sycl' && m.depthTokens === 16384);
    expect(deep).toMatchObject({ runtime: 'llama.cpp', promptTokens: 2048, promptTokensPerSec: 307.07, generationTokensPerSec: 17.36 });
    expect(deep!.sourceUrl).toMatch(/^https:\/\/github\.com\/kyuz0\/intel-b70-ai-toolboxes\//);
    const empty = generated.find((m) => m.hardware === 'arc-pro-b70' && m.format === 'Q4_0' && m.backend === 'vulkan' && m.depthTokens === 0);
    expect(empty).toMatchObject({ promptTokens: 512, promptTokensPerSec: 2414.28, generationTokensPerSec: 87.36 });
  });

  it('leaves out rows that are not one catalog device: mixed pairs and CPUs the catalog does not list', () => {
    const mixed = rows.findIndex((r) => / \+ /.test(r.hardware ?? '') && /mixed pair/i.test(r.hardware ?? ''));
    const rowsIn = new Set(generated.map((m) => rowOf(m.notes)));
    if (mixed >= 0) expect(rowsIn.has(mixed + 1)).toBe(false);
    const cpuOnly = rows.findIndex((r) => /\bCPU\b/.test(r.backend ?? '') && !catalog.machines.some((m) => m.name === r.hardware));
    expect(cpuOnly).toBeGreaterThanOrEqual(0);
    expect(rowsIn.has(cpuOnly + 1)).toBe(false);
  });

  it('reads the address out of a source cell', () => {
    expect(sourceUrlOf('https://www.reddit.com/r/x/ (snapshot: https://github.com/a/b)')).toBe('https://www.reddit.com/r/x/');
    expect(sourceUrlOf('no address')).toBeNull();
  });
});
