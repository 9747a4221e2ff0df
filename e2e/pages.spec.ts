import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type ConsoleMessage, type Request, type Response } from '@playwright/test';
import { contrastOf, installAxe, pageProblems } from './support/page-checks';

// Every public page, in the light and the dark theme, on a 1280 px desktop and a 390 px phone:
// no serious or critical axe violations, text contrast measured in sRGB (axe cannot judge the
// oklch colours Tailwind emits), no horizontal overflow, no console errors, no failed requests.
// One browser context per theme and width, one tab reused for every page, so the four passes
// stay within a few minutes.

const GUIDES = readdirSync(path.resolve('content/guides'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => `/guides/${file.replace(/\.mdx$/, '')}`)
  .sort();

const PAGES: readonly { path: string; status?: number }[] = [
  { path: '/' },
  { path: '/guides' },
  ...GUIDES.map((p) => ({ path: p })),
  { path: '/guides/search?q=kv+cache' },
  { path: '/models' },
  { path: '/models/filter/use/coding/sort/newest' },
  { path: '/models/llama-3.1-8b-instruct' },
  { path: '/models/qwen3-30b-a3b' }, // mixture of experts
  { path: '/models/gemma-3-12b-it' }, // vision
  { path: '/models/qwen3.6-35b-a3b' }, // 2026: hybrid linear attention, MoE, vision, MLX and Unsloth files
  { path: '/hardware' },
  { path: '/hardware/geforce-rtx-4090' },
  { path: '/hardware/apple-m4-max-40c-64gb' },
  { path: '/hardware/intel-core-ultra-7-155h-16gb-lpddr5x' },
  { path: '/hardware/nvidia-dgx-spark-128gb' }, // unified memory, per-path peaks, street price
  { path: '/hardware/radeon-rx-9070-xt' }, // a catalog note with a long bare URL: it must wrap, not widen the page at 390 px
  { path: '/plan?model=llama-3.3-70b-instruct&quant=Q8_0&ctx=8192&tps=10&users=1&kv=q8_0&page=2' },
  { path: '/wizard' },
  { path: '/wizard/results/hw/gpu/gpu/geforce-rtx-3060-12gb/ram/32/os/windows/use/coding/ctx/8192/pri/50/tool/auto' },
  // An exo cluster: notes above the list, a per-machine list and long commands on each card.
  { path: '/wizard/results/hw/cluster/macs/apple-m4-pro-20c-64gb%2Capple-m4-pro-20c-64gb%2Capple-m4-10c-16gb/link/tb5-rdma/use/chat/ctx/8192/pri/50/tool/auto' },
  { path: '/plan?model=llama-3.3-70b-instruct&quant=Q4_K_M&ctx=8192&tps=10&users=1' },
  { path: '/compare?c=llama-3.3-70b-instruct~Q2_K~geforce-rtx-4090~1~8192&c=qwen3-32b~Q4_K_M~geforce-rtx-4090~1~8192' },
  { path: '/your-model' },
  { path: '/accuracy' },
  { path: '/api' },
  { path: '/no-such-page', status: 404 },
];

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

// Two tabs share each context's list: while one waits on the server, the other runs its checks.
const TABS = 2;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    test(`[PAGES] every public page, ${colorScheme} theme, ${viewport.width} px: axe, contrast, no overflow, no console errors, no failed requests`, async ({ browser, baseURL }) => {
      test.setTimeout(240_000);
      const context = await browser.newContext({ viewport, colorScheme, isMobile: viewport.name === 'phone', hasTouch: viewport.name === 'phone' });
      await installAxe(context);
      const problems: string[] = [];
      const expectedStatus = new Map(PAGES.filter((p) => p.status).map((p) => [new URL(p.path, baseURL).toString(), p.status!]));
      const queue = [...PAGES];

      const tab = async () => {
        const page = await context.newPage();
        let current = '';
        page.on('console', (message: ConsoleMessage) => {
          if (message.type() !== 'error') return;
          // The 404 page's own document answers 404 on purpose; Chromium logs that as an error.
          const status = expectedStatus.get(message.location().url);
          if (status && message.text().includes(`status of ${status}`)) return;
          problems.push(`${current}: console error: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`${current}: uncaught ${error.message}`));
        page.on('requestfailed', (request: Request) => {
          // Navigating on aborts prefetches still in flight; that is the browser, not a failure.
          if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
          problems.push(`${current}: request failed: ${request.url()} (${request.failure()?.errorText})`);
        });
        page.on('response', (response: Response) => {
          if (response.status() < 400 || expectedStatus.get(response.url()) === response.status()) return;
          problems.push(`${current}: ${response.status()} for ${response.url()}`);
        });
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          current = entry.path;
          const response = await page.goto(entry.path);
          if (response?.status() !== (entry.status ?? 200)) problems.push(`${entry.path}: status ${response?.status()}, expected ${entry.status ?? 200}`);
          problems.push(...(await pageProblems(page, entry.path)));
        }
      };
      await Promise.all(Array.from({ length: TABS }, tab));
      await context.close();
      expect(problems).toEqual([]);
    });
  }
}

test('[PAGES] the home page’s main button shows its label, white on the brand blue, in both themes', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/');
    const [button] = await contrastOf(page, 'main a[href="/wizard"]');
    expect(button?.text, colorScheme).toBe('What can I run?');
    expect(button!.ratio, colorScheme).toBeGreaterThanOrEqual(4.5);
    await context.close();
  }
});

test('[PAGES] the checks can fail: a label painted in its button’s oklch colour, a button without a name, a page too wide', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.locator('main a[href="/wizard"]').evaluate((link: HTMLElement) => {
    link.style.color = getComputedStyle(link).backgroundColor;
  });
  const [button] = await contrastOf(page, 'main a[href="/wizard"]');
  expect(button!.ratio).toBeLessThan(1.05);
  await page.locator('main').evaluate((main) => {
    main.insertAdjacentHTML('beforeend', '<button type="button"></button><div style="width: 600px">wide</div>');
  });
  const problems = await pageProblems(page, '/');
  expect(problems.some((line) => line.includes('contrast') && line.includes('What can I run?')), problems.join('\n')).toBe(true);
  expect(problems.some((line) => line.includes('axe button-name (critical)')), problems.join('\n')).toBe(true);
  expect(problems.some((line) => line.includes('horizontal overflow')), problems.join('\n')).toBe(true);
});

test('[PAGES] the overflow check holds on an emulated phone, which zooms out to fit a page that is too wide', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('main').evaluate((main) => main.insertAdjacentHTML('beforeend', '<div style="width: 700px">wide</div>'));
  const problems = await pageProblems(page, '/');
  expect(problems.some((line) => line.includes('horizontal overflow')), problems.join('\n')).toBe(true);
  await context.close();
});

test('[PAGES] on a 390 px phone the plan table shows each option’s speed and price without scrolling sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/plan?model=llama-3.3-70b-instruct&quant=Q4_K_M&ctx=8192&tps=10&users=1');
  const table = page.getByTestId('plan-options');
  for (const name of [/Tokens\/s per user/, /Price/]) {
    const box = await table.getByRole('columnheader', { name }).boundingBox();
    expect(box, String(name)).not.toBeNull();
    expect(box!.x + box!.width, String(name)).toBeLessThanOrEqual(390);
  }
  await context.close();
});
