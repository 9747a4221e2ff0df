import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRecordings } from '@/lib/hub-connection';
import { artifactSchema, modelSchema } from '@/lib/schemas/catalog';
import { draftProvenance, importModelDraft, readHubImportInput, slugFromRepoName, type HubImportResult } from './model-import';
import { replayFetch } from './replay';

// The admin's "new model from config.json or repo id" on recorded real Hub responses
// (fixtures/hf-hub, sources in SOURCES.csv): a request that was not recorded fails like a dead
// network, which is what this machine's network does too.

const recordings = loadRecordings('fixtures/hf-hub');
const hub = () => replayFetch(recordings);
const LLAMA_CONFIG = readFileSync('fixtures/hf-configs/meta-llama__Llama-3.1-8B-Instruct.json', 'utf8');
const QWEN3_NEXT_CONFIG = readFileSync('fixtures/hf-configs/Qwen__Qwen3-Next-80B-A3B-Thinking.json', 'utf8');
const TODAY = '2026-11-30';

async function run(input: unknown, fetchImpl = hub().fetch): Promise<HubImportResult> {
  const read = readHubImportInput(input);
  if (!read.ok) return read;
  return importModelDraft(read.input, { fetch: fetchImpl }, TODAY);
}

describe('[HF IMPORT] validation names the field', () => {
  it.each([
    ['a path that climbs', { repoId: 'owner/../etc', config: '' }, 'repoId', 'a repo id is "owner/name"'],
    ['a name with ".."', { repoId: 'owner/name..x', config: '' }, 'repoId', 'cannot contain ".."'],
    ['a URL instead of an id', { repoId: 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct', config: '' }, 'repoId', 'a repo id is "owner/name"'],
    ['neither a repo id nor a config', { repoId: '  ', config: ' ' }, 'repoId', 'give a repo id or paste a config.json'],
  ])('%s → an error on %s, and no request', async (_, input, field, message) => {
    const r = hub();
    const result = await run(input, r.fetch);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors[field as 'repoId']).toContain(message);
    expect(r.requested).toEqual([]);
  });

  it('any payload at all: a result, never a throw; refused unless it is { repoId, config } strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ repoId: fc.anything(), config: fc.anything() }, { requiredKeys: [] })), (payload) => {
        const read = readHubImportInput(payload);
        const shaped = typeof payload === 'object' && payload !== null && Object.keys(payload).length === 2 && typeof (payload as { repoId?: unknown }).repoId === 'string' && typeof (payload as { config?: unknown }).config === 'string';
        if (!shaped) expect(read.ok).toBe(false);
      }),
      { numRuns: 1000, seed: 20261130 },
    );
  });

  it('an unknown key or a wrong type is refused, never thrown', async () => {
    expect(await run({ repoId: 'a/b', config: '', extra: 1 })).toMatchObject({ ok: false, message: 'The request is malformed.' });
    expect(await run({ repoId: 42, config: '' })).toMatchObject({ ok: false, fieldErrors: { repoId: expect.any(String) } });
    expect(await run(null)).toMatchObject({ ok: false });
  });

  it('an unknown model_type in the repo\'s model info is named, before any config is read (bert-base-uncased, recorded)', async () => {
    const r = hub();
    const result = await run({ repoId: 'bert-base-uncased', config: '' }, r.fetch);
    expect(result).toMatchObject({ ok: false, fieldErrors: { config: expect.stringContaining('model_type "bert" of google-bert/bert-base-uncased is not supported') } });
  });

  it('an unknown model_type in a pasted config.json is named', async () => {
    const result = await run({ repoId: '', config: JSON.stringify({ ...JSON.parse(QWEN3_NEXT_CONFIG), model_type: 'qwen9_turbo' }) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { config: expect.stringContaining('model_type: model_type "qwen9_turbo" is not supported') } });
  });

  it('a pasted text that is not JSON is refused on the config field', async () => {
    const result = await run({ repoId: '', config: '{ "model_type": ' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.config).toBeDefined();
  });
});

describe('[HF IMPORT] offline', () => {
  it('an unreachable Hub with nothing pasted: the plain message, on the repo id', async () => {
    const result = await run({ repoId: 'Qwen/Qwen3-Next-80B-A3B-Thinking', config: '' });
    expect(result).toEqual({
      ok: false,
      failure: 'unreachable',
      message: 'Hugging Face is not reachable from this server (fetch failed (no recording for https://huggingface.co/api/models/Qwen/Qwen3-Next-80B-A3B-Thinking)); paste the config.json instead',
      fieldErrors: { repoId: 'Hugging Face is not reachable from this server (fetch failed (no recording for https://huggingface.co/api/models/Qwen/Qwen3-Next-80B-A3B-Thinking)); paste the config.json instead' },
    });
  });

  it('an unreachable Hub with a pasted config: the paste is imported, and the note says the Hub was not read', async () => {
    const result = await run({ repoId: 'Qwen/Qwen3-Next-80B-A3B-Thinking', config: QWEN3_NEXT_CONFIG });
    if (!result.ok) throw new Error(result.message);
    expect(result.draft.notes[0]).toMatch(/^Hugging Face: Hugging Face is not reachable from this server/);
    expect(result.draft.source).toBeNull();
    expect(result.draft.artifacts).toEqual([]);
    const model = result.draft.model;
    expect(model.architecture).toMatchObject({ mixers: '(linear*3 full)*12' });
    // Added up from the config's tensors: within 2 % of the published 80B.
    expect(Math.abs((model.totalParams as number) / 80e9 - 1)).toBeLessThan(0.02);
    expect(model.activeParams as number).toBeLessThan(4e9);
    // Nothing was read from an address: every group waits for an editor's source and date.
    expect([model.paramsSourceUrl, model.paramsVerifiedAt, model.architectureSourceUrl, model.architectureVerifiedAt]).toEqual([null, null, null, null]);
  });

  it('model info answered, config.json and the file list not: asks for the config, on the config field', async () => {
    const result = await run({ repoId: 'HuggingFaceH4/zephyr-7b-beta', config: '' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { config: expect.stringMatching(/^config\.json could not be read from Hugging Face \(Hugging Face is not reachable from this server .*\); paste it instead$/) } });
  });
});

