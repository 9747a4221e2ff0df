// Numbers as people type them into the admin's forms: "18.7 GB", "16 GiB", "30.7B", "32k", "1,024".
// One pure parser and its inverse, so a stored value always shows back in a form that parses to
// exactly the same number (tests: human-number.test.ts, a property test among them).
//
// What a suffix means depends on what the field counts, named by the field (house style: units in
// names): bytes (decimal KB/MB/GB/TB, binary KiB/MiB/GiB/TiB), counts such as parameters (k, M, B,
// T in thousands), and tokens, where "32k" is 32,768 and "1M" 1,048,576, as model cards and
// runtimes write context sizes.

export const NUMBER_UNITS = ['bytes', 'count', 'tokens', 'plain'] as const;
export type NumberUnit = (typeof NUMBER_UNITS)[number];

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

const DECIMAL = (power: number) => 10n ** BigInt(power);
const BINARY = (power: number) => 2n ** BigInt(power);

/** Suffix (lower-cased, spaces removed) → multiplier, per unit. */
const SUFFIXES: Record<NumberUnit, Record<string, bigint>> = {
  bytes: {
    '': 1n, b: 1n, byte: 1n, bytes: 1n,
    k: DECIMAL(3), kb: DECIMAL(3), m: DECIMAL(6), mb: DECIMAL(6), g: DECIMAL(9), gb: DECIMAL(9), t: DECIMAL(12), tb: DECIMAL(12),
    kib: BINARY(10), mib: BINARY(20), gib: BINARY(30), tib: BINARY(40),
  },
  count: {
    '': 1n, k: DECIMAL(3), thousand: DECIMAL(3), m: DECIMAL(6), million: DECIMAL(6),
    b: DECIMAL(9), bn: DECIMAL(9), billion: DECIMAL(9), t: DECIMAL(12), trillion: DECIMAL(12),
  },
  tokens: { '': 1n, k: BINARY(10), m: BINARY(20) },
  plain: { '': 1n },
};

const EXAMPLES: Record<NumberUnit, string> = {
  bytes: 'e.g. 18.7 GB, 16 GiB or 18700000000',
  count: 'e.g. 30.7B, 1.5M or 30700000000',
  tokens: 'e.g. 32k (32,768), 128k or 131072',
  plain: 'e.g. 4096 or 4.5',
};

/** What each unit's suffixes mean, for hints beside inputs. */
export const UNIT_HINTS: Record<NumberUnit, string | null> = {
  bytes: 'bytes: "18.7 GB" (×10⁹) or "16 GiB" (×2³⁰)',
  count: '"30.7B" = 30,700,000,000; k, M, B, T',
  tokens: 'tokens: "32k" = 32,768; "1M" = 1,048,576',
  plain: null,
};

// digits with optional thousands separators (1,024 · 1 024 · 1_024), an optional fraction and exponent.
const NUMBER = /^([+-]?)(\d{1,3}(?:([,_ ])\d{3})(?:\3\d{3})*|\d+)?(?:\.(\d+))?(?:e([+-]?\d{1,3}))?$/i;

/**
 * Parses what someone typed for a number of `unit`. Integer fields (and byte counts, rounded to a
 * whole byte) must come out whole. The message, on failure, says what to write instead.
 */
export function parseHumanNumber(text: string, unit: NumberUnit, options: { integer?: boolean } = {}): ParsedNumber {
  const input = text.normalize('NFKC').replace(/[\u00a0\u2009\u202f]/g, ' ').trim();
  if (input === '') return { ok: false, message: 'enter a number' };
  const match = /^(.*?[\d.])\s*([a-z]*)$/i.exec(input);
  if (!match) return { ok: false, message: `not a number: write ${EXAMPLES[unit]}` };
  const [, numberPart = '', suffixPart = ''] = match;
  const multiplier = SUFFIXES[unit][suffixPart.toLowerCase()];
  if (multiplier === undefined) {
    return { ok: false, message: suffixPart ? `"${suffixPart}" is not a unit this field takes: write ${EXAMPLES[unit]}` : `not a number: write ${EXAMPLES[unit]}` };
  }
  if (/^\d+,\d{1,2}$|^\d+,\d{4,}$/.test(numberPart.trim())) return { ok: false, message: 'use a point for decimals ("4.5"); commas only group thousands ("1,024")' };
  const number = NUMBER.exec(numberPart.trim());
  if (!number || (number[2] === undefined && number[4] === undefined)) return { ok: false, message: `not a number: write ${EXAMPLES[unit]}` };
  const [, sign = '', whole = '0', , fraction = '', exponentText = '0'] = number;
  const digits = BigInt(`${whole.replace(/[,_ ]/g, '')}${fraction}` || '0');
  const exponent = Number(exponentText) - fraction.length;
  // value = sign · digits · 10^exponent · multiplier, as an exact fraction numerator / denominator.
  let numerator = digits * multiplier;
  let denominator = 1n;
  if (exponent >= 0) numerator *= DECIMAL(exponent);
  else denominator = DECIMAL(-exponent);
  const negative = sign === '-' && numerator !== 0n;
  let value: number;
  if (numerator % denominator === 0n) value = Number(numerator / denominator);
  else if (unit === 'bytes') value = Number((numerator * 2n + denominator) / (denominator * 2n)); // to the nearest byte
  else if (options.integer) {
    return { ok: false, message: `must be a whole number (${input} is ${groupDigits(Number(numerator) / Number(denominator))}${unit === 'tokens' ? ' tokens' : ''})` };
  } else {
    // A fraction: read it as decimal text, so JavaScript rounds it once, correctly.
    const power = multiplier.toString().length - 1;
    value = DECIMAL(power) === multiplier ? Number(`${digits}e${exponent + power}`) : Number(numerator) / Number(denominator);
  }
  if (!Number.isFinite(value)) return { ok: false, message: 'too large' };
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return { ok: false, message: 'too large to store exactly' };
  return { ok: true, value: negative ? -value : value };
}

