// Decode and prefill speed. Decode is a memory-streaming problem: every token reads the active
// weights and the KV cache once, plus a fixed per-layer cost (kernel launches, sync). Prefill is a
// compute problem: 2 FLOPs per active parameter per token at a backend-specific efficiency.

import { BACKEND_PARAMS, DEFAULT_CPU_TFLOPS, DEFAULT_SYSTEM_BANDWIDTH_GBPS, CPU_CORE_GFLOPS, PCIE_GBPS, backendFor, deviceTflops, type Backend, type BackendParams } from './backends';
import { kvReadBytesPerToken } from './kv-cache';
import type { Placement, Slot } from './placement';
import type { WeightComposition } from './weights';
import type { Band, EstimateInput, HardwareSpec } from './types';
import { QUANT_FORMATS } from './formats';

/** Smooth minimum: behaves like min(a, b) but without a kink (p = 3). */
function softMin(a: number, b: number): number {
  if (!(a > 0)) return 0;
  if (!(b > 0)) return a;
  return 1 / Math.cbrt(1 / (a * a * a) + 1 / (b * b * b));
}

function effectiveBandwidthGBps(p: BackendParams, specGBps: number): number {
  return softMin(p.bwEfficiency * specGBps, p.bwCeilingGBps);
}

interface Segment {
  backend: Backend;
  params: BackendParams;
  bandwidthGBps: number;
  tflops: number;
  layers: number;
  /** Bytes read per decoded token. */
  bytes: number;
  /** Weight parameters touched per token (for the dequant compute term). */
  quantParams: number;
  /** FLOPs per prefill token. */
  flopsPerToken: number;
  /** Bytes that must be copied host→GPU per prefill ubatch (CPU-resident layers). */
  hostCopyBytes: number;
  parallelShards: number;
}

function systemBandwidth(hw: HardwareSpec): number {
  if (hw.systemBandwidthGBps && hw.systemBandwidthGBps > 0) return hw.systemBandwidthGBps;
  const cpu = hw.devices.find((d) => d.kind === 'cpu');
  if (cpu && cpu.bandwidthGBps > 0) return cpu.bandwidthGBps;
  const apple = hw.devices.find((d) => d.kind === 'apple');
  if (apple && !hw.cluster) return apple.bandwidthGBps;
  return DEFAULT_SYSTEM_BANDWIDTH_GBPS;
}

function cpuTflops(hw: HardwareSpec): number {
  const cpu = hw.devices.find((d) => d.kind === 'cpu');
  if (cpu?.fp16Tflops) return cpu.fp16Tflops;
  if (cpu?.cores && cpu.cores > 0) return (cpu.cores * CPU_CORE_GFLOPS) / 1000;
  const apple = hw.devices.find((d) => d.kind === 'apple');
  // Apple CPU clusters reach roughly 1–2 TFLOPS with AMX; treat as the default.
  return apple ? 1.5 : DEFAULT_CPU_TFLOPS;
}

