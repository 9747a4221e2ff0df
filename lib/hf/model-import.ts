// "New model from config.json or repo id": what the Hub says about a repository (model info, file
// list with sizes, config.json, all through the one client) and/or a pasted config.json, turned
// into a model record and artifact records for an editor to review. Nothing is written here: the
// drafts go through the admin's ordinary create path (validation, audit) when the editor saves.
// Pure apart from the injected hub options.

import { z } from 'zod';
import { MAX_CONFIG_TEXT, parseHfConfigText, replaceNonFiniteLiterals, SUPPORTED_MODEL_TYPES } from '../architecture/hf/parse';
import { checkConsistency } from '../architecture/consistency';
import { paramCounts } from '../architecture/params';
import type { Architecture } from '../architecture/schema';
import { proposeArtifacts, type ProposedArtifact } from './artifacts';
import { fetchRepoSnapshot, HUB_URL, repoIdSchema, type HubClientOptions, type HubFailure, type HubFile, type ModelInfo } from './hub-client';

/** What the editor gives: a repo id, a pasted config.json, or both (the paste wins over the Hub's copy). */
export const hubImportInputSchema = z
  .object({
    repoId: z.string().trim().max(200).pipe(z.union([z.literal(''), repoIdSchema])),
    config: z.string().max(MAX_CONFIG_TEXT, `config.json is longer than ${MAX_CONFIG_TEXT} characters`),
  })
  .strict()
  .refine((v) => v.repoId !== '' || v.config.trim() !== '', { path: ['repoId'], message: 'give a repo id or paste a config.json' });

export type HubImportInput = z.output<typeof hubImportInputSchema>;

/** One proposed artifact: what the file list says, and the record the editor may create from it. */
export interface ArtifactDraft extends ProposedArtifact {
  /** An artifacts-entity record (lib/schemas/catalog.ts), to review in the ordinary form. */
  record: Record<string, unknown>;
}

export interface ModelDraft {
  /** A models-entity record, for the model form; fields the source does not give stay empty. */
  model: Record<string, unknown>;
  artifacts: ArtifactDraft[];
  /** What came from where, and what could not be read (shown above the form). */
  notes: string[];
  /** The repository and commit read, when a repo id was given and answered. */
  source: { repoId: string; revision: string } | null;
}

export type HubImportResult =
  | { ok: true; draft: ModelDraft }
  | { ok: false; message: string; fieldErrors: Partial<Record<'repoId' | 'config', string>>; failure?: HubFailure };

/** What the import read, for the draft's provenance. */
export interface ImportReading {
  /** The repo's config.json at the commit read (null when no repo answered). */
  configUrl: string | null;
  /** Where the architecture came from: the repo's config.json as read now, or a pasted text. */
  configFrom: 'hub' | 'paste';
  /** The repo page, when the Hub's safetensors count was read now (the total parameters). */
  publishedCountUrl: string | null;
  today: string;
}

/**
 * Each figure group's source and "verified on" in a draft. A date only where this import read the
 * figures from that source at that moment: the architecture parsed from the repo's config.json
 * at a pinned commit, the total parameters from the Hub's own count. A pasted config has no
 * address (its source stays empty for the editor to give), and a total added up from the config's
 * tensors is arithmetic, not a figure the source states: those wait for an editor.
 */
export function draftProvenance(r: ImportReading) {
  const architectureSourceUrl = r.configFrom === 'hub' ? r.configUrl : null;
  return {
    paramsSourceUrl: r.publishedCountUrl ?? architectureSourceUrl,
    paramsVerifiedAt: r.publishedCountUrl !== null ? r.today : null,
    architectureSourceUrl,
    architectureVerifiedAt: architectureSourceUrl !== null ? r.today : null,
  };
}

/** A catalog slug from a repo name: "Llama-3.1-8B-Instruct" → "llama-3.1-8b-instruct". */
export function slugFromRepoName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/[-.]{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 120)
    .replace(/[-.]+$/g, '');
}

function modalitiesOf(arch: Architecture): string[] {
  const kinds = new Set(arch.towers.map((t) => t.kind));
  return ['text', ...(kinds.has('vision') ? ['image'] : []), ...(kinds.has('audio') ? ['audio'] : [])];
}

