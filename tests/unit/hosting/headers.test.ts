import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, mergedHeaders, parseHeadersFile, patternMatches } from '../../../src/hosting/headersFile';
import { THEME_STORAGE_KEY } from '../../../src/domain/theme';

/** The site's rules, parsed inside each test (a call at module level would be credited to no test). */
const siteRules = () => parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const csp = (path: string) => headersFor(siteRules(), path).filter(([name]) => name === 'Content-Security-Policy').map(([, v]) => v);

describe('_headers format', () => {
  it('matches exact paths, splats and placeholders', () => {
    expect(patternMatches('/', '/')).toBe(true);
    expect(patternMatches('/', '/meshes/')).toBe(false);
    expect(patternMatches('/meshes/*', '/meshes/cilium/')).toBe(true);
    expect(patternMatches('/meshes/*', '/meshesx/')).toBe(false);
    expect(patternMatches('/a/:id/', '/a/b/')).toBe(true);
    expect(patternMatches('/a.b', '/axb')).toBe(false);
  });

  it('merges a header set by several rules into one value per name, as the server sends it', () => {
    const merged = mergedHeaders(parseHeadersFile('/*\n  X-A: 1\n  CSP: a\n/x/*\n  csp: b\n  X-B: 2\n'), '/x/y');
    expect([...merged]).toEqual([
      ['X-A', '1'],
      ['CSP', 'a, b'],
      ['X-B', '2'],
    ]);
    expect([...mergedHeaders([], '/')]).toEqual([]);
  });

  it('rejects a header line outside any rule', () => {
    expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/line 1/);
  });
});

describe('the site’s security headers', () => {
  it('allow scripts from this origin only, never inline', () => {
    const [main] = csp('/meshes/cilium/');
    const scriptSrc = /script-src ([^;]+)/.exec(main!)![1]!;
    expect(scriptSrc.split(' ')).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(main).toContain("object-src 'none'");
  });

  it('forbid framing everywhere except the embeds', () => {
    for (const path of ['/', '/meshes/cilium/', '/features/mtls/', '/compare/cilium-vs-linkerd/', '/benchmarks/x/', '/sources/', '/404.html']) {
      expect(csp(path).some((policy) => policy.includes("frame-ancestors 'none'")), path).toBe(true);
    }
    expect(csp('/embed/charts/latency/').some((policy) => policy.includes('frame-ancestors'))).toBe(false);
  });

  it('frame nothing but the embeds once merged: one CSP value with both policies, and DENY', () => {
    const rules = siteRules();
    const home = mergedHeaders(rules, '/');
    expect(home.get('Content-Security-Policy')).toMatch(/script-src 'self'.*, frame-ancestors 'none'$/);
    expect(home.get('X-Frame-Options')).toBe('DENY');
    const embed = mergedHeaders(rules, '/embed/charts/latency/');
    expect(embed.get('Content-Security-Policy')).not.toContain('frame-ancestors');
    expect(embed.has('X-Frame-Options')).toBe(false);
  });

  it('send nosniff and a referrer policy everywhere', () => {
    const names = headersFor(siteRules(), '/embed/charts/x/').map(([name]) => name);
    expect(names).toContain('X-Content-Type-Options');
    expect(names).toContain('Referrer-Policy');
  });

  it('the pre-paint theme script reads the same storage key as the toggle', () => {
    expect(readFileSync('src/browser/theme-init.js', 'utf8')).toContain(`'${THEME_STORAGE_KEY}'`);
  });
});

