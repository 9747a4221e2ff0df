import { expect, test } from '@playwright/test';

const GUIDES = ['parameters', 'model-sizes-and-memory', 'precision-and-quantization', 'reading-model-names', 'running-locally', 'considerations', 'ollama', 'lm-studio', 'llama-cpp', 'mlx', 'exo', 'vllm', 'key-terms'];

test('[GUIDES] a reader opens a guide, reads the live size table and uses its calculator', async ({ page }) => {
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Model sizes and memory' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Model sizes and memory' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeAttached();
  const table = page.getByRole('table').filter({ hasText: 'Smallest hardware that holds it' });
  await expect(table.getByRole('row').filter({ hasText: 'TinyLlama' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'DeepSeek-R1' })).toContainText('37B active');

  const calculator = page.getByRole('region', { name: 'Memory calculator' });
  const total = calculator.getByTestId('calculator-total');
  const before = await total.textContent();
  await calculator.getByLabel('Quantization').selectOption('Q8_0');
  await expect(total).not.toHaveText(before ?? '');
  const q8 = Number.parseFloat((await total.textContent()) ?? '0');
  await calculator.getByLabel('Quantization').selectOption('Q2_K');
  const q2 = Number.parseFloat((await total.textContent()) ?? '0');
  expect(q2).toBeLessThan(q8);
  await calculator.getByLabel('Context (tokens)').selectOption('131072');
  expect(Number.parseFloat((await total.textContent()) ?? '0')).toBeGreaterThan(q2);
});

test('[GUIDES] "open in wizard" from a hardware tier lands on ranked results', async ({ page }) => {
  await page.goto('/guides/running-locally');
  await page.locator('main a[href^="/wizard/results/"]').first().click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\//);
  await expect(page.getByTestId('recommendation').first()).toBeVisible();
});

test('[GUIDES] search finds a glossary entry and links to its anchor', async ({ page }) => {
  await page.goto('/guides');
  await page.getByRole('searchbox', { name: 'Search the guides and glossary' }).fill('KV cache');
  await page.getByRole('button', { name: 'Search' }).click();
  const hit = page.getByRole('link', { name: /KV cache — Key terms/ });
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/\/guides\/key-terms#kv-cache$/);
  await expect(page.locator('#kv-cache')).toBeVisible();
});

test('[GUIDES] every internal link and anchor on the guides resolves', async ({ page, request }) => {
  test.setTimeout(120_000);
  const checked = new Map<string, number>();
  const anchorsByPage = new Map<string, Set<string>>();
  const broken: string[] = [];
  for (const slug of GUIDES) {
    await page.goto(`/guides/${slug}`);
    const hrefs = await page.locator('main a[href^="/"], main a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of new Set(hrefs)) {
      const [rawPath, anchor] = href.split('#') as [string, string | undefined];
      const path = rawPath === '' ? `/guides/${slug}` : rawPath;
      if (!checked.has(path)) checked.set(path, (await request.get(path)).status());
      if (checked.get(path) !== 200) broken.push(`${slug}: ${href} → ${checked.get(path)}`);
      if (anchor) {
        if (!anchorsByPage.has(path)) {
          const html = await (await request.get(path)).text();
          anchorsByPage.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
        }
        if (!anchorsByPage.get(path)!.has(decodeURIComponent(anchor))) broken.push(`${slug}: ${href} (missing anchor)`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked.size).toBeGreaterThan(20);
});

// Accessibility (axe and measured contrast) of every guide, in both themes and at phone and
// desktop widths: e2e/pages.spec.ts.

test('[GUIDES] guides render without client JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guides/precision-and-quantization');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Precision and quantization');
  await expect(page.getByRole('table').first()).toBeVisible();
  await context.close();
});

test('[GUIDES] live components agree with the text: speed chart without I-quants and no false "does not fit", gpt-oss sized by its MXFP4 file, quality figures labelled by importance matrix', async ({ page }) => {
  await page.goto('/guides/considerations');
  const chart = page.getByRole('img', { name: /Decode speed of Llama 3\.1 8B/ });
  await expect(chart).toBeVisible();
  await expect(chart).not.toContainText('IQ3_M');
  await expect(chart).toContainText('Q4_K_M');
  const caption = page.locator('figure', { has: chart }).locator('figcaption');
  await expect(caption).toContainText('F16 included, fits');
  await expect(caption).not.toContainText('does not fit');

  await page.goto('/guides/parameters');
  const sizes = page.getByTestId('model-size-table');
  const gptOss = sizes.locator('tr[data-model="gpt-oss-120b"]');
  await expect(gptOss).toContainText('MXFP4');
  await expect(gptOss.locator('[data-figure="holds-it"]')).toHaveText('80 GB GPU (H100)');

  await page.goto('/guides/precision-and-quantization');
  const ladder = page.getByRole('table').filter({ hasText: 'Measured with an importance matrix' });
  await expect(ladder.getByRole('row').filter({ hasText: 'Q4_K_M' }).locator('[data-calibration]')).toHaveText('no');
  await expect(ladder.getByRole('row').filter({ hasText: 'IQ3_M' }).locator('[data-calibration]')).toHaveText('yes');
});
