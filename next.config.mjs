import { fileURLToPath } from 'node:url';
import { securityHeaders } from './lib/security-headers.mjs';

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
  // Security headers on every response, 404s and static files included. Public pages are static,
  // so their CSP cannot carry a nonce; proxy.ts replaces it with a nonce-based one on /admin.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
