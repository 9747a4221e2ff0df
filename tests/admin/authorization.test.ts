import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationError, type Actor } from '@/lib/auth/actor';
import { allowedOrigins, checkSameOrigin } from '@/lib/auth/origin';
import { setUpAdminFixture, type AdminFixture } from '@/tests/admin/support';

let fx: AdminFixture;
let data: typeof import('@/lib/data/admin/catalog');
let imports: typeof import('@/lib/data/admin/import');
let users: typeof import('@/lib/data/admin/users');
let audit: typeof import('@/lib/data/admin/audit');
let preview: typeof import('@/lib/data/admin/preview');
let history: typeof import('@/lib/data/admin/history');
let bulk: typeof import('@/lib/data/admin/bulk-edit');

beforeAll(async () => {
  fx = await setUpAdminFixture();
  data = await import('@/lib/data/admin/catalog');
  imports = await import('@/lib/data/admin/import');
  users = await import('@/lib/data/admin/users');
  audit = await import('@/lib/data/admin/audit');
  preview = await import('@/lib/data/admin/preview');
  history = await import('@/lib/data/admin/history');
  bulk = await import('@/lib/data/admin/bulk-edit');
});
afterAll(async () => {
  await fx.prisma.$disconnect();
  await fx.database.cleanup();
});

const hardwareEdit = { entity: 'hardware', key: 'geforce-rtx-4090', version: 1, record: {} };

describe('[ADMIN] every admin data function checks the actor itself', () => {
  // [name, call, least role that may call it]
  const calls: [string, (actor: Actor | null) => Promise<unknown>, 'viewer' | 'editor' | 'admin'][] = [
    ['listEntries', (a) => data.listEntries(a, 'hardware'), 'viewer'],
    ['getEntry', (a) => data.getEntry(a, 'hardware', 'geforce-rtx-4090'), 'viewer'],
    ['saveEntry', (a) => data.saveEntry(a, hardwareEdit), 'editor'],
    ['deleteEntry', (a) => data.deleteEntry(a, { entity: 'artifacts', key: 'x', version: 1 }), 'editor'],
    ['exportCatalog', (a) => data.exportCatalog(a), 'editor'],
    ['importCatalog', (a) => imports.importCatalog(a, { json: '{}', dryRun: true }), 'editor'],
    ['previewEntry', (a) => preview.previewEntry(a, { entity: 'hardware', key: null, record: {} }), 'editor'],
    ['listUsers', (a) => users.listUsers(a), 'admin'],
    ['createUser', (a) => users.createUser(a, { email: 'new@example.com', password: 'a long enough password', role: 'admin' }), 'admin'],
    ['updateUser', (a) => users.updateUser(a, { userId: 1, role: 'admin' }), 'admin'],
    ['listAudit', (a) => audit.listAudit(a, {}), 'admin'],
    ['referenceOptions', (a) => data.referenceOptions(a, 'artifacts'), 'viewer'],
    ['entryHistory', (a) => history.entryHistory(a, 'hardware', 'geforce-rtx-4090'), 'viewer'],
    ['revertChange', (a) => history.revertChange(a, { auditId: 1, version: 1 }), 'editor'],
    ['bulkEdit', (a) => bulk.bulkEdit(a, { entity: 'hardware', field: 'notes', value: 'x', rows: [{ key: 'geforce-rtx-4090', version: 1 }], dryRun: false }), 'editor'],
  ];
  const rank = { viewer: 0, editor: 1, admin: 2 } as const;

  it.each(calls)('%s refuses anonymous callers (401) and lower roles (403), writing nothing', async (_name, call, least) => {
    const before = await fx.fingerprint();
    await expect(call(null)).rejects.toMatchObject({ name: 'AuthorizationError', status: 401 });
    for (const role of ['viewer', 'editor'] as const) {
      if (rank[role] >= rank[least]) continue;
      const error = await call(fx.actors[role]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthorizationError);
      expect((error as AuthorizationError).status).toBe(403);
    }
    expect(await fx.fingerprint()).toBe(before);
  });

  it('a forged actor object (not from a session) is still checked by role', async () => {
    const forged = { userId: 999, email: 'x@example.com', role: 'nobody', sessionId: 'x', ip: null } as unknown as Actor;
    await expect(data.saveEntry(forged, hardwareEdit)).rejects.toBeInstanceOf(Error);
  });
});

describe('[ADMIN] Origin check', () => {
  const site = { secFetchSite: 'same-origin', allowedOrigins: ['https://quantwise.example/'] };
  it.each([
    ['SITE_URL origin', { ...site, origin: 'https://quantwise.example' }, true],
    ['missing Origin', { ...site, origin: null }, false],
    ['"null" Origin', { ...site, origin: 'null' }, false],
    ['foreign Origin', { ...site, origin: 'https://evil.example' }, false],
    ['scheme mismatch', { ...site, origin: 'http://quantwise.example' }, false],
    ['port mismatch', { ...site, origin: 'https://quantwise.example:8443' }, false],
    ['cross-site fetch', { ...site, origin: 'https://quantwise.example', secFetchSite: 'cross-site' }, false],
    ['same-site (sibling subdomain)', { ...site, origin: 'https://quantwise.example', secFetchSite: 'same-site' }, false],
    ['not http(s)', { ...site, origin: 'javascript://quantwise.example' }, false],
  ])('%s', (_name, input, ok) => {
    expect(checkSameOrigin(input).ok).toBe(ok);
  });

  it('trusts SITE_URL, never the Host header; the request’s own origin only in development without SITE_URL', () => {
    const request = new Headers({ host: 'evil.example' });
    expect(allowedOrigins(request, 'https', { NODE_ENV: 'production', SITE_URL: 'https://quantwise.example' })).toEqual(['https://quantwise.example']);
    expect(allowedOrigins(request, 'https', { NODE_ENV: 'production' })).toEqual(['http://localhost:3000']);
    expect(allowedOrigins(request, 'https', { NODE_ENV: 'development', SITE_URL: 'https://quantwise.example' })).toEqual(['https://quantwise.example']);
    expect(allowedOrigins(request, 'http:', { NODE_ENV: 'development' })).toEqual(['http://localhost:3000', 'http://evil.example']);
  });
});
