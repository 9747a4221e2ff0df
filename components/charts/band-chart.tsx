// Server-rendered SVG: one horizontal bar per row showing a low–high band with the expected
// value marked. No chart library, no client JavaScript.

export interface BandRow {
  label: string;
  low: number;
  expected: number;
  high: number;
  /** Optional note drawn after the value (e.g. "partial offload"). */
  note?: string;
}

export function BandChart({ rows, unit, title, description, max }: { rows: BandRow[]; unit: string; title: string; description: string; max?: number }) {
  const rowHeight = 26;
  const labelWidth = 110;
  const valueWidth = 150;
  const width = 640;
  const plotWidth = width - labelWidth - valueWidth;
  const top = Math.max(max ?? 0, ...rows.map((r) => r.high)) || 1;
  const x = (value: number) => labelWidth + (Math.max(0, value) / top) * plotWidth;
  const height = rows.length * rowHeight + 24;
  const id = `chart-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <figure className="my-6">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="w-full max-w-3xl text-zinc-800 dark:text-zinc-200">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {rows.map((row, index) => {
          const y = index * rowHeight + 4;
          return (
            <g key={row.label}>
              <text x={labelWidth - 8} y={y + 15} textAnchor="end" fontSize="12" fill="currentColor">{row.label}</text>
              <rect x={labelWidth} y={y + 4} width={plotWidth} height={14} rx="2" className="fill-zinc-100 dark:fill-zinc-800" />
              <rect x={x(row.low)} y={y + 4} width={Math.max(2, x(row.high) - x(row.low))} height={14} rx="2" className="fill-sky-300 dark:fill-sky-700" />
              <rect x={x(row.expected) - 1.5} y={y + 1} width={3} height={20} className="fill-sky-800 dark:fill-sky-200" />
              <text x={labelWidth + plotWidth + 8} y={y + 15} fontSize="12" fill="currentColor">
                {formatValue(row.expected)} {unit} ({formatValue(row.low)}–{formatValue(row.high)}){row.note ? ` · ${row.note}` : ''}
              </text>
            </g>
          );
        })}
        <text x={labelWidth} y={height - 4} fontSize="11" className="fill-zinc-600 dark:fill-zinc-400">0</text>
        <text x={labelWidth + plotWidth} y={height - 4} fontSize="11" textAnchor="end" className="fill-zinc-600 dark:fill-zinc-400">{formatValue(top)} {unit}</text>
      </svg>
      <figcaption className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</figcaption>
    </figure>
  );
}

function formatValue(value: number): string {
  return value >= 100 ? Math.round(value).toString() : value >= 10 ? value.toFixed(0) : value.toFixed(1);
}
