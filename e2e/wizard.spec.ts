import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { bandLimit } from '../lib/estimate/confidence';

const GIB = 2 ** 30;

async function cards(page: Page) {
  const items = page.getByTestId('recommendation');
  await expect(items.first()).toBeVisible();
  return items.evaluateAll((nodes) =>
    nodes.map((n) => ({
      model: n.getAttribute('data-model')!,
      params: Number(n.getAttribute('data-params')),
      bits: Number(n.getAttribute('data-bits')),
      totalBytes: Number(n.getAttribute('data-total-bytes')),
      gpuDevices: Number(n.getAttribute('data-gpu-devices')),
      fit: n.querySelector('[data-fit]')?.getAttribute('data-fit'),
      expertsInRam: Number(n.getAttribute('data-experts-in-ram')),
      cpuLayers: Number(n.getAttribute('data-cpu-layers')),
      runtime: n.getAttribute('data-runtime'),
      tradeOff: n.querySelector('[data-testid="trade-off"]')?.textContent ?? '',
      commands: [...n.querySelectorAll('pre[data-tool]')].map((p) => ({ tool: p.getAttribute('data-tool'), text: p.textContent ?? '' })),
      heading: n.querySelector('h3')?.textContent ?? '',
      devices: [...n.querySelectorAll('[data-device-kind]')].map((d) => ({
        kind: d.getAttribute('data-device-kind'),
        usedBytes: Number(d.getAttribute('data-used-bytes')),
        usableBytes: Number(d.getAttribute('data-usable-bytes')),
      })),
    })),
  );
}

/**
 * Opens the wizard and waits until it runs: "Detect my hardware" is enabled once React has hydrated
 * the form (until then it only holds its place), so what the test does next is what a reader's
 * click does on a working form, not a race with hydration.
 */
async function openWizard(page: Page) {
  await page.goto('/wizard');
  await expect(page.getByRole('button', { name: 'Detect my hardware' })).toBeEnabled();
}

test('[WIZARD] RTX 3060 12 GB + 32 GB RAM, coding → coding models at 4–6 bits, fully on the GPU or experts in RAM, with commands', async ({ page }) => {
  await openWizard(page);
  await page.getByLabel('Graphics card(s)').check();
  await page.getByLabel('GPU', { exact: true }).fill('NVIDIA GeForce RTX 3060 12 GB');
  await page.getByLabel('System RAM (GiB)').fill('32');
  await page.getByLabel('Use case').selectOption('coding');
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/gpu\/gpu\/geforce-rtx-3060-12gb\//);
  await expect(page.getByRole('heading', { level: 1, name: 'What you can run' })).toBeVisible();

  const results = await cards(page);
  const top = results.slice(0, 5);
  // Fully on the GPU, or an MoE with only its routed experts in RAM (never dense layers spilled to RAM).
  expect(top.every((r) => r.fit === 'full-gpu' || (r.expertsInRam > 0 && r.cpuLayers === 0)), JSON.stringify(top.map((r) => [r.model, r.fit]))).toBe(true);
  // Mixture-of-experts models with their experts in RAM now lead on a 12 GB card (the Windows desktop
  // keeps 1 GiB of it); the 7B–15B dense models that fit whole at 4–6.7 bits are still listed.
  const midSized = results.filter((r) => r.fit === 'full-gpu' && r.params >= 7e9 && r.params <= 15e9 && r.bits >= 4 && r.bits <= 6.7);
  expect(midSized.length, JSON.stringify(results.map((r) => [r.model, r.fit]))).toBeGreaterThanOrEqual(2);
  expect(top.some((r) => /coder/i.test(r.model))).toBe(true);
  for (const r of top) {
    expect(r.commands.length, r.model).toBeGreaterThan(0);
    expect(r.commands.some((c) => c.tool === 'llama.cpp' && /^llama-server -hf \S+ -c 8192 -ngl \d+/.test(c.text)), r.model).toBe(true);
  }
});

