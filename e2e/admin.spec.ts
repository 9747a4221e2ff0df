import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { E2E_ADMIN } from '../playwright.config';

// Admin, end to end against the production build: sign-in, an edit that reaches the public page
// and the estimate API at once, sign-out revoking the cookie; and the security inventory: every
// admin server action in the build refuses anonymous and under-privileged callers, and forged,
// missing or `null` Origins, with nothing written.

const ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;
const DB_FILE = path.resolve('data/e2e.db');
const COOKIE = '__Host-quantwise_session';
const GPU = 'geforce-rtx-3060-12gb';
const USERS = {
  editor: { email: 'editor@e2e.test', password: 'copper kettle sings beneath winter pines' },
  viewer: { email: 'viewer@e2e.test', password: 'silent meadow holds seven paper lanterns' },
};

/** A digest of everything an admin action may write, read straight from the database file. */
function fingerprint(): string {
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const tables = ['Model', 'QuantFormat', 'Artifact', 'Hardware', 'Runtime', 'Measurement'];
    const parts = tables.map((t) => db.prepare(`SELECT count(*) || ':' || total(version) AS v FROM "${t}"`).get() as { v: string });
    const users = db.prepare(`SELECT count(*) || ':' || ifnull(group_concat(passwordHash || role || ifnull(disabledAt, '')), '') AS v FROM "User"`).get() as { v: string };
    const audit = db.prepare(`SELECT count(*) AS v FROM "AuditLog" WHERE action NOT LIKE 'login%'`).get() as { v: number };
    return [...parts.map((p) => p.v), users.v, audit.v].join('|');
  } finally {
    db.close();
  }
}

/** Signs in on a throwaway request context (so the shared one keeps no cookie) and returns the session token. */
async function signIn(_request: APIRequestContext, user: { email: string; password: string }): Promise<string> {
  const context = await playwrightRequest.newContext({ baseURL: ORIGIN });
  const response = await context.post('/api/admin/login', { headers: { origin: ORIGIN }, data: user });
  await context.dispose();
  expect(response.status(), `sign-in of ${user.email}`).toBe(200);
  const cookie = response.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith(`${COOKIE}=`))!;
  return cookie.value.split(';')[0]!.slice(COOKIE.length + 1);
}

interface ActionEntry { id: string; name: string; file: string; path: string }

/** Every admin server action in the build, with a page that serves it. */
function adminActions(): ActionEntry[] {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const out: ActionEntry[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    const workers = Object.keys(entry.workers);
    const file = entry.filename ?? '';
    const isAdmin = file ? file.includes('lib/actions/admin/') : workers.every((w) => w.startsWith('app/(admin)/'));
    if (!isAdmin) continue;
    const worker = workers.find((w) => w.startsWith('app/(admin)/')) ?? workers[0]!;
    const route = worker.replace(/^app/, '').replace(/\/\([^)]+\)/g, '').replace(/\/page$/, '').replace('[entity]', 'hardware').replace('[key]', GPU) || '/';
    out.push({ id, name: entry.exportedName ?? id, file, path: route });
  }
  return out;
}

/** React's reply encoding escapes strings that start with "$" (they would read as references). */
function encodeReply(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeReply);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeReply(v)]));
  return value;
}

