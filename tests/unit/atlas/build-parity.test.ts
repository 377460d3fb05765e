/**
 * `npm run validate` and `astro build` accept and reject the same content with the same messages:
 * the build runs the same checker first (src/lib/contentCheckIntegration.ts). This runs both, as
 * processes, on one tree broken in several ways at once (including the ways they used to disagree:
 * an unquoted date, an unclosed element, an empty file, script in a body, a javascript: URL).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { appendBody, editData, validTree, writeTree } from './bad-content';

const tree = validTree();
tree.set('features/empty.yaml', '');
tree.set('sources/docs-a.yaml', tree.get('sources/docs-a.yaml')!.replace(/accessed: .*/, 'accessed: 2026-01-15'));
appendBody(tree, 'guides/guide-a.mdx', '<img src="x" onerror="alert(1)" />');
appendBody(tree, 'benchmarks/study-a.mdx', '<div>\n\nnever closed');
editData(tree, 'meshes/mesh-a.mdx', (d) => {
  d.homepage = 'javascript:alert(1)';
});
const dir = writeTree(tree);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (command: string, args: string[]) => {
  const result = spawnSync(`node_modules/.bin/${command}`, args, {
    encoding: 'utf8',
    env: { ...process.env, MESH_ATLAS_CONTENT: dir, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 150_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

describe('validate and the build agree', () => {
  it('both refuse the tree, listing the same problems, one line each, without a stack trace', { timeout: 180_000 }, () => {
    const validate = run('tsx', ['scripts/validate-content.ts']);
    const build = run('astro', ['build']);
    expect(validate.status).toBe(1);
    expect(build.status).not.toBe(0);
    const lines = (text: string) => text.split('\n').filter((line) => line.includes(dir.split('/').pop()!) && / \((schema|parse|body-syntax|body-safety|https-only)\)$/.test(line)).sort();
    const expected = lines(validate.output);
    expect(expected.map((line) => line.replace(/^.*?\/(\w+\/[\w.-]+): /, '$1: ').replace(/: .*\((.+)\)$/, ' ($1)'))).toEqual([
      'benchmarks/study-a.mdx (body-syntax)',
      'features/empty.yaml (parse)',
      'guides/guide-a.mdx (body-safety)',
      'meshes/mesh-a.mdx (https-only)',
      'sources/docs-a.yaml (schema)',
    ]);
    expect(lines(build.output)).toEqual(expected);
    expect(build.output).not.toMatch(/\n\s+at /);
    expect(build.output).toContain('5 content problem(s)');
  });
});