test('[WIZARD] MacBook Air M2 8 GB → what the GPU holds stays under the Metal cap, and the whole run within 6 GiB', async ({ page }) => {
  await openWizard(page);
  await page.getByLabel('Apple Silicon Mac').check();
  await page.getByLabel('Chip and memory').selectOption('apple-m2-8c-8gb');
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/mac\/mac\/apple-m2-8c-8gb\//);
  const results = await cards(page);
  expect(results.length).toBeGreaterThan(3);
  for (const r of results) {
    // The GPU's row of the memory bar: Metal's recommendedMaxWorkingSetSize on an 8 GB Mac is about 5.3–5.7 GiB.
    const gpu = r.devices.filter((d) => d.kind === 'apple');
    expect(gpu.length, r.model).toBe(1);
    expect(gpu[0]!.usableBytes, r.model).toBeGreaterThan(5.3 * GIB);
    expect(gpu[0]!.usableBytes, r.model).toBeLessThan(5.7 * GIB);
    expect(gpu[0]!.usedBytes, r.model).toBeLessThanOrEqual(gpu[0]!.usableBytes);
    // What stays on the CPU side (llama.cpp's input layer) comes out of the same 8 GB: macOS keeps at least 2 GiB.
    expect(r.totalBytes, r.model).toBeLessThanOrEqual(6 * GIB);
  }
});

test('[WIZARD] 16 GB GPU + 32 GB RAM → an MoE with its experts in RAM in the top five, with its offload command and trade-off', async ({ page }) => {
  await openWizard(page);
  await page.getByLabel('Graphics card(s)').check();
  await page.getByLabel('GPU', { exact: true }).fill('RTX 4060 Ti 16GB');
  await page.getByLabel('System RAM (GiB)').fill('32');
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/gpu\/gpu\/geforce-rtx-4060-ti-16gb\/ram\/32\//);
  const top = (await cards(page)).slice(0, 5);
  const moe = top.find((r) => r.expertsInRam > 0 && r.cpuLayers === 0);
  expect(moe, JSON.stringify(top.map((r) => [r.model, r.fit, r.expertsInRam]))).toBeDefined();
  expect(moe!.runtime).toBe('llama.cpp');
  expect(moe!.commands[0]?.text).toMatch(new RegExp(`^llama-server -hf \\S+ -c 8192 -ngl 999 .*--n-cpu-moe ${moe!.expertsInRam}\\b`));
  expect(moe!.tradeOff).toMatch(/^Experts in RAM: \d+(\.\d)?× bigger model than .+ \(fully on the GPU\)/);
  // Speeds say how far to trust them.
  await expect(page.getByTestId('speed-confidence').first()).toHaveText(/confidence/);
});

test('[WIZARD] an Intel Arc B580 (SYCL): every card says the confidence its held-out SYCL bands allow, and why', async ({ page }) => {
  // The level follows from the committed bands (npm run fit:speed) by the labels' definitions, so a refit moves both together.
  const bands = (JSON.parse(readFileSync('lib/estimate/fitted/speed-constants.json', 'utf8')) as { bands: Record<'decode' | 'prefill', { byBackend: Record<string, { factor: number }> }> }).bands;
  const limits = (['decode', 'prefill'] as const).map((metric) => bandLimit(bands[metric].byBackend.sycl!.factor, metric, 'sycl')).filter((l) => l !== null);
  // Bands no wider than the high-confidence width give no reason, and the card says only the level.
  const level = limits.length === 0 ? 'high' : limits.some((l) => l.level === 'low') ? 'low' : 'medium';
  await page.goto('/wizard/results/hw/gpu/gpu/arc-b580/ram/32/os/linux/use/chat/ctx/8192/pri/50/tool/llama.cpp');
  const labels = page.getByTestId('speed-confidence');
  await expect(labels.first()).toBeVisible();
  const texts = await labels.allTextContents();
  expect(texts.length).toBeGreaterThan(3);
  // Fully on the card: the SYCL bands' widths; layers in RAM too: no measurements of SYCL beside the CPU (low).
  const onCard = texts.filter((t) => !/sycl\+cpu/.test(t));
  expect(onCard.length, texts.join('\n')).toBeGreaterThan(0);
  for (const t of onCard) {
    if (level === 'high') {
      expect(t).toBe('high confidence');
      continue;
    }
    expect(t.startsWith(`${level} confidence: `), t).toBe(true);
    for (const l of limits.filter((x) => x.level === level)) expect(t).toContain(l.reason);
  }
  for (const t of texts.filter((x) => /sycl\+cpu/.test(x))) expect(t).toMatch(/^low confidence: .*no measured decode (or prefill )?speeds on sycl\+cpu/);
});

