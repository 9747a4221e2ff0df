import 'server-only';
import { db } from '@/lib/db';
import {
  DEVICE_LIFETIME_MS, DEVICE_MAX_FAILURES, DEVICES_PER_USER, LOGIN_ACCOUNT_MEMORY_MS, LOGIN_BACKOFF_BASE_MS,
  LOGIN_MAX_FAILURES_PER_ACCOUNT, LOGIN_MAX_FAILURES_PER_IP, LOGIN_WINDOW_MS,
} from '@/lib/auth/config';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { createSession } from '@/lib/data/auth/sessions';
import { generateSessionToken, sessionIdOf } from '@/lib/auth/tokens';
import { writeAudit } from '@/lib/data/admin/audit';
import { loginSchema } from '@/lib/schemas/admin';

// Sign-in that slows guessing without letting a stranger lock staff out.
// - Per client address (lib/http/client-address.ts, TRUST_PROXY): 20 failures in 15 minutes, then
//   429 for that address. A client cannot borrow another's address, so this limits only itself.
// - Per account: 5 failures since its last success are free; after that each attempt must wait
//   since the account's last failure, 30 s doubling per failure up to 15 minutes (429 with
//   Retry-After meanwhile). Guessing one account from many addresses gets a handful of tries an hour.
// - Known devices (OWASP's "device cookies"): a successful sign-in leaves a random token in an
//   HttpOnly cookie (its SHA-256 in KnownDevice). An attempt that carries a known device of the
//   account it names skips both limits above, so the right password from a device that signed in
//   recently always gets through; the device's own failures are counted, and it is forgotten after 5.
// Every attempt is audited (login.success, login.failure, login.throttled); the answer never says
// whether the account exists (unknown emails are throttled and timed like known ones).

export type LoginResult =
  | { status: 'ok'; token: string; expiresAt: Date; device: { token: string; expiresAt: Date } }
  | { status: 'invalid' }
  | { status: 'throttled'; retryAfterSeconds: number };