const fail = (message: string, fieldErrors: Partial<Record<'repoId' | 'config', string>>, failure?: HubFailure): HubImportResult => ({ ok: false, message, fieldErrors, ...(failure ? { failure } : {}) });

/**
 * Reads the Hub (when a repo id is given) and the config, and drafts the records. A repo the
 * server cannot reach still imports from a pasted config.json; a file list that cannot be read
 * leaves the artifacts' sizes empty and says why.
 */
export async function importModelDraft(input: HubImportInput, hub: HubClientOptions, today: string): Promise<HubImportResult> {
  const notes: string[] = [];
  const pasted = input.config.trim();
  let info: ModelInfo | null = null;
  let revision: string | null = null;
  let files: HubFile[] | null = null;
  let hubConfig: string | null = null;
  let configProblem: string | null = null;

  if (input.repoId !== '') {
    const snapshot = await fetchRepoSnapshot(input.repoId, hub);
    if (!snapshot.ok) {
      if (snapshot.failure === 'invalid-request' || pasted === '') return fail(snapshot.message, { repoId: snapshot.message }, snapshot.failure);
      notes.push(`Hugging Face: ${snapshot.message}. Only the pasted config.json was read.`);
    } else {
      info = snapshot.value.info;
      revision = snapshot.value.revision;
      if (info.modelType !== null && !SUPPORTED_MODEL_TYPES.includes(info.modelType) && pasted === '') {
        const message = `model_type "${info.modelType}" of ${info.id} is not supported (supported: ${SUPPORTED_MODEL_TYPES.join(', ')})`;
        return fail(message, { config: message });
      }
      if (snapshot.value.files.ok) files = snapshot.value.files.value;
      else notes.push(`The file list could not be read (${snapshot.value.files.message}): artifact sizes are unknown.`);
      if (snapshot.value.config.ok) hubConfig = snapshot.value.config.value;
      else configProblem = snapshot.value.config.message;
      if (info.gated) notes.push(`${info.id} is gated: its files need an accepted license on Hugging Face.`);
    }
  }

  const configText = pasted !== '' ? pasted : hubConfig;
  if (configText === null) {
    const message = `config.json could not be read from Hugging Face (${configProblem ?? 'no answer'}); paste it instead`;
    return fail(message, { config: message });
  }
  if (pasted !== '' && hubConfig !== null) notes.push('The pasted config.json was used instead of the repository\'s copy.');
  const parsed = parseHfConfigText(configText);
  if (!parsed.ok) {
    const message = parsed.key === '(root)' ? parsed.error : `${parsed.key}: ${parsed.error}`;
    return fail(`config.json: ${message}`, { config: message });
  }
  const arch = parsed.architecture;
  for (const w of parsed.warnings) notes.push(`config.json: ${w}.`);

  const counts = paramCounts(arch);
  const published = info?.safetensorsParams ?? null;
  const totalParams = published ?? counts.total;
  // Dense: every parameter runs per token. MoE: the routed share the config implies, never above the total.
  const activeParams = counts.active >= counts.total ? totalParams : Math.min(counts.active, totalParams);
  if (published !== null) {
    const check = checkConsistency(arch, published);
    notes.push(`Total parameters: ${published.toLocaleString('en-US')}, counted by the Hub over the safetensors files; the config's tensors add up to ${counts.total.toLocaleString('en-US')}.`);
    for (const w of check.warnings) notes.push(w);
  } else {
    notes.push(`Total parameters: ${counts.total.toLocaleString('en-US')}, added up from the config's tensors (no safetensors count from the Hub).`);
  }
  notes.push(`Native context: ${arch.context.nativeTokens.toLocaleString('en-US')} tokens (max_position_embeddings).`);

  const repoId = info?.id ?? null;
  const owner = repoId?.split('/')[0] ?? '';
  const repoName = repoId?.split('/')[1] ?? '';
  const configObject = JSON.parse(replaceNonFiniteLiterals(configText)) as Record<string, unknown>;
  const nameFromConfig = typeof configObject._name_or_path === 'string' && configObject._name_or_path.length <= 200 ? configObject._name_or_path : '';
  const slug = slugFromRepoName(repoName || nameFromConfig.split('/').pop() || '');
  const configUrl = repoId && revision ? `${HUB_URL}/${repoId}/blob/${revision}/config.json` : null;
  const provenance = draftProvenance({
    configUrl,
    configFrom: pasted !== '' ? 'paste' : 'hub',
    publishedCountUrl: published !== null && repoId ? `${HUB_URL}/${repoId}` : null,
    today,
  });
  const treeUrl = repoId && revision ? `${HUB_URL}/api/models/${repoId}/tree/${revision}?recursive=true` : null;

  // Files: the tree with sizes; failing that, the names the model info lists (sizes unknown).
  const listed: HubFile[] | null = files ?? (info ? info.files.map((path) => ({ path, size: null })) : null);
  const proposal = listed && repoId ? proposeArtifacts(repoId, listed, configObject) : null;
  for (const n of proposal?.notes ?? []) notes.push(`Files: ${n}.`);
  const projector = proposal?.artifacts.find((a) => a.role === 'projector' && a.fileBytes !== null) ?? null;

  const model: Record<string, unknown> = {
    slug,
    name: repoName || nameFromConfig,
    family: parsed.modelType,
    publisher: owner,
    releaseDate: null,
    license: info?.license ?? '',
    licenseUrl: null,
    totalParams,
    activeParams,
    paramsSourceUrl: provenance.paramsSourceUrl,
    paramsVerifiedAt: provenance.paramsVerifiedAt,
    architecture: arch,
    architectureSourceUrl: provenance.architectureSourceUrl,
    architectureVerifiedAt: provenance.architectureVerifiedAt,
    modalities: modalitiesOf(arch),
    strengths: [],
    projectorBytes: projector?.fileBytes ?? null,
    huggingFaceRepo: repoId,
    ollamaTag: null,
    supersededBy: null,
    description: '',
    notes: [
      repoId && revision ? `Imported from ${HUB_URL}/${repoId} at commit ${revision} on ${today}.` : `Imported from a pasted config.json on ${today}.`,
      ...parsed.warnings.map((w) => `Parser default: ${w}.`),
    ].join('\n'),
    sourceUrl: configUrl,
    verifiedAt: today,
  };

  const artifacts: ArtifactDraft[] = (proposal?.artifacts ?? [])
    .filter((a) => a.role === 'weights')
    .map((a) => ({
      ...a,
      record: {
        slug: slugFromRepoName(`${slug}-${a.format}`),
        model: slug,
        format: a.format,
        publisher: owner,
        fileBytes: a.fileBytes,
        fileBytesSourceUrl: a.fileBytes !== null ? treeUrl : null,
        // Sizes come only from the file tree, read now at the pinned commit.
        fileBytesVerifiedAt: a.fileBytes !== null && treeUrl !== null ? today : null,
        huggingFaceRepo: repoId,
        huggingFaceFile: a.files[0] ?? null,
        ollamaTag: null,
        lmStudioId: null,
        sourceUrl: treeUrl ?? configUrl,
        verifiedAt: today,
      },
    }));

  return { ok: true, draft: { model, artifacts, notes, source: repoId && revision ? { repoId, revision } : null } };
}

/** The request as `importModelDraft` takes it, or the refusal naming each bad field. */
export function readHubImportInput(input: unknown): { ok: true; input: HubImportInput } | Extract<HubImportResult, { ok: false }> {
  const parsed = hubImportInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, input: parsed.data };
  const flat = z.flattenError(parsed.error).fieldErrors as Partial<Record<string, string[]>>;
  const fieldErrors: Partial<Record<'repoId' | 'config', string>> = {};
  if (flat.repoId?.[0]) fieldErrors.repoId = flat.repoId[0];
  if (flat.config?.[0]) fieldErrors.config = flat.config[0];
  const named = Object.keys(fieldErrors);
  return { ok: false, message: named.length > 0 ? `Check ${named.map((k) => (k === 'repoId' ? 'the repo id' : 'the config.json')).join(' and ')}.` : 'The request is malformed.', fieldErrors };
}