test('[WIZARD] no card shows more than 100 % of usable memory: the desktop\'s share is taken off the VRAM before placing', async ({ page }) => {
  for (const path of [
    '/wizard/results/hw/gpu/gpu/geforce-rtx-4090/ram/32/os/windows/use/chat/ctx/8192/pri/50/tool/auto',
    '/wizard/results/hw/gpu/gpu/geforce-rtx-3060-12gb/ram/16/os/linux/use/coding/ctx/16384/pri/80/tool/auto',
    '/wizard/results/hw/gpu/gpu/geforce-rtx-4060/ram/32/os/windows/use/chat/ctx/4096/pri/20/tool/llama.cpp',
  ]) {
    await page.goto(path);
    const items = page.getByTestId('recommendation');
    await expect(items.first()).toBeVisible();
    const shown = await items.evaluateAll((nodes) =>
      nodes.map((n) => ({
        model: n.getAttribute('data-model'),
        fit: n.querySelector('[data-fit]')?.getAttribute('data-fit'),
        // Every percentage the card prints: the memory lines' and the tight-fit advice's.
        percents: [...n.querySelectorAll('[data-testid="memory-used-percent"], [data-testid="tight-fit"]')].flatMap((e) => [...(e.textContent ?? '').matchAll(/(\d+(?:\.\d+)?) %/g)].map((m) => Number(m[1]))),
        bars: [...n.querySelectorAll('[data-usable-bytes]')].map((e) => [Number(e.getAttribute('data-used-bytes')), Number(e.getAttribute('data-usable-bytes'))] as const),
      })),
    );
    expect(shown.length, path).toBeGreaterThan(0);
    for (const card of shown) {
      expect(card.bars.length, `${path} ${card.model}`).toBeGreaterThan(0);
      expect(card.percents.length, `${path} ${card.model}`).toBeGreaterThan(0);
      for (const p of card.percents) expect(p, `${path} ${card.model}`).toBeLessThanOrEqual(100);
      for (const [used, usable] of card.bars) expect(used, `${path} ${card.model}`).toBeLessThanOrEqual(usable);
    }
  }
  // On Windows a 24 GiB card places models in 23 GiB: the bar says so.
  await page.goto('/wizard/results/hw/gpu/gpu/geforce-rtx-4090/ram/32/os/windows/use/chat/ctx/8192/pri/50/tool/auto');
  await expect(page.getByTestId('recommendation').first()).toContainText('/ 23 GiB');
});

test('[WIZARD] Apple M3 Pro 18 GB, tool auto → MLX commands on the cards and the GPU cap explained', async ({ page }) => {
  await openWizard(page);
  await page.getByLabel('Apple Silicon Mac').check();
  await page.getByLabel('Chip and memory').selectOption('apple-m3-pro-18c-18gb');
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/mac\/mac\/apple-m3-pro-18c-18gb\/.*\/tool\/auto$/);
  await expect(page.getByRole('status').first()).toContainText("macOS lets the GPU use about 12 GiB of this Mac's 18 GiB");
  const results = await cards(page);
  const mlx = results.filter((r) => r.runtime === 'mlx');
  expect(mlx.length, JSON.stringify(results.map((r) => [r.model, r.runtime]))).toBeGreaterThan(0);
  for (const r of mlx) {
    expect(r.commands.some((c) => c.tool === 'mlx' && /^mlx_lm\.generate --model \S+/.test(c.text)), r.model).toBe(true);
    expect(r.commands.some((c) => c.tool === 'mlx' && /^mlx_lm\.server --model \S+/.test(c.text)), r.model).toBe(true);
  }
  // Where MLX beat a llama.cpp file of the same model at about the same bits, the card says what it gains.
  expect(mlx.some((r) => /^MLX instead of llama\.cpp/.test(r.tradeOff)), JSON.stringify(mlx.map((r) => r.tradeOff))).toBe(true);
  for (const r of results) expect(r.totalBytes, r.model).toBeLessThanOrEqual(12 * GIB);
});

