import { NextResponse, type NextRequest } from 'next/server';
import { DEVICE_COOKIE, SESSION_COOKIE } from '@/lib/auth/config';
import { LOGIN_INVALID_MESSAGE, attemptLogin, loginThrottledMessage } from '@/lib/data/auth/login';
import { checkSameOriginHeaders } from '@/lib/auth/origin';
import { clientIp } from '@/lib/auth/request';

export const dynamic = 'force-dynamic';

const json = (status: number, body: object, headers: Record<string, string> = {}) => NextResponse.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });

/**
 * POST {email, password}: 200 with the session cookie and the known-device cookie; 401 (same words
 * for an unknown email and a wrong password); 429 with Retry-After when throttled (lib/auth/login.ts).
 */
export async function POST(request: NextRequest) {
  if (!checkSameOriginHeaders(request.headers, request.nextUrl.protocol).ok) return json(403, { message: 'Cross-origin request refused.' });
  let body: unknown = null;
  try {
    const text = await request.text();
    body = text.length <= 4096 ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const result = await attemptLogin(body, clientIp(request.headers), request.cookies.get(DEVICE_COOKIE)?.value);
  if (result.status === 'throttled') return json(429, { message: loginThrottledMessage(result.retryAfterSeconds) }, { 'retry-after': String(result.retryAfterSeconds) });
  if (result.status === 'invalid') return json(401, { message: LOGIN_INVALID_MESSAGE });
  const response = json(200, { ok: true });
  response.cookies.set(SESSION_COOKIE, result.token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', expires: result.expiresAt });
  // Only ever sent back to this site's own requests; read only by the sign-in route.
  response.cookies.set(DEVICE_COOKIE, result.device.token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/', expires: result.device.expiresAt });
  return response;
}
