import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect as baseExpect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../playwright.config';
import { installAxe, pageProblems } from './support/page-checks';

// Issue 18, what an editor does and sees: two editors on one row lose nothing, an old export
// cannot revert a later edit, a change is reverted from the entry's history, numbers are typed
// as people write them, every error shows at once, a session that ends keeps the draft; and the
// admin pages pass the same checks as the public pages (axe, contrast, overflow, console).

const DB_FILE = path.resolve('data/e2e.db');
// Sign-in hashes with argon2 and saves run in transactions on two cores shared with other work: waits are generous.
const expect = baseExpect.configure({ timeout: 20_000 });
const EDITORS = {
  ana: { email: 'ana@e2e.test', password: 'violet harbor lamps drift past nine bridges' },
  ben: { email: 'ben@e2e.test', password: 'granite owls count slow autumn trains' },
};

function hardwareRow(slug: string): { notes: string; bandwidthGBps: number; memoryBytes: number; version: number } {
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT notes, bandwidthGBps, memoryBytes, version FROM "Hardware" WHERE slug = ?`).get(slug) as never;
  } finally {
    db.close();
  }
}

async function signedIn(browser: Browser, user: { email: string; password: string }, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signInOn(page, user);
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  return { context, page };
}

/** Opens an edit form and waits until it is interactive (its Save button is enabled once hydrated). */
async function openForm(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled({ timeout: 20_000 });
}

async function signInOn(page: Page, user: { email: string; password: string }, from = '/admin/login') {
  await page.goto(from);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(() => {
  const env = { ...process.env, DATABASE_URL: 'file:./data/e2e.db' };
  for (const user of Object.values(EDITORS)) {
    execFileSync('npx', ['tsx', 'scripts/admin-create.ts', '--email', user.email, '--password', user.password, '--role', 'editor', '--reset'], { env, stdio: 'pipe' });
  }
});

test('[ADMIN] two editors change different fields of one GPU from two tabs: the second save keeps the first one’s edit, nothing is lost', async ({ browser }) => {
  const gpu = 'geforce-rtx-2070';
  const ana = await signedIn(browser, EDITORS.ana);
  const ben = await signedIn(browser, EDITORS.ben);
  await openForm(ana.page, `/admin/hardware/${gpu}`);
  await openForm(ben.page, `/admin/hardware/${gpu}`);
  const note = `ana’s note ${Date.now()}`;
  await ana.page.getByRole('textbox', { name: /^Notes/ }).fill(note);
  // Relative to the stored value, so a retry of this serial file (after a later test failed) still changes it.
  const bandwidthBefore = hardwareRow(gpu).bandwidthGBps;
  const bandwidth = bandwidthBefore + 2;
  await ben.page.getByLabel('Memory bandwidth (GB/s)').fill(String(bandwidth));
  await ben.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ben.page.getByRole('status').filter({ hasText: /Saved \(version \d+\)/ })).toBeVisible();

  await ana.page.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = ana.page.getByRole('region', { name: 'Conflict' });
  await expect(conflict).toContainText('Kept from the saved version (changed by someone else)');
  await expect(conflict).toContainText(`Memory bandwidth (GB/s): ${bandwidthBefore} → ${bandwidth}`);
  await expect(conflict).toContainText('Kept from your edit');
  await expect(conflict).toContainText('No field was changed on both sides');
  await conflict.getByRole('button', { name: 'Save the merged entry' }).click();
  await expect(ana.page.getByRole('status').filter({ hasText: /Saved \(version \d+\)/ })).toBeVisible();
  expect(hardwareRow(gpu)).toMatchObject({ notes: note, bandwidthGBps: bandwidth });
  // The form now shows the merged entry, Ben's bandwidth included.
  await expect(ana.page.getByLabel('Memory bandwidth (GB/s)')).toHaveValue(String(bandwidth));
  await ana.context.close();
  await ben.context.close();
});

test('[ADMIN] both editors change the same field: nothing is chosen for the editor; saving waits for an explicit choice', async ({ browser }) => {
  const gpu = 'geforce-rtx-2080';
  const ana = await signedIn(browser, EDITORS.ana);
  const ben = await signedIn(browser, EDITORS.ben);
  await openForm(ana.page, `/admin/hardware/${gpu}`);
  await openForm(ben.page, `/admin/hardware/${gpu}`);
  const stamp = Date.now();
  await ben.page.getByRole('textbox', { name: /^Notes/ }).fill(`Ben’s wording ${stamp}`);
  await ben.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ben.page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
  await ana.page.getByRole('textbox', { name: /^Notes/ }).fill(`Ana’s wording ${stamp}`);
  await ana.page.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = ana.page.getByRole('region', { name: 'Conflict' });
  const save = conflict.getByRole('button', { name: 'Save the merged entry' });
  await expect(conflict).toContainText('Still to choose: Notes');
  await expect(save).toBeDisabled();
  await expect(conflict.getByRole('radio', { checked: true })).toHaveCount(0);
  await conflict.getByRole('radio', { name: /Saved: Ben’s wording/ }).check();
  await save.click();
  await expect(ana.page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
  expect(hardwareRow(gpu).notes).toBe(`Ben’s wording ${stamp}`);
  await ana.context.close();
  await ben.context.close();
});

test('[ADMIN] importing an export older than a colleague’s edit is a conflict in the dry run, the import is blocked, the edit survives', async ({ browser }) => {
  const gpu = 'geforce-rtx-2080-ti';
  const ana = await signedIn(browser, EDITORS.ana);
  const exported = await ana.context.request.get('/api/admin/export');
  expect(exported.status()).toBe(200);
  const file = (await exported.json()) as { catalog: { hardware: { slug: string; notes: string }[] }; versions: { hardware: Record<string, number> } };
  expect(file.versions.hardware[gpu]).toBe(hardwareRow(gpu).version);

  const ben = await signedIn(browser, EDITORS.ben);
  await openForm(ben.page, `/admin/hardware/${gpu}`);
  await ben.page.getByLabel('Memory bandwidth (GB/s)').fill('620');
  await ben.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ben.page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();

  file.catalog.hardware.find((h) => h.slug === gpu)!.notes = 'edited in the old export';
  await ana.page.goto('/admin/import-export');
  // Filled again until the page is interactive (a value typed before hydration is not in React's state).
  await expect(async () => {
    await ana.page.getByLabel('…or paste it').fill(JSON.stringify(file));
    await expect(ana.page.getByRole('button', { name: 'Dry run: show the changes' })).toBeEnabled({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await ana.page.getByRole('button', { name: 'Dry run: show the changes' }).click();
  const status = ana.page.getByRole('status');
  await expect(status).toContainText('1 in conflict');
  await expect(status).toContainText(`conflict hardware/${gpu}`);
  await expect(status).toContainText('saved since as version');
  await expect(ana.page.getByRole('button', { name: 'Import these changes' })).toBeDisabled();
  expect(hardwareRow(gpu)).toMatchObject({ bandwidthGBps: 620 });
  expect(hardwareRow(gpu).notes).not.toBe('edited in the old export');
  await ana.context.close();
  await ben.context.close();
});

test('[ADMIN] an editor reverts a change from the entry’s history; the revert is itself in the history', async ({ browser }) => {
  const gpu = 'geforce-rtx-3060-ti';
  const ana = await signedIn(browser, EDITORS.ana);
  const before = hardwareRow(gpu);
  await openForm(ana.page, `/admin/hardware/${gpu}`);
  await ana.page.getByLabel('Memory bandwidth (GB/s)').fill('999');
  await ana.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ana.page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
  expect(hardwareRow(gpu).bandwidthGBps).toBe(999);

  await ana.page.getByRole('link', { name: 'History' }).click();
  const newest = ana.page.getByRole('listitem').filter({ hasText: 'update' }).first();
  await expect(newest).toContainText(`Memory bandwidth (GB/s): ${before.bandwidthGBps} → 999`);
  await expect(newest).toContainText(EDITORS.ana.email);
  await expect(async () => {
    await newest.getByRole('button', { name: 'Revert…' }).click();
    await expect(newest.getByRole('button', { name: 'Yes, revert this change' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await newest.getByRole('button', { name: 'Yes, revert this change' }).click();
  await expect(ana.page.getByRole('listitem').filter({ hasText: 'revert' }).first()).toContainText(`Memory bandwidth (GB/s): 999 → ${before.bandwidthGBps}`);
  expect(hardwareRow(gpu)).toMatchObject({ bandwidthGBps: before.bandwidthGBps, version: before.version + 2 });
  await ana.context.close();
});

test('[ADMIN] numbers as people write them, every error at once in plain words, focus on the first', async ({ browser }) => {
  const gpu = 'geforce-rtx-3070';
  const ana = await signedIn(browser, EDITORS.ana);
  const { page } = ana;
  await openForm(page, `/admin/hardware/${gpu}`);
  const memory = page.getByLabel('Memory (bytes)');
  // Relative to the stored value (8 GiB in the seed), so a retry of this serial file still changes it.
  const startGiB = hardwareRow(gpu).memoryBytes / 2 ** 30;
  const targetGiB = startGiB === 8 ? 16 : 8;
  await expect(memory).toHaveValue(`${startGiB} GiB`);
  await memory.fill(`${targetGiB}gib`);
  await memory.blur();
  await expect(memory).toHaveValue(`${targetGiB} GiB`);
  await expect(page.getByText(`= ${(targetGiB * 2 ** 30).toLocaleString('en-US')} bytes`)).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('');
  await page.getByLabel('Memory bandwidth (GB/s)').fill('fast');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /need attention/ })).toBeVisible();
  await expect(page.getByLabel('Memory bandwidth (GB/s)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(page.locator('body')).not.toContainText('expected number');
  // Fixing a field clears its error at once.
  await page.getByLabel('Memory bandwidth (GB/s)').fill('448');
  await expect(page.getByLabel('Memory bandwidth (GB/s)')).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Name', { exact: true }).fill('NVIDIA GeForce RTX 3070');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
  expect(hardwareRow(gpu).memoryBytes).toBe(targetGiB * 2 ** 30);
  await ana.context.close();
});

test('[ADMIN] the session ends mid-edit: Save keeps the draft, sign-in returns to the form, the draft comes back', async ({ browser }) => {
  const gpu = 'geforce-rtx-3070-ti';
  const ana = await signedIn(browser, EDITORS.ana);
  const { page, context } = ana;
  await openForm(page, `/admin/hardware/${gpu}`);
  const draft = `draft kept ${Date.now()}`;
  await page.getByRole('textbox', { name: /^Notes/ }).fill(draft);
  await context.clearCookies();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your draft is kept in this browser' })).toBeVisible();
  expect(hardwareRow(gpu).notes).not.toBe(draft);
  await page.getByRole('link', { name: 'Sign in again' }).click();
  await expect(page).toHaveURL(/\/admin\/login\?next=/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await page.getByLabel('Email').fill(EDITORS.ana.email);
  await page.getByLabel('Password').fill(EDITORS.ana.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/hardware/${gpu}$`));
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
  await page.getByRole('region', { name: 'Unsaved draft' }).getByRole('button', { name: 'Restore my draft' }).click();
  await expect(page.getByRole('textbox', { name: /^Notes/ })).toHaveValue(draft);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
  expect(hardwareRow(gpu).notes).toBe(draft);
  await context.close();
});