function segmentsFor(input: EstimateInput, comp: WeightComposition, plan: Placement, depth: number): Segment[] {
  const hw = input.hardware as HardwareSpec;
  const m = input.model;
  const L = m.layers;
  const kvRead = kvReadBytesPerToken(m, depth, input.kvCacheType);
  const bpw = Math.max(1, comp.bitsPerWeight);
  const fam = QUANT_FORMATS[input.quant]?.family ?? 'gguf';
  const quantized = !(fam === 'float');
  const flopsPerByte = (8 / bpw) * 2;
  const attnFlops = (tokensDepth: number, layers: number) => 4 * layers * tokensDepth * m.attentionHeads * m.headDim;
  const segs: Segment[] = [];
  const active = comp.layerActiveBytes;
  const expertsAll = comp.layerExpertBytes;
  const E = m.expertsTotal ?? 0;
  const share = E > 1 ? Math.min(1, (m.expertsActive ?? 1) / E) : 1;
  let cpuBytes = 0;
  let cpuLayers = 0;
  let cpuHostCopy = 0;
  const shards = input.runtime === 'vllm' ? Math.max(1, plan.slots.length) : 1;
  const addSlot = (s: Slot) => {
    let bytes = 0;
    for (let i = s.firstLayer; i < s.firstLayer + s.layers; i++) {
      const a = active[i] ?? 0;
      if (i < plan.moeExpertLayersOnCpu && input.runtime !== 'vllm') {
        const eActive = (expertsAll[i] ?? 0) * share;
        bytes += a - eActive;
        cpuBytes += eActive;
      } else bytes += a;
    }
    if (s.holdsOutput) bytes += comp.outputBytes;
    bytes += (kvRead * s.layers) / L;
    const be = backendFor(input.runtime, s.device.kind, input.gpuBackend);
    segs.push({
      backend: be,
      params: BACKEND_PARAMS[be],
      bandwidthGBps: s.device.bandwidthGBps,
      tflops: deviceTflops(s.device),
      layers: s.layers,
      bytes: bytes / shards,
      quantParams: quantized ? (bytes * 8) / bpw / shards : 0,
      flopsPerToken: (bytes * flopsPerByte + attnFlops(depth, s.layers)) / shards,
      hostCopyBytes: 0,
      parallelShards: shards,
    });
  };
  if (input.runtime === 'vllm') {
    const s = plan.slots[0];
    if (s) addSlot({ ...s, firstLayer: 0, layers: L, holdsOutput: true });
  } else for (const s of plan.slots) addSlot(s);
  if (plan.cpu.layers > 0 || plan.cpu.holdsOutput) {
    const first = plan.slots.length > 0 ? Math.min(...plan.slots.map((s) => s.firstLayer)) : L;
    for (let i = 0; i < Math.min(first, L); i++) {
      cpuBytes += active[i] ?? 0;
      cpuHostCopy += comp.layerBytes[i] ?? 0;
      cpuLayers++;
    }
    if (plan.cpu.holdsOutput) {
      cpuBytes += comp.outputBytes;
      cpuHostCopy += comp.outputBytes;
    }
    cpuBytes += (kvRead * cpuLayers) / L;
  }
  if (cpuBytes > 0) {
    const be: Backend = 'cpu';
    const gpuPresent = plan.slots.length > 0;
    // With a GPU present llama.cpp runs big prefill matmuls of CPU layers on the GPU, copying the
    // weights over PCIe each ubatch (ggml_backend_sched offload_op for batches ≥ 32).
    const experts = plan.moeExpertLayersOnCpu > 0 ? sumRange(expertsAll, 0, plan.moeExpertLayersOnCpu) : 0;
    segs.push({
      backend: be,
      params: BACKEND_PARAMS[be],
      bandwidthGBps: systemBandwidth(hw),
      tflops: cpuTflops(hw),
      layers: cpuLayers,
      bytes: cpuBytes,
      // CPU mat-vecs dequantize and dot every weight on a few cores: decode can be compute-bound.
      quantParams: quantized ? (cpuBytes * 8) / bpw : 0,
      flopsPerToken: gpuPresent ? 0 : cpuBytes * flopsPerByte + attnFlops(depth, cpuLayers),
      hostCopyBytes: gpuPresent ? cpuHostCopy + experts : 0,
      parallelShards: 1,
    });
  }
  return segs;
}

function sumRange(a: number[], from: number, to: number): number {
  let s = 0;
  for (let i = from; i < Math.min(to, a.length); i++) s += a[i] ?? 0;
  return s;
}

/** Seconds per decoded token (expected), or null when nothing runs. */
export function decodeSecondsPerToken(input: EstimateInput, comp: WeightComposition, plan: Placement, depth: number): number | null {
  if (!input.hardware || plan.fit === 'does-not-fit' || plan.fit === 'unknown') return null;
  const segs = segmentsFor(input, comp, plan, depth);
  if (segs.length === 0) return null;
  const fam = QUANT_FORMATS[input.quant]?.family;
  const kernelQuant = fam === 'gptq' || fam === 'awq' || fam === 'int';
  let t = (segs[0]?.params.tokenOverheadMs ?? 0) / 1000;
  for (const s of segs) {
    const bw = effectiveBandwidthGBps(s.params, s.bandwidthGBps) * 1e9;
    const mem = s.bytes / bw;
    const alu = (s.quantParams * s.params.dequantFlopPerWeight) / (s.tflops * 1e12);
    const launches = (s.layers * (s.params.layerLatencyUs + (kernelQuant ? s.params.quantLayerLatencyUs : 0))) / 1e6;
    t += s.params.overlapLaunch ? Math.max(Math.max(mem, alu), launches) : Math.max(mem, alu) + launches;
  }
  const hop = segs[0]?.params.hopMs ?? 0;
  const hops = input.runtime === 'vllm' ? 0 : Math.max(0, segs.length - 1);
  t += (hops * hop) / 1000;
  if (input.runtime === 'vllm' && (segs[0]?.parallelShards ?? 1) > 1) {
    // Tensor parallel: two all-reduces per layer per token (NCCL latency ≈ 10 µs each, assumption).
    t += (2 * input.model.layers * 10) / 1e6;
  }
  return t;
}

