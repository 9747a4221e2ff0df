import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client';
import { WriteGate, isWriteStatement } from '@/lib/sqlite-writes';
import { TEST_ENGINE, createTempDatabase, type TempDatabase } from '@/tests/support/temp-database';

// Two connections to one SQLite file, as the catalog import and the rest of the app use it: a long
// transaction on one must neither freeze the process (better-sqlite3 waits for a busy database
// synchronously) nor let the other connection read its uncommitted rows.

describe.runIf(TEST_ENGINE === 'sqlite')('SQLite writers take turns asynchronously (lib/sqlite-writes.ts)', () => {
  let database: TempDatabase;
  let app: PrismaClient;
  let importer: PrismaClient;

  beforeAll(async () => {
    database = await createTempDatabase();
    app = createPrismaClient(database.url);
    importer = createPrismaClient(database.url);
  });
  afterAll(async () => {
    await app.$disconnect();
    await importer.$disconnect();
    await database.cleanup();
  });

  const runtime = (slug: string) => ({ slug, name: slug, description: 'x', homepageUrl: 'https://example.com', platforms: 'linux', backends: 'cpu', sourceUrl: 'https://example.com', verifiedAt: new Date() });

  it('while one connection holds a transaction open across event-loop turns, the other reads committed rows only, and its write waits without blocking the process', async () => {
    const events: string[] = [];
    let releaseImport!: () => void;
    const held = new Promise<void>((resolve) => (releaseImport = resolve));
    const transaction = importer.$transaction(async (tx) => {
      await tx.runtime.create({ data: runtime('from-import') });
      events.push('import wrote');
      await held;
    }, { timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));

    // Reads go on, and see nothing uncommitted.
    expect(await app.runtime.findUnique({ where: { slug: 'from-import' } })).toBeNull();
    // A write queues (asynchronously: timers still fire meanwhile), then lands after the commit.
    const write = app.runtime.create({ data: runtime('from-app') }).then(() => events.push('app wrote'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    events.push('timer fired');
    releaseImport();
    await transaction;
    await write;
    expect(events).toEqual(['import wrote', 'timer fired', 'app wrote']);
    expect((await app.runtime.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } })).map((r) => r.slug)).toEqual(['from-app', 'from-import']);
  });

  it('a rolled-back transaction (a dry run) is never seen by the other connection', async () => {
    let seenDuring: unknown = 'not read';
    await importer
      .$transaction(async (tx) => {
        await tx.runtime.create({ data: runtime('dry-run-only') });
        await new Promise((resolve) => setImmediate(resolve));
        seenDuring = await app.runtime.findUnique({ where: { slug: 'dry-run-only' } });
        throw new Error('roll back');
      })
      .catch(() => {});
    expect(seenDuring).toBeNull();
    expect(await app.runtime.findUnique({ where: { slug: 'dry-run-only' } })).toBeNull();
  });
});

describe('the write gate', () => {
  it('hands the gate over in order and reports idle only when nobody holds or waits', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const first = await gate.acquire();
    const second = gate.acquire().then((release) => {
      order.push('second');
      release();
    });
    let idle = false;
    const idleWait = gate.idle().then(() => (idle = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    order.push('first');
    first();
    await second;
    await idleWait;
    expect(order).toEqual(['first', 'second']);
    expect(gate.busy).toBe(false);
  });

  it.each([
    ['INSERT INTO "Runtime" ...', true], ['  update "User" set ...', true], ['DELETE FROM "Session"', true], ['BEGIN', true],
    ['SELECT "id" FROM "Model"', false], ['WITH x AS (SELECT 1) SELECT * FROM x', false],
  ])('%s is a write: %s', (sql, write) => {
    expect(isWriteStatement(sql)).toBe(write);
  });
});
