import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_MAX_FAILURES_PER_ACCOUNT, SESSION_IDLE_MS } from '@/lib/auth/config';
import { PASSWORD, setUpAdminFixture, signInNewAccount, type AdminFixture } from '@/tests/admin/support';

let fx: AdminFixture;
let data: typeof import('@/lib/data/admin/catalog');
let imports: typeof import('@/lib/data/admin/import');
let users: typeof import('@/lib/data/admin/users');
let login: typeof import('@/lib/data/auth/login');
let session: typeof import('@/lib/data/auth/sessions');

beforeAll(async () => {
  fx = await setUpAdminFixture();
  data = await import('@/lib/data/admin/catalog');
  imports = await import('@/lib/data/admin/import');
  users = await import('@/lib/data/admin/users');
  login = await import('@/lib/data/auth/login');
  session = await import('@/lib/data/auth/sessions');
});
afterAll(async () => {
  await fx.prisma.$disconnect();
  await fx.database.cleanup();
});

describe('[ADMIN] no lost updates', () => {
  it('two concurrent saves of one entry: exactly one wins, the other gets a conflict with both values, the row equals the winner', async () => {
    const entry = (await data.getEntry(fx.actors.editor, 'hardware', 'geforce-rtx-3060-12gb'))!;
    const a = { ...entry.record, bandwidthGBps: 400 };
    const b = { ...entry.record, bandwidthGBps: 500, notes: 'editor B' };
    const auditBefore = await fx.prisma.auditLog.count({ where: { action: 'update' } });
    const results = await Promise.all([
      data.saveEntry(fx.actors.editor, { entity: 'hardware', key: entry.key, version: entry.version, record: a }),
      data.saveEntry(fx.actors.admin, { entity: 'hardware', key: entry.key, version: entry.version, record: b }),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const loser = losers[0]!;
    expect(loser).toMatchObject({ ok: false, kind: 'conflict' });
    const winnerRecord = results[0]!.ok ? a : b;
    const loserRecord = results[0]!.ok ? b : a;
    if (!loser.ok && loser.kind === 'conflict') {
      expect(loser.mine).toEqual(loserRecord);
      expect(loser.theirs?.record).toEqual(winnerRecord);
      expect(loser.theirs?.version).toBe(entry.version + 1);
    }
    const stored = (await data.getEntry(fx.actors.editor, 'hardware', entry.key))!;
    expect(stored.record).toEqual(winnerRecord);
    expect(stored.version).toBe(entry.version + 1);
    expect(await fx.prisma.auditLog.count({ where: { action: 'update' } })).toBe(auditBefore + 1);
  });

  it('a save from a stale version is a conflict and changes nothing; resubmitting with the new version wins', async () => {
    const entry = (await data.getEntry(fx.actors.editor, 'formats', 'q4-k-m'))!;
    const first = await data.saveEntry(fx.actors.editor, { entity: 'formats', key: entry.key, version: entry.version, record: { ...entry.record, description: 'first' } });
    expect(first.ok).toBe(true);
    const before = await fx.fingerprint();
    const stale = await data.saveEntry(fx.actors.admin, { entity: 'formats', key: entry.key, version: entry.version, record: { ...entry.record, description: 'stale' } });
    expect(stale).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await fx.fingerprint()).toBe(before);
    const retry = await data.saveEntry(fx.actors.admin, { entity: 'formats', key: entry.key, version: entry.version + 1, record: { ...entry.record, description: 'merged' } });
    expect(retry).toMatchObject({ ok: true, version: entry.version + 2 });
  });

  it('every change writes its audit row (who, what, before, after)', async () => {
    const row = await fx.prisma.auditLog.findFirstOrThrow({ where: { action: 'update', entity: 'formats' }, orderBy: { id: 'desc' } });
    expect(row.actorEmail).toBe('admin@example.com');
    expect(JSON.parse(row.before!).description).toBe('first');
    expect(JSON.parse(row.after!).description).toBe('merged');
  });
});

describe('[ADMIN] deletes', () => {
  it.each([
    ['hardware', 'geforce-rtx-4090', /measurement/],
    ['models', 'llama-3.1-8b-instruct', /artifact.*measurement/],
    ['formats', 'q4-k-m', /artifact/],
    ['runtimes', 'llama.cpp', /format/],
  ] as const)('deleting referenced %s %s is refused and changes nothing', async (entity, key, message) => {
    const entry = (await data.getEntry(fx.actors.editor, entity, key))!;
    const before = await fx.fingerprint();
    const result = await data.deleteEntry(fx.actors.editor, { entity, key, version: entry.version });
    expect(result).toMatchObject({ ok: false, kind: 'referenced' });
    if (!result.ok) expect(result.message).toMatch(message);
    expect(await fx.fingerprint()).toBe(before);
  });

  it('deleting an unreferenced entry works and audits the record it removed', async () => {
    const { rows } = await data.listEntries(fx.actors.editor, 'artifacts', { size: 50 });
    const entry = (await data.getEntry(fx.actors.editor, 'artifacts', rows[0]!.key))!;
    expect(await data.deleteEntry(fx.actors.editor, { entity: 'artifacts', key: entry.key, version: entry.version })).toMatchObject({ ok: true });
    expect(await data.getEntry(fx.actors.editor, 'artifacts', entry.key)).toBeNull();
    const audit = await fx.prisma.auditLog.findFirstOrThrow({ where: { action: 'delete', entityKey: entry.key } });
    expect(JSON.parse(audit.before!)).toEqual(entry.record);
    // Restoring is a create from the audited record.
    expect(await data.saveEntry(fx.actors.editor, { entity: 'artifacts', key: null, version: null, record: JSON.parse(audit.before!) })).toMatchObject({ ok: true });
  });
});

describe('[ADMIN] import / export', () => {
  it('round-trips: exporting then importing changes nothing', async () => {
    const exported = await data.exportCatalog(fx.actors.editor);
    const result = await imports.importCatalog(fx.actors.editor, { json: JSON.stringify(exported), dryRun: true });
    expect(result).toMatchObject({ ok: true, dryRun: true, operations: [] });
  });

  it('a dry run shows the diff and writes nothing; the real run applies it all in one go', async () => {
    const exported = await data.exportCatalog(fx.actors.editor);
    const gpu = exported.catalog.hardware.find((h) => h.slug === 'geforce-rtx-2060')!;
    gpu.bandwidthGBps = 999;
    const fresh = { ...gpu, slug: 'imported-gpu', name: 'Imported GPU' };
    const json = JSON.stringify({ ...exported, catalog: { hardware: [gpu, fresh] } });
    const before = await fx.fingerprint();
    const dry = await imports.importCatalog(fx.actors.editor, { json, dryRun: true });
    expect(dry).toMatchObject({ ok: true, dryRun: true });
    if (dry.ok) {
      expect(dry.operations).toEqual([
        { entity: 'hardware', key: 'geforce-rtx-2060', kind: 'update', changes: [{ field: 'bandwidthGBps', before: 336, after: 999 }] },
        { entity: 'hardware', key: 'imported-gpu', kind: 'create', changes: [] },
      ]);
    }
    expect(await fx.fingerprint()).toBe(before);
    expect(await imports.importCatalog(fx.actors.editor, { json, dryRun: false })).toMatchObject({ ok: true, dryRun: false });
    expect((await data.getEntry(fx.actors.editor, 'hardware', 'imported-gpu'))?.record).toMatchObject({ name: 'Imported GPU' });
  });

  it('each figure group\'s source and "verified on" go out in the export and come back in an import, field for field', async () => {
    const exported = await data.exportCatalog(fx.actors.editor);
    const model = exported.catalog.models.find((m) => m.slug === 'llama-3.1-8b-instruct')!;
    const artifact = exported.catalog.artifacts.find((a) => a.model === model.slug && a.fileBytes !== null)!;
    expect(model).toHaveProperty('paramsVerifiedAt');
    expect(artifact).toHaveProperty('fileBytesVerifiedAt');
    const checked = {
      ...model,
      paramsVerifiedAt: '2026-11-28',
      architectureSourceUrl: 'https://example.com/llama-3.1-8b-instruct/config.json',
      architectureVerifiedAt: '2026-11-29',
    };
    const sized = { ...artifact, fileBytesVerifiedAt: '2026-11-28' };
    const json = JSON.stringify({ ...exported, catalog: { models: [checked], artifacts: [sized] } });
    const dry = await imports.importCatalog(fx.actors.editor, { json, dryRun: true });
    if (!dry.ok) throw new Error(JSON.stringify(dry));
    const modelChange = dry.operations.find((o) => o.entity === 'models')!;
    expect(modelChange.changes.map((c) => c.field).sort()).toEqual(['architectureSourceUrl', 'architectureVerifiedAt', 'paramsVerifiedAt']);
    expect(dry.operations.find((o) => o.entity === 'artifacts')?.changes).toEqual([{ field: 'fileBytesVerifiedAt', before: artifact.fileBytesVerifiedAt, after: '2026-11-28' }]);
    expect(await imports.importCatalog(fx.actors.editor, { json, dryRun: false })).toMatchObject({ ok: true });
    const again = await data.exportCatalog(fx.actors.editor);
    expect(again.catalog.models.find((m) => m.slug === model.slug)).toEqual(checked);
    expect(again.catalog.artifacts.find((a) => a.slug === artifact.slug)).toEqual(sized);
    // A date whose group has no source is refused by name, and nothing is written.
    const before = await fx.fingerprint();
    const unsourced = JSON.stringify({ ...again, catalog: { artifacts: [{ ...sized, fileBytes: null, fileBytesSourceUrl: null }] } });
    const refused = await imports.importCatalog(fx.actors.editor, { json: unsourced, dryRun: false });
    expect(JSON.stringify(refused)).toMatch(/fileBytesVerifiedAt/);
    expect(refused).toMatchObject({ ok: false });
    expect(await fx.fingerprint()).toBe(before);
  });

  it('an import with one bad reference is rolled back entirely', async () => {
    const exported = await data.exportCatalog(fx.actors.editor);
    const gpu = { ...exported.catalog.hardware[0]!, slug: 'never-written-gpu' };
    const measurement = { ...exported.catalog.measurements[0]!, key: undefined, hardware: 'no-such-hardware' };
    const before = await fx.fingerprint();
    const result = await imports.importCatalog(fx.actors.editor, { json: JSON.stringify({ ...exported, catalog: { hardware: [gpu], measurements: [measurement] } }), dryRun: false });
    expect(result).toMatchObject({ ok: false });
    expect(await fx.fingerprint()).toBe(before);
  });
});

describe('[ADMIN] sign-in throttling and sessions', () => {
  it(`after ${LOGIN_MAX_FAILURES_PER_ACCOUNT} failures the next attempt gets 429 (even with the right password); every failure is audited; unknown emails read the same`, async () => {
    for (const email of ['editor@example.com', 'nobody@example.com']) {
      const statuses: string[] = [];
      for (let i = 0; i < LOGIN_MAX_FAILURES_PER_ACCOUNT; i++) statuses.push((await login.attemptLogin({ email, password: 'wrong password' }, `198.51.100.${email.length}`)).status);
      statuses.push((await login.attemptLogin({ email, password: PASSWORD }, '198.51.100.77')).status);
      expect(statuses).toEqual([...Array(LOGIN_MAX_FAILURES_PER_ACCOUNT).fill('invalid'), 'throttled']);
      expect(await fx.prisma.auditLog.count({ where: { actorEmail: email, action: 'login.failure' } })).toBe(LOGIN_MAX_FAILURES_PER_ACCOUNT);
      expect(await fx.prisma.auditLog.count({ where: { actorEmail: email, action: 'login.throttled' } })).toBe(1);
    }
  });

  it(`simultaneous wrong guesses get at most ${LOGIN_MAX_FAILURES_PER_ACCOUNT} password checks in all; the rest are throttled and audited as such`, async () => {
    const email = 'racer@example.com';
    await signInNewAccount(fx.prisma, email, 'editor');
    const attempts = 3 * LOGIN_MAX_FAILURES_PER_ACCOUNT;
    const results = await Promise.all(Array.from({ length: attempts }, (_, i) => login.attemptLogin({ email, password: `wrong guess ${i}` }, `203.0.113.${100 + i}`)));
    const statuses = results.map((r) => r.status);
    // A burst errs on the safe side: with truly parallel connections (PostgreSQL) every attempt
    // may count the others' claims, so fewer than the limit can reach the check, never more.
    const checked = statuses.filter((s) => s === 'invalid').length;
    expect(checked).toBeLessThanOrEqual(LOGIN_MAX_FAILURES_PER_ACCOUNT);
    expect(statuses.filter((s) => s === 'throttled')).toHaveLength(attempts - checked);
    expect(await fx.prisma.auditLog.count({ where: { actorEmail: email, action: 'login.failure' } })).toBe(checked);
    expect(await fx.prisma.auditLog.count({ where: { actorEmail: email, action: 'login.throttled' } })).toBe(attempts - checked);
  });

  it('a good password signs in; logout, disabling the user and a password change each revoke sessions at once', async () => {
    const ok = await login.attemptLogin({ email: 'viewer@example.com', password: PASSWORD }, null);
    expect(ok.status).toBe('ok');
    const token = ok.status === 'ok' ? ok.token : '';
    expect(await session.validateSessionToken(token)).toMatchObject({ email: 'viewer@example.com', role: 'viewer' });
    await session.invalidateSessionToken(token);
    expect(await session.validateSessionToken(token)).toBeNull();

    const user = await fx.prisma.user.findUniqueOrThrow({ where: { email: 'viewer@example.com' } });
    const second = await session.createSession(user.id);
    expect(await users.updateUser(fx.actors.admin, { userId: user.id, disabled: true })).toMatchObject({ ok: true });
    expect(await session.validateSessionToken(second.token)).toBeNull();
    expect((await login.attemptLogin({ email: 'viewer@example.com', password: PASSWORD }, null)).status).toBe('invalid');
    await users.updateUser(fx.actors.admin, { userId: user.id, disabled: false });

    const third = await session.createSession(user.id);
    expect(await users.updateUser(fx.actors.admin, { userId: user.id, password: 'a brand new long password' })).toMatchObject({ ok: true });
    expect(await session.validateSessionToken(third.token)).toBeNull();
  });

  it('sessions expire when idle and at their absolute limit', async () => {
    const user = await fx.prisma.user.findUniqueOrThrow({ where: { email: 'editor@example.com' } });
    const idle = await session.createSession(user.id);
    await fx.prisma.session.updateMany({ where: { userId: user.id }, data: { lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 1000) } });
    expect(await session.validateSessionToken(idle.token)).toBeNull();
    const old = await session.createSession(user.id);
    await fx.prisma.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await session.validateSessionToken(old.token)).toBeNull();
  });

  it('stores only the SHA-256 of the token', async () => {
    const user = await fx.prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
    const { token } = await session.createSession(user.id);
    expect(await fx.prisma.session.findUnique({ where: { id: token } })).toBeNull();
    expect(await fx.prisma.session.count({ where: { id: { not: token }, userId: user.id } })).toBeGreaterThan(0);
  });

  it('passwords are argon2id with the OWASP parameters', async () => {
    const user = await fx.prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
