import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { PASSWORD, setUpAdminFixture, signInNewAccount, type AdminFixture } from '@/tests/admin/support';

// Staff accounts on a real database: creating a user, the last-admin guard, changing one's own
// password. And the admin's "preview effect on estimates" path, which must write nothing.

let fx: AdminFixture;
let users: typeof import('@/lib/data/admin/users');
let login: typeof import('@/lib/data/auth/login');
let session: typeof import('@/lib/data/auth/sessions');
let preview: typeof import('@/lib/data/admin/preview');
let catalog: typeof import('@/lib/data/admin/catalog');

beforeAll(async () => {
  fx = await setUpAdminFixture();
  users = await import('@/lib/data/admin/users');
  login = await import('@/lib/data/auth/login');
  session = await import('@/lib/data/auth/sessions');
  preview = await import('@/lib/data/admin/preview');
  catalog = await import('@/lib/data/admin/catalog');
});
afterAll(async () => {
  await fx.prisma.$disconnect();
  await fx.database.cleanup();
});

describe('[ADMIN] creating a user', () => {
  it('stores the account with an argon2 hash, audits it without the password, and the account can sign in', async () => {
    const result = await users.createUser(fx.actors.admin, { email: 'New.Editor@Example.com', password: 'quartz lantern orbit maple 47', role: 'editor' });
    expect(result).toEqual({ ok: true, message: 'Created new.editor@example.com (editor).' });
    const row = await fx.prisma.user.findUniqueOrThrow({ where: { email: 'new.editor@example.com' } });
    expect(row.role).toBe('editor');
    expect(row.disabledAt).toBeNull();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, 'quartz lantern orbit maple 47')).toBe(true);
    const audit = await fx.prisma.auditLog.findFirstOrThrow({ where: { action: 'user.create', entityKey: 'new.editor@example.com' } });
    expect(audit.actorEmail).toBe('admin@example.com');
    expect(JSON.parse(audit.after!)).toEqual({ email: 'new.editor@example.com', role: 'editor', disabled: false });
    expect(audit.after).not.toContain('quartz lantern');
    expect((await login.attemptLogin({ email: 'new.editor@example.com', password: 'quartz lantern orbit maple 47' }, null)).status).toBe('ok');
  });

  it('refuses a second account for the same email, naming the field, and writes nothing', async () => {
    const before = await fx.fingerprint();
    expect(await users.createUser(fx.actors.admin, { email: 'new.editor@example.com', password: 'violet harbor engine 93 pine', role: 'viewer' })).toEqual({
      ok: false,
      message: 'That email already has an account.',
      fieldErrors: { email: 'already has an account' },
    });
    expect(await fx.fingerprint()).toBe(before);
  });
});

describe('[ADMIN] the last active admin', () => {
  it('cannot be demoted or disabled; once a second admin exists, either can be, but not both', async () => {
    const first = await fx.prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
    const guard = { ok: false, message: 'This is the last active admin: make another admin first.', fieldErrors: {} };
    const before = await fx.fingerprint();
    expect(await users.updateUser(fx.actors.admin, { userId: first.id, role: 'editor' })).toEqual(guard);
    expect(await users.updateUser(fx.actors.admin, { userId: first.id, disabled: true })).toEqual(guard);
    expect(await fx.fingerprint()).toBe(before);

    const { actor: second } = await signInNewAccount(fx.prisma, 'second.admin@example.com', 'admin');
    const secondRow = await fx.prisma.user.findUniqueOrThrow({ where: { email: 'second.admin@example.com' } });
    expect(await users.updateUser(second, { userId: first.id, role: 'editor' })).toMatchObject({ ok: true });
    expect((await fx.prisma.user.findUniqueOrThrow({ where: { id: first.id } })).role).toBe('editor');
    // Now the second is the last one.
    expect(await users.updateUser(second, { userId: secondRow.id, disabled: true })).toEqual(guard);
    // A password change is not a demotion.
    expect(await users.updateUser(second, { userId: secondRow.id, password: 'copper meadow rocket 61 fern' })).toMatchObject({ ok: true });
    // Restore the fixture's admin for the other tests.
    await fx.prisma.user.update({ where: { id: first.id }, data: { role: 'admin' } });
  });
});

