import { slugSchema } from '@/lib/schemas/catalog';
import { answersFromSegments, canonicalWizardPath, wizardParamsSchema } from '@/lib/schemas/wizard';

// One address per page, decided before anything renders (proxy.ts), so that no client can make
// the server render, or the page cache hold, a page for every spelling it can invent:
// - a malformed %-escape anywhere in the path: 400 (Next would answer 500);
// - a wizard permalink: parsed by the one schema; invalid → 400 naming the fields; valid but
//   spelled differently from its canonical form (order, defaults, unused fields, number
//   spellings, encoding) → 308 to that form;
// - a catalog or guide slug (/models/…, /hardware/…, /guides/…, /api/v1/hardware/…): upper case
//   → 308 to lower case; anything that cannot be a slug → 404 without rendering.
// Pure: no catalog lookups. A well-formed slug the catalog lacks renders its 404 page, which the
// page cache never stores (cache-handler.mjs).

export type PathVerdict =
  | { kind: 'pass' }
  | { kind: 'redirect'; location: string }
  | { kind: 'reject'; status: 400 | 404; problems: string[] };

const PASS: PathVerdict = { kind: 'pass' };
const WIZARD_PREFIX = '/wizard/results/';
/** Routes whose one dynamic segment is a slug, and what may follow it. */
const SLUG_ROUTES: { prefix: string; rest: RegExp }[] = [
  { prefix: '/models/', rest: /^$/ },
  { prefix: '/hardware/', rest: /^$/ },
  { prefix: '/guides/', rest: /^(\/opengraph-image(-[a-z0-9]+)?)?$/ },
  { prefix: '/api/v1/hardware/', rest: /^$/ },
];

/** Every segment of a raw (still percent-encoded) path, decoded; null when an escape is malformed. */
export function decodeSegments(rawPath: string): string[] | null {
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    try {
      segments.push(decodeURIComponent(raw));
    } catch {
      return null;
    }
  }
  return segments;
}

function wizardVerdict(rawPath: string, decoded: string[]): PathVerdict {
  const segments = decoded.slice(3).filter((s, i, all) => !(s === '' && i === all.length - 1));
  const answers = answersFromSegments(segments.map(encodeURIComponent));
  if (!answers.ok) return { kind: 'reject', status: 400, problems: [answers.error] };
  const parsed = wizardParamsSchema.safeParse(answers.answers);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
    return { kind: 'reject', status: 400, problems: [...new Set(problems)] };
  }
  const canonical = canonicalWizardPath(parsed.data);
  return canonical === rawPath ? PASS : { kind: 'redirect', location: canonical };
}

/** What to do with a GET or HEAD of `rawPath` (the path as it arrived, before decoding). */
export function checkPath(rawPath: string): PathVerdict {
  const decoded = decodeSegments(rawPath);
  if (!decoded) return { kind: 'reject', status: 400, problems: ['the address has a malformed %-escape'] };
  if (rawPath.startsWith(WIZARD_PREFIX)) return wizardVerdict(rawPath, decoded);
  for (const { prefix, rest } of SLUG_ROUTES) {
    if (!rawPath.startsWith(prefix)) continue;
    const [segment = '', ...after] = rawPath.slice(prefix.length).split('/');
    const tail = after.length > 0 ? `/${after.join('/')}` : '';
    if (!rest.test(tail)) return PASS;
    const slug = decodeURIComponent(segment);
    const lower = slug.toLowerCase();
    if (!slugSchema.safeParse(lower).success) return { kind: 'reject', status: 404, problems: [`“${slug.slice(0, 80)}” is not a page here`] };
    return lower === segment ? PASS : { kind: 'redirect', location: `${prefix}${lower}${tail}` };
  }
  return PASS;
}
