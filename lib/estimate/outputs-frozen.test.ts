// Guard for performance work: every estimate over a broad grid (each seed artifact × a spread of
// hardware, contexts, runtimes and settings, as bench:estimate varies them) and the recommender's
// answers for bench:recommend's profiles, hashed per field and compared with the committed files
// in __snapshots__/. A refactor that changes any figure or sentence fails here, naming the case and
// the field. A deliberate change to the estimator's outputs updates the files:
//   npx vitest run lib/estimate/outputs-frozen.test.ts -u
// and the commit says why the figures moved.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { estimateChoice, defaultRuntimeFor, type Choice } from './choice';
import { QUANT_FORMATS } from './formats';
import type { Estimate, HardwareSpec } from './types';
import type { Runtime } from '../enums';
import { recommend, type HardwareProfile, type Needs } from '@/lib/recommend';
import { SEED_CATALOG, seedDevice, seedHardware } from '@/tests/support/seed-catalog';

const GiB = 1024 ** 3;

// Exact numbers: JSON prints the shortest string that reads back to the same double; non-finite
// numbers (which JSON would print as null) are spelled out.
const exact = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? `#${v}` : v));
const hash = (value: unknown) => createHash('sha1').update(exact(value)).digest('hex').slice(0, 5);

/**
 * One short hash per field of the estimate, so a mismatch says which field moved: s sizes, m memory,
 * f fit and placement, c longest context, v speed, q quality and confidence, t the echoed request
 * and the assumptions and warnings.
 */
function fieldHashes(e: Estimate): string {
  const fields: Record<string, unknown> = {
    s: [e.fileBytes, e.fileBytesSource, e.bitsPerWeight],
    m: e.memory,
    f: [e.fit, e.placement],
    c: e.maxContextTokens,
    v: e.speed,
    q: [e.quality, e.confidence, e.confidenceReasons],
    t: [e.model, e.quant, e.runtime, e.contextTokens, e.depthTokens, e.kvCacheType, e.parallel, e.assumptions, e.warnings],
  };
  return Object.entries(fields).map(([name, v]) => `${name}=${hash(v)}`).join(' ');
}

const HARDWARE: [string, HardwareSpec | null][] = [
  ['none', null],
  ['4090', { devices: [seedDevice('geforce-rtx-4090')], systemMemoryBytes: 64 * GiB }],
  ['3060x1+32G', { devices: [seedDevice('geforce-rtx-3060-12gb')], systemMemoryBytes: 32 * GiB }],
  ['3090x2', { devices: [seedDevice('geforce-rtx-3090', 2)], systemMemoryBytes: 128 * GiB, os: 'linux' }],
  ['4060+win', { devices: [seedDevice('geforce-rtx-4060')], systemMemoryBytes: 32 * GiB, os: 'windows' }],
  ['a100x2', { devices: [seedDevice('a100-80gb-sxm', 2)], systemMemoryBytes: 256 * GiB, os: 'headless' }],
  ['7900xtx', { devices: [seedDevice('radeon-rx-7900-xtx')], systemMemoryBytes: 64 * GiB }],
  ['m4max128', { devices: [seedDevice('apple-m4-max-40c-128gb')] }],
  ['m2-8g', { devices: [seedDevice('apple-m2-8c-8gb')] }],
  ['7950x-cpu', { devices: [seedDevice('amd-ryzen-9-7950x-64gb-ddr5-5200')], systemMemoryBytes: 64 * GiB }],
  ['ai-max-395', { devices: [seedDevice('ryzen-ai-max-plus-395-128gb')] }],
  ['3090+4060', { devices: [seedDevice('geforce-rtx-3090'), seedDevice('geforce-rtx-4060')], systemMemoryBytes: 64 * GiB }],
  ['exo-m4max+m2', { devices: [seedDevice('apple-m4-max-40c-128gb'), seedDevice('apple-m2-8c-8gb')], cluster: true }],
  ['exo-m4maxx2-tb', { devices: [seedDevice('apple-m4-max-40c-128gb', 2)], cluster: true, link: 'thunderbolt' }],
];
const CONTEXTS = [undefined, 2048, 8192, 32768, 131072] as const;
const ALSO_RUNTIMES: Runtime[] = ['llama.cpp', 'ollama', 'lm-studio', 'vllm', 'transformers', 'mlx'];