test('[WIZARD] a 16 GB CPU laptop → nothing needs more than 16 GB, whatever RAM the catalog row was measured with', async ({ page }) => {
  await openWizard(page);
  await page.getByLabel('No usable GPU (CPU only)').check();
  await page.getByLabel('Machine').selectOption('intel-core-ultra-7-155h-16gb-lpddr5x');
  await page.getByLabel('System RAM (GiB)').fill('16');
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/cpu\/cpu\/intel-core-ultra-7-155h-16gb-lpddr5x\/ram\/16\//);
  const laptop = await cards(page);
  expect(laptop.length).toBeGreaterThan(3);
  for (const r of laptop) expect(r.totalBytes, r.model).toBeLessThanOrEqual(16 * GIB);
  // A desktop row measured with 32 GB, answered with 16 GB of RAM: the answer wins.
  await page.goto('/wizard/results/hw/cpu/cpu/amd-ryzen-7-7700x-32gb-ddr5-5200/ram/16/os/windows/use/chat/ctx/8192/pri/50/tool/auto');
  const desktop = await cards(page);
  for (const r of desktop) expect(r.totalBytes, r.model).toBeLessThanOrEqual(16 * GIB);
  await expect(page.getByText('with 16 GiB of system RAM')).toBeVisible();
});

test('[WIZARD] laptop presets by memory type (DDR4, DDR5, LPDDR5X) open that laptop\'s results; a laptop GPU is never told to add a desktop card', async ({ page }) => {
  await openWizard(page);
  await page.getByLabel('No usable GPU (CPU only)').check();
  const presets = page.getByTestId('laptop-presets');
  await expect(presets).toBeVisible();
  for (const [memory, slug, bandwidth] of [
    ['DDR4', 'amd-ryzen-7-5800u-16gb-ddr4-3200', '51.2 GB/s'],
    ['DDR5', 'amd-ryzen-7-8845hs-32gb-ddr5-5600', '89.6 GB/s'],
    ['LPDDR5X', 'amd-ryzen-7-8845hs-32gb-lpddr5x-7500', '120 GB/s'],
  ] as const) {
    await expect(presets.getByRole('listitem').filter({ hasText: `${memory} laptop` })).toContainText(bandwidth);
    await expect(presets.getByRole('link', { name: `${memory} laptop`, exact: true })).toHaveAttribute('href', new RegExp(`/wizard/results/hw/cpu/cpu/${slug}/`));
  }
  await presets.getByRole('link', { name: 'DDR4 laptop', exact: true }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/cpu\/cpu\/amd-ryzen-7-5800u-16gb-ddr4-3200\/ram\/16\//);
  for (const r of await cards(page)) expect(r.totalBytes, r.model).toBeLessThanOrEqual(16 * GIB);
  // A laptop GPU (the catalog row's form factor): advice stays on the laptop.
  await page.goto('/wizard/results/hw/gpu/gpu/geforce-rtx-4060-laptop/ram/16/os/windows/use/chat/ctx/8192/pri/50/tool/auto');
  await expect(page.getByTestId('recommendation').first()).toBeVisible();
  await expect(page.getByText(/A laptop takes no desktop card/).first()).toBeVisible();
  await expect(page.getByText(/^(Replace the|Add a second|Add another|Add a )/)).toHaveCount(0);
});

test('[WIZARD] two 64 GB Macs and a 16 GB one over Thunderbolt 5 RDMA → exo picks, each saying per machine what it holds and what to run', async ({ page }) => {
  await openWizard(page);
  await page.getByLabel('Several Macs (exo cluster)').check();
  // The PC answers do not apply to a cluster of Macs.
  await expect(page.getByLabel('System RAM (GiB)')).toBeHidden();
  await expect(page.getByLabel('Operating system')).toBeHidden();
  await page.getByLabel('Macs', { exact: true }).selectOption('apple-m4-pro-20c-64gb');
  await page.locator('#w-cmac1n').selectOption('2');
  await page.getByLabel('Other Macs (optional)').selectOption('apple-m4-10c-16gb');
  await page.getByLabel('Joined by').selectOption('tb5-rdma');
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/cluster\/macs\/apple-m4-pro-20c-64gb%2Capple-m4-pro-20c-64gb%2Capple-m4-10c-16gb\/link\/tb5-rdma\//);
  await expect(page.getByText(/over Thunderbolt 5 with RDMA/).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'exo places each model on the fewest of these 3 Macs' })).toBeVisible();

  const results = await cards(page);
  expect(results.length).toBeGreaterThan(3);
  for (const r of results) expect(r.runtime, r.model).toBe('exo');
  // The model that needs two machines: both 64 GB Macs hold layers, the 16 GB one is left free.
  const first = page.getByTestId('recommendation').filter({ has: page.locator('[data-testid="cluster-machine"][data-machine="2"]:not([data-layers="none"])') }).first();
  await expect(first).toBeVisible();
  const machines = first.getByTestId('cluster-machine');
  await expect(machines).toHaveCount(3);
  await expect(machines.nth(0)).toHaveAttribute('data-layers', /^1-\d+$/);
  await expect(machines.nth(0)).toContainText('runs uv run exo');
  await expect(machines.nth(2)).toHaveAttribute('data-layers', 'none');
  await expect(machines.nth(2)).toContainText('free');
  const runs = first.locator('pre[data-tool="exo"]', { hasText: /^uv run exo$/ });
  await expect(runs).toHaveCount(2);
  await expect(first.getByText(/^Machine 1 · .*: holds layers 1–\d+$/)).toHaveCount(1);

  // "Change answers" brings the machines back into the form.
  await page.getByRole('link', { name: 'Change answers' }).click();
  await expect(page.getByLabel('Several Macs (exo cluster)')).toBeChecked();
  await expect(page.locator('#w-cmac1')).toHaveValue('apple-m4-pro-20c-64gb');
  await expect(page.locator('#w-cmac1n')).toHaveValue('2');
  await expect(page.locator('#w-cmac2')).toHaveValue('apple-m4-10c-16gb');
  await expect(page.getByLabel('Joined by')).toHaveValue('tb5-rdma');
});

