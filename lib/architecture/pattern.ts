// Run-length layer patterns: how one text field (an editor input, a database column) holds a
// per-layer list such as Qwen3-Next's 36 linear-attention and 12 full-attention layers.
//
// Grammar (whitespace separates items; nothing else is allowed):
//   pattern := item (" " item)*
//   item    := atom ("*" count)?
//   atom    := token | "(" pattern ")"
//   token   := name (":" integer)?          name = [a-z][a-z0-9-]*
// Examples: "(linear*3 full)*12", "dense*3 moe*58", "compressed:0*2 (compressed:4 compressed:128)*20 compressed:4".
// `formatPattern` writes the shortest canonical form, so parse(format(x)) = x for every list.

export const MAX_PATTERN_LENGTH = 1000;
const MAX_PATTERN_TEXT = 20_000;

export type PatternResult = { ok: true; tokens: string[] } | { ok: false; error: string; position: number };

const TOKEN_RE = /^[a-z][a-z0-9-]*(?::\d{1,9})?$/;

export function isPatternToken(s: string): boolean {
  return TOKEN_RE.test(s);
}

type Node = { token: string; count: number } | { group: Node[]; count: number };

class PatternError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/** Parses a pattern into its per-layer tokens (at most `maxLength`, default 1,000). */
export function parsePattern(text: string, maxLength = MAX_PATTERN_LENGTH): PatternResult {
  if (text.length > MAX_PATTERN_TEXT) return { ok: false, error: `pattern longer than ${MAX_PATTERN_TEXT} characters`, position: 0 };
  let i = 0;
  const skip = () => {
    while (i < text.length && text[i] === ' ') i++;
  };
  const readCount = (): number => {
    if (text[i] !== '*') return 1;
    i++;
    const start = i;
    while (i < text.length && /\d/.test(text[i]!)) i++;
    if (start === i) throw new PatternError('"*" must be followed by a count', start);
    const n = Number(text.slice(start, i));
    if (!Number.isSafeInteger(n) || n < 1) throw new PatternError('a count must be a whole number of at least 1', start);
    return n;
  };
  const parseSeq = (closing: boolean): Node[] => {
    const items: Node[] = [];
    skip();
    while (i < text.length && text[i] !== ')') {
      const at = i;
      if (text[i] === '(') {
        i++;
        const group = parseSeq(true);
        if (text[i] !== ')') throw new PatternError('missing ")"', i);
        i++;
        if (group.length === 0) throw new PatternError('empty group "()"', at);
        items.push({ group, count: readCount() });
      } else {
        const start = i;
        while (i < text.length && /[a-z0-9:-]/.test(text[i]!)) i++;
        const token = text.slice(start, i);
        if (!token) throw new PatternError(`unexpected "${text[i]}"`, i);
        if (!isPatternToken(token)) throw new PatternError(`"${token}" is not a layer name (lower-case letters, digits, "-", optional ":number")`, start);
        items.push({ token, count: readCount() });
      }
      if (i < text.length && text[i] !== ' ' && text[i] !== ')') throw new PatternError(`unexpected "${text[i]}"`, i);
      skip();
    }
    if (!closing && i < text.length) throw new PatternError('unmatched ")"', i);
    return items;
  };
  const lengthOf = (nodes: Node[]): number => {
    let n = 0;
    for (const node of nodes) {
      n += node.count * ('token' in node ? 1 : lengthOf(node.group));
      if (n > maxLength) return n;
    }
    return n;
  };
  const expand = (nodes: Node[], out: string[]) => {
    for (const node of nodes) {
      for (let k = 0; k < node.count; k++) {
        if ('token' in node) out.push(node.token);
        else expand(node.group, out);
      }
    }
  };
  try {
    const nodes = parseSeq(false);
    if (nodes.length === 0) return { ok: false, error: 'empty pattern', position: 0 };
    const n = lengthOf(nodes);
    if (n > maxLength) return { ok: false, error: `pattern expands to more than ${maxLength} layers`, position: 0 };
    const tokens: string[] = [];
    expand(nodes, tokens);
    return { ok: true, tokens };
  } catch (e) {
    if (e instanceof PatternError) return { ok: false, error: e.message, position: e.position };
    throw e;
  }
}

function runLength(tokens: readonly string[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i + 1;
    while (j < tokens.length && tokens[j] === tokens[i]) j++;
    const n = j - i;
    parts.push(n === 1 ? tokens[i]! : `${tokens[i]}*${n}`);
    i = j;
  }
  return parts.join(' ');
}

/**
 * Shortest canonical text for a token list: a run-length prefix, one repeated group, and a
 * run-length tail, chosen among all prefixes up to 8 layers and all periods (n ≤ 1,000, so this
 * is at most 8 × 500 × 1,000 comparisons).
 */
export function formatPattern(tokens: readonly string[]): string {
  for (const t of tokens) if (!isPatternToken(t)) throw new Error(`"${t}" is not a layer name`);
  let best = runLength(tokens);
  const n = tokens.length;
  for (let prefix = 0; prefix <= Math.min(8, n); prefix++) {
    for (let period = 2; prefix + 2 * period <= n; period++) {
      let reps = 1;
      while (prefix + (reps + 1) * period <= n) {
        let same = true;
        for (let k = 0; k < period; k++) {
          if (tokens[prefix + reps * period + k] !== tokens[prefix + k]) {
            same = false;
            break;
          }
        }
        if (!same) break;
        reps++;
      }
      if (reps < 2) continue;
      const group = tokens.slice(prefix, prefix + period);
      // A group whose tokens are all equal is a plain run; the run-length form covers it.
      if (group.every((t) => t === group[0])) continue;
      const head = runLength(tokens.slice(0, prefix));
      const body = `(${runLength(group)})*${reps}`;
      const tail = runLength(tokens.slice(prefix + reps * period));
      const text = [head, body, tail].filter((s) => s.length > 0).join(' ');
      if (text.length < best.length) best = text;
    }
  }
  return best;
}
