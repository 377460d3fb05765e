import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calcPercentile, LoadResultError, parseLoadResult, type Histogram } from '../../src/lib/loadResults';
import { mergeIntoStudy, resultsOf, scenarioOf } from '../../src/lib/importStudy';
import { BenchmarkSchema, idReference } from '../../src/schemas';

const FIXTURES = 'tests/fixtures/load-results';
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const read = (file: string) => readFileSync(file, 'utf8');

/** Fixture files that are load results (the notes say which are not: see SOURCES.md). */
const RESULTS = walk(FIXTURES).filter(
  (f) => /\.(json|gold)$/.test(f) && !/compiled-results|output_formatter\.(json|csv|yaml|medium\.proto)\.gold|percentile-column-overflow/.test(f),
);

describe('reading every real fixture', () => {
  it('finds the fixtures', () => {
    expect(RESULTS.length).toBeGreaterThanOrEqual(45);
  });

  for (const file of RESULTS) {
    it(`imports ${file.slice(FIXTURES.length + 1)}`, () => {
      const summary = parseLoadResult(read(file), file);
      expect(summary.count).toBeGreaterThan(0);
      const l = summary.latencyMs;
      expect(l.p50).toBeGreaterThan(0);
      expect(l.p50! <= l.p75! && l.p75! <= l.p90! && l.p90! <= l.p99! && l.p99! <= l.p999!).toBe(true);
      if (l.max !== null) expect(l.p999!).toBeLessThanOrEqual(l.max);
    });
  }
});

