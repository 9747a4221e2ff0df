// The catalog's detail views: a model's and a device's measurements, as the pages list them.
import { describe, expect, it } from 'vitest';
import { loadSeedData } from '@/lib/data/catalog-seed';
import { estimatedDecodeFor } from '@/lib/recommend/measured';
import { catalogFromRecords, hardwareDetail, modelDetail } from './records';

const records = loadSeedData();
const catalog = catalogFromRecords(records);

describe('measurements on the detail views', () => {
  it('a model lists every measurement of it, each with its device’s name, runs on one device together', () => {
    const detail = modelDetail(records, 'qwen3.6-27b')!;
    const expected = records.measurements.filter((m) => m.model === 'qwen3.6-27b');
    expect(detail.measurements).toHaveLength(expected.length);
    expect(detail.measurements.length).toBeGreaterThan(0);
    const names = new Map(records.hardware.map((h) => [h.slug, h.name]));
    for (const m of detail.measurements) expect(m.hardwareName).toBe(names.get(m.hardware));
    const order = detail.measurements.map((m) => m.hardwareName);
    expect(order).toEqual([...order].sort((a, b) => a.localeCompare(b)));
  });

  it('a device lists its measurements smallest model first', () => {
    const detail = hardwareDetail(records, 'arc-pro-b70')!;
    expect(detail.measurements.every((m) => m.hardware === 'arc-pro-b70')).toBe(true);
    const params = new Map(records.models.map((m) => [m.slug, m.totalParams]));
    const sizes = detail.measurements.map((m) => params.get(m.model)!);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  });

  it('the estimate beside a measurement is for its setup: none without a generation figure, one for a run that fits', () => {
    const promptOnly = records.measurements.find((m) => m.generationTokensPerSec === null && m.promptTokensPerSec !== null)!;
    expect(estimatedDecodeFor(promptOnly, catalog)).toBeNull();
    const run = records.measurements.find((m) => m.hardware === 'arc-pro-b70' && m.model === 'qwen3.6-27b' && m.backend === 'vulkan')!;
    const deeper = { ...run, depthTokens: run.depthTokens + 16384 };
    const shallow = estimatedDecodeFor(run, catalog)!;
    expect(shallow).toBeGreaterThan(0);
    // Deeper in the context, each token reads more KV cache: never faster.
    expect(estimatedDecodeFor(deeper, catalog)!).toBeLessThan(shallow);
  });
});
