import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, planHardware, recommend, validateCommand, type HardwareProfile, type Needs } from '@/lib/recommend';
import { SEED_CATALOG as C, seedHardware } from '@/tests/support/seed-catalog';
import { MACOS_MINIMUM_BYTES } from '@/lib/estimate/overhead';
import { ASSUMED_HOST_BANDWIDTH_GBPS } from '@/lib/estimate';

const GiB = 1024 ** 3;
const hw = seedHardware;
const gpus = (slugs: string[], ramGiB: number): HardwareProfile => ({ hardware: { type: 'gpus', gpus: slugs.map(hw) }, systemMemoryBytes: ramGiB * GiB, os: 'linux' });
const needs = (n: Partial<Needs> = {}): Needs => ({ useCase: 'chat', contextTokens: 8192, priority: 0.6, tool: 'auto', ...n });
const modelOf = (slug: string) => C.models.find((m) => m.slug === slug);
const coding = (slug: string) => (modelOf(slug)?.strengths ?? []).some((s) => s.useCase === 'coding');

describe('recommend: RTX 3060 12 GB + 32 GB RAM, coding, 8k', () => {
  const r = recommend(gpus(['geforce-rtx-3060-12gb'], 32), needs({ useCase: 'coding' }), C);
  const top = r.results.slice(0, 5);

  it('returns ranked rows, one per model', () => {
    expect(r.results.length).toBeGreaterThan(5);
    expect(new Set(r.results.map((x) => x.model.slug)).size).toBe(r.results.length);
    expect(r.results.map((x) => x.rank)).toEqual(r.results.map((_, i) => i + 1));
  });

  it('top results are coding-rated models at 4–6 bits, fully on the GPU or an MoE with only its experts in RAM', () => {
    for (const x of top) {
      expect(coding(x.model.slug), x.model.slug).toBe(true);
      expect(x.estimate.bitsPerWeight, `${x.model.slug} ${x.format}`).toBeGreaterThanOrEqual(4);
      expect(x.estimate.bitsPerWeight, `${x.model.slug} ${x.format}`).toBeLessThanOrEqual(6.7);
      const expertsOnly = x.estimate.fit === 'partial-offload' && x.estimate.placement.moeExpertLayersOnCpu > 0 && x.estimate.placement.cpuLayers === 0;
      expect(x.estimate.fit === 'full-gpu' || expertsOnly, `${x.model.slug} ${x.estimate.fit}`).toBe(true);
    }
    // A coder MoE with its experts in RAM (Qwen3-Coder 30B-A3B) competes with, and here ranks above, the dense models that fit whole, which are still listed.
    expect(top.some((x) => x.estimate.placement.moeExpertLayersOnCpu > 0 && /coder/.test(x.model.slug))).toBe(true);
    expect(r.results.filter((x) => x.estimate.fit === 'full-gpu' && x.model.activeParams === x.model.totalParams && x.model.totalParams >= 12e9).length).toBeGreaterThanOrEqual(2);
  });

  it('every row leads with a command for its runtime (llama-server on llama.cpp rows) and every command validates', () => {
    for (const x of r.results) {
      expect(x.commands[0]?.tool, x.model.slug).toBe(x.runtime);
      if (x.runtime === 'llama.cpp') expect(x.commands[0]!.command, x.model.slug).toMatch(/^llama-server -hf \S+ -c 8192 /);
      for (const c of x.commands) expect(validateCommand(c), c.command).toMatchObject({ ok: true });
    }
  });

  it.each([
    ['instant', 40],
    ['fast', 20],
    ['reading speed', 8],
    ['slow', 3],
  ])('feel %s means ≥ %d tok/s', (feel, min) => {
    for (const x of r.results.filter((y) => y.feel === feel)) expect(x.decodeTokensPerSec?.expected ?? 0).toBeGreaterThanOrEqual(min);
  });

  it('explains missing popular models and proposes an upgrade', () => {
    const llama = r.whyNot.find((w) => w.modelSlug === 'llama-3.3-70b-instruct');
    expect(llama?.reason).toMatch(/needs [\d.]+ GiB at Q4_K_M with 8k context; you have 12 GiB VRAM \+ 32 GiB RAM/);
    expect(r.upgrade).not.toBeNull();
    expect(r.upgrade?.unlocks.length).toBeGreaterThan(0);
  });
});

