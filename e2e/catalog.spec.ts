import { expect, test } from '@playwright/test';

test('[CATALOG] a reader filters the models, opens one and sees its files with sizes and sources', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Models' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Models' })).toBeVisible();

  await page.getByLabel('Family').selectOption('Llama 3.1');
  await page.getByLabel('Size').selectOption('small');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/family=Llama\+3\.1/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: 'Llama 3.1 8B' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '70B' })).toHaveCount(0);

  await page.getByRole('link', { name: /Llama 3\.1 8B/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Llama 3.1 8B');
  await expect(page.getByRole('row', { name: /KV heads\s+8/ })).toBeVisible();
  const files = page.getByRole('region', { name: 'Files' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Files' }) }));
  await expect(files.getByRole('cell', { name: 'Q4_K_M' }).first()).toBeVisible();
  await expect(files.getByText(/\d+(\.\d+)? GB/).first()).toBeVisible();
  await expect(files.getByRole('link', { name: /source/ }).first()).toHaveAttribute('href', /^https?:\/\//);
});

test('[CATALOG] a reader browses hardware and sees a GPU’s specs and measured speeds', async ({ page }) => {
  await page.goto('/hardware');
  await expect(page.getByRole('heading', { level: 2, name: /Apple Silicon/ })).toBeVisible();
  await page.getByRole('link', { name: 'NVIDIA GeForce RTX 4090', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'NVIDIA GeForce RTX 4090' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Memory bandwidth/ })).toContainText('1008');
  const measured = page.locator('section', { has: page.getByRole('heading', { name: 'Measured' }) });
  await expect(measured.getByRole('row').filter({ hasText: 'Q4_K_M' }).first()).toBeVisible();
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

test('[ACCURACY] the accuracy page shows the error table beside the naive formulas', async ({ page }) => {
  await page.goto('/accuracy');
  const table = page.getByTestId('accuracy-table');
  await expect(table.getByRole('row', { name: /GGUF file size/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Decode tokens\/s/ })).toContainText('%');
  await expect(page.getByRole('img', { name: /predicted against measured/ }).first()).toBeVisible();
});
