/** The site's CSP: with a nonce for per-request pages (/admin), without for static ones. */
export function contentSecurityPolicy(options?: { nonce?: string; dev?: boolean }): string;
