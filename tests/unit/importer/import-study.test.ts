/**
 * importStudy: load summaries → study results, conditions and merged frontmatter. The summaries are
 * written by hand here (the parser has its own tests), so every expected value below follows from the
 * fields of the summary it is computed from.
 */
import { describe, expect, it } from 'vitest';
import { conditionsOf, mergeIntoStudy, resultsOf, scenarioOf, type ImportTarget } from '../../../src/importer/importStudy';
import type { LoadSummary } from '../../../src/importer/loadResults';

type Raw = Record<string, unknown>;

/** A Fortio-like run at 1000 rps over 64 connections; `over` replaces fields. */
function summary(over: Partial<LoadSummary> = {}): LoadSummary {
  return {
    file: 'runs/a.json',
    tool: 'fortio',
    toolVersion: '1.3.1',
    runType: 'HTTP',
    startTime: '2019-07-10T16:57:28Z',
    requestedQps: 1000,
    actualQps: 999.5,
    connections: 64,
    count: 240000,
    errors: 0,
    durationSeconds: 240,
    latencyMs: { p50: 1.5, p75: 2, p90: 2.5, p99: 4, p999: 7, avg: 1.7, max: 9 },
    ...over,
  };
}
const target = (over: Partial<ImportTarget> = {}): ImportTarget => ({ study: 'own-run', mesh: 'istio', variant: 'default', today: '2026-11-21', ...over });
const create = { title: 'Own run', publisher: 'Us', url: 'https://example.org/raw' };
const EMPTY = {
  environment: null, nodes: null, nodeType: null, totalCores: null, services: null, pods: null, workload: null, loadTool: null,
  requestRate: null, connections: null, payload: null, protocol: null, encryption: null, l7Policy: null, duration: null,
};

describe('scenarioOf', () => {
  it('names the rate and the connections', () => {
    expect(scenarioOf(summary())).toBe('1000 rps, 64 connections');
    expect(scenarioOf(summary({ requestedQps: null }))).toBe('max rate, 64 connections');
    expect(scenarioOf(summary({ connections: null }))).toBe('1000 rps');
    expect(scenarioOf(summary({ requestedQps: null, connections: null }))).toBe('max rate');
    // 0 is a number, not "absent".
    expect(scenarioOf(summary({ requestedQps: 0, connections: 0 }))).toBe('0 rps, 0 connections');
  });
});

describe('resultsOf', () => {
  it('one result per present percentile (p50, p90, p99, p999, max), in that order, with unit and note', () => {
    const note = 'Imported from a.json (fortio 1.3.1).'; // the file's last path part, the tool and its version
    const base = { mesh: 'istio', variant: 'default', scenario: '1000 rps, 64 connections', unit: 'ms', note };
    expect(resultsOf(summary(), target())).toStrictEqual([
      { ...base, metric: 'latency_p50_ms', value: 1.5 },
      { ...base, metric: 'latency_p90_ms', value: 2.5 },
      { ...base, metric: 'latency_p99_ms', value: 4 },
      { ...base, metric: 'latency_p999_ms', value: 7 },
      { ...base, metric: 'latency_max_ms', value: 9 },
    ]);
  });

  it('leaves out absent latencies (null) but keeps a latency of 0', () => {
    const s = summary({ latencyMs: { p50: 0, p75: 1, p90: null, p99: null, p999: null, avg: 1, max: null } });
    expect(resultsOf(s, target({ mesh: 'linkerd', variant: 'mtls' }))).toStrictEqual([
      { mesh: 'linkerd', variant: 'mtls', scenario: '1000 rps, 64 connections', metric: 'latency_p50_ms', value: 0, unit: 'ms', note: 'Imported from a.json (fortio 1.3.1).' },
    ]);
    expect(resultsOf(summary({ latencyMs: { p50: null, p75: 1, p90: null, p99: null, p999: null, avg: 1, max: null } }), target())).toStrictEqual([]);
  });

  it('notes the file name from a POSIX or Windows path, and the tool without a version when there is none', () => {
    const note = (over: Partial<LoadSummary>) => resultsOf(summary(over), target())[0]!['note'];
    expect(note({ file: 'results/istio/run-1.json', tool: 'nighthawk', toolVersion: '0.3.0' })).toBe('Imported from run-1.json (nighthawk 0.3.0).');
    expect(note({ file: 'C:\\runs\\b.json', toolVersion: null })).toBe('Imported from b.json (fortio).');
    expect(note({ file: 'plain.json', toolVersion: '' })).toBe('Imported from plain.json (fortio).');
  });
});

