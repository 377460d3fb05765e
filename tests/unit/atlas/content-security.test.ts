/**
 * No script from content: the URL and element policy, and the sanitizer that the build's MDX
 * processor applies — rendered here through the very processor `astro.config.mjs` uses, with
 * bodies the checker would refuse, to prove the second layer holds on its own.
 */
import { describe, expect, it } from 'vitest';
import { authorAttributeProblem, authorElementProblem, urlProblem } from '../../../src/atlas/contentPolicy';
import { contentMdxProcessor } from '../../../src/atlas/node/mdxProcessor';
import { sanitizeNode, unsafeAttribute } from '../../../src/atlas/sanitizeHast';
import { parseBody } from '../../../src/atlas/node/contentBodies';

describe('urlProblem', () => {
  it.each([
    ['https://example.org/a', 'link'],
    ['HTTPS://example.org/', 'link'],
    ['/features/#mtls', 'link'],
    ['#anchor', 'link'],
    ['?q=1', 'link'],
    ['guides/x/', 'link'],
    ['/charts/a.png', 'resource'],
    ['img/a.png', 'resource'],
  ] as const)('allows %s as a %s', (url, use) => {
    expect(urlProblem(url, use)).toBeNull();
  });

  it.each([
    ['javascript:alert(1)', 'link', /uses javascript:/],
    ['JaVaScRiPt:alert(1)', 'link', /uses javascript:/],
    ['java\tscript:alert(1)', 'link', /uses javascript:/],
    ['java\nscript:alert(1)', 'link', /uses javascript:/],
    ['\u0001 javascript:alert(1)', 'link', /uses javascript:/],
    ['vbscript:msgbox', 'link', /uses vbscript:/],
    ['data:text/html,<script>alert(1)</script>', 'link', /uses data:/],
    ['http://example.org/', 'link', /uses http:/],
    ['mailto:a@example.org', 'link', /uses mailto:/],
    ['//evil.example/', 'link', /protocol-relative/],
    ['\\\\evil.example/', 'link', /protocol-relative/],
    ['/\\evil.example/', 'link', /protocol-relative/],
    ['https://example.org/a.png', 'resource', /loads from another origin/],
    ['data:image/png;base64,AAAA', 'resource', /loads from another origin/],
  ] as const)('refuses %j as a %s', (url, use, message) => {
    expect(urlProblem(url, use)).toMatch(message);
  });
});

describe('what authors may write', () => {
  it('allows the listed inline elements, in lower case only', () => {
    expect(authorElementProblem('abbr')).toBeNull();
    expect(authorElementProblem('details')).toBeNull();
    expect(authorElementProblem('ABBR')).toMatch(/is a component/);
    expect(authorElementProblem('aBbr')).toMatch(/is not allowed/);
    expect(authorElementProblem('script')).toMatch(/<script> is not allowed/);
    expect(authorElementProblem('iframe')).toMatch(/is not allowed/);
    expect(authorElementProblem('Chart')).toMatch(/is a component/);
    expect(authorElementProblem('ui.Chart')).toMatch(/is a component/);
  });

  it('allows listed attributes with string values and refuses handlers, styles and expressions', () => {
    expect(authorAttributeProblem('title', 'mutual TLS')).toBeNull();
    expect(authorAttributeProblem('aria-label', 'x')).toBeNull();
    expect(authorAttributeProblem('open', null)).toBeNull();
    expect(authorAttributeProblem('onclick', 'x')).toMatch(/event-handler/);
    expect(authorAttributeProblem('ONLOAD', 'x')).toMatch(/event-handler/);
    expect(authorAttributeProblem('style', 'color:red')).toMatch(/not allowed/);
    expect(authorAttributeProblem('href', 'https://x')).toMatch(/not allowed/);
    expect(authorAttributeProblem('title', { type: 'mdxJsxAttributeValueExpression', value: 'x' })).toMatch(/plain strings/);
    expect(authorAttributeProblem('cite', 'javascript:alert(1)')).toMatch(/uses javascript:/);
  });
});