describe('_headers format: parsing, line by line', () => {
  it('skips blank and comment lines (indented ones too), splits CRLF, trims patterns and values', () => {
    const text = '# top comment\r\n\r\n/a  \r\n  # an indented comment\r\n   \r\n\tX-Tab:v1  \r\n  X-B-2:   two words \r\n/b\r\n';
    expect(parseHeadersFile(text)).toStrictEqual([
      { pattern: '/a', headers: [['X-Tab', 'v1'], ['X-B-2', 'two words']] },
      { pattern: '/b', headers: [] },
    ]);
    expect(parseHeadersFile('')).toStrictEqual([]);
    expect(parseHeadersFile('#only\n')).toStrictEqual([]);
  });

  it('keeps a value with colons and the header names as written', () => {
    expect(parseHeadersFile('/x\n  link: <https://a.example/>; rel=preload\n')).toStrictEqual([{ pattern: '/x', headers: [['link', '<https://a.example/>; rel=preload']] }]);
  });

  it('names the 1-based line of a header line that is not "Name: value" or has no rule', () => {
    const message = (line: number) => `_headers line ${line}: expected "Name: value" under a URL pattern`;
    expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(message(1));
    expect(() => parseHeadersFile('# c\n/a\n  X-Empty:\n')).toThrow(message(3));
    expect(() => parseHeadersFile('/a\n  X_Under: 1\n')).toThrow(message(2));
    expect(() => parseHeadersFile('/a\n  No colon\n')).toThrow(message(2));
    expect(() => parseHeadersFile('/a\n  bad name: 1\n')).toThrow(message(2)); // a name is one word, from the indent on
    expect(() => parseHeadersFile('/a\n  : value\n')).toThrow(message(2));
  });
});

describe('_headers format: patterns', () => {
  it('anchors at both ends', () => {
    expect(patternMatches('/a', '/a')).toBe(true);
    expect(patternMatches('/a', '/a/')).toBe(false);
    expect(patternMatches('/a', '/x/a')).toBe(false);
  });

  it('lets a splat match anything, including nothing and slashes', () => {
    expect(patternMatches('/meshes/*', '/meshes/')).toBe(true);
    expect(patternMatches('/meshes/*', '/meshes/a/b/c.html')).toBe(true);
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/a/*/c', '/a/b/x/c')).toBe(true);
    expect(patternMatches('/a/*/c', '/a/b/x/d')).toBe(false);
    expect(patternMatches('*.js', '/_astro/app.js')).toBe(true);
  });

  it('lets a placeholder (any letters, any case) match one non-empty segment', () => {
    expect(patternMatches('/a/:id/', '/a/b/')).toBe(true);
    expect(patternMatches('/a/:Id/', '/a/b/')).toBe(true);
    expect(patternMatches('/a/:id/', '/a/b/c/')).toBe(false);
    expect(patternMatches('/a/:id/', '/a//')).toBe(false);
    expect(patternMatches('/a/:id/:page', '/a/b/c')).toBe(true);
    expect(patternMatches('/a/:1', '/a/b')).toBe(false); // ":1" is not a placeholder: literal
    expect(patternMatches('/a/:1', '/a/:1')).toBe(true);
  });

  it('takes every other character literally', () => {
    for (const literal of ['/a.b', '/a+b', '/a?b', '/a^b', '/a$b', '/a{1}', '/(a)', '/a|b', '/[ab]', '/a\\b']) {
      expect(patternMatches(literal, literal), literal).toBe(true);
    }
    expect(patternMatches('/a+b', '/aab')).toBe(false);
    expect(patternMatches('/a?b', '/b')).toBe(false);
    expect(patternMatches('/a{2}', '/aa')).toBe(false);
    expect(patternMatches('/(a)', '/a')).toBe(false);
    expect(patternMatches('/a|b', '/a')).toBe(false);
    expect(patternMatches('/[ab]', '/a')).toBe(false);
    expect(patternMatches('/a$b', '/a')).toBe(false);
    expect(patternMatches('/a^b', '/a^b/')).toBe(false);
  });
});

describe('_headers format: headers for a path', () => {
  const rules = () => parseHeadersFile('/*\n  A: 1\n  B: 2\n/x\n  A: 3\n/y\n  C: 4\n');

  it('lists the headers of every matching rule in file order, repeats included', () => {
    expect(headersFor(rules(), '/x')).toStrictEqual([['A', '1'], ['B', '2'], ['A', '3']]);
    expect(headersFor(rules(), '/z')).toStrictEqual([['A', '1'], ['B', '2']]);
    expect(headersFor([], '/x')).toStrictEqual([]);
  });

  it('merges by name case-insensitively, keeping the first spelling and joining with ", "', () => {
    const merged = mergedHeaders(parseHeadersFile('/*\n  x-a: 1\n/x\n  X-A: 2\n  X-a: 3\n'), '/x');
    expect([...merged]).toStrictEqual([['x-a', '1, 2, 3']]);
    expect([...mergedHeaders(rules(), '/y')]).toStrictEqual([['A', '1'], ['B', '2'], ['C', '4']]);
  });
});
