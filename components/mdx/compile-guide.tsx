import rehypeShiki from '@shikijs/rehype';
import { compileMDX } from 'next-mdx-remote/rsc';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { mdxComponents } from '@/components/mdx';
import { GUIDE_LANGUAGES } from '@/lib/content';

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

type HastNode = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: HastNode[] };

const textOf = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/** Collects h2/h3 ids (after rehype-slug) for the table of contents. */
function rehypeCollectHeadings(toc: TocEntry[]) {
  return () => (tree: HastNode) => {
    const walk = (node: HastNode) => {
      if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties?.id === 'string') {
        toc.push({ id: node.properties.id, text: textOf(node), depth: node.tagName === 'h2' ? 2 : 3 });
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}

/** Compiles a guide body (frontmatter already stripped) on the server. Only our own content passes here. */
export async function compileGuide(body: string) {
  const toc: TocEntry[] = [];
  const { content } = await compileMDX({
    source: body,
    components: mdxComponents,
    options: {
      // Components take string props only, so JS expressions stay blocked (the default).
      blockJS: true,
      mdxOptions: {
        remarkPlugins: [remarkGfm],
        rehypePlugins: [
          rehypeSlug,
          rehypeCollectHeadings(toc),
          [rehypeAutolinkHeadings, { behavior: 'append', properties: { className: ['heading-anchor'], ariaHidden: true, tabIndex: -1 }, content: { type: 'text', value: '#' } }],
          // Only the grammars the guides use: loading all of Shiki's 200+ makes every first render
          // (after a build or a catalog edit) take seconds. Unknown fences fall back to plain text.
          [rehypeShiki, { themes: { light: 'github-light', dark: 'github-dark-default' }, defaultColor: false, langs: GUIDE_LANGUAGES, fallbackLanguage: 'text' }],
        ],
      },
    },
  });
  return { content, toc };
}
