// npm run catalog:report: coverage of the committed catalog (prisma/seed) by kind, vendor, form
// factor, year and compute figure for hardware, by family, release year and publisher for models,
// and the catalog check (hardware figures and sources, prices, each model's config fixture and architecture source). Exit
// code 1 when the check finds a problem.

import { artifactSizeProblems, coverageReport, formatCoverageReport, hardwareProblems, modelConfigProblems, modelProvenanceProblems, priceProblems } from '@/lib/catalog/coverage';
import { loadConfigSources, loadModelConfigLinks, loadUnsizedModels, readConfigFixture } from '@/lib/catalog/config-fixtures';
import { loadSeedData } from '@/lib/data/catalog-seed';

const seed = loadSeedData();
const problems = [
  ...hardwareProblems(seed.hardware),
  ...priceProblems(seed.prices, seed.hardware),
  ...modelConfigProblems(seed.models, loadModelConfigLinks(), readConfigFixture),
  ...modelProvenanceProblems(seed.models, loadModelConfigLinks(), loadConfigSources()),
  ...artifactSizeProblems(seed.models, seed.artifacts, loadUnsizedModels()),
];
const report = coverageReport(seed);
process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify({ ...report, problems }, null, 2)}\n` : `${formatCoverageReport(report, problems)}\n`);
if (problems.length > 0) process.exitCode = 1;
