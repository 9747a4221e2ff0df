import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_ADMIN, E2E_CATALOG_SYNC_SECONDS, E2E_INSTANCES } from '../playwright.config';

// Two instances of the same build on one database (playwright.config.ts). An edit saved through the
// admin on instance A must reach instance B's cached page and its in-memory catalog (the estimate
// API) within the stated bound: B re-reads the catalog revision at most every
// CATALOG_SYNC_SECONDS, then renders from the database; the margin covers the save's round trip,
// one render on B and the polling step.

const [A, B] = E2E_INSTANCES;
const GPU = 'radeon-rx-7800-xt'; // no other spec reads or edits it
const MARGIN_SECONDS = 2;
const BOUND_MS = (E2E_CATALOG_SYNC_SECONDS + MARGIN_SECONDS) * 1000;
const POLL_MS = 200;

async function hardwarePage(request: APIRequestContext, origin: string) {
  const response = await request.get(`${origin}/hardware/${GPU}`);
  expect(response.status()).toBe(200);
  return { cache: response.headers()['x-nextjs-cache'], html: await response.text() };
}

async function decodeSpeed(request: APIRequestContext, origin: string): Promise<number> {
  const response = await request.post(`${origin}/api/v1/estimate`, { data: { model: { slug: 'llama-3.1-8b-instruct' }, quant: 'Q4_K_M', hardware: { devices: [{ slug: GPU }] } } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { speed: { decodeTokensPerSec: { expected: number } } }).speed.decodeTokensPerSec.expected;
}

/** Polls until `seen()` holds; returns how long after `since` it first did. */
async function firstSeenAfter(since: number, seen: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  while (Date.now() - since < timeoutMs) {
    if (await seen()) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`not seen within ${timeoutMs} ms`);
}

async function setBandwidth(page: Page, value: number): Promise<void> {
  await page.goto(`${A}/admin/hardware/${GPU}`);
  // The form's inputs are React's: typed before it hydrates, a value can be lost. Save is enabled once it has.
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
  await page.getByLabel('Memory bandwidth (GB/s)').fill(String(value));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved \(version \d+\)/ })).toBeVisible();
}

test.describe.configure({ timeout: 90_000 });

test(`[COHERENCE] a bandwidth saved on instance A shows on instance B’s cached page and estimates within CATALOG_SYNC_SECONDS + ${MARGIN_SECONDS} s`, async ({ page, request }) => {
  // Warm B until its page is served from its page cache (an instance distrusts its page cache for
  // RENDER_GRACE_MS, 10 s, after its first catalog read), showing the stored bandwidth.
  let warm = await hardwarePage(request, B);
  const original = Number(/Memory bandwidth<\/th><td>([\d.]+) GB\/s/.exec(warm.html)?.[1]);
  expect(original).toBeGreaterThan(0);
  const edited = original * 2;
  await expect.poll(async () => (warm = await hardwarePage(request, B)).cache, { timeout: 30_000, intervals: [500] }).toBe('HIT');
  expect(warm.html).toContain(`${original} GB/s`);
  expect(warm.html).not.toContain(`${edited} GB/s`);
  const speedBefore = await decodeSpeed(request, B);

  await page.goto(`${A}/admin`);
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.getByLabel('Email').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();

  let changed = false;
  try {
    const savedFrom = Date.now();
    changed = true;
    await setBandwidth(page, edited);
    const pageDelay = await firstSeenAfter(savedFrom, async () => (await hardwarePage(request, B)).html.includes(`${edited} GB/s`), 3 * BOUND_MS);
    // Twice the bandwidth: the bandwidth-bound decode estimate rises by about 45 % on this GPU.
    const estimateDelay = await firstSeenAfter(savedFrom, async () => (await decodeSpeed(request, B)) > speedBefore * 1.25, 3 * BOUND_MS);
    test.info().annotations.push({ type: 'delays on B (ms)', description: `page ${pageDelay}, estimate ${estimateDelay}, bound ${BOUND_MS}` });
    expect(pageDelay).toBeLessThanOrEqual(BOUND_MS);
    expect(estimateDelay).toBeLessThanOrEqual(BOUND_MS);

    // Putting it back travels the same way.
    await setBandwidth(page, original);
    changed = false;
    await expect.poll(async () => (await hardwarePage(request, B)).html.includes(`${original} GB/s`), { timeout: 3 * BOUND_MS, intervals: [POLL_MS] }).toBe(true);
  } finally {
    // The guides' live tables read every GPU: leave the catalog as the seed had it.
    if (changed) await setBandwidth(page, original);
  }
});
