import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend, type HardwareProfile, type Needs, type RecommendResult } from '@/lib/recommend';
import { HOST_SYSTEMS, TOOLS, USE_CASES } from '@/lib/enums';
import { SEED_CATALOG as C } from '@/tests/support/seed-catalog';

// recommend() skips the larger formats of models whose score ceiling is below the shown rows'
// (gather in recommend.ts states the proof). Law: on any machine and any needs, the answer is the
// one estimating every candidate gives; only the number of estimates differs.

const GiB = 1024 ** 3;
const rowsOf = (kinds: string[]) => C.hardware.filter((h) => kinds.includes(h.kind)).map((h) => h);
const gpus = rowsOf(['gpu', 'unified']);
const macs = rowsOf(['apple-silicon']);
const cpus = rowsOf(['cpu']);

const profile: fc.Arbitrary<HardwareProfile> = fc.oneof(
  fc.record({
    hardware: fc.record({ type: fc.constant('gpus' as const), gpus: fc.array(fc.constantFrom(...gpus), { minLength: 1, maxLength: 2 }) }),
    systemMemoryBytes: fc.constantFrom(8, 16, 32, 64, 128).map((g) => g * GiB),
    os: fc.constantFrom(...HOST_SYSTEMS),
  }),
  fc.constantFrom(...macs).map((apple): HardwareProfile => ({ hardware: { type: 'apple', apple }, systemMemoryBytes: apple.memoryBytes, os: 'macos' })),
  fc.record({
    cpu: fc.constantFrom(...cpus),
    os: fc.constantFrom(...HOST_SYSTEMS),
  }).map(({ cpu, os }): HardwareProfile => ({ hardware: { type: 'cpu-only', cpu }, systemMemoryBytes: cpu.memoryBytes, os })),
  fc.array(fc.constantFrom(...macs), { minLength: 2, maxLength: 3 }).map((machines): HardwareProfile => ({
    hardware: { type: 'cluster', machines, link: 'thunderbolt' },
    systemMemoryBytes: machines.reduce((a, m) => a + m.memoryBytes, 0),
    os: 'macos',
  })),
);

const needs: fc.Arbitrary<Needs> = fc.record({
  useCase: fc.constantFrom(...USE_CASES),
  contextTokens: fc.constantFrom(2048, 8192, 32768, 131072),
  priority: fc.double({ min: 0, max: 1, noNaN: true }),
  tool: fc.constantFrom(...TOOLS),
});

const withoutCount = (r: RecommendResult) => ({ ...r, estimatesRun: 0 });

describe('pruning by score ceiling', () => {
  it('skips estimates on a common machine (an RTX 3060 12 GB with 32 GiB of RAM, the bench\'s first profile), with the same answer', () => {
    const p: HardwareProfile = { hardware: { type: 'gpus', gpus: [C.hardware.find((h) => h.slug === 'geforce-rtx-3060-12gb')!] }, systemMemoryBytes: 32 * GiB, os: 'linux' };
    const n: Needs = { useCase: 'chat', contextTokens: 8192, priority: 0.5, tool: 'auto' };
    const pruned = recommend(p, n, C);
    const full = recommend(p, n, C, { exhaustive: true });
    expect(withoutCount(pruned)).toEqual(withoutCount(full));
    // The bound has to skip something where the catalog has more models than rows, or it is dead code.
    expect(pruned.estimatesRun).toBeLessThan(full.estimatesRun);
  }, 120_000);

  it('law: the pruned answer (rows, why-not, upgrade, fitting models, notes) equals the exhaustive one on random hardware (GPUs, Macs, CPUs, exo clusters) and needs', () => {
    fc.assert(
      fc.property(profile, needs, fc.constantFrom(undefined, 1, 3, 10), (p, n, limit) => {
        const options = limit === undefined ? {} : { limit };
        const pruned = recommend(p, n, C, options);
        const full = recommend(p, n, C, { ...options, exhaustive: true });
        expect(withoutCount(pruned)).toEqual(withoutCount(full));
        expect(pruned.estimatesRun).toBeLessThanOrEqual(full.estimatesRun);
      }),
      { numRuns: 25 },
    );
    // Fifty recommend() calls: minutes on a loaded 2-core machine, so no 30 s default.
  }, 600_000);
});
