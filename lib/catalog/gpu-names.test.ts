import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestGpuNames, gpuNameFromRenderer, matchGpuName, normalizeGpuName, type NamedGpu } from '@/lib/catalog/gpu-names';
import { GPU_FIELD_KINDS } from '@/lib/enums';
import { SEED_CATALOG } from '@/tests/support/seed-catalog';

// The catalog's GPUs, through the seed's loader and the records → domain loader: the names people type are matched against
// the real list, so a new card with a confusable name fails here, not in the wizard.
const GPUS: NamedGpu[] = SEED_CATALOG.hardware
  .filter((h) => GPU_FIELD_KINDS.includes(h.kind))
  .map((h) => ({ slug: h.slug, name: h.name, memoryBytes: h.memoryBytes }));

const slugOf = (text: string) => {
  const result = matchGpuName(text, GPUS);
  return result.ok ? result.slug : result.reason;
};

describe('matchGpuName on the catalog', () => {
  it.each([
    ['RTX 3090', 'geforce-rtx-3090'],
    ['rtx3090', 'geforce-rtx-3090'],
    ['NVIDIA GeForce RTX 3090', 'geforce-rtx-3090'],
    ['nvidia geforce rtx 3090', 'geforce-rtx-3090'],
    ['GeForce RTX™ 3090', 'geforce-rtx-3090'],
    ['3090', 'geforce-rtx-3090'],
    ['RTX 3090 24GB', 'geforce-rtx-3090'],
    ['RTX 3090 Ti', 'geforce-rtx-3090-ti'],
    ['4060 Ti 16GB', 'geforce-rtx-4060-ti-16gb'],
    ['4060ti 16 GB', 'geforce-rtx-4060-ti-16gb'],
    ['RTX 4060 Ti (8 GB)', 'geforce-rtx-4060-ti-8gb'],
    ['RTX 4070', 'geforce-rtx-4070'],
    ['RTX 4070 Ti Super', 'geforce-rtx-4070-ti-super'],
    ['RTX 3060', 'geforce-rtx-3060-12gb'],
    ['RTX 3060 12G', 'geforce-rtx-3060-12gb'],
    ['RX 7900 XTX', 'radeon-rx-7900-xtx'],
    ['7900xtx', 'radeon-rx-7900-xtx'],
    ['AMD Radeon RX 7900 XT', 'radeon-rx-7900-xt'],
    ['Arc A770 16GB', 'arc-a770-16gb'],
    ['Tesla P40', 'tesla-p40'],
    ['P40', 'tesla-p40'],
    ['RTX A6000', 'rtx-a6000'],
    ['A6000', 'rtx-a6000'],
    ['Radeon 8060S 128GB', 'ryzen-ai-max-plus-395-128gb'],
    ['DGX Spark', 'nvidia-dgx-spark-128gb'],
    ['geforce-rtx-4090', 'geforce-rtx-4090'],
    ['NVIDIA GeForce RTX 4090', 'geforce-rtx-4090'],
    ['GTX 4090', 'geforce-rtx-4090'], // the product line is optional: there is no GTX 4090
    ['Ryzen AI Max+ 395 64GB', 'ryzen-ai-max-plus-395-64gb'],
    ['Tesla P100', 'tesla-p100-16gb'],
    ['RTX 4000 Ada', 'rtx-4000-ada'],
    ['A100 SXM', 'a100-80gb-sxm'],
    ['H100 PCIe', 'h100-pcie'],
  ])('%s → %s', (typed, slug) => {
    expect(slugOf(typed)).toBe(slug);
  });

  it.each([
    ['4060 Ti', ['geforce-rtx-4060-ti-8gb', 'geforce-rtx-4060-ti-16gb']],
    ['RTX 3080', ['geforce-rtx-3080-10gb', 'geforce-rtx-3080-12gb']],
    ['RTX 2060', ['geforce-rtx-2060', 'geforce-rtx-2060-12gb']],
    ['H100', ['h100-pcie', 'h100-sxm']],
    ['Ryzen AI Max+ 395', ['ryzen-ai-max-plus-395-32gb', 'ryzen-ai-max-plus-395-64gb', 'ryzen-ai-max-plus-395-128gb']],
    ['A100 80GB', ['a100-80gb-pcie', 'a100-80gb-sxm']],
  ])('%s is ambiguous: every card it may mean is suggested, smallest memory first', (typed, slugs) => {
    const result = matchGpuName(typed, GPUS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('ambiguous');
    expect(result.suggestions.map((s) => s.slug)).toEqual(slugs);
  });

  it.each([
    ['RTX 3060 8GB', 'geforce-rtx-3060-12gb'], // the 8 GB 3060 is not in the catalog: say so, offer the 12 GB
    ['RTX 3060 Laptop GPU', 'geforce-rtx-3060-12gb'], // a laptop chip is not the desktop card
    ['RTX 3909', 'geforce-rtx-3090'], // a typo
  ])('%s matches nothing; "did you mean" lists %s among the closest', (typed, expected) => {
    const result = matchGpuName(typed, GPUS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('unknown');
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.map((s) => s.slug)).toContain(expected);
  });

  it('an unrelated name matches nothing but still gets suggestions', () => {
    const result = matchGpuName('GeForce 9999 Imaginary', GPUS);
    expect(result).toMatchObject({ ok: false, reason: 'unknown' });
    if (!result.ok) expect(result.suggestions.length).toBe(4);
  });
});

describe('laws', () => {
  // Each catalog name as a person might type it: any case, vendor words dropped or kept, spaces
  // between letters and digits removed or doubled, a trademark sign; it must find its own card.
  const variant = (gpu: NamedGpu) =>
    fc
      .record({
        dropVendor: fc.boolean(),
        joinLetterDigit: fc.boolean(),
        doubleSpaces: fc.boolean(),
        trademark: fc.boolean(),
        caseFlips: fc.array(fc.boolean(), { minLength: gpu.name.length, maxLength: gpu.name.length }),
      })
      .map((choice) => {
        let text = gpu.name;
        if (choice.dropVendor) text = text.replace(/^(NVIDIA|AMD|Intel) (GeForce )?/, '');
        if (choice.trademark) text = text.replace(/^(\S+)/, '$1™');
        if (choice.joinLetterDigit) text = text.replace(/([A-Za-z]) (\d)/g, '$1$2').replace(/(\d) ([A-Za-z])/g, '$1$2');
        if (choice.doubleSpaces) text = text.replace(/ /g, '  ');
        return [...text].map((c, i) => (choice.caseFlips[i] ? c.toUpperCase() : c.toLowerCase())).join('');
      });

  it('every catalog name, however it is typed, resolves to its own card', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GPUS).chain((gpu) => variant(gpu).map((text) => ({ gpu, text }))),
        ({ gpu, text }) => {
          expect(slugOf(text), text).toBe(gpu.slug);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('normalizing ignores case and the spaces between letters and digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const spaced = text.replace(/([A-Za-z])(\d)/g, '$1 $2').replace(/(\d)([A-Za-z])/g, '$1 $2');
        expect(normalizeGpuName(spaced)).toEqual(normalizeGpuName(text));
        expect(normalizeGpuName(text.toUpperCase())).toEqual(normalizeGpuName(text.toLowerCase()));
      }),
    );
  });

  it('any text gets an answer: a card from the catalog, or suggestions from the catalog (never empty)', () => {
    const slugs = new Set(GPUS.map((g) => g.slug));
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = matchGpuName(text, GPUS);
        if (result.ok) expect(slugs.has(result.slug)).toBe(true);
        else {
          expect(result.suggestions.length).toBeGreaterThan(0);
          for (const s of result.suggestions) expect(slugs.has(s.slug)).toBe(true);
        }
      }),
    );
  });

  it('the closest names are distinct and at most the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 1, max: 8 }), (text, limit) => {
        const names = closestGpuNames(text, GPUS, limit);
        expect(names.length).toBe(Math.min(limit, GPUS.length));
        expect(new Set(names.map((n) => n.slug)).size).toBe(names.length);
      }),
    );
  });
});

