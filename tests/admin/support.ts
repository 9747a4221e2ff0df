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

/**
 * Creates an account (through the CLI's code) and signs it in through the real session module of
 * the current module graph, on the database DATABASE_URL names: its token and Actor.
 */
export async function signInNewAccount(prisma: PrismaClient, email: string, role: 'admin' | 'editor' | 'viewer', ip = '203.0.113.9'): Promise<{ token: string; actor: Actor }> {
  const { createAccount } = await import('@/lib/data/auth/accounts');
  const { createSession, validateSessionToken } = await import('@/lib/data/auth/sessions');
  await createAccount(prisma, { email, password: PASSWORD, role });
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  const token = (await createSession(user.id)).token;
  return { token, actor: (await validateSessionToken(token, ip))! };
}

export async function setUpAdminFixture(): Promise<AdminFixture> {
  const database = await createTempDatabase({ seed: true });
  process.env.DATABASE_URL = database.url;
  const { createPrismaClient } = await import('@/lib/prisma-client');
  const prisma = createPrismaClient(database.url);
  const tokens = {} as AdminFixture['tokens'];
  const actors = {} as AdminFixture['actors'];
  for (const role of ['admin', 'editor', 'viewer'] as const) {
    ({ token: tokens[role], actor: actors[role] } = await signInNewAccount(prisma, `${role}@example.com`, role));
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
