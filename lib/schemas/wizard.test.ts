import { describe, expect, it } from 'vitest';
import { answersFromSegments, canonicalWizardPath, compareParamsSchema, planParamsSchema, presetHref, wizardParamsSchema, wizardPath, wizardQuery } from '@/lib/schemas/wizard';

describe('wizard params', () => {
  it('fills defaults and splits GPU lists', () => {
    const parsed = wizardParamsSchema.parse({ hw: 'gpu', gpu: 'geforce-rtx-3090,geforce-rtx-3090' });
    expect(parsed).toMatchObject({ gpu: ['geforce-rtx-3090', 'geforce-rtx-3090'], ram: 32, ctx: 8192, pri: 50, use: 'chat', tool: 'auto', os: 'windows' });
  });

  it.each([
    [{ hw: 'gpu' }, 'gpu'],
    [{ hw: 'mac' }, 'mac'],
    [{ hw: 'other', mem: '24' }, 'bw'],
    [{ hw: 'gpu', gpu: 'a', ctx: '100' }, 'ctx'],
    [{ hw: 'gpu', gpu: 'a', pri: '101' }, 'pri'],
    [{ hw: 'gpu', gpu: 'a', ram: '-4' }, 'ram'],
    [{ hw: 'gpu', gpu: 'a', use: 'mining' }, 'use'],
    [{ hw: 'gpu', gpu: 'BAD SLUG' }, 'gpu'],
    [{ hw: 'quantum' }, 'hw'],
    [{ hw: 'gpu', gpu: 'a', os: 'solaris' }, 'os'],
    [{ hw: 'cluster', macs: 'apple-m4-10c-16gb' }, 'macs'],
    [{ hw: 'cluster', macs: Array(9).fill('apple-m4-10c-16gb').join(',') }, 'macs'],
    [{ hw: 'cluster', macs: 'apple-m4-10c-16gb,apple-m4-10c-16gb', link: 'carrier-pigeon' }, 'link'],
  ])('rejects %o naming %s', (input, field) => {
    const parsed = wizardParamsSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => String(i.path[0]))).toContain(field);
  });

  it('takes a headless machine as its OS answer (no desktop on the GPUs), into the permalink', () => {
    const parsed = wizardParamsSchema.parse({ hw: 'gpu', gpu: 'geforce-rtx-3090', os: 'headless' });
    expect(parsed.os).toBe('headless');
    expect(wizardPath(parsed)).toContain('/os/headless/');
  });

  it('an exo cluster is its Macs and their link: the permalink carries only those (a Mac is macOS, its memory its own)', () => {
    const parsed = wizardParamsSchema.parse({ hw: 'cluster', macs: 'apple-m4-pro-20c-64gb,apple-m4-pro-20c-64gb', link: 'tb5-rdma', ram: '16', os: 'windows' });
    expect(parsed.macs).toEqual(['apple-m4-pro-20c-64gb', 'apple-m4-pro-20c-64gb']);
    expect(canonicalWizardPath(parsed)).toBe('/wizard/results/hw/cluster/macs/apple-m4-pro-20c-64gb%2Capple-m4-pro-20c-64gb/link/tb5-rdma/use/chat/ctx/8192/pri/50/tool/auto');
  });

  it('rejects unknown keys (forged links)', () => {
    expect(wizardParamsSchema.safeParse({ hw: 'gpu', gpu: 'a', admin: '1' }).success).toBe(false);
  });

  it('round-trips through the permalink query', () => {
    const parsed = wizardParamsSchema.parse({ hw: 'gpu', gpu: 'a,b', ram: '64', use: 'coding' });
    const again = wizardParamsSchema.parse(Object.fromEntries(new URLSearchParams(wizardQuery({ ...parsed }))));
    expect(again).toEqual(parsed);
  });

  it('round-trips through the path permalink, in one canonical order', () => {
    const parsed = wizardParamsSchema.parse({ hw: 'gpu', gpu: 'geforce-rtx-3090,geforce-rtx-3090', ram: '128', use: 'chat' });
    const path = wizardPath(parsed);
    expect(path).toBe('/wizard/results/hw/gpu/gpu/geforce-rtx-3090%2Cgeforce-rtx-3090/ram/128/os/windows/use/chat/ctx/8192/pri/50/tool/auto');
    const back = answersFromSegments(path.split('/').slice(3));
    expect(back.ok && wizardParamsSchema.parse(back.answers)).toEqual(parsed);
  });

  it.each([
    [['hw'], 'alternate'],
    [['hw', 'gpu', 'hw', 'mac'], 'appears twice'],
  ])('rejects malformed paths %o', (segments, message) => {
    const result = answersFromSegments(segments);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('turns presets into results links and refuses unknown presets', () => {
    expect(presetHref('gaming-12gb')).toBe('/wizard/results/hw/gpu/gpu/geforce-rtx-3060-12gb/ram/32/os/windows/use/coding/ctx/8192/pri/50/tool/auto');
    expect(presetHref('apple-8gb')).toBe('/wizard/results/hw/mac/mac/apple-m2-8c-8gb/use/chat/ctx/4096/pri/50/tool/auto');
    expect(presetHref('nope')).toBeNull();
  });
});

describe('plan and compare params', () => {
  it('upper-cases quants and applies defaults', () => {
    expect(planParamsSchema.parse({ model: 'llama-3.3-70b-instruct', quant: 'q4_k_m' })).toEqual({ model: 'llama-3.3-70b-instruct', quant: 'Q4_K_M', ctx: 8192, tps: 10, users: 1 });
  });

  it('parses compare choices and rejects malformed ones', () => {
    const parsed = compareParamsSchema.parse({ c: ['a~q4_k_m~gpu~2~4096', 'b~Q8_0~gpu'] });
    expect(parsed.c[0]).toEqual({ model: 'a', quant: 'Q4_K_M', hardware: 'gpu', count: 2, context: 4096 });
    expect(parsed.c[1]).toMatchObject({ count: 1, context: 8192 });
    expect(compareParamsSchema.safeParse({ c: ['a~Q4_K_M~gpu'] }).success).toBe(false);
    expect(compareParamsSchema.safeParse({ c: ['a~Q4_K_M~gpu~99', 'b~Q4_K_M~gpu'] }).success).toBe(false);
  });
});
