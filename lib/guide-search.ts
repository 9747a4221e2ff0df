// Full-text search over the guides, run on the server: the index is a few hundred sections,
// so a scan with simple weighting answers in well under a millisecond and ships no JS.

export interface SearchableGuide {
  slug: string;
  title: string;
  description: string;
  body: string;
}

export interface SearchHit {
  href: string;
  guideTitle: string;
  heading: string | null;
  snippet: string;
  score: number;
}

interface Section {
  slug: string;
  guideTitle: string;
  heading: string | null;
  anchor: string | null;
  text: string;
}

/** GitHub-style heading slug, as rehype-slug makes them (lower-case, punctuation dropped, spaces to dashes). */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const stripMarkup = (text: string) =>
  text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function splitSections(guide: SearchableGuide): Section[] {
  const sections: Section[] = [{ slug: guide.slug, guideTitle: guide.title, heading: null, anchor: null, text: guide.description }];
  let current = sections[0]!;
  let inFence = false;
  for (const line of guide.body.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const match = !inFence && /^(#{2,3})\s+(.+?)\s*$/.exec(line);
    if (match) {
      const heading = stripMarkup(match[2]!);
      current = { slug: guide.slug, guideTitle: guide.title, heading, anchor: headingSlug(match[2]!.replace(/`/g, '')), text: '' };
      sections.push(current);
    } else {
      current.text += `${line}\n`;
    }
  }
  return sections.map((s) => ({ ...s, text: stripMarkup(s.text) }));
}

export function searchGuides(guides: SearchableGuide[], query: string, limit = 20): SearchHit[] {
  const terms = query.toLowerCase().split(/\s+/).filter((t) => t.length > 1).slice(0, 8);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const guide of guides) {
    for (const section of splitSections(guide)) {
      const heading = (section.heading ?? '').toLowerCase();
      const text = section.text.toLowerCase();
      const title = section.guideTitle.toLowerCase();
      let score = 0;
      for (const term of terms) {
        const inText = text.split(term).length - 1;
        if (!heading.includes(term) && inText === 0 && !title.includes(term)) {
          score = 0;
          break;
        }
        score += (heading.includes(term) ? 6 : 0) + (title.includes(term) ? 2 : 0) + Math.min(inText, 5);
      }
      if (score === 0) continue;
      const first = text.indexOf(terms[0]!);
      const start = Math.max(0, first - 80);
      const snippet = `${start > 0 ? '…' : ''}${section.text.slice(start, start + 220)}${start + 220 < section.text.length ? '…' : ''}`;
      hits.push({ href: `/guides/${section.slug}${section.anchor ? `#${section.anchor}` : ''}`, guideTitle: section.guideTitle, heading: section.heading, snippet, score });
    }
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
