import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/contentFiles';

const FIXTURES = 'tests/fixtures/load-results';
const ISTIO = `${FIXTURES}/fortio/istio-tools-1.2.0`;
const work = mkdtempSync(join(tmpdir(), 'mesh-atlas-import-'));
const content = join(work, 'content');
cpSync('content', content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const result = spawnSync('npx', ['tsx', 'scripts/import.ts', '--content', content, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const snapshot = () => readdirSync(join(content, 'benchmarks')).map((f) => readFileSync(join(content, 'benchmarks', f), 'utf8')).join('\n');

describe('npm run import', () => {
  it('--help explains the options', () => {
    const { status, stdout } = run('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/--dry-run[\s\S]*--study[\s\S]*--mesh[\s\S]*--variant/);
  });

  it('--dry-run --json prints one object per file, in the documented shape, and writes nothing', () => {
    const before = snapshot();
    const files = [`${FIXTURES}/fortio/iter8/fortiooutput.json`, `${FIXTURES}/nighthawk/test_data/output_formatter.medium.fortio.gold`, `${FIXTURES}/nighthawk/history/test_test_data_large-sample.json`];
    const { status, stdout } = run('--dry-run', '--json', ...files);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>[];
    expect(out.map((o) => o['file'])).toEqual(files);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['file', 'tool', 'runType', 'startTime', 'requestedQps', 'actualQps', 'connections', 'count', 'errors', 'latencyMs']);
      expect(Object.keys(o['latencyMs'] as object)).toEqual(['p50', 'p75', 'p90', 'p99', 'p999', 'avg', 'max']);
    }
    expect(out[0]).toMatchObject({ tool: 'fortio', requestedQps: 8, connections: 4, count: 40, errors: 0 });
    expect(typeof (out[1]!['latencyMs'] as Record<string, unknown>)['p50']).toBe('number');
    expect(snapshot()).toBe(before);
  });

  it.each([
    ['not JSON', 'not-json.json', '{oops', /not-json\.json: not JSON$/m],
    ['an empty file', 'empty.json', '', /empty\.json: the file is empty$/m],
    ['a failed run', 'failed.json', '{"Error":"dial tcp: connection refused","Exception":{}}', /failed\.json: a failed run: dial tcp: connection refused$/m],
    ['JSON that is no load result', 'other.json', '{"kind":"Deployment"}', /other\.json: not a Fortio or Nighthawk result/],
  ])('rejects %s with one line naming the file, and writes nothing', (_, name, text, message) => {
    const bad = join(work, name);
    writeFileSync(bad, text);
    const before = snapshot();
    const { status, stderr } = run('--study', 'seed-3-node-latency', '--mesh', 'linkerd', `${FIXTURES}/fortio/iter8/fortiooutput.json`, bad);
    expect(status).toBe(1);
    expect(stderr.trim().split('\n').filter((l) => l.startsWith('import:'))).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot()).toBe(before);
  });

  it('rejects unknown mesh and study ids', () => {
    const file = `${FIXTURES}/fortio/iter8/fortiooutput.json`;
    expect(run('--study', 'seed-3-node-latency', '--mesh', 'kuma', file).stderr).toMatch(/--mesh "kuma" is not a known mesh/);
    expect(run('--study', 'no-such-study', '--mesh', 'linkerd', file).stderr).toMatch(/--study "no-such-study" is not a known study/);
    expect(run('--study', 'Bad_Id', '--mesh', 'linkerd', file).status).toBe(1);
  });

  it('creates a study from many files, with a progress line and a summary, and the result is valid content', () => {
    const files = readdirSync(ISTIO).filter((f) => f.includes('193ff770') && f.endsWith('_serveronly.json')).map((f) => join(ISTIO, f));
    const more = readdirSync(ISTIO).filter((f) => f.includes('193ff770') && f.endsWith('_base.json')).map((f) => join(ISTIO, f));
    const created = run('--study', 'own-run', '--create', '--title', 'Istio 1.2 at 1000 rps', '--url', 'https://example.org/raw', '--mesh', 'istio-sidecar', '--variant', 'server sidecar', ...files);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/own-run\.mdx: created study "own-run"; .*results: 35 added, 0 replaced/);
    const base = run('--study', 'own-run', '--mesh', 'no-mesh', ...more);
    expect(base.status, base.stderr).toBe(0);
    expect(base.stdout).toMatch(/results: 35 added, 0 replaced \(no-mesh\)/);
    const many = run('--dry-run', ...readdirSync(ISTIO).filter((f) => f.endsWith('.json') && f !== 'compiled-results.json').map((f) => join(ISTIO, f)));
    expect(many.status).toBe(0);
    expect(many.stderr).toMatch(/reading 35\/35 files/);
    const { atlas, problems } = loadContent(content, work);
    expect(problems).toEqual([]);
    const study = atlas.benchmarks.find((b) => b.id === 'own-run')!;
    expect(new Set(study.data.results.map((r) => r.mesh.id))).toEqual(new Set(['istio-sidecar', 'no-mesh']));
    expect(study.data.conditions.loadTool).toBe('Fortio 1.3.1');
  });

  it('adds runs to a hand-written study by editing it in place: its own lines, comments and body stay', () => {
    const file = join(content, 'benchmarks', 'seed-3-node-latency.mdx');
    const original = readFileSync(file, 'utf8');
    const runs = readdirSync(ISTIO).filter((f) => f.includes('193ff770') && /_c_(1|64)_1024_base\.json$/.test(f)).map((f) => join(ISTIO, f));
    const { status, stdout, stderr } = run('--study', 'seed-3-node-latency', '--mesh', 'linkerd', ...runs);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/results: 10 added, 0 replaced \(linkerd\)/);
    expect(stdout).not.toMatch(/re-serialised/);
    const written = readFileSync(file, 'utf8');
    const kept = new Set(written.split('\n'));
    const lost = original.split('\n').filter((line) => !kept.has(line));
    expect(lost.sort()).toEqual(['  connections: null', '  duration: null', '  loadTool: null', '  requestRate: null']);
    expect(written.slice(written.indexOf('\n---\n'))).toBe(original.slice(original.indexOf('\n---\n')));
    expect(loadContent(content, work).problems).toEqual([]);
  });
});
