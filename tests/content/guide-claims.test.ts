import { describe, expect, it } from 'vitest';
import { listGuides } from '@/lib/content';
import { HARDWARE_CLASSES, SPEED_CHART_QUANTS, estimateTableFigures, findModel, fourBitFormat, guideEstimate, guideHardwareSpec, isCodebookQuant, isLowBitKQuant, modelSizeRows, qualityCalibration, speedChartFigures, tierPicks } from '@/lib/guide-figures';
import { loadSeedData } from '@/lib/data/catalog-seed';
import { SEED_CATALOG } from '@/tests/support/seed-catalog';
import { expandLayers } from '@/lib/architecture/layers';
import { paramCounts } from '@/lib/architecture/params';

// The prose beside a live component must not contradict it. The components draw their rows from
// lib/guide-figures.ts; these tests compute the same rows from the seed catalog and check the
// claims a guide's text makes about them. Each claim quotes the sentence it checks, so editing
// the sentence fails here until the claim is re-stated.

const guides = listGuides();
const SEED_RECORDS_FORMATS = loadSeedData().formats;
const bodyOf = (slug: string) => {
  const guide = guides.find((g) => g.slug === slug);
  if (!guide) throw new Error(`no guide "${slug}"`);
  return guide.body;
};

/** Attributes of every <Element …/> of one kind in a guide, outside code fences. */
function elements(slug: string, element: string): Record<string, string>[] {
  const prose = bodyOf(slug).replace(/^```[\s\S]*?^```/gm, '');
  return [...prose.matchAll(new RegExp(`<${element}((?:\\s+\\w+="[^"]*")*)\\s*/>`, 'g'))].map(([, attributes]) =>
    Object.fromEntries([...attributes!.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!])),
  );
}

const bitsOf = (format: string) => guideEstimate(SEED_CATALOG, 'llama-3.1-8b-instruct', format).bitsPerWeight;

