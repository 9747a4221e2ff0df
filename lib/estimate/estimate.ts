// Orchestrates one estimate: weights → KV → placement → speed → quality, with the assumptions.

import { QUANT_FORMATS } from './formats';
import { attentionCells, cacheAssumptions, cacheSize, isLlamaCppFamily, kvCacheBytes } from './kv-cache';
import { runtimeParts } from '../architecture/runtime-parts';
import { modelShape } from './model-shape';
import { vllmMaxNumSeqs } from './runtime-defaults';
import {
  METAL_WORKING_SET_RULE,
  MLX_RUNTIME_BYTES,
  VLLM_CUDA_GRAPH_BYTES,
  VLLM_MEMORY,
  llamaCppComputeBytes,
  mlxActivationBytes,
  transformersActivationBytes,
  vllmActivationBytes,
} from './overhead';
import { vllmNonTorchBytes } from './memory-fit';
import { longestContextTokens } from './context-search';
import { placeModel } from './place-model';
import { llamaCppHeadCopyBytes } from './placement-llama-cpp';
import { fitPicksGpuLayers } from './runtime-defaults';
import type { Placement, PlacementContext } from './placement';
import { qualityFor } from './quality';
import { ShapeRangeError, modelShapeProblem } from './shape-limits';
import { ASSUMED_HOST_BANDWIDTH_GBPS, SPEED_CONSTANTS } from './backends';
import { clusterHopSeconds, clusterLinkAssumption } from './cluster-link';
import { decodeSecondsPerToken, speedFeatures, speedFor, speedFromFeatures, statedSystemBandwidth, type SpeedFeatures, type SpeedResult } from './speed';
import { scaledComposition, weightComposition } from './weights';
import type { DeviceMemory, Estimate, EstimateInput, HardwareSpec } from './types';
import { DEFAULT_CLUSTER_LINK, type ClusterLink } from '../enums';
import type { WeightComposition } from './weights';
import { confidenceFrom, type ConfidenceLimit } from './confidence';
import { formatBytes } from '../format';

const fmtGiB = (b: number) => formatBytes(b, 'GiB');

function memoryOnly(input: EstimateInput): { compute: number; overhead: number } {
  const m = input.model;
  if (isLlamaCppFamily(input.runtime)) {
    const cells = attentionCells(m, { tokens: input.contextTokens, kvCacheType: input.kvCacheType, parallel: input.parallel, runtime: input.runtime });
    return { compute: llamaCppComputeBytes({ model: m, kvCells: cells, flashAttention: input.flashAttention, hasOutput: true, pipeline: false }), overhead: 0 };
  }
  if (input.runtime === 'transformers') {
    // The prefill's peak beyond the cache the full context holds (placement-sequential.ts, PrefillPeak).
    const prompt = Math.min(input.promptTokens ?? input.contextTokens, input.contextTokens);
    const o = { kvCacheType: input.kvCacheType, parallel: input.parallel, runtime: input.runtime };
    const growth = kvCacheBytes(m, { ...o, tokens: input.contextTokens }) - kvCacheBytes(m, { ...o, tokens: prompt });
    return { compute: Math.max(0, transformersActivationBytes(m, prompt) - growth), overhead: 0 };
  }
  if (input.runtime === 'vllm') return { compute: vllmActivationBytes(m, input.vllmBatchedTokens, vllmMaxNumSeqs(0)), overhead: vllmNonTorchBytes(1, false, VLLM_MEMORY) + VLLM_CUDA_GRAPH_BYTES };
  return { compute: mlxActivationBytes(m), overhead: MLX_RUNTIME_BYTES };
}

/** The weights as placed for this request: the composition (scaled to a real file when known) and its context. */
/**
 * The published projector file when there is one; else the towers the record counts, in 16 bits
 * (mmproj files and checkpoints keep them so), when this runtime loads them (runtime-parts.ts).
 */
function projectorOf(input: EstimateInput): { bytes: number; towers: ReturnType<typeof runtimeParts> } {
  const towers = runtimeParts(input.model.architecture, input.runtime).filter((p) => (p.group === 'vision-tower' || p.group === 'audio-tower') && p.placement !== 'not-loaded');
  return { bytes: input.model.projectorBytes ?? towers.reduce((sum, p) => sum + p.params * 2, 0), towers };
}

function placementContext(input: EstimateInput): PlacementContext {
  const realFile = input.fileBytes && input.fileBytes > 0 ? input.fileBytes : null;
  const comp = scaledComposition(weightComposition(input.model, input.quant, input.runtime), realFile);
  const ctx: PlacementContext = { input, comp, projectorBytes: projectorOf(input).bytes };
  ctx.decodeSeconds = (p: Placement) => decodeSecondsPerToken(input, comp, p, input.depthTokens) ?? Infinity;
  return ctx;
}