describe('the sanitizer, node by node', () => {
  it('drops elements that run or embed, and code nodes', () => {
    for (const tagName of ['script', 'SCRIPT', 'iframe', 'object', 'embed', 'style', 'form', 'svg', 'base', 'meta', 'link']) {
      expect(sanitizeNode({ type: 'element', tagName, properties: {} })).toBe('drop');
    }
    for (const type of ['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'raw']) expect(sanitizeNode({ type })).toBe('drop');
    expect(sanitizeNode({ type: 'mdxJsxFlowElement', name: 'Chart', attributes: [] })).toBe('drop');
    expect(sanitizeNode({ type: 'mdxJsxTextElement', name: null, attributes: [] })).toBe('drop');
  });

  it('keeps safe elements untouched and strips only the unsafe attributes', () => {
    expect(sanitizeNode({ type: 'element', tagName: 'a', properties: { href: '/features/' } })).toBe('keep');
    expect(sanitizeNode({ type: 'element', tagName: 'a', properties: { href: 'javascript:x', title: 't', onclick: 'x' } })).toEqual({
      type: 'element',
      tagName: 'a',
      properties: { title: 't' },
    });
    expect(sanitizeNode({ type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: 't' }] })).toBe('keep');
    const cleaned = sanitizeNode({
      type: 'mdxJsxTextElement',
      name: 'span',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'title', value: 't' },
        { type: 'mdxJsxAttribute', name: 'onMouseOver', value: 'x' },
        { type: 'mdxJsxAttribute', name: 'class', value: { type: 'mdxJsxAttributeValueExpression', value: 'x' } },
        { type: 'mdxJsxExpressionAttribute', value: '...props' },
      ],
    });
    expect(cleaned).toEqual({ type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: 't' }] });
  });

  it('judges URL attributes by how they are used', () => {
    expect(unsafeAttribute('href', 'https://example.org/')).toBe(false);
    expect(unsafeAttribute('src', 'https://example.org/a.png')).toBe(true);
    expect(unsafeAttribute('src', '/a.png')).toBe(false);
    expect(unsafeAttribute('srcset', '/a.png 1x, https://evil.example/b.png 2x')).toBe(true);
    expect(unsafeAttribute('srcset', '/a.png 1x, /b.png 2x')).toBe(false);
    expect(unsafeAttribute('style', 'x')).toBe(true);
    expect(unsafeAttribute('srcdoc', '<p>')).toBe(true);
    expect(unsafeAttribute('title', 'javascript:x')).toBe(false);
  });
});

describe('the build’s MDX processor renders hostile bodies without any script', () => {
  const HOSTILE = [
    '# Heading',
    '',
    'A [link](javascript:alert(1)), a [fine link](/features/) and ![img](https://evil.example/p.png) ![ok](/charts/a.png).',
    '',
    '<img src="x" onerror="alert(2)" />',
    '',
    '<div class="a" onClick={() => alert(3)}>text <script>{"alert(4)"}</script> <b style="background:url(https://evil.example/)">bold</b></div>',
    '',
    '{alert(5)}',
    '',
    'export const leak = alert(6)',
    '',
    '<Widget onLoad="alert(7)" />',
    '',
    '<iframe src="https://evil.example/" />',
    '',
    '<details open><summary>More</summary>Kept.</details>',
  ].join('\n');

  async function render(source: string): Promise<string> {
    const renderer = await contentMdxProcessor().createMdxRenderer!(
      { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true } as never,
      { optimize: false } as never,
    );
    const result = await renderer.process(source, '/virtual/hostile.mdx', {});
    return typeof result === 'string' ? result : (result as { code: string }).code;
  }

  it('keeps the text and safe markup and removes every way to run script or load from elsewhere', async () => {
    const code = await render(HOSTILE);
    for (const bad of ['javascript:', 'onerror', 'alert(2)', 'alert(3)', 'alert(4)', 'alert(5)', 'alert(6)', 'alert(7)', 'Widget', 'iframe', 'evil.example', 'style']) {
      expect(code, bad).not.toContain(bad);
    }
    for (const good of ['Heading', '"/features/"', '"/charts/a.png"', 'bold', 'More', 'Kept.', 'fine link']) expect(code, good).toContain(good);
    expect(code).toMatch(/open/);
  });

  it('and changes nothing in a body that is already safe', async () => {
    const safe = '## Why\n\nSee [the matrix](/features/#mtls) and <abbr title="mutual TLS">mTLS</abbr>.\n';
    const sanitized = await render(safe);
    const renderer = await (await import('@astrojs/markdown-satteri')).satteri().createMdxRenderer!(
      { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true } as never,
      { optimize: false } as never,
    );
    const plain = await renderer.process(safe, '/virtual/hostile.mdx', {});
    expect(sanitized).toBe(typeof plain === 'string' ? plain : (plain as { code: string }).code);
  });
});

