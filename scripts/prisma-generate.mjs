// Runs `prisma generate` for each engine's schema (prisma/<provider>/schema.prisma, generated
// from prisma/schema.prisma), without Prisma's downloadable schema engine: generate never
// executes the schema engine, but the CLI insists on a path to one, so point it at Node itself
// and no binary download is attempted (see README, "Offline Prisma").
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

for (const provider of ['sqlite', 'postgresql']) {
  const schema = `prisma/${provider}/schema.prisma`;
  if (!existsSync(schema)) continue;
  const result = spawnSync('npx', ['--no-install', 'prisma', 'generate', '--schema', schema], {
    stdio: 'inherit',
    env: { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1', ...process.env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
