/**
 * `npm run import`, tested in-process through `runImport` (one smoke test spawns the real command).
 * Every test gets its own copy of content/ in a temporary folder, with a hand-written study of its
 * own (so nothing here depends on which meshes, features or studies the real content has, beyond
 * there being two meshes), and removes it afterwards.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport, unreadable } from '../../../scripts/import';
import { loadContent } from '../../../src/atlas/node/contentFiles';

const FIXTURES = 'tests/fixtures/load-results';
const ISTIO = `${FIXTURES}/fortio/istio-tools-1.2.0`;
/** 40 calls at 8 rps over 4 connections, fortio 1.11.5-pre, started 2021-05-30 (see its SOURCES.md). */
const ITER8 = `${FIXTURES}/fortio/iter8/fortiooutput.json`;
const NIGHTHAWK = `${FIXTURES}/nighthawk/history/test_test_data_large-sample.json`;
const TIMEOUT = 30_000;

const STUDY = 'zz-import-test-study';
const NOTES = 'zz-import-test-notes';

/** A study as a person writes one: comments, flow mappings, a body; the import must keep all of it. */
const handWritten = (mesh: string) => `---
# Written by hand for the importer tests: these comments and this layout must survive an import.
title: "Importer test: a hand-written study"
publisher: Mesh Atlas tests
vendorOf: []
date: '2026-01-15'
verified: '2026-01-20'
summary: >-
  A study written by hand so that the importer tests can check an import edits it in place and keeps
  everything a person wrote.
sources: [${NOTES}]
conditions:
  environment: kind on a laptop   # stated by hand
  nodes: 1
  nodeType: null
  totalCores: null
  services: 2
  pods: null
  workload: null
  loadTool: null
  requestRate: null
  connections: null
  payload: null
  protocol: null
  encryption: null
  l7Policy: null
  duration: null
results:
  - { mesh: ${mesh}, metric: latency_p50_ms, value: 1.5, unit: ms }   # typed in from a slide
caveats:
  - Written for the importer tests; the numbers mean nothing.
charts:
  - id: ${STUDY}-latency
    title: Latency per mesh
    metrics: [latency_p50_ms]
---

## A body

Text that must stay byte-for-byte.
`;
const NOTES_YAML = `title: Importer test notes
publisher: Mesh Atlas tests
url: https://example.org/importer-test-notes
kind: benchmark
vendorOf: []
accessed: '2026-01-20'
`;

interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

/** A private copy of content/ with the hand-written study, plus a scratch folder for result files. */
function sandbox() {
  const work = mkdtempSync(join(tmpdir(), 'mesh-atlas-import-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const meshes = readdirSync(join(content, 'meshes')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();
  if (meshes.length < 2) throw new Error('the tests need two meshes in content/meshes');
  writeFileSync(join(content, 'benchmarks', `${STUDY}.mdx`), handWritten(meshes[0]!));
  writeFileSync(join(content, 'sources', `${NOTES}.yaml`), NOTES_YAML);
  const scratch = join(work, 'results');
  mkdirSync(scratch);
  const run = async (args: string[], now?: Date): Promise<Result> => {
    let stdout = '';
    let stderr = '';
    const status = await runImport(['--content', content, ...args], {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      ...(now ? { now } : {}),
    });
    return { status, stdout, stderr };
  };
  /** Every file under content/ with a hash of its bytes: equal snapshots mean byte-for-byte equal. */
  const snapshot = () => {
    const files: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files[relative(content, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
      }
    };
    walk(content);
    return files;
  };
  /** Writes a result file into the scratch folder and returns its path. */
  const file = (name: string, text: string | Buffer) => {
    const path = join(scratch, name);
    writeFileSync(path, text);
    return path;
  };
  /** A copy of a real fixture with `edit` applied to its parsed JSON. */
  const edited = (name: string, from: string, edit: (data: any) => void) => {
    const data = JSON.parse(readFileSync(from, 'utf8'));
    edit(data);
    return file(name, JSON.stringify(data, null, 2));
  };
  /** Problems the content checker finds in the files the tests wrote or the import created. */
  const ownProblems = () => loadContent(content, work).problems.filter((p) => p.file.includes('zz-import-test') || p.file.includes('own-run'));
  return { work, content, scratch, meshes, run, snapshot, file, edited, ownProblems, remove: () => rmSync(work, { recursive: true, force: true }) };
}
type Sandbox = ReturnType<typeof sandbox>;

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

/** The rejection contract: exit 1, one `import:` line naming the file and the field, no stack, nothing written. */
async function expectRefused(args: string[], file: string, field: RegExp, now?: Date) {
  const before = box.snapshot();
  const { status, stdout, stderr } = await box.run(args, now);
  expect(status, stderr).toBe(1);
  const lines = stderr.split('\n').filter((l) => l !== '');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]!.startsWith(`import: ${file}: `), stderr).toBe(true);
  expect(lines[0]!.slice(`import: ${file}: `.length)).toMatch(field);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(stdout).toBe('');
  expect(box.snapshot()).toEqual(before);
  return lines[0]!;
}
const writeArgs = (...files: string[]) => ['--study', STUDY, '--mesh', box.meshes[0]!, ...files];

