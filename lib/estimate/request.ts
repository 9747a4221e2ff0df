// The HTTP API's and the CLI's requests: zod validation, slug lookup and error paths. A valid
// request becomes a Choice, which the one builder (choice.ts) turns into the estimator's input.

import type { z } from 'zod';
import { estimateRequestSchema, MAX_BATCH, type EstimateRequest } from '../schemas/estimate';
import { defaultRuntimeFor, estimateChoice, type Choice, type ChoiceModel } from './choice';
import { normalizeQuant } from './formats';
import { modelShapeProblem } from './shape-limits';
import { architectureFromScalars } from '../architecture/from-scalars';
import { parseHfConfig } from '../architecture/hf/parse';
import { paramCounts } from '../architecture/params';
import { architectureSchema } from '../architecture/schema';
import { ASSUMED_CONTEXT_LENGTH } from './runtime-defaults';
import type { CatalogLookup, DeviceSpec, HardwareSpec } from './types';

interface RequestError {
  field: string;
  message: string;
}

export type ParseResult = { ok: true; choice: Choice } | { ok: false; error: RequestError };

/** "hardware.devices[0].memoryBytes" from a zod path. */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s ? `.${String(p)}` : String(p);
  }
  return s || '(root)';
}

function firstIssue(err: z.ZodError): RequestError {
  const issue = err.issues[0];
  if (!issue) return { field: '(root)', message: 'invalid request' };
  let path = issue.path;
  // Unknown keys: name the offending key itself.
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) path = [...issue.path, issue.keys[0] as string];
  const message = issue.code === 'invalid_type' && issue.input === undefined ? 'required' : issue.message;
  return { field: formatPath(path), message };
}

/** The API's scalar architecture as the exact record it describes (lib/architecture/from-scalars.ts). */
function modelFromArchitecture(a: NonNullable<EstimateRequest['model']['architecture']>): ChoiceModel | RequestError {
  const record = architectureSchema.safeParse(
    architectureFromScalars({
      layers: a.layers,
      hiddenSize: a.hiddenSize,
      vocabSize: a.vocabSize,
      tiedEmbeddings: a.tiedEmbeddings ?? false,
      attentionHeads: a.attentionHeads,
      kvHeads: a.kvHeads,
      headDim: a.headDim ?? Math.max(1, Math.round(a.hiddenSize / a.attentionHeads)),
      intermediateSize: a.intermediateSize ?? null,
      contextTokens: a.contextLength ?? ASSUMED_CONTEXT_LENGTH,
      slidingWindow: a.slidingWindow?.size ?? null,
      globalLayerEvery: a.slidingWindow?.globalLayerEvery ?? null,
      mla: a.mla ? { kvLoraRank: a.mla.kvLoraRank, ropeHeadDim: a.mla.ropeHeadDim, qLoraRank: a.mla.qLoraRank ?? null } : null,
      experts: a.experts ? { total: a.experts.total, active: a.experts.active, width: a.experts.intermediateSize ?? null, shared: a.experts.shared ?? 0 } : null,
    }),
  );
  if (!record.success) {
    const issue = record.error.issues[0];
    return { field: `model.architecture${issue && issue.path.length > 0 ? `.${issue.path.map(String).join('.')}` : ''}`, message: issue?.message ?? 'invalid architecture' };
  }
  return {
    name: a.name ?? 'custom architecture',
    totalParams: a.totalParams,
    activeParams: a.activeParams ?? a.totalParams,
    architecture: record.data,
    projectorBytes: a.projectorBytes ?? null,
    ...(a.contextLength === undefined ? { contextAssumed: true } : {}),
  };
}

/**
 * A published config.json as a model: the parser's record, with the totals its own tensors add up
 * to (towers and MTP blocks included, as publishers count them); the parser's notes (defaults it
 * applied, towers it could not count) become the estimate's warnings.
 */
function modelFromHfConfig(config: Record<string, unknown>): ChoiceModel | RequestError {
  const parsed = parseHfConfig(config);
  if (!parsed.ok) return { field: `model.hfConfig${parsed.key === '(root)' ? '' : `.${parsed.key}`}`, message: parsed.error };
  const counts = paramCounts(parsed.architecture);
  return {
    name: typeof config._name_or_path === 'string' && config._name_or_path.length <= 200 ? config._name_or_path : `${parsed.modelType} (config.json)`,
    totalParams: counts.total,
    activeParams: counts.active,
    architecture: parsed.architecture,
    projectorBytes: null,
    notes: parsed.warnings.map((w) => `config.json: ${w}.`),
  };
}

