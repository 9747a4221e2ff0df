import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/config';
import { LOGIN_INVALID_MESSAGE, LOGIN_THROTTLED_MESSAGE, attemptLogin } from '@/lib/data/auth/login';
import { checkSameOriginHeaders } from '@/lib/auth/origin';
import { clientIp } from '@/lib/auth/request';

export const dynamic = 'force-dynamic';

const json = (status: number, body: object) => NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } });

/** POST {email, password}: 200 and the session cookie, 401 (same words for unknown email and wrong password), 429 when throttled. */
export async function POST(request: NextRequest) {
  if (!checkSameOriginHeaders(request.headers, request.nextUrl.protocol).ok) return json(403, { message: 'Cross-origin request refused.' });
  let body: unknown = null;
  try {
    const text = await request.text();
    body = text.length <= 4096 ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const result = await attemptLogin(body, clientIp(request.headers));
  if (result.status === 'throttled') return json(429, { message: LOGIN_THROTTLED_MESSAGE });
  if (result.status === 'invalid') return json(401, { message: LOGIN_INVALID_MESSAGE });
  const response = json(200, { ok: true });
  response.cookies.set(SESSION_COOKIE, result.token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', expires: result.expiresAt });
  return response;
}
