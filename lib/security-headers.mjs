// Security headers for every response, in one place for next.config.mjs (pages, route handlers,
// static files, 404s) and proxy.ts (the answers it gives itself: redirects, 400s, 413s).
// Plain JS (typed by the .d.mts beside it): the Next config loads it before anything is compiled.
import { contentSecurityPolicy } from './content-security-policy.mjs';

/** @type {{ key: string; value: string }[]} */
export const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  // /admin pages replace this with the nonce-based form of the policy (proxy.ts).
  { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev: process.env.NODE_ENV === 'development' }) },
];
