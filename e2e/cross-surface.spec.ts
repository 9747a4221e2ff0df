import { spawnSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { estimateFigures } from '../lib/format';
import type { Estimate } from '../lib/estimate/types';

// One question, one answer: the same choice read from every surface that can show it must give
// the same memory, fit and speed, as displayed (one formatter, lib/format.ts estimateFigures).
// The choice: Llama 3.1 8B Instruct at Q4_K_M (Ollama's default tag, llama3.1:8b) under Ollama,
// one RTX 4090 beside 64 GB of RAM, 32k tokens of context, one user.

const CHOICE = { model: 'llama-3.1-8b-instruct', quant: 'Q4_K_M', runtime: 'ollama', hardware: 'geforce-rtx-4090', context: 32768 } as const;
const GIB = 2 ** 30;
const API_REQUEST = {
  model: { slug: CHOICE.model },
  quant: CHOICE.quant,
  runtime: CHOICE.runtime,
  contextTokens: CHOICE.context,
  hardware: { devices: [{ slug: CHOICE.hardware }], systemMemoryBytes: 64 * GIB },
};

interface Figures {
  memory: string;
  fit: string;
  decode: string;
}

async function figuresIn(scope: Locator): Promise<Figures> {
  const read = async (name: keyof Figures) => ((await scope.locator(`[data-figure="${name}"]`).first().textContent()) ?? '').trim();
  return { memory: await read('memory'), fit: await read('fit'), decode: await read('decode') };
}

const textOf = async (scope: Locator, figure: string): Promise<string> => ((await scope.locator(`[data-figure="${figure}"]`).first().textContent()) ?? '').trim();

const shown = (e: Estimate): Figures => {
  const f = estimateFigures(e);
  return { memory: f.memory, fit: f.fit, decode: f.decode };
};

async function modelPage(page: Page, query: string): Promise<Locator> {
  await page.goto(`/models/${CHOICE.model}?${query}`);
  const block = page.getByTestId('model-estimate');
  await expect(block).toBeVisible();
  return block;
}

test('[CROSS-SURFACE] one choice reads the same on the model page, a wizard card, /compare, /plan, the API, the CLI and a guide table', async ({ page, request }) => {
  test.setTimeout(120_000);
  const surfaces: Record<string, Figures> = {};

  // The model page, with the hardware picked.
  const model = await modelPage(page, `hardware=${CHOICE.hardware}&n=1&quant=${CHOICE.quant}&ctx=${CHOICE.context}&runtime=${CHOICE.runtime}`);
  await expect(model).toContainText('with ollama, 32,768 tokens of context on NVIDIA GeForce RTX 4090');
  surfaces['model page'] = await figuresIn(model);
  const confidences: Record<string, string> = { 'model page': await textOf(model, 'confidence') };

  // A wizard card: the same machine and context, Ollama preferred; Llama 3.1 8B's row is its default tag.
  // Long documents, where Llama 3.1 8B ranks 7th of the ten cards: for chat it is 11th since Granite
  // 3.3 8B's total became its exact 8.17B (one rating point apart, the ranking is a near tie).
  await page.goto(`/wizard/results/hw/gpu/gpu/${CHOICE.hardware}/ram/64/os/linux/use/long-documents/ctx/${CHOICE.context}/pri/50/tool/${CHOICE.runtime}`);
  const card = page.locator(`[data-testid="recommendation"][data-model="${CHOICE.model}"]`);
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { level: 3 })).toContainText(CHOICE.quant);
  await expect(card.locator('header')).toContainText(CHOICE.runtime);
  surfaces['wizard card'] = await figuresIn(card);
  confidences['wizard card'] = await textOf(card, 'confidence');

  // /compare: the choice in the first column, against another model.
  await page.goto(`/compare?c=${CHOICE.model}~${CHOICE.quant}~${CHOICE.hardware}~1~${CHOICE.context}~${CHOICE.runtime}&c=qwen3-8b~Q4_K_M~${CHOICE.hardware}~1~${CHOICE.context}`);
  const table = page.getByTestId('compare-table');
  await expect(table).toBeVisible();
  const firstColumn = async (name: keyof Figures) => ((await table.locator(`tbody tr td[data-figure="${name}"]`).first().textContent()) ?? '').trim();
  surfaces.compare = { memory: await firstColumn('memory'), fit: await firstColumn('fit'), decode: await firstColumn('decode') };
  confidences.compare = ((await table.locator('tbody tr td[data-figure="confidence"]').first().textContent()) ?? '').trim();

  // /plan: the 4090 row for this model, format, context and runtime (a target only the fast cards meet keeps it in the list).
  await page.goto(`/plan?model=${CHOICE.model}&quant=${CHOICE.quant}&ctx=${CHOICE.context}&tps=60&users=1&runtime=${CHOICE.runtime}`);
  const row = page.locator(`[data-testid="plan-options"] tr[data-hardware="${CHOICE.hardware}"][data-count="1"]`);
  await expect(row).toBeVisible();
  surfaces.plan = await figuresIn(row);

  // The HTTP API.
  const api = await request.post('/api/v1/estimate', { data: API_REQUEST });
  expect(api.status()).toBe(200);
  const apiEstimate = (await api.json()) as Estimate;
  surfaces.api = shown(apiEstimate);

  // The CLI, on the same catalog database the server reads.
  const cli = spawnSync('npx', ['--no-install', 'tsx', '--conditions=react-server', 'scripts/estimate.ts'], {
    input: JSON.stringify(API_REQUEST),
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db' },
    encoding: 'utf8',
  });
  expect(cli.status, cli.stderr).toBe(0);
  surfaces.cli = shown(JSON.parse(cli.stdout) as Estimate);

  // A guide table: the Ollama guide's live table of this choice at several contexts.
  await page.goto('/guides/ollama');
  const guideRow = page.locator(`[data-testid="estimate-table"][data-model="${CHOICE.model}"][data-hardware="${CHOICE.hardware}"] tr[data-context="${CHOICE.context}"]`);
  await expect(guideRow).toBeVisible();
  surfaces.guide = await figuresIn(guideRow);

  // Every surface shows real figures, and all of them the same ones.
  expect(surfaces.api.fit).toBe('Fits on the GPU');
  expect(surfaces.api.memory).toMatch(/^\d+(\.\d+)? GiB$/);
  expect(surfaces.api.decode).toMatch(/^\d+(\.\d+)?$/);
  for (const [name, figures] of Object.entries(surfaces)) expect(figures, name).toEqual(surfaces.api);
  // The confidence, with its reasons, reads the same wherever it is shown.
  expect(apiEstimate.confidence).toMatch(/^(high|medium|low)$/);
  for (const [name, text] of Object.entries(confidences)) expect(text, name).toBe(estimateFigures(apiEstimate).confidence);
});

