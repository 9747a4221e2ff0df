import 'server-only';
import { db } from '@/lib/db';
import { AuthorizationError, assertRole, type Actor } from '@/lib/auth/actor';
import { PASSWORD_CHANGE_MAX_FAILURES, LOGIN_WINDOW_MS } from '@/lib/auth/config';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { contextWords, passwordWeakness } from '@/lib/auth/password-strength';
import { writeAudit } from '@/lib/data/admin/audit';
import { changeOwnPasswordInputSchema, createUserInputSchema, fieldErrorsOf, updateUserInputSchema } from '@/lib/schemas/admin';

// Staff accounts. Admins manage them; disabling a user or changing a password deletes that user's
// sessions and known devices in the same transaction, so the change takes effect on the next
// request. Every new password must pass the strength policy (lib/auth/password-strength.ts).

export interface UserSummary {
  id: number;
  email: string;
  role: string;
  disabled: boolean;
  createdAt: string;
  activeSessions: number;
}

export type UserResult = { ok: true; message: string } | { ok: false; message: string; fieldErrors: Record<string, string> };

const publicView = (u: { email: string; role: string; disabledAt: Date | null }) => ({ email: u.email, role: u.role, disabled: u.disabledAt !== null });

export async function listUsers(actor: Actor | null): Promise<UserSummary[]> {
  assertRole(actor, 'admin');
  const users = await db.user.findMany({ orderBy: { email: 'asc' }, include: { _count: { select: { sessions: true } } } });
  return users.map((u) => ({ id: u.id, email: u.email, role: u.role, disabled: u.disabledAt !== null, createdAt: u.createdAt.toISOString(), activeSessions: u._count.sessions }));
}

export async function createUser(actor: Actor | null, input: unknown): Promise<UserResult> {
  assertRole(actor, 'admin');
  const parsed = createUserInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Some fields need attention.', fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, password, role } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, message: 'That email already has an account.', fieldErrors: { email: 'already has an account' } };
  const weakness = passwordWeakness(password, contextWords(email));
  if (weakness) return { ok: false, message: 'Some fields need attention.', fieldErrors: { password: weakness } };
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.create({ data: { email, passwordHash, role } });
    await writeAudit(tx, actor, { action: 'user.create', entity: 'users', entityKey: email, after: { email, role, disabled: false } });
  });
  return { ok: true, message: `Created ${email} (${role}).` };
}

export async function updateUser(actor: Actor | null, input: unknown): Promise<UserResult> {
  assertRole(actor, 'admin');
  const parsed = updateUserInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Some fields need attention.', fieldErrors: fieldErrorsOf(parsed.error) };
  const { userId, role, disabled, password } = parsed.data;
  if (password !== undefined) {
    const target = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
    const weakness = target ? passwordWeakness(password, contextWords(target.email)) : null;
    if (weakness) return { ok: false, message: 'Some fields need attention.', fieldErrors: { password: weakness } };
  }
  const passwordHash = password !== undefined ? await hashPassword(password) : undefined;
  return db.$transaction(async (tx): Promise<UserResult> => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) return { ok: false, message: 'No such user.', fieldErrors: {} };
    const demotesAdmin = before.role === 'admin' && ((role !== undefined && role !== 'admin') || disabled === true);
    if (demotesAdmin && (await tx.user.count({ where: { role: 'admin', disabledAt: null, id: { not: userId } } })) === 0) {
      return { ok: false, message: 'This is the last active admin: make another admin first.', fieldErrors: {} };
    }
    const after = await tx.user.update({
      where: { id: userId },
      data: {
        ...(role !== undefined ? { role } : {}),
        ...(disabled !== undefined ? { disabledAt: disabled ? (before.disabledAt ?? new Date()) : null } : {}),
        ...(passwordHash !== undefined ? { passwordHash } : {}),
      },
    });
    // Any change to who someone is or how they sign in ends their sessions at once, and a new
    // password or a disabled account also forgets their known devices.
    const revoked = (await tx.session.deleteMany({ where: { userId } })).count;
    if (passwordHash !== undefined || disabled === true) await tx.knownDevice.deleteMany({ where: { userId } });
    await writeAudit(tx, actor, {
      action: 'user.update', entity: 'users', entityKey: after.email,
      before: publicView(before), after: { ...publicView(after), passwordChanged: password !== undefined, sessionsRevoked: revoked },
    });
    return { ok: true, message: `Updated ${after.email}; ${revoked} session(s) ended.` };
  });
}

export const PASSWORD_CHANGE_THROTTLED_MESSAGE = 'Too many wrong current passwords. Wait 15 minutes and try again.';

/**
 * Any signed-in user: change one's own password (ends every session, this one too). Throttled: after
 * PASSWORD_CHANGE_MAX_FAILURES wrong current passwords in LOGIN_WINDOW_MS the form is refused, so a
 * borrowed session cannot be used to guess the password. Every attempt is audited
 * (user.password, user.password.failure, user.password.throttled).
 */
export async function changeOwnPassword(actor: Actor | null, input: unknown): Promise<UserResult> {
  assertRole(actor, 'viewer');
  const parsed = changeOwnPasswordInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Some fields need attention.', fieldErrors: fieldErrorsOf(parsed.error) };
  const user = await db.user.findUnique({ where: { id: actor.userId } });
  if (!user) throw new AuthorizationError(401, 'Sign in first.');
  const attempt = { entity: 'users', entityKey: user.email };
  // Claimed as a failure before the check, counted after (as sign-in does), so simultaneous
  // attempts cannot exceed the limit.
  const claim = await db.$transaction((tx) => writeAudit(tx, actor, { action: 'user.password.failure', ...attempt }));
  const failures = await db.auditLog.count({ where: { action: 'user.password.failure', entity: 'users', entityKey: user.email, at: { gte: new Date(Date.now() - LOGIN_WINDOW_MS) }, id: { lte: claim } } });
  if (failures > PASSWORD_CHANGE_MAX_FAILURES) {
    await db.auditLog.update({ where: { id: claim }, data: { action: 'user.password.throttled' } });
    return { ok: false, message: PASSWORD_CHANGE_THROTTLED_MESSAGE, fieldErrors: {} };
  }
  if (!(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) return { ok: false, message: 'The current password is incorrect.', fieldErrors: { currentPassword: 'incorrect' } };
  const weakness = passwordWeakness(parsed.data.newPassword, contextWords(user.email, [parsed.data.currentPassword]));
  if (weakness) {
    // Not a wrong guess: the current password was right.
    await db.auditLog.update({ where: { id: claim }, data: { action: 'user.password.rejected' } });
    return { ok: false, message: 'Some fields need attention.', fieldErrors: { newPassword: weakness } };
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.knownDevice.deleteMany({ where: { userId: user.id } });
    await tx.auditLog.update({ where: { id: claim }, data: { action: 'user.password' } });
  });
  return { ok: true, message: 'Password changed. Sign in again.' };
}