test('[WIZARD] a headless machine: the OS field explains it in one line, and the whole card is the model\'s', async ({ page }) => {
  await openWizard(page);
  await page.getByLabel('Graphics card(s)').check();
  await page.getByLabel('GPU', { exact: true }).fill('RTX 4090');
  await page.getByLabel('Operating system').selectOption('headless');
  await expect(page.getByText(/^Headless: a server or a machine whose display runs on another GPU/)).toBeVisible();
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/gpu\/gpu\/geforce-rtx-4090\/ram\/32\/os\/headless\//);
  // 24 GiB usable on a headless 4090 (Windows would keep 1 GiB of it).
  const usable = await page.locator('[data-usable-bytes]').evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-usable-bytes'))));
  expect(usable).toContain(24 * GIB);
  expect(usable).not.toContain(23 * GIB);
});

test('[WIZARD] 2× RTX 3090 → a 70B at 4 bits split over both GPUs', async ({ page }) => {
  await page.goto('/wizard/results?hw=gpu&gpu=geforce-rtx-3090,geforce-rtx-3090&ram=128&os=linux&use=chat&ctx=8192&pri=50&tool=auto');
  const results = await cards(page);
  const seventy = results.find((r) => r.params >= 65e9 && r.params <= 75e9 && r.bits >= 4 && r.bits < 5.5);
  expect(seventy, JSON.stringify(results.map((r) => `${r.model} ${r.bits}`))).toBeDefined();
  expect(seventy!.fit).toBe('full-gpu');
  expect(seventy!.gpuDevices).toBe(2);
  expect(seventy!.commands.find((c) => c.tool === 'llama.cpp')?.text).toMatch(/ -ts \d+,\d+/);
});

test('[WIZARD] a permalink reload reproduces the same results; back and forward work', async ({ page }) => {
  // An old query-string link redirects to the path permalink.
  await page.goto('/wizard/results?hw=gpu&gpu=geforce-rtx-4090&ram=64&os=windows&use=reasoning&ctx=16384&pri=70&tool=auto');
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/gpu\/gpu\/geforce-rtx-4090\/ram\/64\/os\/windows\/use\/reasoning\/ctx\/16384\/pri\/70\/tool\/auto$/);
  const first = await cards(page);
  await page.reload();
  expect(await cards(page)).toEqual(first);
  await page.getByRole('link', { name: 'Change answers' }).click();
  await expect(page).toHaveURL(/\/wizard\?/);
  await expect(page.getByLabel('GPU', { exact: true })).toHaveValue('NVIDIA GeForce RTX 4090');
  await expect(page.getByLabel('Use case')).toHaveValue('reasoning');
  await page.goBack();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/gpu\//);
  expect(await cards(page)).toEqual(first);
});