/** What the speed formulas need of a request, placed as estimate() places it (the fit's input; null when nothing runs). */
export function speedFeaturesFor(input: EstimateInput): SpeedFeatures | null {
  const ctx = placementContext(input);
  return speedFeatures(input, ctx.comp, placeModel(ctx, input.contextTokens));
}

/**
 * Speed over a cluster whose link is named: each machine boundary costs what the link does
 * (cluster-link.ts, sourced) instead of a fitted hop cost, which no cluster measurement informs.
 */
function speedOverLink(input: EstimateInput, comp: WeightComposition, p: Placement, link: ClusterLink): SpeedResult | null {
  const f = speedFeatures(input, comp, p);
  if (!f) return null;
  const backend = f.decode[0]!.backend;
  const hopMs = clusterHopSeconds(link, input.model.architecture.hiddenSize) * 1000;
  return speedFromFeatures(f, { ...SPEED_CONSTANTS, backends: { ...SPEED_CONSTANTS.backends, [backend]: { ...SPEED_CONSTANTS.backends[backend], hopMs } } });
}

export function estimate(input: EstimateInput): Estimate {
  const m = input.model;
  // Before anything that loops per layer: a shape outside the physical ranges is refused.
  const shapeProblem = modelShapeProblem(m);
  if (shapeProblem) throw new ShapeRangeError(shapeProblem.field, shapeProblem.message);
  const assumptions: string[] = [];
  const warnings: string[] = [];
  const fmt = QUANT_FORMATS[input.quant];
  const realFile = input.fileBytes && input.fileBytes > 0 ? input.fileBytes : null;
  const ctx = placementContext(input);
  const comp = ctx.comp;
  const parts = runtimeParts(m.architecture, input.runtime);
  const { bytes: projector, towers } = projectorOf(input);

  assumptions.push(
    realFile
      ? `Weights: the artifact's real file size (${fmtGiB(realFile)}), split over tensors in the proportions of the ${input.quant} layout.`
      : `Weights: ${input.quant} computed from tensor shapes with ${fmt?.family === 'gguf' ? "llama.cpp's block sizes and preset rules (which tensors get which type)" : `${fmt?.family ?? 'unknown'} storage rules`}: ${comp.bitsPerWeight.toFixed(2)} bits per weight on average.`,
  );
  if (fmt && fmt.runtimes.length > 0 && !fmt.runtimes.includes(input.runtime)) {
    warnings.push(`${input.quant} is not a native format of ${input.runtime}; the estimate assumes it loads anyway.`);
  }
  if (projector > 0) {
    assumptions.push(
      m.projectorBytes
        ? `Vision projector of ${fmtGiB(projector)} loaded beside the language model.`
        : `Vision/audio towers of ${fmtGiB(projector)} (16-bit) loaded beside the language model: ${towers.map((t) => t.reason).join('; ')}.`,
    );
  }
  for (const part of parts) {
    if (part.group !== 'mtp' && part.group !== 'per-layer-embeddings') continue;
    const what = part.group === 'mtp' ? 'multi-token-prediction block' : 'per-layer embedding table';
    const where = part.placement === 'not-loaded' ? 'not loaded' : part.placement === 'system-ram' ? 'kept in system RAM' : 'loaded with the layers';
    assumptions.push(`The ${what} (${(part.params / 1e9).toFixed(2)}B parameters) is ${where}: ${part.reason}.`);
  }
  assumptions.push(
    `Context ${input.contextTokens} tokens per sequence × ${input.parallel} sequence(s); KV cache in ${input.kvCacheType}${input.kvCacheType === 'f16' ? ' (2 bytes per element)' : input.kvCacheType === 'q8_0' ? ' (1.0625 bytes per element)' : ' (0.5625 bytes per element)'}.`,
  );
  const cache = cacheSize(m, { tokens: input.contextTokens, kvCacheType: input.kvCacheType, parallel: input.parallel, runtime: input.runtime });
  assumptions.push(...cacheAssumptions(m, cache, input.runtime));
  if (!cache.profile.supported) warnings.push(...cache.profile.notes);
  if (isLlamaCppFamily(input.runtime)) {
    assumptions.push(
      `${input.runtime}: compute buffer sized like llama.cpp's graph allocator (n_ubatch 512, flash attention ${input.flashAttention ? 'on' : 'off'}), paid again on every GPU holding layers; token embeddings stay in system RAM.`,
    );
    if (input.runtime !== 'llama.cpp') assumptions.push(`${input.runtime} runs llama.cpp underneath; same memory and speed model.`);
  }
  if (input.runtime === 'transformers') assumptions.push(`Transformers: activation peak for a ${input.promptTokens ?? input.contextTokens}-token prompt (fitted on the Qwen team's Qwen2.5 and Qwen3 Transformers benchmarks), counted only where it exceeds the cache the generated tokens add afterwards; layers split over GPUs by device_map="auto".`);
  if (input.runtime === 'vllm') assumptions.push('vLLM: needs weights + activation profile + CUDA graphs + KV within gpu_memory_utilization of each GPU; no CPU offload.');
  if (input.runtime === 'mlx') assumptions.push('MLX: weights and cache must fit under the Metal working-set limit.');
  if (input.runtime === 'exo') assumptions.push('exo: layers split over the machines in proportion to their usable memory; tokens pass each machine in turn.');

  const kvTotal = cache.totalBytes;
  const hw = input.hardware;
  const p = placeModel(ctx, input.contextTokens);
  for (const n of p.notes) assumptions.push(n);

  let devices: DeviceMemory[] = [];
  let weightsBytes = comp.fileBytes + projector;
  let computeBytes = 0;
  let overheadBytes = 0;
  let kvBytes = kvTotal;
  if (p.fit === 'unknown') {
    const mo = memoryOnly(input);
    computeBytes = mo.compute;
    overheadBytes = mo.overhead;
    assumptions.push('No hardware given: memory only; driver/context overhead (≈400 MiB per NVIDIA/AMD GPU) not included.');
  } else {
    devices = p.slots.map((s) => ({
      device: s.label,
      kind: s.device.kind,
      bytes: s.weightsBytes + s.kvBytes + s.computeBytes + s.overheadBytes,
      layers: s.layers,
      weightsBytes: s.weightsBytes,
      kvCacheBytes: s.kvBytes,
      computeBytes: s.computeBytes,
      overheadBytes: s.overheadBytes,
      capacityBytes: s.capacity,
      displayReserveBytes: s.displayReserveBytes,
    }));
    // The placement kept the projector's room on the first GPU (ctx.projectorBytes): it shows there, in its capacity too.
    if (projector > 0 && devices[0]) {
      devices[0].weightsBytes += projector;
      devices[0].bytes += projector;
      if (devices[0].capacityBytes !== null && devices[0].kind !== 'system') devices[0].capacityBytes += projector;
    }
    const cpu = p.cpu;
    const cpuBytes = cpu.weightsBytes + cpu.kvBytes + cpu.computeBytes + cpu.overheadBytes;
    if (cpuBytes > 0) {
      devices.push({
        device: 'system RAM',
        kind: 'system',
        bytes: cpuBytes,
        layers: cpu.layers,
        weightsBytes: cpu.weightsBytes,
        kvCacheBytes: cpu.kvBytes,
        computeBytes: cpu.computeBytes,
        overheadBytes: cpu.overheadBytes,
        capacityBytes: cpu.capacity,
        displayReserveBytes: 0,
      });
    }
    if (devices.length > 0) {
      weightsBytes = devices.reduce((a, d) => a + d.weightsBytes, 0);
      kvBytes = devices.reduce((a, d) => a + d.kvCacheBytes, 0);
      computeBytes = devices.reduce((a, d) => a + d.computeBytes, 0);
      overheadBytes = devices.reduce((a, d) => a + d.overheadBytes, 0);
    }
    if (p.metalCapBytes !== null) {
      assumptions.push(
        hw?.metalWiredLimitBytes
          ? `Apple GPU memory limited to the raised wired limit (${fmtGiB(p.metalCapBytes)}).`
          : `Apple GPU memory limited to Metal's recommendedMaxWorkingSetSize ≈ ${fmtGiB(p.metalCapBytes)} (${METAL_WORKING_SET_RULE}): past it macOS fails the GPU's work with an out-of-memory error; raise it with sudo sysctl iogpu.wired_limit_mb.`,
      );
    }
    if (hw && !hw.systemMemoryBytes && !hw.devices.some((d) => d.kind === 'apple' || d.kind === 'cpu')) {
      assumptions.push('System RAM not given: assumed large enough for whatever is offloaded.');
    }
    const headHolder = p.slots.find((s) => s.holdsOutput);
    const headCopy = headHolder ? llamaCppHeadCopyBytes(headHolder.device, comp) : 0;
    if (isLlamaCppFamily(input.runtime) && !hw?.cluster && headHolder && headCopy > 0) {
      assumptions.push(`Tied embeddings: llama.cpp loads the token embedding a second time as the output head, on ${headHolder.label} (${fmtGiB(headCopy)}), beside the copy in system RAM that looks tokens up.`);
    }
    if (p.fit === 'partial-offload' && p.cpuLayers > 0) {
      assumptions.push(`${p.gpuLayers} of ${m.architecture.layers} layers on GPU, ${p.cpuLayers} in system RAM (${fitPicksGpuLayers(input) ? 'as --fit picks them' : 'largest -ngl that fits'}).`);
    }
  }
  if (p.fit === 'does-not-fit') warnings.push('Does not fit in the given memory at this context.');
  const totalBytes = weightsBytes + kvBytes + computeBytes + overheadBytes;

  // A cluster always pays a link's sourced cost; none named is the wizard's default (Thunderbolt without RDMA), said in the assumptions.
  const link = hw?.cluster ? (hw.link ?? DEFAULT_CLUSTER_LINK) : undefined;
  const speed = hw ? (link ? speedOverLink(input, comp, p, link) : speedFor(input, comp, p)) : null;
  if (speed && link && p.slots.length > 1) assumptions.push(clusterLinkAssumption(link, m.architecture.hiddenSize, p.slots.length));
  if (speed) {
    const sysBw = hw ? statedSystemBandwidth(hw as HardwareSpec) : null;
    const moe = modelShape(m).moe;
    assumptions.push(
      `Decode: active weights${moe ? ` (${moe.activeExperts} of ${moe.experts} experts)` : ''} plus the KV cache at depth ${input.depthTokens} streamed once per token at the backend's fitted share of bandwidth, plus a fixed per-layer cost; layers in RAM read at ${sysBw ? `${sysBw} GB/s` : `an assumed ${ASSUMED_HOST_BANDWIDTH_GBPS.toFixed(1)} GB/s (fitted on measured offloads to hosts their sources do not describe)`}.`,
    );
    if (speed.prefill) assumptions.push('Prefill: 2 FLOPs per active parameter per token at the backend\'s fitted share of FP16 throughput, in 512-token batches, each pass also streaming the weights once and paying the per-layer cost.');
    if (input.parallel > 1) assumptions.push('Speeds are single-stream; parallel sequences share the same bandwidth.');
    assumptions.push(...speed.assumptions);
    warnings.push(...speed.warnings);
  }
  const quality = qualityFor(input.quant, m);
  assumptions.push(
    `Quality: perplexity increase of ${input.quant} measured on Llama 3 8B (llama.cpp scoreboard), scaled by (params/8B)^-0.1 for model size.`,
  );

  const mctx = longestContextTokens(ctx, p.fit);
  // Each weaker part lowers the confidence and says why (confidence.ts): the speed's bands and compute figures, offloading, a computed file.
  const limits: ConfidenceLimit[] = [...(speed?.confidenceLimits ?? [])];
  if (p.fit === 'partial-offload') limits.push({ level: 'medium', reason: 'layers offloaded to system RAM' });
  if (!realFile && (!m.slug || fmt?.family !== 'gguf')) limits.push({ level: 'medium', reason: 'no published file: its size is computed' });
  const confidence = confidenceFrom(limits);

  return {
    model: { slug: m.slug, name: m.name, totalParams: m.totalParams, activeParams: m.activeParams },
    quant: input.quant,
    runtime: input.runtime,
    contextTokens: input.contextTokens,
    depthTokens: input.depthTokens,
    kvCacheType: input.kvCacheType,
    parallel: input.parallel,
    fileBytes: comp.fileBytes,
    fileBytesSource: realFile ? 'catalog' : 'computed',
    bitsPerWeight: comp.bitsPerWeight,
    memory: {
      weightsBytes,
      kvCacheBytes: kvBytes,
      recurrentStateBytes: cache.stateBytes,
      computeBytes,
      overheadBytes,
      totalBytes,
      reservedBytes: p.reservedBytes ?? totalBytes,
      devices,
      metalCapBytes: p.metalCapBytes,
    },
    fit: p.fit,
    placement: { totalLayers: m.architecture.layers, gpuLayers: p.gpuLayers, cpuLayers: p.cpuLayers, moeExpertLayersOnCpu: p.moeExpertLayersOnCpu },
    maxContextTokens: mctx,
    speed: speed
      ? { decodeTokensPerSec: speed.decode, prefillTokensPerSec: speed.prefill, backend: speed.backend, bottleneck: speed.bottleneck }
      : null,
    quality,
    confidence: confidence.level,
    confidenceReasons: confidence.reasons,
    assumptions,
    warnings,
  };
}
