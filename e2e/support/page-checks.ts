import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

// Checks every public page must pass, in any theme and at any width (e2e/pages.spec.ts).
// axe files text whose colours are lab()/oklch() (what Tailwind v4 emits) as "incomplete", not as
// violations, so contrast is also measured here: each visible text's colour and effective
// background are resolved to sRGB by the browser itself (a canvas paints the computed colour and
// reads the pixel back), composited over the ancestors' backgrounds, and compared with WCAG 2.x's
// thresholds (4.5:1, or 3:1 for large text).

// axe-core itself, run in the page: @axe-core/playwright injects and compiles its 500 KB source on
// every analysis, which more than doubles the time per page over a hundred pages.
const AXE_SOURCE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Makes axe available on every page the context opens, before the page's own scripts run. */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: AXE_SOURCE_PATH });
}

export interface ContrastFailure {
  text: string;
  ratio: number;
  required: number;
  color: string;
  background: string;
  selector: string;
}

export interface LayoutReport {
  scrollWidth: number;
  innerWidth: number;
  contrast: ContrastFailure[];
  /** Text nodes measured (a check that measures nothing cannot fail). */
  measured: number;
  /** With `only`: the ratio of each element measured. */
  ratios: { text: string; ratio: number }[];
}

/** Runs in the page: horizontal overflow and the contrast of every visible text (or only of the elements `only` selects). */
export function measureLayout(only?: string): LayoutReport {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const cache = new Map<string, [number, number, number, number]>();
  // The browser converts any CSS colour (oklch, lab, color-mix…) to sRGB when it paints it.
  const toRgba = (css: string): [number, number, number, number] => {
    const hit = cache.get(css);
    if (hit) return hit;
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = '#000';
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data as unknown as number[];
    const value: [number, number, number, number] = [r!, g!, b!, a! / 255];
    cache.set(css, value);
    return value;
  };
  const over = (top: [number, number, number, number], bottom: [number, number, number]): [number, number, number] => [
    top[0] * top[3] + bottom[0] * (1 - top[3]),
    top[1] * top[3] + bottom[1] * (1 - top[3]),
    top[2] * top[3] + bottom[2] * (1 - top[3]),
  ];
  const luminance = ([r, g, b]: [number, number, number]) => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const ratioOf = (a: [number, number, number], b: [number, number, number]) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (l1 + 0.05) / (l2 + 0.05);
  };
  // The canvas behind everything: the root's background, else the browser's default for the scheme.
  const rootBackground = (): [number, number, number] => {
    for (const element of [document.body, document.documentElement]) {
      const rgba = toRgba(getComputedStyle(element).backgroundColor);
      if (rgba[3] > 0) return over(rgba, matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18] : [255, 255, 255]);
    }
    return [255, 255, 255];
  };
  const base = rootBackground();
  const backgroundOf = (element: Element): { rgb: [number, number, number]; opacity: number } | null => {
    const layers: [number, number, number, number][] = [];
    let opacity = 1;
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      opacity *= Number(style.opacity);
      // Gradients and images: no single colour to measure against.
      if (style.backgroundImage !== 'none') return null;
      const rgba = toRgba(style.backgroundColor);
      if (rgba[3] > 0) layers.push(rgba);
      if (rgba[3] === 1) break;
    }
    let rgb = base;
    for (const layer of layers.reverse()) rgb = over(layer, rgb);
    return { rgb, opacity };
  };
  const selectorOf = (element: Element) => {
    const parts: string[] = [];
    for (let node: Element | null = element; node && parts.length < 4; node = node.parentElement) {
      parts.unshift(node.id ? `#${node.id}` : `${node.tagName.toLowerCase()}${node.classList.length ? `.${[...node.classList].slice(0, 2).join('.')}` : ''}`);
      if (node.id) break;
    }
    return parts.join(' > ');
  };
  const isVisible = (element: Element) => {
    const rect = element.getBoundingClientRect();
    // Visually hidden text (sr-only: a 1 px clipped box) and empty boxes are not seen.
    if (rect.width <= 1 || rect.height <= 1) return false;
    const style = getComputedStyle(element);
    return style.visibility === 'visible' && Number(style.opacity) > 0 && style.clipPath === 'none' && !element.closest('[hidden], [inert]');
  };

  const failures: ContrastFailure[] = [];
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const targets: Element[] = only ? [...document.querySelectorAll(only)] : [];
  for (let node = only ? null : walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const parent = node.parentElement;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    if (parent.closest('script, style, noscript, template, option, optgroup, title')) continue;
    targets.push(parent);
  }
  // Form controls show their value or selected option in their own colour.
  for (const control of only ? [] : document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=range]), select, textarea')) {
    const value = (control as HTMLInputElement).value;
    if (value) targets.push(control);
  }
  let measured = 0;
  const ratios: LayoutReport['ratios'] = [];
  for (const element of targets) {
    if (!isVisible(element)) continue;
    // Inactive controls are exempt from the contrast rule (WCAG 1.4.3).
    if (element.closest(':disabled, [aria-disabled=true]')) continue;
    const style = getComputedStyle(element);
    const svg = element instanceof SVGElement;
    const textColour = toRgba(svg ? style.fill : style.color);
    const background = backgroundOf(element);
    if (!background) continue;
    measured++;
    const text = over([textColour[0], textColour[1], textColour[2], textColour[3] * background.opacity], background.rgb);
    const ratio = ratioOf(text, background.rgb);
    const sizePx = Number.parseFloat(style.fontSize);
    const large = sizePx >= 24 || (sizePx >= 18.66 && Number(style.fontWeight) >= 700);
    const required = large ? 3 : 4.5;
    const label = (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement ? element.value : element.textContent ?? '').trim().replace(/\s+/g, ' ');
    if (only) ratios.push({ text: label.slice(0, 60), ratio });
    if (ratio + 0.005 < required) {
      failures.push({
        text: label.slice(0, 60),
        ratio: Math.round(ratio * 100) / 100,
        required,
        color: `rgb(${text.map(Math.round).join(' ')})`,
        background: `rgb(${background.rgb.map(Math.round).join(' ')})`,
        selector: selectorOf(element),
      });
    }
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, contrast: failures, measured, ratios };
}

