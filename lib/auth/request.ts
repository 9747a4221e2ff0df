import 'server-only';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect, unauthorized } from 'next/navigation';
import { AuthorizationError, assertRole, type Actor } from '@/lib/auth/actor';
import { SESSION_COOKIE, type Role } from '@/lib/auth/config';
import { checkSameOriginHeaders } from '@/lib/auth/origin';
import { validateSessionToken } from '@/lib/data/auth/sessions';
import { readEnv } from '@/lib/env';
import { clientAddressOf } from '@/lib/http/client-address';

// The request side of authorization: reads the session cookie and the Origin, and turns a
// refusal into 401/403 (unauthorized()/forbidden(), which Next answers with those statuses).

/** The client's address: the TCP peer, or with TRUST_PROXY set that many hops into X-Forwarded-For (lib/http/client-address.ts). */
export function clientIp(h: Headers): string | null {
  return clientAddressOf(h, readEnv().TRUST_PROXY);
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