test('[ADMIN] a catalog write re-renders the catalog pages, not /accuracy, which reads none of the catalog', async ({ browser }) => {
  const ana = await signedIn(browser, EDITORS.ana);
  const { page, context } = ana;
  // Rendered and cached since this server started (the build's prerenders count as stale once).
  const cache = async (path: string) => (await page.request.get(path)).headers()['x-nextjs-cache'];
  await expect.poll(() => cache('/accuracy'), { timeout: 60_000, intervals: [1000] }).toBe('HIT');
  await expect.poll(() => cache('/hardware'), { timeout: 60_000, intervals: [1000] }).toBe('HIT');
  await openForm(page, '/admin/hardware/geforce-rtx-3060-ti');
  await page.getByRole('textbox', { name: /^Notes/ }).fill(`accuracy stays cached ${Date.now()}`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved \(version \d+\)/ })).toBeVisible();
  // The hardware list is rendered again from the new catalog; /accuracy is served as cached.
  expect(await cache('/hardware')).not.toBe('HIT');
  expect(await cache('/accuracy')).toBe('HIT');
  await context.close();
});

test('[ADMIN] a draft kept from before the architecture had a field per value comes back into those fields', async ({ browser }) => {
  const model = 'llama-3.1-8b-instruct';
  const ana = await signedIn(browser, EDITORS.ana);
  const { page, context } = ana;
  // What the form stored then: the architecture as one JSON text under "architecture".
  const seeded = (JSON.parse(readFileSync('prisma/seed/models.json', 'utf8')) as { slug: string; architecture: Record<string, unknown> }[]).find((m) => m.slug === model)!;
  const oldDraft = { values: { architecture: JSON.stringify({ ...seeded.architecture, hiddenSize: 5120 }, null, 2) }, baseVersion: null, baseRecord: null, savedAt: '2026-11-20T10:00:00.000Z' };
  await page.evaluate(([key, text]) => window.localStorage.setItem(key!, text!), [`quantwise:draft:models/${model}`, JSON.stringify(oldDraft)]);
  await openForm(page, `/admin/models/${model}`);
  await expect(page.getByLabel('Hidden size')).toHaveValue('4096');
  await page.getByRole('region', { name: 'Unsaved draft' }).getByRole('button', { name: 'Restore my draft' }).click();
  await expect(page.getByLabel('Hidden size')).toHaveValue('5120');
  await expect(page.getByLabel('Layers', { exact: true })).toHaveValue('32');
  await context.close();
});

