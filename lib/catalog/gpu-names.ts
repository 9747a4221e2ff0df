// Forgiving GPU names: what people type ("rtx3090", "4060 Ti 16GB", "NVIDIA GeForce RTX 3090"),
// and what browsers report (WebGL's unmasked renderer), resolved against the catalog's names.
// Pure: no framework, no database; the wizard's action and its "Detect my hardware" button use it.

export interface NamedGpu {
  slug: string;
  name: string;
  memoryBytes: number;
}

export type GpuMatch =
  | { ok: true; slug: string; name: string }
  /** ambiguous: several catalog GPUs fit what was typed; unknown: none does (closest names first). */
  | { ok: false; reason: 'ambiguous' | 'unknown'; suggestions: { slug: string; name: string }[] };

const GIB = 2 ** 30;
const MAX_SUGGESTIONS = 4;

/**
 * Words that name a vendor, a brand or a product line but never tell two catalog cards apart, so
 * they may be typed or left out: "RTX 3090", "GeForce RTX 3090" and "3090" are the same card.
 * Edition words go too. Form factors are read apart, like memory: optional, but when typed they
 * must agree ("A100 80GB" is ambiguous between PCIe and SXM4, which is the honest answer).
 */
const OPTIONAL_WORDS = new Set(['nvidia', 'geforce', 'amd', 'ati', 'radeon', 'intel', 'graphics', 'gpu', 'card', 'tesla', 'rtx', 'gtx', 'rx', 'arc', 'quadro', 'corporation', 'inc', 'the', 'founders', 'edition', 'generation', 'workstation', 'desktop']);
const FORM_FACTOR = /\b(pcie|sxm|oam|nvl)(?: ?\d)?\b/;

/** "16GB", "16 GB", "16G", "16 GiB", "(16 GB)": a memory size in GB, wherever it stands. */
const MEMORY = /(\d+(?:\.\d+)?)\s*(?:gb|gib|g)(?![a-z])/;

export interface NormalizedGpuName {
  /** The words that identify the card, in order: "rtx4060ti" → ["4060", "ti"]. */
  core: string[];
  /** Memory written in the name, in GB (GiB), if any. */
  memoryGB: number | null;
  /** Form factor written in the name ("pcie", "sxm" for SXM2 to SXM5…), if any. */
  formFactor: string | null;
}

/**
 * Lower-cases, drops trademark signs, vendor, product-line and form-factor words, splits letters
 * from digits ("rtx3090" → "rtx 3090", "7900xtx" → "7900 xtx") and takes out a memory size.
 */
export function normalizeGpuName(text: string): NormalizedGpuName {
  let rest = text
    .toLowerCase()
    .replace(/[™®]|\((?:tm|r)\)/g, ' ')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    // Re-join a memory unit the split above separated ("16 gb").
    .replace(/(\d) (gb|gib|g)(?![a-z])/g, '$1$2');
  const formFactor = FORM_FACTOR.exec(rest)?.[1] ?? null;
  rest = rest.replace(new RegExp(FORM_FACTOR.source, 'g'), ' ');
  let memoryGB: number | null = null;
  const memory = MEMORY.exec(rest);
  if (memory) {
    memoryGB = Number(memory[1]);
    rest = rest.replace(MEMORY, ' ');
  }
  const core = rest
    .split(/[^a-z0-9.]+/)
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter((word) => word !== '' && !OPTIONAL_WORDS.has(word));
  return { core, memoryGB, formFactor };
}

/**
 * The word sets a catalog name answers to: the whole name, the name without its parenthesised
 * details, and each detail on its own ("AMD Ryzen AI Max+ 395 (Radeon 8060S, 128 GB …)" answers
 * to "Ryzen AI Max+ 395" and to "Radeon 8060S").
 */
function aliases(name: string): Set<string>[] {
  const details = [...name.matchAll(/\(([^)]*)\)/g)].flatMap((m) => m[1]!.split(','));
  return [name, name.replace(/\([^)]*\)/g, ' '), ...details]
    .map((text) => new Set(normalizeGpuName(text).core))
    .filter((words) => words.size > 0);
}

const sameMemory = (gpu: NamedGpu, memoryGB: number) => Math.abs(gpu.memoryBytes / GIB - memoryGB) < 0.5;
const sameWords = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((word) => b.has(word));

/**
 * The catalog GPU a name means: the slug or the exact name (any case), else the cards whose
 * identifying words are exactly the typed ones, in any order (a memory size, when typed, must
 * agree with the card's). One card is a match; several are "ambiguous" (all suggested); none is
 * "unknown", with the closest names suggested. A typed word the catalog name lacks ("Laptop",
 * "8GB" for a 12 GB card) is never ignored: a different card must not pass for the one typed.
 */
