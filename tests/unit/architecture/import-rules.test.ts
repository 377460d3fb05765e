import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importViolations, importsOf, partsOf, type Violation } from './imports';

/** Every tracked or new source file of the repository (path → text). */
function repositoryFiles(): Map<string, string> {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'scripts', 'tests'], { encoding: 'utf8' });
  const files = new Map<string, string>();
  for (const file of listed.split('\n')) {
    if (!/\.(ts|mts|js|mjs|astro)$/.test(file)) continue;
    try {
      files.set(file, readFileSync(file, 'utf8'));
    } catch {
      // listed but deleted in the working tree
    }
  }
  return files;
}

const show = (violations: Violation[]) => violations.map((v) => `${v.file}: ${v.message} [${v.rule}]`).join('\n');
const tree = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('the repository keeps the import rules', () => {
  it('has no violation', () => {
    const files = repositoryFiles();
    expect(files.size).toBeGreaterThan(100);
    const violations = importViolations(files);
    expect(show(violations), show(violations)).toBe('');
  });
});

describe('each rule bites', () => {
  it('browser: a <script> reaching a node/ module through a pure one is named with the chain', () => {
    const violations = importViolations(tree({
      'src/pages/p.astro': "---\n---\n<p>x</p>\n<script>\n  import { a } from '../domain/a';\n</script>",
      'src/domain/a.ts': "import { b } from '../atlas/b';\nexport const a = b;",
      'src/atlas/b.ts': "import { c } from './node/c';\nexport const b = c;",
      'src/atlas/node/c.ts': "import { readFileSync } from 'node:fs';\nexport const c = readFileSync;",
    }));
    expect(violations.filter((v) => v.rule === 'browser').map((v) => [v.file, v.message])).toStrictEqual([
      ['src/pages/p.astro (script)', 'browser code reaches Node-only or build-only "src/atlas/node/c.ts" through src/domain/a.ts → src/atlas/b.ts'],
      ['src/domain/a.ts', 'browser code reaches Node-only or build-only "src/atlas/node/c.ts" through src/atlas/b.ts'],
    ]);
  });

  it('browser: domain code importing the content loader, a Node builtin or a Node package', () => {
    const rules = (code: string) => importViolations(tree({ 'src/domain/x.ts': code })).map((v) => `${v.rule}: ${v.message}`);
    expect(rules("import { getCollection } from 'astro:content';")).toStrictEqual(['browser: browser code reaches Node-only or build-only "astro:content"']);
    expect(rules("import { join } from 'node:path';")).toStrictEqual([
      'browser: browser code reaches Node-only or build-only "node:path"',
      'node: imports Node-only "node:path" outside a node/ folder: move the module into one',
    ]);
    expect(rules("import * as yaml from 'js-yaml';")).toHaveLength(2);
    // Type-only imports are erased: they run nowhere.
    expect(rules("import type { Stats } from 'node:fs';\nimport type {\n  Dirent,\n} from 'node:fs';\nexport type { Dir } from 'node:fs';")).toStrictEqual([]);
  });

  it('node: a module outside a node/ folder importing Node, but not one inside it', () => {
    const violations = importViolations(tree({
      'src/charts/render.ts': "import { createCanvas } from '@napi-rs/canvas';",
      'src/charts/node/render.ts': "import { createCanvas } from '@napi-rs/canvas';",
      'scripts/x.ts': "import { readFileSync } from 'node:fs';",
    }));
    expect(violations.map((v) => [v.rule, v.file, v.import])).toStrictEqual([['node', 'src/charts/render.ts', '@napi-rs/canvas']]);
  });

  it('scripts: scripts/ importing tests/, while tests may import scripts/lib', () => {
    const violations = importViolations(tree({
      'scripts/bench.ts': "import { pages } from '../tests/e2e/site';",
      'tests/e2e/site.ts': "import { builtFiles } from '../../scripts/lib/builtFiles';",
      'scripts/lib/builtFiles.ts': 'export const builtFiles = 1;',
    }));
    expect(violations.map((v) => [v.rule, v.file, v.import])).toStrictEqual([['scripts', 'scripts/bench.ts', '../tests/e2e/site']]);
  });

  it('pages: a page importing the loader or a query, but not a view model, component or type', () => {
    const violations = importViolations(tree({
      'src/pages/a.astro': "---\nimport { getAtlas } from '../atlas/getAtlas';\nimport { sortedMeshes } from '../atlas/queries';\nimport type { MeshEntry } from '../atlas/types';\nimport { homeView } from '../view/home';\nimport Card from '../components/Card.astro';\n---\n",
      'src/pages/b.ts': "import { getCollection } from 'astro:content';",
      'src/atlas/getAtlas.ts': 'export const getAtlas = 1;',
      'src/atlas/queries.ts': 'export const sortedMeshes = 1;',
      'src/view/home.ts': 'export const homeView = 1;',
    }));
    expect(violations.filter((v) => v.rule === 'pages').map((v) => [v.file, v.import])).toStrictEqual([
      ['src/pages/a.astro (frontmatter)', '../atlas/getAtlas'],
      ['src/pages/a.astro (frontmatter)', '../atlas/queries'],
      ['src/pages/b.ts', 'astro:content'],
    ]);
  });

  it('reads an .astro file as its frontmatter and each script, skipping is:inline scripts', () => {
    const parts = partsOf('src/x.astro', "---\nimport A from './A.astro';\n---\n<script>import './a';</script><script is:inline>import './b';</script><script type=\"module\">import './c';</script>");
    expect(parts.map((p) => [p.kind, importsOf(p.code)])).toStrictEqual([['frontmatter', ['./A.astro']], ['script', ['./a']], ['script', ['./c']]]);
  });
});