test('[ADMIN] lists page past 500 rows; a bulk edit of one field is previewed per row, then applied to exactly the chosen rows', async ({ browser }) => {
  const ana = await signedIn(browser, EDITORS.ana);
  const { page } = ana;
  await page.goto('/admin/artifacts?size=500&page=2');
  const artifacts = (() => {
    const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM "Artifact"`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  })();
  await expect(page.getByText(new RegExp(`^501–${artifacts} of ${artifacts}`))).toBeVisible();

  // A value neither row holds yet, so a retry of this serial file still changes both.
  const stored = (() => {
    const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT launchPriceUsd AS p FROM "Hardware" WHERE slug IN ('geforce-rtx-3080-10gb', 'geforce-rtx-3080-12gb')`).all() as { p: number | null }[]).map((r) => r.p);
    } finally {
      db.close();
    }
  })();
  let price = 1111;
  while (stored.includes(price)) price++;
  await page.goto('/admin/hardware?q=geforce-rtx-308&sort=launchPriceUsd');
  const bulk = page.getByRole('region', { name: 'Bulk edit' });
  const chosen = ['NVIDIA GeForce RTX 3080 10 GB', 'NVIDIA GeForce RTX 3080 12 GB'];
  await expect(async () => {
    await page.getByRole('checkbox', { name: `Choose ${chosen[0]}` }).check({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole('checkbox', { name: `Choose ${chosen[1]}` }).check();
  await expect(bulk).toContainText('2 chosen');
  await bulk.getByLabel('Field to set').selectOption({ label: 'Launch price (USD)' });
  await bulk.getByLabel('New value: Launch price (USD)').fill(price.toLocaleString('en-US'));
  const apply = bulk.getByRole('button', { name: 'Apply to 2 entries' });
  await expect(apply).toBeDisabled();
  await bulk.getByRole('button', { name: 'Preview the change' }).click();
  await expect(bulk.getByRole('status')).toContainText('Preview (nothing written): 2 of 2 entries change.');
  await expect(bulk.getByRole('status')).toContainText('Launch price (USD):');
  await apply.click();
  await expect(bulk.getByRole('status')).toContainText('Applied: 2 entries changed.');
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  const prices = db.prepare(`SELECT slug, launchPriceUsd FROM "Hardware" WHERE slug LIKE 'geforce-rtx-308%' ORDER BY slug`).all() as { slug: string; launchPriceUsd: number }[];
  db.close();
  expect(prices.filter((p) => p.launchPriceUsd === price).map((p) => p.slug)).toEqual(['geforce-rtx-3080-10gb', 'geforce-rtx-3080-12gb']);
  await ana.context.close();
});

test('[ADMIN] users: a role change applies only after its confirm button; a password is set in a form, not a browser prompt', async ({ browser }) => {
  const userRow = (email: string) => {
    const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(`SELECT role, passwordHash FROM "User" WHERE email = ?`).get(email) as { role: string; passwordHash: string };
    } finally {
      db.close();
    }
  };
  const admin = await signedIn(browser, E2E_ADMIN);
  const { page } = admin;
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected browser dialog: ${dialog.message()}`);
  });
  await page.goto('/admin/users');
  const row = page.getByRole('row', { name: new RegExp(EDITORS.ben.email) });
  await expect(async () => {
    await row.getByLabel(`Role of ${EDITORS.ben.email}`).selectOption('viewer', { timeout: 1000 });
    await expect(row.getByRole('button', { name: `Make ${EDITORS.ben.email} a viewer` })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  expect(userRow(EDITORS.ben.email).role).toBe('editor');
  await row.getByRole('button', { name: `Make ${EDITORS.ben.email} a viewer` }).click();
  await expect.poll(() => userRow(EDITORS.ben.email).role).toBe('viewer');

  const hashBefore = userRow(EDITORS.ben.email).passwordHash;
  await row.getByRole('button', { name: 'Set password…' }).click();
  const form = page.getByRole('form', { name: `New password for ${EDITORS.ben.email}` });
  await form.getByLabel(/New password/).fill(EDITORS.ben.password.split(' ').reverse().join(' '));
  await form.getByRole('button', { name: 'Save password' }).click();
  await expect.poll(() => userRow(EDITORS.ben.email).passwordHash).not.toBe(hashBefore);
  await admin.context.close();
});

const ADMIN_PAGES = [
  '/admin',
  '/admin/hardware',
  '/admin/hardware/geforce-rtx-3060-ti',
  '/admin/hardware/geforce-rtx-3060-ti/history',
  '/admin/models',
  '/admin/models/llama-3.1-8b-instruct',
  // Many architecture parts ticked at once: MLA, indexer, compressed attention, experts, MTP, RoPE scaling.
  '/admin/models/deepseek-v4-flash',
  '/admin/artifacts',
  '/admin/artifacts/llama-3.1-8b-instruct-iq1-m-llama.cpp',
  '/admin/models/new',
  '/admin/hardware/new',
  '/admin/audit',
  '/admin/import-export',
  '/admin/users',
  '/admin/account',
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`[PAGES] every admin page, ${colorScheme} theme, ${viewport.width} px: axe, contrast, no overflow, no console errors`, async ({ browser }) => {
      test.setTimeout(240_000);
      const phone = viewport.width < 500;
      const context = await browser.newContext({ viewport, colorScheme, isMobile: phone, hasTouch: phone });
      await installAxe(context);
      const page = await context.newPage();
      const problems: string[] = [];
      let current = '/admin/login';
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${current}: uncaught ${error.message}`));
      await page.goto('/admin/login');
      problems.push(...(await pageProblems(page, '/admin/login')));
      await signInOn(page, E2E_ADMIN);
      await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
      for (const path of ADMIN_PAGES) {
        current = path;
        const response = await page.goto(path);
        if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`);
        problems.push(...(await pageProblems(page, path)));
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }
}
