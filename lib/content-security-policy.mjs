// The site's Content-Security-Policy, in one place for both of its users: next.config.mjs sets it
// on public pages, which are static and so cannot carry a nonce (inline scripts allowed), and
// proxy.ts sets it on /admin, which renders per request, with a fresh nonce each time. Plain JS
// (typed by the .d.mts beside it) because the Next config loads it before anything is compiled.

/**
 * @param {{ nonce?: string; dev?: boolean }} [options]
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, dev = false } = {}) {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    // Next's dev server evaluates code for fast refresh.
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ''}`,
    // React sets style attributes; no stylesheet comes from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
