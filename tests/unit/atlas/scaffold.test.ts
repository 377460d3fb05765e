/**
 * The scaffolding commands (`npm run new:mesh|new:feature|new:source|new:study -- ID`), run
 * in-process through `runNew` against a copy of content/ in a temporary folder (one smoke test
 * spawns the real script). After each command the copy is loaded with the same checker as `npm run
 * validate`; nothing here depends on which meshes or features the real content has, only on it
 * being valid when copied. `insertSupportCell` is also tested on hand-written mesh texts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as yaml from 'js-yaml';
import { runNew } from '../../../scripts/new';
import { loadContent, parseContentFile } from '../../../src/atlas/node/contentFiles';
import { insertSupportCell, nextFeatureOrder, ScaffoldError } from '../../../src/atlas/scaffold';
import { CATEGORY_IDS, ConditionsSchema, todayIso } from '../../../src/schemas';

/** The id of the mesh the tests add: made up, so it is free whatever meshes the real content has. */
const NEW = 'scaffold-test-mesh';

const TIMEOUT = 60_000;
/** Passed as --today, so every date the commands write is known. */
const TODAY = todayIso();

let dir: string;
let contentDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mesh-atlas-scaffold-'));
  contentDir = join(dir, 'content');
  cpSync('content', contentDir, { recursive: true });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runNew([...argv, '--content', contentDir, '--today', TODAY], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const load = () => loadContent(contentDir, dir, { today: TODAY });

/** Every file under the content copy, by path relative to it, with its bytes. */
function tree(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(contentDir, path), readFileSync(path));
    }
  };
  walk(contentDir);
  return files;
}

/** The paths added, removed and changed between two trees. */
function changes(before: Map<string, Buffer>, after: Map<string, Buffer>) {
  return {
    added: [...after.keys()].filter((path) => !before.has(path)).sort(),
    removed: [...before.keys()].filter((path) => !after.has(path)).sort(),
    changed: [...after.keys()].filter((path) => before.has(path) && !before.get(path)!.equals(after.get(path)!)).sort(),
  };
}

const idsIn = (folder: string, ext: string) =>
  readdirSync(join(contentDir, folder))
    .filter((name) => name.endsWith(ext))
    .map((name) => name.slice(0, -ext.length))
    .sort();

const frontmatterOf = (text: string) => parseContentFile(text, '.mdx') as Record<string, unknown> & { support: Record<string, Record<string, unknown>> };

describe('the copied content', () => {
  it('is valid before any command runs (a precondition of every test below)', () => {
    expect(load().problems).toEqual([]);
  }, TIMEOUT);
});

