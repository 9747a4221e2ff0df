import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './lib/content-security-policy.mjs';

// Security headers on every response. /admin gets the nonce-based form of the CSP from proxy.ts
// (its pages render per request); public pages are static, so theirs cannot carry a nonce.
const publicContentSecurityPolicy = contentSecurityPolicy({ dev: process.env.NODE_ENV === 'development' });

const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run build:standalone` sets QUANTWISE_STANDALONE=1 for a self-contained server; `next start` wants none.
  output: process.env.QUANTWISE_STANDALONE === '1' ? 'standalone' : undefined,
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and Wasm packages stay as Node requires, not bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg', '@node-rs/argon2'],
  typedRoutes: false,
  experimental: {
    // unauthorized() / forbidden(): admin server actions answer 401 / 403.
    authInterrupts: true,
  },
  // Next's file-system page cache, plus a check that a cached page is newer than the latest catalog
  // change seen by this instance, so several instances on one database stay coherent.
  cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Everything except /admin (proxy.ts sets a nonce-based policy there).
      { source: '/:path((?!admin(?:/|$)).*)', headers: [{ key: 'Content-Security-Policy', value: publicContentSecurityPolicy }] },
    ];
  },
};

export default nextConfig;