describe('SpeedChart and its prose', () => {
  const charts = guides.flatMap((g) => elements(g.slug, 'SpeedChart').map((attributes) => ({ slug: g.slug, model: attributes.model ?? '', hardware: attributes.hardware ?? '' })));

  it('is used somewhere (the extractor is not blind)', () => {
    expect(charts.length).toBeGreaterThan(0);
  });

  it.each(charts)('$slug: $model on $hardware says "does not fit" exactly for the formats that do not fit', ({ model, hardware }) => {
    const figures = speedChartFigures(SEED_CATALOG, model, hardware);
    const spilled = figures.rows.filter((r) => r.fit !== 'full-gpu').map((r) => r.quant);
    expect(figures.caption.includes('not fit')).toBe(spilled.length > 0);
    for (const row of figures.rows) expect(figures.caption.includes(`${row.quant} do`) || figures.caption.includes(`${row.quant},`) || figures.caption.includes(`${row.quant} and`), row.quant).toBe(spilled.includes(row.quant));
    if (spilled.length === 0) expect(figures.caption).toContain('F16 included, fits');
  });

  it.each(charts)('$slug: $model on $hardware decodes faster with fewer bytes, as the text says, and shows no I-quant ahead of Q4_K_M', ({ slug, model, hardware }) => {
    const body = bodyOf(slug);
    const figures = speedChartFigures(SEED_CATALOG, model, hardware);
    const speed = (quant: string) => figures.rows.find((r) => r.quant === quant)?.expected;
    // "A 4-bit file has about a third of the bytes of an FP16 one, so it decodes faster, not slower."
    expect(body).toContain('so it decodes faster, not slower');
    expect(speed('Q4_K_M')!).toBeGreaterThan(speed('Q8_0')!);
    expect(speed('Q8_0')!).toBeGreaterThan(speed('F16')!);
    // "IQ3_S … and IQ3_M …, both slower than the larger Q4_K_M": no I-quant may be drawn faster.
    expect(body).toContain('both slower than the larger Q4_K_M');
    for (const row of figures.rows.filter((r) => isCodebookQuant(r.quant))) expect(row.expected, row.quant).toBeLessThan(speed('Q4_K_M')!);
    // Outside the I-quants the chart's order is the order of file size, as the text explains.
    const bySize = [...figures.rows].sort((a, b) => b.fileBytes - a.fileBytes).map((r) => r.quant);
    const bySpeed = [...figures.rows].sort((a, b) => a.expected - b.expected).map((r) => r.quant);
    expect(bySpeed).toEqual(bySize);
  });

  it('considerations: draws F16, Q8_0 and Q4_K_M in the order of the llama.cpp speeds the text quotes, and nothing below 4 bits, which the text says is no faster', () => {
    const body = bodyOf('considerations');
    // "71.9 tokens/s at Q4_K_M, 50.9 at Q8_0 and 29.2 at F16 on the same machine"
    const quoted = /([\d.]+) tokens\/s at Q4_K_M, ([\d.]+) at Q8_0 and ([\d.]+) at F16/.exec(body);
    expect(quoted, 'the quantize README speeds are quoted').not.toBeNull();
    const measured = { Q4_K_M: Number(quoted![1]), Q8_0: Number(quoted![2]), F16: Number(quoted![3]) };
    const figures = speedChartFigures(SEED_CATALOG, 'llama-3.1-8b-instruct', 'geforce-rtx-4090');
    const drawn = (quant: keyof typeof measured) => figures.rows.find((r) => r.quant === quant)!.expected;
    const byMeasured = (Object.keys(measured) as (keyof typeof measured)[]).sort((a, b) => measured[a] - measured[b]);
    const byDrawn = [...byMeasured].sort((a, b) => drawn(a) - drawn(b));
    expect(byDrawn).toEqual(byMeasured);
    // "The 3-bit K-quants are no faster either … Choose formats below 4 bits to fit a model in memory, not to gain speed."
    expect(body).toContain('The 3-bit K-quants are no faster either');
    expect(body).toContain('leaves out the formats below 4 bits');
    expect(figures.rows.map((r) => r.quant)).toEqual([...SPEED_CHART_QUANTS]);
    for (const row of figures.rows) expect(isCodebookQuant(row.quant) || isLowBitKQuant(row.quant), row.quant).toBe(false);
    expect(figures.caption).toContain('Formats below 4 bits are left out');
  });

  it('would draw Q3_K_M ahead of Q4_K_M if it were shown (why the chart leaves it out)', () => {
    const hardware = guideHardwareSpec(SEED_CATALOG, ['geforce-rtx-4090']);
    const at = (quant: string) => guideEstimate(SEED_CATALOG, 'llama-3.1-8b-instruct', quant, { contextTokens: 4096, depthTokens: 0, runtime: 'llama.cpp', hardware }).speed!.decodeTokensPerSec.expected;
    expect(isLowBitKQuant('Q3_K_M') && isLowBitKQuant('Q2_K') && !isLowBitKQuant('Q4_K_M')).toBe(true);
    expect(at('Q3_K_M')).toBeGreaterThan(at('Q4_K_M'));
  });

  it('would catch an I-quant drawn ahead of Q4_K_M (the check is not blind)', () => {
    const hardware = guideHardwareSpec(SEED_CATALOG, ['geforce-rtx-4090']);
    const at = (quant: string) => guideEstimate(SEED_CATALOG, 'llama-3.1-8b-instruct', quant, { contextTokens: 4096, depthTokens: 0, runtime: 'llama.cpp', hardware }).speed!.decodeTokensPerSec.expected;
    // The estimator prices bytes only, so left in, IQ3_M would contradict the text.
    expect(at('IQ3_M')).toBeGreaterThan(at('Q4_K_M'));
  });
});

