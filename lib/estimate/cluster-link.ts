// What the link between the machines of an exo cluster costs a decoded token. exo splits the
// layers into a pipeline (place-model.ts); per token, each machine boundary carries the hidden
// state to the next machine, and in decode every machine then gathers the last output (exo
// src/exo/worker/engines/mlx/auto_parallel.py, PipelineLastLayer: mx.distributed.send to the next
// rank, then all_gather; commit b5375f8, June 2026). So a token pays about two messages per
// boundary: the link's latency plus the hidden state's transfer time, each twice.
//
// No exo pipeline measurement is in fixtures/reference (its multi-Mac rows are MLX tensor
// parallel), so the latencies are the published ones, not fitted:
//  - RDMA over Thunderbolt 5 (macOS 26.2+): "from 300μs down to < 50μs" (Jeff Geerling, "1.5 TB of
//    VRAM on Mac Studio - RDMA over Thunderbolt 5", 2025-12-18, linked from exo's README,
//    https://www.jeffgeerling.com/blog/2025/15-tb-vram-on-mac-studio-rdma-over-thunderbolt-5);
//    we take the bound as printed, 50 µs, so the cost is not understated.
//  - IP over Thunderbolt (TCP, what exo's ring backend uses without RDMA): 300 µs, the same source.
//  - Ethernet: no source gives exo's latency over Ethernet; it runs the same TCP path, so the
//    300 µs above is used as its floor (the wire and any switch only add to it), and said so.
// Transfer rates are the links' line rates (an upper bound, so the transfer time is a lower bound),
// except RDMA over Thunderbolt 5, where the per-link rate measured in fixtures/reference
// (speed_2026.csv, source_id guruswami_mlx_m3ultra: "TB5 RDMA, ~5.3 GB/s per link") is used.

import type { ClusterLink } from '../enums';

/** 16-bit activations: MLX runs quantized models with float16/bfloat16 activations. */
const ACTIVATION_BYTES = 2;
/** Messages per machine boundary per decoded token: the send on, and the gather back. */
const MESSAGES_PER_BOUNDARY = 2;

interface LinkFacts {
  /** One message's latency, seconds. */
  latencySeconds: number;
  /** Bytes per second the link moves. */
  bytesPerSecond: number;
  /** How the figures were arrived at, for the estimate's assumptions. */
  basis: string;
}

const GEERLING = 'Jeff Geerling, RDMA over Thunderbolt 5, 2025';

export const CLUSTER_LINK_FACTS: Record<ClusterLink, LinkFacts> = {
  'tb5-rdma': { latencySeconds: 50e-6, bytesPerSecond: 5.3e9, basis: `RDMA over Thunderbolt 5: under 50 µs a message (${GEERLING}), ~5.3 GB/s per link (measured, fixtures/reference)` },
  thunderbolt: { latencySeconds: 300e-6, bytesPerSecond: 40e9 / 8, basis: `IP over Thunderbolt: 300 µs a message over TCP (${GEERLING}), 40 Gb/s line rate` },
  'ethernet-10g': { latencySeconds: 300e-6, bytesPerSecond: 10e9 / 8, basis: `10 Gigabit Ethernet: the TCP path's 300 µs a message as a floor (${GEERLING}; no source gives exo over Ethernet), 10 Gb/s line rate` },
  'ethernet-1g': { latencySeconds: 300e-6, bytesPerSecond: 1e9 / 8, basis: `Gigabit Ethernet: the TCP path's 300 µs a message as a floor (${GEERLING}; no source gives exo over Ethernet), 1 Gb/s line rate` },
};

/** Seconds one machine boundary costs a decoded token over `link`, for a model with this hidden size. */
export function clusterHopSeconds(link: ClusterLink, hiddenSize: number): number {
  const f = CLUSTER_LINK_FACTS[link];
  return MESSAGES_PER_BOUNDARY * (f.latencySeconds + (hiddenSize * ACTIVATION_BYTES) / f.bytesPerSecond);
}

/** The sentence the estimate adds: what the link costs per token across `machines` machines. */
export function clusterLinkAssumption(link: ClusterLink, hiddenSize: number, machines: number): string {
  const hop = clusterHopSeconds(link, hiddenSize);
  const boundaries = machines - 1;
  return `exo link: ${CLUSTER_LINK_FACTS[link].basis}. Each token crosses ${boundaries} machine boundar${boundaries === 1 ? 'y' : 'ies'}, twice each (sent on, then gathered back): ${(hop * 1000).toFixed(2)} ms a boundary, ${(hop * boundaries * 1000).toFixed(2)} ms a token.`;
}
