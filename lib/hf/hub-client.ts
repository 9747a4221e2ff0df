// The one network boundary for "give a repo id": the Hugging Face Hub API, read with time limits and
// size limits, every answer validated with zod, and every failure a plain result ("not reachable",
// "gated", "not found") instead of an exception. Pure apart from the injected fetch.
//
// Endpoints (as huggingface/huggingface.js packages/hub uses them):
//   GET {hub}/api/models/{repo}                                  model info: sha, gated, config.model_type, safetensors.total, siblings
//   GET {hub}/api/models/{repo}/tree/{revision}?recursive=true   file list with sizes (Link: rel="next" pages)
//   GET {hub}/{repo}/resolve/{revision}/config.json              the config file

import { z } from 'zod';

export const HUB_URL = 'https://huggingface.co';
export const DEFAULT_TIMEOUT_MS = 10_000;
/** config.json files are kilobytes (the largest in fixtures/hf-configs is 74 KB). */
export const MAX_CONFIG_BYTES = 2_000_000;
/** Model info and one tree page are at most a few megabytes. */
export const MAX_JSON_BYTES = 20_000_000;
/** Files listed at most (a GGUF repo with every quant split in shards stays in the hundreds). */
export const MAX_TREE_FILES = 20_000;

export const repoIdSchema = z
  .string()
  .trim()
  .max(200)
  // "owner/name"; legacy ids without an owner ("bert-base-uncased") redirect to their owner's repo.
  .regex(/^(?:[A-Za-z0-9][\w.-]{0,95}\/)?[A-Za-z0-9][\w.-]{0,95}$/, 'a repo id is "owner/name" (letters, digits, "-", "_", ".")')
  .refine((s) => !s.includes('..'), 'a repo id cannot contain ".."');

const revisionSchema = z.string().regex(/^[\w.-]{1,100}$/, 'a revision is a branch, tag or commit id');

export type HubFailure =
  | 'invalid-request'
  | 'unreachable'
  | 'timeout'
  | 'not-found'
  | 'gated'
  | 'rate-limited'
  | 'too-large'
  | 'bad-response';

export type HubResult<T> = { ok: true; value: T } | { ok: false; failure: HubFailure; message: string };

export interface HubClientOptions {
  /** Injected for tests and for servers that proxy; defaults to the global fetch. */
  fetch?: typeof fetch;
  hubUrl?: string;
  timeoutMs?: number;
  /** Byte limits (defaults MAX_JSON_BYTES, MAX_CONFIG_BYTES). */
  maxJsonBytes?: number;
  maxConfigBytes?: number;
}

const fail = <T>(failure: HubFailure, message: string): HubResult<T> => ({ ok: false, failure, message });

interface Got {
  status: number;
  headers: Headers;
  text: string;
}

/** Reads a response body, stopping at `limit` bytes. */
async function readLimited(res: Response, limit: number): Promise<string | null> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

async function get(url: string, o: HubClientOptions, limit: number): Promise<HubResult<Got>> {
  const f = o.fetch ?? globalThis.fetch;
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await f(url, { headers: { accept: 'application/json' }, redirect: 'follow', signal: controller.signal });
    const text = await readLimited(res, limit);
    if (text === null) return fail('too-large', `the Hub's answer is larger than ${limit} bytes`);
    return { ok: true, value: { status: res.status, headers: res.headers, text } };
  } catch (e) {
    if (controller.signal.aborted) return fail('timeout', `Hugging Face did not answer within ${Math.round(timeoutMs / 1000)} s`);
    const cause = e instanceof Error ? e.message : String(e);
    return fail('unreachable', `Hugging Face is not reachable from this server (${cause}); paste the config.json instead`);
  } finally {
    clearTimeout(timer);
  }
}

function statusFailure<T>(status: number, what: string): HubResult<T> | null {
  if (status >= 200 && status < 300) return null;
  if (status === 401 || status === 403) return fail('gated', `${what} is gated or private: this server has no access to it`);
  if (status === 404) return fail('not-found', `${what} was not found on Hugging Face`);
  if (status === 429) return fail('rate-limited', 'Hugging Face is rate-limiting this server; try again later');
  return fail('bad-response', `Hugging Face answered ${status} for ${what}`);
}

function parseJson<S extends z.ZodType>(text: string, schema: S, what: string): HubResult<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('bad-response', `${what}: the Hub's answer is not JSON`);
  }
  const r = schema.safeParse(json);
  if (!r.success) return fail('bad-response', `${what}: unexpected answer (${r.error.issues[0]!.path.join('.') || 'root'}: ${r.error.issues[0]!.message})`);
  return { ok: true, value: r.data };
}

function checkInput(repoId: unknown, revision?: unknown): HubResult<{ repo: string; revision: string | null }> {
  const repo = repoIdSchema.safeParse(repoId);
  if (!repo.success) return fail('invalid-request', repo.error.issues[0]!.message);
  if (revision === undefined) return { ok: true, value: { repo: repo.data, revision: null } };
  const rev = revisionSchema.safeParse(revision);
  if (!rev.success) return fail('invalid-request', rev.error.issues[0]!.message);
  return { ok: true, value: { repo: repo.data, revision: rev.data } };
}

const modelInfoSchema = z
  .object({
    id: z.string(),
    sha: z.string().optional(),
    private: z.boolean().optional(),
    gated: z.union([z.boolean(), z.string()]).optional(),
    config: z.object({ model_type: z.string().optional() }).loose().optional(),
    safetensors: z.object({ total: z.number().int().nonnegative() }).loose().optional(),
    siblings: z.array(z.object({ rfilename: z.string(), size: z.number().int().nonnegative().optional() }).loose()).optional(),
    cardData: z.object({ license: z.union([z.string(), z.array(z.string())]).optional() }).loose().optional(),
    tags: z.array(z.string()).optional(),
  })
  .loose();

