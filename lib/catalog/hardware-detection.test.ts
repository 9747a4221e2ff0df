import { describe, expect, it } from 'vitest';
import type { NamedGpu } from '@/lib/catalog/gpu-names';
import { interpretBrowserHardware, operatingSystemOf, type BrowserHardware, type MacOption } from '@/lib/catalog/hardware-detection';
import { SEED_CATALOG } from '@/tests/support/seed-catalog';

const hardware = SEED_CATALOG.hardware;
const GPUS: NamedGpu[] = hardware.filter((h) => h.kind === 'gpu').map((h) => ({ slug: h.slug, name: h.name, memoryBytes: h.memoryBytes }));
// As the wizard page builds them: chip groups from the catalog names.
const MACS: MacOption[] = hardware
  .filter((h) => h.kind === 'apple-silicon')
  .map((h) => ({ slug: h.slug, chip: h.name.replace(/^Apple (M\d( \w+)?) \(.*$/, '$1') }));

const browser = (over: Partial<BrowserHardware>): BrowserHardware => ({ webglRenderer: null, webgpu: null, deviceMemoryGB: null, platform: null, ...over });

describe('interpretBrowserHardware', () => {
  it('Chrome on Windows with an RTX 3090: the card and the OS are filled in; RAM is not, and the cap is said', () => {
    const result = interpretBrowserHardware(
      browser({ webglRenderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3090 (0x00002204) Direct3D11 vs_5_0 ps_5_0, D3D11)', deviceMemoryGB: 8, platform: 'Windows' }),
      GPUS,
      MACS,
    );
    expect(result.answers).toEqual({ hw: 'gpu', gpu1: 'NVIDIA GeForce RTX 3090', os: 'windows' });
    expect(result.found.join(' ')).toContain('NVIDIA GeForce RTX 3090');
    expect(result.missing.join(' ')).toMatch(/at most 8 GB/);
    expect(result.missing.join(' ')).toMatch(/second graphics card/);
  });

  it('a Mac: the chip picks the first catalog configuration of it, and the memory is named as unknown', () => {
    const result = interpretBrowserHardware(browser({ webglRenderer: 'ANGLE (Apple, ANGLE Metal Renderer: Apple M2 Pro, Unspecified Version)', deviceMemoryGB: 8, platform: 'macOS' }), GPUS, MACS);
    expect(result.answers.hw).toBe('mac');
    expect(result.answers.os).toBe('macos');
    expect(MACS.find((m) => m.slug === result.answers.mac)?.chip).toBe('M2 Pro');
    expect(result.answers.ram).toBeUndefined();
    expect(result.missing.join(' ')).toMatch(/core count and memory/);
  });

  it('a software renderer names no card, and says so', () => {
    const result = interpretBrowserHardware(
      browser({ webglRenderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', platform: 'Linux x86_64' }),
      GPUS,
      MACS,
    );
    expect(result.answers).toEqual({ os: 'linux' });
    expect(result.missing.join(' ')).toMatch(/hides its name or draws in software/);
    expect(result.missing.join(' ')).toMatch(/does not report it/);
  });

  it('an ambiguous card is filled in as reported and the choice is left to the reader', () => {
    const result = interpretBrowserHardware(browser({ webglRenderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 4060 Ti (0x00002803) Direct3D11 vs_5_0 ps_5_0, D3D11)' }), GPUS, MACS);
    expect(result.answers.gpu1).toBe('NVIDIA GeForce RTX 4060 Ti');
    expect(result.missing.join(' ')).toContain('NVIDIA GeForce RTX 4060 Ti 16 GB');
  });

  it('a card the catalog lacks (a laptop chip) is reported by name, not replaced by a desktop card', () => {
    const result = interpretBrowserHardware(browser({ webglRenderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Laptop GPU (0x00002520) Direct3D11 vs_5_0 ps_5_0, D3D11)' }), GPUS, MACS);
    expect(result.answers.gpu1).toBeUndefined();
    expect(result.missing.join(' ')).toContain('RTX 3060 Laptop GPU');
  });

  it('WebGPU’s description is used when WebGL says nothing; a small deviceMemory is taken as the RAM', () => {
    const result = interpretBrowserHardware(browser({ webgpu: { vendor: 'amd', architecture: 'rdna-3', description: 'AMD Radeon RX 7900 XTX' }, deviceMemoryGB: 4 }), GPUS, MACS);
    expect(result.answers).toMatchObject({ hw: 'gpu', gpu1: 'AMD Radeon RX 7900 XTX', ram: '4' });
  });

  it('WebGPU with only a vendor: the vendor is quoted, the card reported as not detected', () => {
    const result = interpretBrowserHardware(browser({ webgpu: { vendor: 'nvidia', architecture: 'ampere', description: '' } }), GPUS, MACS);
    expect(result.answers.gpu1).toBeUndefined();
    expect(result.missing.join(' ')).toContain('vendor “nvidia”, architecture “ampere”');
  });
});

describe('operatingSystemOf', () => {
  it.each([
    ['Windows', 'windows'],
    ['Win32', 'windows'],
    ['macOS', 'macos'],
    ['MacIntel', 'macos'],
    ['Linux', 'linux'],
    ['Linux x86_64', 'linux'],
    ['Chrome OS', 'linux'],
    ['Android', null],
    ['iPhone', null],
    [null, null],
  ])('%s → %s', (platform, os) => {
    expect(operatingSystemOf(platform)).toBe(os);
  });
});
