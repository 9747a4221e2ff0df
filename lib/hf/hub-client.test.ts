import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHfConfigText } from '../architecture/hf/parse';
import { proposeArtifacts } from './artifacts';
import { fetchRepoSnapshot, getConfigText, getModelInfo, listRepoFiles } from './hub-client';
import { interactionsOf, recordingSchema, replayFetch } from './replay';

// The Hub client on recorded real responses (fixtures/hf-hub, sources in SOURCES.csv), replayed by a
// fetch that answers only what was recorded and follows recorded redirects as fetch does.
// Failure paths (no network, no answer) use fetches that fail: there is nothing to record for them.

const hubDir = new URL('../../fixtures/hf-hub/', import.meta.url);
const load = (file: string) =>
  interactionsOf(recordingSchema.parse(JSON.parse(readFileSync(new URL(file, hubDir), 'utf8'))), (bodyFile) => readFileSync(new URL(bodyFile, hubDir), 'utf8'));

/** Replays the named recordings (lib/hf/replay.ts); anything not recorded fails like a dead network. */
const replay = (...files: string[]) => replayFetch(files.flatMap(load));

describe('Hub client on recorded responses', () => {
  it('model info follows the rename redirect and reads sha, model_type and the safetensors parameter count', async () => {
    const r = replay('bert-base-uncased.model-info.json');
    const info = await getModelInfo('bert-base-uncased', { fetch: r.fetch });
    expect(info).toEqual({
      ok: true,
      value: {
        id: 'google-bert/bert-base-uncased',
        sha: '86b5e0934494bd15c9632b12f734a8a67f723594',
        gated: false,
        modelType: 'bert',
        safetensorsParams: 110106428,
        license: 'apache-2.0',
        files: expect.arrayContaining(['config.json', 'model.safetensors', 'vocab.txt']),
      },
    });
    expect(r.requested).toEqual(['https://huggingface.co/api/models/bert-base-uncased', 'https://huggingface.co/api/models/google-bert/bert-base-uncased']);
  });

  it('another repository: roberta-base-squad2', async () => {
    const info = await getModelInfo('deepset/roberta-base-squad2', { fetch: replay('roberta-base-squad2.model-info.json').fetch });
    expect(info).toMatchObject({ ok: true, value: { modelType: 'roberta', safetensorsParams: 124057092, gated: false } });
  });

  it('the file list carries sizes, LFS files with their stored size', async () => {
    const files = await listRepoFiles('google-bert/bert-base-uncased', 'dd4bc8b21efa05ec961e3efc4ee5e3832a3679c7', { fetch: replay('bert-base-uncased.tree.json').fetch });
    expect(files).toEqual({
      ok: true,
      value: [
        { path: '.gitattributes', size: 345 },
        { path: 'config.json', size: 313 },
        { path: 'pytorch_model.bin', size: 440473133 },
        { path: 'tf_model.h5', size: 536063208 },
        { path: 'vocab.txt', size: 231508 },
      ],
    });
    // A repo of .bin and .h5 weights only offers nothing to import.
    if (files.ok) expect(proposeArtifacts('google-bert/bert-base-uncased', files.value)).toEqual({ artifacts: [], notes: ['no GGUF or safetensors weights in this repository'] });
  });

  it('config.json arrives as text and parses into the architecture', async () => {
    const text = await getConfigText('Qwen/Qwen3-Next-80B-A3B-Thinking', 'main', { fetch: replay('qwen3-next-80b-a3b-thinking.config.json').fetch });
    if (!text.ok) throw new Error(text.message);
    const parsed = parseHfConfigText(text.value);
    expect(parsed.ok && parsed.architecture.mixers).toBe('(linear*3 full)*12');
  });

  it('a snapshot keeps what arrived when one part fails: files listed, config not reachable', async () => {
    const r = replay('bert-base-uncased.model-info.json', 'bert-base-uncased.tree.json');
    const snap = await fetchRepoSnapshot('bert-base-uncased', { fetch: r.fetch, revision: 'dd4bc8b21efa05ec961e3efc4ee5e3832a3679c7' });
    if (!snap.ok) throw new Error(snap.message);
    expect(snap.value.revision).toBe('dd4bc8b21efa05ec961e3efc4ee5e3832a3679c7');
    expect(snap.value.files.ok && snap.value.files.value).toHaveLength(5);
    expect(snap.value.config).toMatchObject({ ok: false, failure: 'unreachable' });
    // The tree and config requests use the canonical id the redirect led to.
    expect(r.requested).toContain('https://huggingface.co/google-bert/bert-base-uncased/resolve/dd4bc8b21efa05ec961e3efc4ee5e3832a3679c7/config.json');
  });

  it('an answer over the size limit is refused, not read to the end', async () => {
    const info = await getModelInfo('deepset/roberta-base-squad2', { fetch: replay('roberta-base-squad2.model-info.json').fetch, maxJsonBytes: 1000 });
    expect(info).toEqual({ ok: false, failure: 'too-large', message: "the Hub's answer is larger than 1000 bytes" });
  });
});

describe('Hub client failures', () => {
  it('refuses a malformed repo id without a request', async () => {
    let called = false;
    const f = (async () => {
      called = true;
      throw new Error('unreachable');
    }) as typeof fetch;
    expect(await getModelInfo('owner/../etc', { fetch: f })).toMatchObject({ ok: false, failure: 'invalid-request' });
    expect(await listRepoFiles('a/b', 'main; rm', { fetch: f })).toMatchObject({ ok: false, failure: 'invalid-request' });
    expect(called).toBe(false);
  });

  it('offline: says plainly that Hugging Face is not reachable', async () => {
    const offline = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const r = await getModelInfo('Qwen/Qwen3-Next-80B-A3B-Thinking', { fetch: offline });
    expect(r).toEqual({ ok: false, failure: 'unreachable', message: 'Hugging Face is not reachable from this server (fetch failed); paste the config.json instead' });
  });

  it('no answer: gives up at the time limit', async () => {
    const silent = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const r = await getModelInfo('Qwen/Qwen3-Next-80B-A3B-Thinking', { fetch: silent, timeoutMs: 20 });
    expect(r).toMatchObject({ ok: false, failure: 'timeout' });
  });
});
