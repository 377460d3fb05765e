import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStale } from '../../../scripts/stale';
import { loadContent } from '../../../src/atlas/node/contentFiles';

const run = (argv: string[], root: string, today: string) => {
  let stdout = '';
  let stderr = '';
  const code = runStale(argv, { root, contentDir: join(root, 'content'), today, io: { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) } });
  return { code, stdout, stderr };
};

/** A copy of the content with two Linkerd cells made stale: one never checked, one checked against an older release. */
function scratch() {
  const root = mkdtempSync(join(tmpdir(), 'mesh-atlas-stale-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  const file = join(root, 'content', 'meshes', 'linkerd.mdx');
  const text = readFileSync(file, 'utf8');
  const cells = [...text.matchAll(/^  ([a-z0-9-]+):\n    level: /gm)].map((m) => m[1]!);
  let edited = text.replace(/(^    verified: '[^']*'\n    verifiedAgainst: '[^']*'\n)/m, '');
  edited = edited.replace(/^(    verifiedAgainst: )'[^']*'$/m, "$1'2.19'");
  writeFileSync(file, edited);
  return { root, first: cells[0]!, second: cells[1]! };
}

describe('npm run stale', () => {
  it('lists each stale cell under its file, with why, and counts them', () => {
    const { root, first, second } = scratch();
    const { code, stdout } = run([], root, '2026-12-01');
    expect(code).toBe(0);
    expect(stdout).toContain('Stale cells on 2026-12-01 (policy: checked against the reviewed release, within 180 days): 2\n');
    expect(stdout).toContain(`\ncontent/meshes/linkerd.mdx (reviewed 2.20)\n  support.${first}: never checked\n  support.${second}: checked against 2.19, not the reviewed 2.20\n`);
  });

  it('filters by mesh, prints JSON, and refuses an unknown mesh', () => {
    const { root, first } = scratch();
    expect(run(['--mesh', 'cilium'], root, '2026-12-01').stdout).toContain('): 0\n');
    const json = JSON.parse(run(['--json', '--mesh', 'linkerd'], root, '2026-12-01').stdout) as { feature: string; reasons: string[]; verified: string | null }[];
    expect(json.map((c) => c.feature)[0]).toBe(first);
    expect(json[0]).toMatchObject({ verified: null, verifiedAgainst: null, reasons: ['never checked'] });
    const bad = run(['--mesh', 'kuma'], root, '2026-12-01');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^stale: --mesh needs a mesh id \(cilium, istio-ambient, /);
  });

  it('counts every cell of the real content once the policy age has passed', () => {
    const { stdout } = run(['--json'], process.cwd(), '2099-01-01');
    const cells = JSON.parse(stdout) as unknown[];
    const total = loadContent('content').atlas.meshes.reduce((n, m) => n + Object.keys(m.data.support).length, 0);
    expect(cells.length).toBe(total);
    expect(run([], process.cwd(), '2026-12-01').stdout).toMatch(/\): 0\n$/);
  });
});
