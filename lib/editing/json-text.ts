// JSON typed into a form field: on a syntax error, say where (line and column) and what was
// expected, in the same words in every browser. JSON.parse's messages differ between engines and
// some name no position ("Unexpected token 'x', … is not valid JSON"), so a small scanner finds
// the first error; JSON.parse still produces the value.

export type JsonText = { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

class JsonSyntaxError extends Error {
  constructor(readonly position: number, message: string) {
    super(message);
  }
}

function scan(text: string): void {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(at, message);
  };
  const ended = () => fail('the text ends too early: a bracket or a quote is not closed');
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const word = (literal: string) => {
    if (text.startsWith(literal, i)) i += literal.length;
    else fail(`expected a value (a number, "text" in double quotes, true, false, null, [ or {)`);
  };
  const string = () => {
    const start = i++;
    for (;;) {
      if (i >= text.length) fail('text in quotes is not closed: add the closing "', start);
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\n' || c === '\r') fail('a line break inside "text": close the quotes first, or write \\n');
      if (c.charCodeAt(0) < 0x20) fail('a control character inside "text"');
      if (c === '\\') {
        const next = text[i + 1];
        if (next === undefined) ended();
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('\\u must be followed by four hex digits');
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(next!)) fail(`"\\${next}" is not an escape JSON knows (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)`);
        i += 2;
        continue;
      }
      i++;
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail('not a number: write digits, with a point for decimals');
    i += match![0].length;
    if (i < text.length && /[\d.]/.test(text[i]!)) fail('not a number: no leading zeros, and one decimal point');
  };
  const value = (): void => {
    space();
    if (i >= text.length) ended();
    const c = text[i]!;
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    if (c === 't') return word('true');
    if (c === 'f') return word('false');
    if (c === 'n') return word('null');
    if (c === "'") fail('text must be in double quotes ("…"), not single quotes');
    fail('expected a value (a number, "text" in double quotes, true, false, null, [ or {)');
  };
  const array = () => {
    i++;
    space();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      space();
      if (i >= text.length) ended();
      if (text[i] === ',') {
        i++;
        space();
        if (text[i] === ']') fail('a comma before "]": remove it (JSON allows no trailing comma)');
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail('expected "," or "]" after a value in a list');
    }
  };
  const object = () => {
    i++;
    space();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      space();
      if (i >= text.length) ended();
      if (text[i] === '}') fail('a comma before "}": remove it (JSON allows no trailing comma)');
      if (text[i] !== '"') fail('expected a field name in double quotes');
      string();
      space();
      if (text[i] !== ':') fail('expected ":" after the field name');
      i++;
      value();
      space();
      if (i >= text.length) ended();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail('expected "," or "}" after a value');
    }
  };
  value();
  space();
  if (i < text.length) fail('unexpected text after the end of the value');
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(position, text.length));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export function parseJsonText(text: string): JsonText {
  try {
    scan(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = lineAndColumn(text, error.position);
    return { ok: false, line, column, message: `JSON syntax error at line ${line}, column ${column}: ${error.message}` };
  }
  return { ok: true, value: JSON.parse(text) as unknown };
}
