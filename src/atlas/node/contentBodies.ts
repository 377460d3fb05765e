/**
 * Reads an MDX body the way the build does — with Sätteri, the MDX compiler Astro's MDX integration
 * uses, with the same Markdown features and Astro's own heading-id plugin — and reports what the
 * content checker needs: whether it compiles (with the line of the first error), every link and
 * image with its line, every element, attribute, expression or import an author wrote, and the
 * anchor ids the rendered page will have. Node-only (Sätteri is a native module).
 */
import { mdxToJs, mdxToMdast, type MdastNode } from 'satteri';
import { satteriHeadingIdsPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import { authorElementProblem } from '../contentPolicy';
import type { ParsedBody } from '../types';

/** The Markdown features Astro enables for MDX by default (GFM and smart punctuation). */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const;

type Node = MdastNode & { children?: Node[]; position?: { start: { line: number } } };

/**
 * Parses one body. `lineOffset` is added to reported lines so they count from the top of the file
 * (the frontmatter is blanked, not removed, so lines already match when it is 0).
 */
export function parseBody(body: string, lineOffset = 0): ParsedBody {
  const parsed: ParsedBody = { links: [], elements: [], code: [], headingIds: [] };
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: MDX_FEATURES }) as Node;
    const data: { astro: SatteriAstroData } = {
      astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() },
    };
    const result = mdxToJs(body, {
      features: MDX_FEATURES,
      hastPlugins: [satteriHeadingIdsPlugin()],
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      data,
    });
    if (result instanceof Promise) throw new Error('the MDX compiler answered asynchronously');
    parsed.headingIds = (result.data as typeof data).astro.headings.map((h) => h.slug);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    const at = /^(\d+):(\d+)/.exec(message);
    parsed.error = {
      message: message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, ''),
      line: (at ? Number(at[1]) : 1) + lineOffset,
    };
    return parsed;
  }
  const lineOf = (node: Node) => (node.position?.start.line ?? 1) + lineOffset;
  const walk = (node: Node) => {
    const n = node as Node & Record<string, unknown>;
    switch (node.type) {
      case 'link':
      case 'image':
      case 'definition':
        parsed.links.push({ url: String(n['url'] ?? ''), kind: node.type, line: lineOf(node) });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes = ((n['attributes'] as { type: string; name?: string; value?: unknown }[] | undefined) ?? []).map((a) =>
          a.type === 'mdxJsxAttribute'
            ? { name: String(a.name), value: a.value === undefined ? null : a.value }
            : { name: '{...spread}', value: a },
        );
        const name = String(n['name'] ?? '');
        parsed.elements.push({ name, attributes, line: lineOf(node) });
        // What is inside a refused element goes with it: one problem, not one per child.
        if (authorElementProblem(name)) return;
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        parsed.code.push({ kind: 'expression', line: lineOf(node) });
        break;
      case 'mdxjsEsm':
        parsed.code.push({ kind: 'esm', line: lineOf(node) });
        break;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return parsed;
}