describe('recommend: MacBook Air M2 8 GB', () => {
  // Two limits on a Mac: what the GPU holds (Metal buffers) stays under Metal's working-set cap, and
  // everything the run holds, the CPU side included (llama.cpp keeps its input layer there), shares the
  // same unified memory, so the whole stays within the machine's memory less what macOS keeps.
  it('keeps what the GPU holds under the Metal working-set cap and the whole run within memory less macOS’s share', () => {
    const r = recommend({ hardware: { type: 'apple', apple: hw('apple-m2-8c-8gb') }, systemMemoryBytes: 8 * GiB, os: 'macos' }, needs(), C);
    expect(r.results.length).toBeGreaterThan(0);
    for (const x of r.results) {
      const cap = x.estimate.memory.metalCapBytes;
      expect(cap).not.toBeNull();
      expect(cap as number).toBeGreaterThan(5.3 * GiB);
      expect(cap as number).toBeLessThan(5.7 * GiB);
      const gpuBytes = x.estimate.memory.devices.filter((d) => d.kind !== 'system').reduce((sum, d) => sum + d.bytes, 0);
      expect(gpuBytes, x.model.slug).toBeGreaterThan(0);
      expect(gpuBytes, x.model.slug).toBeLessThanOrEqual(cap as number);
      expect(x.estimate.memory.totalBytes, x.model.slug).toBeLessThanOrEqual(8 * GiB - MACOS_MINIMUM_BYTES);
      for (const c of x.commands) expect(validateCommand(c), c.command).toMatchObject({ ok: true });
    }
    // Not the old law: Gemma 4 E4B's per-layer embedding table sits on the CPU side, so its total passes the cap.
    const e4b = r.results.find((x) => x.model.slug === 'gemma-4-e4b-it');
    expect(e4b?.estimate.memory.totalBytes).toBeGreaterThan(e4b?.estimate.memory.metalCapBytes ?? Infinity);
  });
});

describe('recommend: 2× RTX 3090', () => {
  const r = recommend(gpus(['geforce-rtx-3090', 'geforce-rtx-3090'], 64), needs({ priority: 0.7 }), C);
  it('lists a 70B at ~4 bits split over both GPUs with -ts', () => {
    const big = r.results.find((x) => x.model.totalParams > 65e9 && x.estimate.bitsPerWeight >= 3.9 && x.estimate.bitsPerWeight <= 5);
    expect(big, r.results.map((x) => `${x.model.slug} ${x.format}`).join(', ')).toBeDefined();
    if (!big) return;
    const gpuDevices = big.estimate.memory.devices.filter((d) => d.kind !== 'system' && d.layers > 0);
    expect(gpuDevices.length).toBe(2);
    const llama = big.commands.find((c) => c.tool === 'llama.cpp');
    expect(llama?.command).toMatch(/ -ts \d+,\d+/);
    expect(validateCommand(llama?.command ?? '')).toMatchObject({ ok: true });
  });
});

describe('recommend: tool filter and CPU-only', () => {
  it('tool=ollama only returns Ollama rows with catalog tags', () => {
    const r = recommend(gpus(['geforce-rtx-4090'], 64), needs({ tool: 'ollama' }), C);
    expect(r.results.length).toBeGreaterThan(0);
    for (const x of r.results) expect(x.runtime).toBe('ollama');
  });
  it('CPU-only machines get cpu-only rows and -ngl 0', () => {
    const r = recommend({ hardware: { type: 'cpu-only', cpu: hw('amd-ryzen-9-7950x-64gb-ddr5-5200') }, systemMemoryBytes: 64 * GiB, os: 'linux' }, needs({ contextTokens: 4096 }), C);
    expect(r.results.length).toBeGreaterThan(0);
    for (const x of r.results) {
      expect(x.estimate.fit).toBe('cpu-only');
      const l = x.commands.find((c) => c.tool === 'llama.cpp');
      if (l) expect(l.command).toContain('-ngl 0');
    }
  });
  it('a CPU-only machine given without a RAM bandwidth reads its RAM at the fitted assumption, and says it was assumed', () => {
    const r = recommend({ hardware: { type: 'cpu-only' }, systemMemoryBytes: 32 * GiB, os: 'linux' }, needs({ contextTokens: 4096 }), C);
    expect(r.results.length).toBeGreaterThan(0);
    const assumed = `an assumed ${ASSUMED_HOST_BANDWIDTH_GBPS.toFixed(1)} GB/s`;
    for (const x of r.results) expect(x.estimate.assumptions.some((a) => a.includes(assumed)), x.model.slug).toBe(true);
  });
  it('vision requires image input', () => {
    const r = recommend(gpus(['geforce-rtx-4090'], 64), needs({ useCase: 'vision' }), C);
    for (const x of r.results) expect(x.model.modalities).toContain('image');
  });
});

