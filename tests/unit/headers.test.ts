import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from '../../src/lib/headersFile';
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

  it('send nosniff and a referrer policy everywhere', () => {
    const names = headersFor(rules, '/embed/charts/x/').map(([name]) => name);
    expect(names).toContain('X-Content-Type-Options');
    expect(names).toContain('Referrer-Policy');
  });

  it('the pre-paint theme script reads the same storage key as the toggle', () => {
    expect(readFileSync('src/scripts/theme-init.js', 'utf8')).toContain(`'${THEME_STORAGE_KEY}'`);
  });
});
