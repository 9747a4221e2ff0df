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
  // Portable queries (the suite also runs on PostgreSQL): row counts, version sums and last
  // update per versioned table, every account's credentials and state, the catalog revision.
  const fingerprint = async () => {
    const versioned = { version: true } as const;
    const parts = await Promise.all([
      prisma.model.count(), prisma.modelStrength.count(), prisma.quantFormat.count(), prisma.runtimeFormat.count(),
      prisma.artifact.count(), prisma.hardware.count(), prisma.runtime.count(), prisma.measurement.count(),
      prisma.user.count(), prisma.auditLog.count(),
      prisma.model.aggregate({ _sum: versioned, _max: { updatedAt: true } }),
      prisma.quantFormat.aggregate({ _sum: versioned, _max: { updatedAt: true } }),
      prisma.artifact.aggregate({ _sum: versioned, _max: { updatedAt: true } }),
      prisma.hardware.aggregate({ _sum: versioned, _max: { updatedAt: true } }),
      prisma.runtime.aggregate({ _sum: versioned, _max: { updatedAt: true } }),
      prisma.measurement.aggregate({ _sum: versioned, _max: { updatedAt: true } }),
      prisma.user.findMany({ select: { passwordHash: true, role: true, disabledAt: true }, orderBy: { id: 'asc' } }),
      prisma.catalogRevision.findMany(),
    ]);
    return JSON.stringify(parts);
  };
  return { database, prisma, actors, tokens, fingerprint };
}
