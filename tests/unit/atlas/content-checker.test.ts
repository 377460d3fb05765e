/**
 * The content checker on disk, as `npm run validate` and the build run it: every rule has bad
 * fixtures, each fixture yields exactly its one problem (no cascade), and the valid tree yields none.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, validateContent } from '../../../src/atlas/node/contentFiles';
import { checkIntegrity, formatProblems } from '../../../src/atlas/integrity';
import type { Problem } from '../../../src/atlas/types';
import { LOADER_RULES, RULES } from '../../../src/atlas/rules';
import { BAD_FIXTURES, appendBody, editData, validTree, writeTree, type Tree } from './bad-content';
import { clone } from '../fixtures';

const TODAY = '2026-06-01';
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Problems of a tree, with paths relative to the tree's folder. */
function check(tree: Tree): Problem[] {
  const dir = writeTree(tree);
  dirs.push(dir);
  return loadContent(dir, dir, { today: TODAY }).problems;
}
const show = (problems: Problem[]) => formatProblems(problems) || '(none)';

/** Rules proven on an in-memory atlas, where a file tree cannot express the fault. */
const ATLAS_FIXTURES: { rule: string; name: string; problems: () => Problem[] }[] = [
  {
    rule: 'unique-id',
    name: 'two entries of one collection with one id (e.g. from two content folders)',
    problems: () => {
      const { atlas } = validateContent(clone(), { today: TODAY });
      atlas.sources.push({ ...atlas.sources[0]!, filePath: 'other/sources/docs-a.yaml' });
      return checkIntegrity(atlas, { today: TODAY });
    },
  },
];

describe('the valid tree', () => {
  it('passes every rule, with its guide’s links and anchors resolved', () => {
    const tree = validTree();
    const dir = writeTree(tree);
    dirs.push(dir);
    const { atlas, problems } = loadContent(dir, dir, { today: TODAY });
    expect(show(problems)).toBe('(none)');
    expect(atlas.guides.map((g) => g.id)).toEqual(['guide-a']);
    expect(atlas.meshes.map((m) => m.id).sort()).toEqual(['mesh-a', 'no-mesh']);
  });
});

