import 'server-only';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect, unauthorized } from 'next/navigation';
import { AuthorizationError, assertRole, type Actor } from '@/lib/auth/actor';
import { SESSION_COOKIE, type Role } from '@/lib/auth/config';
import { checkSameOriginHeaders } from '@/lib/auth/origin';
import { validateSessionToken } from '@/lib/data/auth/sessions';

// The request side of authorization: reads the session cookie and the Origin, and turns a
// refusal into 401/403 (unauthorized()/forbidden(), which Next answers with those statuses).

export function clientIp(h: Headers): string | null {
  // Behind a reverse proxy, the first X-Forwarded-For hop; `next start` alone sets it too.
  return h.get('x-forwarded-for')?.split(',')[0]?.trim().slice(0, 64) || h.get('x-real-ip')?.slice(0, 64) || null;
}

/** The signed-in actor, or null. */
export async function currentActor(): Promise<Actor | null> {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  return validateSessionToken(jar.get(SESSION_COOKIE)?.value, clientIp(h));
}

/** For server actions: same-origin check, then the session and role; answers 403/401 otherwise. */
export async function authorizeAction(role: Role): Promise<Actor> {
  const verdict = checkSameOriginHeaders(await headers());
  if (!verdict.ok) forbidden();
  const actor = await currentActor();
  if (!actor) unauthorized();
  try {
    assertRole(actor, role);
  } catch {
    forbidden();
  }
  return actor;
}

/** Maps an AuthorizationError thrown by the data layer to the HTTP answer. */
export function refuse(error: unknown): never {
  if (error instanceof AuthorizationError) {
    if (error.status === 401) unauthorized();
    forbidden();
  }
  throw error;
}

/** For admin pages: the actor, or a redirect to the sign-in page (403 page for a too-low role). */
export async function requirePageActor(role: Role = 'viewer'): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect('/admin/login');
  try {
    assertRole(actor, role);
  } catch {
    forbidden();
  }
  return actor;
}