/** Same words whether the email exists or not: the response never tells which. */
export const LOGIN_INVALID_MESSAGE = 'Email or password is incorrect.';
export const loginThrottledMessage = (retryAfterSeconds: number) =>
  `Too many failed sign-ins. Try again in ${retryAfterSeconds < 90 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`}.`;

/** How long an account with `failures` failures since its last success must wait after the latest one. */
export function accountBackoffMs(failures: number): number {
  if (failures < LOGIN_MAX_FAILURES_PER_ACCOUNT) return 0;
  return Math.min(LOGIN_WINDOW_MS, LOGIN_BACKOFF_BASE_MS * 2 ** Math.min(30, failures - LOGIN_MAX_FAILURES_PER_ACCOUNT));
}

interface Throttle {
  /** Milliseconds until an attempt would be allowed; 0: allowed now. */
  waitMs: number;
}

/**
 * Whether an attempt at `now` may be checked, counting only audit rows before `beforeId` (the
 * attempt's own claim; Infinity before it claims). Rows are ordered by id, so of simultaneous
 * attempts each one sees exactly those that claimed before it.
 */
async function throttle(email: string, ip: string | null, now: number, beforeId: number, limits: { account: boolean; ip: boolean }): Promise<Throttle> {
  const idBefore = Number.isFinite(beforeId) ? { lt: beforeId } : undefined;
  let waitMs = 0;
  if (limits.ip && ip) {
    const since = new Date(now - LOGIN_WINDOW_MS);
    const failures = await db.auditLog.findMany({
      where: { action: 'login.failure', ip, at: { gte: since }, ...(idBefore ? { id: idBefore } : {}) },
      orderBy: { id: 'desc' }, take: LOGIN_MAX_FAILURES_PER_IP, select: { at: true },
    });
    // At the limit, the address waits until the oldest of the last LIMIT failures leaves the window.
    if (failures.length >= LOGIN_MAX_FAILURES_PER_IP) waitMs = Math.max(waitMs, failures.at(-1)!.at.getTime() + LOGIN_WINDOW_MS - now);
  }
  if (limits.account) {
    const memory = new Date(now - LOGIN_ACCOUNT_MEMORY_MS);
    const lastSuccess = await db.auditLog.findFirst({
      where: { action: 'login.success', actorEmail: email, at: { gte: memory }, ...(idBefore ? { id: idBefore } : {}) },
      orderBy: { id: 'desc' }, select: { id: true },
    });
    const where = { action: 'login.failure', actorEmail: email, at: { gte: memory }, id: { ...(lastSuccess ? { gt: lastSuccess.id } : {}), ...(idBefore ?? {}) } };
    const failures = await db.auditLog.count({ where });
    const backoff = accountBackoffMs(failures);
    if (backoff > 0) {
      const latest = await db.auditLog.findFirst({ where, orderBy: { id: 'desc' }, select: { at: true } });
      if (latest) waitMs = Math.max(waitMs, latest.at.getTime() + backoff - now);
    }
  }
  return { waitMs: Math.max(0, waitMs) };
}

/** The known device behind a cookie, when it belongs to the account the attempt names and has failures left. */
async function knownDeviceFor(deviceToken: string | null | undefined, email: string, now: number): Promise<{ id: string; userId: number } | null> {
  if (!deviceToken || deviceToken.length > 200 || !email) return null;
  const device = await db.knownDevice.findUnique({ where: { id: sessionIdOf(deviceToken) }, include: { user: { select: { email: true } } } });
  if (!device || device.user.email !== email) return null;
  if (device.expiresAt.getTime() <= now || device.failures >= DEVICE_MAX_FAILURES) {
    await db.knownDevice.deleteMany({ where: { id: device.id } });
    return null;
  }
  // Claim one of its failures before the password check, so simultaneous guesses from one stolen
  // cookie cannot exceed the device's allowance either; a success gives it back.
  const claimed = await db.knownDevice.updateMany({ where: { id: device.id, failures: { lt: DEVICE_MAX_FAILURES } }, data: { failures: { increment: 1 } } });
  return claimed.count === 1 ? { id: device.id, userId: device.userId } : null;
}

/** Registers (or renews) this browser as a known device of the user; returns the cookie's token. */
async function rememberDevice(userId: number, known: { id: string } | null, now: number): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(now + DEVICE_LIFETIME_MS);
  const token = generateSessionToken();
  await db.$transaction(async (tx) => {
    if (known) await tx.knownDevice.deleteMany({ where: { id: known.id } });
    await tx.knownDevice.create({ data: { id: sessionIdOf(token), userId, createdAt: new Date(now), lastUsedAt: new Date(now), expiresAt } });
    await tx.knownDevice.deleteMany({ where: { userId, expiresAt: { lte: new Date(now) } } });
    const keep = await tx.knownDevice.findMany({ where: { userId }, orderBy: { lastUsedAt: 'desc' }, take: DEVICES_PER_USER, select: { id: true } });
    await tx.knownDevice.deleteMany({ where: { userId, id: { notIn: keep.map((d) => d.id) } } });
  });
  return { token, expiresAt };
}

/** Email + password sign-in; `deviceToken` is the known-device cookie, when the browser sent one. */
export async function attemptLogin(input: unknown, ip: string | null, deviceToken?: string | null): Promise<LoginResult> {
  const now = Date.now();
  const parsed = loginSchema.safeParse(input);
  const email = parsed.success ? parsed.data.email : typeof (input as { email?: unknown })?.email === 'string' ? String((input as { email: string }).email).trim().toLowerCase().slice(0, 320) : '';
  const audit = (action: string, after?: object) => db.$transaction((tx) => writeAudit(tx, null, { action, actorEmail: email || null, ip, after }));

  const device = parsed.success ? await knownDeviceFor(deviceToken, email, now) : null;
  // A known device of this account answers for itself (its failures are counted on it).
  const limits = { account: device === null, ip: device === null };
  const before = await throttle(email, ip, now, Infinity, limits);
  if (before.waitMs > 0) {
    await audit('login.throttled');
    return { status: 'throttled', retryAfterSeconds: Math.ceil(before.waitMs / 1000) };
  }
  // Claim the attempt before checking anything: it is recorded as a failure first and the limits
  // evaluated after, over the rows claimed before it. Of simultaneous attempts, each one sees every
  // attempt that claimed before it, so no more than the limits allow reach the password check.
  const claim = await audit('login.failure', device ? { knownDevice: true } : undefined);
  const after = await throttle(email, ip, Date.now(), claim, limits);
  if (after.waitMs > 0) {
    await db.auditLog.update({ where: { id: claim }, data: { action: 'login.throttled' } });
    return { status: 'throttled', retryAfterSeconds: Math.ceil(after.waitMs / 1000) };
  }
  if (!parsed.success) return { status: 'invalid' };
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true, disabledAt: true } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!user || !valid || user.disabledAt !== null) return { status: 'invalid' };
  const session = await createSession(user.id);
  const remembered = await rememberDevice(user.id, device, now);
  await db.auditLog.update({ where: { id: claim }, data: { action: 'login.success', actorId: user.id, actorEmail: user.email } });
  return { status: 'ok', ...session, device: remembered };
}