describe('npm run import, the command itself', () => {
  it(
    'runs as a script: --help explains the options (a real process)',
    () => {
      const result = spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', '--help'], { encoding: 'utf8', timeout: 55_000 });
      expect(result.status, `signal ${result.signal}, error ${result.error?.message}, stderr: ${result.stderr}`).toBe(0);
      expect(result.stdout).toMatch(/--dry-run[\s\S]*--study[\s\S]*--mesh[\s\S]*--variant/);
      expect(result.stderr).not.toMatch(/import:|\n\s+at /);
    },
    60_000,
  );
});

describe('npm run import', () => {
  it('--help explains the options and writes nothing', async () => {
    const before = box.snapshot();
    const { status, stdout, stderr } = await box.run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/--dry-run[\s\S]*--study[\s\S]*--mesh[\s\S]*--variant/);
    expect(stderr).toBe('');
    expect(box.snapshot()).toEqual(before);
  });

  it('--dry-run --json prints one object per file, in the documented shape, with the numbers of each file, and writes nothing', async () => {
    const before = box.snapshot();
    // The iter8 run with 3 of its 40 calls turned into 503s: 40 − 37 OK = 3 errors.
    const failing = box.edited('iter8-3-errors.json', ITER8, (d) => (d.RetCodes = { '200': 37, '503': 3 }));
    const files = [ITER8, `${FIXTURES}/nighthawk/test_data/output_formatter.medium.fortio.gold`, NIGHTHAWK, failing];
    const { status, stdout, stderr } = await box.run(['--dry-run', '--json', ...files]);
    expect(status, stderr).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>[];
    expect(out.map((o) => o['file'])).toEqual(files);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['file', 'tool', 'runType', 'startTime', 'requestedQps', 'actualQps', 'connections', 'count', 'errors', 'latencyMs']);
      expect(Object.keys(o['latencyMs'] as object)).toEqual(['p50', 'p75', 'p90', 'p99', 'p999', 'avg', 'max']);
    }
    // iter8 file: RequestedQPS "8", NumThreads 4, DurationHistogram.Count 40, RetCodes {"200": 40} → 0 errors;
    // its stored Percentiles in seconds ×1000: p50 11.666667, p90 23.571429, p99 25.577116, p99.9 25.706967; Max 25.721395.
    expect(out[0]).toEqual({
      file: ITER8, tool: 'fortio', runType: 'HTTP', startTime: '2021-05-30T18:03:29.389507-04:00', requestedQps: 8, actualQps: 7.955570276869858,
      connections: 4, count: 40, errors: 0,
      latencyMs: { p50: 11.666667, p75: 19.333333, p90: 23.571429, p99: 25.577116, p999: 25.706967, avg: 13.538684, max: 25.721395 },
    });
    expect(out[3]).toMatchObject({ count: 40, errors: 3 });
    // Nighthawk large sample: options.connections 100; request_to_response count "1317"; no 4xx/5xx/
    // connection-failure/reset counters → 0 errors; first percentile ≥ 0.5 is 0.5 → "0.092962815s".
    expect(out[2]).toMatchObject({ tool: 'nighthawk', connections: 100, count: 1317, errors: 0, latencyMs: { p50: 92.962815 } });
    expect(box.snapshot()).toEqual(before);
  });

  it('--dry-run prints one line per file with the calls and errors', async () => {
    const failing = box.edited('iter8-3-errors.json', ITER8, (d) => (d.RetCodes = { '200': 37, '503': 3 }));
    const { status, stdout } = await box.run(['--dry-run', ITER8, failing]);
    expect(status).toBe(0);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      `${ITER8}: fortio HTTP 8 rps × 4 connections, 40 calls, 0 errors; p50 11.666667 ms, p90 23.571429 ms, p99 25.577116 ms, max 25.721395 ms`,
      `${failing}: fortio HTTP 8 rps × 4 connections, 40 calls, 3 errors; p50 11.666667 ms, p90 23.571429 ms, p99 25.577116 ms, max 25.721395 ms`,
    ]);
  });

  it.each([
    ['not JSON', 'not-json.json', '{oops', /^not JSON$/],
    ['an empty file', 'empty.json', '', /^the file is empty$/],
    ['a file holding only a byte-order mark', 'bom-only.json', '\uFEFF', /^the file is empty$/],
    ['a failed run', 'failed.json', '{"Error":"dial tcp: connection refused","Exception":{}}', /^a failed run: dial tcp: connection refused$/],
    ['JSON that is no load result', 'other.json', '{"kind":"Deployment"}', /^not a Fortio or Nighthawk result/],
  ])('rejects %s with one line naming the file, and writes nothing', async (_, name, text, message) => {
    const bad = box.file(name, text);
    await expectRefused(writeArgs(ITER8, bad), bad, message);
  });

  it('rejects unknown mesh and study ids', async () => {
    expect((await box.run(['--study', STUDY, '--mesh', 'no-such-mesh-for-tests', ITER8])).stderr).toMatch(/--mesh "no-such-mesh-for-tests" is not a known mesh/);
    expect((await box.run(['--study', 'no-such-study-for-tests', '--mesh', box.meshes[0]!, ITER8])).stderr).toMatch(/--study "no-such-study-for-tests" is not a known study/);
    const bad = await box.run(['--study', 'Bad_Id', '--mesh', box.meshes[0]!, ITER8]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^import: --study "Bad_Id" is not a lowercase-kebab id\n$/);
  });

  it(
    'creates a study from many files, with a progress line and a summary, and the result is valid content',
    async () => {
      const [first, second] = box.meshes as [string, string];
      const files = readdirSync(ISTIO).filter((f) => f.includes('193ff770') && f.endsWith('_serveronly.json')).map((f) => join(ISTIO, f));
      const more = readdirSync(ISTIO).filter((f) => f.includes('193ff770') && f.endsWith('_base.json')).map((f) => join(ISTIO, f));
      // 7 runs (c = 1, 2, 4, 8, 16, 32, 64) × 5 results (p50, p90, p99, p99.9, max) = 35.
      expect(files).toHaveLength(7);
      const created = await box.run(['--study', 'own-run', '--create', '--title', 'Istio 1.2 at 1000 rps', '--url', 'https://example.org/raw', '--mesh', first, '--variant', 'server sidecar', ...files]);
      expect(created.status, created.stderr).toBe(0);
      expect(created.stdout).toMatch(/own-run\.mdx: created study "own-run"; .*results: 35 added, 0 replaced/);
      expect(created.stdout).toMatch(/own-run-results\.yaml: created \(the study's source\)/);
      const base = await box.run(['--study', 'own-run', '--mesh', second, ...more]);
      expect(base.status, base.stderr).toBe(0);
      expect(base.stdout).toMatch(new RegExp(`results: 35 added, 0 replaced \\(${second}\\)`));
      const all = readdirSync(ISTIO).filter((f) => f.endsWith('.json') && f !== 'compiled-results.json').map((f) => join(ISTIO, f));
      const many = await box.run(['--dry-run', ...all]);
      expect(many.status).toBe(0);
      expect(many.stderr).toMatch(new RegExp(`reading ${all.length}/${all.length} files`));
      expect(box.ownProblems()).toEqual([]);
      const study = loadContent(box.content, box.work).atlas.benchmarks.find((b) => b.id === 'own-run')!;
      expect(new Set(study.data.results.map((r) => r.mesh.id))).toEqual(new Set([first, second]));
      expect(study.data.conditions.loadTool).toBe('Fortio 1.3.1');
      // The runs started on 2019-07-10 (every StartTime in the files), so that is the study's date.
      expect(study.data.date).toBe('2019-07-10');
    },
    TIMEOUT,
  );

  it('adds runs to a hand-written study by editing it in place: its own lines, comments and body stay', async () => {
    const file = join(box.content, 'benchmarks', `${STUDY}.mdx`);
    const original = readFileSync(file, 'utf8');
    const mesh = box.meshes[1]!;
    const { status, stdout, stderr } = await box.run(['--study', STUDY, '--mesh', mesh, ITER8]);
    expect(status, stderr).toBe(0);
    expect(stdout).toBe(`${file}: conditions.loadTool: Fortio 1.11.5-pre; conditions.requestRate: 8 rps; conditions.connections: 4; conditions.protocol: HTTP; conditions.duration: 5 s per run; results: 5 added, 0 replaced (${mesh})\n`);
    const written = readFileSync(file, 'utf8');
    const kept = new Set(written.split('\n'));
    const lost = original.split('\n').filter((line) => !kept.has(line));
    expect(lost.sort()).toEqual(['  connections: null', '  duration: null', '  loadTool: null', '  protocol: null', '  requestRate: null']);
    expect(written.slice(written.indexOf('\n---\n'))).toBe(original.slice(original.indexOf('\n---\n')));
    expect(box.ownProblems()).toEqual([]);
    const study = loadContent(box.content, box.work).atlas.benchmarks.find((b) => b.id === STUDY)!;
    const imported = study.data.results.filter((r) => r.mesh.id === mesh).map((r) => [r.scenario, r.metric, r.value]);
    // The iter8 file's stored percentiles and Max, seconds × 1000 (Fortio reported them; see above).
    expect(imported).toEqual([
      ['8 rps, 4 connections', 'latency_p50_ms', 11.666667],
      ['8 rps, 4 connections', 'latency_p90_ms', 23.571429],
      ['8 rps, 4 connections', 'latency_p99_ms', 25.577116],
      ['8 rps, 4 connections', 'latency_p999_ms', 25.706967],
      ['8 rps, 4 connections', 'latency_max_ms', 25.721395],
    ]);
  });

  it('dates "today" and refuses start times after the injected now', async () => {
    // The iter8 run started 2021-05-30T18:03:29-04:00; a clock set to 2021-05-30T12:00Z is before it.
    await expectRefused(writeArgs(ITER8), ITER8, /^StartTime 2021-05-30T18:03:29\.389507-04:00 is in the future/, new Date('2021-05-30T12:00:00Z'));
    const { status, stderr } = await box.run(['--study', 'own-run', '--create', '--title', 'A run on a fixed day', '--url', 'https://example.org/raw', '--mesh', box.meshes[0]!, ITER8], new Date('2026-02-03T04:05:06Z'));
    expect(status, stderr).toBe(0);
    const study = readFileSync(join(box.content, 'benchmarks', 'own-run.mdx'), 'utf8');
    expect(study).toMatch(/^date: '2021-05-30'$/m);
    expect(study).toMatch(/^verified: '2026-02-03'$/m);
  });
});

