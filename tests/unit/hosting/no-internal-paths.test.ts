/**
 * Internal URLs are built in one module, src/domain/urls.ts. This scans the code that renders or
 * follows links — every `.astro` file under src/ and every `.ts` under src/browser, src/components,
 * src/layouts, src/pages and src/view — for string and template literals and attribute values that
 * are site paths (`'/features/'`, `href="/guides/x/"`, `` `/benchmarks/${id}/` ``, `'/#meshes'`),
 * and names each one by file and line. Comments and `<style>` blocks are skipped; `'/'` alone,
 * protocol-relative `//host`, MIME types and regular expressions are not site paths.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urls } from '../../../src/domain/urls';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');
const TS_FOLDERS = ['browser', 'components', 'layouts', 'pages', 'view'];

/** Files that still write paths by hand while their owners rework them. */
const ALLOWED = new Set<string>([
  // owned elsewhere, being reworked
]);

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function scannedFiles(): string[] {
  const astro = filesUnder(SRC).filter((f) => f.endsWith('.astro'));
  const ts = TS_FOLDERS.flatMap((folder) => filesUnder(join(SRC, folder))).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  return [...new Set([...astro, ...ts])].map((f) => relative(ROOT, f).split('\\').join('/')).sort();
}

/** Replaces every character but newlines with spaces, so line numbers stay where they were. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** Blanks out comments (`/* … *\/`, `<!-- … -->`, `// …` at a line's start or after a space) and `<style>` blocks. */
function stripNonCode(source: string): string {
  return source
    .replace(/<style\b[\s\S]*?<\/style>/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[\s;{}(])\/\/.*$/gm, (match, before: string) => before + blank(match.slice(before.length)));
}

/** Where a quoted literal opens: a quote, then `/` and a path segment, anchor, query or `${…}` (not `//`, not `/` alone). */
const OPENING = /(["'`])\/(?=[A-Za-z0-9_.~%-]|[#?][A-Za-z0-9]|\$\{)/g;

/** The literal starting at `start` (its opening quote), up to the matching quote on that line; `${…}` may nest. */
function literalAt(line: string, start: number): string {
  const quote = line[start]!;
  let depth = 0;
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (quote === '`' && c === '$' && line[i + 1] === '{') {
      depth++;
      i++;
    } else if (depth > 0 && c === '}') depth--;
    else if (depth === 0 && c === quote) return line.slice(start, i + 1);
  }
  return line.slice(start);
}

interface Finding {
  file: string;
  line: number;
  literal: string;
}

/** Every literal that is a site path, by line. */
function internalPaths(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  stripNonCode(source)
    .split('\n')
    .forEach((line, index) => {
      for (const match of line.matchAll(OPENING)) findings.push({ file, line: index + 1, literal: literalAt(line, match.index) });
    });
  return findings;
}

describe('internal paths are built by src/domain/urls.ts only', () => {
  const files = scannedFiles();

  it('scans the pages, components, layouts, browser code and view models', () => {
    expect(files).toContain('src/pages/index.astro');
    expect(files).toContain('src/layouts/BaseLayout.astro');
    expect(files).toContain('src/components/FeatureMatrix.astro');
    expect(files).toContain('src/browser/searchClient.ts');
    expect(files).toContain('src/pages/robots.txt.ts');
    expect(files.some((f) => f.startsWith('src/view/'))).toBe(true);
    expect(files).not.toContain('src/domain/urls.ts');
  });

  it('finds no hand-written site path outside the allowlist', () => {
    const findings = files.filter((f) => !ALLOWED.has(f)).flatMap((f) => internalPaths(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(findings.map((f) => `${f.file}:${f.line}: ${f.literal}`)).toStrictEqual([]);
  });

  it('keeps the allowlist to files that still need it', () => {
    const stale = [...ALLOWED].filter((f) => !files.includes(f) || internalPaths(f, readFileSync(join(ROOT, f), 'utf8')).length === 0);
    expect(stale, 'these files no longer write paths by hand: remove them from ALLOWED').toStrictEqual([]);
  });

  it('recognises paths in every quoting, and nothing that is not one', () => {
    const source = [
      `const a = '/features/';`,
      `<a href="/guides/x/">x</a>`,
      'const b = `/benchmarks/${id}/`;',
      `<a href="/#meshes">m</a>`,
      'const c = `/${segments.join("/")}`;',
      `const fine = ['/', '//cdn.example.org/x', 'image/svg+xml', "?", '#top', /\\/features\\//.source, path.split('/')];`,
      `// a comment naming '/features/'`,
      `/* a block naming '/compare/' */ <!-- and "/sources/" -->`,
      `<style>.x { background: url("/bg.png"); }</style>`,
      'const d = `${urls.mesh(id)}#${anchor}`;',
      "const e = `${x ? `/nested/${y}/` : ''}`;",
      `const f = 'https://example.org/path';`,
    ].join('\n');
    expect(internalPaths('x.astro', source).map((f) => `${f.line}: ${f.literal}`)).toStrictEqual([
      `1: '/features/'`,
      `2: "/guides/x/"`,
      '3: `/benchmarks/${id}/`',
      `4: "/#meshes"`,
      '5: `/${segments.join("/")}`',
      '11: `/nested/${y}/`',
    ]);
  });
});

describe('the theme script', () => {
  // theme-init.js is a classic script loaded before first paint: it cannot import urls.ts, so its
  // one path is checked against it here.
  it('recognises embed pages by the same folder urls.ts builds them in', () => {
    const script = readFileSync(join(SRC, 'browser', 'theme-init.js'), 'utf8');
    expect(script).toContain(`location.pathname.indexOf('${urls.embeds()}') === 0`);
    expect(urls.chartEmbed('x').startsWith(urls.embeds())).toBe(true);
  });
});