export function matchGpuName(text: string, gpus: readonly NamedGpu[]): GpuMatch {
  const typed = text.trim();
  const lower = typed.toLowerCase();
  const exact = gpus.find((gpu) => gpu.slug === lower || gpu.name.toLowerCase() === lower);
  if (exact) return { ok: true, slug: exact.slug, name: exact.name };

  const query = normalizeGpuName(typed);
  const words = new Set(query.core);
  const agrees = (gpu: NamedGpu) =>
    (query.memoryGB === null || sameMemory(gpu, query.memoryGB)) && (query.formFactor === null || normalizeGpuName(gpu.name).formFactor === query.formFactor);
  const candidates = words.size === 0 ? [] : gpus.filter((gpu) => agrees(gpu) && aliases(gpu.name).some((alias) => sameWords(alias, words)));
  if (candidates.length === 1) return { ok: true, slug: candidates[0]!.slug, name: candidates[0]!.name };
  if (candidates.length > 1) {
    const sorted = [...candidates].sort((a, b) => a.memoryBytes - b.memoryBytes || a.name.localeCompare(b.name));
    return { ok: false, reason: 'ambiguous', suggestions: sorted.map(({ slug, name }) => ({ slug, name })) };
  }
  return { ok: false, reason: 'unknown', suggestions: closestGpuNames(typed, gpus) };
}

/** Character pairs of a word list, joined without spaces ("rtx 3090" and "rtx3090" alike). */
function bigrams(words: readonly string[]): Map<string, number> {
  const text = words.join('');
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice similarity of two bigram multisets: 1 for the same text, 0 for nothing shared. */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [pair, count] of a) {
    shared += Math.min(count, b.get(pair) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * The catalog names closest to what was typed, best first: similarity of the identifying words,
 * with a bonus for each model number the two share (a typo in "Ti" matters less than in "3090").
 */
export function closestGpuNames(text: string, gpus: readonly NamedGpu[], limit = MAX_SUGGESTIONS): { slug: string; name: string }[] {
  const query = normalizeGpuName(text);
  const queryPairs = bigrams(query.core);
  const queryNumbers = new Set(query.core.filter((word) => /\d/.test(word)));
  return gpus
    .map((gpu) => {
      const words = normalizeGpuName(gpu.name).core;
      const numbers = words.filter((word) => /\d/.test(word));
      const sharedNumbers = numbers.filter((word) => queryNumbers.has(word)).length;
      const memoryBonus = query.memoryGB !== null && sameMemory(gpu, query.memoryGB) ? 0.1 : 0;
      return { gpu, score: dice(queryPairs, bigrams(words)) + 0.5 * sharedNumbers + memoryBonus };
    })
    .sort((a, b) => b.score - a.score || a.gpu.name.localeCompare(b.gpu.name))
    .slice(0, limit)
    .map(({ gpu }) => ({ slug: gpu.slug, name: gpu.name }));
}

/**
 * The GPU name inside a WebGL UNMASKED_RENDERER_WEBGL string, or null for software renderers and
 * strings that name no card. Seen forms: "ANGLE (NVIDIA, NVIDIA GeForce RTX 3090 (0x00002204)
 * Direct3D11 vs_5_0 ps_5_0, D3D11)" (Chrome, Windows), "ANGLE (NVIDIA Corporation, NVIDIA GeForce
 * RTX 3090/PCIe/SSE2, OpenGL 4.5.0)" (Chrome, Linux), "ANGLE (Apple, ANGLE Metal Renderer: Apple
 * M2 Pro, Unspecified Version)" (Chrome, macOS), "NVIDIA GeForce GTX 980, or similar" (Firefox),
 * "AMD Radeon RX 7900 XTX (radeonsi, navi31, LLVM 17.0.6, DRM 3.57, 6.8.0)" (Mesa).
 */
export function gpuNameFromRenderer(renderer: string): string | null {
  let text = renderer.trim();
  const angle = /^ANGLE \((.*)\)$/s.exec(text);
  if (angle) {
    // "vendor, device, backend": the device is the middle part.
    const parts = angle[1]!.split(/,\s*/);
    text = parts.length >= 2 ? parts[1]! : parts[0]!;
  }
  text = text
    .replace(/^ANGLE Metal Renderer:\s*/i, '')
    .replace(/,? or similar$/i, '')
    .replace(/\s*\(0x[0-9a-f]+\).*$/i, '') // PCI device id and what follows
    .replace(/\s+Direct3D.*$/i, '')
    .replace(/\/.*$/, '') // "/PCIe/SSE2"
    .replace(/\s*\((?:radeonsi|nouveau|iris|crocus|llvmpipe|RADV|DRM)[^)]*\)\s*$/i, '')
    .trim();
  if (text === '' || /swiftshader|llvmpipe|software|basic render|microsoft basic|vmware|virtualbox|^apple gpu$|mesa offscreen|^google/i.test(text)) return null;
  return text;
}