describe('every rule has a bad fixture', () => {
  const covered = new Set([...BAD_FIXTURES.map((f) => f.rule), ...ATLAS_FIXTURES.map((f) => f.rule)]);
  it.each([...LOADER_RULES, ...RULES].map((rule) => [rule.id]))('%s', (id) => {
    expect(covered.has(id), `rule "${id}" has no bad fixture in tests/unit/bad-content.ts`).toBe(true);
  });
  it('and no fixture names a rule that does not exist', () => {
    const ids = new Set([...LOADER_RULES, ...RULES].map((r) => r.id));
    expect([...covered].filter((id) => !ids.has(id))).toEqual([]);
  });
  it('every rule says what it requires in a sentence (validate --rules and the README list them)', () => {
    for (const rule of [...LOADER_RULES, ...RULES]) expect(rule.description, rule.id).toMatch(/^[A-Z`].{30,}\.$/);
  });
  it('rule ids are unique lowercase-kebab', () => {
    const ids = [...LOADER_RULES, ...RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('each bad fixture gives exactly its one problem', () => {
  it.each(BAD_FIXTURES.map((f) => [`${f.rule}: ${f.name}`, f] as const))('%s', (_, fixture) => {
    const tree = validTree();
    fixture.edit(tree);
    const problems = check(tree);
    expect(problems, show(problems)).toHaveLength(1);
    const [problem] = problems as [Problem];
    expect(problem.rule).toBe(fixture.rule);
    expect(problem.file).toBe(fixture.file);
    if (typeof fixture.field === 'string') expect(problem.field).toBe(fixture.field);
    else expect(problem.field).toMatch(fixture.field);
    expect(problem.message).toMatch(fixture.message);
  });

  it.each(ATLAS_FIXTURES.map((f) => [`${f.rule}: ${f.name}`, f] as const))('%s', (_, fixture) => {
    const problems = fixture.problems();
    expect(problems.map((p) => p.rule), show(problems)).toEqual([fixture.rule]);
  });
});

describe('one broken file, one error: no cascade into the files that refer to it', () => {
  it('a mesh that fails its schema is not reported again by the study and guide citing it', () => {
    const tree = validTree();
    editData(tree, 'meshes/mesh-a.mdx', (d) => {
      d.cncf = 'famous';
    });
    const problems = check(tree);
    expect(problems.map((p) => [p.rule, p.file, p.field]), show(problems)).toEqual([['schema', 'meshes/mesh-a.mdx', 'cncf']]);
  });

  it('a feature that does not parse is not reported as missing cells in every mesh', () => {
    const tree = validTree();
    tree.set('features/retries.yaml', 'name: [\n');
    const problems = check(tree);
    expect(problems.map((p) => [p.rule, p.file]), show(problems)).toEqual([['parse', 'features/retries.yaml']]);
  });

  it('a broken study is not reported by the guide that links to its page and anchors', () => {
    const tree = validTree();
    editData(tree, 'benchmarks/study-a.mdx', (d) => {
      d.verified = 'yesterday';
    });
    const problems = check(tree);
    expect(problems.map((p) => [p.rule, p.file]), show(problems)).toEqual([['schema', 'benchmarks/study-a.mdx']]);
  });

  it('every problem of several broken files is reported at once, each in its own file', () => {
    const tree = validTree();
    tree.set('features/empty.yaml', '');
    appendBody(tree, 'guides/guide-a.mdx', '<script>{"x"}</script>');
    editData(tree, 'sources/docs-a.yaml', (d) => {
      d.url = 'http://example.org/';
    });
    const problems = check(tree);
    expect(problems.map((p) => `${p.rule} ${p.file}`).sort()).toEqual([
      'body-safety guides/guide-a.mdx',
      'https-only sources/docs-a.yaml',
      'parse features/empty.yaml',
    ]);
  });
});

describe('what the checker reads', () => {
  it('accepts a UTF-8 byte-order mark and CRLF line ends, as the build does', () => {
    const tree = validTree();
    tree.set('features/mtls.yaml', `\uFEFF${tree.get('features/mtls.yaml')!.replace(/\n/g, '\r\n')}`);
    expect(show(check(tree))).toBe('(none)');
  });

  it('reports body lines counted from the top of the file', () => {
    const tree = validTree();
    const text = tree.get('guides/guide-a.mdx')!;
    const line = text.split('\n').length + 1; // appendBody adds "\n" then the text
    appendBody(tree, 'guides/guide-a.mdx', '[x](javascript:void(0))');
    expect(check(tree).map((p) => p.field)).toEqual([`body (line ${line})`]);
  });

  it('knows the anchors the build gives headings (Astro’s own slugger, after smart punctuation)', () => {
    const tree = validTree();
    appendBody(tree, 'guides/guide-a.mdx', '## Istio\'s "ambient" mode -- and more\n\n[up](#istios-ambient-mode--and-more)');
    expect(show(check(tree))).toBe('(none)');
  });

  it('formats a problem as file, field, message and rule on one line', () => {
    expect(formatProblems([{ rule: 'parse', file: 'a.yaml', field: '(file)', message: 'the file is empty' }])).toBe(
      'a.yaml: (file): the file is empty (parse)',
    );
  });

  it('the real content passes', () => {
    const { problems } = loadContent('content');
    expect(show(problems)).toBe('(none)');
  });

  it('checks the real content against today: a date in the future is caught with the real clock', () => {
    const tree = validTree();
    editData(tree, 'benchmarks/study-a.mdx', (d) => {
      d.date = '2999-12-31';
    });
    const dir = writeTree(tree);
    dirs.push(dir);
    expect(loadContent(dir, dir).problems.map((p) => p.rule)).toEqual(['published-in-past']);
  });
});