describe('parseBody', () => {
  it('reports links, elements and code with their lines, and heading ids as the build makes them', () => {
    const body = parseBody('## One\n\n[a](/x/) <abbr title="t">b</abbr>\n\n## One\n\n{1}\n', 10);
    expect(body.error).toBeUndefined();
    expect(body.links).toEqual([{ url: '/x/', kind: 'link', line: 13 }]);
    expect(body.elements).toEqual([{ name: 'abbr', attributes: [{ name: 'title', value: 't' }], line: 13 }]);
    expect(body.code).toEqual([{ kind: 'expression', line: 17 }]);
    expect(body.headingIds).toEqual(['one', 'one-1']);
  });

  it('gives the line of a compile error', () => {
    expect(parseBody('ok\n\n<div>\n\nunclosed\n').error).toEqual({ message: expect.stringMatching(/closing tag for `<div>`/), line: 3 });
  });
});

describe('policy edges', () => {
  it('an attribute merely containing "on" is no handler; aria attributes are whole words', () => {
    expect(authorAttributeProblem('aria-controls', 'x')).toBeNull();
    expect(authorAttributeProblem('aria-', 'x')).toMatch(/not allowed/);
    expect(authorAttributeProblem('xaria-label', 'x')).toMatch(/not allowed/);
    expect(authorAttributeProblem('aria-label2', 'x')).toMatch(/not allowed/);
    expect(authorAttributeProblem('cite', null)).toBeNull();
    expect(authorAttributeProblem('cite', 'https://example.org/')).toBeNull();
  });
  it('only leading control characters and spaces are dropped before the scheme', () => {
    expect(urlProblem(' \u0000javascript:x', 'link')).toMatch(/uses javascript:/);
    expect(urlProblem('/a javascript:x', 'link')).toBeNull();
    expect(urlProblem('/path//twice', 'link')).toBeNull();
    expect(urlProblem('/a\\\\b', 'link')).toBeNull();
  });
  it('lists what is allowed when it refuses', () => {
    expect(authorElementProblem('img')).toBe(
      '<img> is not allowed in content (allowed: abbr, b, br, cite, code, dd, del, details, dfn, div, dl, dt, em, i, ins, kbd, mark, p, q, s, samp, small, span, strong, sub, summary, sup, time, u, var)',
    );
    expect(authorAttributeProblem('style', 'x')).toBe('style: attribute not allowed (allowed: id, class, title, lang, dir, datetime, open, cite, aria-*)');
  });
  it('judges each candidate of a srcset on its own', () => {
    expect(unsafeAttribute('srcset', '/a.png  1x,/b.png 2x')).toBe(false);
    expect(unsafeAttribute('srcset', '/a.png\t1x, https://e.example/b.png 2x')).toBe(true);
    expect(unsafeAttribute('poster', 'https://e.example/p.png')).toBe(true);
    expect(unsafeAttribute('cite', 'https://e.example/')).toBe(false);
    expect(unsafeAttribute('HREF', 'javascript:x')).toBe(true);
  });
  it('drops a JSX element with no attribute list only when its name is unsafe', () => {
    expect(sanitizeNode({ type: 'mdxJsxFlowElement', name: 'span' })).toBe('keep');
    expect(sanitizeNode({ type: 'element', tagName: 'p' })).toBe('keep');
  });
});
