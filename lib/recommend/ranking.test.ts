import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend, type CatalogHardware, type CatalogModel, type HardwareProfile, type Needs, type RecommendCatalog } from '@/lib/recommend';
import { DISPLAY_RESERVE_BYTES, estimateChoice } from '@/lib/estimate';
import { OPERATING_SYSTEMS } from '@/lib/enums';
import { deviceSpecOf } from './hardware';
import { headroomFor, LARGE_MAC_BYTES, macGpuCapNote, TIGHT_FIT_SHARE, wiredLimitMb } from './headroom';
import { ageYears, qualityScore } from './score';
import { speedWords } from './trade-off';
import { SEED_CATALOG as C, seedHardware } from '@/tests/support/seed-catalog';

// The laws of issue 14's ranking: quality on a continuous scale that prefers newer generations,
// MoE models with their experts in RAM competing on speed, honest headroom, Macs and CPUs.

const GiB = 1024 ** 3;
const hw = seedHardware;
const needs = (n: Partial<Needs> = {}): Needs => ({ useCase: 'chat', contextTokens: 8192, priority: 0.5, tool: 'auto', ...n });
const gpus16 = C.hardware.filter((h) => h.kind === 'gpu' && h.memoryBytes === 16 * GiB && (h.vendor === 'nvidia' || h.vendor === 'amd')).map((h) => h.slug);

