import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// "Your own model": a pasted config.json goes through the public API (model.hfConfig) and the page
// shows its answer. The config is Qwen3-Next-80B-A3B's as published (fixtures/hf-configs).

const QWEN3_NEXT = readFileSync('fixtures/hf-configs/Qwen__Qwen3-Next-80B-A3B-Thinking.json', 'utf8');

test('[YOUR MODEL] a pasted Qwen3-Next config.json at 128k: 3 GiB of KV for its 12 attention layers plus a fixed recurrent state', async ({ page }) => {
  await page.goto('/your-model');
  await page.getByLabel('config.json').fill(QWEN3_NEXT);
  await page.getByLabel('Context (tokens)').fill('131072');
  await page.getByLabel('Runtime').selectOption('llama.cpp');
  await page.getByRole('button', { name: 'Estimate' }).click();
  const result = page.getByTestId('own-model-estimate');
  await expect(result).toBeVisible({ timeout: 20_000 });
  // 12 layers × 2 KV heads × (256 + 256) × 2 B × 131,072 tokens = 3 GiB; 36 Gated DeltaNet layers × 548,864 F32 values = 75 MiB.
  await expect(result.locator('[data-figure="kv"]')).toHaveText('3 GiB');
  await expect(result.locator('[data-figure="state"]')).toHaveText('75 MiB');
  await expect(result).toContainText('Only 12 of 48 layers keep a KV cache');
  // Its tensors add up to 79.7B: within 2 % of the published 80B.
  await expect(result).toContainText(/(79\.\d|80(\.\d)?)B total/);
});

test('[YOUR MODEL] an unknown model_type is named in the error, and nothing is estimated', async ({ page }) => {
  await page.goto('/your-model');
  await page.getByLabel('config.json').fill(JSON.stringify({ ...JSON.parse(QWEN3_NEXT), model_type: 'qwen9_turbo' }));
  await page.getByRole('button', { name: 'Estimate' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('model.hfConfig.model_type: model_type "qwen9_turbo" is not supported', { timeout: 20_000 });
  await expect(page.getByTestId('own-model-estimate')).toHaveCount(0);
});
