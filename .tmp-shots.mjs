import { chromium } from 'playwright';
const BASE = process.env.BASE ?? 'http://localhost:3600';
const PAGES = (process.env.PAGES ?? '/').split(',');
const OUT = process.env.OUT ?? '/tmp/shots';
import fs from 'node:fs';
fs.mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const scheme of ['light', 'dark']) for (const width of [1280, 390]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const p of PAGES) {
    errors.length = 0;
    const res = await page.goto(BASE + p, { waitUntil: 'networkidle' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const name = `${OUT}/${p.replace(/[^a-z0-9]+/gi, '_')}_${scheme}_${width}.png`;
    await page.screenshot({ path: name, fullPage: false });
    console.log(res?.status(), scheme, width, p, 'overflow', overflow, 'errors', errors.length ? errors.join(' | ').slice(0, 300) : 0);
  }
  await ctx.close();
}
await browser.close();
