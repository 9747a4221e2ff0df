import { describe, expect, it } from 'vitest';
import { wizardPath } from '@/lib/schemas/wizard';
import { formValuesFromAnswers, wizardAnswersFromForm, type FormHardware } from './wizard-form';

const HARDWARE: FormHardware[] = [
  { slug: 'geforce-rtx-3090', name: 'NVIDIA GeForce RTX 3090', kind: 'gpu', memoryBytes: 24 * 2 ** 30 },
  { slug: 'geforce-rtx-3060-12gb', name: 'NVIDIA GeForce RTX 3060 12 GB', kind: 'gpu', memoryBytes: 12 * 2 ** 30 },
  { slug: 'apple-m2-8c-8gb', name: 'Apple M2 (8-core GPU, 8 GB)', kind: 'apple-silicon', memoryBytes: 8 * 2 ** 30 },
];

describe('wizard form → answers', () => {
  it('two GPU rows typed as names (any case) or slugs, with counts, become one GPU list in row order', () => {
    const r = wizardAnswersFromForm({ hw: 'gpu', gpu1: 'nvidia geforce rtx 3090', gpu1n: '2', gpu2: 'geforce-rtx-3060-12gb', gpu2n: '1', ram: '64', os: 'linux', use: 'coding', ctx: '16384', pri: '70', tool: 'ollama' }, HARDWARE);
    expect(r).toEqual({
      ok: true,
      answers: { hw: 'gpu', gpu: ['geforce-rtx-3090', 'geforce-rtx-3090', 'geforce-rtx-3060-12gb'], macs: [], ram: 64, os: 'linux', use: 'coding', ctx: 16384, pri: 70, tool: 'ollama' },
    });
  });

  it('a GPU machine may be headless: the answer keeps it', () => {
    const r = wizardAnswersFromForm({ hw: 'gpu', gpu1: 'NVIDIA GeForce RTX 3090', ram: '64', os: 'headless' }, HARDWARE);
    expect(r.ok && r.answers.os).toBe('headless');
  });

  it('an exo cluster: two rows of Macs with counts become one machine list, with the link; RAM and OS are the Macs\' own', () => {
    const r = wizardAnswersFromForm({ hw: 'cluster', cmac1: 'apple-m2-8c-8gb', cmac1n: '2', cmac2: 'apple-m4-pro-20c-64gb', cmac2n: '1', link: 'tb5-rdma', ram: '512', os: 'windows' }, HARDWARE);
    expect(r.ok && r.answers).toMatchObject({ hw: 'cluster', macs: ['apple-m2-8c-8gb', 'apple-m2-8c-8gb', 'apple-m4-pro-20c-64gb'], link: 'tb5-rdma', os: 'macos', ram: 32 });
    expect(r.ok && formValuesFromAnswers({ hw: 'cluster', macs: r.answers.macs.join(','), link: 'tb5-rdma' }, [...HARDWARE, { slug: 'apple-m4-pro-20c-64gb', name: 'Apple M4 Pro (20-core GPU, 64 GB)', kind: 'apple-silicon', memoryBytes: 64 * 2 ** 30 }])).toMatchObject({
      cmac1: 'apple-m2-8c-8gb', cmac1n: '2', cmac2: 'apple-m4-pro-20c-64gb', cmac2n: '1', link: 'tb5-rdma',
    });
  });

  it('a cluster of one Mac is refused on the Macs field', () => {
    const r = wizardAnswersFromForm({ hw: 'cluster', cmac1: 'apple-m2-8c-8gb', cmac1n: '1', cmac2: '' }, HARDWARE);
    expect(!r.ok && r.fieldErrors.cmac1).toBe('an exo cluster needs 2 to 8 machines');
  });

  it('a Mac ignores the RAM and OS fields: its memory is unified and its OS macOS', () => {
    const r = wizardAnswersFromForm({ hw: 'mac', mac: 'apple-m2-8c-8gb', ram: '512', os: 'windows', gpu1: 'NVIDIA GeForce RTX 3090' }, HARDWARE);
    expect(r.ok && r.answers).toEqual({ hw: 'mac', gpu: [], mac: 'apple-m2-8c-8gb', macs: [], ram: 32, os: 'macos', use: 'chat', ctx: 8192, pri: 50, tool: 'auto' });
  });

  it.each([
    [{ hw: 'gpu', gpu1: 'GeForce 9999 Imaginary' }, 'gpu1', '“GeForce 9999 Imaginary” is not a GPU in the catalog. Did you mean one of these?'],
    [{ hw: 'gpu', gpu1: 'Apple M2 (8-core GPU, 8 GB)' }, 'gpu1', '“Apple M2 (8-core GPU, 8 GB)” is not a GPU in the catalog. Did you mean one of these?'],
    [{ hw: 'gpu', gpu1: 'geforce-rtx-3090', gpu1n: '9' }, 'gpu1n', 'choose 1 to 8'],
    [{ hw: 'gpu' }, 'gpu1', 'choose at least one GPU'],
    [{ hw: 'mac' }, 'mac', 'choose an Apple Silicon chip and memory'],
    [{ hw: 'other', mem: '24' }, 'bw', 'enter the memory bandwidth in GB/s'],
    [{ hw: 'gpu', gpu1: 'geforce-rtx-3090', ctx: '100' }, 'ctx', 'ctx must be at least 512 tokens'],
    [{ hw: 'toaster' }, 'hw', 'hw must be one of gpu, mac, cluster, cpu, other'],
  ])('%j → %s: %s', (values, field, message) => {
    const r = wizardAnswersFromForm(values, HARDWARE);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fieldErrors[field]).toBe(message);
  });
});

