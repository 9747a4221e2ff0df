// Request parsing and resolution: zod validation, slug lookup, defaults, error paths.

import type { z } from 'zod';
import { estimateRequestSchema, MAX_BATCH, type EstimateRequest } from '../schemas/estimate';
import { normalizeQuant } from './formats';
import { estimate } from './estimate';
import { modelShapeProblem } from './shape-limits';
import type { CatalogLookup, DeviceSpec, EstimateInput, HardwareSpec, ModelSpec } from './types';

export interface RequestError {
  field: string;
  message: string;
}

export type ParseResult = { ok: true; input: EstimateInput } | { ok: false; error: RequestError };

/** "hardware.devices[0].memoryBytes" from a zod path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
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

function modelFromArchitecture(a: NonNullable<EstimateRequest['model']['architecture']>): ModelSpec {
  const headDim = a.headDim ?? Math.round(a.hiddenSize / a.attentionHeads);
  return {
    name: a.name ?? 'custom architecture',
    totalParams: a.totalParams,
    activeParams: a.activeParams ?? a.totalParams,
    layers: a.layers,
    hiddenSize: a.hiddenSize,
    intermediateSize: a.intermediateSize ?? a.experts?.intermediateSize ?? null,
    attentionHeads: a.attentionHeads,
    kvHeads: a.kvHeads,
    headDim,
    vocabSize: a.vocabSize,
    contextLength: a.contextLength,
    tiedEmbeddings: a.tiedEmbeddings ?? false,
    slidingWindow: a.slidingWindow?.size ?? null,
    globalLayerEvery: a.slidingWindow?.globalLayerEvery ?? null,
    mlaKvLoraRank: a.mla?.kvLoraRank ?? null,
    mlaRopeHeadDim: a.mla?.ropeHeadDim ?? null,
    mlaQLoraRank: a.mla?.qLoraRank ?? null,
    expertsTotal: a.experts?.total ?? null,
    expertsActive: a.experts?.active ?? null,
    expertIntermediateSize: a.experts?.intermediateSize ?? null,
    sharedExperts: a.experts?.shared ?? null,
    projectorBytes: a.projectorBytes ?? null,
  };
}

/** Validate a request and resolve slugs against the catalog. */
export function parseEstimateRequest(json: unknown, catalog: CatalogLookup): ParseResult {
  const r = estimateRequestSchema.safeParse(json);
  if (!r.success) return { ok: false, error: firstIssue(r.error) };
  const req = r.data;
  let model: ModelSpec;
  let modelSlug: string | undefined;
  if (req.model.slug !== undefined) {
    const found = catalog.model(req.model.slug);
    if (!found) return { ok: false, error: { field: 'model.slug', message: `unknown model "${req.model.slug}"` } };
    model = { ...found, slug: found.slug ?? req.model.slug };
    modelSlug = model.slug;
    const shape = modelShapeProblem(model);
    if (shape) return { ok: false, error: { field: 'model.slug', message: `the catalog entry "${req.model.slug}" cannot be estimated: ${shape.message}` } };
  } else {
    model = modelFromArchitecture(req.model.architecture as NonNullable<EstimateRequest['model']['architecture']>);
    if (model.expertsActive !== null && model.expertsTotal !== null && model.expertsActive > model.expertsTotal) {
      return { ok: false, error: { field: 'model.architecture.experts.active', message: 'more active experts than experts' } };
    }
  }
  const quant = normalizeQuant(req.quant);
  if (!quant) return { ok: false, error: { field: 'quant', message: `unknown quant "${req.quant}"` } };
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
    };
  }
  const modelCtx = model.contextLength ?? 131072;
  const fileBytes = modelSlug ? catalog.artifactFileBytes(modelSlug, quant) : null;
  const input: EstimateInput = {
    model,
    quant,
    contextTokens: req.contextTokens ?? Math.min(8192, modelCtx),
    depthTokens: req.depthTokens ?? 0,
    kvCacheType: req.kvCacheType ?? 'f16',
    parallel: req.parallel ?? 1,
    runtime: req.runtime ?? 'llama.cpp',
    hardware,
    fileBytes: fileBytes && fileBytes > 0 ? fileBytes : null,
    flashAttention: req.flashAttention,
    promptTokens: req.promptTokens,
    gpuMemoryUtilization: req.gpuMemoryUtilization,
    moeOffload: req.moeOffload,
  };
  return { ok: true, input };
}

export interface RunResult {
  /** 0 = every request estimated; 2 = invalid request (HTTP 400). */
  status: 0 | 2;
  body: unknown;
}

/** One request object or an array of up to 100; the CLI/HTTP layer prints `body`. */
export function runEstimateRequests(json: unknown, catalog: CatalogLookup): RunResult {
  if (Array.isArray(json)) {
    if (json.length > MAX_BATCH) {
      return { status: 2, body: { error: { field: '(root)', message: `at most ${MAX_BATCH} requests per batch, got ${json.length}` } } };
    }
    const inputs: EstimateInput[] = [];
    for (let i = 0; i < json.length; i++) {
      const r = parseEstimateRequest(json[i], catalog);
      if (!r.ok) return { status: 2, body: { error: { field: `[${i}].${r.error.field}`, message: r.error.message, index: i } } };
      inputs.push(r.input);
    }
    return { status: 0, body: inputs.map((x) => estimate(x)) };
  }
  const r = parseEstimateRequest(json, catalog);
  if (!r.ok) return { status: 2, body: { error: r.error } };
  return { status: 0, body: estimate(r.input) };
}