describe('planHardware', () => {
  const request = { modelSlug: 'llama-3.3-70b-instruct', quant: 'Q4_K_M', contextTokens: 8192, targetTokensPerSec: 15, concurrentUsers: 1 };
  const p = planHardware(request, C);
  /** Every option, over all pages. */
  const everyOption = (r: Parameters<typeof planHardware>[0]) => {
    const first = planHardware(r, C);
    return [first, ...Array.from({ length: Math.max(0, first.pageCount - 1) }, (_, i) => planHardware({ ...r, page: i + 2 }, C))].flatMap((x) => x.options);
  };
  const all = everyOption(request);

  it('every option fits; those meeting the target first, each group priced ascending, unpriced last', () => {
    expect(p.options.length).toBeGreaterThan(3);
    expect(p.options.length).toBeLessThanOrEqual(20);
    for (const o of all) expect(['full-gpu', 'cpu-only']).toContain(o.fit);
    for (const o of all) expect(o.meetsTarget).toBe(o.decodeTokensPerSec.expected >= 15);
    const firstMiss = all.findIndex((o) => !o.meetsTarget);
    for (const group of [firstMiss < 0 ? all : all.slice(0, firstMiss), firstMiss < 0 ? [] : all.slice(firstMiss)]) {
      expect(group.every((o) => o.meetsTarget === group[0]?.meetsTarget)).toBe(true);
      const prices = group.map((o) => o.priceUsd);
      const firstNull = prices.indexOf(null);
      const priced = (firstNull < 0 ? prices : prices.slice(0, firstNull)) as number[];
      expect(priced).toEqual([...priced].sort((a, b) => a - b));
      if (firstNull >= 0) expect(prices.slice(firstNull).every((x) => x === null)).toBe(true);
    }
    expect(all.some((o) => o.kind === 'multi-gpu' && o.count === 2)).toBe(true);
  });

  it('pages reach every fitting option exactly once', () => {
    expect(all).toHaveLength(p.totalFitting);
    expect(p.pageCount).toBe(Math.ceil(p.totalFitting / 20));
    expect(new Set(all.map((o) => `${o.hardware.slug}×${o.count}`)).size).toBe(all.length);
  });

  it('only configurations that exist: 1–8 cards (3 included), modules in 1/2/4/8, one of any whole system', () => {
    // DeepSeek-scale weights need many cards: 3, 5, 6 or 7 of one card show up where fewer do not fit.
    const large = everyOption({ modelSlug: 'llama-3.3-70b-instruct', quant: 'Q8_0', contextTokens: 8192, targetTokensPerSec: 1, concurrentUsers: 1 });
    expect(large.some((o) => o.kind === 'multi-gpu' && o.count === 3)).toBe(true);
    for (const o of [...all, ...large]) {
      const h = o.hardware;
      if (h.formFactor === 'card') expect(o.count).toBeLessThanOrEqual(8);
      if (h.formFactor === 'module') expect([1, 2, 4, 8]).toContain(o.count);
      if (h.kind === 'unified' || h.kind === 'cpu' || h.formFactor === 'laptop' || (h.kind === 'apple-silicon' && o.kind !== 'exo-cluster')) expect(o.count).toBe(1);
    }
    expect(large.some((o) => o.kind === 'unified')).toBe(true);
  });

  it('prices say what they cover, when and where: GPU cards alone without a host, systems whole', () => {
    for (const o of all.filter((x) => x.price)) {
      expect(o.price!.totalUsd).toBeCloseTo(o.price!.unitUsd * o.count, 6);
      expect(o.price!.scope).toBe(o.hardware.kind === 'gpu' ? 'card' : 'system');
      if (o.price!.basis === 'street') expect(o.price!.sourceUrl).toMatch(/^https:\/\//);
      if (o.price!.scope === 'card') expect(o.notes.join(' ')).toMatch(/host PC is not included/);
    }
    // The 4090 has a dated street price in prisma/seed/prices.json: the planner uses it, not the launch price.
    const r4090 = all.find((o) => o.hardware.slug === 'geforce-rtx-4090' && o.price);
    expect(r4090?.price?.basis).toBe('street');
    expect(r4090?.price?.observedOn).toMatch(/^\d{4}-\d{2}/);
    expect(r4090?.usedPrice?.condition).toBe('used');
  });

  it('a quantized KV cache needs less memory and is said', () => {
    const q8 = planHardware({ ...request, kvCacheType: 'q8_0' }, C);
    const kvOf = (r: typeof p, slug: string) => r.options.find((o) => o.hardware.slug === slug)?.estimate.memory.kvCacheBytes;
    const slug = q8.options.find((o) => kvOf(p, o.hardware.slug) !== undefined)!.hardware.slug;
    expect(kvOf(q8, slug)!).toBeLessThan(kvOf(p, slug)!);
    expect(q8.totalFitting).toBeGreaterThanOrEqual(p.totalFitting);
    expect(q8.assumptions.join(' ')).toMatch(/KV cache at 8-bit/);
  });

  it('concurrent users scale the KV cache and state the throughput assumption', () => {
    const p4 = planHardware({ modelSlug: 'qwen3-8b', quant: 'Q4_K_M', contextTokens: 8192, targetTokensPerSec: 10, concurrentUsers: 4 }, C);
    const p1 = planHardware({ modelSlug: 'qwen3-8b', quant: 'Q4_K_M', contextTokens: 8192, targetTokensPerSec: 10, concurrentUsers: 1 }, C);
    const kv = (q: typeof p1, slug: string) => q.options.find((o) => o.hardware.slug === slug && o.count === 1)?.estimate.memory.kvCacheBytes;
    // A GPU listed for both: 4 users hold 4 sequences of 8192 tokens, one user one.
    const shared = p4.options.find((o) => o.count === 1 && kv(p1, o.hardware.slug) !== undefined)!;
    expect(shared, 'a single-GPU option listed for 1 and for 4 users').toBeDefined();
    expect(kv(p4, shared.hardware.slug)).toBe(4 * kv(p1, shared.hardware.slug)!);
    expect(p4.assumptions.join(' ')).toMatch(/aggregate/);
  });
  it('falls back to exo clusters when no single machine fits', () => {
    // Only Macs up to 36 GB: none holds Llama 3.3 70B at Q4_K_M alone.
    const smallMacs = { ...C, hardware: C.hardware.filter((h) => h.kind === 'apple-silicon' && h.memoryBytes <= 36 * GiB) };
    const big = planHardware({ modelSlug: 'llama-3.3-70b-instruct', quant: 'MLX-4BIT', contextTokens: 8192, targetTokensPerSec: 5, concurrentUsers: 1 }, smallMacs);
    expect(big.options.some((o) => o.kind === 'exo-cluster' && o.count >= 2 && o.count <= 4)).toBe(true);
    expect(big.options.every((o) => o.kind === 'exo-cluster' || o.kind === 'multi-gpu')).toBe(true);
    // exo runs MLX weights only: a GGUF request gets no cluster, and is told which format would.
    const gguf = planHardware({ modelSlug: 'llama-3.3-70b-instruct', quant: 'Q4_K_M', contextTokens: 8192, targetTokensPerSec: 5, concurrentUsers: 1 }, smallMacs);
    expect(gguf.options.some((o) => o.kind === 'exo-cluster')).toBe(false);
    expect(gguf.assumptions.join(' ')).toMatch(/exo.*runs MLX weights only/);
  });
});

describe('compare', () => {
  it('returns one estimate per choice', () => {
    const rows = compare(
      [
        { modelSlug: 'qwen3-8b', quant: 'Q4_K_M', hardwareSlug: 'geforce-rtx-3060-12gb', count: 1, contextTokens: 8192 },
        { modelSlug: 'qwen3-14b', quant: 'q5_k_m', hardwareSlug: 'geforce-rtx-4090', count: 1, contextTokens: 8192 },
        { modelSlug: 'nope', quant: 'Q4_K_M', hardwareSlug: 'geforce-rtx-4090', count: 1, contextTokens: 8192 },
        { modelSlug: 'qwen3-8b', quant: 'Q4_K_M', hardwareSlug: 'no-such-gpu', count: 1, contextTokens: 8192 },
        { modelSlug: 'qwen3-8b', quant: 'MLX-4BIT', hardwareSlug: 'apple-m4-10c-16gb', count: 1, contextTokens: 8192 },
      ],
      C,
    );
    // At most four columns.
    expect(rows).toHaveLength(4);
    const [mac] = compare([{ modelSlug: 'qwen3-8b', quant: 'MLX-4BIT', hardwareSlug: 'apple-m4-10c-16gb', count: 1, contextTokens: 8192 }], C);
    expect(rows[0]?.estimate?.fit).toBe('full-gpu');
    expect(rows[0]?.estimate?.runtime).toBe('llama.cpp');
    expect(rows[1]?.estimate?.quant).toBe('Q5_K_M');
    expect(rows[2]?.error).toBe('model “nope” is not in the catalog');
    expect(rows[3]?.error).toBe('hardware “no-such-gpu” is not in the catalog');
    // The format's default runtime on a Mac.
    expect(mac?.estimate?.runtime).toBe('mlx');
  });
});

// ---- laws ----

const GPU_SLUGS = C.hardware.filter((h) => h.kind === 'gpu').map((h) => h.slug);
const USE_CASES = ['chat', 'coding', 'reasoning', 'multilingual'] as const;

describe('laws', () => {
  it('more memory never yields fewer fitting models', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GPU_SLUGS), fc.constantFrom(8, 16, 32), fc.constantFrom(8, 16, 32), fc.constantFrom(...USE_CASES), fc.constantFrom(4096, 16384), (g, ram, extra, useCase, ctx) => {
        const n = needs({ useCase, contextTokens: ctx });
        const small = recommend(gpus([g], ram), n, C, { explain: false });
        const big = recommend(gpus([g], ram + extra), n, C, { explain: false });
        const bigger = recommend(gpus([g, g], ram + extra), n, C, { explain: false });
        expect(big.fittingModels.length).toBeGreaterThanOrEqual(small.fittingModels.length);
        expect(bigger.fittingModels.length).toBeGreaterThanOrEqual(big.fittingModels.length);
        for (const s of small.fittingModels) expect(big.fittingModels).toContain(s);
      }),
      { numRuns: 8 },
    );
  });

  it('more unified memory on a Mac never yields fewer fitting models', () => {
    const macs = C.hardware.filter((h) => h.kind === 'apple-silicon').sort((a, b) => a.memoryBytes - b.memoryBytes);
    let prev = -1;
    for (const m of macs) {
      const r = recommend({ hardware: { type: 'apple', apple: m }, systemMemoryBytes: m.memoryBytes, os: 'macos' }, needs(), C, { explain: false });
      expect(r.fittingModels.length, m.slug).toBeGreaterThanOrEqual(prev);
      prev = r.fittingModels.length;
    }
  });

  it('raising priority toward quality never lowers the top result quality score', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GPU_SLUGS), fc.constantFrom(...USE_CASES), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (g, useCase, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const p = gpus([g], 32);
        const rLo = recommend(p, needs({ useCase, priority: lo }), C, { explain: false });
        const rHi = recommend(p, needs({ useCase, priority: hi }), C, { explain: false });
        const qLo = rLo.results[0]?.score.quality ?? 0;
        const qHi = rHi.results[0]?.score.quality ?? 0;
        expect(qHi).toBeGreaterThanOrEqual(qLo - 1e-12);
      }),
      { numRuns: 10 },
    );
  });

  it('every Ollama tag used exists in the catalog snapshot', () => {
    const tags = new Set(C.models.flatMap((m) => [m.ollamaTag, ...m.artifacts.map((a) => a.ollamaTag)]).filter((t): t is string => !!t));
    fc.assert(
      fc.property(fc.constantFrom(...C.hardware.map((h) => h.slug)), fc.constantFrom(...USE_CASES), fc.constantFrom<Needs['tool']>('auto', 'ollama'), (slug, useCase, tool) => {
        const h = hw(slug);
        const profile: HardwareProfile =
          h.kind === 'apple-silicon'
            ? { hardware: { type: 'apple', apple: h }, systemMemoryBytes: h.memoryBytes, os: 'macos' }
            : h.kind === 'cpu'
              ? { hardware: { type: 'cpu-only', cpu: h }, systemMemoryBytes: h.memoryBytes, os: 'linux' }
              : gpus([slug], 32);
        const r = recommend(profile, needs({ useCase, tool }), C, { explain: false });
        for (const x of r.results)
          for (const c of x.commands) {
            const m = /^ollama (?:run|pull) (\S+)$/.exec(c.command);
            if (m) expect(tags.has(m[1] as string), c.command).toBe(true);
          }
      }),
      { numRuns: 10 },
    );
  });
});

describe('recommend: a preferred tool the machine cannot run', () => {
  it.each([
    ['mlx', 'MLX runs only on Apple Silicon'],
    ['exo', 'exo splits a model over several machines'],
  ] as const)('falls back from %s to tools that run here, and says why', (tool, reason) => {
    const r = recommend(gpus(['geforce-rtx-3060-12gb'], 32), needs({ tool }), C);
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.results.every((x) => x.runtime !== 'mlx' && x.runtime !== 'exo')).toBe(true);
    expect(r.notes.join(' ')).toContain(reason);
  });

  it('keeps the preferred tool when it runs here', () => {
    const r = recommend(gpus(['geforce-rtx-3060-12gb'], 32), needs({ tool: 'ollama' }), C);
    expect(r.notes.join(' ')).not.toContain('Showing the best choice');
    expect(r.results[0]!.runtime).toBe('ollama');
  });
});