describe('new:mesh', () => {
  it('writes a mesh with one unknown cell per feature and its source stub, and the tree still validates', () => {
    const before = tree();
    const features = idsIn('features', '.yaml');
    const { code, stdout, stderr } = run('mesh', NEW);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(changes(before, tree())).toEqual({ added: [join('meshes', `${NEW}.mdx`), join('sources', `${NEW}-docs.yaml`)], removed: [], changed: [] });

    const { atlas, problems } = load();
    expect(problems).toEqual([]);
    const mesh = atlas.meshes.find((m) => m.id === NEW);
    expect(mesh).toBeDefined();
    const cells = Object.entries(mesh!.data.support);
    expect(cells.map(([feature]) => feature).sort()).toEqual(features);
    expect(cells).toHaveLength(features.length);
    for (const [, cell] of cells) {
      expect(cell.level).toBe('unknown');
      expect(cell.note).toMatch(/^TODO: /);
      expect([cell.verified, cell.verifiedAgainst]).toStrictEqual([undefined, undefined]);
      expect(cell.sources).toEqual([]);
      expect(cell.maturity).toBeUndefined();
    }
    expect(mesh!.data.name).toMatch(/^TODO: /);
    expect(mesh!.data.shortName).toMatch(/^TODO: /);
    expect(mesh!.data.summary).toMatch(/^TODO: /);
    expect(mesh!.data.baseline).toBe(false);
    expect(mesh!.data.project).toBe(NEW);
    expect((mesh!.data as Record<string, unknown>)['projectName']).toBe('TODO: project name');
    expect(mesh!.data.order).toBeGreaterThan(Math.max(...atlas.meshes.filter((m) => m.id !== NEW).map((m) => m.data.order)));
    expect(mesh!.data.architecture.sources.map((s) => s.id)).toEqual([`${NEW}-docs`]);
    expect(mesh!.data.strengths[0]!.sources.map((s) => s.id)).toEqual([`${NEW}-docs`]);
    const source = atlas.sources.find((s) => s.id === `${NEW}-docs`);
    expect(source?.data.url).toBe('https://example.invalid/TODO');
    expect(source?.data.title).toMatch(/^TODO: /);
    expect(source?.data.vendorOf).toEqual([NEW]);
    expect(source?.data.accessed).toBe(TODAY);
    // The body is a TODO paragraph, not empty.
    expect(readFileSync(join(contentDir, 'meshes', `${NEW}.mdx`), 'utf8').split(/^---$/m)[2]).toMatch(/^\s*TODO: /);

    expect(stdout).toContain(`${join(contentDir, 'meshes', `${NEW}.mdx`)}: created`);
    expect(stdout).toContain(`${join(contentDir, 'sources', `${NEW}-docs.yaml`)}: created`);
    const list = stdout.split('Fill in next:')[1] ?? '';
    const items = list.split('\n').filter((line) => /^\s+\d+\. /.test(line));
    expect(items.map((line) => Number(/^\s+(\d+)\./.exec(line)![1]))).toEqual(items.map((_, index) => index + 1));
    for (const field of ['name', 'shortName', 'projectName', 'maintainer', 'licence', 'cncf', 'versionReviewed', 'reviewed', 'summary', 'architecture', 'resourceModel', 'strengths', 'limits', 'support', 'body', 'title', 'publisher', 'url', 'accessed']) {
      expect(list, field).toContain(field);
    }
    expect(list).toContain(`${features.length} cells at level unknown`);
  }, TIMEOUT);

  it('cites an existing source of the stub id as it is instead of overwriting it', () => {
    const stub = join(contentDir, 'sources', `${NEW}-docs.yaml`);
    const existing = readFileSync(join(contentDir, 'sources', `${idsIn('sources', '.yaml')[0]}.yaml`));
    writeFileSync(stub, existing);
    const { code, stdout } = run('mesh', NEW);
    expect(code).toBe(0);
    expect(readFileSync(stub).equals(existing)).toBe(true);
    expect(stdout).toContain(`${stub}: already exists, cited as it is`);
    expect(load().problems).toEqual([]);
  }, TIMEOUT);
});

describe('new:feature', () => {
  it('writes the feature and adds exactly one unknown cell at the end of every mesh file\'s support mapping, nothing else', () => {
    const meshIds = idsIn('meshes', '.mdx');
    const before = tree();
    const { atlas: old } = load();
    const lastInCategory = Math.max(...old.features.filter((f) => f.data.category === 'observability').map((f) => f.data.order));
    const { code, stderr, stdout } = run('feature', 'zz-new-feature', '--category', 'observability');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const after = tree();
    expect(changes(before, after)).toEqual({
      added: [join('features', 'zz-new-feature.yaml')],
      removed: [],
      changed: meshIds.map((id) => join('meshes', `${id}.mdx`)),
    });

    const { atlas, problems } = load();
    expect(problems).toEqual([]);
    const feature = atlas.features.find((f) => f.id === 'zz-new-feature');
    expect(feature?.data.category).toBe('observability');
    expect(feature!.data.order).toBeGreaterThan(lastInCategory);
    expect(feature!.data.name).toMatch(/^TODO: /);
    expect(feature!.data.description).toMatch(/^TODO: /);

    expect(meshIds.length).toBeGreaterThan(1);
    expect(atlas.meshes.some((m) => m.data.baseline)).toBe(true);
    for (const id of meshIds) {
      const path = join('meshes', `${id}.mdx`);
      const oldText = before.get(path)!.toString('utf8');
      const newText = after.get(path)!.toString('utf8');
      const oldLines = oldText.split('\n');
      const newLines = newText.split('\n');
      let prefix = 0;
      while (prefix < oldLines.length && oldLines[prefix] === newLines[prefix]) prefix += 1;
      let suffix = 0;
      while (suffix < oldLines.length - prefix && oldLines[oldLines.length - 1 - suffix] === newLines[newLines.length - 1 - suffix]) suffix += 1;
      // Every old line is kept, in order: the only difference is a block of inserted lines.
      expect(prefix + suffix, id).toBe(oldLines.length);
      const inserted = newLines.slice(prefix, newLines.length - suffix);
      expect(inserted[0], id).toBe('  zz-new-feature:');
      expect(inserted.slice(1).every((line) => line.startsWith('    ')), id).toBe(true);
      expect(inserted.some((line) => line.trim() === 'level: unknown'), id).toBe(true);
      // The cell is the last of the mapping, and the only new one.
      const oldSupport = Object.keys(frontmatterOf(oldText).support);
      const newSupport = frontmatterOf(newText).support;
      expect(Object.keys(newSupport), id).toEqual([...oldSupport, 'zz-new-feature']);
      const cell = atlas.meshes.find((m) => m.id === id)!.data.support['zz-new-feature']!;
      expect(cell.level).toBe('unknown');
      expect(cell.note).toMatch(/^TODO: /);
      expect([cell.verified, cell.verifiedAgainst]).toStrictEqual([undefined, undefined]);
      expect(stdout).toContain(`${join(contentDir, path)}: added support.zz-new-feature`);
    }
  }, TIMEOUT);

  it('places a feature after the last of its category, in the first category when none is given', () => {
    const { atlas: old } = load();
    const orders = old.features.filter((f) => f.data.category === CATEGORY_IDS[0]).map((f) => f.data.order);
    expect(run('feature', 'zz-default-category').code).toBe(0);
    const feature = load().atlas.features.find((f) => f.id === 'zz-default-category')!;
    expect(feature.data.category).toBe(CATEGORY_IDS[0]);
    expect(feature.data.order).toBeGreaterThan(Math.max(...orders));
  }, TIMEOUT);
});