describe('quality score', () => {
  it('is in [0, 1], rises with the effective size and falls with quant loss and age', () => {
    const eqs = fc.double({ min: 8, max: 12, noNaN: true });
    const loss = fc.double({ min: 0, max: 0.5, noNaN: true });
    const age = fc.double({ min: 0, max: 5, noNaN: true });
    const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    fc.assert(
      fc.property(eqs, eqs, loss, loss, age, age, rating, (e1, e2, l1, l2, a1, a2, r) => {
        const [eLo, eHi] = e1 <= e2 ? [e1, e2] : [e2, e1];
        const [lLo, lHi] = l1 <= l2 ? [l1, l2] : [l2, l1];
        const [aLo, aHi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const q = (effectiveQualityScore: number, relativeLoss: number, ageYears: number) => qualityScore({ effectiveQualityScore, rating: r, relativeLoss, ageYears });
        const base = q(eLo, lLo, aLo);
        expect(base).toBeGreaterThanOrEqual(0);
        expect(base).toBeLessThanOrEqual(1);
        expect(q(eHi, lLo, aLo)).toBeGreaterThanOrEqual(base);
        expect(q(eLo, lHi, aLo)).toBeLessThanOrEqual(base);
        expect(q(eLo, lLo, aHi)).toBeLessThanOrEqual(base);
      }),
    );
  });

  it('is continuous in the model size: no steps of a whole star between near-equal sizes', () => {
    fc.assert(
      fc.property(fc.double({ min: 8.7, max: 11.29, noNaN: true }), fc.integer({ min: 1, max: 5 }), (e, rating) => {
        const a = qualityScore({ effectiveQualityScore: e, rating });
        const b = qualityScore({ effectiveQualityScore: e + 0.01, rating });
        expect(b - a).toBeGreaterThan(0);
        expect(b - a).toBeLessThan(0.01);
      }),
    );
  });

  it('counts age from the newest release in the catalog, never negative, unknown dates as new', () => {
    expect(ageYears('2024-04-18', '2025-04-18')).toBeCloseTo(1, 2);
    expect(ageYears('2026-01-01', '2025-01-01')).toBe(0);
    expect(ageYears(null, '2025-01-01')).toBe(0);
    expect(ageYears('2020-01-01', '2026-01-01')).toBe(3);
  });
});

describe('ranking', () => {
  it('a newer release of the same model ranks at least as high as an older one', () => {
    const base = C.models.find((m) => m.slug === 'qwen3-8b') as CatalogModel;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 900 }), (daysOlder) => {
        const older: CatalogModel = { ...base, slug: 'older-twin', name: 'Older twin', releaseDate: new Date(Date.parse(base.releaseDate ?? '2025-04-29') - daysOlder * 864e5).toISOString().slice(0, 10) };
        const catalog: RecommendCatalog = { hardware: C.hardware, models: [...C.models, older] };
        const r = recommend({ hardware: { type: 'gpus', gpus: [hw('geforce-rtx-3060-12gb')] }, systemMemoryBytes: 32 * GiB, os: 'linux' }, needs(), catalog, { explain: false, limit: 40 });
        const rank = (slug: string) => r.results.find((x) => x.model.slug === slug)?.rank ?? Infinity;
        expect(rank(base.slug)).toBeLessThan(rank('older-twin'));
      }),
      { numRuns: 5 },
    );
  });

  it('orders results by the speed/quality blend, whatever the fit (GPU machines)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...gpus16, 'geforce-rtx-3060-12gb', 'geforce-rtx-4090'), fc.integer({ min: 0, max: 10 }), (slug, p) => {
        const r = recommend({ hardware: { type: 'gpus', gpus: [hw(slug)] }, systemMemoryBytes: 32 * GiB, os: 'linux' }, needs({ priority: p / 10 }), C, { explain: false });
        for (let i = 1; i < r.results.length; i++) expect(r.results[i - 1]!.score.total).toBeGreaterThanOrEqual(r.results[i]!.score.total);
      }),
      { numRuns: 8 },
    );
  });

  it('16 GB GPUs with 32 GB of RAM: an MoE with its experts in RAM is in the top five, with the matching --n-cpu-moe command', () => {
    expect(gpus16.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...gpus16), fc.constantFrom<Needs['useCase']>('chat', 'coding'), fc.constantFrom('windows', 'linux') as fc.Arbitrary<HardwareProfile['os']>, (slug, useCase, os) => {
        const r = recommend({ hardware: { type: 'gpus', gpus: [hw(slug)] }, systemMemoryBytes: 32 * GiB, os }, needs({ useCase }), C, { explain: false });
        const moe = r.results.slice(0, 5).find((x) => x.estimate.placement.moeExpertLayersOnCpu > 0 && x.estimate.placement.cpuLayers === 0);
        expect(moe, `${slug} ${useCase}`).toBeDefined();
        const n = moe!.estimate.placement.moeExpertLayersOnCpu;
        expect(moe!.commands[0]!.command).toMatch(new RegExp(`^llama-server .* -ngl 999 .*--n-cpu-moe ${n}\\b`));
        expect(moe!.tradeOff).toMatch(/^Experts in RAM: \d+(\.\d)?× bigger model than .+ \(fully on the GPU\), /);
      }),
      { numRuns: 8 },
    );
  });

  it('every pick carries a one-line trade-off', () => {
    const r = recommend({ hardware: { type: 'gpus', gpus: [hw('geforce-rtx-4090')] }, systemMemoryBytes: 64 * GiB, os: 'linux' }, needs(), C, { explain: false });
    for (const x of r.results) {
      expect(x.tradeOff.length).toBeGreaterThan(10);
      expect(x.tradeOff).not.toContain('\n');
    }
  });
});

