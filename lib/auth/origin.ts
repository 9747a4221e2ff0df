// One rule for every state-changing admin request (server actions, route handlers, proxy.ts):
// the Origin must be present and equal to this site's origin, and the browser must not call it
// cross-site. Next.js alone lets a request without Origin run (see TOOLCHAIN.md).

export interface OriginInput {
  origin: string | null;
  secFetchSite: string | null;
  host: string | null;
  /** http or https, as the request arrived. */
  protocol: string;
  /** SITE_URL, when configured: its origin is accepted too (behind a proxy that rewrites Host). */
  siteUrl?: string | undefined;
}

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function checkSameOrigin(input: OriginInput): OriginVerdict {
  if (input.secFetchSite && input.secFetchSite !== 'same-origin' && input.secFetchSite !== 'none') {
    return { ok: false, reason: `Sec-Fetch-Site: ${input.secFetchSite}` };
  }
  if (!input.origin || input.origin === 'null') return { ok: false, reason: 'missing Origin' };
  let origin: URL;
  try {
    origin = new URL(input.origin);
  } catch {
    return { ok: false, reason: 'malformed Origin' };
  }
  const allowed = new Set<string>();
  if (input.host) allowed.add(`${input.protocol.replace(/:$/, '')}://${input.host}`.toLowerCase());
  if (input.siteUrl) {
    try {
      allowed.add(new URL(input.siteUrl).origin.toLowerCase());
    } catch {
      // An invalid SITE_URL adds nothing.
    }
  }
  return allowed.has(origin.origin.toLowerCase()) ? { ok: true } : { ok: false, reason: `foreign Origin ${origin.origin}` };
}

/** The same check from a Headers object (route handlers, server actions, proxy). */
export function checkSameOriginHeaders(headers: Headers, protocol = 'http'): OriginVerdict {
  const forwardedProto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return checkSameOrigin({
    origin: headers.get('origin'),
    secFetchSite: headers.get('sec-fetch-site'),
    host: headers.get('host'),
    protocol: forwardedProto || protocol,
    siteUrl: process.env.SITE_URL,
  });
}
