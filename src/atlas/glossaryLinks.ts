/**
 * A Sätteri hast plugin that links the first use of each glossary term in an MDX body (guides,
 * studies, mesh profiles) to its entry on /glossary/. It only wraps words of running text in links
 * to this site; headings, links, code and components are left alone. Build time only; the matching
 * is `linkFirstUses` in src/domain/glossary.ts, as for notes.
 */
import type { HastNode, HastPluginDefinition, HastVisitorContext } from 'satteri';
import { linkFirstUses, termMatcher, type GlossaryTermLike } from '../domain/glossary';
import { urls } from '../domain/urls';

type AnyNode = { type: string; tagName?: string; value?: string; children?: AnyNode[] };

/** Where a term is never linked: inside these, a link would be wrong or unreadable. */
const SKIP = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'abbr', 'dfn', 'svg', 'math', 'script', 'style', 'button', 'summary', 'caption', 'th']);

export function glossaryLinks(terms: readonly GlossaryTermLike[]): HastPluginDefinition {
  const matcher = termMatcher(terms);
  return {
    name: 'mesh-atlas-glossary-links',
    before(root: Readonly<HastNode>, ctx: HastVisitorContext) {
      if (!matcher.pattern) return;
      const seen = new Set<string>();
      const walk = (node: AnyNode) => {
        for (const child of [...(node.children ?? [])]) {
          if (child.type === 'text' && typeof child.value === 'string') {
            const segments = linkFirstUses(child.value, matcher, seen);
            if (segments.some((s) => s.term)) {
              ctx.replaceNode(
                child as never,
                segments.map((s) =>
                  s.term
                    ? { type: 'element', tagName: 'a', properties: { href: urls.glossaryTerm(s.term.id), className: ['glossary-term'], title: s.term.short }, children: [{ type: 'text', value: s.text }] }
                    : { type: 'text', value: s.text },
                ) as never,
              );
            }
          } else if (child.type === 'element' && !SKIP.has(String(child.tagName).toLowerCase())) walk(child);
          else if (child.type === 'root') walk(child);
        }
      };
      walk(root as unknown as AnyNode);
    },
  };
}