/**
 * The grid, deterministic: every artifact of every seed model on four hardware profiles (rotating
 * through the list), each with a context, a runtime (the format's default or another, rotating) and
 * settings (users, KV type, depth, flash attention) that rotate too.
 */
function grid(): { key: string; choice: Choice }[] {
  const cases: { key: string; choice: Choice }[] = [];
  let i = 0;
  for (const model of SEED_CATALOG.models) {
    for (const artifact of model.artifacts) {
      if (!QUANT_FORMATS[artifact.format]) continue;
      for (let h = 0; h < 4; h++) {
        const [hwName, hardware] = HARDWARE[(i + h * 3) % HARDWARE.length]!;
        const context = CONTEXTS[(i + h) % CONTEXTS.length];
        const k = i + h;
        const runtime: Runtime = hardware?.cluster ? 'exo' : k % 3 === 0 ? ALSO_RUNTIMES[Math.floor(k / 3) % ALSO_RUNTIMES.length]! : defaultRuntimeFor(artifact.format, hardware);
        const choice: Choice = {
          model,
          quant: artifact.format,
          // Half the cases name the artifact; the rest take the published-size rule.
          ...(k % 2 === 0 ? { artifactSlug: artifact.slug } : {}),
          runtime,
          hardware,
          ...(context === undefined ? {} : { contextTokens: context }),
          ...(k % 5 === 1 ? { users: 2 } : {}),
          ...(k % 7 === 2 ? { kvCacheType: 'q8_0' as const } : {}),
          ...(k % 4 === 3 ? { depthTokens: 0 } : {}),
          ...(k % 6 === 4 ? { flashAttention: false } : {}),
        };
        cases.push({ key: `${artifact.slug} ${hwName} ${context ?? 'default'} ${runtime}`, choice });
      }
      i++;
    }
  }
  return cases;
}

function outcome(choice: Choice): string {
  try {
    return fieldHashes(estimateChoice(choice));
  } catch (error) {
    // A refusal is an output too: the same cases must keep refusing with the same message.
    return `error ${hash(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}`;
  }
}

describe('estimator outputs are unchanged (performance guard)', () => {
  it('every grid case hashes as committed (a mismatch names the case and the field)', async () => {
    const cases = grid();
    expect(cases.length).toBeGreaterThan(2000);
    const lines = cases.map(({ key, choice }) => `${key} | ${outcome(choice)}`);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/outputs-frozen.estimates.txt');
  });

  it("the recommender's answers for bench:recommend's profiles hash as committed", async () => {
    const profiles: [string, HardwareProfile][] = [
      ['3060+32G', { hardware: { type: 'gpus', gpus: [seedHardware('geforce-rtx-3060-12gb')] }, systemMemoryBytes: 32 * GiB, os: 'linux' }],
      ['3090x2+64G', { hardware: { type: 'gpus', gpus: [seedHardware('geforce-rtx-3090'), seedHardware('geforce-rtx-3090')] }, systemMemoryBytes: 64 * GiB, os: 'linux' }],
      ['m2-8G', { hardware: { type: 'apple', apple: seedHardware('apple-m2-8c-8gb') }, systemMemoryBytes: 8 * GiB, os: 'macos' }],
      ['7950x-64G', { hardware: { type: 'cpu-only', cpu: seedHardware('amd-ryzen-9-7950x-64gb-ddr5-5200') }, systemMemoryBytes: 64 * GiB, os: 'linux' }],
    ];
    const needsList: [string, Needs][] = [
      ['chat-8k', { useCase: 'chat', contextTokens: 8192, priority: 0.6, tool: 'auto' }],
      ['coding-32k-ollama', { useCase: 'coding', contextTokens: 32768, priority: 0.3, tool: 'ollama' }],
    ];
    const lines: string[] = [];
    for (const [profileName, profile] of profiles) {
      for (const [needsName, needs] of needsList) {
        const r = recommend(profile, needs, SEED_CATALOG);
        const head = `${profileName} ${needsName}`;
        lines.push(`${head} | whyNot=${hash(r.whyNot)} upgrade=${hash(r.upgrade)} fitting=${hash(r.fittingModels)} notes=${hash(r.notes)}`);
        r.results.forEach((result, rank) => lines.push(`${head} #${rank} | ${hash(result)}`));
      }
    }
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/outputs-frozen.recommend.txt');
  });
});
