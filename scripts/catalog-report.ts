// npm run catalog:report: coverage of the committed catalog (prisma/seed) by kind, vendor, form
// factor, year and compute figure for hardware, by family and release year for models, and the
// hardware catalog check. Exit code 1 when the check finds a problem.

import { coverageReport, formatCoverageReport, hardwareProblems, priceProblems } from '@/lib/catalog/coverage';
import { loadSeedData } from '@/lib/data/catalog-seed';

const seed = loadSeedData();
const problems = [...hardwareProblems(seed.hardware), ...priceProblems(seed.prices, seed.hardware)];
const report = coverageReport(seed);
process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify({ ...report, problems }, null, 2)}\n` : `${formatCoverageReport(report, problems)}\n`);
if (problems.length > 0) process.exitCode = 1;
