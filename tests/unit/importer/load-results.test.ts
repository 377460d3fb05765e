import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calcPercentile, LoadResultError, parseLoadResult, type Histogram } from '../../../src/importer/loadResults';
import { mergeIntoStudy, resultsOf, scenarioOf } from '../../../src/importer/importStudy';
import { BenchmarkSchema, idReference } from '../../../src/schemas';

const FIXTURES = 'tests/fixtures/load-results';
const ITER8 = `${FIXTURES}/fortio/iter8/fortiooutput.json`;
const LARGE = `${FIXTURES}/nighthawk/history/test_test_data_large-sample.json`;
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

  it('interpolates inside the right bucket: the iter8 run, computed by hand from its histogram', () => {
    // fortio/iter8/fortiooutput.json: Count 40, so the first point covers 100/40 = 2.5 %. Buckets
    // (Start–End s, cumulative Percent): … [0.009–0.01] 45, [0.011–0.012] 52.5, [0.012–0.014] 55, …
    // [0.016–0.018] 70, [0.018–0.02] 77.5, [0.02–0.025] 95, [0.025–0.025721395] 100.
    const data = JSON.parse(read(ITER8));
    delete data.DurationHistogram.Percentiles;
    const s = parseLoadResult(JSON.stringify(data), 'iter8');
    expect(s.latencyMs).toEqual({
      p50: 11.666667, //  0.011 + (50 − 45) / (52.5 − 45) × 0.001       = 0.0116666…  s
      p75: 19.333333, //  0.018 + (75 − 70) / (77.5 − 70) × 0.002       = 0.0193333…  s
      p90: 23.571429, //  0.02  + (90 − 77.5) / (95 − 77.5) × 0.005     = 0.0235714…  s
      p99: 25.577116, //  0.025 + (99 − 95) / (100 − 95) × 0.000721395  = 0.025577116 s
      p999: 25.706967, // 0.025 + (99.9 − 95) / (100 − 95) × 0.000721395 = 0.0257069671 s
      avg: 13.538684, //  Avg 0.013538684074999998 s
      max: 25.721395, //  Max 0.025721395 s
    });
    const h: Histogram = { Count: 40, Min: data.DurationHistogram.Min, Max: data.DurationHistogram.Max, Data: data.DurationHistogram.Data };
    // Exactly at a bucket's cumulative percent: that bucket's End, not the next bucket's Start
    // (the histogram has a gap: [0.009–0.01] ends at 45 %, the next bucket starts at 0.011).
    expect(calcPercentile(h, 45)).toBeCloseTo(0.01, 12);
    // 2.5 % and below is Min (one point of 40); 100 is Max.
    expect(calcPercentile(h, 2.5)).toBe(0.005105111);
    expect(calcPercentile(h, 100)).toBe(0.025721395);
    // 7.5 % is the end of the first bucket: 0.005105111 + (7.5 − 2.5) / (7.5 − 2.5) × (0.006 − 0.005105111).
    expect(calcPercentile(h, 7.5)).toBeCloseTo(0.006, 12);
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

  it('reads Fortio: every field of the iter8 run, by hand from the file', () => {
    expect(parseLoadResult(read(ITER8), 'iter8')).toEqual({
      file: 'iter8',
      tool: 'fortio', // Labels "localhost/post , Srinivasans-MBP" do not say nighthawk
      toolVersion: '1.11.5-pre',
      runType: 'HTTP',
      startTime: '2021-05-30T18:03:29.389507-04:00',
      requestedQps: 8, // RequestedQPS "8"
      actualQps: 7.955570276869858,
      connections: 4, // NumThreads
      count: 40, // DurationHistogram.Count
      errors: 0, // 40 calls − RetCodes["200"] 40
      durationSeconds: 5.027923657, // ActualDuration 5027923657 ns
      // The stored Percentiles (seconds × 1000): 0.011666666666666667, 0.019333333333333334,
      // 0.023571428571428573, 0.025577116, 0.025706967100000002; Avg and Max as stored.
      latencyMs: { p50: 11.666667, p75: 19.333333, p90: 23.571429, p99: 25.577116, p999: 25.706967, avg: 13.538684, max: 25.721395 },
    });
  });

  it('counts Fortio errors: calls minus the OK return codes', () => {
    const data = JSON.parse(read(ITER8));
    data.RetCodes = { '200': 37, '503': 2, '-1': 1 };
    expect(parseLoadResult(JSON.stringify(data), 'x').errors).toBe(3); // 40 − 37
    data.RetCodes = { '503': 40 };
    expect(parseLoadResult(JSON.stringify(data), 'x').errors).toBeNull(); // no OK code: cannot tell
    // gRPC: the 2018 README run has RetCodes {"1": 40} for 40 calls; modern Fortio writes SERVING.
    expect(parseLoadResult(read(`${FIXTURES}/fortio/fortio-readme/grpc-ping-2018-04-03-163258.json`), 'g')).toMatchObject({ count: 40, errors: 0 });
    const grpc = JSON.parse(read(`${FIXTURES}/fortio/fortio-readme/grpc-ping-2018-04-03-163258.json`));
    grpc.RetCodes = { SERVING: 38, UNAVAILABLE: 2 };
    expect(parseLoadResult(JSON.stringify(grpc), 'g').errors).toBe(2); // 40 − 38
  });

  it('reads Nighthawk JSON: every field of the large sample, by hand from the file', () => {
    // results[name=global], statistic benchmark_http_client.request_to_response; percentiles are
    // fractions and the value for p is the first entry with percentile ≥ p:
    //   0.5 → "0.092962815s", 0.75 → "0.095383551s", 0.9 → "0.098242559s",
    //   0.99 → the 0.990625 entry "0.109101055s", 0.999 → the 0.9990234375 entry "0.111198207s".
    expect(parseLoadResult(read(LARGE), 'n')).toEqual({
      file: 'n',
      tool: 'nighthawk',
      toolVersion: '0.3.0', // version.version {major 0, minor 3, patch 0}
      runType: 'HTTP', // options.h2 false
      startTime: '2020-06-10T09:47:06.915922617Z', // no execution_start: the timestamp
      requestedQps: 2000, // options.requests_per_second 2000 × concurrency "1"
      actualQps: 263.399, // responses (http_3xx 1317, no 2xx/4xx/5xx) / 5.000010451 s = 263.39945…
      connections: 100, // options.connections
      count: 1317, // the statistic's count "1317"
      errors: 0, // no 4xx, 5xx, pool_connection_failure or stream_resets counters (pool_overflow 8631 is not an error)
      durationSeconds: 5.000010451, // execution_duration "5.000010451s"
      latencyMs: { p50: 92.962815, p75: 95.383551, p90: 98.242559, p99: 109.101055, p999: 111.198207, avg: 93.536335, max: 112.316415 },
    });
  });

  it('counts Nighthawk errors: 4xx, 5xx, connection failures and stream resets, not pool overflows', () => {
    const data = JSON.parse(read(LARGE));
    const global = data.results.find((r: any) => r.name === 'global');
    global.counters.push(
      { name: 'benchmark.http_4xx', value: '2' },
      { name: 'benchmark.http_5xx', value: '7' },
      { name: 'benchmark.pool_connection_failure', value: '1' },
      { name: 'benchmark.stream_resets', value: '3' },
    );
    const s = parseLoadResult(JSON.stringify(data), 'n');
    expect(s.errors).toBe(13); // 2 + 7 + 1 + 3
    expect(s.actualQps).toBe(265.199); // (1317 + 2 + 7 responses) / 5.000010451 s = 265.19945…
    // More failures than measured responses: errors per call cannot be told.
    global.counters.push({ name: 'benchmark.pool_connection_failure', value: '5000' });
    expect(parseLoadResult(JSON.stringify(data), 'n').errors).toBeNull();
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
  const edited = (file: string, edit: (data: any) => void) => {
    const data = JSON.parse(read(file));
    edit(data);
    return JSON.stringify(data);
  };
  const stat = (d: any) => d.results.find((r: any) => r.name === 'global').statistics.find((s: any) => s.id === 'benchmark_http_client.request_to_response');

  it.each([
    ['Count negative', (d: any) => (d.DurationHistogram.Count = -40), 'DurationHistogram.Count is negative (-40)'],
    ['Count 0', (d: any) => (d.DurationHistogram.Count = 0), 'DurationHistogram.Count is 0; the run recorded no calls'],
    ['Count as text, negative', (d: any) => (d.DurationHistogram.Count = '-40'), 'DurationHistogram.Count is negative (-40)'],
    ['Count fractional', (d: any) => (d.DurationHistogram.Count = 0.5), 'DurationHistogram.Count is not a whole number (0.5)'],
    ['a bucket count negative', (d: any) => (d.DurationHistogram.Data[0].Count = -3), 'DurationHistogram.Data[0].Count is negative (-3)'],
    ['bucket counts summing to 0', (d: any) => d.DurationHistogram.Data.forEach((b: any) => (b.Count = 0)), 'DurationHistogram.Data: the bucket counts sum to 0 (no calls recorded)'],
    ['a bucket Start negative', (d: any) => (d.DurationHistogram.Data[0].Start = -0.005), 'DurationHistogram.Data[0].Start is negative (-0.005)'],
    ['a bucket that is no object', (d: any) => (d.DurationHistogram.Data[1] = null), 'DurationHistogram.Data[1] is not a bucket (null)'],
    ['cumulative percents going down', (d: any) => (d.DurationHistogram.Data[1].Percent = 5), "DurationHistogram.Data[1].Percent (5) is below the previous bucket's (7.5); the percents are cumulative"],
    ['Min negative', (d: any) => (d.DurationHistogram.Min = -1), 'DurationHistogram.Min is negative (-1)'],
    ['Avg negative', (d: any) => (d.DurationHistogram.Avg = -0.0135), 'DurationHistogram.Avg is negative (-0.0135)'],
    ['a percentile Value too large', (d: any) => (d.DurationHistogram.Percentiles[4].Value = 1e300), 'DurationHistogram.Percentiles[4].Value is too large (1e+300 s)'],
    ['a percentile that is no object', (d: any) => (d.DurationHistogram.Percentiles[0] = 'p50'), 'DurationHistogram.Percentiles[0] is not a percentile ("p50")'],
    ['StartTime in the future', (d: any) => (d.StartTime = '2099-05-30T18:03:29.389507-04:00'), /^StartTime 2099-05-30T18:03:29\.389507-04:00 is in the future \(now is /],
    ['StartTime not a date', (d: any) => (d.StartTime = 'yesterday'), 'StartTime is not a date-time ("yesterday")'],
    ['StartTime not a calendar date', (d: any) => (d.StartTime = '2021-02-30T18:03:29Z'), 'StartTime is not a date-time ("2021-02-30T18:03:29Z")'],
    ['RequestedQPS negative', (d: any) => (d.RequestedQPS = '-8'), 'RequestedQPS is negative (-8)'],
    ['RequestedQPS 0', (d: any) => (d.RequestedQPS = '0'), 'RequestedQPS is 0 (an unlimited rate is written "max")'],
    ['ActualQPS negative', (d: any) => (d.ActualQPS = -1), 'ActualQPS is negative (-1)'],
    ['NumThreads negative', (d: any) => (d.NumThreads = -4), 'NumThreads is negative (-4)'],
    ['NumThreads 0', (d: any) => (d.NumThreads = 0), 'NumThreads is 0; a run needs at least one connection'],
    ['NumThreads fractional', (d: any) => (d.NumThreads = 1.5), 'NumThreads is not a whole number (1.5)'],
    ['NumThreads not a number', (d: any) => (d.NumThreads = 'four'), 'NumThreads is not a number ("four")'],
    ['ActualDuration negative', (d: any) => (d.ActualDuration = -1), 'ActualDuration is negative (-1)'],
    ['RetCodes negative', (d: any) => (d.RetCodes['200'] = -1), 'RetCodes.200 is negative (-1)'],
    ['stored percentiles out of order', (d: any) => (d.DurationHistogram.Percentiles[2].Value = 0.015), 'DurationHistogram: p90 (15 ms) is below p75 (19.333333 ms); the latencies are out of order'],
  ])('refuses a Fortio file with %s, naming the field', (_, edit, message) => {
    const got = reject(edited(ITER8, edit));
    if (typeof message === 'string') expect(got).toBe(message);
    else expect(got).toMatch(message);
  });

  const S = 'results[global].statistics[benchmark_http_client.request_to_response]';
  it.each([
    ['count negative', (d: any) => (stat(d).count = '-1'), `${S}.count is negative (-1)`],
    ['count 0', (d: any) => (stat(d).count = '0'), `${S}.count is 0; the run measured no requests`],
    ['no count (proto3 leaves out 0)', (d: any) => delete stat(d).count, `${S}.count is 0; the run measured no requests`],
    ['a negative latency', (d: any) => (stat(d).percentiles[5].duration = '-0.09s'), `${S}.percentiles[5].duration is negative (-0.09)`],
    ['a latency that is no duration', (d: any) => (stat(d).percentiles[5].duration = 92), `${S}.percentiles[5].duration is not a duration like "0.0012s" (92)`],
    ['a latency too large', (d: any) => (stat(d).percentiles[5].duration = `${'9'.repeat(400)}s`), /^results\[global\]\.statistics\[benchmark_http_client\.request_to_response\]\.percentiles\[5\]\.duration is too large/],
    ['latencies decreasing', (d: any) => (stat(d).percentiles[6].duration = '0.05s'), `${S}.percentiles[6].duration (0.05s at 0.55) is below the one at percentile 0.5 (0.092962815s); the latencies are out of order`],
    ['a percentile above 1', (d: any) => (stat(d).percentiles[5].percentile = 50), `${S}.percentiles[5].percentile is above 1 (50); Nighthawk writes fractions`],
    ['a negative mean', (d: any) => (stat(d).mean = '-0.09s'), `${S}.mean is negative (-0.09)`],
    ['max below p99.9', (d: any) => (stat(d).max = '0.1s'), `${S}: max (100 ms) is below p999 (111.198207 ms); the latencies are out of order`],
    ['a negative duration', (d: any) => (d.results.find((r: any) => r.name === 'global').execution_duration = '-5s'), 'results[global].execution_duration is negative (-5)'],
    ['a negative counter', (d: any) => (d.results.find((r: any) => r.name === 'global').counters[0].value = '-1317'), 'results[global].counters[benchmark.http_3xx].value is negative (-1317)'],
    ['timestamp in the future', (d: any) => (d.timestamp = '2099-06-10T09:47:06.915922617Z'), /^timestamp 2099-06-10T09:47:06\.915922617Z is in the future/],
    ['requests_per_second negative', (d: any) => (d.options.requests_per_second = -2000), 'options.requests_per_second is negative (-2000)'],
    ['connections negative', (d: any) => (d.options.connections = -100), 'options.connections is negative (-100)'],
    ['connections 0', (d: any) => (d.options.connections = 0), 'options.connections is 0; a run needs at least one connection'],
    ['concurrency fractional', (d: any) => (d.options.concurrency = '1.5'), 'options.concurrency is not a whole number (1.5)'],
    ['a result that is no object', (d: any) => d.results.unshift(null), null],
  ])('refuses a Nighthawk file with %s, naming the field', (_, edit, message) => {
    const text = edited(LARGE, edit);
    if (message === null) {
      expect(parseLoadResult(text, 'x').count).toBe(1317); // a stray entry is skipped, not fatal
      return;
    }
    const got = reject(text);
    if (typeof message === 'string') expect(got).toBe(message);
    else expect(got).toMatch(message);
  });

  it('compares start times with the now it is given', () => {
    // The iter8 run started 2021-05-30T18:03:29.389507-04:00 = 2021-05-30T22:03:29.389507Z.
    expect(parseLoadResult(read(ITER8), 'x', { now: new Date('2021-05-30T22:03:30Z') }).startTime).toBe('2021-05-30T18:03:29.389507-04:00');
    expect(() => parseLoadResult(read(ITER8), 'x', { now: new Date('2021-05-30T22:03:29Z') })).toThrow(LoadResultError);
    expect(() => parseLoadResult(read(ITER8), 'x', { now: new Date('2021-05-30T22:03:29Z') })).toThrow(/^StartTime 2021-05-30T18:03:29\.389507-04:00 is in the future \(now is 2021-05-30T22:03:29\.000Z\)$/);
  });

  it('accepts a UTF-8 byte-order mark before the JSON', () => {
    const plain = parseLoadResult(read(ITER8), 'x');
    expect(parseLoadResult(`\uFEFF${read(ITER8)}`, 'x')).toEqual(plain);
    expect(parseLoadResult(readFileSync(ITER8).toString('utf8').replace(/^/, '\uFEFF'), 'x')).toEqual(plain);
    expect(reject('\uFEFF')).toBe('the file is empty');
    expect(reject('\uFEFF{nope')).toBe('not JSON');
  });

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
  /** Parsed inside each test: a call at describe level would be credited to no test. */
  const runs = () => ['c_1_1024_base', 'c_64_1024_base'].map((name) => {
    const file = readdirSync(`${FIXTURES}/fortio/istio-tools-1.2.0`).find((f) => f.includes('193ff770') && f.includes(name))!;
    return parseLoadResult(read(`${FIXTURES}/fortio/istio-tools-1.2.0/${file}`), file);
  });
  const target = { study: 'own-run', mesh: 'no-mesh', variant: 'default', today: '2026-11-21' };

  it('names each run’s load and turns latencies into results with units', () => {
    const [first] = runs();
    expect(scenarioOf(first!)).toBe('1000 rps, 1 connections');
    const results = resultsOf(first!, target);
    expect(results.map((r) => r['metric'])).toEqual(['latency_p50_ms', 'latency_p90_ms', 'latency_p99_ms', 'latency_p999_ms', 'latency_max_ms']);
    expect(results.every((r) => r['unit'] === 'ms')).toBe(true);
  });

  it('creates a study that passes the benchmark schema', () => {
    const { data } = mergeIntoStudy(null, runs(), target, { title: 'Istio 1.2 baseline', publisher: 'Us', url: 'https://example.org/raw' }, 'own-run-results');
    const parsed = BenchmarkSchema(idReference).safeParse(data);
    expect(parsed.error).toBeUndefined();
    expect(parsed.data!.conditions).toMatchObject({ loadTool: 'Fortio 1.3.1', requestRate: '1000 rps', connections: '1; 64', environment: null });
    expect(parsed.data!.charts).toHaveLength(1);
  });

  it('never overwrites what a person wrote, and replaces only the same mesh, variant and load', () => {
    const { data } = mergeIntoStudy(null, runs(), target, { title: 'Istio 1.2 baseline', publisher: 'Us', url: 'https://example.org/raw' }, 'own-run-results');
    const edited = structuredClone(data) as any;
    edited.title = 'Hand-written title';
    edited.conditions.loadTool = 'Fortio (patched)';
    edited.conditions.environment = 'kind on a laptop';
    edited.results.push({ mesh: 'linkerd', metric: 'latency_p50_ms', value: 1, unit: 'ms' });
    const { data: again, changes } = mergeIntoStudy(edited, runs(), target);
    const merged = again as any;
    expect(merged.title).toBe('Hand-written title');
    expect(merged.conditions).toMatchObject({ loadTool: 'Fortio (patched)', environment: 'kind on a laptop' });
    expect(merged.results).toHaveLength(edited.results.length);
    expect(merged.results.filter((r: any) => r.mesh === 'linkerd')).toHaveLength(1);
    expect(changes).toContain('results: 0 added, 10 replaced (no-mesh)');
  });
});
