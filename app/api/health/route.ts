import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDatabaseUrl, providerDirectory } from '@/lib/database-url';
import { readEnv } from '@/lib/env';
import { checkHealth } from '@/lib/data/health';

export const dynamic = 'force-dynamic';

/** Migration folders shipped with this build for the configured engine (null when not deployed). */
function shippedMigrations(): number | null {
  const { provider } = parseDatabaseUrl(readEnv().DATABASE_URL);
  const dir = path.join(providerDirectory(provider), 'migrations');
  if (!existsSync(dir)) return null;
  return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
}

export async function GET() {
  const report = await checkHealth(shippedMigrations());
  const healthy = report.database === 'ok' && report.migrations.pending !== true && report.migrations.failed === 0;
  return Response.json({ status: healthy ? 'ok' : 'degraded', ...report }, { status: healthy ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
