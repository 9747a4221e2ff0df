import Link from 'next/link';
import type { MeasurementSummary } from '@/lib/catalog/types';
import { formatBytes, formatCount, formatTokensPerSec } from '@/lib/format';
import { SourceLink } from '@/components/ui/source-link';
import { ScrollTable } from '@/components/ui/scroll-table';

export interface MeasuredRow {
  measurement: MeasurementSummary;
  /** The estimator's generation tokens/s for the same setup (estimatedDecodeFor), or null. */
  estimate: number | null;
}

/**
 * Published measurements beside the estimate for the same setup. `subject` is what the page is
 * about, so the other side of the pair leads each row: a hardware page lists models, a model page devices.
 */
export function MeasurementsTable({ rows, subject }: { rows: MeasuredRow[]; subject: 'hardware' | 'model' }) {
  // Columns every row would leave at one value or empty are left out (most rows are single-device speed runs).
  const showDevices = rows.some((r) => r.measurement.deviceCount !== 1);
  const showMemory = rows.some((r) => r.measurement.memoryBytes !== null);
  return (
    <ScrollTable label="Measurements">
      <table className="data" data-testid="measurements-table">
        <thead>
          <tr>
            <th scope="col">{subject === 'hardware' ? 'Model' : 'Hardware'}</th>
            <th scope="col">Format</th>
            <th scope="col">Runtime</th>
            {showDevices ? <th scope="col" className="num">Devices</th> : null}
            <th scope="col" className="num">Prompt tokens</th>
            <th scope="col" className="num">At depth</th>
            <th scope="col" className="num">Prompt tok/s</th>
            <th scope="col" className="num">Generation tok/s</th>
            <th scope="col" className="num">Estimated generation tok/s</th>
            {showMemory ? <th scope="col" className="num">Memory</th> : null}
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ measurement: m, estimate }, index) => (
            <tr key={index}>
              <td className="min-w-36">
                {subject === 'hardware' ? <Link href={`/models/${m.model}`}>{m.modelName}</Link> : <Link href={`/hardware/${m.hardware}`}>{m.hardwareName}</Link>}
              </td>
              <td className="whitespace-nowrap"><code>{m.format}</code></td>
              <td>{m.runtime} ({m.backend})</td>
              {showDevices ? <td className="num">{m.deviceCount}</td> : null}
              <td className="num">{m.promptTokens !== null ? formatCount(m.promptTokens) : '—'}</td>
              <td className="num">{formatCount(m.depthTokens)}</td>
              <td className="num">{m.promptTokensPerSec !== null ? formatTokensPerSec(m.promptTokensPerSec) : '—'}</td>
              <td className="num">{m.generationTokensPerSec !== null ? formatTokensPerSec(m.generationTokensPerSec) : '—'}</td>
              <td className="num">{estimate !== null ? formatTokensPerSec(estimate) : '—'}</td>
              {showMemory ? <td className="num">{m.memoryBytes !== null ? `${formatBytes(m.memoryBytes, 'GiB')}${m.contextTokens ? ` @ ${formatCount(m.contextTokens)}` : ''}` : '—'}</td> : null}
              <td><SourceLink href={m.sourceUrl} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