describe('QuantLadder and the quality figures in the text', () => {
  it('labels every published figure with or without an importance matrix', () => {
    const gguf = SEED_RECORDS_FORMATS.filter((f) => f.family === 'gguf' && f.qualityLossPct != null);
    expect(gguf.length).toBeGreaterThan(10);
    for (const format of gguf) expect(qualityCalibration(format.qualityMetric), format.name).not.toBe('unstated');
    expect(new Set(gguf.map((f) => qualityCalibration(f.qualityMetric)))).toEqual(new Set(['imatrix', 'no-imatrix']));
  });

  it.each([
    ['… 10M-token Wikitext imatrix)', 'imatrix'],
    ['… scoreboard, no imatrix)', 'no-imatrix'],
    ['PPL increase vs FP16', 'unstated'],
    [null, 'unstated'],
  ] as const)('read the calibration of %j as %s', (metric, calibration) => {
    expect(qualityCalibration(metric)).toBe(calibration);
  });

  it('prints, for each quant the precision guide lists first, the figure the ladder shows without an importance matrix', () => {
    const body = bodyOf('precision-and-quantization');
    const listed = [...body.matchAll(/^- \*\*(Q\w+)\*\*: (?:perplexity )?(about )?\+([\d.]+) %/gm)].map(([, name, about, value]) => ({ name: name!, about: Boolean(about), value: Number(value) }));
    expect(listed.map((l) => l.name)).toEqual(['Q8_0', 'Q6_K', 'Q5_K_M', 'Q4_K_M', 'Q3_K_M', 'Q2_K']);
    for (const { name, about, value } of listed) {
      const format = SEED_RECORDS_FORMATS.find((f) => f.name === name)!;
      expect(qualityCalibration(format.qualityMetric), name).toBe('no-imatrix');
      const decimals = String(value).split('.')[1]?.length ?? 0;
      const tolerance = about ? 10 ** -decimals : 0.5 * 10 ** -decimals;
      expect(Math.abs(format.qualityLossPct! - value), name).toBeLessThanOrEqual(tolerance);
    }
    expect(body).toContain('+2.8 % without an importance matrix');
  });
});

describe('ModelSizeTable and where the text says a model fits', () => {
  const tables = guides.flatMap((g) => elements(g.slug, 'ModelSizeTable').map((attributes) => ({ slug: g.slug, models: attributes.models ?? '', contextTokens: attributes.contextTokens })));
  const classIndex = (label: string | null) => (label === null ? HARDWARE_CLASSES.length : HARDWARE_CLASSES.findIndex((c) => c.label === label));

  it('sizes gpt-oss by its released MXFP4 file, not a hypothetical Q4_K_M', () => {
    expect(fourBitFormat(findModel(SEED_CATALOG, 'gpt-oss-120b'))).toBe('MXFP4');
    expect(fourBitFormat(findModel(SEED_CATALOG, 'llama-3.1-8b-instruct'))).toBe('Q4_K_M');
    const [row] = modelSizeRows(SEED_CATALOG, ['gpt-oss-120b'], 8192);
    expect(row!.fourBit.fileBytesSource).toBe('catalog');
  });

  it.each([
    ['vllm', 'which is what lets gpt-oss-120b run on one 80 GB GPU'],
    ['running-locally', 'and gpt-oss-120b, which fits on one 80 GB GPU'],
  ])('%s: "%s" agrees with the estimate and with every size table', (slug, sentence) => {
    expect(bodyOf(slug)).toContain(sentence);
    const model = findModel(SEED_CATALOG, 'gpt-oss-120b');
    const onH100 = guideEstimate(SEED_CATALOG, model.slug, fourBitFormat(model), { contextTokens: 8192, hardware: guideHardwareSpec(SEED_CATALOG, ['h100-sxm'], 256 * 2 ** 30) });
    expect(onH100.fit).toBe('full-gpu');
    for (const table of tables.filter((t) => t.models!.split(',').includes(model.slug))) {
      const [row] = modelSizeRows(SEED_CATALOG, [model.slug], Number(table.contextTokens ?? 8192));
      expect(classIndex(row!.holdsIt), `${table.slug}: ${row!.holdsIt}`).toBeLessThanOrEqual(classIndex('80 GB GPU (H100)'));
    }
  });
});