describe('new:source and new:study', () => {
  it('new:source writes one stub that validates', () => {
    const before = tree();
    const { code, stdout } = run('source', 'zz-new-source');
    expect(code).toBe(0);
    expect(changes(before, tree())).toEqual({ added: [join('sources', 'zz-new-source.yaml')], removed: [], changed: [] });
    const { atlas, problems } = load();
    expect(problems).toEqual([]);
    const source = atlas.sources.find((s) => s.id === 'zz-new-source')!;
    expect(source.data.title).toMatch(/^TODO: /);
    expect(source.data.publisher).toMatch(/^TODO: /);
    expect(source.data.url).toMatch(/^https:\/\/example\.invalid\//);
    expect(source.data.vendorOf).toEqual([]);
    expect(stdout).toMatch(/1\. .*title.*\n\s+2\. .*accessed/);
  }, TIMEOUT);

  it('new:study writes a study with every condition "not stated", a TODO result and caveat, and its source stub', () => {
    const before = tree();
    const { code, stderr } = run('study', 'zz-new-study');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(changes(before, tree())).toEqual({ added: [join('benchmarks', 'zz-new-study.mdx'), join('sources', 'zz-new-study-report.yaml')], removed: [], changed: [] });
    const { atlas, problems } = load();
    expect(problems).toEqual([]);
    const study = atlas.benchmarks.find((b) => b.id === 'zz-new-study')!;
    const stated = Object.keys(ConditionsSchema().shape).filter((key) => key !== 'other');
    expect(stated.length).toBeGreaterThan(10);
    for (const key of stated) expect((study.data.conditions as Record<string, unknown>)[key], key).toBeNull();
    expect(study.data.date).toBeNull();
    expect(study.data.results).toHaveLength(1);
    expect(study.data.results[0]!.variant).toMatch(/^TODO: /);
    expect(study.data.results[0]!.note).toMatch(/^TODO: /);
    expect(atlas.meshes.some((m) => m.id === study.data.results[0]!.mesh.id)).toBe(true);
    expect(study.data.caveats).toEqual([expect.stringMatching(/^TODO: /)]);
    expect(study.data.sources.map((s) => s.id)).toEqual(['zz-new-study-report']);
    expect(atlas.sources.find((s) => s.id === 'zz-new-study-report')?.data.kind).toBe('benchmark');
  }, TIMEOUT);
});

describe('refusals', () => {
  const badIds = ['Kuma', 'kuma_mesh', 'a--b', 'kuma-', 'kuma.mdx', '../escape', 'ku ma'];

  it.each(['mesh', 'feature', 'source', 'study'])('new:%s refuses ids that are not lowercase-kebab, with one line and nothing written', (kind) => {
    const before = tree();
    for (const id of badIds) {
      const { code, stdout, stderr } = run(kind, id);
      expect(code, id).toBe(1);
      expect(stdout, id).toBe('');
      expect(stderr, id).toMatch(/^new: .*lowercase-kebab[^\n]*\n$/);
    }
    expect(changes(before, tree())).toEqual({ added: [], removed: [], changed: [] });
  }, TIMEOUT);

  it.each([
    ['mesh', 'meshes', '.mdx'],
    ['feature', 'features', '.yaml'],
    ['source', 'sources', '.yaml'],
    ['study', 'benchmarks', '.mdx'],
  ])('new:%s refuses an id that already exists, with one line and nothing written', (kind, folder, ext) => {
    const before = tree();
    const existing = idsIn(folder, ext)[0]!;
    const { code, stdout, stderr } = run(kind, existing);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^new: ${kind} "${existing}" already exists[^\\n]*\\n$`));
    expect(changes(before, tree())).toEqual({ added: [], removed: [], changed: [] });
  }, TIMEOUT);

  it('refuses a missing id, a second id, an unknown kind, a bad --category and a future --today', () => {
    const before = tree();
    const cases: [string[], RegExp][] = [
      [['mesh'], /^new: give the new mesh's id/],
      [['mesh', 'a', 'b'], /^new: one id at a time/],
      [['widget', 'a'], /^new: give what to add first/],
      [['feature', 'a', '--category', 'nope'], /^new: --category "nope" is not a category/],
      [['mesh', 'a', '--category', 'security'], /^new: --category goes with new:feature/],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = run(...argv);
      expect(code, argv.join(' ')).toBe(1);
      expect(stderr.split('\n').filter(Boolean), argv.join(' ')).toHaveLength(1);
      expect(stderr, argv.join(' ')).toMatch(message);
    }
    let stderr = '';
    expect(runNew(['mesh', 'a', '--content', contentDir, '--today', '2999-01-01'], { stdout: () => {}, stderr: (s) => (stderr += s) })).toBe(1);
    expect(stderr).toBe('new: --today 2999-01-01 is in the future\n');
    expect(changes(before, tree())).toEqual({ added: [], removed: [], changed: [] });
  }, TIMEOUT);
});

describe('a failed validation', () => {
  /** Breaks the copy: a source without its required fields (so nothing the command writes can pass). */
  const corrupt = () => writeFileSync(join(contentDir, 'sources', 'zz-broken.yaml'), 'title: x\n');

  it('new:feature restores every mesh file byte for byte and removes the feature', () => {
    corrupt();
    const before = tree();
    const { code, stdout, stderr } = run('feature', 'zz-reverted');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^new: the content folder does not validate/);
    expect(stderr).toContain('zz-broken.yaml: title:');
    expect(changes(before, tree())).toEqual({ added: [], removed: [], changed: [] });
    expect(existsSync(join(contentDir, 'features', 'zz-reverted.yaml'))).toBe(false);
  }, TIMEOUT);

  it('new:mesh and new:study remove the files they created', () => {
    corrupt();
    const before = tree();
    expect(run('mesh', 'zz-reverted').code).toBe(1);
    expect(run('study', 'zz-reverted').code).toBe(1);
    expect(run('source', 'zz-reverted').code).toBe(1);
    expect(changes(before, tree())).toEqual({ added: [], removed: [], changed: [] });
  }, TIMEOUT);

  it('is not reached when a mesh already has a cell for the new feature id: refused before anything is written', () => {
    const meshFile = join(contentDir, 'meshes', `${idsIn('meshes', '.mdx')[0]}.mdx`);
    const [firstFeature] = Object.keys(frontmatterOf(readFileSync(meshFile, 'utf8')).support);
    // Remove a feature file the mesh still has a cell for, then scaffold a feature of that id again.
    rmSync(join(contentDir, 'features', `${firstFeature}.yaml`));
    const before = tree();
    const { code, stderr } = run('feature', firstFeature!);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^new: [^\\n]*already has a support\\.${firstFeature} cell\\n$`));
    expect(changes(before, tree())).toEqual({ added: [], removed: [], changed: [] });
  }, TIMEOUT);
});