describe('answers → wizard form (change answers)', () => {
  it('a permalink’s GPU list becomes two named rows with counts; other answers carry over', () => {
    const values = formValuesFromAnswers({ hw: 'gpu', gpu: 'geforce-rtx-3090,geforce-rtx-3090,geforce-rtx-3060-12gb', ram: '64', use: 'coding' }, HARDWARE);
    expect(values).toEqual({ hw: 'gpu', ram: '64', use: 'coding', gpu1: 'NVIDIA GeForce RTX 3090', gpu1n: '2', gpu2: 'NVIDIA GeForce RTX 3060 12 GB', gpu2n: '1' });
  });

  it('round-trips: the form filled from a permalink posts back to the same permalink', () => {
    const answers = { hw: 'gpu', gpu: ['geforce-rtx-3090', 'geforce-rtx-3090'], ram: 128, os: 'linux', use: 'reasoning', ctx: 32768, pri: 30, tool: 'llama.cpp' } as const;
    const asQuery = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
    const r = wizardAnswersFromForm(formValuesFromAnswers(asQuery, HARDWARE), HARDWARE);
    expect(r.ok && wizardPath(r.answers)).toBe(wizardPath(answers));
  });

  it('forgiving names resolve ("rtx3090"); a name that fits none offers the closest cards, and a pick made without JavaScript wins', () => {
    expect(wizardAnswersFromForm({ hw: 'gpu', gpu1: 'rtx3090' }, HARDWARE)).toMatchObject({ ok: true, answers: { gpu: ['geforce-rtx-3090'] } });
    const unknown = wizardAnswersFromForm({ hw: 'gpu', gpu1: 'RTX 3050' }, HARDWARE);
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.suggestions.gpu1?.map((s) => s.slug)).toContain('geforce-rtx-3060-12gb');
    const picked = wizardAnswersFromForm({ hw: 'gpu', gpu1: 'RTX 3050', 'pick-gpu1': 'geforce-rtx-3060-12gb' }, HARDWARE);
    expect(picked).toMatchObject({ ok: true, answers: { gpu: ['geforce-rtx-3060-12gb'] } });
  });
});
