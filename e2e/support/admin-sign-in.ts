import { expect as baseExpect, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../../playwright.config';

// Argon2 sign-in on two shared cores: the same generous waits the admin specs use.
const expect = baseExpect.configure({ timeout: 20_000 });

/** Signs the e2e admin in through the sign-in form and waits for the catalog console. */
export async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto('/admin/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await page.getByLabel('Email').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
}