describe('npm run import refuses paths it cannot read, in one line naming the path', () => {
  it('a directory', async () => {
    await expectRefused(writeArgs(ITER8, box.scratch), box.scratch, /^is a directory, not a result file$/);
  });

  it(
    'a FIFO, without opening it (opening would wait for a writer)',
    async () => {
      const fifo = join(box.scratch, 'results.json');
      execFileSync('mkfifo', [fifo]);
      await expectRefused(writeArgs(ITER8, fifo), fifo, /^is a named pipe \(FIFO\), not a regular file/);
    },
    TIMEOUT,
  );

  it('a missing path', async () => {
    const missing = join(box.scratch, 'no-such-run.json');
    await expectRefused(writeArgs(ITER8, missing), missing, /^no such file$/);
  });

  it('a path through a file (not a folder)', async () => {
    const through = join(box.file('run.json', readFileSync(ITER8)), 'inner.json');
    await expectRefused(writeArgs(ITER8, through), through, /^no such file \(a part of the path is not a folder\)$/);
  });

  it('a loop of symbolic links', async () => {
    const loop = join(box.scratch, 'loop.json');
    symlinkSync(loop, loop);
    await expectRefused(writeArgs(ITER8, loop), loop, /^cannot be read \(a loop of symbolic links\)$/);
  });

  it('a file without read permission (the message for EACCES; as root no file is unreadable, so the error is made)', () => {
    const denied = Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
    expect(() => unreadable('locked.json', denied)).toThrow(/^locked\.json: cannot be read \(permission denied\)$/);
    const other = Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    expect(() => unreadable('disk.json', other)).toThrow(/^disk\.json: cannot be read \(EIO\)$/);
  });
});

