// Several Macs under exo: what each machine holds of a pick, and the note that heads the list.
// The placement itself is the estimator's (exo's own rule: the fewest machines that hold the
// model, largest first, layers in proportion to memory; lib/estimate/place-model.ts).

import { CLUSTER_LINK_LABELS } from '@/lib/enums';
import { CLUSTER_LINK_FACTS, metalWorkingSetCapBytes, type Estimate } from '@/lib/estimate';
import { formatBytes } from '@/lib/format';
import { clusterMachineName } from './hardware';
import type { ClusterLink } from '@/lib/enums';
import type { CatalogHardware, ClusterMachineShare } from './types';

/**
 * Each machine's share of a pick, in the order the machines were given. The estimate's devices are
 * the machines exo uses, in pipeline order (layers run first to last through them), named by
 * clusterMachineName; a machine it leaves free holds nothing.
 */
export function clusterShares(machines: readonly CatalogHardware[], e: Estimate): ClusterMachineShare[] {
  const ranges = new Map<string, { first: number; last: number; bytes: number; capacityBytes: number | null }>();
  let next = 1;
  for (const d of e.memory.devices) {
    if (d.kind === 'system') continue;
    ranges.set(d.device, { first: next, last: next + d.layers - 1, bytes: d.bytes, capacityBytes: d.capacityBytes });
    next += d.layers;
  }
  return machines.map((m, i) => {
    const name = clusterMachineName(i, m);
    const held = ranges.get(name);
    return {
      index: i + 1,
      name: m.name,
      layers: held && held.last >= held.first ? { first: held.first, last: held.last } : null,
      bytes: held?.bytes ?? 0,
      capacityBytes: held?.capacityBytes ?? metalWorkingSetCapBytes(m.memoryBytes),
    };
  });
}

/** The line that heads a cluster's list: how exo places models here and what the link costs. */
export function clusterNote(machines: readonly CatalogHardware[], link: ClusterLink): string {
  const total = machines.reduce((a, m) => a + metalWorkingSetCapBytes(m.memoryBytes), 0);
  const latencyUs = Math.round(CLUSTER_LINK_FACTS[link].latencySeconds * 1e6);
  return (
    `exo places each model on the fewest of these ${machines.length} Macs whose GPU memory holds it (about ${formatBytes(total, 'GiB')} together under macOS's Metal cap), ` +
    `largest first, layers in proportion to memory; the others stay free. Over ${CLUSTER_LINK_LABELS[link]} each machine boundary costs every token two messages of about ${latencyUs} µs ` +
    `plus the hidden state's transfer (each card's assumptions give its figure and the source).`
  );
}
