import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_LANGUAGES, GuideFrontmatterError, listGuides, parseGuide } from '@/lib/content';
import { headingSlug, searchGuides, splitSections } from '@/lib/guide-search';
import { WIZARD_PRESETS } from '@/lib/schemas/wizard';

const guides = listGuides();
const seed = (file: string) => JSON.parse(readFileSync(`prisma/seed/${file}`, 'utf8')) as { slug: string }[];
const modelSlugs = new Set(seed('models.json').map((m) => m.slug));
const hardwareSlugs = new Set(seed('hardware.json').map((h) => h.slug));

/** Anchors a guide page has: its h2/h3 headings as rehype-slug makes them, plus the page's own. */
function anchorsOf(slug: string): Set<string> {
  const guide = guides.find((g) => g.slug === slug);
  if (!guide) return new Set();
  const anchors = splitSections(guide).map((s) => s.anchor).filter((a): a is string => a !== null);
  return new Set([...anchors, 'sources-heading']);
}

const STATIC_ROUTES = new Set(['/', '/guides', '/models', '/hardware', '/wizard', '/plan', '/compare', '/accuracy', '/api']);

/** Valid frontmatter up to the sources list, for the rejection cases below. */
const HEAD = '---\ntitle: "Hello there"\ndescription: "A long enough description of this page."\norder: 1\nsection: "Basics"\nupdated: "2026-11-29"\nreviewed: "2026-11-29"\n';