/** 18700000000 → "18,700,000,000" (whole part grouped, fraction kept). */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });
export function groupDigits(value: number): string {
  return GROUPED.format(value);
}

/** Ways to write a value of `unit`, largest first: [multiplier, suffix as shown]. */
const DISPLAY: Record<NumberUnit, [bigint, string][]> = {
  bytes: [[BINARY(40), ' TiB'], [DECIMAL(12), ' TB'], [BINARY(30), ' GiB'], [DECIMAL(9), ' GB'], [BINARY(20), ' MiB'], [DECIMAL(6), ' MB']],
  count: [[DECIMAL(12), 'T'], [DECIMAL(9), 'B'], [DECIMAL(6), 'M'], [DECIMAL(3), 'k']],
  tokens: [[BINARY(20), 'M'], [BINARY(10), 'k']],
  plain: [],
};
/** At most this many decimals in a shortened form ("36.97 GB"); otherwise the full number. */
const MAX_DISPLAY_DECIMALS = 3;
/**
 * A shortened form is for reading at a glance: below 1,000 of its unit with decimals ("36.97 GB"),
 * below 10,000 when whole ("1536 GiB", "4096k"). Past that ("8030261.248k") the full number,
 * grouped ("8,030,261,248"), reads better.
 */
const MAX_SHORT_WHOLE = 10_000n;
const MAX_SHORT_WITH_DECIMALS = 1_000n;

/**
 * The form a stored value shows in an input: the shortest exact human spelling (6442450944 bytes →
 * "6 GiB", 36970000000 → "36.97 GB", 30700000000 params → "30.7B", 131072 tokens → "128k"), or the
 * full number, grouped (8030261248 params → "8,030,261,248"), when no unit writes it exactly and
 * short. Parsing it gives the value back.
 */
export function formatHumanNumber(value: number, unit: NumberUnit): string {
  if (unit === 'plain' || !Number.isSafeInteger(value)) return String(value);
  if (value <= 0) return groupDigits(value);
  const exact = BigInt(value);
  for (const [multiplier, suffix] of DISPLAY[unit]) {
    if (exact < multiplier || exact >= multiplier * MAX_SHORT_WHOLE) continue;
    // Binary multiples only when whole (24 GiB); decimal ones with a few decimals (36.97 GB).
    const binary = (multiplier & (multiplier - 1n)) === 0n && multiplier > 1n;
    for (let decimals = 0; decimals <= (binary ? 0 : MAX_DISPLAY_DECIMALS); decimals++) {
      const scaled = exact * DECIMAL(decimals);
      if (scaled % multiplier !== 0n) continue;
      if (decimals > 0 && exact >= multiplier * MAX_SHORT_WITH_DECIMALS) break;
      const digits = (scaled / multiplier).toString().padStart(decimals + 1, '0');
      const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
      return `${text}${suffix}`;
    }
  }
  return groupDigits(value);
}

/** "18,700,000,000 bytes": the value spelled out in full, shown beside a shortened input. */
export function spellOut(value: number, unit: NumberUnit): string {
  const grouped = groupDigits(value);
  return unit === 'bytes' ? `${grouped} bytes` : unit === 'tokens' ? `${grouped} tokens` : grouped;
}

/**
 * The unit of a numeric record field, from its name (house style puts units in names): *Bytes are
 * bytes, *Params counts, *Tokens and context or window sizes tokens; anything else plain.
 */
export function unitOfField(path: string): NumberUnit {
  const name = path.split('.').at(-1) ?? path;
  if (/bytes$/i.test(name)) return 'bytes';
  if (/params$/i.test(name)) return 'count';
  if (/tokens$/i.test(name) || /^context|context(length|window)?$/i.test(name) || /window$/i.test(name)) return 'tokens';
  return 'plain';
}