describe('headroom', () => {
  it("law: a pick's used memory is at most the usable memory (VRAM less the OS's desktop share), and tight exactly above 90 % of it", () => {
    const gpuSlugs = C.hardware.filter((h) => h.kind === 'gpu').map((h) => h.slug);
    fc.assert(
      fc.property(fc.constantFrom(...gpuSlugs), fc.constantFrom(...OPERATING_SYSTEMS), fc.constantFrom(16, 32, 64), fc.constantFrom(4096, 8192, 32768), (slug, os, ram, ctx) => {
        const r = recommend({ hardware: { type: 'gpus', gpus: [hw(slug)] }, systemMemoryBytes: ram * GiB, os }, needs({ contextTokens: ctx }), C, { explain: false, limit: 8 });
        for (const x of r.results) {
          for (const d of x.estimate.memory.devices) {
            if (d.capacityBytes !== null) expect(d.bytes, `${x.estimate.model.slug} ${x.estimate.quant} on ${d.device} (${os})`).toBeLessThanOrEqual(d.capacityBytes);
            if (d.kind !== 'system' && d.capacityBytes !== null) expect(d.capacityBytes).toBeLessThanOrEqual(hw(slug).memoryBytes - DISPLAY_RESERVE_BYTES[os]);
            if (d.kind !== 'system') expect(d.displayReserveBytes).toBe(DISPLAY_RESERVE_BYTES[os]);
          }
          const h = headroomFor(x.estimate, os);
          expect(h.usedShare).toBeLessThanOrEqual(1);
          expect(h.tight).toBe(h.usedShare > TIGHT_FIT_SHARE);
          expect(h.advice === null).toBe(!h.tight);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('law, two GPUs: no pick shows above 100 % of usable memory, and only the first GPU (the display GPU) keeps the desktop share', () => {
    const gpuSlugs = C.hardware.filter((h) => h.kind === 'gpu' && h.formFactor !== 'laptop').map((h) => h.slug);
    fc.assert(
      fc.property(fc.constantFrom(...gpuSlugs), fc.constantFrom(...gpuSlugs), fc.constantFrom(...OPERATING_SYSTEMS), fc.constantFrom(32, 64), (first, second, os, ram) => {
        const r = recommend({ hardware: { type: 'gpus', gpus: [hw(first), hw(second)] }, systemMemoryBytes: ram * GiB, os }, needs(), C, { explain: false, limit: 6 });
        for (const x of r.results) {
          const gpus = x.estimate.memory.devices.filter((d) => d.kind !== 'system');
          for (const d of x.estimate.memory.devices) if (d.capacityBytes !== null) expect(d.bytes).toBeLessThanOrEqual(d.capacityBytes);
          expect(gpus.filter((d) => d.displayReserveBytes > 0).length).toBeLessThanOrEqual(1);
          // llama.cpp and vLLM list the GPUs in the order given: the second card never keeps a reserve.
          if (gpus.length === 2) expect(gpus[1]!.displayReserveBytes).toBe(0);
          const h = headroomFor(x.estimate, os);
          expect(h.usedShare).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('a multimodal pick keeps its vision encoder inside the first GPU (RTX 2080 Ti + Tesla T4 on Windows, found by the law above: vLLM filled the GPU to its budget, then the encoder went on top)', () => {
    const r = recommend({ hardware: { type: 'gpus', gpus: [hw('geforce-rtx-2080-ti'), hw('tesla-t4')] }, systemMemoryBytes: 32 * GiB, os: 'windows' }, needs(), C, { explain: false, limit: 20 });
    expect(r.results.length).toBeGreaterThan(0);
    for (const x of r.results) for (const d of x.estimate.memory.devices) if (d.capacityBytes !== null) expect(d.bytes, `${x.model.slug} ${x.format} ${x.runtime} on ${d.device}`).toBeLessThanOrEqual(d.capacityBytes);
  });

  it('a 24 GiB card on Windows does not hold Qwen3-32B Q5_K_M on the GPU alone: the desktop keeps 1 GiB of it', () => {
    const qwen = C.models.find((m) => m.slug === 'qwen3-32b');
    if (!qwen) throw new Error('qwen3-32b is not in the seed catalog');
    const e = (os: 'windows' | 'headless') =>
      estimateChoice({ model: qwen, quant: 'Q5_K_M', runtime: 'llama.cpp', hardware: { devices: [deviceSpecOf(hw('geforce-rtx-4090'))], systemMemoryBytes: 32 * GiB, os }, contextTokens: 8192 });
    expect(e('headless').fit).toBe('full-gpu');
    const windows = e('windows');
    expect(windows.fit).toBe('partial-offload');
    expect(windows.memory.devices[0]!.capacityBytes).toBe(23 * GiB);
    expect(windows.memory.devices[0]!.bytes).toBeLessThanOrEqual(23 * GiB);
    expect(windows.assumptions.join(' ')).toContain('1.0 GiB of the GPU kept for the Windows desktop');
  });

  it('a headless GPU machine (the wizard answer) keeps nothing for a desktop: the whole VRAM is usable', () => {
    const r = recommend({ hardware: { type: 'gpus', gpus: [hw('geforce-rtx-4090')] }, systemMemoryBytes: 64 * GiB, os: 'headless' }, needs(), C, { explain: false, limit: 5 });
    expect(r.results.length).toBeGreaterThan(0);
    for (const x of r.results) {
      for (const d of x.estimate.memory.devices) {
        if (d.kind === 'system') continue;
        expect(d.displayReserveBytes).toBe(0);
        expect(d.capacityBytes).toBe(hw('geforce-rtx-4090').memoryBytes);
      }
      expect(x.headroom.advice ?? '').not.toContain('desktop keeps');
    }
  });

  it('the desktop reserve is largest on Windows, then Linux; macOS and headless keep none', () => {
    expect(DISPLAY_RESERVE_BYTES.windows).toBeGreaterThan(DISPLAY_RESERVE_BYTES.linux);
    expect(DISPLAY_RESERVE_BYTES.linux).toBeGreaterThan(0);
    expect(DISPLAY_RESERVE_BYTES.macos).toBe(0);
    expect(DISPLAY_RESERVE_BYTES.headless).toBe(0);
  });
});

describe('Macs', () => {
  const macs = C.hardware.filter((h) => h.kind === 'apple-silicon');
  it('the results explain the GPU cap; large Macs get the exact sysctl command', () => {
    fc.assert(
      fc.property(fc.constantFrom(...macs.map((h) => h.slug)), (slug) => {
        const mac = hw(slug);
        const r = recommend({ hardware: { type: 'apple', apple: mac }, systemMemoryBytes: mac.memoryBytes, os: 'macos' }, needs(), C, { explain: false, limit: 3 });
        expect(r.notes).toContain(macGpuCapNote(mac.memoryBytes));
        const sysctl = `sudo sysctl iogpu.wired_limit_mb=${wiredLimitMb(mac.memoryBytes)}`;
        if (mac.memoryBytes >= LARGE_MAC_BYTES) expect(r.notes.join(' ')).toContain(sysctl);
        else expect(r.notes.join(' ')).not.toContain('sudo sysctl');
        expect(wiredLimitMb(mac.memoryBytes)).toBeLessThan(mac.memoryBytes / 2 ** 20);
      }),
      { numRuns: 15 },
    );
  });

  it('tool auto on a Mac: an MLX pick replaced a slower llama.cpp pick of the same model, and its cards carry mlx_lm commands', () => {
    const mac = hw('apple-m3-pro-18c-18gb');
    const r = recommend({ hardware: { type: 'apple', apple: mac }, systemMemoryBytes: mac.memoryBytes, os: 'macos' }, needs(), C, { explain: false });
    const mlx = r.results.filter((x) => x.runtime === 'mlx');
    expect(mlx.length).toBeGreaterThan(0);
    // Where MLX beat a llama.cpp file of the same model at about the same bits, the card says so; an
    // MLX file that won on other grounds (more bits than any GGUF pick) is weighed like any pick.
    expect(mlx.some((x) => /^MLX instead of llama\.cpp \S+: (\d+(\.\d)?× the speed|about the same speed)/.test(x.tradeOff))).toBe(true);
    for (const x of mlx) {
      expect(x.commands.map((c) => c.command).join('\n')).toMatch(/mlx_lm\.generate --model \S+/);
      expect(x.commands.map((c) => c.command).join('\n')).toMatch(/mlx_lm\.server --model \S+/);
    }
  });
});

describe('CPU machines', () => {
  it('nothing needs more than the RAM the machine has', () => {
    fc.assert(
      fc.property(fc.constantFrom(...C.hardware.filter((h) => h.kind === 'cpu').map((h) => h.slug)), fc.constantFrom(8, 12, 16, 24, 32), (slug, ram) => {
        const cpu = hw(slug);
        const r = recommend({ hardware: { type: 'cpu-only', cpu }, systemMemoryBytes: ram * GiB, systemBandwidthGBps: cpu.bandwidthGBps, os: 'windows' }, needs({ contextTokens: 4096 }), C, { explain: false });
        for (const x of r.results) expect(x.estimate.memory.totalBytes, x.model.slug).toBeLessThanOrEqual(ram * GiB);
      }),
      { numRuns: 10 },
    );
  });
});

describe('speedWords', () => {
  it('reads a ratio the way a person would', () => {
    expect(speedWords(0.5)).toBe('half the speed');
    expect(speedWords(1)).toBe('about the same speed');
    expect(speedWords(3)).toBe('3.0× the speed');
    expect(speedWords(0.3)).toBe('30 % of the speed');
  });
});

describe('upgrade advice fits the device', () => {
  // Laptop CPU configurations of the catalog, one per memory type, marked as laptops by their form factor.
  const asLaptop = (slug: string): CatalogHardware => ({ ...hw(slug), formFactor: 'laptop' });
  it.each([
    ['DDR4', 'amd-ryzen-7-5800u-16gb-ddr4-3200', false],
    ['DDR5', 'amd-ryzen-7-8845hs-32gb-ddr5-5600', false],
    ['LPDDR5X', 'amd-ryzen-7-8845hs-32gb-lpddr5x-7500', true],
  ] as const)('a %s laptop (form factor laptop) is never told to add a card: more RAM where socketed, else a smaller quant or another machine', (_type, slug, soldered) => {
    const laptop = asLaptop(slug);
    const r = recommend({ hardware: { type: 'cpu-only', cpu: laptop }, systemMemoryBytes: 16 * GiB, systemBandwidthGBps: laptop.bandwidthGBps, os: 'windows' }, needs(), C);
    expect(r.upgrade?.kind ?? 'none').not.toMatch(/gpu/);
    if (soldered) {
      expect(r.upgrade).toBeNull();
      expect(r.notes.join(' ')).toMatch(/soldered.*smaller quant/);
    } else expect(['more-ram', 'none']).toContain(r.upgrade?.kind ?? 'none');
    expect(r.notes.join(' ')).toMatch(/A laptop takes no desktop card: .*smaller quant.*another machine/);
  });

  it('a laptop GPU (form factor laptop) is offered no bigger or second card', () => {
    const laptopGpus = C.hardware.filter((h) => h.kind === 'gpu' && h.formFactor === 'laptop');
    expect(laptopGpus.length).toBeGreaterThan(0);
    for (const g of laptopGpus) {
      const r = recommend({ hardware: { type: 'gpus', gpus: [g] }, systemMemoryBytes: 16 * GiB, os: 'windows' }, needs(), C);
      expect(r.upgrade?.kind ?? 'none', g.slug).not.toMatch(/gpu/);
      expect(r.notes.join(' ')).toMatch(/A laptop takes no desktop card/);
    }
  });

  it('a desktop CPU machine may be offered a card or more RAM', () => {
    const desktop = hw('amd-ryzen-7-7700x-32gb-ddr5-5200');
    const r = recommend({ hardware: { type: 'cpu-only', cpu: desktop }, systemMemoryBytes: 16 * GiB, systemBandwidthGBps: desktop.bandwidthGBps, os: 'windows' }, needs(), C);
    expect(r.upgrade).not.toBeNull();
    expect(['add-gpu', 'more-ram']).toContain(r.upgrade!.kind);
  });
});