async function callAction(request: APIRequestContext, action: ActionEntry, args: unknown[], headers: Record<string, string | undefined>) {
  const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>;
  return request.post(action.path, {
    headers: { 'next-action': action.id, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', ...clean },
    data: JSON.stringify(encodeReply(args)),
    maxRedirects: 0,
  });
}

test.describe.configure({ mode: 'serial', timeout: 90_000 });

test.beforeAll(() => {
  const env = { ...process.env, DATABASE_URL: 'file:./data/e2e.db' };
  for (const [role, user] of Object.entries(USERS)) {
    execFileSync('npx', ['tsx', 'scripts/admin-create.ts', '--email', user.email, '--password', user.password, '--role', role, '--reset'], { env, stdio: 'pipe' });
  }
});

test('[ADMIN] an editor signs in, changes a GPU’s bandwidth, sees the public page and the estimate move, signs out; the old cookie is then refused', async ({ page, request, context }) => {
  const estimate = async () => {
    const response = await request.post('/api/v1/estimate', { data: { model: { slug: 'llama-3.1-8b-instruct' }, quant: 'Q4_K_M', hardware: { devices: [{ slug: GPU }] } } });
    expect(response.status()).toBe(200);
    return ((await response.json()) as { speed: { decodeTokensPerSec: { expected: number } } }).speed.decodeTokensPerSec.expected;
  };
  await page.goto(`/hardware/${GPU}`);
  await expect(page.getByRole('row', { name: /Memory bandwidth/ })).toContainText('360 GB/s');
  const decodeBefore = await estimate();
  // A cached wizard result for this GPU: its speed must move with the edit.
  const wizardResult = `/wizard/results/hw/gpu/gpu/${GPU}/ram/32/os/windows/use/chat/ctx/4096/pri/50/tool/auto`;
  const topSpeed = async () => {
    await page.goto(wizardResult);
    return (await page.getByTestId('recommendation').first().getByText(/Generates [\d.]+ tokens\/s/).textContent()) ?? '';
  };
  const wizardBefore = await topSpeed();

  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.getByLabel('Email').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === COOKIE)!;
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });

  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Hardware' }).click();
  await page.getByRole('searchbox').fill('3060 12');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: /RTX 3060 12/ }).first().click();
  await page.getByLabel('Memory bandwidth (GB/s)').fill('720');
  await page.getByRole('button', { name: 'Preview effect on estimates' }).click();
  const effect = page.getByRole('region', { name: 'Effect on estimates' });
  await expect(effect.getByRole('row', { name: /llama-3\.1-8b-instruct Q4_K_M/ })).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved \(version \d+\)/ })).toBeVisible();

  // Public page and estimate reflect it without a rebuild.
  await expect(async () => {
    await page.goto(`/hardware/${GPU}`);
    await expect(page.getByRole('row', { name: /Memory bandwidth/ })).toContainText('720 GB/s', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  // The estimate API reads the in-memory catalog snapshot, which the save invalidates.
  await expect.poll(estimate, { timeout: 10_000, intervals: [250, 500, 1000] }).toBeGreaterThan(decodeBefore * 1.5);
  // The cached wizard result was revalidated too.
  await expect.poll(topSpeed, { timeout: 15_000, intervals: [500, 1000] }).not.toBe(wizardBefore);

  // The write is audited with before and after.
  const db = new Database(DB_FILE, { readonly: true });
  const audit = db.prepare(`SELECT actorEmail, before, after FROM "AuditLog" WHERE action = 'update' AND entityKey = ? ORDER BY id DESC`).get(GPU) as { actorEmail: string; before: string; after: string };
  db.close();
  expect(audit.actorEmail).toBe(E2E_ADMIN.email);
  expect([JSON.parse(audit.before).bandwidthGBps, JSON.parse(audit.after).bandwidthGBps]).toEqual([360, 720]);

  await page.goto('/admin');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  expect((await context.cookies()).find((c) => c.name === COOKIE)).toBeUndefined();

  // The old cookie, replayed, is dead on the server.
  const replay = await request.get('/admin', { headers: { cookie: `${COOKIE}=${cookie.value}` }, maxRedirects: 0 });
  expect([303, 307]).toContain(replay.status());
  const [save] = adminActions().filter((a) => a.name === 'saveEntryAction');
  const refused = await callAction(request, save!, [{}], { origin: ORIGIN, cookie: `${COOKIE}=${cookie.value}` });
  expect(refused.status()).toBe(401);
});

test('[ADMIN] inventory: every admin server action in the build refuses anonymous, forged-session and under-privileged callers, writing nothing', async ({ request }) => {
  const actions = adminActions();
  const names = actions.map((a) => a.name);
  for (const expected of ['saveEntryAction', 'deleteEntryAction', 'previewEntryAction', 'createUserAction', 'updateUserAction', 'changeOwnPasswordAction']) {
    if (actions.some((a) => a.file)) expect(names).toContain(expected);
  }
  expect(actions.length).toBeGreaterThanOrEqual(6);
  const viewer = await signIn(request, USERS.viewer);
  const editor = await signIn(request, USERS.editor);
  const before = fingerprint();
  for (const action of actions) {
    const payload = [{ entity: 'hardware', key: null, version: null, record: {} }];
    const anonymous = await callAction(request, action, payload, { origin: ORIGIN });
    expect(anonymous.status(), `${action.name} anonymous`).toBe(401);
    const forged = await callAction(request, action, payload, { origin: ORIGIN, cookie: `${COOKIE}=forged-${action.id}` });
    expect(forged.status(), `${action.name} forged session`).toBe(401);
    if (action.name !== 'changeOwnPasswordAction') {
      const asViewer = await callAction(request, action, payload, { origin: ORIGIN, cookie: `${COOKIE}=${viewer}` });
      expect(asViewer.status(), `${action.name} as viewer`).toBe(403);
    }
    if (/User/.test(action.name) && action.name !== 'changeOwnPasswordAction') {
      const asEditor = await callAction(request, action, [{ email: 'x@e2e.test', password: 'long enough password', role: 'admin' }], { origin: ORIGIN, cookie: `${COOKIE}=${editor}` });
      expect(asEditor.status(), `${action.name} as editor`).toBe(403);
    }
  }
  expect(fingerprint()).toBe(before);
});

test('[ADMIN] forged, missing and `null` Origin on admin actions and routes → 403, nothing written', async ({ request }) => {
  const editor = await signIn(request, USERS.editor);
  const save = adminActions().find((a) => a.name === 'saveEntryAction' || a.path.includes(GPU))!;
  const db = new Database(DB_FILE, { readonly: true });
  const row = db.prepare(`SELECT version FROM "Hardware" WHERE slug = ?`).get(GPU) as { version: number };
  db.close();
  const before = fingerprint();
  const cookie = `${COOKIE}=${editor}`;
  for (const headers of [
    { origin: 'https://evil.example', cookie },
    { origin: undefined, cookie },
    { origin: 'null', cookie },
    { origin: ORIGIN, cookie, 'sec-fetch-site': 'cross-site' },
    { origin: 'https://evil.example', cookie, 'x-forwarded-host': 'evil.example' },
  ]) {
    const response = await callAction(request, save, [{ entity: 'hardware', key: GPU, version: row.version, record: { notes: 'forged' } }], headers);
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    const plain = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>;
    const logout = await request.post('/api/admin/logout', { headers: plain, maxRedirects: 0 });
    expect(logout.status()).toBe(403);
    const imported = await request.post('/api/admin/import?dryRun=0', { headers: plain, data: '{"format":"quantwise-catalog"}', maxRedirects: 0 });
    expect(imported.status(), `import ${JSON.stringify(headers)}`).toBe(403);
  }
  expect(fingerprint()).toBe(before);
  // The session survived the forged logouts.
  expect((await request.get('/admin', { headers: { cookie }, maxRedirects: 0 })).status()).toBe(200);
});

test('[ADMIN] catalog import: anonymous, viewer and oversized posts are refused; an editor previews then applies a file over 1 MB on the page', async ({ page, request }) => {
  const editor = await signIn(request, USERS.editor);
  const viewer = await signIn(request, USERS.viewer);
  const exported = (await (await request.get('/api/admin/export', { headers: { cookie: `${COOKIE}=${editor}` } })).json()) as { catalog: { hardware: { slug: string; notes: string }[] } };
  const before = fingerprint();
  const post = (query: string, cookie: string | null, body: string) =>
    request.post(`/api/admin/import${query}`, { headers: { origin: ORIGIN, ...(cookie ? { cookie: `${COOKIE}=${cookie}` } : {}), 'content-type': 'application/json' }, data: body });
  expect((await post('?dryRun=0', null, JSON.stringify(exported))).status()).toBe(401);
  expect((await post('?dryRun=0', viewer, JSON.stringify(exported))).status()).toBe(403);
  expect((await post('?dryRun=maybe', editor, JSON.stringify(exported))).status()).toBe(400);
  const oversized = await post('?dryRun=0', editor, ' '.repeat(5 * 1024 * 1024 + 1));
  expect(oversized.status()).toBe(413);
  expect(await oversized.json()).toMatchObject({ errors: [{ path: '(file)' }] });
  const broken = await post('?dryRun=0', editor, '{not json');
  expect(broken.status()).toBe(422);
  const binary = await request.post('/api/admin/import?dryRun=0', { headers: { origin: ORIGIN, cookie: `${COOKIE}=${editor}`, 'content-type': 'application/json' }, data: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) });
  expect(binary.status()).toBe(400);
  expect(fingerprint()).toBe(before);

  // One changed note, in a file indented to well past Next's 1 MB server-action limit and still under
  // the import's 5 MB cap (the widest indentation that fits: the catalog's own export keeps growing).
  const target = exported.catalog.hardware.find((h) => h.slug === GPU)!;
  const note = `imported note ${Date.now()}`;
  target.notes = note;
  const file = [8, 6, 4, 2].map((indent) => JSON.stringify(exported, null, indent)).find((f) => Buffer.byteLength(f) < 5 * 1024 * 1024 - 64 * 1024);
  if (file === undefined) throw new Error('even 2-space indentation takes the export past the 5 MB cap');
  expect(Buffer.byteLength(file)).toBeGreaterThan(1024 * 1024);

  await page.goto('/admin/login');
  await page.getByLabel('Email').fill(USERS.editor.email);
  await page.getByLabel('Password').fill(USERS.editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  await page.goto('/admin/import-export');
  await page.getByLabel('Catalog file (JSON, from Export)').setInputFiles({ name: 'catalog.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: 'Dry run: show the changes' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText('Dry run (nothing written): 0 new, 1 changed');
  await expect(status).toContainText(`hardware/${GPU}`);
  expect(fingerprint()).toBe(before);
  await page.getByRole('button', { name: 'Import these changes' }).click();
  await expect(status).toContainText('Imported: 0 new, 1 changed');
  const db = new Database(DB_FILE, { readonly: true });
  const row = db.prepare(`SELECT notes FROM "Hardware" WHERE slug = ?`).get(GPU) as { notes: string };
  db.close();
  expect(row.notes).toBe(note);
});

test('[ADMIN] invalid payloads over HTTP → validation errors, nothing written, the server stays healthy', async ({ request }) => {
  const editor = await signIn(request, USERS.editor);
  const save = adminActions().find((a) => a.name === 'saveEntryAction')!;
  const before = fingerprint();
  const payloads = fc.sample(fc.oneof(fc.jsonValue(), fc.record({ entity: fc.constantFrom('hardware', 'models', 'nope'), key: fc.constant(null), version: fc.constant(null), record: fc.jsonValue() })), { numRuns: 60, seed: 6 });
  for (const payload of payloads) {
    const response = await callAction(request, save, [payload], { origin: ORIGIN, cookie: `${COOKIE}=${editor}` });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('"ok":false');
  }
  expect(fingerprint()).toBe(before);
  expect((await request.get('/api/health')).status()).toBe(200);
});

test('[ADMIN] the Nth failed sign-in gets 429, and every failure is audited', async ({ request }) => {
  const email = 'brute@e2e.test';
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await request.post('/api/admin/login', { headers: { origin: ORIGIN }, data: { email, password: `guess ${i}` } })).status());
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  const db = new Database(DB_FILE, { readonly: true });
  const counts = db.prepare(`SELECT action, count(*) AS n FROM "AuditLog" WHERE actorEmail = ? GROUP BY action ORDER BY action`).all(email);
  db.close();
  expect(counts).toEqual([{ action: 'login.failure', n: 5 }, { action: 'login.throttled', n: 1 }]);
});

test('[ADMIN] security headers on public and admin responses; nonce CSP on /admin', async ({ request }) => {
  for (const url of ['/', '/hardware', '/admin/login', '/api/health']) {
    const headers = (await request.get(url)).headers();
    expect(headers['strict-transport-security'], url).toMatch(/max-age=\d+/);
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['referrer-policy'], url).toBeTruthy();
    if (url !== '/api/health') expect(headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
  }
  const admin = (await request.get('/admin/login')).headers()['content-security-policy'];
  expect(admin).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
});