test('[WIZARD] the form works with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/wizard');
  await page.getByLabel('No usable GPU (CPU only)').check();
  await page.getByLabel('Machine').selectOption({ index: 0 });
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/cpu\//);
  await expect(page.getByTestId('recommendation').first()).toBeVisible();
  await context.close();
});

test('[WIZARD] invalid answers get a message naming the field; forged links get 4xx, never a 500 or a cached page', async ({ page, request }) => {
  await openWizard(page);
  await page.getByLabel('Graphics card(s)').check();
  await page.getByLabel('GPU', { exact: true }).fill('GeForce 9999 Imaginary');
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'need a fix' })).toBeVisible();
  await expect(page.locator('#w-gpu1-error')).toContainText('not a GPU in the catalog');

  // Answers the schema refuses: 400 naming the field (proxy.ts, before anything renders).
  for (const [path, field] of [
    ['?hw=gpu', 'gpu'], ['?hw=gpu&gpu=geforce-rtx-4090&ctx=-1', 'ctx'], ['?hw=gpu&gpu=geforce-rtx-4090&evil=1', 'evil'], ['?hw=%00', 'hw'],
    ['/hw', 'alternate'], ['/hw/gpu/hw/mac', 'hw appears twice'], ['/hw/gpu/gpu/geforce-rtx-4090/pri/900', 'pri'], ['/error/x', 'error'],
    ['/hw/gpu/gpu/geforce-rtx-4090/ram/31.5', 'ram'], ['/hw/%ZZ', '%-escape'],
  ]) {
    const response = await request.get(`/wizard/results${path}`);
    expect(response.status(), path).toBe(400);
    const text = await response.text();
    expect(text, path).toContain('This wizard link has a problem');
    expect(text, path).toContain(field);
  }
  // Well-formed, but naming hardware the catalog does not have: 404, rendered each time (never cached).
  for (const path of ['?hw=gpu&gpu=nope', '?hw=mac&mac=geforce-rtx-4090']) {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(`/wizard/results${path}`);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['x-nextjs-cache'], path).not.toBe('HIT');
      expect(await response.text(), path).toContain('not in the catalog');
    }
  }
});

test('[PLAN] Llama 3.3 70B Q4_K_M at 8k lists options that fit: those meeting the target first, each cheapest first, prices labelled', async ({ page }) => {
  await page.goto('/plan');
  await page.getByLabel('Model').selectOption('llama-3.3-70b-instruct');
  await page.getByLabel('Quantization').selectOption('Q4_K_M');
  await page.getByLabel('Context (tokens)').fill('8192');
  await page.getByRole('button', { name: 'Find hardware' }).click();
  await expect(page).toHaveURL(/\/plan\?model=llama-3\.3-70b-instruct&quant=Q4_K_M&ctx=8192/);
  const rows = page.getByTestId('plan-options').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const data = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({ fit: tr.getAttribute('data-fit'), meets: tr.getAttribute('data-meets'), price: tr.querySelector('[data-price]')?.getAttribute('data-price') ?? '', scope: tr.querySelector('[data-price]')?.getAttribute('data-price-scope') ?? '' })),
  );
  expect(data.length).toBeGreaterThan(3);
  expect(data.every((d) => d.fit === 'full-gpu')).toBe(true);
  // Options meeting the target come first; within each group priced ones ascend and unpriced ones come last.
  const firstMiss = data.findIndex((d) => d.meets === 'no');
  if (firstMiss >= 0) expect(data.slice(firstMiss).every((d) => d.meets === 'no')).toBe(true);
  for (const group of [firstMiss < 0 ? data : data.slice(0, firstMiss), firstMiss < 0 ? [] : data.slice(firstMiss)]) {
    const prices = group.filter((d) => d.price !== '').map((d) => Number(d.price));
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const firstUnpriced = group.findIndex((d) => d.price === '');
    if (firstUnpriced >= 0) expect(group.slice(firstUnpriced).every((d) => d.price === '')).toBe(true);
  }
  expect(data.filter((d) => d.price !== '').length).toBeGreaterThan(1);
  // Every price says what it covers: the cards alone or a whole system.
  for (const d of data.filter((x) => x.price !== '')) expect(['card', 'system']).toContain(d.scope);
  await expect(page.getByTestId('plan-options')).toContainText(/card only · /);
});