describe('considerations: the coding picks and the text above them', () => {
  it('"the wizard\'s picks for a 24 GB card below lead with a general model"', () => {
    const body = bodyOf('considerations');
    expect(body).toContain("the wizard's picks for a 24 GB card below lead with a general model");
    const [attributes] = elements('considerations', 'TierPicks').filter((a) => a.useCase === 'coding');
    expect(attributes?.tier).toBe('gaming-24gb');
    const { results } = tierPicks(SEED_CATALOG, attributes!.tier!, 'coding', Number(attributes!.context));
    expect(results[0]!.model.slug).not.toMatch(/coder|devstral|codestral/i);
  });
});

describe('model sizes: hybrid attention and the KV cache', () => {
  it('"The models people download in late 2026 … Most of them are mixture-of-experts models"', () => {
    const body = bodyOf('model-sizes-and-memory');
    expect(body).toContain('The models people download in late 2026 are computed the same way. Most of them are <Term id="mixture-of-experts">mixture-of-experts</Term> models');
    const tables = elements('model-sizes-and-memory', 'ModelSizeTable');
    const recent = tables.find((t) => (t.models ?? '').includes('kimi-k2.6'));
    expect(recent).toBeDefined();
    const models = recent!.models!.split(',').map((slug) => findModel(SEED_CATALOG, slug));
    const moe = models.filter((m) => m.activeParams < m.totalParams);
    expect(moe.length * 2).toBeGreaterThan(models.length);
  });

  it('"each token of context takes a quarter as much cache in the hybrid Qwen3.6 27B as in the dense Qwen3 32B"', () => {
    expect(bodyOf('model-sizes-and-memory')).toContain('each token of context takes a quarter as much cache in the hybrid Qwen3.6 27B as in the dense Qwen3 32B');
    const perToken = (slug: string) => {
      const kv = (contextTokens: number) => guideEstimate(SEED_CATALOG, slug, 'Q4_K_M', { contextTokens }).memory.kvCacheBytes;
      return (kv(32768) - kv(8192)) / (32768 - 8192);
    };
    expect(perToken('qwen3.6-27b') / perToken('qwen3-32b')).toBeCloseTo(0.25, 2);
  });
});

describe('2026 models in the guides', () => {
  it('the guides size at least five model families released in 2026', () => {
    const sized = guides.flatMap((g) => [...elements(g.slug, 'ModelSizeTable').flatMap((a) => (a.models ?? '').split(',')), ...elements(g.slug, 'EstimateTable').map((a) => a.model ?? '')]);
    const families = new Set(sized.filter((slug) => slug !== '').map((slug) => findModel(SEED_CATALOG, slug)).filter((m) => m.releaseDate?.startsWith('2026')).map((m) => m.family));
    expect(families.size, [...families].join(', ')).toBeGreaterThanOrEqual(5);
  });
});