describe('insertSupportCell', () => {
  const cell = (key: string, child: string) => [`${key}new-feature:`, `${child}level: unknown`];
  const mesh = (frontmatter: string, eol = '\n') => ['---', ...frontmatter.split('\n'), '---', '', 'Body.', ''].join(eol);

  it('appends with the mapping\'s own indentation, before the next top-level key, keeping comments in place', () => {
    const text = mesh(['name: A', 'support:', '    # a comment', '    mtls:', '        level: full', '', '# trailing top-level comment', 'order: 1'].join('\n'));
    const out = insertSupportCell(text, 'new-feature', cell);
    expect(out).toBe(mesh(['name: A', 'support:', '    # a comment', '    mtls:', '        level: full', '    new-feature:', '        level: unknown', '', '# trailing top-level comment', 'order: 1'].join('\n')));
    expect(Object.keys((parseContentFile(out, '.mdx') as { support: object }).support)).toEqual(['mtls', 'new-feature']);
    expect((parseContentFile(out, '.mdx') as { order: number }).order).toBe(1);
  });

  it('keeps CRLF line endings and ends the mapping after a folded block scalar', () => {
    const text = mesh(['support:', '  mtls:', '    note: >-', '      folded', '      text', 'other: 1'].join('\n'), '\r\n');
    const out = insertSupportCell(text, 'new-feature', cell);
    expect(out).toBe(mesh(['support:', '  mtls:', '    note: >-', '      folded', '      text', '  new-feature:', '    level: unknown', 'other: 1'].join('\n'), '\r\n'));
    const data = parseContentFile(out, '.mdx') as { support: Record<string, { note?: string }>; other: number };
    expect(data.support['mtls']!.note).toBe('folded text');
    expect(data.other).toBe(1);
  });

  it('refuses what it cannot edit safely', () => {
    expect(() => insertSupportCell(mesh('name: A'), 'x', cell)).toThrow(ScaffoldError);
    expect(() => insertSupportCell(mesh('support: {}'), 'x', cell)).toThrow(/not written as an indented block/);
    expect(() => insertSupportCell(mesh('support:\n  "x":\n    level: full'), 'x', cell)).toThrow(/already has a support\.x cell/);
    expect(() => insertSupportCell('name: A\n', 'x', cell)).toThrow(/no frontmatter/);
  });

  it('the inserted cell is valid YAML for the real mesh files (every byte outside it kept)', () => {
    for (const id of idsIn('meshes', '.mdx')) {
      const text = readFileSync(join(contentDir, 'meshes', `${id}.mdx`), 'utf8');
      const out = insertSupportCell(text, 'zz-x', (key, child) => [`${key}zz-x:`, `${child}level: unknown`]);
      expect(out.replace(/\n {2}zz-x:\n {4}level: unknown/, '')).toBe(text);
      expect(frontmatterOf(out).support['zz-x']).toEqual({ level: 'unknown' });
    }
  });
});

