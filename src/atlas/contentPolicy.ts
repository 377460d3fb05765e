/**
 * What content may put on a page: which elements and attributes an MDX body may use and which URLs
 * links and images may point at. One policy, read by the content checker (which rejects a file that
 * breaks it, naming file and line) and by the build's sanitizer (which strips whatever breaks it from
 * the rendered tree, in case anything slipped past). Pure; runs anywhere.
 *
 * The rules: no element that runs script, embeds another document or loads from elsewhere; no
 * event-handler or style attributes; links are https or on this site; images are on this site.
 */

/** Elements an author may write in an MDX body (as JSX). Everything else is refused. */
export const AUTHOR_ELEMENTS: ReadonlySet<string> = new Set([
  'abbr', 'b', 'br', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'i',
  'ins', 'kbd', 'mark', 'p', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup',
  'time', 'u', 'var',
]);

/** Attributes an author may give those elements (plus `aria-*`). */
export const AUTHOR_ATTRIBUTES: ReadonlySet<string> = new Set(['id', 'class', 'title', 'lang', 'dir', 'datetime', 'open', 'cite']);

/**
 * Elements that never reach a page, whoever made them: they run script, embed or load another
 * document, submit data, or change how the page resolves URLs.
 */
export const FORBIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'meta', 'base',
  'form', 'input', 'button', 'select', 'textarea', 'option', 'template', 'noscript', 'svg', 'math',
  'audio', 'video', 'source', 'track', 'picture', 'portal', 'canvas', 'dialog', 'slot',
]);

/** Attributes whose value is a URL a browser follows or loads. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'background', 'longdesc', 'ping',
  'data', 'xlink:href', 'xlinkhref', 'manifest', 'codebase', 'lowsrc', 'dynsrc',
]);

/** `onclick`, `onError`, `on-load`…: any attribute that installs an event handler. */
export const isEventHandlerAttribute = (name: string): boolean => /^on/i.test(name);

/** How a URL is used: followed as a link, or loaded as an image or other resource. */
export type UrlUse = 'link' | 'resource';

/**
 * Why a URL may not appear on a page, or `null` when it may. Links may be https or point at this
 * site (`/path`, `#anchor`, `?query`, or a relative path); resources (images) must be on this site.
 * Control characters and whitespace inside a scheme (`java\tscript:`) count as the scheme they hide.
 */
export function urlProblem(url: string, use: UrlUse): string | null {
  // Browsers drop ASCII tab/newline anywhere and trim leading control characters and spaces.
  const normalised = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (/^[/\\][/\\]/.test(normalised)) {
    return `"${url}" is protocol-relative; write https:// or a path on this site`;
  }
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(normalised);
  if (!match) return null;
  const scheme = match[1]!.toLowerCase();
  if (use === 'resource') return `"${url}" loads from another origin; images must be files on this site`;
  if (scheme !== 'https') return `"${url}" uses ${scheme}:; only https links (or paths on this site) are allowed`;
  return null;
}

/** Why an element an author wrote may not appear, or `null` when it may. */
export function authorElementProblem(name: string): string | null {
  if (AUTHOR_ELEMENTS.has(name.toLowerCase()) && name === name.toLowerCase()) return null;
  if (/^[A-Z]/.test(name) || name.includes('.')) return `<${name}> is a component; content may not use components`;
  return `<${name}> is not allowed in content (allowed: ${[...AUTHOR_ELEMENTS].join(', ')})`;
}

/** Why an attribute an author wrote may not appear, or `null` when it may. */
export function authorAttributeProblem(name: string, value: unknown): string | null {
  if (isEventHandlerAttribute(name)) return `${name}: event-handler attributes run script and are not allowed`;
  if (typeof value !== 'string' && value !== null) return `${name}: attribute values must be plain strings, not {expressions}`;
  if (!AUTHOR_ATTRIBUTES.has(name) && !/^aria-[a-z]+$/.test(name)) {
    return `${name}: attribute not allowed (allowed: ${[...AUTHOR_ATTRIBUTES].join(', ')}, aria-*)`;
  }
  if (URL_ATTRIBUTES.has(name.toLowerCase()) && typeof value === 'string') return urlProblem(value, 'link');
  return null;
}
