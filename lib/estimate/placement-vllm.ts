// vLLM placement: weights sharded by tensor parallelism over every GPU, the KV cache in the pool
// it pre-allocates (gpu_memory_utilization of each GPU), no CPU offload.

import { VLLM_MEMORY, vllmActivationBytes } from './overhead';
import { vllmMaxNumSeqs } from './runtime-defaults';
import { onGpuFabric, vllmBudgetBytes, vllmNonTorchBytes } from './memory-fit';
import { deviceCapacities, emptyPlacement, expandDevices, layerCosts, type Placement, type PlacementContext } from './placement';
import type { EstimateHardware } from './types';

/** vLLM: weights sharded by tensor parallelism over all GPUs, KV in the pre-allocated pool. */
export function placeVllm(ctx: PlacementContext, hw: EstimateHardware, tokens: number): Placement {
  const { input, comp } = ctx;
  const gpus = expandDevices(hw);
  if (gpus.length === 0) return emptyPlacement('does-not-fit', ['vLLM needs a GPU.']);
  const util = input.gpuMemoryUtilization;
  const tp = gpus.length;
  // Tensor parallelism over a GPU fabric holds more non-torch memory per GPU (memory-fit.ts).
  const fabric = onGpuFabric(gpus);
  const c = layerCosts(ctx, tokens);
  const kvTotal = c.kv.reduce((a, b) => a + b, 0);
  const placed = emptyPlacement('full-gpu');
  let ok = true;
  let reserved = 0;
  const usable = deviceCapacities(hw, gpus, ctx.projectorBytes);
  for (const [i, d] of gpus.entries()) {
    // A unified machine's GPU is also held to what its driver lets it map of the shared pool, the display GPU to what its desktop leaves.
    const cap = Math.min(vllmBudgetBytes(d.memoryBytes, util, VLLM_MEMORY), usable[i]?.capacity ?? 0);
    reserved += cap;
    const w = comp.fileBytes / tp;
    const kv = kvTotal / tp;
    const act = vllmActivationBytes(input.model, input.vllmBatchedTokens, vllmMaxNumSeqs(d.memoryBytes, d.name));
    // vLLM's own rule (memory-fit.ts): weights, the profile's peak and non-torch memory come out of
    // the utilization budget and the KV cache gets the rest; the driver context and CUDA graphs sit
    // in the share the budget leaves.
    const over = vllmNonTorchBytes(tp, fabric, VLLM_MEMORY);
    if (w + kv + act + over > cap) ok = false;
    placed.slots.push({
      device: d,
      label: d.name,
      capacity: cap,
      layers: input.model.architecture.layers,
      firstLayer: 0,
      weightsBytes: w,
      kvBytes: kv,
      computeBytes: act,
      overheadBytes: over,
      holdsOutput: true,
      expertCpuLayers: 0,
      displayReserveBytes: usable[i]?.displayReserveBytes ?? 0,
    });
  }
  placed.gpuLayers = input.model.architecture.layers;
  placed.reservedBytes = reserved;
  placed.fit = ok ? 'full-gpu' : 'does-not-fit';
  placed.notes.push(`vLLM pre-allocates gpu_memory_utilization = ${util} of each GPU's memory and splits weights by tensor parallelism over ${tp} GPU(s).`);
  return placed;
}

