import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/config';
import { checkSameOriginHeaders } from '@/lib/auth/origin';
import { contentSecurityPolicy } from '@/lib/content-security-policy.mjs';
import { actionScope } from '@/lib/http/action-scope';
import { ACTION_BODY_LIMIT_BYTES, acceptsActions, checkActionForm, checkActionText, formActionIds, type ActionVerdict } from '@/lib/http/action-request';
import { checkPath, decodeSegments } from '@/lib/http/canonical-path';
import { securityHeaders } from '@/lib/security-headers.mjs';

// The first gate for every request but static files; never the only one: every admin action,
// route handler and data function checks the session, role and Origin again itself.
// - Addresses: one spelling per page (lib/http/canonical-path.ts): malformed %-escapes get 400,
//   invalid wizard links 400 naming the fields, other spellings a 308 to the canonical one,
//   impossible slugs a 404 without rendering. So the page cache only ever sees canonical paths.
// - State-changing requests (server actions anywhere, anything under /admin or /api/admin) with a
//   missing, `null` or foreign Origin (SITE_URL), or a cross-site Sec-Fetch-Site, get 403.
// - Server actions (lib/http/action-request.ts): only to pages with forms, at most 1 MB (413),
//   and only bodies React's decoder reads as our actions' arguments (400 otherwise), since Next
//   answers 500 for the rest. Admin actions without a session cookie get 401.
// - /admin pages get a per-request nonce-based CSP.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function withSecurityHeaders(response: NextResponse): NextResponse {
  for (const { key, value } of securityHeaders) if (!response.headers.has(key)) response.headers.set(key, value);
  response.headers.set('cache-control', 'no-store');
  return response;
}

const json = (status: number, message: string) => withSecurityHeaders(NextResponse.json({ message }, { status }));

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small page for a link that cannot be read: what is wrong, field by field, and a way on. */
function badLinkPage(problems: string[], wizard: boolean): NextResponse {
  const items = problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>This link has a problem · Quantwise</title><meta name="robots" content="noindex"></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>This ${wizard ? 'wizard ' : ''}link has a problem</h1><p>We could not read this address:</p><ul role="alert">${items}</ul><p><a href="${wizard ? '/wizard' : '/'}">${wizard ? 'Start the wizard again' : 'Go to the home page'}</a></p></body></html>`;
  return withSecurityHeaders(new NextResponse(html, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } }));
}

/** A page for an address that cannot name anything here (an impossible slug). */
function notFoundPage(api: boolean): NextResponse {
  if (api) return withSecurityHeaders(NextResponse.json({ error: { field: '(path)', message: 'no such resource' } }, { status: 404 }));
  const html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Page not found · Quantwise</title><meta name="robots" content="noindex"></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>Page not found</h1><p>We have no page at this address.</p><p>Try the <a href="/models">models</a>, the <a href="/hardware">hardware</a> or the <a href="/guides">guides</a>.</p></body></html>';
  return withSecurityHeaders(new NextResponse(html, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } }));
}

/** The path as it arrived, still percent-encoded (nextUrl may hold it decoded). */
function rawPathOf(request: NextRequest): string {
  try {
    return new URL(request.url).pathname;
  } catch {
    return request.nextUrl.pathname;
  }
}

/** Admin actions only from admin pages, the site's only from its own (lib/http/action-scope.ts). */
function scopeFits(actionId: string, adminPage: boolean): boolean {
  const scope = actionScope(actionId);
  return !((scope === 'admin' && !adminPage) || (scope === 'site' && adminPage));
}

const isMultipart = (contentType: string) => contentType.toLowerCase().startsWith('multipart/form-data');

/** Reads and checks a server-action request's body (the proxy gets its own copy; Next keeps the original). */
async function checkActionRequest(request: NextRequest, fetchAction: boolean, pageTakesActions: boolean, adminPage: boolean): Promise<ActionVerdict> {
  const tooLarge: ActionVerdict = { ok: false, status: 413, message: `The request body is larger than ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB.` };
  if (Number(request.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT_BYTES) return tooLarge;
  const contentType = request.headers.get('content-type') ?? '';
  const bytes = await request.arrayBuffer().catch(() => null);
  if (bytes === null) return { ok: false, status: 400, message: 'The request body could not be read.' };
  if (bytes.byteLength > ACTION_BODY_LIMIT_BYTES) return tooLarge;
  if (isMultipart(contentType)) {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
    } catch {
      return { ok: false, status: 400, message: 'Malformed action request: the form data cannot be read.' };
    }
    const entries = [...form.entries()].map(([name, value]) => [name, typeof value === 'string' ? value : { file: true as const }] as [string, string | { file: true }]);
    // A form without JavaScript names its action in $ACTION_ fields; any other form post renders the page as a GET would.
    if (!fetchAction && !pageTakesActions && entries.some(([name]) => name.startsWith('$ACTION_'))) return { ok: false, status: 400, message: 'This page takes no form submissions.' };
    if (!fetchAction && !formActionIds(entries).every((id) => scopeFits(id, adminPage))) return { ok: false, status: 400, message: 'This page does not take that form.' };
    return checkActionForm(entries, fetchAction);
  }
  if (!fetchAction) return { ok: true };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, message: 'Malformed action request: the body is not UTF-8 text.' };
  }
  return checkActionText(text);
}

export async function proxy(request: NextRequest) {
  const rawPath = rawPathOf(request);
  const { pathname } = request.nextUrl;
  const safe = SAFE_METHODS.has(request.method);

  if (safe) {
    const verdict = checkPath(rawPath);
    if (verdict.kind === 'redirect') return withSecurityHeaders(NextResponse.redirect(new URL(verdict.location + request.nextUrl.search, request.url), 308));
    // Answered here, unrendered: nothing for the page cache to see, whatever the address.
    if (verdict.kind === 'reject' && verdict.status === 404) return notFoundPage(rawPath.startsWith('/api/'));
    if (verdict.kind === 'reject') {
      if (rawPath.startsWith('/api/')) return withSecurityHeaders(NextResponse.json({ error: { field: '(path)', message: verdict.problems.join('; ') } }, { status: 400 }));
      return badLinkPage(verdict.problems, rawPath.startsWith('/wizard/'));
    }
  } else if (!decodeSegments(rawPath)) {
    return json(400, 'The address has a malformed %-escape.');
  }

  const isAdmin = pathname === '/admin' || pathname.startsWith('/admin/') || pathname.startsWith('/api/admin/');
  const fetchAction = request.headers.has('next-action');
  // A multipart POST to a page may be a form posted without JavaScript (its action named in
  // $ACTION_ fields); route handlers under /api/ read their own bodies.
  const formPost = request.method === 'POST' && !fetchAction && !pathname.startsWith('/api/') && isMultipart(request.headers.get('content-type') ?? '');

  if (!safe && (fetchAction || isAdmin)) {
    const verdict = checkSameOriginHeaders(request.headers, request.nextUrl.protocol);
    if (!verdict.ok) return json(403, 'Cross-origin request refused.');
    if (fetchAction && isAdmin && !request.cookies.has(SESSION_COOKIE)) return json(401, 'Sign in first.');
  }
  if (fetchAction && !acceptsActions(pathname)) return json(400, 'This page takes no form submissions.');
  if (fetchAction && !scopeFits(request.headers.get('next-action') ?? '', isAdmin)) return json(400, 'This page does not take that form.');
  if (fetchAction || formPost) {
    const verdict = await checkActionRequest(request, fetchAction, acceptsActions(pathname), isAdmin);
    if (!verdict.ok) return json(verdict.status, verdict.message);
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