describe('TierPicks and the hardware tiers in running-locally', () => {
  const body = bodyOf('running-locally');
  const billions = (n: number) => n / 1e9;
  const bits = (format: string) => bitsOf(format);

  it('laptop: "at most about 10B parameters per token, at 3 to 5 bits"; gpt-oss-20b about as fast as a 4B, an 8B or 9B about half; Gemma 4 26B-A4B only at IQ3_M', () => {
    expect(body).toContain('reads at most about 10B parameters per token, at 3 to 5 bits');
    expect(body).toContain('Gemma 4 26B-A4B (4B active) fits the same way only at about 3.7 bits (IQ3_M)');
    const { results } = tierPicks(SEED_CATALOG, 'laptop', 'chat');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(billions(r.model.activeParams), r.model.slug).toBeLessThanOrEqual(10.5);
      expect(bits(r.format), `${r.model.slug} ${r.format}`).toBeGreaterThanOrEqual(3);
      expect(bits(r.format), `${r.model.slug} ${r.format}`).toBeLessThan(6);
      // Only a mixture of experts goes below 4 bits to fit.
      if (bits(r.format) < 4) expect(r.model.activeParams, r.model.slug).toBeLessThan(r.model.totalParams);
    }
    const gemma4 = results.find((r) => r.model.slug === 'gemma-4-26b-a4b-it');
    if (gemma4) expect(gemma4.format).toBe('IQ3_M');
    expect(bits('IQ3_M')).toBeCloseTo(3.7, 0);
    const speedOf = (pred: (slug: string) => boolean) => results.filter((r) => pred(r.model.slug)).map((r) => r.decodeTokensPerSec!.expected);
    // Gemma 4 E4B reads about 4B parameters a token (its per-layer tables are only looked up).
    const fourB = speedOf((s) => /-e?4b(?!-a)/.test(s));
    const moe = speedOf((s) => s === 'gpt-oss-20b');
    const eightB = speedOf((s) => /-[89]b/.test(s));
    expect(fourB.length, 'a 4B-class pick to compare with').toBeGreaterThan(0);
    expect(eightB.length + moe.length, 'an 8B/9B or gpt-oss-20b pick to compare with').toBeGreaterThan(0);
    expect(body).toContain('which decodes about as fast as a 4B model');
    expect(body).toContain('an 8B or 9B (Qwen3.5 9B) if you accept about two thirds of their speed');
    for (const m of moe) {
      for (const f of fourB) {
        expect(m / f).toBeGreaterThan(0.7);
        expect(m / f).toBeLessThan(1.4);
      }
    }
    for (const e of eightB) {
      for (const f of fourB) {
        expect(e / f).toBeGreaterThan(0.5);
        expect(e / f).toBeLessThan(0.8);
      }
    }
  });

  it('8 GB: "Llama 3.1 8B at Q5_K_M with 8K tokens needs about 7 GiB, which fits an RTX 4060\'s 8 GB beside the 1 GiB the Windows desktop keeps"', () => {
    expect(body).toContain("7B to 8B models at 4 to 5 bits with an 8K-token context (Llama 3.1 8B at Q5_K_M with 8K tokens needs about 7 GiB, which fits an RTX 4060's 8 GB beside the 1 GiB the Windows desktop keeps)");
    const onCard = guideEstimate(SEED_CATALOG, 'llama-3.1-8b-instruct', 'Q5_K_M', { contextTokens: 8192, hardware: guideHardwareSpec(SEED_CATALOG, ['geforce-rtx-4060'], 16 * 2 ** 30) });
    expect(onCard.memory.totalBytes / 2 ** 30).toBeGreaterThan(6.5);
    expect(onCard.memory.totalBytes / 2 ** 30).toBeLessThan(7.5);
    expect(onCard.fit).toBe('full-gpu');
    expect(onCard.assumptions.join(' ')).toMatch(/1\.0 GiB of the GPU kept for the Windows desktop/);
    const { results } = tierPicks(SEED_CATALOG, 'gaming-8gb', 'chat');
    const dense = results.filter((r) => r.model.activeParams === r.model.totalParams && r.estimate.fit === 'full-gpu');
    expect(dense.some((r) => billions(r.model.totalParams) >= 7 && bits(r.format) >= 4 && bits(r.format) < 6)).toBe(true);
  });

  it('8 GB: "Qwen3.5 9B fits the same card at Q4_K_M (a 5.7 GB file), its per-token cache kept in only a quarter of its layers"', () => {
    expect(body).toContain('[Qwen3.5 9B](/models/qwen3.5-9b) fits the same card at Q4_K_M (a 5.7 GB file), its per-token cache kept in only a quarter of its layers.');
    const qwen = findModel(SEED_CATALOG, 'qwen3.5-9b');
    const file = qwen.artifacts.find((a) => a.format === 'Q4_K_M' && a.fileBytes !== null);
    expect((file!.fileBytes! / 1e9).toFixed(1)).toBe('5.7');
    const onCard = guideEstimate(SEED_CATALOG, 'qwen3.5-9b', 'Q4_K_M', { contextTokens: 8192, hardware: guideHardwareSpec(SEED_CATALOG, ['geforce-rtx-4060'], 16 * 2 ** 30) });
    expect(onCard.fit).toBe('full-gpu');
    expect(onCard.assumptions.join(' ')).toMatch(/1\.0 GiB of the GPU kept for the Windows desktop/);
    const layers = expandLayers(qwen.architecture);
    if (!layers.ok) throw new Error(layers.error);
    const withCache = layers.layers.filter((l) => l.mixer.kind === 'full' || l.mixer.kind === 'sliding').length;
    expect(withCache * 4).toBe(layers.layers.length);
  });

  it('laptop: "Gemma 4 E4B, whose further 2.9B parameters of per-layer embedding tables are only looked up"', () => {
    expect(body).toContain('[Gemma 4 E4B](/models/gemma-4-e4b-it), whose further 2.9B parameters of per-layer embedding tables are only looked up, not read for every token');
    const counts = paramCounts(findModel(SEED_CATALOG, 'gemma-4-e4b-it').architecture);
    expect((counts.byGroup['per-layer-embeddings'] / 1e9).toFixed(1)).toBe('2.9');
    // What is left once the tables are set aside is the "E4B" class: about 4B to 5B read per token.
    expect(billions(counts.languageModel - counts.byGroup['per-layer-embeddings'])).toBeGreaterThan(4);
    expect(billions(counts.languageModel - counts.byGroup['per-layer-embeddings'])).toBeLessThan(5);
  });

  it('12 GB: "12B to 14B at about 4 bits", "Q5_K_M spills into RAM", "gpt-oss-20b … whole on the 16 GB cards and with a few experts in RAM on 12 GB"', () => {
    expect(body).toContain('12B to 14B at about 4 bits (Gemma 3 12B, Qwen3 14B, Phi-4 at Q4_K_M; on a 12 GB card under Windows, whose desktop keeps about 1 GiB of it, Q5_K_M spills into RAM)');
    expect(body).toContain('gpt-oss-20b in its own MXFP4 release, whole on the 16 GB cards and with a few experts in RAM on 12 GB');
    const card = (slug: string) => guideHardwareSpec(SEED_CATALOG, [slug], 32 * 2 ** 30);
    const on = (model: string, quant: string, slug: string) => guideEstimate(SEED_CATALOG, model, quant, { contextTokens: 8192, hardware: card(slug) });
    for (const model of ['gemma-3-12b-it', 'qwen3-14b', 'phi-4']) expect(on(model, 'Q4_K_M', 'geforce-rtx-3060-12gb').fit, model).toBe('full-gpu');
    expect(on('qwen3-14b', 'Q5_K_M', 'geforce-rtx-3060-12gb').fit).toBe('partial-offload');
    expect(on('qwen3-14b', 'Q4_K_M', 'geforce-rtx-3060-12gb').assumptions.join(' ')).toMatch(/1\.0 GiB of the GPU kept for the Windows desktop/);
    const oss12 = on('gpt-oss-20b', 'MXFP4', 'geforce-rtx-3060-12gb');
    expect(oss12.fit).toBe('partial-offload');
    expect(oss12.placement.moeExpertLayersOnCpu).toBeGreaterThan(0);
    expect(on('gpt-oss-20b', 'MXFP4', 'geforce-rtx-4060-ti-16gb').fit).toBe('full-gpu');
    const { results } = tierPicks(SEED_CATALOG, 'gaming-12gb', 'coding');
    for (const r of results.filter((r) => r.model.slug.startsWith('gpt-oss'))) expect(r.format).toBe('MXFP4');
    const moeInRam = (r: (typeof results)[number]) => r.model.activeParams < r.model.totalParams && r.estimate.fit === 'partial-offload';
    // "With 32 GB of system RAM, a 30B mixture-of-experts model … its experts in RAM … ranks above the 14B models"
    expect(body).toContain('a 30B-class mixture-of-experts model such as Laguna XS-2.1, Qwen3.6-35B-A3B or Qwen3-Coder-30B-A3B runs too, its attention on the GPU and its experts in RAM');
    expect(['laguna-xs-2.1', 'qwen3.6-35b-a3b', 'qwen3-coder-30b-a3b-instruct']).toContain(results[0]!.model.slug);
    expect(moeInRam(results[0]!)).toBe(true);
    // "these rank above the 14B models that fit whole"
    const firstWhole14B = results.findIndex((r) => !moeInRam(r) && billions(r.model.totalParams) >= 12);
    for (const slug of ['laguna-xs-2.1', 'qwen3.6-35b-a3b', 'qwen3-coder-30b-a3b-instruct']) {
      const at = results.findIndex((r) => r.model.slug === slug);
      if (at >= 0 && firstWhole14B >= 0) expect(at, slug).toBeLessThan(firstWhole14B);
    }
    for (const r of results.filter((r) => !moeInRam(r))) expect(billions(r.model.totalParams), r.model.slug).toBeLessThan(22);
  });

  it('24 GB: "24B to 32B at 4 to 5 bits … or MoE models"', () => {
    expect(body).toContain('24B to 32B at 4 to 5 bits');
    const { results } = tierPicks(SEED_CATALOG, 'gaming-24gb', 'chat');
    for (const r of results) {
      const dense = r.model.activeParams === r.model.totalParams;
      if (dense) {
        expect(billions(r.model.totalParams), r.model.slug).toBeGreaterThanOrEqual(22);
        expect(billions(r.model.totalParams), r.model.slug).toBeLessThan(34);
      }
      expect(bits(r.format), `${r.model.slug} ${r.format}`).toBeLessThan(6);
    }
  });

  it('two 24 GB GPUs: "Two GPUs with 48 GB total let you run 70B models at 4 to 5 bits", "the newer 27B to 32B models now rank above"', () => {
    expect(body).toContain('Two GPUs with 48 GB total let you run 70B models at 4 to 5 bits, though at equal fit the newer 27B to 32B models (Gemma 4 31B, Qwen3.6 27B) now rank above the 2024-era 70B ones');
    const twoCards = guideHardwareSpec(SEED_CATALOG, ['geforce-rtx-3090', 'geforce-rtx-3090'], 64 * 2 ** 30);
    const llama70 = guideEstimate(SEED_CATALOG, 'llama-3.3-70b-instruct', 'Q4_K_M', { contextTokens: 8192, hardware: twoCards });
    expect(llama70.fit).toBe('full-gpu');
    const { results } = tierPicks(SEED_CATALOG, 'workstation', 'reasoning');
    const newer = results.findIndex((r) => r.model.slug === 'gemma-4-31b-it' || r.model.slug === 'qwen3.6-27b');
    const seventy = results.findIndex((r) => billions(r.model.totalParams) >= 65 && r.model.activeParams === r.model.totalParams);
    expect(newer).toBeGreaterThanOrEqual(0);
    if (seventy >= 0) expect(newer).toBeLessThan(seventy);
  });

  it('64 GB Mac: "the practical sweet spot for 27B to 32B models"', () => {
    expect(body).toContain('the practical sweet spot for 27B to 32B models');
    const { results } = tierPicks(SEED_CATALOG, 'apple-64gb', 'long-documents');
    expect(results.some((r) => billions(r.model.totalParams) >= 27 && billions(r.model.totalParams) < 34 && r.estimate.fit === 'full-gpu')).toBe(true);
  });
});