describe('gpuNameFromRenderer', () => {
  it.each([
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3090 (0x00002204) Direct3D11 vs_5_0 ps_5_0, D3D11)', 'NVIDIA GeForce RTX 3090'],
    ['ANGLE (NVIDIA Corporation, NVIDIA GeForce RTX 4060 Ti/PCIe/SSE2, OpenGL 4.5.0 NVIDIA 550.54.14)', 'NVIDIA GeForce RTX 4060 Ti'],
    ['ANGLE (AMD, AMD Radeon RX 7900 XTX (0x0000744C) Direct3D11 vs_5_0 ps_5_0, D3D11)', 'AMD Radeon RX 7900 XTX'],
    ['ANGLE (Apple, ANGLE Metal Renderer: Apple M2 Pro, Unspecified Version)', 'Apple M2 Pro'],
    ['NVIDIA GeForce GTX 980, or similar', 'NVIDIA GeForce GTX 980'],
    ['AMD Radeon RX 7900 XTX (radeonsi, navi31, LLVM 17.0.6, DRM 3.57, 6.8.0)', 'AMD Radeon RX 7900 XTX'],
    ['ANGLE (Intel, Intel(R) Arc(TM) A770 Graphics (0x000056A0) Direct3D11 vs_5_0 ps_5_0, D3D11)', 'Intel(R) Arc(TM) A770 Graphics'],
  ])('%s → %s', (renderer, name) => {
    expect(gpuNameFromRenderer(renderer)).toBe(name);
  });

  it.each([
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'Apple GPU',
    'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
    '',
  ])('software or masked renderers name no card: %s', (renderer) => {
    expect(gpuNameFromRenderer(renderer)).toBeNull();
  });

  it('a renderer string from Windows resolves to the catalog card', () => {
    const name = gpuNameFromRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 4070 SUPER (0x00002783) Direct3D11 vs_5_0 ps_5_0, D3D11)');
    expect(slugOf(name!)).toBe('geforce-rtx-4070-super');
  });
});
