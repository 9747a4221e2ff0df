import type { Estimate } from '@/lib/estimate/types';
import { formatBytes } from '@/lib/format';

const gib = (bytes: number) => formatBytes(bytes, 'GiB');
const PARTS = [
  { key: 'weightsBytes', label: 'Weights', className: 'fill-sky-600' },
  { key: 'kvCacheBytes', label: 'KV cache', className: 'fill-amber-500' },
  { key: 'computeBytes', label: 'Compute buffer', className: 'fill-violet-500' },
  { key: 'overheadBytes', label: 'Runtime overhead', className: 'fill-zinc-400' },
] as const;

/**
 * For each device, what the model puts there against what the device may use (the estimate's usable
 * memory: VRAM less the desktop's share, Metal's cap, RAM less the system's): an HTML label line
 * (legible at any width) over a server-rendered SVG bar that stretches to the card.
 */
export function MemoryBar({ estimate }: { estimate: Estimate }) {
  const devices = estimate.memory.devices.filter((d) => d.bytes > 0 || d.kind !== 'system');
  const summary = devices
    .map((d) => `${d.device}: ${gib(d.bytes)} used${d.capacityBytes ? ` of ${gib(d.capacityBytes)}` : ''}${d.layers ? `, ${d.layers} layers` : ''}`)
    .join('; ');
  return (
    <figure className="my-2 max-w-xl">
      <div role="img" aria-label={`Memory: ${summary}`} className="space-y-1.5">
        {devices.map((device, index) => {
          const capacity = device.capacityBytes ?? device.bytes;
          const scale = Math.max(capacity, device.bytes) || 1;
          let x = 0;
          return (
            <div key={`${device.device}-${index}`}>
              <div className="flex items-baseline justify-between gap-3 text-xs text-zinc-700 dark:text-zinc-300">
                <span className="min-w-0 truncate">{device.device}</span>
                <span className="shrink-0 tabular-nums" data-device-kind={device.kind} data-used-bytes={Math.round(device.bytes)} data-usable-bytes={device.capacityBytes ?? undefined}>
                  {gib(device.bytes)}{device.capacityBytes ? ` / ${gib(device.capacityBytes)}` : ''}
                  {device.capacityBytes ? <span data-testid="memory-used-percent"> · {Math.round((100 * device.bytes) / device.capacityBytes)} %</span> : null}
                </span>
              </div>
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" className="block h-4 w-full overflow-hidden rounded-sm">
                <rect x={0} y={0} width={100 * (capacity / scale)} height={10} className="fill-zinc-100 stroke-zinc-300 dark:fill-zinc-800 dark:stroke-zinc-600" vectorEffect="non-scaling-stroke" />
                {PARTS.map((part) => {
                  const w = (device[part.key] / scale) * 100;
                  const rect = <rect key={part.key} x={x} y={0} width={Math.max(0, w)} height={10} className={part.className} />;
                  x += w;
                  return rect;
                })}
              </svg>
            </div>
          );
        })}
      </div>
      <figcaption className="mt-1 flex flex-wrap gap-x-3 text-xs text-zinc-600 dark:text-zinc-400">
        {PARTS.map((part) => (
          <span key={part.key} className="inline-flex items-center gap-1">
            <svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" className={part.className} /></svg>
            {part.label} {gib(estimate.memory[part.key])}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

