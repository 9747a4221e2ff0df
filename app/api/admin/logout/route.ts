import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { SESSION_COOKIE } from '@/lib/auth/config';
import { checkSameOriginHeaders } from '@/lib/auth/origin';
import { clientIp } from '@/lib/auth/request';
import { invalidateSessionToken, validateSessionToken } from '@/lib/auth/session';
import { writeAudit } from '@/lib/data/admin/audit';

export const dynamic = 'force-dynamic';

/** POST (the sign-out form): deletes the session row, so the cookie is dead even if kept. */
export async function POST(request: NextRequest) {
  if (!checkSameOriginHeaders(request.headers, request.nextUrl.protocol).ok) return NextResponse.json({ message: 'Cross-origin request refused.' }, { status: 403 });
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (token) {
    const actor = await validateSessionToken(token, clientIp(request.headers));
    await invalidateSessionToken(token);
    if (actor) await db.$transaction((tx) => writeAudit(tx, actor, { action: 'logout' }));
  }
  // A relative Location: behind a proxy, request.url may name an internal host.
  const response = new NextResponse(null, { status: 303, headers: { location: '/admin/login' } });
  response.cookies.set(SESSION_COOKIE, '', { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 0 });
  response.headers.set('cache-control', 'no-store');
  return response;
}
