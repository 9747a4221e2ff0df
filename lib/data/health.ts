import 'server-only';
import { db } from '@/lib/db';

export interface HealthReport {
  database: 'ok' | 'unreachable';
  migrations: { applied: number; pending: boolean | null; failed: number };
  catalog: { models: number; hardware: number } | null;
}

/**
 * Database reachable and migrations applied. `expectedMigrations` is the number of folders in
 * prisma/<provider>/migrations shipped with this build; fewer applied rows means a pending migration.
 */
export async function checkHealth(expectedMigrations: number | null): Promise<HealthReport> {
  try {
    const rows = await db.$queryRawUnsafe<{ finished: number | null; rolled: number | null }[]>(
      'SELECT finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled FROM _prisma_migrations',
    );
    const applied = rows.filter((r) => Number(r.finished) === 1 && Number(r.rolled) !== 1).length;
    const failed = rows.filter((r) => Number(r.finished) !== 1 && Number(r.rolled) !== 1).length;
    const [models, hardware] = await Promise.all([db.model.count(), db.hardware.count()]);
    return {
      database: 'ok',
      migrations: { applied, failed, pending: expectedMigrations === null ? null : applied < expectedMigrations },
      catalog: { models, hardware },
    };
  } catch {
    return { database: 'unreachable', migrations: { applied: 0, failed: 0, pending: null }, catalog: null };
  }
}