describe('nextFeatureOrder', () => {
  it('goes past the highest order of the category, to the next ten, and starts at 10', () => {
    const features = [
      { id: 'a', data: { category: 'traffic', order: 20 } },
      { id: 'b', data: { category: 'traffic', order: 45 } },
      { id: 'c', data: { category: 'security', order: 300 } },
      { id: 'd', data: { category: 'protocols' } },
    ];
    expect(nextFeatureOrder(features, 'traffic')).toBe(50);
    expect(nextFeatureOrder(features, 'security')).toBe(310);
    expect(nextFeatureOrder(features, 'protocols')).toBe(110); // schema default order 100
    expect(nextFeatureOrder(features, 'platform')).toBe(10);
  });
});

describe('the npm script', () => {
  it('runs scripts/new.ts as a command (the main guard) and exits 0 after writing a source', () => {
    const result = spawnSync('node_modules/.bin/tsx', ['scripts/new.ts', 'source', 'zz-spawned', '--content', contentDir], { encoding: 'utf8', timeout: 55_000 });
    expect(result.status, `signal ${result.signal}, error ${result.error?.message}, stderr: ${result.stderr}`).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Fill in next:');
    expect(yaml.load(readFileSync(join(contentDir, 'sources', 'zz-spawned.yaml'), 'utf8'))).toMatchObject({ url: 'https://example.invalid/TODO', kind: 'docs' });
  }, TIMEOUT);
});