test('[COMPARE] two choices side by side', async ({ page }) => {
  await page.goto('/compare?c=llama-3.3-70b-instruct~Q2_K~geforce-rtx-4090~1~8192&c=qwen3-32b~Q4_K_M~geforce-rtx-4090~1~8192');
  const table = page.getByTestId('compare-table');
  await expect(table.getByRole('columnheader', { name: /Llama 3\.3 70B/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Memory needed/ })).toContainText('GiB');
  await expect(table.getByRole('row', { name: /^Fit/ })).toContainText(/Partly in system RAM|Fits on the GPU/);
});

test('[API] POST /api/v1/estimate answers like the CLI and names the field on errors', async ({ request }) => {
  const ok = await request.post('/api/v1/estimate', {
    data: { model: { slug: 'llama-3.1-8b-instruct' }, quant: 'Q4_K_M', contextTokens: 8192, hardware: { devices: [{ slug: 'geforce-rtx-4090' }], systemMemoryBytes: 68719476736 } },
  });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.fit).toBe('full-gpu');
  expect(body.memory.kvCacheBytes).toBe(1024 * 2 ** 20);
  expect(body.speed.decodeTokensPerSec.low).toBeLessThan(body.speed.decodeTokensPerSec.high);

  const bad = await request.post('/api/v1/estimate', { data: { model: { slug: 'llama-3.1-8b-instruct' }, quant: 'Q4_K_M', contextTokens: -5 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.field).toBe('contextTokens');
  const notJson = await request.post('/api/v1/estimate', { data: '{not json', headers: { 'content-type': 'application/json' } });
  expect(notJson.status()).toBe(400);
});

test('[WIZARD] "RTX 3090" typed in → results for the RTX 3090', async ({ page }) => {
  await openWizard(page);
  await page.getByLabel('Graphics card(s)').check();
  await page.getByLabel('GPU', { exact: true }).fill('RTX 3090');
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/gpu\/gpu\/geforce-rtx-3090\//);
  await expect(page.getByRole('strong').filter({ hasText: /^NVIDIA GeForce RTX 3090$/ })).toBeVisible();
  await expect(page.getByTestId('recommendation').first()).toBeVisible();
});

test('[WIZARD] a GPU name that fits several cards offers them; picking one gives its results', async ({ page }) => {
  await openWizard(page);
  await page.getByLabel('Graphics card(s)').check();
  await page.getByLabel('GPU', { exact: true }).fill('4060 Ti');
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page.locator('#w-gpu1-error')).toContainText('could be several cards');
  const choices = page.getByRole('group', { name: 'Did you mean' });
  await expect(choices.getByRole('radio')).toHaveCount(2);
  await choices.getByRole('radio', { name: 'NVIDIA GeForce RTX 4060 Ti 16 GB' }).check();
  await expect(page.getByLabel('GPU', { exact: true })).toHaveValue('NVIDIA GeForce RTX 4060 Ti 16 GB');
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/gpu\/gpu\/geforce-rtx-4060-ti-16gb\//);
});

test('[WIZARD] without JavaScript, "did you mean" still works: a typo, a choice, results', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/wizard');
  await expect(page.getByRole('button', { name: 'Detect my hardware' })).toHaveCount(0);
  await page.getByLabel('Graphics card(s)').check();
  await page.getByLabel('GPU', { exact: true }).fill('RTX 3909');
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page.locator('#w-gpu1-error')).toContainText('not a GPU in the catalog');
  await page.getByRole('group', { name: 'Did you mean' }).getByRole('radio', { name: 'NVIDIA GeForce RTX 3090', exact: true }).check();
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/gpu\/gpu\/geforce-rtx-3090\//);
  await context.close();
});