describe('[HF IMPORT] drafts from recorded model info and a pasted config', () => {
  it('Llama 3.1 8B Instruct: the Hub\'s safetensors count, the config\'s architecture and native context, the repo, the shards proposed as one BF16 artifact', async () => {
    const result = await run({ repoId: 'meta-llama/Llama-3.1-8B-Instruct', config: LLAMA_CONFIG });
    if (!result.ok) throw new Error(result.message);
    const { model, artifacts, notes, source } = result.draft;
    expect(source).toEqual({ repoId: 'meta-llama/Llama-3.1-8B-Instruct', revision: '0e9e39f249a16976918f6564b8830bc894c89659' });
    expect(model).toMatchObject({
      slug: 'llama-3.1-8b-instruct',
      name: 'Llama-3.1-8B-Instruct',
      publisher: 'meta-llama',
      license: 'llama3.1',
      totalParams: 8_030_261_248,
      activeParams: 8_030_261_248,
      huggingFaceRepo: 'meta-llama/Llama-3.1-8B-Instruct',
      paramsSourceUrl: 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct',
      // The Hub's count was read now; the architecture came from the paste, which has no address.
      paramsVerifiedAt: TODAY,
      architectureSourceUrl: null,
      architectureVerifiedAt: null,
      sourceUrl: 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/0e9e39f249a16976918f6564b8830bc894c89659/config.json',
      modalities: ['text'],
      verifiedAt: TODAY,
    });
    expect(model.architecture).toMatchObject({ modelType: 'llama', layers: 32, mixers: 'full*32', context: { nativeTokens: 131072 } });
    // The draft is a valid catalog record once the editor has reviewed it.
    expect(modelSchema.safeParse(model).success).toBe(true);
    expect(notes).toContain('meta-llama/Llama-3.1-8B-Instruct is gated: its files need an accepted license on Hugging Face.');
    expect(notes.some((n) => n.startsWith('The file list could not be read (Hugging Face is not reachable'))).toBe(true);
    // Without the tree, the shards come from the model info's names: four files, size unknown;
    // the consolidated original/*.pth is not a safetensors checkpoint and is not proposed.
    expect(artifacts).toHaveLength(1);
    expect(artifacts[0]).toMatchObject({
      format: 'BF16',
      knownFormat: true,
      fileBytes: null,
      files: ['model-00001-of-00004.safetensors', 'model-00002-of-00004.safetensors', 'model-00003-of-00004.safetensors', 'model-00004-of-00004.safetensors'],
      record: { slug: 'llama-3.1-8b-instruct-bf16', model: 'llama-3.1-8b-instruct', format: 'BF16', fileBytes: null, fileBytesSourceUrl: null, huggingFaceFile: 'model-00001-of-00004.safetensors' },
    });
    expect(artifactSchema.safeParse(artifacts[0]!.record).success).toBe(true);
  });
});

describe('[HF IMPORT] a draft\'s "verified on" only where the import read the figure from its source at that moment', () => {
  const configUrl = 'https://huggingface.co/org/model/blob/abc123/config.json';
  const repo = 'https://huggingface.co/org/model';
  it.each([
    ['config.json read from the repo, the Hub\'s count read', { configUrl, configFrom: 'hub', publishedCountUrl: repo }, { paramsSourceUrl: repo, paramsVerifiedAt: TODAY, architectureSourceUrl: configUrl, architectureVerifiedAt: TODAY }],
    ['config.json read from the repo, total added up from it', { configUrl, configFrom: 'hub', publishedCountUrl: null }, { paramsSourceUrl: configUrl, paramsVerifiedAt: null, architectureSourceUrl: configUrl, architectureVerifiedAt: TODAY }],
    ['a pasted config beside the Hub\'s count', { configUrl, configFrom: 'paste', publishedCountUrl: repo }, { paramsSourceUrl: repo, paramsVerifiedAt: TODAY, architectureSourceUrl: null, architectureVerifiedAt: null }],
    ['a pasted config alone', { configUrl: null, configFrom: 'paste', publishedCountUrl: null }, { paramsSourceUrl: null, paramsVerifiedAt: null, architectureSourceUrl: null, architectureVerifiedAt: null }],
  ] as const)('%s', (_, reading, expected) => {
    expect(draftProvenance({ ...reading, today: TODAY })).toEqual(expected);
  });
});

describe('slugFromRepoName', () => {
  it.each([
    ['Llama-3.1-8B-Instruct', 'llama-3.1-8b-instruct'],
    ['Qwen3-Next-80B-A3B-Thinking', 'qwen3-next-80b-a3b-thinking'],
    ['gemma_3_27b_it', 'gemma-3-27b-it'],
    ['--odd..name__', 'odd-name'],
  ])('%s → %s', (name, slug) => expect(slugFromRepoName(name)).toBe(slug));
});