test('[CROSS-SURFACE] without hardware the model page, its memory table, the API and the CLI give the same memory', async ({ page, request }) => {
  const hardwareless = { model: { slug: CHOICE.model }, quant: CHOICE.quant, contextTokens: CHOICE.context };
  const api = await request.post('/api/v1/estimate', { data: hardwareless });
  expect(api.status()).toBe(200);
  const expected = shown((await api.json()) as Estimate);
  expect(expected).toEqual({ memory: expect.stringMatching(/ GiB$/), fit: 'Memory only (no hardware given)', decode: '—' });

  const block = await modelPage(page, `quant=${CHOICE.quant}&ctx=${CHOICE.context}`);
  await expect(block).toContainText('no hardware chosen');
  expect(await figuresIn(block)).toEqual(expected);
  // The "Memory needed" table's 32k column for the same format.
  await expect(page.locator(`section[aria-labelledby="memory-heading"] tr[data-format="${CHOICE.quant}"] td[data-context="${CHOICE.context}"]`)).toHaveText(expected.memory);

  const cli = spawnSync('npx', ['--no-install', 'tsx', '--conditions=react-server', 'scripts/estimate.ts'], {
    input: JSON.stringify(hardwareless),
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db' },
    encoding: 'utf8',
  });
  expect(cli.status, cli.stderr).toBe(0);
  expect(shown(JSON.parse(cli.stdout) as Estimate)).toEqual(expected);
});
