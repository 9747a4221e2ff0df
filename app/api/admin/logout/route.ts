import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/config';
import { checkSameOriginHeaders } from '@/lib/auth/origin';
import { clientIp } from '@/lib/auth/request';
import { endSession } from '@/lib/data/auth/sessions';

export const dynamic = 'force-dynamic';

/** POST (the sign-out form): deletes the session row, so the cookie is dead even if kept. */
export async function POST(request: NextRequest) {
  if (!checkSameOriginHeaders(request.headers, request.nextUrl.protocol).ok) return NextResponse.json({ message: 'Cross-origin request refused.' }, { status: 403 });
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (token) await endSession(token, clientIp(request.headers));
  // A relative Location: behind a proxy, request.url may name an internal host.
  const response = new NextResponse(null, { status: 303, headers: { location: '/admin/login' } });
  response.cookies.set(SESSION_COOKIE, '', { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 0 });
  response.headers.set('cache-control', 'no-store');
  return response;
}