test('[WIZARD] "Detect my hardware" fills in the GPU and OS the browser reports and says what it could not detect', async ({ browser }) => {
  const context = await browser.newContext();
  // What Chrome on Windows with an RTX 3090 exposes (WebGL's unmasked renderer, platform, capped
  // deviceMemory); headless Chromium here draws in software, so the browser's answers are set.
  await context.addInitScript(() => {
    const renderer = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3090 (0x00002204) Direct3D11 vs_5_0 ps_5_0, D3D11)';
    const UNMASKED_RENDERER = 0x9246;
    const fake = { getExtension: () => ({ UNMASKED_RENDERER_WEBGL: UNMASKED_RENDERER }), getParameter: (p: number) => (p === UNMASKED_RENDERER ? renderer : null), RENDERER: 0x1f01 };
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      return kind === 'webgl' || kind === 'webgl2' ? fake : original.call(this, kind as '2d', ...(rest as []));
    } as typeof original;
    Object.defineProperty(navigator, 'gpu', { get: () => undefined });
    Object.defineProperty(navigator, 'deviceMemory', { get: () => 8 });
    Object.defineProperty(navigator, 'userAgentData', { get: () => ({ platform: 'Windows' }) });
  });
  const page = await context.newPage();
  await openWizard(page);
  await page.getByLabel('Apple Silicon Mac').check();
  await page.getByRole('button', { name: 'Detect my hardware' }).click();
  const report = page.getByRole('status').filter({ hasText: 'Not detected' });
  await expect(report).toContainText('NVIDIA GeForce RTX 3090');
  await expect(report).toContainText('at most 8 GB');
  await expect(page.getByLabel('Graphics card(s)')).toBeChecked();
  await expect(page.getByLabel('GPU', { exact: true })).toHaveValue('NVIDIA GeForce RTX 3090');
  await expect(page.getByLabel('Operating system')).toHaveValue('windows');
  await page.getByRole('button', { name: 'Show what I can run' }).click();
  await expect(page).toHaveURL(/\/wizard\/results\/hw\/gpu\/gpu\/geforce-rtx-3090\/ram\/32\/os\/windows\//);
  await context.close();
});

test('[WIZARD] the re-rank slider keeps keyboard focus from step to step', async ({ page }) => {
  await page.goto('/wizard/results/hw/gpu/gpu/geforce-rtx-4090/ram/64/os/windows/use/chat/ctx/8192/pri/50/tool/auto');
  const slider = page.getByRole('slider', { name: 'Re-rank' });
  // Enabled once the page runs: a step taken before that would move the thumb and re-rank nothing.
  await expect(slider).toBeEnabled();
  await slider.focus();
  for (const priority of [55, 60]) {
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`/pri/${priority}/tool/auto$`));
    await expect(page.getByRole('slider', { name: 'Re-rank' })).toBeFocused();
    await expect(page.getByRole('slider', { name: 'Re-rank' })).toHaveValue(String(priority));
  }
});

const RESULTS_4090 = '/wizard/results/hw/gpu/gpu/geforce-rtx-4090/ram/64/os/windows/use/chat/ctx/8192/pri/50/tool/auto';

test('[WIZARD] the form does not move under the pointer as it hydrates', async ({ browser }) => {
  // The server's HTML alone is what a reader sees (and clicks) before hydration.
  const bare = await browser.newContext({ javaScriptEnabled: false });
  const before = await bare.newPage();
  await before.goto('/wizard');
  const choiceBefore = await before.getByLabel('Graphics card(s)').boundingBox();
  await bare.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await openWizard(page);
  const choiceAfter = await page.getByLabel('Graphics card(s)').boundingBox();
  const at = (box: { x: number; y: number } | null) => box && { x: Math.round(box.x), y: Math.round(box.y) };
  expect(choiceBefore).not.toBeNull();
  expect(at(choiceAfter)).toEqual(at(choiceBefore));
  await context.close();
});

test('[WIZARD] the re-rank slider is disabled until it can re-rank', async ({ browser }) => {
  const bare = await browser.newContext({ javaScriptEnabled: false });
  const before = await bare.newPage();
  await before.goto(RESULTS_4090);
  await expect(before.getByRole('slider', { name: 'Re-rank' })).toBeDisabled();
  await bare.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(RESULTS_4090);
  await expect(page.getByRole('slider', { name: 'Re-rank' })).toBeEnabled();
  await context.close();
});