describe('EstimateTables on 2026 hardware and the sentences around them', () => {
  const body = bodyOf('running-locally');
  const table = (model: string, quant: string, hardware: string) => {
    const attributes = elements('running-locally', 'EstimateTable').find((t) => t.model === model && t.quant === quant && t.hardware === hardware);
    expect(attributes, `${model} ${quant} on ${hardware} is shown`).toBeDefined();
    return estimateTableFigures(SEED_CATALOG, { model, quant, hardware, runtime: attributes!.runtime, contexts: attributes!.contexts ?? '8192,32768' });
  };
  const expected = (e: ReturnType<typeof table>['rows'][number]['estimate']) => e.speed!.decodeTokensPerSec.expected;

  it('RTX 5090: "32B models at Q4_K_M with a 32K-token context still entirely on the GPU"', () => {
    expect(body).toContain('the same 32B models at Q4_K_M with a 32K-token context still entirely on the GPU');
    const figures = table('qwen3-32b', 'Q4_K_M', 'geforce-rtx-5090');
    expect(figures.rows.find((r) => r.contextTokens === 32768)?.estimate.fit).toBe('full-gpu');
  });

  it('M5 32 GB: Qwen3-30B-A3B at Q4_K_M "fits with a 32K-token context" and "decodes faster than a dense 8B would at 8 bits"', () => {
    expect(body).toContain('Qwen3-30B-A3B at Q4_K_M fits with a 32K-token context');
    expect(body).toContain('it decodes faster than a dense 8B would at 8 bits on the same chip');
    const figures = table('qwen3-30b-a3b', 'Q4_K_M', 'apple-m5-10c-32gb');
    for (const row of figures.rows) expect(row.estimate.fit, String(row.contextTokens)).toBe('full-gpu');
    const dense = estimateTableFigures(SEED_CATALOG, { model: 'qwen3-8b', quant: 'Q8_0', hardware: 'apple-m5-10c-32gb', contexts: '8192' });
    expect(expected(figures.rows[0]!.estimate)).toBeGreaterThan(expected(dense.rows[0]!.estimate));
  });

  it('gpt-oss-120b: "about 60 GiB", fits on the RTX PRO 6000 and the Strix Halo mini PC, which costs a fraction and decodes at about a quarter of the speed', () => {
    expect(body).toContain('needs about 60 GiB with its context');
    expect(body).toContain('decodes at about a quarter of its speed');
    const card = table('gpt-oss-120b', 'MXFP4', 'rtx-pro-6000-blackwell');
    const miniPc = table('gpt-oss-120b', 'MXFP4', 'ryzen-ai-max-plus-395-128gb');
    for (const figures of [card, miniPc]) {
      for (const row of figures.rows) {
        expect(row.estimate.fit).toBe('full-gpu');
        expect(row.estimate.memory.totalBytes / 2 ** 30).toBeGreaterThan(55);
        expect(row.estimate.memory.totalBytes / 2 ** 30).toBeLessThan(65);
      }
    }
    const ratio = expected(miniPc.rows[0]!.estimate) / expected(card.rows[0]!.estimate);
    expect(ratio).toBeGreaterThan(0.18);
    expect(ratio).toBeLessThan(0.35);
    expect(miniPc.hardware.launchPriceUsd!).toBeLessThan(card.hardware.launchPriceUsd! / 2);
  });
});

