// Checks one command line against the documented table (command-table.ts): program, subcommand,
// flags, values and environment variables.

import { TOOL_COMMANDS, VERBATIM_COMMANDS, type ProgramSpec, type ValueKind } from './command-table';
import type { Command, Tool } from './types';

/** Split a shell-ish command line into words (single/double quotes, backslash escapes). */
export function shellWords(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) cur += line[++i];
      else cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (quote) throw new Error('unterminated quote');
  if (inWord) out.push(cur);
  return out;
}

function checkValue(v: string | undefined, kind: ValueKind): string | null {
  if (kind.kind === 'none') return null;
  if (v === undefined || v === '') return 'needs a value';
  switch (kind.kind) {
    case 'string':
      return v.startsWith('-') ? 'needs a value' : null;
    case 'int':
      return /^\d+$/.test(v) && Number(v) >= (kind.min ?? 0) ? null : `"${v}" is not a whole number ≥ ${kind.min ?? 0}`;
    case 'number': {
      const n = Number(v);
      return Number.isFinite(n) && n >= (kind.min ?? -Infinity) && n <= (kind.max ?? Infinity) ? null : `"${v}" is out of range`;
    }
    case 'enum':
      return kind.values.includes(v) ? null : `"${v}" is not one of ${kind.values.join(', ')}`;
    case 'int-or':
      return kind.values.includes(v) || /^\d+$/.test(v) ? null : `"${v}" is not a number or ${kind.values.join('/')}`;
    case 'csv-numbers':
      return /^\d+(\.\d+)?(,\d+(\.\d+)?)*$/.test(v) ? null : `"${v}" is not a comma-separated list of numbers`;
    case 'json':
      try {
        const parsed: unknown = JSON.parse(v);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? null : `"${v}" is not a JSON object`;
      } catch {
        return `"${v}" is not valid JSON`;
      }
    case 'setting': {
      const [name, value] = v.split('=', 2);
      if (name !== kind.name) return `"${v}" is not ${kind.name}=…`;
      return checkValue(value, kind.value);
    }
    case 'url':
      return v.startsWith(kind.prefix) && !/\s/.test(v) ? null : `"${v}" is not a URL under ${kind.prefix}`;
    case 'fraction-or': {
      if (kind.values.includes(v)) return null;
      const n = Number(v);
      return Number.isFinite(n) && n >= 0 && n <= 1 ? null : `"${v}" is not 0-1 or ${kind.values.join('/')}`;
    }
  }
}

export interface CommandCheck {
  ok: boolean;
  problems: string[];
  tool?: Exclude<Tool, 'auto'>;
  doc?: string;
}

/** Parse one generated command and check its program, subcommand, flags, values and env vars. */
export function validateCommand(command: string | Command): CommandCheck {
  const line = typeof command === 'string' ? command : command.command;
  const expectTool = typeof command === 'string' ? undefined : command.tool;
  const problems: string[] = [];
  const verbatim = VERBATIM_COMMANDS.find((v) => v.command === line.trim() && (!expectTool || v.tool === expectTool));
  if (verbatim) return { ok: true, problems: [], tool: verbatim.tool, doc: verbatim.doc };
  if (/[|;&<>`]|\$\(/.test(line.replace(/^\$env:[A-Z_]+=[^;\s]+;\s*/, ''))) {
    return { ok: false, problems: ['only a single command is allowed (no pipes, redirects or chaining)'] };
  }
  let words: string[];
  try {
    words = shellWords(line.trim());
  } catch (e) {
    return { ok: false, problems: [(e as Error).message] };
  }
  // Leading environment assignments: POSIX NAME=value or PowerShell $env:NAME=value;
  const env: { name: string; value: string }[] = [];
  while (words.length > 0) {
    const w = words[0] as string;
    const m = /^(?:\$env:)?([A-Z][A-Z0-9_]*)=(.*?);?$/.exec(w);
    if (!m) break;
    env.push({ name: m[1] as string, value: m[2] as string });
    words.shift();
  }
  if (words.length === 0) return { ok: false, problems: ['empty command'] };
  // Longest matching program spec; pip install specs are told apart by their package.
  const matches = TOOL_COMMANDS.filter((s) => s.words.every((w, i) => words[i] === w)).sort((a, b) => b.words.length - a.words.length);
  const longest = matches[0]?.words.length ?? 0;
  const candidates = matches.filter((s) => s.words.length === longest && (!expectTool || s.tool === expectTool));
  if (candidates.length === 0) {
    const known = matches.length > 0 ? ` (${words.slice(0, 2).join(' ')} is not documented for ${expectTool})` : '';
    return { ok: false, problems: [`unknown program or subcommand "${words.slice(0, 3).join(' ')}"${known}`] };
  }
  let best: CommandCheck | null = null;
  for (const spec of candidates) {
    const res = checkAgainst(spec, words.slice(spec.words.length), env);
    if (res.ok) return res;
    if (!best) best = res;
  }
  problems.push(...(best?.problems ?? []));
  return { ok: false, problems, tool: candidates[0]?.tool, doc: candidates[0]?.doc };
}

function checkAgainst(spec: ProgramSpec, rest: string[], env: { name: string; value: string }[]): CommandCheck {
  const problems: string[] = [];
  for (const e of env) {
    const def = spec.env?.find((d) => d.name === e.name);
    if (!def) problems.push(`environment variable ${e.name} is not documented for ${spec.words.join(' ')}`);
    else {
      const p = checkValue(e.value, def.value);
      if (p) problems.push(`${e.name}: ${p}`);
    }
  }
  const positionals: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i] as string;
    if (w.startsWith('-') && w.length > 1 && !/^-\d/.test(w)) {
      const [name, inline] = w.includes('=') ? [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)] : [w, undefined];
      const flag = spec.flags.find((f) => f.names.includes(name));
      if (!flag) {
        problems.push(`unknown flag ${name} for ${spec.words.join(' ')} (see ${spec.doc})`);
        continue;
      }
      const key = flag.names[0] as string;
      if (seen.has(key)) problems.push(`flag ${name} given twice`);
      seen.add(key);
      if (flag.value.kind === 'none') {
        if (inline !== undefined) problems.push(`flag ${name} takes no value`);
        continue;
      }
      const value = inline ?? rest[++i];
      const p = checkValue(value, flag.value);
      if (p) problems.push(`${name}: ${p}`);
    } else positionals.push(w);
  }
  if (positionals.length < spec.positionals.min) problems.push(`${spec.words.join(' ')} needs ${spec.positionals.min} argument(s)`);
  if (positionals.length > spec.positionals.max) problems.push(`${spec.words.join(' ')} takes at most ${spec.positionals.max} argument(s), got "${positionals.join(' ')}"`);
  const allowed = spec.positionals.allowed;
  if (allowed) for (const p of positionals) if (!allowed.includes(p)) problems.push(`"${p}" is not expected here (allowed: ${allowed.join(', ')})`);
  const pv = spec.positionals.value;
  if (pv) for (const p of positionals) {
    const bad = checkValue(p, pv);
    if (bad) problems.push(bad);
  }
  return { ok: problems.length === 0, problems, tool: spec.tool, doc: spec.doc };
}