/** The contrast of each element a selector picks, as the page shows it (text against its effective background). */
export async function contrastOf(page: Page, selector: string): Promise<{ text: string; ratio: number }[]> {
  return (await page.evaluate(measureLayout, selector)).ratios;
}

/** The page's layout and contrast problems, and axe's serious or critical violations, as readable lines. */
export async function pageProblems(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  const report = await page.evaluate(measureLayout, undefined);
  // A mobile context zooms out to fit a too-wide page, and then innerWidth grows with it: the width
  // the page must fit is the viewport the test set.
  const width = Math.min(report.innerWidth, page.viewportSize()?.width ?? report.innerWidth);
  if (report.scrollWidth > width) problems.push(`${label}: horizontal overflow, document ${report.scrollWidth} px wide in a ${width} px window`);
  if (report.measured < 5) problems.push(`${label}: only ${report.measured} text elements measured`);
  // One line per distinct failure: a table of 40 identical cells reads as one problem.
  const distinct = new Map<string, ContrastFailure>();
  for (const f of report.contrast) distinct.set(`${f.color}|${f.background}|${f.selector.replace(/:nth-child\(\d+\)/g, '')}`, f);
  for (const f of distinct.values()) problems.push(`${label}: contrast ${f.ratio}:1 < ${f.required}:1 for "${f.text}" (${f.color} on ${f.background}) at ${f.selector}`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE_PATH });
  const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
  const axe = await page.evaluate((runOptions) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, runOptions), options);
  for (const violation of axe.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    problems.push(`${label}: axe ${violation.id} (${violation.impact}) on ${violation.nodes.length} node(s): ${violation.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }
  return problems;
}
