import { isIP } from 'node:net';

// Who is asking: the address sign-in throttling, rate limits and the audit log key on. Only the
// TCP peer is a fact; X-Forwarded-For is whatever the client sent, unless a proxy we trust sits
// in front and appends the address it saw. TRUST_PROXY says how many such proxies there are.
//
// `next start` leaves a client's X-Forwarded-For as it is and only sets the peer when the header
// is absent (next 16.4.6, base-server.js), so the peer cannot be read from the headers Next passes
// on. lib/http/peer-address.ts records it, with the X-Forwarded-For as it arrived, in a request
// header whose name is random per process, so no client can forge it.

const PEER_HEADER = Symbol.for('quantwise.peerHeader');
const MAX_FORWARDED_ENTRIES = 32;

/** The header name the peer hook writes, once lib/http/peer-address.ts is installed in this process. */
export function peerHeaderName(): string | undefined {
  return (globalThis as Record<symbol, string | undefined>)[PEER_HEADER];
}

export function setPeerHeaderName(name: string): void {
  (globalThis as Record<symbol, string | undefined>)[PEER_HEADER] = name;
}

/** An address as an IP string: IPv4-mapped IPv6 (::ffff:1.2.3.4) is the IPv4 address; anything else not an IP is null. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let address = raw.trim();
  if (address.startsWith('[') && address.includes(']')) address = address.slice(1, address.indexOf(']'));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client address: with `trustedHops` proxies in front, each appending the address it saw to
 * X-Forwarded-For, the client is the entry that many places left of the peer. With 0, the peer.
 * When the chain is shorter than configured (a request that bypassed the proxies), the leftmost
 * entry: the deployment must not let clients reach the app around its proxies (docs/deploy.md).
 */
export function clientAddress(peer: string | null, forwardedFor: string | null, trustedHops: number): string | null {
  if (trustedHops <= 0 || !forwardedFor) return normalizeAddress(peer);
  const chain = [...forwardedFor.split(',').slice(-MAX_FORWARDED_ENTRIES).map((entry) => entry.trim()).filter(Boolean), peer ?? ''];
  return normalizeAddress(chain[Math.max(0, chain.length - 1 - trustedHops)]);
}

/** What the peer hook recorded for this request: the TCP peer and X-Forwarded-For as it arrived. */
export function recordedPeer(headers: Headers): { peer: string | null; forwardedFor: string | null } | null {
  const name = peerHeaderName();
  const value = name ? headers.get(name) : null;
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as { peer?: unknown; forwardedFor?: unknown };
    return { peer: typeof parsed.peer === 'string' ? parsed.peer : null, forwardedFor: typeof parsed.forwardedFor === 'string' ? parsed.forwardedFor : null };
  } catch {
    return null;
  }
}

/** The client address of a request, or null when this process has no peer hook (tests, scripts). */
export function clientAddressOf(headers: Headers, trustedHops: number): string | null {
  const recorded = recordedPeer(headers);
  return recorded ? clientAddress(recorded.peer, recorded.forwardedFor, trustedHops) : null;
}

/** The key a per-address limit counts under: the address, or its /64 for IPv6 (one subscriber's whole prefix). */
export function rateLimitKey(address: string | null): string {
  if (!address) return 'unknown';
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
}

function expandIpv6(address: string): string[] | null {
  const [left = '', right] = address.split('::');
  const l = left ? left.split(':') : [];
  const r = right !== undefined && right !== '' ? right.split(':') : [];
  if (r.some((g) => g.includes('.')) || l.some((g) => g.includes('.'))) return null;
  const fill = right === undefined ? [] : Array<string>(8 - l.length - r.length).fill('0');
  const groups = [...l, ...fill, ...r];
  return groups.length === 8 ? groups.map((g) => g.padStart(4, '0')) : null;
}