describe('guides', () => {
  it('cover every required topic', () => {
    const slugs = guides.map((g) => g.slug);
    for (const required of ['parameters', 'model-sizes-and-memory', 'precision-and-quantization', 'reading-model-names', 'running-locally', 'considerations', 'ollama', 'lm-studio', 'llama-cpp', 'mlx', 'exo', 'vllm', 'key-terms']) {
      expect(slugs).toContain(required);
    }
  });

  it('have valid frontmatter and sources', () => {
    for (const guide of guides) {
      expect(guide.sources.length, guide.slug).toBeGreaterThan(0);
      expect(guide.readingMinutes, guide.slug).toBeGreaterThan(0);
    }
  });

  it('accept a source dated by month only, with a version', () => {
    const guide = parseGuide('ok.mdx', `${HEAD}sources:\n  - title: "x"\n    url: "https://example.com"\n    date: "2025-06"\n    version: "v1.2"\n---\nBody`);
    expect(guide.sources[0]).toEqual({ title: 'x', url: 'https://example.com', date: '2025-06', version: 'v1.2' });
    expect(guide.reviewed).toBe('2026-11-29');
  });

  it.each([
    ['a missing field', '---\ntitle: "Hello there"\norder: 1\nsection: "Basics"\nupdated: "2026-01-01"\nsources: []\n---\nBody', /bad\.mdx: invalid frontmatter: description/],
    ['an unknown section', '---\ntitle: "Hello there"\ndescription: "A long enough description of this page."\norder: 1\nsection: "Misc"\nupdated: "2026-01-01"\nsources:\n  - title: "x"\n    url: "https://example.com"\n---\nBody', /bad\.mdx: invalid frontmatter: section/],
    ['an unexpected key', '---\ntitle: "Hello there"\ndescription: "A long enough description of this page."\norder: 1\nsection: "Basics"\nupdated: "2026-01-01"\nauthor: "me"\nsources:\n  - title: "x"\n    url: "https://example.com"\n---\nBody', /bad\.mdx: invalid frontmatter/],
    ['broken YAML', '---\ntitle: [unclosed\n---\nBody', /bad\.mdx: invalid frontmatter: YAML/],
    ['a source without a date', `${HEAD}sources:\n  - title: "x"\n    url: "https://example.com"\n---\nBody`, /bad\.mdx: invalid frontmatter: sources\.0\.date/],
    ['a source dated after the review', `${HEAD}sources:\n  - title: "x"\n    url: "https://example.com"\n    date: "2026-12-01"\n---\nBody`, /sources\.0\.date: 2026-12-01 is after the review date 2026-11-29/],
    ['a day that is not in the calendar', `${HEAD}sources:\n  - title: "x"\n    url: "https://example.com"\n    date: "2026-02-30"\n---\nBody`, /sources\.0\.date: not a day of the calendar/],
    ['the same source twice', `${HEAD}sources:\n  - title: "x"\n    url: "https://example.com"\n    date: "2026-01"\n  - title: "y"\n    url: "https://example.com"\n    date: "2026-02"\n---\nBody`, /sources\.1\.url: listed twice/],
    ['no review date', '---\ntitle: "Hello there"\ndescription: "A long enough description of this page."\norder: 1\nsection: "Basics"\nupdated: "2026-01-01"\nsources:\n  - title: "x"\n    url: "https://example.com"\n    date: "2026-01"\n---\nBody', /bad\.mdx: invalid frontmatter: reviewed/],
  ])('reject %s, naming the file and field', (_case, source, message) => {
    expect(() => parseGuide('bad.mdx', source)).toThrowError(GuideFrontmatterError);
    expect(() => parseGuide('bad.mdx', source)).toThrowError(message);
  });

  it('link only to pages and anchors that exist', () => {
    const broken: string[] = [];
    for (const guide of guides) {
      for (const match of guide.body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
        const href = (match[1] ?? match[2])!;
        const [path, anchor] = href.split('#') as [string, string | undefined];
        const guideMatch = /^\/guides\/([\w-]+)$/.exec(path);
        const modelMatch = /^\/models\/([\w.-]+)$/.exec(path);
        const hardwareMatch = /^\/hardware\/([\w.-]+)$/.exec(path);
        const ok = guideMatch
          ? guides.some((g) => g.slug === guideMatch[1]) && (!anchor || anchorsOf(guideMatch[1]!).has(anchor))
          : modelMatch
            ? modelSlugs.has(modelMatch[1]!)
            : hardwareMatch
              ? hardwareSlugs.has(hardwareMatch[1]!)
              : STATIC_ROUTES.has(path) && !anchor;
        if (!ok) broken.push(`${guide.slug}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  // Model and hardware slugs in component props are checked in guide-references.test.ts.
  it('use glossary terms and wizard presets that exist', () => {
    const glossary = anchorsOf('key-terms');
    const problems: string[] = [];
    for (const guide of guides) {
      for (const [, id] of guide.body.matchAll(/<Term id="([^"]+)"/g)) if (!glossary.has(id!)) problems.push(`${guide.slug}: Term ${id}`);
      for (const [, preset] of guide.body.matchAll(/<OpenInWizard preset="([^"]+)"/g)) if (!(preset! in WIZARD_PRESETS)) problems.push(`${guide.slug}: preset ${preset}`);
    }
    expect(problems).toEqual([]);
  });

  it('fence code only in languages the highlighter loads', () => {
    const unknown = guides.flatMap((g) => [...g.body.matchAll(/^```(\S+)/gm)].map((m) => m[1]!).filter((lang) => !GUIDE_LANGUAGES.includes(lang)).map((lang) => `${g.slug}: ${lang}`));
    expect(unknown).toEqual([]);
  });

  it('type no table of sizes by hand: GB figures in tables come from components', () => {
    const handTyped = guides.filter((g) => /^\|.*\d+(\.\d+)?\s*(GB|GiB)\s*\|/m.test(g.body)).map((g) => g.slug);
    expect(handTyped).toEqual([]);
  });
});

describe('wizard presets', () => {
  it('name hardware that exists in the catalog', () => {
    for (const [name, preset] of Object.entries(WIZARD_PRESETS)) {
      const slugs = [...('gpu' in preset ? preset.gpu.split(',') : []), ...('mac' in preset ? [preset.mac] : []), ...('cpu' in preset ? [preset.cpu] : [])];
      expect(slugs.length, name).toBeGreaterThan(0);
      for (const slug of slugs) expect(hardwareSlugs.has(slug), `${name}: ${slug}`).toBe(true);
    }
  });
});

describe('guide search', () => {
  it('finds glossary entries by heading and links to their anchor', () => {
    const hits = searchGuides(guides, 'KV cache');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.href.startsWith('/guides/key-terms#'))).toBe(true);
  });

  it('requires every term to match and returns nothing for gibberish', () => {
    expect(searchGuides(guides, 'zzqxv quantization')).toEqual([]);
    expect(searchGuides(guides, ' ')).toEqual([]);
  });

  it('slugs headings the way rehype-slug does', () => {
    expect(headingSlug('Q4_K_M and the K-quants')).toBe('q4_k_m-and-the-k-quants');
    expect(headingSlug('What is "B"?')).toBe('what-is-b');
  });
});