export interface ModelInfo {
  /** Canonical repo id (after a rename redirect). */
  id: string;
  sha: string | null;
  gated: boolean;
  modelType: string | null;
  /** Parameters counted by the Hub over the safetensors headers: a published total to check against. */
  safetensorsParams: number | null;
  /** File names (sizes are only in the tree listing). */
  files: string[];
  /** The license the model card declares (its `license:` metadata, else the Hub's license tag). */
  license: string | null;
}

function licenseOf(v: z.output<typeof modelInfoSchema>): string | null {
  const card = v.cardData?.license;
  const fromCard = Array.isArray(card) ? card[0] : card;
  const fromTag = v.tags?.find((t) => t.startsWith('license:'))?.slice('license:'.length);
  const license = (fromCard ?? fromTag)?.trim();
  return license && license.length <= 120 ? license : null;
}

/** GET /api/models/{repo}. Renamed repos answer with a redirect, which is followed. */
export async function getModelInfo(repoId: string, o: HubClientOptions = {}): Promise<HubResult<ModelInfo>> {
  const input = checkInput(repoId);
  if (!input.ok) return input;
  const base = o.hubUrl ?? HUB_URL;
  const got = await get(`${base}/api/models/${input.value.repo}`, o, o.maxJsonBytes ?? MAX_JSON_BYTES);
  if (!got.ok) return got;
  const bad = statusFailure<ModelInfo>(got.value.status, input.value.repo);
  if (bad) return bad;
  const info = parseJson(got.value.text, modelInfoSchema, 'model info');
  if (!info.ok) return info;
  const v = info.value;
  return {
    ok: true,
    value: {
      id: v.id,
      sha: v.sha ?? null,
      gated: v.gated !== undefined && v.gated !== false,
      modelType: v.config?.model_type ?? null,
      safetensorsParams: v.safetensors?.total ?? null,
      files: (v.siblings ?? []).map((s) => s.rfilename),
      license: licenseOf(v),
    },
  };
}

const treeSchema = z.array(
  z
    .object({
      type: z.enum(['file', 'directory', 'unknown']),
      path: z.string().min(1).max(1000),
      size: z.number().int().nonnegative(),
      lfs: z.object({ size: z.number().int().nonnegative() }).loose().optional(),
    })
    .loose(),
);

export interface HubFile {
  path: string;
  /** Bytes; null when the source lists names only (model info siblings). */
  size: number | null;
}

/** Every file of a revision with its size (LFS files report the stored object's size). */
export async function listRepoFiles(repoId: string, revision: string, o: HubClientOptions = {}): Promise<HubResult<HubFile[]>> {
  const input = checkInput(repoId, revision);
  if (!input.ok) return input;
  const base = o.hubUrl ?? HUB_URL;
  const files: HubFile[] = [];
  let url: string | null = `${base}/api/models/${input.value.repo}/tree/${input.value.revision}?recursive=true`;
  for (let page = 0; url !== null; page++) {
    if (page > 100) return fail('too-large', 'the file list has more than 100 pages');
    const got = await get(url, o, o.maxJsonBytes ?? MAX_JSON_BYTES);
    if (!got.ok) return got;
    const bad = statusFailure<HubFile[]>(got.value.status, `${input.value.repo}@${input.value.revision}`);
    if (bad) return bad;
    const tree = parseJson(got.value.text, treeSchema, 'file list');
    if (!tree.ok) return tree;
    for (const e of tree.value) if (e.type === 'file') files.push({ path: e.path, size: e.lfs?.size ?? e.size });
    if (files.length > MAX_TREE_FILES) return fail('too-large', `the repository lists more than ${MAX_TREE_FILES} files`);
    url = nextLink(got.value.headers.get('link'), base);
  }
  return { ok: true, value: files };
}

/** The rel="next" URL of a Link header, only when it stays on the Hub. */
function nextLink(header: string | null, base: string): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m && m[1]!.startsWith(`${base}/`)) return m[1]!;
  }
  return null;
}

/** config.json of a revision, as text (parse it with parseHfConfigText). */
export async function getConfigText(repoId: string, revision: string, o: HubClientOptions = {}): Promise<HubResult<string>> {
  const input = checkInput(repoId, revision);
  if (!input.ok) return input;
  const base = o.hubUrl ?? HUB_URL;
  const got = await get(`${base}/${input.value.repo}/resolve/${input.value.revision}/config.json`, o, o.maxConfigBytes ?? MAX_CONFIG_BYTES);
  if (!got.ok) return got;
  const bad = statusFailure<string>(got.value.status, `${input.value.repo}/config.json`);
  if (bad) return bad;
  return { ok: true, value: got.value.text };
}

export interface RepoSnapshot {
  info: ModelInfo;
  revision: string;
  files: HubResult<HubFile[]>;
  config: HubResult<string>;
}

/**
 * What the importer needs from a repo id: model info, then the file list and config.json of one
 * revision (the given one, else the commit the info names). A failure of the info request fails
 * the whole; the file list and the config fail separately, so one missing part does not hide the other.
 */
export async function fetchRepoSnapshot(repoId: string, o: HubClientOptions & { revision?: string } = {}): Promise<HubResult<RepoSnapshot>> {
  const info = await getModelInfo(repoId, o);
  if (!info.ok) return info;
  const revision = o.revision ?? info.value.sha ?? 'main';
  const [files, config] = await Promise.all([listRepoFiles(info.value.id, revision, o), getConfigText(info.value.id, revision, o)]);
  return { ok: true, value: { info: info.value, revision, files, config } };
}
