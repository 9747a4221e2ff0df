import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPath } from '@/lib/http/canonical-path';
import { CLUSTER_LINKS, HOST_SYSTEMS, TOOLS as WIZARD_TOOLS, USE_CASES as WIZARD_USE_CASES, WIZARD_HARDWARE_MODES as HARDWARE_MODES } from '@/lib/enums';
import { WIZARD_PRESETS, canonicalWizardPath, presetHref, wizardParamsSchema, wizardPath } from '@/lib/schemas/wizard';

const canonical = '/wizard/results/hw/gpu/gpu/geforce-rtx-4090/ram/32/os/windows/use/chat/ctx/8192/pri/50/tool/auto';

/** Any valid answer set, as the form would produce it. */
const answers = fc
  .record({
    hw: fc.constantFrom(...HARDWARE_MODES),
    gpus: fc.array(fc.constantFrom('geforce-rtx-4090', 'geforce-rtx-3060-12gb', 'radeon-rx-7900-xtx'), { minLength: 1, maxLength: 4 }),
    ram: fc.integer({ min: 1, max: 4096 }),
    mem: fc.integer({ min: 1, max: 2048 }),
    bw: fc.integer({ min: 1, max: 20000 }),
    os: fc.constantFrom(...HOST_SYSTEMS),
    use: fc.constantFrom(...WIZARD_USE_CASES),
    ctx: fc.integer({ min: 512, max: 1_048_576 }),
    pri: fc.integer({ min: 0, max: 100 }),
    tool: fc.constantFrom(...WIZARD_TOOLS),
    link: fc.constantFrom(...CLUSTER_LINKS),
  })
  .map(({ hw, gpus, ...rest }) => wizardParamsSchema.parse({ ...rest, hw, gpu: hw === 'gpu' ? gpus.join(',') : undefined, mac: hw === 'mac' ? 'apple-m2-8c-8gb' : undefined, macs: hw === 'cluster' ? 'apple-m4-pro-20c-64gb,apple-m4-pro-20c-64gb,apple-m4-10c-16gb' : undefined, cpu: hw === 'cpu' ? 'ryzen-9-7950x-64gb' : undefined, mem: hw === 'other' ? rest.mem : undefined, bw: hw === 'other' ? rest.bw : undefined }));

describe('one address per wizard answer set', () => {
  it('lets the canonical form of any valid answer set through, and only that form', () => {
    fc.assert(
      fc.property(answers, (params) => {
        const path = canonicalWizardPath(params);
        expect(checkPath(path)).toEqual({ kind: 'pass' });
        // The same answers with every field spelled out (unused ones too) redirect to it.
        const verbose = wizardPath({ ...params, mac: params.mac ?? 'apple-m4-10c-16gb', ram: params.ram });
        if (verbose !== path) expect(checkPath(verbose)).toEqual({ kind: 'redirect', location: path });
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['/wizard/results/hw/gpu/gpu/geforce-rtx-4090', 'defaults left out'],
    ['/wizard/results/ram/32/hw/gpu/gpu/geforce-rtx-4090/os/windows/use/chat/ctx/8192/pri/50/tool/auto', 'another order'],
    ['/wizard/results/hw/gpu/gpu/geforce-rtx-4090/ram/032/os/windows/use/chat/ctx/8192/pri/50/tool/auto', 'a leading zero'],
    ['/wizard/results/hw/gpu/gpu/geforce-rtx-4090/ram/32/os/windows/use/chat/ctx/8.192e3/pri/50/tool/auto', 'an exponent'],
    ['/wizard/results/hw/gpu/gpu/geforce-rtx-4090/ram/32/os/windows/use/chat/ctx/8192/pri/50/tool/auto/mac/apple-m2-8c-8gb', 'a field its mode does not use'],
    ['/wizard/results/hw/%67pu/gpu/geforce-rtx-4090/ram/32/os/windows/use/chat/ctx/8192/pri/50/tool/auto', 'a needless escape'],
  ])('redirects %s (%s) to the canonical path', (path) => {
    expect(checkPath(path)).toEqual({ kind: 'redirect', location: canonical });
  });

  it.each([
    ['/wizard/results/hw/gpu/gpu/geforce-rtx-4090/ram/31.5', 'ram: ram must be a whole number of GB'],
    ['/wizard/results/hw/gpu/gpu/geforce-rtx-4090/pri/900', 'pri: pri must be 0–100'],
    ['/wizard/results/hw/gpu/gpu/geforce-rtx-4090/evil/1', 'Unrecognized key: "evil"'],
    ['/wizard/results/hw/gpu', 'gpu: choose at least one GPU'],
    ['/wizard/results/hw/gpu/hw/mac', 'hw appears twice'],
    ['/wizard/results/hw', 'the link must alternate answer names and values'],
    ['/wizard/results/hw/%ZZ', 'the address has a malformed %-escape'],
    ['/wizard/results/hw/gpu/gpu/GEFORCE', 'gpu.0: lower-case letters, digits, "-" and "." only'],
  ])('refuses %s with 400 naming the problem', (path, problem) => {
    const verdict = checkPath(path);
    expect(verdict.kind === 'reject' && verdict.status).toBe(400);
    expect(verdict.kind === 'reject' && verdict.problems.join(' | ')).toContain(problem);
  });

  it('gives every guide preset its canonical permalink', () => {
    for (const preset of Object.keys(WIZARD_PRESETS)) expect(checkPath(presetHref(preset)!), preset).toEqual({ kind: 'pass' });
  });

  it('never answers a 5xx-worthy throw, whatever the path', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('hw', 'gpu', 'ram', '%', '%ZZ', '%2C', '..', '')), { maxLength: 30 }), (segments) => {
        const verdict = checkPath(`/wizard/results/${segments.join('/')}`);
        expect(['pass', 'redirect', 'reject']).toContain(verdict.kind);
      }),
      { numRuns: 500 },
    );
  });
});

describe('slugs in catalog and guide addresses', () => {
  it.each([
    ['/models/llama-3.1-8b-instruct', { kind: 'pass' }],
    ['/models/Llama-3.1-8B-Instruct', { kind: 'redirect', location: '/models/llama-3.1-8b-instruct' }],
    ['/hardware/GeForce-RTX-4090', { kind: 'redirect', location: '/hardware/geforce-rtx-4090' }],
    ['/guides/Parameters/opengraph-image-lmudn0', { kind: 'redirect', location: '/guides/parameters/opengraph-image-lmudn0' }],
    ['/api/v1/hardware/a10', { kind: 'pass' }],
  ])('%s', (path, verdict) => {
    expect(checkPath(path)).toEqual(verdict);
  });

  it.each(['/models/%ZZ', '/models/a%20b', '/hardware/--', '/guides/%3Cscript%3E', `/models/${'a'.repeat(200)}`])('%s is not a page: 404 without rendering, or 400 for a bad escape', (path) => {
    const verdict = checkPath(path);
    expect(verdict.kind).toBe('reject');
    expect(verdict.kind === 'reject' && verdict.status).toBe(path.includes('%ZZ') ? 400 : 404);
  });
});
