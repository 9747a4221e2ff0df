import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/content-security-policy.mjs';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('lets static public pages run inline scripts, and nothing from elsewhere', () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
  });

  it('gives per-request pages a nonce instead of inline scripts, with the same other directives', () => {
    const publicPolicy = contentSecurityPolicy();
    const adminPolicy = contentSecurityPolicy({ nonce: 'abc123' });
    expect(directive(adminPolicy, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    const others = (policy: string) => policy.split('; ').filter((d) => !d.startsWith('script-src '));
    expect(others(adminPolicy)).toEqual(others(publicPolicy));
  });

  it("allows eval only in development (Next's fast refresh)", () => {
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: 'n', dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: 'n' })).not.toContain("'unsafe-eval'");
  });
});
