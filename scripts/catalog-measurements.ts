// npm run catalog:measurements: writes prisma/seed/measurements-reference.json, the catalog's
// measurements from the reference set (fixtures/reference/speed_2026.csv), so hardware pages show
// the published numbers /accuracy scores. Each row's "verified on" is the day the commit that last
// changed its line was made (git blame): the day someone read it off its source. Run it after
// changing speed_2026.csv or the catalog names rows resolve against, and commit the file.
// `-- --check` compares instead of writing (exit 1 when the committed file differs, dates aside).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { referenceMeasurements } from '@/lib/catalog/reference-measurements';
import { REFERENCE_MEASUREMENTS_FILE, SEED_DIR, loadSeedData } from '@/lib/data/catalog-seed';
import { REFERENCE_DIR, readReferenceCsv, referenceCatalog } from '@/lib/data/reference-data';

const CSV = 'speed_2026.csv';
const OUT = path.join(SEED_DIR, REFERENCE_MEASUREMENTS_FILE);

/** The commit day of every line of the CSV (index 0 = the header). */
function lineDays(): string[] {
  const blame = execFileSync('git', ['blame', '--line-porcelain', path.join(REFERENCE_DIR, CSV)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...blame.matchAll(/^committer-time (\d+)$/gm)].map((m) => new Date(Number(m[1]) * 1000).toISOString().slice(0, 10));
}

const rows = readReferenceCsv(CSV);
const days = lineDays();
// Data row i sits on line i + 2 (1-based, after the header); no field of this file spans lines.
if (days.length !== rows.length + 1) throw new Error(`${CSV}: ${days.length} blamed lines for ${rows.length} rows (a quoted field spans lines?)`);
const records = referenceMeasurements({
  rows,
  catalog: referenceCatalog(),
  formats: new Set(loadSeedData().formats.map((f) => f.name)),
  verifiedOn: (index) => days[index + 1]!,
});
const text = `${JSON.stringify(records, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const withoutDates = (list: unknown[]) => JSON.stringify(list.map((r) => ({ ...(r as object), verifiedAt: undefined })));
  const committed = JSON.parse(readFileSync(OUT, 'utf8')) as unknown[];
  if (withoutDates(committed) !== withoutDates(records)) {
    console.error(`${REFERENCE_MEASUREMENTS_FILE} differs from what ${CSV} and the catalog give: run npm run catalog:measurements`);
    process.exit(1);
  }
  console.log(`${REFERENCE_MEASUREMENTS_FILE}: ${records.length} measurements, as ${CSV} gives them`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${records.length} measurements from ${rows.length} rows of ${CSV} to ${path.relative(process.cwd(), OUT)}`);
}
