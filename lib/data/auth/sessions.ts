import 'server-only';
import { db } from '@/lib/db';
import { makeActor, type Actor } from '@/lib/auth/actor';
import { ROLES, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS, type Role } from '@/lib/auth/config';
import { generateSessionToken, sessionIdOf } from '@/lib/auth/tokens';
import { writeAudit } from '@/lib/data/admin/audit';

// Lucia-style server-side sessions: the cookie carries a random token, the table its SHA-256.
// Deleting the row revokes the session at once (logout, disabling a user, a password change).

export async function createSession(userId: number): Promise<{ token: string; expiresAt: Date }> {
  const token = generateSessionToken();
  const now = Date.now();
  const expiresAt = new Date(now + SESSION_ABSOLUTE_MS);
  await db.session.create({ data: { id: sessionIdOf(token), userId, createdAt: new Date(now), lastSeenAt: new Date(now), expiresAt } });
  return { token, expiresAt };
}

/** The actor behind a session token, or null when the session is unknown, expired, idle too long or its user disabled. */
export async function validateSessionToken(token: string | undefined | null, ip: string | null = null): Promise<Actor | null> {
  if (!token || token.length > 200) return null;
  const id = sessionIdOf(token);
  const session = await db.session.findUnique({ where: { id }, include: { user: { select: { id: true, email: true, role: true, disabledAt: true } } } });
  if (!session) return null;
  const now = Date.now();
  const expired = session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + SESSION_IDLE_MS <= now;
  if (expired || session.user.disabledAt !== null || !ROLES.includes(session.user.role as Role)) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: new Date(now) } });
  }
  return makeActor({ userId: session.user.id, email: session.user.email, role: session.user.role as Role, sessionId: id, ip });
}

export async function invalidateSessionToken(token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionIdOf(token) } });
}

/** Sign-out: the session row goes (the cookie is dead even if kept) and, for a live session, an audit row says so. */
export async function endSession(token: string, ip: string | null): Promise<void> {
  const actor = await validateSessionToken(token, ip);
  await invalidateSessionToken(token);
  if (actor) await db.$transaction((tx) => writeAudit(tx, actor, { action: 'logout' }));
}
