import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/config';
import { checkSameOriginHeaders } from '@/lib/auth/origin';
import { contentSecurityPolicy } from '@/lib/content-security-policy.mjs';

// First line of defence, not the only one: every admin action, route handler and data function
// checks the session, role and Origin again itself.
// - State-changing requests (server actions anywhere, anything under /admin or /api/admin) with a
//   missing, `null` or foreign Origin, or a cross-site Sec-Fetch-Site, get 403 here.
// - Admin server actions without a session cookie get 401.
// - /admin pages get a per-request nonce-based CSP.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isAdmin = pathname === '/admin' || pathname.startsWith('/admin/') || pathname.startsWith('/api/admin/');
  const isAction = request.headers.has('next-action');

  if (!SAFE_METHODS.has(request.method) && (isAction || isAdmin)) {
    const verdict = checkSameOriginHeaders(request.headers, request.nextUrl.protocol);
    if (!verdict.ok) {
      return NextResponse.json({ message: 'Cross-origin request refused.' }, { status: 403, headers: { 'cache-control': 'no-store' } });
    }
    if (isAction && isAdmin && !request.cookies.has(SESSION_COOKIE)) {
      return NextResponse.json({ message: 'Sign in first.' }, { status: 401, headers: { 'cache-control': 'no-store' } });
    }
  }

  if (!isAdmin || pathname.startsWith('/api/')) return NextResponse.next();

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', csp);
  response.headers.set('cache-control', 'no-store');
  return response;
}

export const config = {
  matcher: [
    // Everything but static files; server actions may post to any page path.
    '/((?!_next/static|_next/image|favicon.ico).*)',
  ],
};
