import type { Actor } from '@/lib/auth/actor';
import type { PrismaClient } from '@/lib/prisma-client';
import { createTempDatabase, type TempDatabase } from '@/tests/support/temp-database';

// One seeded temp database per test file, with an admin, an editor and a viewer signed in through
// the real session module (no mocks: each Actor comes from validateSessionToken).

export interface AdminFixture {
  database: TempDatabase;
  prisma: PrismaClient;
  actors: { admin: Actor; editor: Actor; viewer: Actor };
  tokens: { admin: string; editor: string; viewer: string };
  /** A cheap digest of everything an admin action may write. */
  fingerprint(): Promise<string>;
}

export const PASSWORD = 'correct horse battery staple';

export async function setUpAdminFixture(): Promise<AdminFixture> {
  const database = await createTempDatabase({ seed: true });
  process.env.DATABASE_URL = database.url;
  const { createPrismaClient } = await import('@/lib/prisma-client');
  const { createAccount } = await import('@/lib/auth/users-cli');
  const { createSession, validateSessionToken } = await import('@/lib/auth/session');
  const prisma = createPrismaClient(database.url);
  const tokens = {} as AdminFixture['tokens'];
  const actors = {} as AdminFixture['actors'];
  for (const role of ['admin', 'editor', 'viewer'] as const) {
    await createAccount(prisma, { email: `${role}@example.com`, password: PASSWORD, role });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: `${role}@example.com` } });
    tokens[role] = (await createSession(user.id)).token;
    actors[role] = (await validateSessionToken(tokens[role], '203.0.113.9'))!;
  }
  const tables = ['Model', 'ModelStrength', 'QuantFormat', 'RuntimeFormat', 'Artifact', 'Hardware', 'Runtime', 'Measurement', 'User', 'AuditLog'];
  const fingerprint = async () => {
    const sql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}")`).join(` || ',' || `)} || ',' || ${['Model', 'QuantFormat', 'Artifact', 'Hardware', 'Runtime', 'Measurement'].map((t) => `(SELECT total(version) || ':' || ifnull(max(updatedAt), '') FROM "${t}")`).join(` || ',' || `)} || ',' || (SELECT group_concat(passwordHash || role || ifnull(disabledAt, '')) FROM "User") AS f`;
    const rows = await prisma.$queryRawUnsafe<{ f: string }[]>(sql);
    return rows[0]!.f;
  };
  return { database, prisma, actors, tokens, fingerprint };
}