/** Validate a request, resolve slugs against the catalog, and state the choice it asks about. */
export function parseEstimateRequest(json: unknown, catalog: CatalogLookup): ParseResult {
  const r = estimateRequestSchema.safeParse(json);
  if (!r.success) return { ok: false, error: firstIssue(r.error) };
  const req = r.data;
  let model: ChoiceModel;
  if (req.model.slug !== undefined) {
    const found = catalog.model(req.model.slug);
    if (!found) return { ok: false, error: { field: 'model.slug', message: `unknown model "${req.model.slug}"` } };
    model = { ...found, slug: found.slug ?? req.model.slug };
    const shape = modelShapeProblem(model);
    if (shape) return { ok: false, error: { field: 'model.slug', message: `the catalog entry "${req.model.slug}" cannot be estimated: ${shape.message}` } };
  } else {
    if (req.model.architecture?.experts && req.model.architecture.experts.active > req.model.architecture.experts.total) {
      return { ok: false, error: { field: 'model.architecture.experts.active', message: 'more active experts than experts' } };
    }
    const built = req.model.hfConfig !== undefined ? modelFromHfConfig(req.model.hfConfig) : modelFromArchitecture(req.model.architecture as NonNullable<EstimateRequest['model']['architecture']>);
    if ('field' in built) return { ok: false, error: built };
    model = built;
    const shape = modelShapeProblem(model);
    if (shape) return { ok: false, error: { field: `model.${req.model.hfConfig !== undefined ? 'hfConfig' : shape.field.startsWith('architecture') ? shape.field : `architecture.${shape.field}`}`, message: shape.message } };
  }
  let quant: string | null = req.quant !== undefined ? normalizeQuant(req.quant) : null;
  if (req.quant !== undefined && !quant) return { ok: false, error: { field: 'quant', message: `unknown quant "${req.quant}"` } };
  if (req.artifact !== undefined) {
    const artifact = (model.artifacts ?? []).find((a) => a.slug === req.artifact);
    if (!artifact) return { ok: false, error: { field: 'artifact', message: `"${req.artifact}" is not a published file of ${req.model.slug ?? 'this model'}` } };
    if (quant !== null && quant !== normalizeQuant(artifact.format)) return { ok: false, error: { field: 'artifact', message: `"${req.artifact}" is a ${artifact.format} file, not ${quant}` } };
    quant = normalizeQuant(artifact.format);
    if (!quant) return { ok: false, error: { field: 'artifact', message: `the estimator has no layout for ${artifact.format}` } };
  }
  let hardware: HardwareSpec | null = null;
  if (req.hardware) {
    const devices: DeviceSpec[] = [];
    for (let i = 0; i < req.hardware.devices.length; i++) {
      const d = req.hardware.devices[i] as NonNullable<typeof req.hardware.devices[number]>;
      if (d.slug !== undefined) {
        const found = catalog.device(d.slug);
        if (!found) return { ok: false, error: { field: `hardware.devices[${i}].slug`, message: `unknown device "${d.slug}"` } };
        devices.push({
          ...found,
          slug: found.slug ?? d.slug,
          memoryBytes: d.memoryBytes ?? found.memoryBytes,
          bandwidthGBps: d.bandwidthGBps ?? found.bandwidthGBps,
          fp16Tflops: d.fp16Tflops ?? found.fp16Tflops,
          cores: d.cores ?? found.cores ?? null,
          count: d.count ?? found.count ?? 1,
        });
      } else {
        devices.push({
          name: d.name ?? `${d.kind} device`,
          kind: d.kind as DeviceSpec['kind'],
          memoryBytes: d.memoryBytes as number,
          bandwidthGBps: d.bandwidthGBps as number,
          fp16Tflops: d.fp16Tflops ?? null,
          cores: d.cores ?? null,
          count: d.count ?? 1,
        });
      }
    }
    hardware = {
      devices,
      systemMemoryBytes: req.hardware.systemMemoryBytes,
      systemBandwidthGBps: req.hardware.systemBandwidthGBps,
      metalWiredLimitBytes: req.hardware.metalWiredLimitBytes,
      cluster: req.hardware.cluster,
      ...(req.hardware.link !== undefined ? { link: req.hardware.link } : {}),
      ...(req.hardware.os !== undefined ? { os: req.hardware.os } : {}),
    };
  }
  const choice: Choice = {
    model,
    quant: quant as string,
    ...(req.artifact !== undefined ? { artifactSlug: req.artifact } : {}),
    runtime: req.runtime ?? defaultRuntimeFor(quant as string, hardware),
    hardware,
    ...(req.contextTokens !== undefined ? { contextTokens: req.contextTokens } : {}),
    ...(req.parallel !== undefined ? { users: req.parallel } : {}),
    ...(req.depthTokens !== undefined ? { depthTokens: req.depthTokens } : {}),
    ...(req.kvCacheType !== undefined ? { kvCacheType: req.kvCacheType } : {}),
    ...(req.flashAttention !== undefined ? { flashAttention: req.flashAttention } : {}),
    ...(req.promptTokens !== undefined ? { promptTokens: req.promptTokens } : {}),
    ...(req.gpuMemoryUtilization !== undefined ? { gpuMemoryUtilization: req.gpuMemoryUtilization } : {}),
    ...(req.moeOffload !== undefined ? { moeOffload: req.moeOffload } : {}),
  };
  return { ok: true, choice };
}

export interface RunResult {
  /** 0 = every request estimated; 2 = invalid request (HTTP 400). */
  status: 0 | 2;
  body: unknown;
}

/** One request object or an array of up to `maxBatch` (the CLI's MAX_BATCH, the API's API_MAX_BATCH); the caller prints `body`. */
export function runEstimateRequests(json: unknown, catalog: CatalogLookup, maxBatch: number = MAX_BATCH): RunResult {
  if (Array.isArray(json)) {
    if (json.length > maxBatch) {
      return { status: 2, body: { error: { field: '(root)', message: `at most ${maxBatch} requests per batch, got ${json.length}` } } };
    }
    const choices: Choice[] = [];
    for (let i = 0; i < json.length; i++) {
      const r = parseEstimateRequest(json[i], catalog);
      if (!r.ok) return { status: 2, body: { error: { field: `[${i}].${r.error.field}`, message: r.error.message, index: i } } };
      choices.push(r.choice);
    }
    return { status: 0, body: choices.map((c) => estimateChoice(c)) };
  }
  const r = parseEstimateRequest(json, catalog);
  if (!r.ok) return { status: 2, body: { error: r.error } };
  return { status: 0, body: estimateChoice(r.choice) };
}
