import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { E2E_CATALOG_SYNC_SECONDS } from '../playwright.config';
import { formatTokensPerSec } from '../lib/format';

test('[CATALOG] a reader filters the models, opens one and sees its files with sizes and sources', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Models' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Models' })).toBeVisible();

  await page.getByLabel('Family').selectOption('Llama 3.1');
  await page.getByLabel('Size').selectOption('small');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  // The form's answer is a cached permalink, canonical order, catalog values as slugs.
  await expect(page).toHaveURL(/\/models\/filter\/size\/small\/family\/llama-3\.1$/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: 'Llama 3.1 8B' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '70B' })).toHaveCount(0);

  await page.getByRole('link', { name: /Llama 3\.1 8B/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Llama 3.1 8B');
  await expect(page.getByRole('row', { name: /full attention.*\b8 KV heads/ })).toBeVisible();
  const files = page.getByRole('region', { name: 'Files' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Files' }) }));
  await expect(files.getByRole('cell', { name: 'Q4_K_M' }).first()).toBeVisible();
  await expect(files.getByText(/\d+(\.\d+)? GB/).first()).toBeVisible();
  await expect(files.getByRole('link', { name: /source/ }).first()).toHaveAttribute('href', /^https?:\/\//);
});

test('[CATALOG] a model page shows each figure group’s source beside it, and says plainly when nobody has verified it', async ({ page }) => {
  type Seeded = Record<string, string | number | null>;
  const seeded = (file: string) => JSON.parse(readFileSync(path.join('prisma/seed', file), 'utf8')) as Seeded[];
  const models = seeded('models.json');
  // One model whose architecture an editor has verified and one whose parameters nobody has, as the seed has them.
  const verified = models.find((m) => m.architectureVerifiedAt !== null)!;
  const unverified = models.find((m) => m.slug === 'llama-3.1-8b-instruct')!;
  expect(unverified.paramsVerifiedAt).toBeNull();

  await page.goto(`/models/${verified.slug}`);
  const architecture = page.getByTestId('architecture-provenance');
  await expect(architecture).toContainText(`verified on ${verified.architectureVerifiedAt}`);
  await expect(architecture.getByRole('link', { name: /config\.json/ })).toHaveAttribute('href', String(verified.architectureSourceUrl));

  await page.goto(`/models/${unverified.slug}`);
  const params = page.getByTestId('params-provenance');
  await expect(params).toContainText('not verified yet');
  await expect(params.getByRole('link', { name: /source/ })).toHaveAttribute('href', String(unverified.paramsSourceUrl));
  // Each file size carries its own source and date: the catalog's Q4_K_M file of llama.cpp's table.
  const artifact = seeded('artifacts.json').find((a) => a.model === unverified.slug && a.format === 'Q4_K_M' && a.fileBytesVerifiedAt !== null)!;
  const files = page.locator('section', { has: page.getByRole('heading', { name: 'Files' }) });
  const row = files.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Q4_K_M', exact: true }) }).filter({ hasText: String(artifact.publisher) });
  await expect(row).toContainText(`verified on ${artifact.fileBytesVerifiedAt}`);
  await expect(row.getByRole('link', { name: /source/ })).toHaveAttribute('href', String(artifact.fileBytesSourceUrl));
});

test('[CATALOG] a model with no sized download says so under Files instead of an empty table, and still lists computed sizes', async ({ page }) => {
  const slugs = (JSON.parse(readFileSync('fixtures/unsized-models.json', 'utf8')) as { model: string }[]).map((m) => m.model);
  const artifacts = JSON.parse(readFileSync(path.join('prisma/seed', 'artifacts.json'), 'utf8')) as { model: string }[];
  const bare = slugs.find((s) => !artifacts.some((a) => a.model === s));
  expect(bare, 'an unsized model with no download at all').toBeDefined();
  await page.goto(`/models/${bare}`);
  const files = page.locator('section', { has: page.getByRole('heading', { name: 'Files' }) });
  await expect(files).toContainText('No download of this model is in the catalog yet');
  await expect(files.getByRole('table')).toHaveCount(0);
  const memory = page.locator('section', { has: page.getByRole('heading', { name: 'Memory needed' }) });
  await expect(memory.getByText(/GB \(computed\)/).first()).toBeVisible();
});

test('[CATALOG] Gemma 4 E4B’s page says where its 8B parameters go: a per-layer embedding table only looked up, and layers without a KV cache', async ({ page }) => {
  await page.goto('/models/gemma-4-e4b-it');
  const arch = page.locator('section', { has: page.getByRole('heading', { name: 'Architecture' }) });
  const ple = arch.getByRole('row', { name: /Per-layer embeddings/ });
  await expect(ple).toContainText('2.82B parameters, 262,144 tokens × 256 per layer');
  await expect(arch.getByRole('row', { name: /Shared KV/ })).toContainText('the last 18 of 42 layers');
});

test('[CATALOG] a reader browses hardware and sees a GPU’s specs and measured speeds', async ({ page }) => {
  await page.goto('/hardware');
  await expect(page.getByRole('heading', { level: 2, name: /Apple Silicon/ })).toBeVisible();
  await page.getByRole('link', { name: 'NVIDIA GeForce RTX 4090', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'NVIDIA GeForce RTX 4090' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Memory bandwidth/ })).toContainText('1008');
  // Each figure group says its own source and whether an editor has checked it, as the seed has it.
  const gpu = (JSON.parse(readFileSync(path.join('prisma/seed', 'hardware.json'), 'utf8')) as Record<string, string | null>[]).find((h) => h.slug === 'geforce-rtx-4090')!;
  const bandwidthRow = page.getByRole('row', { name: /Memory bandwidth/ });
  await expect(bandwidthRow).toContainText(gpu.bandwidthVerifiedAt ? `verified on ${gpu.bandwidthVerifiedAt}` : 'not verified yet');
  await expect(bandwidthRow.getByRole('link', { name: /source/ })).toHaveAttribute('href', String(gpu.bandwidthSourceUrl));
  const measured = page.locator('section', { has: page.getByRole('heading', { name: 'Measured' }) });
  await expect(measured.getByRole('row').filter({ hasText: 'Q4_K_M' }).first()).toBeVisible();
});

test('[CATALOG] a 2026 device and a 2026 model show the published runs /accuracy scores, each with its prompt, depth and source', async ({ page }) => {
  // The Arc Pro B70's rows come from the reference set (prisma/seed/measurements-reference.json, made from speed_2026.csv).
  const published = (JSON.parse(readFileSync(path.join('prisma/seed', 'measurements-reference.json'), 'utf8')) as Record<string, string | number | null>[])
    .find((m) => m.hardware === 'arc-pro-b70' && m.model === 'qwen3.6-27b' && m.backend === 'sycl' && m.depthTokens === 16384)!;
  await page.goto('/hardware/arc-pro-b70');
  const measured = page.locator('section', { has: page.getByRole('heading', { name: 'Measured' }) });
  const row = measured.getByRole('row').filter({ hasText: 'Qwen3.6 27B' }).filter({ hasText: '16,384' }).filter({ hasText: '(sycl)' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('UD-Q4_K_XL');
  // Columns that no row of the device uses are left out, so find the prompt column by its header.
  const promptColumn = (await measured.getByRole('columnheader').allTextContents()).indexOf('Prompt tokens');
  expect(promptColumn).toBeGreaterThan(0);
  await expect(row.getByRole('cell').nth(promptColumn)).toHaveText('2,048');
  await expect(row).toContainText(formatTokensPerSec(Number(published.generationTokensPerSec)));
  await expect(row.getByRole('link', { name: /source/ })).toHaveAttribute('href', String(published.sourceUrl));
  await expect(page.getByText('No published measurement on this device')).toHaveCount(0);
  // The model's page lists the same run under its device, with the same figures.
  await row.getByRole('link', { name: 'Qwen3.6 27B' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Qwen3.6 27B' })).toBeVisible();
  const onModel = page.getByTestId('measurements-table').getByRole('row').filter({ hasText: '16,384' }).filter({ hasText: '(sycl)' });
  await expect(onModel).toHaveCount(1);
  await expect(onModel.getByRole('link', { name: /Arc Pro B70/ })).toHaveAttribute('href', '/hardware/arc-pro-b70');
  await expect(onModel).toContainText(formatTokensPerSec(Number(published.generationTokensPerSec)));
});

test('[CATALOG] unknown models and hardware get a 404 page', async ({ page }) => {
  for (const path of ['/models/no-such-model', '/hardware/no-such-gpu']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});

test('[HEALTH] the health endpoint reports the database and migrations', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: 'ok', database: 'ok', migrations: { pending: false, failed: 0 } });
  expect(body.catalog.models).toBeGreaterThanOrEqual(40);
});

test('[HOME] a common setup on the home page opens ranked results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /MacBook Air, 8 GB/ }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/mac\/mac\/apple-m2-8c-8gb\//);
  await expect(page.getByTestId('recommendation').first()).toBeVisible();
});

test('[ACCURACY] the accuracy page shows held-out and in-sample errors side by side, says which to trust, and splits speed by backend', async ({ page }) => {
  await page.goto('/accuracy');
  const table = page.getByTestId('accuracy-table');
  await expect(table.getByRole('columnheader', { name: /Held-out \(trust these\)/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /In-sample/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /GGUF file size/ })).toBeVisible();
  // Decode: two medians (held-out, in-sample), each a percentage.
  await expect(table.getByRole('row', { name: /Decode tokens\/s/ }).getByRole('cell').filter({ hasText: /^\d+\.\d %$/ })).not.toHaveCount(0);
  await expect(page.getByText(/Trust the held-out columns/)).toBeVisible();
  await expect(page.getByTestId('accuracy-by-backend').getByRole('row', { name: /^Decode, cuda \d/ })).toBeVisible();
  await expect(page.getByText(/not scorable yet/)).toBeVisible();
  await expect(page.getByRole('img', { name: /predicted against measured/ }).first()).toBeVisible();
});

test('[CATALOG] without JavaScript: a use-case link and the search both filter the models', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/models');
  await page.getByRole('navigation', { name: 'Good at' }).getByRole('link', { name: 'Coding' }).click();
  await expect(page).toHaveURL(/\/models\/filter\/use\/coding$/);
  await expect(page.getByRole('navigation', { name: 'Good at' }).getByRole('link', { name: 'Coding' })).toHaveAttribute('aria-current', 'true');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows.filter({ hasText: 'Qwen2.5-Coder 7B' })).toHaveCount(1);
  await page.getByLabel('Search').fill('coder');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/models\/filter\?q=coder/);
  const names = await rows.locator('td:first-child').allTextContents();
  expect(names.length).toBeGreaterThan(1);
  for (const name of names) expect(name).toMatch(/coder/i);
  await context.close();
});