describe('percentiles exactly as Fortio computes them', () => {
  const withStored = RESULTS.map((file) => ({ file, data: JSON.parse(read(file)) as Record<string, any> })).filter(
    ({ data }) => Array.isArray(data['DurationHistogram']?.Percentiles) && data['DurationHistogram'].Percentiles.length > 0,
  );

  it('reproduces every stored percentile from the histogram alone', () => {
    let checked = 0;
    for (const { file, data } of withStored) {
      const dh = data['DurationHistogram'];
      const histogram: Histogram = { Count: Number(dh.Count), Min: dh.Min ?? 0, Max: dh.Max ?? 0, Data: dh.Data };
      for (const { Percentile, Value } of dh.Percentiles) {
        expect(calcPercentile(histogram, Percentile), `${file} p${Percentile}`).toBeCloseTo(Value, 12);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('gives the same summary when the stored percentiles are removed (null, empty or absent)', () => {
    for (const { file, data } of withStored) {
      const original = parseLoadResult(JSON.stringify(data), file).latencyMs;
      for (const without of [null, [], undefined]) {
        const copy = structuredClone(data);
        if (without === undefined) delete copy['DurationHistogram'].Percentiles;
        else copy['DurationHistogram'].Percentiles = without;
        const computed = parseLoadResult(JSON.stringify(copy), file).latencyMs;
        for (const key of ['p50', 'p75', 'p90', 'p99', 'p999'] as const) {
          expect(computed[key]!, `${file} ${key}`).toBeCloseTo(original[key]!, 6);
        }
      }
    }
  });

  it('follows Fortio at the edges: Min below the first point, Max at 100', () => {
    const h: Histogram = { Count: 4, Min: 0.001, Max: 0.009, Data: [{ Start: 0.001, End: 0.005, Percent: 50, Count: 2 }, { Start: 0.005, End: 0.009, Percent: 100, Count: 2 }] };
    expect(calcPercentile(h, 10)).toBe(0.001);
    expect(calcPercentile(h, 100)).toBe(0.009);
    expect(calcPercentile(h, 50)).toBeCloseTo(0.005, 12);
    expect(calcPercentile(h, 75)).toBeCloseTo(0.007, 12);
  });
});

describe('the formats', () => {
  it('reads Fortio: string RequestedQPS, nanosecond duration, errors from RetCodes', () => {
    const s = parseLoadResult(read(`${FIXTURES}/fortio/istio-tools-1.2.0/2019-07-10-165728_193ff770_qps_1000_c_1_1024_serveronly.json`), 'f');
    expect(s).toMatchObject({ tool: 'fortio', toolVersion: '1.3.1', runType: 'HTTP', requestedQps: 1000, connections: 1, count: 240000, errors: 0, durationSeconds: expect.closeTo(240, 0) });
    expect(s.latencyMs.p50).toBeCloseTo(0.641964, 6);
  });

  it('reads Nighthawk’s Fortio output with quirks (counts as strings) the same as without', () => {
    const quirks = parseLoadResult(read(`${FIXTURES}/nighthawk/test_data/output_formatter.medium.fortio.gold`), 'q');
    const plain = parseLoadResult(read(`${FIXTURES}/nighthawk/test_data/output_formatter.medium.fortio-noquirks.gold`), 'n');
    expect(quirks.tool).toBe('nighthawk');
    expect({ ...quirks, file: '' }).toEqual({ ...plain, file: '' });
    expect(quirks.count).toBe(53);
    expect(quirks.errors).toBeNull(); // 56 successes for 53 calls: the file cannot tell
  });

  it('reads Nighthawk JSON: the global result, request_to_response, first percentile at or above the target', () => {
    const s = parseLoadResult(read(`${FIXTURES}/nighthawk/history/test_test_data_large-sample.json`), 'n');
    expect(s).toMatchObject({ tool: 'nighthawk', connections: 100 });
    const data = JSON.parse(read(`${FIXTURES}/nighthawk/history/test_test_data_large-sample.json`));
    const stat = data.results.find((r: any) => r.name === 'global').statistics.find((x: any) => x.id === 'benchmark_http_client.request_to_response');
    const first = (p: number) => Number(stat.percentiles.find((e: any) => e.percentile >= p).duration.slice(0, -1)) * 1000;
    expect(s.latencyMs.p99).toBeCloseTo(first(0.99), 6);
    expect(s.count).toBe(Number(stat.count));
  });
});

describe('bad input', () => {
  const reject = (text: string) => {
    try {
      parseLoadResult(text, 'x');
    } catch (error) {
      expect(error).toBeInstanceOf(LoadResultError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };
  it('names what is wrong, in one line', () => {
    expect(reject('')).toBe('the file is empty');
    expect(reject('{nope')).toBe('not JSON');
    expect(reject('{"Error":"connection refused","Exception":{}}')).toBe('a failed run: connection refused');
    expect(reject('{"hello":1}')).toMatch(/^not a Fortio or Nighthawk result/);
    expect(reject('[1,2]')).toMatch(/^not a Fortio or Nighthawk result/);
    expect(reject(read(`${FIXTURES}/fortio/istio-tools-1.2.0/compiled-results.json`))).toMatch(/JSON Lines/);
    expect(reject(read(`${FIXTURES}/nighthawk/test_data/percentile-column-overflow.json`))).toMatch(/request_to_response/);
  });
});

describe('study content from imported runs', () => {
  const runs = ['c_1_1024_base', 'c_64_1024_base'].map((name) => {
    const file = readdirSync(`${FIXTURES}/fortio/istio-tools-1.2.0`).find((f) => f.includes('193ff770') && f.includes(name))!;
    return parseLoadResult(read(`${FIXTURES}/fortio/istio-tools-1.2.0/${file}`), file);
  });
  const target = { study: 'own-run', mesh: 'no-mesh', variant: 'default', today: '2026-11-21' };

  it('names each run’s load and turns latencies into results with units', () => {
    expect(scenarioOf(runs[0]!)).toBe('1000 rps, 1 connections');
    const results = resultsOf(runs[0]!, target);
    expect(results.map((r) => r['metric'])).toEqual(['latency_p50_ms', 'latency_p90_ms', 'latency_p99_ms', 'latency_p999_ms', 'latency_max_ms']);
    expect(results.every((r) => r['unit'] === 'ms')).toBe(true);
  });

  it('creates a study that passes the benchmark schema', () => {
    const { data } = mergeIntoStudy(null, runs, target, { title: 'Istio 1.2 baseline', publisher: 'Us', url: 'https://example.org/raw' }, 'own-run-results');
    const parsed = BenchmarkSchema(idReference).safeParse(data);
    expect(parsed.error).toBeUndefined();
    expect(parsed.data!.conditions).toMatchObject({ loadTool: 'Fortio 1.3.1', requestRate: '1000 rps', connections: '1; 64', environment: null });
    expect(parsed.data!.charts).toHaveLength(1);
  });

  it('never overwrites what a person wrote, and replaces only the same mesh, variant and load', () => {
    const { data } = mergeIntoStudy(null, runs, target, { title: 'Istio 1.2 baseline', publisher: 'Us', url: 'https://example.org/raw' }, 'own-run-results');
    const edited = structuredClone(data) as any;
    edited.title = 'Hand-written title';
    edited.conditions.loadTool = 'Fortio (patched)';
    edited.conditions.environment = 'kind on a laptop';
    edited.results.push({ mesh: 'linkerd', metric: 'latency_p50_ms', value: 1, unit: 'ms' });
    const { data: again, changes } = mergeIntoStudy(edited, runs, target);
    const merged = again as any;
    expect(merged.title).toBe('Hand-written title');
    expect(merged.conditions).toMatchObject({ loadTool: 'Fortio (patched)', environment: 'kind on a laptop' });
    expect(merged.results).toHaveLength(edited.results.length);
    expect(merged.results.filter((r: any) => r.mesh === 'linkerd')).toHaveLength(1);
    expect(changes).toContain('results: 0 added, 10 replaced (no-mesh)');
  });
});
