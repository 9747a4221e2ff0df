import type { Estimate } from '@/lib/estimate/types';

const GIB = 2 ** 30;
const PARTS = [
  { key: 'weightsBytes', label: 'Weights', className: 'fill-sky-600' },
  { key: 'kvCacheBytes', label: 'KV cache', className: 'fill-amber-500' },
  { key: 'computeBytes', label: 'Compute buffer', className: 'fill-violet-500' },
  { key: 'overheadBytes', label: 'Runtime overhead', className: 'fill-zinc-400' },
] as const;

/** Server-rendered SVG: for each device, what the model puts there against what the device may use. */
export function MemoryBar({ estimate }: { estimate: Estimate }) {
  const devices = estimate.memory.devices.filter((d) => d.bytes > 0 || d.kind !== 'system');
  const width = 560;
  const rowHeight = 34;
  const labelWidth = 150;
  const plot = width - labelWidth - 10;
  const height = devices.length * rowHeight + 8;
  const summary = devices
    .map((d) => `${d.device}: ${(d.bytes / GIB).toFixed(1)} GiB used${d.capacityBytes ? ` of ${(d.capacityBytes / GIB).toFixed(1)} GiB` : ''}${d.layers ? `, ${d.layers} layers` : ''}`)
    .join('; ');
  return (
    <figure className="my-2">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Memory: ${summary}`} className="w-full max-w-xl text-zinc-800 dark:text-zinc-200">
        {devices.map((device, index) => {
          const capacity = device.capacityBytes ?? device.bytes;
          const scale = Math.max(capacity, device.bytes) || 1;
          let x = labelWidth;
          const y = index * rowHeight + 4;
          return (
            <g key={`${device.device}-${index}`}>
              <text x={labelWidth - 8} y={y + 12} textAnchor="end" fontSize="11" fill="currentColor">{truncate(device.device, 22)}</text>
              <text x={labelWidth - 8} y={y + 25} textAnchor="end" fontSize="10" className="fill-zinc-500">
                {(device.bytes / GIB).toFixed(1)}{device.capacityBytes ? ` / ${(device.capacityBytes / GIB).toFixed(1)}` : ''} GiB
              </text>
              <rect x={labelWidth} y={y + 4} width={plot * (capacity / scale)} height={20} rx="3" className="fill-zinc-100 stroke-zinc-300 dark:fill-zinc-800 dark:stroke-zinc-600" />
              {PARTS.map((part) => {
                const bytes = device[part.key];
                const w = (bytes / scale) * plot;
                const rect = <rect key={part.key} x={x} y={y + 4} width={Math.max(0, w)} height={20} className={part.className} />;
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-x-3 text-xs text-zinc-600 dark:text-zinc-400">
        {PARTS.map((part) => (
          <span key={part.key} className="inline-flex items-center gap-1">
            <svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" className={part.className} /></svg>
            {part.label} {(estimate.memory[part.key] / GIB).toFixed(2)} GiB
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
