import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEVICE_MAX_FAILURES, LOGIN_BACKOFF_BASE_MS, LOGIN_MAX_FAILURES_PER_ACCOUNT, LOGIN_MAX_FAILURES_PER_IP, LOGIN_WINDOW_MS, PASSWORD_CHANGE_MAX_FAILURES,
} from '@/lib/auth/config';
import { sessionIdOf } from '@/lib/auth/tokens';
import { PASSWORD, setUpAdminFixture, signInNewAccount, type AdminFixture } from '@/tests/admin/support';

// Sign-in throttling that slows guessing without letting a stranger lock staff out, throttled and
// audited password changes, and the password policy (lib/data/auth/login.ts, lib/data/admin/users.ts,
// lib/auth/password-strength.ts), on a real database. Time passes by moving audit rows back.

let fx: AdminFixture;
let login: typeof import('@/lib/data/auth/login');
let users: typeof import('@/lib/data/admin/users');

beforeAll(async () => {
  fx = await setUpAdminFixture();
  login = await import('@/lib/data/auth/login');
  users = await import('@/lib/data/admin/users');
});
afterAll(async () => {
  await fx.prisma.$disconnect();
  await fx.database.cleanup();
});

let ipCounter = 0;
/** A fresh client address per call, so only the per-account rules apply. */
const freshIp = () => `198.18.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

async function failures(email: string, count: number, ip: () => string | null = freshIp): Promise<void> {
  for (let i = 0; i < count; i++) expect((await login.attemptLogin({ email, password: `wrong guess ${i}` }, ip())).status).toBe('invalid');
}

/** Moves every sign-in row of `email` `ms` into the past: time passing, as far as the limits can tell. */
async function elapse(where: { actorEmail?: string; ip?: string }, ms: number): Promise<void> {
  const rows = await fx.prisma.auditLog.findMany({ where: { ...where, action: { startsWith: 'login.' } }, select: { id: true, at: true } });
  for (const row of rows) await fx.prisma.auditLog.update({ where: { id: row.id }, data: { at: new Date(row.at.getTime() - ms) } });
}

describe('[ADMIN] per-account backoff', () => {
  it(`after ${LOGIN_MAX_FAILURES_PER_ACCOUNT} failures each attempt waits since the last failure, doubling from ${LOGIN_BACKOFF_BASE_MS / 1000} s; 429 carries the wait`, async () => {
    const email = 'backoff@example.com';
    await signInNewAccount(fx.prisma, email, 'editor');
    await failures(email, LOGIN_MAX_FAILURES_PER_ACCOUNT);
    const throttled = await login.attemptLogin({ email, password: PASSWORD }, freshIp());
    expect(throttled).toMatchObject({ status: 'throttled' });
    expect(throttled.status === 'throttled' && throttled.retryAfterSeconds).toBeGreaterThan(LOGIN_BACKOFF_BASE_MS / 1000 - 5);
    expect(throttled.status === 'throttled' && throttled.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_BACKOFF_BASE_MS / 1000);

    // The wait passes: one more guess is checked, and the next wait is twice as long.
    await elapse({ actorEmail: email }, LOGIN_BACKOFF_BASE_MS + 1000);
    await failures(email, 1);
    const next = await login.attemptLogin({ email, password: 'another guess' }, freshIp());
    expect(next.status === 'throttled' && next.retryAfterSeconds).toBeGreaterThan((2 * LOGIN_BACKOFF_BASE_MS) / 1000 - 5);

    // Once the wait passes, the right password signs in and the count starts again.
    await elapse({ actorEmail: email }, 2 * LOGIN_BACKOFF_BASE_MS + 1000);
    expect((await login.attemptLogin({ email, password: PASSWORD }, freshIp())).status).toBe('ok');
    await failures(email, LOGIN_MAX_FAILURES_PER_ACCOUNT);
  });

  it('the wait never exceeds the 15-minute window', () => {
    expect(login.accountBackoffMs(LOGIN_MAX_FAILURES_PER_ACCOUNT - 1)).toBe(0);
    expect(login.accountBackoffMs(LOGIN_MAX_FAILURES_PER_ACCOUNT)).toBe(LOGIN_BACKOFF_BASE_MS);
    expect(login.accountBackoffMs(1_000)).toBe(LOGIN_WINDOW_MS);
  });
});

describe('[ADMIN] a stranger cannot lock staff out', () => {
  it('the right password from a device that signed in before gets through while the account is under attack', async () => {
    const email = 'admin2@example.com';
    await signInNewAccount(fx.prisma, email, 'admin');
    const first = await login.attemptLogin({ email, password: PASSWORD }, '192.0.2.10');
    expect(first.status).toBe('ok');
    const device = first.status === 'ok' ? first.device.token : '';
    expect(await fx.prisma.knownDevice.count({ where: { user: { email } } })).toBe(1);

    // An attacker guesses from many addresses: the account is in backoff for everyone else…
    await failures(email, LOGIN_MAX_FAILURES_PER_ACCOUNT);
    for (let i = 0; i < 3; i++) expect((await login.attemptLogin({ email, password: `more guesses ${i}` }, freshIp())).status).toBe('throttled');
    expect((await login.attemptLogin({ email, password: PASSWORD }, '192.0.2.10')).status).toBe('throttled');
    // …but not for the admin's own browser, with its device cookie.
    const again = await login.attemptLogin({ email, password: PASSWORD }, '192.0.2.10', device);
    expect(again.status).toBe('ok');
    // The cookie is renewed on each success: a new token, the old one forgotten.
    const renewed = again.status === 'ok' ? again.device.token : '';
    expect(renewed).not.toBe(device);
    expect(await fx.prisma.knownDevice.findMany({ where: { user: { email } }, select: { id: true } })).toEqual([{ id: sessionIdOf(renewed) }]);
  });

  it(`a device cookie is no skeleton key: it works only for its own account and is forgotten after ${DEVICE_MAX_FAILURES} wrong passwords`, async () => {
    const email = 'owner@example.com';
    await signInNewAccount(fx.prisma, email, 'editor');
    const ok = await login.attemptLogin({ email, password: PASSWORD }, freshIp());
    const device = ok.status === 'ok' ? ok.device.token : '';
    // For another (throttled) account, the cookie does nothing.
    await failures('victim@example.com', LOGIN_MAX_FAILURES_PER_ACCOUNT);
    expect((await login.attemptLogin({ email: 'victim@example.com', password: PASSWORD }, freshIp(), device)).status).toBe('throttled');
    // Its own failures are counted on it, whatever the account's state.
    for (let i = 0; i < DEVICE_MAX_FAILURES; i++) expect((await login.attemptLogin({ email, password: `stolen cookie guess ${i}` }, freshIp(), device)).status).toBe('invalid');
    expect(await fx.prisma.knownDevice.count({ where: { user: { email } } })).toBe(1);
    // The account is now in backoff and the device spent: it no longer lets anyone past.
    expect((await login.attemptLogin({ email, password: PASSWORD }, freshIp(), device)).status).toBe('throttled');
    expect(await fx.prisma.knownDevice.count({ where: { user: { email } } })).toBe(0);
  });

  it('a password change or a disabled account forgets the known devices', async () => {
    const email = 'forget@example.com';
    const { actor } = await signInNewAccount(fx.prisma, email, 'viewer');
    await login.attemptLogin({ email, password: PASSWORD }, freshIp());
    expect(await fx.prisma.knownDevice.count({ where: { user: { email } } })).toBe(1);
    expect(await users.changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: 'violet ladder under seven moons' })).toMatchObject({ ok: true });
    expect(await fx.prisma.knownDevice.count({ where: { user: { email } } })).toBe(0);
  });
});

describe('[ADMIN] per-address limit', () => {
  it(`${LOGIN_MAX_FAILURES_PER_IP} failures from one address, over any accounts, throttle that address only`, async () => {
    const ip = '203.0.113.200';
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_IP; i++) expect((await login.attemptLogin({ email: `spray${i}@example.com`, password: 'Winter2026!' }, ip)).status).toBe('invalid');
    const blocked = await login.attemptLogin({ email: 'editor@example.com', password: PASSWORD }, ip);
    expect(blocked).toMatchObject({ status: 'throttled' });
    expect(blocked.status === 'throttled' && blocked.retryAfterSeconds).toBeGreaterThan(LOGIN_WINDOW_MS / 1000 - 60);
    expect((await login.attemptLogin({ email: 'editor@example.com', password: PASSWORD }, '203.0.113.201')).status).toBe('ok');
    await elapse({ ip }, LOGIN_WINDOW_MS);
    expect((await login.attemptLogin({ email: 'editor@example.com', password: PASSWORD }, ip)).status).toBe('ok');
  });
});

describe('[ADMIN] "change my password" is throttled and audited', () => {
  it(`after ${PASSWORD_CHANGE_MAX_FAILURES} wrong current passwords it refuses even the right one; every attempt has its audit row`, async () => {
    const email = 'changer@example.com';
    const { actor } = await signInNewAccount(fx.prisma, email, 'viewer');
    for (let i = 0; i < PASSWORD_CHANGE_MAX_FAILURES; i++) {
      expect(await users.changeOwnPassword(actor, { currentPassword: `guess ${i}`, newPassword: 'violet ladder under seven moons' })).toMatchObject({ ok: false, fieldErrors: { currentPassword: 'incorrect' } });
    }
    expect(await users.changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: 'violet ladder under seven moons' })).toMatchObject({ ok: false, message: users.PASSWORD_CHANGE_THROTTLED_MESSAGE });
    const audit = await fx.prisma.auditLog.groupBy({ by: ['action'], where: { entityKey: email, action: { startsWith: 'user.password' } }, _count: true, orderBy: { action: 'asc' } });
    expect(audit.map((a) => [a.action, a._count])).toEqual([['user.password.failure', PASSWORD_CHANGE_MAX_FAILURES], ['user.password.throttled', 1]]);
    expect(await fx.prisma.auditLog.count({ where: { entityKey: email, actorId: actor.userId, action: { startsWith: 'user.password' } } })).toBe(PASSWORD_CHANGE_MAX_FAILURES + 1);
  });
});

describe('[ADMIN] password policy: no common, breached or context-derived passwords', () => {
  // Each case is a password built for one email: common ones, and ones made from the email itself.
  const weak: [string, (email: string) => string][] = [
    ['password1234', () => 'password1234'],
    ['qwertyuiop123', () => 'qwertyuiop123'],
    ['iloveyou1234', () => 'iloveyou1234'],
    ['passwordpassword', () => 'passwordpassword'],
    ['quantwise2026!', () => 'quantwise2026!'],
    ['the email itself', (email) => email],
    ['the email’s name and a year', (email) => `${email.split('@')[0]}2026!!`],
    ['the email without its punctuation', (email) => email.replace(/\W/g, '')],
    ['the domain and digits', (email) => `${email.split('@')[1]}12345`],
  ];

  it.each(weak)('refuses %s, on every path that sets a password', async (_name, make) => {
    const created = await users.createUser(fx.actors.admin, { email: 'newadmin@example.com', password: make('newadmin@example.com'), role: 'admin' });
    expect(created).toMatchObject({ ok: false, fieldErrors: { password: expect.stringContaining('too easy to guess') } });
    const target = await fx.prisma.user.findUniqueOrThrow({ where: { email: 'viewer@example.com' } });
    expect(await users.updateUser(fx.actors.admin, { userId: target.id, password: make('viewer@example.com') })).toMatchObject({ ok: false, fieldErrors: { password: expect.stringContaining('too easy') } });
    const { createAccount } = await import('@/lib/data/auth/accounts');
    await expect(createAccount(fx.prisma, { email: 'cli.operator@example.com', password: make('cli.operator@example.com'), role: 'admin' })).rejects.toThrow(/too easy to guess/);
    expect(await fx.prisma.user.count({ where: { email: { in: ['newadmin@example.com', 'cli.operator@example.com'] } } })).toBe(0);
  });

  it('refuses the current password with a character added, and accepts a passphrase', async () => {
    const { actor } = await signInNewAccount(fx.prisma, 'phrase@example.com', 'viewer');
    expect(await users.changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: `${PASSWORD}!` })).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.stringContaining('too easy') } });
    expect(await users.createUser(fx.actors.admin, { email: 'newadmin@example.com', password: 'orbit canyon pickle 7 lantern', role: 'editor' })).toMatchObject({ ok: true });
  });
});
