// npm run accuracy [-- --json | --by-backend | --breakdown | --points | --memory | --skipped]: the estimator
// against every measurement in fixtures/reference, in-sample (committed constants) and held-out
// (k-fold cross-validation by source, refitting inside each fold), beside the naive formulas.
//   --json        the whole report (metrics with both figures, speed by backend, every point, the skipped rows) as JSON
//   --by-backend  decode / prefill split by the backend the estimator used
//   --breakdown   held-out decode / prefill errors by hardware generation, model size, depth, MoE, runtime, file
//   --points      every speed point with its in-sample and held-out error
//   --memory      the Transformers memory constants fitted on every row and per fold, and every memory point's error
//   --skipped     the rows not scored, by file and reason
import { committedSpeedHeldOut, loadAccuracyData } from '@/lib/data/reference-data';
import { accuracyBy, computeAccuracy, transformersMemoryRows, vllmMemoryRows, type AccuracyPoint, type ErrorSummary } from '@/lib/estimate/accuracy';
import { crossValidateTransformersMemory, crossValidateVllmMemory, fitTransformersMemory, fitVllmMemory, type TransformersMemoryConstants, type VllmMemoryConstants } from '@/lib/estimate/memory-fit';
import { TRANSFORMERS_MEMORY, VLLM_MEMORY } from '@/lib/estimate/overhead';

const args = new Set(process.argv.slice(2));
const data = loadAccuracyData();
const report = computeAccuracy(data, { speedHeldOut: committedSpeedHeldOut(data) });

/** Hardware generation from a device name (for the breakdown only). */
function generation(name: string): string {
  const rules: [RegExp, string][] = [
    [/\bP100|P40|GTX 10\d0|Pascal/i, 'NVIDIA Pascal'],
    [/V100/i, 'NVIDIA Volta'],
    [/RTX 20\d0|T4\b|Turing/i, 'NVIDIA Turing'],
    [/RTX 30\d0|A100|A40\b|A10\b|RTX A\d000|Ampere/i, 'NVIDIA Ampere'],
    [/RTX 40\d0|Ada|L40|L4\b/i, 'NVIDIA Ada'],
    [/H100|H200|H20\b|Hopper/i, 'NVIDIA Hopper'],
    [/RTX 50\d0|Blackwell|GB10|DGX Spark/i, 'NVIDIA Blackwell'],
    [/Ryzen AI Max|8060S|8050S/i, 'AMD Strix Halo'],
    [/RX 9\d\d0|R9700|RDNA4/i, 'AMD RDNA4'],
    [/RX 7\d\d0|W7900|RDNA3/i, 'AMD RDNA3'],
    [/RX 6\d\d0|RDNA2/i, 'AMD RDNA2'],
    [/RX 5\d\d0/i, 'AMD RDNA1'],
    [/MI\d+/i, 'AMD CDNA/GCN'],
    [/Arc|Intel/i, 'Intel'],
    [/Apple M1|M1 /i, 'Apple M1'],
    [/Apple M2|M2 /i, 'Apple M2'],
    [/Apple M3|M3 /i, 'Apple M3'],
    [/Apple M4|M4 /i, 'Apple M4'],
    [/Apple M5/i, 'Apple M5'],
    [/EPYC|Core i|Ryzen|CPU/i, 'CPU'],
  ];
  return rules.find(([re]) => re.test(name))?.[1] ?? 'other';
}
const sizeBucket = (p: AccuracyPoint) => {
  const b = (p.attributes?.activeParams ?? 0) / 1e9;
  return b < 2 ? 'active < 2B' : b < 5 ? 'active 2–5B' : b < 10 ? 'active 5–10B' : b < 20 ? 'active 10–20B' : b < 40 ? 'active 20–40B' : 'active ≥ 40B';
};
const depthBucket = (p: AccuracyPoint) => {
  const d = p.attributes?.depthTokens ?? 0;
  return d < 1024 ? 'depth < 1k' : d < 8192 ? 'depth 1k–8k' : d < 32768 ? 'depth 8k–32k' : 'depth ≥ 32k';
};

const pct = (x: number | null) => (x === null || Number.isNaN(x) ? '     -' : `${x.toFixed(1).padStart(5)}%`);
const share = (x: number | null) => pct(x === null ? null : x * 100);
const cells = (s: ErrorSummary) => `${String(s.n).padStart(4)} ${pct(s.medianAbsPctErr)} ${pct(s.p90AbsPctErr)} ${share(s.bandCoverage)}`;

function printGroups(title: string, group: (p: AccuracyPoint) => string) {
  console.log(`\n${title.padEnd(34)}|   in-sample: n  median    p90   band |    held-out: n  median    p90   band | signed`);
  for (const b of accuracyBy(report, group)) {
    console.log(`${`${b.metric} ${b.backend}`.padEnd(34)}|       ${cells(b.inSample)} |       ${cells(b.heldOut)} | ${pct(b.heldOutMedianSignedPctErr)}`);
  }
}

