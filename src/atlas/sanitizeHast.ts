/**
 * The build's second line of defence: a Sätteri hast plugin (the MDX pipeline Astro uses) that
 * removes from every rendered MDX body whatever `contentPolicy` forbids — script-running or
 * embedding elements, event-handler and style attributes, `{expressions}`, imports and exports,
 * unsafe URLs — so that a page is safe even if a file slipped past the content checker and is
 * served by a host that sends no Content Security Policy. The checker rejects such files first;
 * this only ever removes, it never rewrites text. Pure apart from the tree it is handed.
 */
import type { HastNode, HastPluginDefinition, HastVisitorContext } from 'satteri';
import { FORBIDDEN_ELEMENTS, URL_ATTRIBUTES, isEventHandlerAttribute, urlProblem } from './contentPolicy';

type AnyNode = {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
};

const RESOURCE_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data', 'background', 'lowsrc', 'dynsrc']);
const SCRIPT_NODES = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'raw']);

/** Why one attribute must go, or null to keep it. Shared by HTML elements and JSX elements. */
export function unsafeAttribute(name: string, value: unknown): boolean {
  const lower = name.toLowerCase();
  if (isEventHandlerAttribute(lower) || lower === 'style' || lower === 'srcdoc') return true;
  if (!URL_ATTRIBUTES.has(lower)) return false;
  const urls = lower === 'srcset' ? String(value).split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [String(value)];
  return urls.some((url) => urlProblem(url, RESOURCE_ATTRIBUTES.has(lower) ? 'resource' : 'link') !== null);
}

/** What to do with one node: drop it, replace it with a cleaned copy, or keep it. */
export function sanitizeNode(node: AnyNode): 'drop' | AnyNode | 'keep' {
  if (SCRIPT_NODES.has(node.type)) return 'drop';
  if (node.type === 'element') {
    if (FORBIDDEN_ELEMENTS.has(String(node.tagName).toLowerCase())) return 'drop';
    const props = node.properties ?? {};
    const bad = Object.entries(props).filter(([name, value]) => unsafeAttribute(name, value));
    if (bad.length === 0) return 'keep';
    const properties = Object.fromEntries(Object.entries(props).filter(([name, value]) => !unsafeAttribute(name, value)));
    return { ...node, properties };
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const name = String(node.name ?? '');
    // Components (Capitalised or dotted names) and fragments run code of their own: drop them.
    if (!name || /^[A-Z]/.test(name) || name.includes('.') || FORBIDDEN_ELEMENTS.has(name.toLowerCase())) return 'drop';
    const attributes = node.attributes ?? [];
    const keep = attributes.filter(
      (a) => a.type === 'mdxJsxAttribute' && typeof a.name === 'string' && (a.value === null || typeof a.value === 'string') && !unsafeAttribute(a.name, a.value),
    );
    return keep.length === attributes.length ? 'keep' : { ...node, attributes: keep };
  }
  return 'keep';
}

/** The plugin: walk the whole tree once before other visitors and apply `sanitizeNode`. */
export const sanitizeContent: HastPluginDefinition = {
  name: 'mesh-atlas-sanitize-content',
  before(root: Readonly<HastNode>, ctx: HastVisitorContext) {
    const walk = (node: AnyNode) => {
      for (const child of node.children ?? []) {
        const action = sanitizeNode(child);
        if (action === 'drop') ctx.removeNode(child as never);
        else if (action === 'keep') walk(child);
        else {
          ctx.replaceNode(child as never, action as never);
          walk(action);
        }
      }
    };
    walk(root as unknown as AnyNode);
  },
};
