import 'server-only';
import { db } from '@/lib/db';
import { AuthorizationError, assertRole, type Actor } from '@/lib/auth/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { writeAudit } from '@/lib/data/admin/audit';
import { changeOwnPasswordInputSchema, createUserInputSchema, fieldErrorsOf, updateUserInputSchema } from '@/lib/schemas/admin';

// Staff accounts. Admins manage them; disabling a user or changing a password deletes that user's
// sessions in the same transaction, so the change takes effect on the next request.

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
    // Any change to who someone is or how they sign in ends their sessions at once.
    const revoked = (await tx.session.deleteMany({ where: { userId } })).count;
    await writeAudit(tx, actor, {
      action: 'user.update', entity: 'users', entityKey: after.email,
      before: publicView(before), after: { ...publicView(after), passwordChanged: password !== undefined, sessionsRevoked: revoked },
    });
    return { ok: true, message: `Updated ${after.email}; ${revoked} session(s) ended.` };
  });
}

/** Any signed-in user: change one's own password (ends every session, this one too). */
export async function changeOwnPassword(actor: Actor | null, input: unknown): Promise<UserResult> {
  assertRole(actor, 'viewer');
  const parsed = changeOwnPasswordInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Some fields need attention.', fieldErrors: fieldErrorsOf(parsed.error) };
  const user = await db.user.findUnique({ where: { id: actor.userId } });
  if (!user) throw new AuthorizationError(401, 'Sign in first.');
  if (!(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) return { ok: false, message: 'The current password is incorrect.', fieldErrors: { currentPassword: 'incorrect' } };
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, actor, { action: 'user.password', entity: 'users', entityKey: user.email });
  });
  return { ok: true, message: 'Password changed. Sign in again.' };
}
