import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLUSTER_LINKS, type ClusterLink } from '@/lib/enums';
import { metalWorkingSetCapBytes } from '@/lib/estimate';
import { recommend, type HardwareProfile, type Needs } from '@/lib/recommend';
import { validateCommand } from './command-check';
import { SEED_CATALOG as C, seedHardware } from '@/tests/support/seed-catalog';

// Several Macs under exo, as the wizard describes them: every pick runs through exo's own
// placement (the fewest machines that hold the model, largest first) and says per machine what
// it holds and what to run.

const GiB = 1024 ** 3;
const hw = seedHardware;
const needs = (n: Partial<Needs> = {}): Needs => ({ useCase: 'chat', contextTokens: 8192, priority: 0.5, tool: 'auto', ...n });
const cluster = (slugs: string[], link: ClusterLink = 'thunderbolt'): HardwareProfile => {
  const machines = slugs.map(hw);
  return { hardware: { type: 'cluster', machines, link }, systemMemoryBytes: machines.reduce((a, m) => a + m.memoryBytes, 0), os: 'macos' };
};
const macSlugs = C.hardware.filter((h) => h.kind === 'apple-silicon' && h.memoryBytes >= 16 * GiB).map((h) => h.slug);

describe('an exo cluster in the wizard', () => {
  it('law: every pick is exo with an MLX file, on the fewest machines that hold it, largest first; each used machine has its layers and its command', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...macSlugs), { minLength: 2, maxLength: 4 }), fc.constantFrom(...CLUSTER_LINKS), (slugs, link) => {
        const profile = cluster(slugs, link);
        const r = recommend(profile, needs(), C, { explain: false, limit: 5 });
        for (const x of r.results) {
          expect(x.runtime).toBe('exo');
          expect(x.formatFamily).toBe('mlx');
          const shares = x.machines!;
          expect(shares.map((m) => m.index)).toEqual(slugs.map((_, i) => i + 1));
          const used = shares.filter((m) => m.layers !== null);
          // exo's rule: no smaller set of machines holds the file, and the used ones are the largest.
          const caps = slugs.map((s) => metalWorkingSetCapBytes(hw(s).memoryBytes));
          const sorted = [...caps].sort((a, b) => b - a);
          const fewer = sorted.slice(0, used.length - 1).reduce((a, b) => a + b, 0);
          expect(fewer).toBeLessThan(x.estimate.fileBytes);
          const smallestUsed = Math.min(...used.map((m) => caps[m.index - 1]!));
          for (const m of shares.filter((s) => s.layers === null)) expect(caps[m.index - 1]!).toBeLessThanOrEqual(smallestUsed);
          // Layers run 1..total through the used machines, without gaps or overlaps.
          const ranges = used.map((m) => m.layers!).sort((a, b) => a.first - b.first);
          expect(ranges[0]!.first).toBe(1);
          for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.first).toBe(ranges[i - 1]!.last + 1);
          expect(ranges[ranges.length - 1]!.last).toBe(x.estimate.placement.totalLayers);
          for (const m of used) expect(m.bytes).toBeLessThanOrEqual(m.capacityBytes!);
          // One `uv run exo` per used machine, labelled with its layers; every command is one the table allows.
          const runs = x.commands.filter((c) => c.command === 'uv run exo');
          expect(runs.map((c) => c.label)).toEqual(used.map((m) => `Machine ${m.index} · ${m.name}: holds layers ${m.layers!.first}–${m.layers!.last}`));
          for (const c of x.commands) expect(validateCommand(c.command), c.command).toMatchObject({ ok: true });
        }
      }),
      { numRuns: 12 },
    );
  });

  it("each pick launches through exo's placement API with its own repository, over RDMA with the JACCL transport and otherwise the TCP ring", () => {
    for (const link of ['tb5-rdma', 'ethernet-10g'] as const) {
      const r = recommend(cluster(['apple-m4-pro-20c-64gb', 'apple-m4-pro-20c-64gb'], link), needs(), C, { explain: false, limit: 5 });
      expect(r.results.length).toBeGreaterThan(0);
      for (const x of r.results) {
        const launch = x.commands.find((c) => c.command.startsWith('curl -X POST http://localhost:52415/place_instance '));
        expect(launch, x.model.slug).toBeDefined();
        const body = JSON.parse(/-d '(.*)'$/.exec(launch!.command)![1]!) as { model_id: string; instance_meta?: string };
        const wait = x.commands.find((c) => c.command.startsWith('curl -N '));
        expect(wait?.command).toContain(`model_id=${body.model_id}`);
        expect(body.model_id).toMatch(/^[\w.-]+\/[\w.-]+$/);
        if (x.artifact?.huggingFaceRepo) expect(body.model_id).toBe(x.artifact.huggingFaceRepo);
        expect(body.instance_meta).toBe(link === 'tb5-rdma' ? 'MlxJaccl' : undefined);
        expect(validateCommand(launch!.command)).toMatchObject({ ok: true });
      }
    }
  });

  it('finds models no single machine of the cluster holds (two 64 GB Macs run what one cannot)', () => {
    const one = recommend({ hardware: { type: 'apple', apple: hw('apple-m4-pro-20c-64gb') }, systemMemoryBytes: 64 * GiB, os: 'macos' }, needs(), C, { explain: false });
    const two = recommend(cluster(['apple-m4-pro-20c-64gb', 'apple-m4-pro-20c-64gb']), needs(), C, { explain: false });
    const biggest = (r: typeof one) => Math.max(...r.results.map((x) => x.estimate.fileBytes));
    expect(biggest(two)).toBeGreaterThan(biggest(one));
    expect(two.results.some((x) => x.machines!.every((m) => m.layers !== null))).toBe(true);
  });

  it('a faster link never makes a pick slower', () => {
    const slugs = ['apple-m4-pro-20c-64gb', 'apple-m4-pro-20c-64gb', 'apple-m4-pro-20c-48gb'];
    const speeds = (link: ClusterLink) => new Map(recommend(cluster(slugs, link), needs(), C, { explain: false, limit: 20 }).results.map((x) => [`${x.model.slug}|${x.format}`, x.decodeTokensPerSec!.expected]));
    const rdma = speeds('tb5-rdma');
    const ethernet = speeds('ethernet-1g');
    let compared = 0;
    for (const [key, slow] of ethernet) {
      const fast = rdma.get(key);
      if (fast === undefined) continue;
      compared++;
      expect(fast).toBeGreaterThanOrEqual(slow);
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('heads the list with how exo places models and what the link costs; another tool falls back to exo and says why', () => {
    const r = recommend(cluster(['apple-m4-pro-20c-64gb', 'apple-m4-10c-16gb'], 'tb5-rdma'), needs({ tool: 'llama.cpp' }), C, { explain: false });
    expect(r.notes.join(' ')).toContain('On several machines only exo splits one model over them.');
    expect(r.notes.join(' ')).toMatch(/exo places each model on the fewest of these 2 Macs .* Thunderbolt 5 with RDMA .* about 50 µs/);
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.results.every((x) => x.runtime === 'exo')).toBe(true);
  });

  it('explains missing big models in exo terms, and proposes no single-device upgrade', () => {
    const r = recommend(cluster(['apple-m4-10c-16gb', 'apple-m4-10c-16gb']), needs(), C);
    expect(r.upgrade).toBeNull();
    expect(r.whyNot.length).toBeGreaterThan(0);
    for (const w of r.whyNot) expect(w.reason).not.toContain('runs on this platform');
  });
});