describe('conditionsOf', () => {
  it('says nothing for no runs', () => {
    expect(conditionsOf([])).toStrictEqual({ loadTool: null, requestRate: null, connections: null, protocol: null, duration: null });
  });

  it('joins the distinct values, in first-seen order, with "; "', () => {
    const runs = [
      summary({ connections: 64, durationSeconds: 239.6 }), // 239.6 s rounds to 240
      summary({ connections: 1, durationSeconds: 240.4, requestedQps: null, runType: 'GRPC' }), // 240.4 → 240
      summary({ tool: 'nighthawk', toolVersion: null, connections: 64, durationSeconds: 4.5, runType: 'HTTP' }), // 4.5 → 5
    ];
    expect(conditionsOf(runs)).toStrictEqual({
      loadTool: 'Fortio 1.3.1; Nighthawk',
      requestRate: '1000 rps; max rate',
      connections: '64; 1',
      protocol: 'HTTP; GRPC',
      duration: '240 s per run; 5 s per run',
    });
  });

  it('leaves a condition null when no run states it; a stated 0 counts', () => {
    const s = summary({ tool: 'nighthawk', toolVersion: '', requestedQps: null, connections: null, runType: null, durationSeconds: null });
    expect(conditionsOf([s, s])).toStrictEqual({ loadTool: 'Nighthawk', requestRate: 'max rate', connections: null, protocol: null, duration: null });
    expect(conditionsOf([summary({ connections: 0, durationSeconds: 0, runType: '' })])).toMatchObject({ connections: '0', duration: '0 s per run', protocol: '' });
  });
});

describe('mergeIntoStudy: a new study', () => {
  it('needs a title and a source id', () => {
    const message = 'a new study needs a title, a publisher and the URL of its raw results';
    expect(() => mergeIntoStudy(null, [summary()], target())).toThrow(new Error(message));
    expect(() => mergeIntoStudy(null, [summary()], target(), create)).toThrow(message);
    expect(() => mergeIntoStudy(null, [summary()], target(), undefined, 'src')).toThrow(message);
    expect(() => mergeIntoStudy(null, [summary()], target(), create, '')).toThrow(message);
  });

  it('builds every field: the earliest run date, the conditions, the results, a latency chart', () => {
    const runs = [
      summary({ file: 'b.json', startTime: '2019-07-11T01:00:00+02:00', connections: 1 }), // the date part as written: 2019-07-11
      summary({ file: 'a.json', startTime: '2019-07-10T23:00:00Z', connections: 64 }), // 2019-07-10: the earliest
      summary({ file: 'c.json', startTime: null, connections: 64 }),
    ];
    const { data, changes } = mergeIntoStudy(null, runs, target(), create, 'own-run-results');
    const results = runs.flatMap((s) => resultsOf(s, target()));
    expect(results).toHaveLength(15); // 3 runs × 5 metrics
    expect(data).toStrictEqual({
      title: 'Own run',
      publisher: 'Us',
      vendorOf: [],
      date: '2019-07-10',
      verified: '2026-11-21',
      summary: 'Load-test results imported from 3 Fortio result file(s).',
      sources: ['own-run-results'],
      conditions: { ...EMPTY, loadTool: 'Fortio 1.3.1', requestRate: '1000 rps', connections: '1; 64', protocol: 'HTTP', duration: '240 s per run' },
      results,
      caveats: ['Imported from load-tool result files: cluster, nodes, encryption and L7 policy are not stated until someone writes them in.'],
      charts: [{ id: 'own-run-latency', title: 'Latency percentiles per mesh and load', metrics: ['latency_p50_ms', 'latency_p90_ms', 'latency_p99_ms'] }],
    });
    expect(changes).toStrictEqual([
      'created study "own-run"',
      'conditions.loadTool: Fortio 1.3.1',
      'conditions.requestRate: 1000 rps',
      'conditions.connections: 1; 64',
      'conditions.protocol: HTTP',
      'conditions.duration: 240 s per run',
      'results: 15 added, 0 replaced (istio)',
    ]);
  });

  it('dates a study without start times today, and names Nighthawk from the first run', () => {
    const runs = [summary({ tool: 'nighthawk', startTime: null }), summary({ tool: 'fortio', startTime: null })];
    const { data } = mergeIntoStudy(null, runs, target({ today: '2026-01-02' }), create, 'src');
    expect(data['date']).toBe('2026-01-02');
    expect(data['summary']).toBe('Load-test results imported from 2 Nighthawk result file(s).');
  });

  it('with no runs: today, "0 Fortio result file(s)", empty conditions and no results', () => {
    const { data, changes } = mergeIntoStudy(null, [], target({ variant: 'mtls' }), create, 'src');
    expect(data['date']).toBe('2026-11-21');
    expect(data['summary']).toBe('Load-test results imported from 0 Fortio result file(s).');
    expect(data['conditions']).toStrictEqual(EMPTY);
    expect(data['results']).toStrictEqual([]);
    expect(changes).toStrictEqual(['created study "own-run"', 'results: 0 added, 0 replaced (istio, mtls)']);
  });
});

