import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { matter } from 'vfile-matter';
import { GUIDE_SECTIONS, guideFrontmatterSchema, type GuideFrontmatter } from '@/lib/schemas/guide';

// Guides are MDX files in content/guides. This module lists them and validates their
// frontmatter (a bad field fails the build, naming the file); app/(site)/guides compiles them.


/**
 * Code-fence languages the guides may use (Shiki loads only these grammars). Commands go in `sh`
 * fences, one command per line, so a content test can check them against each tool's flags.
 */
export const GUIDE_LANGUAGES = ['sh', 'json', 'yaml', 'toml', 'python', 'text'];

export interface GuideMeta extends GuideFrontmatter {
  slug: string;
  readingMinutes: number;
  /** The MDX body without frontmatter. */
  body: string;
}

export class GuideFrontmatterError extends Error {
  constructor(file: string, detail: string) {
    super(`content/guides/${file}: invalid frontmatter: ${detail}`);
    this.name = 'GuideFrontmatterError';
  }
}

/** Parses one guide file's text; throws GuideFrontmatterError naming the file and field. */
export function parseGuide(file: string, source: string): GuideMeta {
  const vfile = new VFile({ value: source, path: file });
  try {
    matter(vfile, { strip: true });
  } catch (error) {
    throw new GuideFrontmatterError(file, `YAML does not parse (${(error as Error).message})`);
  }
  const parsed = guideFrontmatterSchema.safeParse((vfile.data as { matter?: unknown }).matter ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GuideFrontmatterError(file, `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
  }
  const body = String(vfile.value);
  // Adults read technical prose at roughly 200–260 words a minute (Brysbaert 2019); use 230.
  const words = body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  return { ...parsed.data, slug: file.replace(/\.mdx$/, ''), readingMinutes: Math.max(1, Math.round(words / 230)), body };
}

let cache: GuideMeta[] | undefined;

/** Every guide, ordered by section then `order`. Read once per process. */
export function listGuides(): GuideMeta[] {
  // The folder is spelled out here (not passed in) so the bundler traces only content/guides.
  cache ??= readdirSync(path.join(process.cwd(), 'content', 'guides'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => parseGuide(file, readFileSync(path.join(process.cwd(), 'content', 'guides', file), 'utf8')))
    .sort((a, b) => GUIDE_SECTIONS.indexOf(a.section) - GUIDE_SECTIONS.indexOf(b.section) || a.order - b.order || a.title.localeCompare(b.title));
  return cache;
}

export function getGuide(slug: string): GuideMeta | null {
  return listGuides().find((guide) => guide.slug === slug) ?? null;
}

/** The guides before and after this one in reading order. */
export function neighbours(slug: string): { previous: GuideMeta | null; next: GuideMeta | null } {
  const guides = listGuides();
  const index = guides.findIndex((g) => g.slug === slug);
  return { previous: guides[index - 1] ?? null, next: index >= 0 ? (guides[index + 1] ?? null) : null };
}