describe('Apple Silicon: the GPU memory cap in running-locally', () => {
  const body = bodyOf('running-locally');
  const m1 = (contexts: string) => estimateTableFigures(SEED_CATALOG, { model: 'llama-3.1-8b-instruct', quant: 'Q4_K_M', hardware: 'apple-m1-7c-8gb', runtime: 'llama.cpp', contexts }).rows[0]!.estimate;

  it('8 GB Mac: "ran with every layer on the GPU of an 8 GB M1 at 4,096 tokens ... and failed at 8,192"', () => {
    expect(body).toContain('Llama 3 8B at Q4_K_M (4.58 GiB) ran with every layer on the GPU of an 8 GB M1 at 4,096 tokens, at about 10 tokens/s, and failed at 8,192');
    expect(m1('4096').fit).toBe('full-gpu');
    expect(m1('8192').fit).not.toBe('full-gpu');
  });

  it('8 GB Mac under Ollama: "that keeps a few layers of the 8B model on the CPU"', () => {
    expect(body).toContain('On an 8 GB Mac that keeps a few layers of the 8B model on the CPU');
    const e = estimateTableFigures(SEED_CATALOG, { model: 'llama-3.1-8b-instruct', quant: 'Q4_K_M', hardware: 'apple-m1-7c-8gb', runtime: 'ollama', contexts: '4096' }).rows[0]!.estimate;
    expect(e.fit).toBe('partial-offload');
    expect(e.placement.cpuLayers).toBeGreaterThan(0);
    expect(e.placement.cpuLayers).toBeLessThanOrEqual(6);
  });
});
