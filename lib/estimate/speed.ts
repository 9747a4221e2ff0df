// Decode and prefill speed. Decode is a memory-streaming problem: every token reads the active
// weights and the KV cache once, plus a fixed per-layer cost (kernel launches, sync). Prefill is a
// compute problem: 2 FLOPs per active parameter per token at a backend-specific efficiency.

import { BACKEND_PARAMS, DEFAULT_CPU_TFLOPS, DEFAULT_SYSTEM_BANDWIDTH_GBPS, CPU_CORE_GFLOPS, PCIE_GBPS, backendFor, deviceCompute, type Backend, type BackendParams } from './backends';
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
  /** null: no compute figure for this device (prefill unknown, no dequantization term in decode). */
  tflops: number | null;
  /** The device's name, for the sentences the estimate adds. */
  device: string;
  computeNote: string | null;
  computeBasis: 'catalogued' | 'weak' | 'vector-fallback' | 'none' | 'stand-in';
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
  // Apple Silicon and unified machines: the CPU reads the same memory the GPU does.
  const shared = hw.devices.find((d) => d.kind === 'apple' || d.unified);
  if (shared && !hw.cluster) return shared.bandwidthGBps;
  return DEFAULT_SYSTEM_BANDWIDTH_GBPS;
}

/** CPU matrix throughput for layers in system RAM, and whether it is a stand-in (no core count known). */
function cpuCompute(hw: HardwareSpec): { tflops: number; note: string | null; standIn: boolean } {
  const cpu = hw.devices.find((d) => d.kind === 'cpu');
  if (cpu?.fp16Tflops) return { tflops: cpu.fp16Tflops, note: null, standIn: false };
  const cores = cpu?.cores ?? hw.devices.find((d) => d.unified && d.cores)?.cores ?? null;
  if (cores && cores > 0) return { tflops: (cores * CPU_CORE_GFLOPS) / 1000, note: null, standIn: false };
  if (hw.devices.some((d) => d.kind === 'apple')) {
    return { tflops: DEFAULT_CPU_TFLOPS, note: `CPU compute for layers the GPU does not hold: an assumed ${DEFAULT_CPU_TFLOPS} TFLOPS (Apple CPU clusters with AMX reach roughly 1–2).`, standIn: true };
  }
  return { tflops: DEFAULT_CPU_TFLOPS, note: `CPU compute: no core count given, so an assumed ${DEFAULT_CPU_TFLOPS} TFLOPS (8–16 AVX2/AVX-512 cores); give the CPU's cores for a better figure.`, standIn: true };
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
    const compute = deviceCompute(s.device);
    segs.push({
      backend: be,
      params: BACKEND_PARAMS[be],
      bandwidthGBps: s.device.bandwidthGBps,
      tflops: compute.tflops,
      device: s.device.name,
      computeNote: compute.note,
      computeBasis: compute.basis,
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
    const compute = cpuCompute(hw);
    segs.push({
      backend: be,
      params: BACKEND_PARAMS[be],
      bandwidthGBps: systemBandwidth(hw),
      tflops: compute.tflops,
      device: 'CPU',
      computeNote: compute.note,
      computeBasis: compute.standIn ? 'stand-in' : 'catalogued',
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
    // Without a compute figure the dequantization term is unknown: decode is read as memory-bound (and says so).
    const alu = s.tflops === null ? 0 : (s.quantParams * s.params.dequantFlopPerWeight) / (s.tflops * 1e12);
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
      if (s.tflops === null) return null;
      const eff = softMin(s.params.prefillEfficiency * s.tflops, s.params.prefillCeilingTflops) * quantFactor;
      t += (s.flopsPerToken * batch) / (eff * 1e12 * (s.parallelShards > 1 ? s.parallelShards : 1));
      if (s.backend !== 'cpu') gpuTflops = Math.max(gpuTflops, eff);
    }
    if (s.hostCopyBytes > 0) {
      t += s.hostCopyBytes / (PCIE_GBPS * 1e9);
      // ...and the GPU does those FLOPs too (unknown when the GPU has no compute figure).
      if (gpuTflops > 0) t += (s.bytes * (8 / Math.max(1, comp.bitsPerWeight)) * 2 * batch) / (gpuTflops * 1e12);
      else if (segs.some((x) => x.backend !== 'cpu' && x.tflops === null)) return null;
    }
  }
  return t;
}

function band(x: number, f: number): Band {
  return { low: x / f, expected: x, high: x * f };
}

export interface SpeedResult {
  decode: Band;
  /** null: a device that would do the prefill has no compute figure. */
  prefill: Band | null;
  backend: string;
  bottleneck: string;
  /** Sentences about the compute figures used (fallbacks, weaker figures, stand-ins). */
  assumptions: string[];
  warnings: string[];
  /** The most the estimate's confidence may be, given those figures. */
  confidenceCap: 'high' | 'medium' | 'low';
}

export function speedFor(input: EstimateInput, comp: WeightComposition, plan: Placement): SpeedResult | null {
  const tDec = decodeSecondsPerToken(input, comp, plan, input.depthTokens);
  if (tDec === null || !(tDec > 0)) return null;
  const tPre = prefillSecondsPer512(input, comp, plan, input.depthTokens);
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
  // Figures the catalog marks as weaker, fallbacks and stand-ins: said, with a wider band and a lower confidence.
  const assumptions: string[] = [];
  const warnings: string[] = [];
  let confidenceCap: SpeedResult['confidenceCap'] = 'high';
  const lower = (to: 'medium' | 'low') => {
    if (to === 'low' || confidenceCap === 'high') confidenceCap = to;
  };
  const said = new Set<string>();
  let prefillWidened = false;
  for (const s of segs) {
    if (s.computeNote && !said.has(s.computeNote)) {
      said.add(s.computeNote);
      assumptions.push(s.computeNote);
    }
    if ((s.computeBasis === 'weak' || s.computeBasis === 'vector-fallback') && !prefillWidened) {
      lower('medium');
      pBand *= 1.25;
      prefillWidened = true;
    } else if (s.computeBasis === 'stand-in' && s.flopsPerToken > 0) {
      lower('low');
      pBand *= 1.5;
    } else if (s.computeBasis === 'none' && !said.has(s.device)) {
      said.add(s.device);
      lower('low');
      dBand *= 1.2;
      warnings.push(
        `No compute figure for ${s.device} (no source gives one): prefill speed is not estimated, and decode is read as memory-bound, so it may be optimistic where dequantization limits it.`,
      );
    }
  }
  const cpuShare = segs.filter((s) => s.backend === 'cpu').reduce((a, s) => a + s.bytes, 0);
  const total = segs.reduce((a, s) => a + s.bytes, 0);
  const bottleneck =
    cpuShare > 0.05 * total
      ? 'system RAM bandwidth (offloaded weights)'
      : segs.some((s) => s.tflops !== null && (s.quantParams * s.params.dequantFlopPerWeight) / (s.tflops * 1e12) > s.bytes / (effectiveBandwidthGBps(s.params, s.bandwidthGBps) * 1e9))
        ? 'GPU compute (dequantization)'
        : 'GPU memory bandwidth';
  return {
    decode: band(1 / tDec, dBand),
    prefill: tPre !== null && tPre > 0 ? band(512 / tPre, pBand) : null,
    backend: backends.join('+'),
    bottleneck,
    assumptions,
    warnings,
    confidenceCap,
  };
}
