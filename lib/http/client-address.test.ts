import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientAddress, clientAddressOf, normalizeAddress, rateLimitKey, setPeerHeaderName } from '@/lib/http/client-address';

describe('the client address under TRUST_PROXY', () => {
  it.each([
    // [peer, X-Forwarded-For as it arrived, trusted hops, client]
    ['203.0.113.7', null, 0, '203.0.113.7'],
    ['203.0.113.7', '10.9.9.9', 0, '203.0.113.7'],
    ['10.0.0.2', '198.51.100.4', 1, '198.51.100.4'],
    ['10.0.0.2', 'forged, 198.51.100.4', 1, '198.51.100.4'],
    ['10.0.0.3', 'forged, 198.51.100.4, 10.0.0.2', 2, '198.51.100.4'],
    ['::ffff:127.0.0.1', null, 0, '127.0.0.1'],
    ['10.0.0.2', 'not-an-ip', 1, null],
    ['10.0.0.2', '[2001:db8::1]', 1, '2001:db8::1'],
  ] as const)('peer %s, X-Forwarded-For %s, %s trusted hop(s) → %s', (peer, forwardedFor, hops, expected) => {
    expect(clientAddress(peer, forwardedFor, hops)).toBe(expected);
  });

  it('with no trusted proxy, nothing a client puts in X-Forwarded-For changes the answer', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.array(fc.oneof(fc.ipV4(), fc.string()), { maxLength: 8 }), (peer, entries) => {
        expect(clientAddress(peer, entries.join(', '), 0)).toBe(peer);
      }),
    );
  });

  it('with N trusted proxies, a client can only choose entries the proxies do not append', () => {
    fc.assert(
      fc.property(fc.array(fc.ipV4(), { maxLength: 5 }), fc.ipV4(), fc.array(fc.ipV4(), { minLength: 1, maxLength: 3 }), (forged, client, proxies) => {
        // The client sends `forged`; the first proxy appends the client, each next proxy the one before it.
        const appended = [client, ...proxies.slice(0, -1)];
        expect(clientAddress(proxies.at(-1)!, [...forged, ...appended].join(', '), proxies.length)).toBe(client);
      }),
    );
  });

  it('reads the peer only from the header the peer hook of this process writes', () => {
    setPeerHeaderName('x-quantwise-peer-test');
    const recorded = new Headers({ 'x-quantwise-peer-test': JSON.stringify({ peer: '203.0.113.9', forwardedFor: '1.2.3.4' }), 'x-forwarded-for': '1.2.3.4' });
    expect(clientAddressOf(recorded, 0)).toBe('203.0.113.9');
    expect(clientAddressOf(recorded, 1)).toBe('1.2.3.4');
    expect(clientAddressOf(new Headers({ 'x-forwarded-for': '1.2.3.4', 'x-quantwise-peer': '{"peer":"5.6.7.8"}' }), 0)).toBeNull();
  });

  it('counts an IPv6 client by its /64 and an IPv4 client by its address', () => {
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe('2001:0db8:0001:0002::/64');
    expect(rateLimitKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:0db8:0001:0002::/64');
    expect(rateLimitKey('198.51.100.4')).toBe('198.51.100.4');
    expect(rateLimitKey(null)).toBe('unknown');
    expect(normalizeAddress('  ::FFFF:10.1.2.3 ')).toBe('10.1.2.3');
  });
});
