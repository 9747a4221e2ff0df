import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listGuides } from '@/lib/content';
import { validateCommand } from '@/lib/recommend/command-check';
import { VLLM_CUDA_KERNELS_STEP, VLLM_INSTALL_STEPS } from '@/lib/recommend/command-table';
import { TOOL_PAGES, commandLineProblem, guideCommands } from './guide-commands';

// What a guide points at must be checkable: every outside link is listed, with its date, in the
// guide's sources; every catalog slug a live component receives exists in the seed data; every
// command is one command on one line.

const guides = listGuides();
const seedSlugs = (file: string) => new Set((JSON.parse(readFileSync(`prisma/seed/${file}`, 'utf8')) as { slug: string }[]).map((row) => row.slug));
const modelSlugs = seedSlugs('models.json');
const hardwareSlugs = seedSlugs('hardware.json');

const withoutFragment = (url: string) => url.replace(/#.*$/, '');

/** Outside links in an MDX body: markdown links, JSX hrefs and autolinks. */
function externalLinks(body: string): string[] {
  const patterns = [/\]\((https?:\/\/[^)\s]+)\)/g, /href="(https?:\/\/[^"]+)"/g, /<(https?:\/\/[^>\s]+)>/g];
  return patterns.flatMap((pattern) => [...body.matchAll(pattern)].map((match) => match[1]!));
}

/** Attributes of every JSX element in an MDX body, outside code fences. */
function jsxAttributes(body: string): { element: string; name: string; value: string }[] {
  const prose = body.replace(/^```[\s\S]*?^```/gm, '');
  return [...prose.matchAll(/<([A-Z]\w*)((?:\s+\w+="[^"]*")*)\s*\/?>/g)].flatMap(([, element, attributes]) =>
    [...attributes!.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => ({ element: element!, name: name!, value: value! })),
  );
}

describe('guide references', () => {
  it.each(guides.map((g) => [g.slug, g] as const))('%s: every outside link is a dated source', (_slug, guide) => {
    const listed = new Set(guide.sources.map((source) => withoutFragment(source.url)));
    const unlisted = [...new Set(externalLinks(guide.body))].filter((url) => !listed.has(withoutFragment(url)));
    expect(unlisted).toEqual([]);
  });

  it('finds the links it checks (the extractor is not blind)', () => {
    expect(externalLinks('see [the README](https://github.com/ollama/ollama#install) and <https://example.com/x>')).toEqual([
      'https://github.com/ollama/ollama#install',
      'https://example.com/x',
    ]);
    expect(guides.reduce((sum, guide) => sum + externalLinks(guide.body).length, 0)).toBeGreaterThan(100);
  });

  it('pass live components only model and hardware slugs that exist in the catalog seed', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const guide of guides) {
      for (const { element, name, value } of jsxAttributes(guide.body)) {
        const slugs = value.split(',').map((slug) => slug.trim());
        if (name === 'model' || name === 'models') {
          checked += slugs.length;
          for (const slug of slugs) if (!modelSlugs.has(slug)) problems.push(`${guide.slug}: <${element} ${name}> ${slug}`);
        }
        if (name === 'hardware') {
          checked += slugs.length;
          for (const slug of slugs) if (!hardwareSlugs.has(slug)) problems.push(`${guide.slug}: <${element} ${name}> ${slug}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });

  it('read component attributes the way MDX does', () => {
    expect(jsxAttributes('<SpeedChart model="a" hardware="b" />\n```sh\n<Fake model="x" />\n```')).toEqual([
      { element: 'SpeedChart', name: 'model', value: 'a' },
      { element: 'SpeedChart', name: 'hardware', value: 'b' },
    ]);
  });

  it('write commands one per line in sh fences', () => {
    const commands = guides.flatMap((guide) => guideCommands(guide.slug, guide.body));
    const problems = commands.flatMap((command) => {
      const problem = commandLineProblem(command.text);
      return problem ? [`${command.slug}:${command.line}: ${problem}: ${command.text}`] : [];
    });
    expect(problems).toEqual([]);
    // Every tool page shows commands.
    for (const slug of Object.keys(TOOL_PAGES)) expect(commands.some((c) => c.slug === slug), slug).toBe(true);
  });

  it('print only commands the wizard’s command table documents: known programs, known flags, well-formed values', () => {
    const commands = guides.flatMap((guide) => guideCommands(guide.slug, guide.body));
    const problems = commands.flatMap((command) => {
      const tool = TOOL_PAGES[command.slug];
      const check = tool ? validateCommand({ tool, label: command.slug, command: command.text }) : validateCommand(command.text);
      return check.ok ? [] : [`${command.slug}:${command.line}: ${command.text}: ${check.problems.join('; ')}`];
    });
    expect(problems).toEqual([]);
    expect(commands.length).toBeGreaterThan(60);
  });

  it("the vLLM guide installs vLLM with the lines the wizard's cards print (VLLM_INSTALL_STEPS, from vLLM's quickstart)", () => {
    const vllm = guides.find((guide) => guide.slug === 'vllm');
    if (!vllm) throw new Error('no vllm guide');
    const lines = guideCommands(vllm.slug, vllm.body).map((command) => command.text);
    const installs = lines.filter((line) => /\bpip install\b.*\bvllm\b/.test(line));
    expect(installs).toEqual([VLLM_INSTALL_STEPS.nvidia[2], VLLM_INSTALL_STEPS.amd[2]]);
    // The NVIDIA cards' kernel step is printed by the guide too.
    expect(lines).toContain(VLLM_CUDA_KERNELS_STEP);
    for (const step of [...VLLM_INSTALL_STEPS.nvidia, ...VLLM_INSTALL_STEPS.amd]) expect(lines).toContain(step);
  });

  it.each([
    ['llama-cpp', 'llama-server -hf a/b-GGUF:Q4_K_M --draft-max 8', /unknown flag --draft-max/],
    ['ollama', 'lms get qwen3-8b', /not documented for ollama/],
    ['vllm', 'vllm serve x --max-model-len lots', /--max-model-len/],
  ])('reject a %s page command the table does not document: %s', (slug, text, why) => {
    const check = validateCommand({ tool: TOOL_PAGES[slug]!, label: slug, command: text });
    expect(check.ok).toBe(false);
    expect(check.problems.join(' ')).toMatch(why);
  });

  it.each([
    ['llama-server -hf ggml-org/gpt-oss-20b-GGUF -c 16384', null],
    ['curl -fsSL https://ollama.com/install.sh | sh', null],
    ["vllm serve m --speculative-config '{\"method\": \"mtp\"; \"n\": 2}'", null],
    ['cmake -B build \\', 'line continuation'],
    ['cd exo && uv run exo', 'several commands chained on one line'],
    ['ollama run gemma4  # default tag', 'trailing comment'],
    ['# start the server', 'comment line (explain commands in prose)'],
    ['$ ollama ps', 'shell prompt'],
    ['', 'blank line inside a command block'],
  ])('judge the command line %j', (text, problem) => {
    expect(commandLineProblem(text)).toBe(problem);
  });
});
