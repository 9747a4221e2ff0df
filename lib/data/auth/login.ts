import 'server-only';
import { db } from '@/lib/db';
import { LOGIN_MAX_FAILURES_PER_ACCOUNT, LOGIN_MAX_FAILURES_PER_IP, LOGIN_WINDOW_MS } from '@/lib/auth/config';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { createSession } from '@/lib/data/auth/sessions';
import { writeAudit } from '@/lib/data/admin/audit';
import { loginSchema } from '@/lib/schemas/admin';

export type LoginResult =
  | { status: 'ok'; token: string; expiresAt: Date }
  | { status: 'invalid' }
  | { status: 'throttled' };

/** Same words whether the email exists or not: the response never tells which. */
export const LOGIN_INVALID_MESSAGE = 'Email or password is incorrect.';
export const LOGIN_THROTTLED_MESSAGE = 'Too many failed sign-ins. Wait 15 minutes and try again.';

async function recentFailures(email: string, ip: string | null): Promise<{ account: number; ip: number }> {
  const since = new Date(Date.now() - LOGIN_WINDOW_MS);
  // A success for the account resets its count; the IP count does not reset.
  const lastSuccess = await db.auditLog.findFirst({ where: { action: 'login.success', actorEmail: email, at: { gte: since } }, orderBy: { id: 'desc' }, select: { at: true } });
  const accountSince = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const [account, byIp] = await Promise.all([
    db.auditLog.count({ where: { action: 'login.failure', actorEmail: email, at: { gt: accountSince } } }),
    ip ? db.auditLog.count({ where: { action: 'login.failure', ip, at: { gte: since } } }) : Promise.resolve(0),
  ]);
  return { account, ip: byIp };
}

const overLimit = (failures: { account: number; ip: number }, allowed: number) =>
  failures.account > LOGIN_MAX_FAILURES_PER_ACCOUNT - allowed || failures.ip > LOGIN_MAX_FAILURES_PER_IP - allowed;

/** Email + password sign-in with per-account and per-IP throttling; every attempt is audited. */
export async function attemptLogin(input: unknown, ip: string | null): Promise<LoginResult> {
  const parsed = loginSchema.safeParse(input);
  const email = parsed.success ? parsed.data.email : typeof (input as { email?: unknown })?.email === 'string' ? String((input as { email: string }).email).trim().toLowerCase().slice(0, 320) : '';
  const audit = (action: string) => db.$transaction((tx) => writeAudit(tx, null, { action, actorEmail: email || null, ip }));

  if (overLimit(await recentFailures(email, ip), 1)) {
    await audit('login.throttled');
    return { status: 'throttled' };
  }
  // Claim the attempt before checking anything: it is recorded as a failure first and the count
  // taken after. Of simultaneous attempts, each one's count includes every attempt that claimed
  // before it, so no more than the limit reach the password check.
  const claim = await audit('login.failure');
  if (overLimit(await recentFailures(email, ip), 0)) {
    await db.auditLog.update({ where: { id: claim }, data: { action: 'login.throttled' } });
    return { status: 'throttled' };
  }
  if (!parsed.success) return { status: 'invalid' };
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true, disabledAt: true } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!user || !valid || user.disabledAt !== null) return { status: 'invalid' };
  const session = await createSession(user.id);
  await db.auditLog.update({ where: { id: claim }, data: { action: 'login.success', actorId: user.id, actorEmail: user.email } });
  return { status: 'ok', ...session };
}
