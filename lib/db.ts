import 'server-only';
import { readEnv } from '@/lib/env';
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client';

// One client per process. In development, Next re-evaluates modules on every edit: keep the
// client on globalThis so reloads do not open a new connection each time.
const globalForDb = globalThis as unknown as { quantwiseDb?: PrismaClient };

export const db: PrismaClient = globalForDb.quantwiseDb ?? createPrismaClient(readEnv().DATABASE_URL);
if (process.env.NODE_ENV !== 'production') globalForDb.quantwiseDb = db;
