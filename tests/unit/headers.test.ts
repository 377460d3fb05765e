import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, mergedHeaders, parseHeadersFile, patternMatches } from '../../src/lib/headersFile';
import { THEME_STORAGE_KEY } from '../../src/lib/theme';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const csp = (path: string) => headersFor(rules, path).filter(([name]) => name === 'Content-Security-Policy').map(([, v]) => v);

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
    const home = mergedHeaders(rules, '/');
    expect(home.get('Content-Security-Policy')).toMatch(/script-src 'self'.*, frame-ancestors 'none'$/);
    expect(home.get('X-Frame-Options')).toBe('DENY');
    const embed = mergedHeaders(rules, '/embed/charts/latency/');
    expect(embed.get('Content-Security-Policy')).not.toContain('frame-ancestors');
    expect(embed.has('X-Frame-Options')).toBe(false);
  });

  it('send nosniff and a referrer policy everywhere', () => {
    const names = headersFor(rules, '/embed/charts/x/').map(([name]) => name);
    expect(names).toContain('X-Content-Type-Options');
    expect(names).toContain('Referrer-Policy');
  });

  it('the pre-paint theme script reads the same storage key as the toggle', () => {
    expect(readFileSync('src/scripts/theme-init.js', 'utf8')).toContain(`'${THEME_STORAGE_KEY}'`);
  });
});
