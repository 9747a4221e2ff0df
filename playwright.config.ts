import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Chromium: Debian's /usr/bin/chromium where it exists (CI and these machines cannot download
// Playwright's build), otherwise Playwright's own (`npx playwright install chromium` on a laptop).
// CHROMIUM_PATH overrides both.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const PORT = Number(process.env.E2E_PORT ?? 3100);
// A fresh SQLite file by default; `npm run test:postgres` points both instances at a fresh
// PostgreSQL database through E2E_DATABASE_URL to run the multi-instance spec on that engine.
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db';
const resetDatabase = DATABASE_URL.startsWith('file:') ? 'rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm && ' : '';
// The first admin, created by db:setup from these (see scripts/admin-create.ts --from-env).
export const E2E_ADMIN = { email: 'admin@e2e.test', password: 'amber falcon drifts over quiet harbor' };
// Two instances of one build on one database, as in a multi-instance deployment: the specs talk to
// the first (baseURL); e2e/coherence.spec.ts also reads the second. Both sync the catalog every
// E2E_CATALOG_SYNC_SECONDS (the default, stated here because the coherence spec asserts the bound).
export const E2E_INSTANCES = [`http://127.0.0.1:${PORT}`, `http://127.0.0.1:${PORT + 1}`] as const;
export const E2E_CATALOG_SYNC_SECONDS = 5;
const serverEnv = {
  DATABASE_URL,
  NEXT_TELEMETRY_DISABLED: '1',
  ADMIN_EMAIL: E2E_ADMIN.email,
  ADMIN_PASSWORD: E2E_ADMIN.password,
  CATALOG_SYNC_SECONDS: String(E2E_CATALOG_SYNC_SECONDS),
  // The public origin, the only Origin admin requests may carry (both instances, as behind one load balancer).
  SITE_URL: E2E_INSTANCES[0],
  // Hugging Face is the recorded responses in fixtures/hf-hub and nothing else: no network in tests.
  HF_HUB_RECORDINGS: 'fixtures/hf-hub',
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  // A navigation that server-renders a page (sign-in hashes a password, a model page reads the
  // catalog) can take several seconds on two busy cores; 5 s failed two specs under load.
  expect: { timeout: 15_000 },
  use: {
    baseURL: E2E_INSTANCES[0],
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The production build against its own freshly migrated and seeded database. Playwright
  // starts these in order, so the second instance serves the build the first one made.
  webServer: [
    {
      command: `${resetDatabase}npm run -s db:setup && next build && next start -p ${PORT} -H 127.0.0.1`,
      env: serverEnv,
      url: `${E2E_INSTANCES[0]}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `next start -p ${PORT + 1} -H 127.0.0.1`,
      env: serverEnv,
      url: `${E2E_INSTANCES[1]}/api/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