describe('[ADMIN] changing one’s own password', () => {
  it('needs the current password; then the new one works, the old one does not, and every session ends', async () => {
    const { token, actor } = await signInNewAccount(fx.prisma, 'changer@example.com', 'viewer');
    const hashBefore = (await fx.prisma.user.findUniqueOrThrow({ where: { email: 'changer@example.com' } })).passwordHash;
    expect(await users.changeOwnPassword(actor, { currentPassword: 'not my password', newPassword: 'amber glacier piano 58 wolf' })).toEqual({
      ok: false,
      message: 'The current password is incorrect.',
      fieldErrors: { currentPassword: 'incorrect' },
    });
    // The failed attempt is audited (and counts towards the change throttle); nothing else changes.
    expect(await fx.prisma.auditLog.count({ where: { action: 'user.password.failure', entityKey: 'changer@example.com' } })).toBe(1);
    expect((await fx.prisma.user.findUniqueOrThrow({ where: { email: 'changer@example.com' } })).passwordHash).toBe(hashBefore);
    expect(await session.validateSessionToken(token)).not.toBeNull();

    expect(await users.changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: 'amber glacier piano 58 wolf' })).toEqual({ ok: true, message: 'Password changed. Sign in again.' });
    expect(await session.validateSessionToken(token)).toBeNull();
    expect((await login.attemptLogin({ email: 'changer@example.com', password: PASSWORD }, null)).status).toBe('invalid');
    expect((await login.attemptLogin({ email: 'changer@example.com', password: 'amber glacier piano 58 wolf' }, null)).status).toBe('ok');
    expect(await fx.prisma.auditLog.count({ where: { action: 'user.password', entityKey: 'changer@example.com' } })).toBe(1);
  });

  it('refuses a new password shorter than the policy, naming the field', async () => {
    const { actor } = await signInNewAccount(fx.prisma, 'short@example.com', 'viewer');
    const result = await users.changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: 'short' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { newPassword: 'at least 12 characters' } });
  });
});

describe('[ADMIN] preview effect on estimates', () => {
  const GPU = 'geforce-rtx-4090';

  it('a faster GPU speeds up every estimate that runs on it alone, slows none, and leaves memory alone; nothing is written', async () => {
    const entry = (await catalog.getEntry(fx.actors.editor, 'hardware', GPU))!;
    const record = entry.record as { bandwidthGBps: number };
    const before = await fx.fingerprint();
    const result = await preview.previewEntry(fx.actors.editor, { entity: 'hardware', key: GPU, record: { ...record, bandwidthGBps: record.bandwidthGBps * 2 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows).toHaveLength(3);
    // A model split between the card and system RAM decodes at the pace of its RAM share, so a
    // faster card barely moves it (below the preview's 0.1 tok/s rounding for a 70B on 24 GB).
    expect(result.rows.some((row) => row.before!.fit === 'full-gpu')).toBe(true);
    for (const row of result.rows) {
      if (row.before!.fit === 'full-gpu') expect(row.after!.decodeTokensPerSec, row.label).toBeGreaterThan(row.before!.decodeTokensPerSec);
      else expect(row.after!.decodeTokensPerSec, row.label).toBeGreaterThanOrEqual(row.before!.decodeTokensPerSec);
      expect(row.after!.totalBytes, row.label).toBe(row.before!.totalBytes);
    }
    expect(await fx.fingerprint()).toBe(before);
  });

  it('an unchanged model previews the same figures before and after (its published files are kept)', async () => {
    const entry = (await catalog.getEntry(fx.actors.editor, 'models', 'llama-3.1-8b-instruct'))!;
    const result = await preview.previewEntry(fx.actors.editor, { entity: 'models', key: 'llama-3.1-8b-instruct', record: entry.record });
    expect(result.ok && result.rows.length).toBe(6);
    if (result.ok) for (const row of result.rows) expect(row.after, row.label).toEqual(row.before);
  });

  it('a larger published file grows the memory figures and states the size rule', async () => {
    const entry = (await catalog.getEntry(fx.actors.editor, 'artifacts', 'llama-3.1-8b-instruct-q4-k-m-llama.cpp'))!;
    const record = entry.record as { fileBytes: number };
    const result = await preview.previewEntry(fx.actors.editor, { entity: 'artifacts', key: 'llama-3.1-8b-instruct-q4-k-m-llama.cpp', record: { ...record, fileBytes: record.fileBytes + 2e9 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.note).toMatch(/uses the largest, so a fit holds for any publisher/);
    for (const row of result.rows) expect(row.after!.totalBytes - row.before!.totalBytes, row.label).toBeGreaterThan(1.9e9);
  });

  it('an invalid record names its fields and previews nothing', async () => {
    const entry = (await catalog.getEntry(fx.actors.editor, 'hardware', GPU))!;
    const result = await preview.previewEntry(fx.actors.editor, { entity: 'hardware', key: GPU, record: { ...(entry.record as object), bandwidthGBps: -1 } });
    expect(result).toMatchObject({ ok: false, fieldErrors: { bandwidthGBps: expect.any(String) } });
  });
});