if (args.has('--json')) {
  // Written whole before the process ends, so it pipes (process.exit would cut it).
  process.stdout.write(JSON.stringify({ ...report, byBackend: accuracyBy(report) }, null, 2) + '\n');
} else {
  console.log(`quantity                        |   in-sample: n  median    p90   band |    held-out: n  median    p90   band | naive median    p90 | target (held-out)`);
  for (const m of report.metrics) {
    const t = m.target ? `≤${m.target.median}% / ≤${m.target.p90 ?? '-'}%${m.target.band ? ` / ≥${m.target.band * 100}% in band` : ''}` : '';
    console.log(`${m.title.padEnd(32)}|       ${cells(m.inSample)} |       ${cells(m.heldOut)} |     ${pct(m.naiveMedianAbsPctErr)} ${pct(m.naiveP90AbsPctErr)} | ${t}`);
  }
  console.log('\nheld-out means:');
  for (const m of report.metrics) console.log(`  ${m.title}: ${m.heldOutMethod}`);
  const byKind = new Map<string, number>();
  for (const s of report.skipped) byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + s.count);
  console.log(`\nnot scored: ${[...byKind.entries()].map(([k, n]) => `${n} ${k === 'later' ? 'not scorable yet (model or hardware missing from the catalog)' : k === 'excluded' ? 'excluded' : k === 'miss' ? 'estimate says it does not fit' : 'unreadable'}`).join(', ')}`);
  if (args.has('--skipped')) {
    for (const s of [...report.skipped].sort((a, b) => a.file.localeCompare(b.file) || b.count - a.count)) console.log(`  ${s.file}: ${s.count} × [${s.kind}] ${s.reason}`);
  }
  if (args.has('--by-backend')) printGroups('by backend', (p) => p.backend ?? '?');
  if (args.has('--breakdown')) {
    printGroups('by hardware generation', (p) => generation(p.attributes?.hardware ?? ''));
    printGroups('by active parameters', sizeBucket);
    printGroups('by depth', depthBucket);
    printGroups('dense or MoE', (p) => (p.attributes?.moe ? 'MoE' : 'dense'));
    printGroups('by runtime', (p) => p.attributes?.runtime ?? '?');
    printGroups('by ubatch (llama.cpp)', (p) => (p.attributes?.runtime === 'llama.cpp' ? `ubatch ${p.attributes?.ubatch ?? 'default'}` : 'not llama.cpp'));
    printGroups('offload', (p) => (p.attributes?.partialOffload ? 'partial offload' : 'all on the devices'));
    printGroups('devices', (p) => ((p.attributes?.devices ?? 1) > 1 ? 'several devices' : 'one device'));
    printGroups('by file', (p) => p.attributes?.file ?? '?');
  }
  if (args.has('--memory')) {
    const rows = transformersMemoryRows(data);
    const show = (c: TransformersMemoryConstants) => `activationFactor ${c.activationFactor}, quantScratchBytes ${c.quantScratchBytes / 2 ** 20} MiB`;
    console.log(`\nTransformers memory constants: committed ${show(TRANSFORMERS_MEMORY)}; fitted on all ${rows.length} rows ${show(fitTransformersMemory(rows))}`);
    for (const [source, c] of crossValidateTransformersMemory(rows).folds) console.log(`  fitted without ${source}: ${show(c)}`);
    const vrows = vllmMemoryRows(data);
    const showV = (c: VllmMemoryConstants) => `visibleShare ${c.visibleShare}, activationFactor ${c.activationFactor}, samplerCopies ${c.samplerCopies}, nonTorchBytes ${c.nonTorchBytes / 2 ** 20} MiB, nonTorchTpBytes ${c.nonTorchTpBytes / 2 ** 20} MiB`;
    console.log(`vLLM memory constants: committed ${showV(VLLM_MEMORY)}; fitted on all ${vrows.length} rows ${showV(fitVllmMemory(vrows, TRANSFORMERS_MEMORY.activationFactor))}`);
    for (const [source, c] of crossValidateVllmMemory(vrows, TRANSFORMERS_MEMORY.activationFactor).folds) console.log(`  fitted without ${source}: ${showV(c)}`);
    for (const p of report.points.filter((x) => /Memory$|KvCache$/.test(x.metric))) {
      const e = ((p.predicted - p.measured) / p.measured) * 100;
      const h = p.heldOut ? ((p.heldOut.predicted - p.measured) / p.measured) * 100 : NaN;
      console.log(`${p.metric.padEnd(18)} in ${e.toFixed(1).padStart(6)}%  held ${h.toFixed(1).padStart(6)}%  meas ${(p.measured / 2 ** 20).toFixed(0).padStart(7)} MiB  ${p.sourceId}  ${p.label}`);
    }
  }
  if (args.has('--points')) {
    for (const p of report.points.filter((x) => x.metric === 'decode' || x.metric === 'prefill')) {
      const e = ((p.predicted - p.measured) / p.measured) * 100;
      const h = p.heldOut ? ((p.heldOut.predicted - p.measured) / p.measured) * 100 : NaN;
      console.log(`${p.metric.padEnd(8)} ${(p.backend ?? '').padEnd(10)} in ${e.toFixed(1).padStart(7)}%  held ${h.toFixed(1).padStart(7)}%  meas ${p.measured.toPrecision(5)}  ${p.sourceId}  ${p.label}`);
    }
  }
}
