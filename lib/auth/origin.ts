import { readEnv } from '@/lib/env';

// One rule for every state-changing request (server actions, admin route handlers, proxy.ts): the
// Origin must be present and equal to the site's own origin, SITE_URL, and the browser must not
// call it cross-site. The Host header never decides: a client sets it, and a proxy may rewrite
// it. Only in development with SITE_URL unset is the request's own origin accepted instead (a
// dev server on any port). Next.js alone lets a request without Origin run (see TOOLCHAIN.md).

export interface OriginInput {
  origin: string | null;
  secFetchSite: string | null;
  /** The origins a request may come from: SITE_URL's (and in development the request's own). */
  allowedOrigins: readonly string[];
}

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

/** The origin part of a URL, lower-cased, or null when it is not an http(s) URL. */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function checkSameOrigin(input: OriginInput): OriginVerdict {
  if (input.secFetchSite && input.secFetchSite !== 'same-origin' && input.secFetchSite !== 'none') {
    return { ok: false, reason: `Sec-Fetch-Site: ${input.secFetchSite}` };
  }
  if (!input.origin || input.origin === 'null') return { ok: false, reason: 'missing Origin' };
  const origin = originOf(input.origin);
  if (!origin) return { ok: false, reason: 'malformed Origin' };
  const allowed = new Set(input.allowedOrigins.map(originOf).filter((o): o is string => o !== null));
  return allowed.has(origin) ? { ok: true } : { ok: false, reason: `foreign Origin ${origin}` };
}

/**
 * The origins this deployment accepts: SITE_URL's; in development with SITE_URL unset, also the
 * request's own (from Host and the protocol it arrived on).
 */
export function allowedOrigins(headers: Headers, protocol: string, env: Record<string, string | undefined> = process.env): string[] {
  const { SITE_URL, NODE_ENV } = readEnv(env);
  const origins = [SITE_URL];
  const host = headers.get('host');
  if (NODE_ENV === 'development' && !env.SITE_URL && host) origins.push(`${protocol.replace(/:$/, '')}://${host}`);
  return origins;
}

/** The same check from a Headers object (route handlers, server actions, proxy). */
export function checkSameOriginHeaders(headers: Headers, protocol = 'http'): OriginVerdict {
  return checkSameOrigin({ origin: headers.get('origin'), secFetchSite: headers.get('sec-fetch-site'), allowedOrigins: allowedOrigins(headers, protocol) });
}