test('[CATALOG] /models and its filter permalinks are served from the page cache, and a catalog edit still shows on them', async ({ request }) => {
  const pages = ['/models', '/models/filter/use/coding'];
  // Cached: after a first render, the next answer comes from Next's page cache.
  for (const url of pages) {
    await expect.poll(async () => (await request.get(url)).headers()['x-nextjs-cache'], { message: url, timeout: 30_000 }).toBe('HIT');
  }
  // An edit made straight in the database, as the README says such edits must be: bump the revision.
  const slug = 'qwen2.5-coder-7b-instruct';
  const renamed = `Qwen2.5-Coder 7B (edited ${Date.now()})`;
  const db = new Database(path.resolve('data/e2e.db'));
  const { name } = db.prepare('SELECT name FROM "Model" WHERE slug = ?').get(slug) as { name: string };
  const rename = (to: string) => {
    db.prepare('UPDATE "Model" SET name = ? WHERE slug = ?').run(to, slug);
    db.prepare('UPDATE "CatalogRevision" SET revision = revision + 1 WHERE id = 1').run();
  };
  try {
    rename(renamed);
    for (const url of pages) {
      await expect.poll(async () => (await request.get(url)).text(), { message: url, timeout: (E2E_CATALOG_SYNC_SECONDS + 10) * 1000 }).toContain(renamed);
    }
  } finally {
    rename(name);
    db.close();
  }
});

test('[CATALOG] on a phone the compute peaks show each figure without scrolling sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/hardware/apple-m5-max-40c-128gb');
  const table = page.getByTestId('compute-peaks');
  const row = table.getByRole('row', { name: /FP32 vector TFLOPS/ });
  const figure = row.getByRole('cell').first();
  await expect(figure).toContainText('16.59');
  await figure.scrollIntoViewIfNeeded();
  // The figure's cell ends inside the screen while the table's scroll frame sits at its left edge.
  const frame = page.getByRole('region', { name: /^Compute peaks, scrolls sideways/ });
  expect(await frame.evaluate((el) => el.scrollLeft)).toBe(0);
  const box = (await figure.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await context.close();
});