/** Seconds to prefill one 512-token ubatch at the given depth. */
function prefillSecondsPer512(input: EstimateInput, comp: WeightComposition, plan: Placement, depth: number): number | null {
  if (!input.hardware || plan.fit === 'does-not-fit' || plan.fit === 'unknown') return null;
  const segs = segmentsFor(input, comp, plan, depth + 256);
  if (segs.length === 0) return null;
  const fam = QUANT_FORMATS[input.quant]?.family ?? 'gguf';
  // Quantized weights are dequantized inside the matmul; Q4_K_M runs at 0.75–0.9 of F16 prefill on
  // the same GPU in speed.csv (4090 7139 vs 9382 t/s, M2 Ultra 994 vs 1175).
  const quantFactor = fam === 'float' ? 1 : 0.82;
  const batch = 512;
  let t = 0;
  let gpuTflops = 0;
  for (const s of segs) {
    if (s.flopsPerToken > 0) {
      const eff = softMin(s.params.prefillEfficiency * s.tflops, s.params.prefillCeilingTflops) * quantFactor;
      t += (s.flopsPerToken * batch) / (eff * 1e12 * (s.parallelShards > 1 ? s.parallelShards : 1));
      if (s.backend !== 'cpu') gpuTflops = Math.max(gpuTflops, eff);
    }
    if (s.hostCopyBytes > 0) {
      t += s.hostCopyBytes / (PCIE_GBPS * 1e9);
      // ...and the GPU does those FLOPs too.
      if (gpuTflops > 0) t += (s.bytes * (8 / Math.max(1, comp.bitsPerWeight)) * 2 * batch) / (gpuTflops * 1e12);
    }
  }
  return t;
}

function band(x: number, f: number): Band {
  return { low: x / f, expected: x, high: x * f };
}

export interface SpeedResult {
  decode: Band;
  prefill: Band;
  backend: string;
  bottleneck: string;
}

export function speedFor(input: EstimateInput, comp: WeightComposition, plan: Placement): SpeedResult | null {
  const tDec = decodeSecondsPerToken(input, comp, plan, input.depthTokens);
  const tPre = prefillSecondsPer512(input, comp, plan, input.depthTokens);
  if (tDec === null || tPre === null || !(tDec > 0) || !(tPre > 0)) return null;
  const segs = segmentsFor(input, comp, plan, input.depthTokens);
  const backends = [...new Set(segs.map((s) => s.backend))];
  let dBand = 1;
  let pBand = 1;
  for (const s of segs) {
    dBand = Math.max(dBand, s.params.decodeBand);
    pBand = Math.max(pBand, s.params.prefillBand);
  }
  // Offloaded or expert-split setups are harder to predict: widen the band.
  if (plan.fit === 'partial-offload') {
    dBand *= 1.15;
    pBand *= 1.3;
  }
  const cpuShare = segs.filter((s) => s.backend === 'cpu').reduce((a, s) => a + s.bytes, 0);
  const total = segs.reduce((a, s) => a + s.bytes, 0);
  const bottleneck =
    cpuShare > 0.05 * total
      ? 'system RAM bandwidth (offloaded weights)'
      : segs.some((s) => s.quantParams * s.params.dequantFlopPerWeight / (s.tflops * 1e12) > s.bytes / (effectiveBandwidthGBps(s.params, s.bandwidthGBps) * 1e9))
        ? 'GPU compute (dequantization)'
        : 'GPU memory bandwidth';
  return {
    decode: band(1 / tDec, dBand),
    prefill: band(512 / tPre, pBand),
    backend: backends.join('+'),
    bottleneck,
  };
}