describe('mergeIntoStudy: an existing study', () => {
  it('fills only conditions that are null or missing, and does not touch the object it is given', () => {
    const existing: Raw = { title: 'Hand', conditions: { loadTool: 'Fortio (patched)', requestRate: null, environment: 'kind' }, results: [] };
    const before = structuredClone(existing);
    const { data, changes } = mergeIntoStudy(existing, [summary()], target());
    expect(existing).toStrictEqual(before);
    expect(data['title']).toBe('Hand');
    expect(data['conditions']).toStrictEqual({
      loadTool: 'Fortio (patched)', // stated: kept
      requestRate: '1000 rps', // null: filled
      environment: 'kind',
      connections: '64', // missing: filled
      protocol: 'HTTP',
      duration: '240 s per run',
    });
    expect(changes).toStrictEqual([
      'conditions.requestRate: 1000 rps',
      'conditions.connections: 64',
      'conditions.protocol: HTTP',
      'conditions.duration: 240 s per run',
      'results: 5 added, 0 replaced (istio)',
    ]);
  });

  it('gives a study without conditions or results the empty conditions and the new results', () => {
    const s = summary({ connections: null, runType: null, durationSeconds: null, requestedQps: null });
    const { data, changes } = mergeIntoStudy({ title: 'T' }, [s], target());
    expect(data['conditions']).toStrictEqual({ ...EMPTY, loadTool: 'Fortio 1.3.1', requestRate: 'max rate' });
    expect(data['results']).toStrictEqual(resultsOf(s, target()));
    expect(changes).toStrictEqual(['conditions.loadTool: Fortio 1.3.1', 'conditions.requestRate: max rate', 'results: 5 added, 0 replaced (istio)']);
  });

  it('replaces results of the same mesh, variant (missing = "default"), scenario and metric; keeps the rest', () => {
    const scenario = '1000 rps, 64 connections';
    const old = [
      { mesh: 'istio', scenario, metric: 'latency_p50_ms', value: 100, unit: 'ms' }, // no variant = default: replaced
      { mesh: 'istio', variant: 'default', scenario, metric: 'latency_p99_ms', value: 100, unit: 'ms' }, // replaced
      { mesh: 'istio', variant: 'mtls', scenario, metric: 'latency_p50_ms', value: 100, unit: 'ms' }, // other variant: kept
      { mesh: 'linkerd', variant: 'default', scenario, metric: 'latency_p50_ms', value: 100, unit: 'ms' }, // other mesh: kept
      { mesh: 'istio', variant: 'default', scenario: 'max rate', metric: 'latency_p50_ms', value: 100, unit: 'ms' }, // other load: kept
      { mesh: 'istio', variant: 'default', metric: 'latency_p50_ms', value: 100, unit: 'ms' }, // no scenario: kept
      { mesh: 'istio', variant: 'default', scenario, metric: 'latency_p75_ms', value: 100, unit: 'ms' }, // other metric: kept
    ];
    const { data, changes } = mergeIntoStudy({ conditions: { ...EMPTY }, results: old }, [summary()], target());
    expect(data['results']).toStrictEqual([old[2], old[3], old[4], old[5], old[6], ...resultsOf(summary(), target())]);
    expect(changes.at(-1)).toBe('results: 3 added, 2 replaced (istio)'); // 5 incoming − 2 replaced
  });

  it('names the variant in the change when it is not "default"', () => {
    const t = target({ variant: 'mtls' });
    const existing = { conditions: {}, results: resultsOf(summary(), t) };
    const { data, changes } = mergeIntoStudy(existing, [summary()], t);
    expect(data['results']).toStrictEqual(resultsOf(summary(), t));
    expect(changes.at(-1)).toBe('results: 0 added, 5 replaced (istio, mtls)');
  });
});
