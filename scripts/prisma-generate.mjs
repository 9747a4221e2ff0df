// Runs `prisma generate` without Prisma's downloadable schema engine.
// generate never executes the schema engine, but the CLI insists on a path to one: point it
// at Node itself so no binary download is attempted (see README, "Offline Prisma").
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('prisma/schema.prisma')) process.exit(0);
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], {
  stdio: 'inherit',
  env: { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1', ...process.env },
});
process.exit(result.status ?? 1);
