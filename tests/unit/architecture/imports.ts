/**
 * The import rules of the house, as a pure check over source texts, so the test can run it on the
 * repository and on small hand-made trees that prove each rule bites.
 *
 *   browser   Code that runs in the browser — src/browser/, every `<script>` of an .astro file —
 *             and src/domain/ (pure derivations the browser uses) may not reach, directly or
 *             through other modules, anything Node-only or build-only: a `node/` folder, `node:*`,
 *             Astro's content loader, or a Node package.
 *   node      Outside a `node/` folder (and outside scripts/), src/ modules do not import `node:*`
 *             or a Node package themselves: the folder says where a module may run. (Astro's
 *             src/content.config.ts, which must live where it is, is the one exception.)
 *   scripts   scripts/ may not import tests/ (tests may import scripts/lib).
 *   pages     Pages (src/pages/) take their data from view models (src/view/) and components, not
 *             from loaders: no `astro:content`, nothing from src/atlas/.
 */
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/** Packages that only run in Node (or only at build time). */
export const NODE_PACKAGES: readonly string[] = [
  '@napi-rs/canvas', 'sirv', 'compression', 'satteri', '@astrojs/markdown-satteri', '@astrojs/internal-helpers',
  'chrome-launcher', 'lighthouse', 'js-yaml', 'yaml', 'dejavu-fonts-ttf', 'astro/loaders', 'tsx',
];
/** Build-time only: Astro's content loader. */
const BUILD_ONLY = ['astro:content'];

export interface Violation {
  rule: 'browser' | 'node' | 'scripts' | 'pages';
  /** The file (and, for .astro, which part) that imports. */
  file: string;
  /** The import that breaks the rule, and for `browser` the chain that reaches it. */
  import: string;
  message: string;
}

interface Part {
  file: string;
  /** `script` for an .astro `<script>`, `frontmatter` for its server part, `module` for .ts/.js. */
  kind: 'module' | 'frontmatter' | 'script';
  code: string;
}

/** The code parts of a file: an .astro file's frontmatter and each `<script>` block. */
export function partsOf(file: string, text: string): Part[] {
  if (!file.endsWith('.astro')) return [{ file, kind: 'module', code: text }];
  const parts: Part[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) parts.push({ file, kind: 'frontmatter', code: front[1]! });
  for (const m of text.matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)) parts.push({ file, kind: 'script', code: m[1]! });
  return parts;
}

/** Value imports of a piece of code (type-only imports are erased and do not count). */
export function importsOf(code: string): string[] {
  const withoutTypes = code
    .replace(/^\s*import\s+type\s[\s\S]*?from\s*['"][^'"]+['"];?/gm, '')
    .replace(/^\s*export\s+type\s[\s\S]*?from\s*['"][^'"]+['"];?/gm, '');
  return ts.preProcessFile(withoutTypes, true, true).importedFiles.map((f) => f.fileName);
}

const isNodeSpecifier = (spec: string) => spec.startsWith('node:') || NODE_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`));

/** Resolves a relative specifier against the files that exist; null for packages. */
function resolveLocal(from: string, spec: string, files: ReadonlyMap<string, string>): string | null {
  if (!spec.startsWith('.')) return null;
  const base = normalize(join(dirname(from), spec.split('?')[0]!));
  for (const candidate of [base, `${base}.ts`, `${base}.js`, `${base}.mjs`, join(base, 'index.ts')]) if (files.has(candidate)) return candidate;
  return base;
}

const inNodeFolder = (file: string) => file.split('/').includes('node');

/** Every violation of the rules above in `files` (repository-relative path → text). */
export function importViolations(files: ReadonlyMap<string, string>): Violation[] {
  const violations: Violation[] = [];
  const parts = [...files].flatMap(([file, text]) => partsOf(file, text));
  const modules = new Map(parts.filter((p) => p.kind === 'module').map((p) => [p.file, p]));

  // What a browser entry reaches, depth first, remembering the chain for the message.
  const reaches = (start: Part): { spec: string; chain: string[] } | null => {
    const seen = new Set<string>();
    const visit = (part: Part, chain: string[]): { spec: string; chain: string[] } | null => {
      for (const spec of importsOf(part.code)) {
        if (isNodeSpecifier(spec) || BUILD_ONLY.includes(spec)) return { spec, chain };
        const local = resolveLocal(part.file, spec, files);
        if (!local) continue;
        if (inNodeFolder(local)) return { spec: local, chain };
        if (seen.has(local)) continue;
        seen.add(local);
        const next = modules.get(local);
        if (next) {
          const found = visit(next, [...chain, local]);
          if (found) return found;
        }
      }
      return null;
    };
    return visit(start, []);
  };

  for (const part of parts) {
    const where = part.kind === 'module' ? part.file : `${part.file} (${part.kind})`;
    const browser = part.kind === 'script' || part.file.startsWith('src/browser/') || part.file.startsWith('src/domain/');
    if (browser) {
      const found = reaches(part);
      if (found) {
        violations.push({
          rule: 'browser',
          file: where,
          import: [...found.chain, found.spec].join(' → '),
          message: `browser code reaches Node-only or build-only "${found.spec}"${found.chain.length ? ` through ${found.chain.join(' → ')}` : ''}`,
        });
      }
    }
    for (const spec of importsOf(part.code)) {
      if (part.file.startsWith('src/') && part.file !== 'src/content.config.ts' && !inNodeFolder(part.file) && part.kind !== 'script' && isNodeSpecifier(spec)) {
        violations.push({ rule: 'node', file: where, import: spec, message: `imports Node-only "${spec}" outside a node/ folder: move the module into one` });
      }
      const local = resolveLocal(part.file, spec, files);
      if (part.file.startsWith('scripts/') && local?.startsWith('tests/')) {
        violations.push({ rule: 'scripts', file: where, import: spec, message: `scripts/ imports tests/ ("${spec}"): move what both need to scripts/lib/` });
      }
      if (part.file.startsWith('src/pages/') && part.kind !== 'script' && (BUILD_ONLY.includes(spec) || local?.startsWith('src/atlas/'))) {
        violations.push({ rule: 'pages', file: where, import: spec, message: `a page imports a loader or query ("${spec}"): take the data from a view model in src/view/` });
      }
    }
  }
  return violations;
}
