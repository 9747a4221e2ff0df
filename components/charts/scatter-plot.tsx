// Server-rendered log–log scatter of predicted against measured values, with the y = x line.
// Points off the line by the same ratio sit the same distance from it at any scale.

export interface ScatterPoint {
  measured: number;
  predicted: number;
  naive?: number;
  label: string;
}

export function ScatterPlot({ points, title, unit, showNaive }: { points: ScatterPoint[]; title: string; unit: string; showNaive: boolean }) {
  const size = 320;
  const pad = 40;
  const values = points.flatMap((p) => [p.measured, p.predicted, ...(showNaive && p.naive ? [p.naive] : [])]).filter((v) => v > 0);
  if (values.length === 0) return null;
  const lo = Math.log10(Math.min(...values)) - 0.05;
  const hi = Math.log10(Math.max(...values)) + 0.05;
  const scale = (v: number) => pad + ((Math.log10(v) - lo) / (hi - lo || 1)) * (size - 2 * pad);
  const y = (v: number) => size - scale(v);
  const ticks = [] as number[];
  for (let e = Math.ceil(lo); e <= Math.floor(hi); e++) ticks.push(10 ** e);
  const id = `scatter-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <figure className="my-4">
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-labelledby={`${id}-t`} className="w-full max-w-sm text-zinc-700 dark:text-zinc-300">
        <title id={`${id}-t`}>{`${title}: ${points.length} points, predicted against measured (${unit}), log scales`}</title>
        <rect x={pad} y={pad} width={size - 2 * pad} height={size - 2 * pad} className="fill-none stroke-zinc-300 dark:stroke-zinc-700" />
        <line x1={scale(10 ** lo)} y1={y(10 ** lo)} x2={scale(10 ** hi)} y2={y(10 ** hi)} className="stroke-zinc-400" strokeDasharray="4 3" />
        {ticks.map((t) => (
          <g key={t}>
            <text x={scale(t)} y={size - pad + 14} fontSize="9" textAnchor="middle" fill="currentColor">{formatTick(t)}</text>
            <text x={pad - 4} y={y(t) + 3} fontSize="9" textAnchor="end" fill="currentColor">{formatTick(t)}</text>
          </g>
        ))}
        {showNaive
          ? points.filter((p) => p.naive && p.naive > 0).map((p, i) => <circle key={`n${i}`} cx={scale(p.measured)} cy={y(p.naive!)} r="2.5" className="fill-rose-400/60" />)
          : null}
        {points.map((p, i) => (
          <circle key={i} cx={scale(p.measured)} cy={y(p.predicted)} r="2.5" className="fill-sky-600/80 dark:fill-sky-400/80">
            <title>{`${p.label}: measured ${p.measured.toPrecision(3)}, predicted ${p.predicted.toPrecision(3)}`}</title>
          </circle>
        ))}
        <text x={size / 2} y={size - 6} fontSize="10" textAnchor="middle" fill="currentColor">measured ({unit})</text>
        <text x={10} y={size / 2} fontSize="10" textAnchor="middle" fill="currentColor" transform={`rotate(-90 10 ${size / 2})`}>predicted</text>
      </svg>
      <figcaption className="text-sm">{title}{showNaive ? ' (blue: Quantwise, red: the naive formula)' : ''}</figcaption>
    </figure>
  );
}

function formatTick(value: number): string {
  if (value >= 1e9) return `${value / 1e9}G`;
  if (value >= 1e6) return `${value / 1e6}M`;
  if (value >= 1e3) return `${value / 1e3}k`;
  return String(value);
}
