// The commands the guides print, as a reader would copy them: every line of every ```sh fence.
// Guides keep one command per line (no continuations, no chaining, no comments or prompts) so
// each line can be checked against its tool's flags by the validator the wizard's generated
// commands pass (lib/recommend/command-check.ts over lib/recommend/command-table.ts).

import type { Tool } from '@/lib/recommend/types';

/** The tool each tool page is about: its commands must be that tool's, as the table documents them. */
export const TOOL_PAGES: Readonly<Record<string, Exclude<Tool, 'auto'>>> = {
  ollama: 'ollama',
  'lm-studio': 'lm-studio',
  'llama-cpp': 'llama.cpp',
  mlx: 'mlx',
  vllm: 'vllm',
  exo: 'exo',
};

export interface GuideCommand {
  slug: string;
  /** 1-based line in the MDX body (frontmatter excluded). */
  line: number;
  text: string;
}

export function guideCommands(slug: string, body: string): GuideCommand[] {
  const commands: GuideCommand[] = [];
  let inSh = false;
  let inOther = false;
  body.split('\n').forEach((text, index) => {
    const fence = /^```(\S*)/.exec(text);
    if (fence && !inSh && !inOther) {
      inSh = fence[1] === 'sh';
      inOther = !inSh;
      return;
    }
    if (fence) {
      inSh = false;
      inOther = false;
      return;
    }
    if (inSh) commands.push({ slug, line: index + 1, text });
  });
  return commands;
}

/** Why a command line breaks the one-command-per-line rule, or null when it keeps it. */
export function commandLineProblem(text: string): string | null {
  if (text.trim() === '') return 'blank line inside a command block';
  if (text !== text.trim()) return 'leading or trailing spaces';
  if (text.endsWith('\\')) return 'line continuation';
  if (text.startsWith('#')) return 'comment line (explain commands in prose)';
  if (/^\$\s/.test(text)) return 'shell prompt';
  if (/\s#\s/.test(text)) return 'trailing comment';
  // Quoted JSON or patterns may contain these characters, so look only outside quotes.
  const unquoted = text.replace(/'[^']*'|"[^"]*"/g, '');
  if (/&&|\|\||;/.test(unquoted)) return 'several commands chained on one line';
  return null;
}