describe('npm run import accepts a UTF-8 byte-order mark', () => {
  it('reads a result file that starts with a BOM like one without', async () => {
    const bom = box.file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(ITER8)]));
    const plain = JSON.parse((await box.run(['--dry-run', '--json', ITER8])).stdout) as Record<string, unknown>[];
    const withBom = await box.run(['--dry-run', '--json', bom]);
    expect(withBom.status, withBom.stderr).toBe(0);
    expect(JSON.parse(withBom.stdout)).toEqual([{ ...plain[0], file: bom }]);
    const imported = await box.run(writeArgs(bom));
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/results: 5 added, 0 replaced/);
  });
});

describe('npm run import refuses bad runs in one line naming the file and the field', () => {
  const H = 'DurationHistogram';
  const cases: [string, string, (d: any) => void, RegExp][] = [
    ['a start time in the future', ITER8, (d) => (d.StartTime = '2099-05-30T18:03:29.389507-04:00'), /^StartTime 2099-05-30T18:03:29\.389507-04:00 is in the future/],
    ['a start time that is no date', ITER8, (d) => (d.StartTime = '2021-02-30T18:03:29Z'), /^StartTime is not a date-time/],
    ['a negative call count', ITER8, (d) => (d[H].Count = -40), /^DurationHistogram\.Count is negative \(-40\)$/],
    ['a call count of zero', ITER8, (d) => (d[H].Count = 0), /^DurationHistogram\.Count is 0/],
    ['a fractional call count', ITER8, (d) => (d[H].Count = 40.5), /^DurationHistogram\.Count is not a whole number \(40\.5\)$/],
    ['a negative bucket count', ITER8, (d) => (d[H].Data[2].Count = -8), /^DurationHistogram\.Data\[2\]\.Count is negative \(-8\)$/],
    ['buckets whose counts sum to zero', ITER8, (d) => d[H].Data.forEach((b: any) => (b.Count = 0)), /^DurationHistogram\.Data: the bucket counts sum to 0/],
    ['a negative stored percentile', ITER8, (d) => (d[H].Percentiles[0].Value = -0.011), /^DurationHistogram\.Percentiles\[0\]\.Value is negative/],
    ['a negative Max', ITER8, (d) => (d[H].Max = -0.025721395), /^DurationHistogram\.Max is negative/],
    ['stored percentiles out of order', ITER8, (d) => (d[H].Percentiles[1].Value = 0.001), /^DurationHistogram: p75 \(1 ms\) is below p50 \(11\.666667 ms\)/],
    ['a negative duration', ITER8, (d) => (d.ActualDuration = -5027923657), /^ActualDuration is negative/],
    ['a negative requested rate', ITER8, (d) => (d.RequestedQPS = '-8'), /^RequestedQPS is negative \(-8\)$/],
    ['a requested rate that is no number', ITER8, (d) => (d.RequestedQPS = 'fast'), /^RequestedQPS is not a number \("fast"\)$/],
    ['a negative actual rate', ITER8, (d) => (d.ActualQPS = -7.9), /^ActualQPS is negative/],
    ['negative connections', ITER8, (d) => (d.NumThreads = -4), /^NumThreads is negative \(-4\)$/],
    ['zero connections', ITER8, (d) => (d.NumThreads = 0), /^NumThreads is 0/],
    ['fractional connections', ITER8, (d) => (d.NumThreads = 2.5), /^NumThreads is not a whole number \(2\.5\)$/],
    ['a negative OK count', ITER8, (d) => (d.RetCodes = { '200': -1 }), /^RetCodes\.200 is negative/],
  ];
  const S = 'results\\[global\\]\\.statistics\\[benchmark_http_client\\.request_to_response\\]';
  const latency = (d: any) => d.results.find((r: any) => r.name === 'global').statistics.find((s: any) => s.id === 'benchmark_http_client.request_to_response');
  const nighthawkCases: [string, string, (d: any) => void, RegExp][] = [
    ['a Nighthawk start time in the future', NIGHTHAWK, (d) => (d.timestamp = '2099-06-10T09:47:06.915922617Z'), /^timestamp 2099-06-10T09:47:06\.915922617Z is in the future/],
    ['a negative Nighthawk count', NIGHTHAWK, (d) => (latency(d).count = '-1317'), new RegExp(`^${S}\\.count is negative`)],
    ['a Nighthawk count of zero (left out, as proto3 does)', NIGHTHAWK, (d) => delete latency(d).count, new RegExp(`^${S}\\.count is 0`)],
    ['a negative Nighthawk latency', NIGHTHAWK, (d) => (latency(d).percentiles[5].duration = '-0.092962815s'), new RegExp(`^${S}\\.percentiles\\[5\\]\\.duration is negative`)],
    // Each duration minus one second: still increasing with the percentile, but all negative.
    ['negative Nighthawk latencies in increasing order', NIGHTHAWK, (d) => latency(d).percentiles.forEach((p: any) => (p.duration = `${(Number(p.duration.slice(0, -1)) - 1).toFixed(9)}s`)), new RegExp(`^${S}\\.percentiles\\[0\\]\\.duration is negative`)],
    ['Nighthawk latencies out of order', NIGHTHAWK, (d) => (latency(d).percentiles[6].duration = '0.001s'), new RegExp(`^${S}\\.percentiles\\[6\\]\\.duration .* is below the one at percentile 0\\.5`)],
    ['a negative Nighthawk duration', NIGHTHAWK, (d) => (d.results.find((r: any) => r.name === 'global').execution_duration = '-5.000010451s'), /^results\[global\]\.execution_duration is negative/],
    ['a negative Nighthawk request rate', NIGHTHAWK, (d) => (d.options.requests_per_second = -2000), /^options\.requests_per_second is negative \(-2000\)$/],
    ['negative Nighthawk connections', NIGHTHAWK, (d) => (d.options.connections = -100), /^options\.connections is negative \(-100\)$/],
    ['a negative Nighthawk counter', NIGHTHAWK, (d) => d.results.find((r: any) => r.name === 'global').counters.push({ name: 'benchmark.http_5xx', value: '-3' }), /^results\[global\]\.counters\[benchmark\.http_5xx\]\.value is negative/],
  ];

  it.each([...cases, ...nighthawkCases])('%s', async (_, from, edit, field) => {
    const bad = box.edited('bad-run.json', from, edit);
    await expectRefused(writeArgs(ITER8, bad), bad, field);
  });

  it('refuses the same way with --dry-run', async () => {
    const bad = box.edited('bad-run.json', ITER8, (d) => (d.NumThreads = -4));
    await expectRefused(['--dry-run', '--json', bad], bad, /^NumThreads is negative/);
  });
});
