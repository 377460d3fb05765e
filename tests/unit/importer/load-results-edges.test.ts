/**
 * parseLoadResult at its edges, on small hand-written Fortio and Nighthawk files whose every expected
 * value is worked out in the comments. Every parse happens inside a test (helpers only build text).
 */
import { describe, expect, it } from 'vitest';
import { calcPercentile, LoadResultError, parseLoadResult, type Histogram, type LoadSummary } from '../../../src/importer/loadResults';

type Json = Record<string, unknown>;
const NOW = new Date('2026-12-01T12:00:00Z');
const parse = (text: string) => parseLoadResult(text, 'x', { now: NOW });
const reject = (text: string): string => {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(LoadResultError);
    expect((error as Error).name).toBe('LoadResultError');
    return (error as Error).message;
  }
  throw new Error('accepted');
};

/*
 * The small Fortio file: Count 4, Min 1 ms, Max 9 ms, two buckets [1–5 ms] 50 % and [5–9 ms] 100 %.
 * The first point covers 100 / 4 = 25 %, so (seconds → ms):
 *   p50  = 0.001 + (50 − 25) / (50 − 25) × 0.004   = 0.005    → 5
 *   p75  = 0.005 + (75 − 50) / (100 − 50) × 0.004  = 0.007    → 7
 *   p90  = 0.005 + (90 − 50) / 50 × 0.004          = 0.0082   → 8.2
 *   p99  = 0.005 + (99 − 50) / 50 × 0.004          = 0.00892  → 8.92
 *   p999 = 0.005 + (99.9 − 50) / 50 × 0.004        = 0.008992 → 8.992
 */
const BUCKETS = () => [
  { Start: 0.001, End: 0.005, Percent: 50, Count: 2 },
  { Start: 0.005, End: 0.009, Percent: 100, Count: 2 },
];
const fortio = (top: Json = {}, dh: Json = {}) => JSON.stringify({ DurationHistogram: { Count: 4, Min: 0.001, Max: 0.009, Data: BUCKETS(), ...dh }, ...top });
const FORTIO_LATENCY = { p50: 5, p75: 7, p90: 8.2, p99: 8.92, p999: 8.992, avg: null, max: 9 };
const FORTIO_SUMMARY: LoadSummary = {
  file: 'x', tool: 'fortio', toolVersion: null, runType: null, startTime: null, requestedQps: null, actualQps: null,
  connections: null, count: 4, errors: null, durationSeconds: null, latencyMs: FORTIO_LATENCY,
};

/*
 * The small Nighthawk file: count "10"; percentiles 0 → 1 ms, 0.5 → 2 ms, 0.9 → 4 ms, 1 → 8 ms; the
 * value at p is the first entry at or above p: p50 2, p75 4 (the 0.9 entry), p90 4, p99 8, p999 8.
 * mean 2.5 ms, max 8 ms; 10 http_2xx in 2 s → 5 rps.
 */
const STAT = 'benchmark_http_client.request_to_response';
const S = `results[global].statistics[${STAT}]`;
const PERCENTILES = () => [
  { percentile: 0, duration: '0.001s' },
  { percentile: 0.5, duration: '0.002s' },
  { percentile: 0.9, duration: '0.004s' },
  { percentile: 1, duration: '0.008s' },
];
const nighthawk = ({ stat = {}, global = {}, top = {}, workers = [] }: { stat?: Json; global?: Json; top?: Json; workers?: unknown[] } = {}) =>
  JSON.stringify({
    results: [
      ...workers,
      {
        name: 'global',
        statistics: [{ id: STAT, count: '10', percentiles: PERCENTILES(), mean: '0.0025s', max: '0.008s', ...stat }],
        counters: [{ name: 'benchmark.http_2xx', value: '10' }],
        execution_duration: '2s',
        ...global,
      },
    ],
    ...top,
  });
const NIGHTHAWK_SUMMARY: LoadSummary = {
  file: 'x', tool: 'nighthawk', toolVersion: null, runType: 'HTTP', startTime: null, requestedQps: null, actualQps: 5,
  connections: null, count: 10, errors: 0, durationSeconds: 2,
  latencyMs: { p50: 2, p75: 4, p90: 4, p99: 8, p999: 8, avg: 2.5, max: 8 },
};

describe('the whole text', () => {
  it('refuses empty and blank files, with or without a byte-order mark', () => {
    expect(reject('')).toBe('the file is empty');
    expect(reject(' \n\t ')).toBe('the file is empty');
    expect(reject('\uFEFF \n')).toBe('the file is empty');
  });

  it('tells JSON Lines (two or more JSON lines) from text that is not JSON', () => {
    expect(reject('{"a":1}\n\n  \n{"b":2}\n')).toBe('JSON Lines (one object per line), not a single load result'); // blank lines skipped
    expect(reject('1\n2')).toBe('JSON Lines (one object per line), not a single load result');
    expect(reject('{"a":1}\n{nope')).toBe('not JSON'); // one line is not JSON
    expect(reject('{nope\n{"a":1}')).toBe('not JSON');
    expect(reject('{"a":1}}')).toBe('not JSON'); // one line only
    expect(reject('x')).toBe('not JSON');
  });

  it('keeps a byte-order mark only at the start out of the JSON', () => {
    expect(parseLoadResult(`\uFEFF${fortio()}`, 'x', { now: NOW })).toStrictEqual(FORTIO_SUMMARY);
    expect(reject(`\uFEFF\uFEFF${fortio()}`)).toBe('not JSON');
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['[]', 'null', '42', '"text"', 'true']) expect(reject(text)).toBe('not a Fortio or Nighthawk result (the JSON is not an object)');
  });

  it('refuses an object with neither a histogram object nor a results list', () => {
    const message = 'not a Fortio or Nighthawk result (no DurationHistogram and no results)';
    expect(reject('{}')).toBe(message);
    expect(reject('{"DurationHistogram":[1],"results":{}}')).toBe(message);
    expect(reject('{"DurationHistogram":null,"results":"x"}')).toBe(message);
  });

  it('reports a failed run by the first line of its Error, or the value quoted', () => {
    expect(reject('{"Error":"  refused  \\r\\nstack line"}')).toBe('a failed run: refused');
    expect(reject('{"Error":"first\\nsecond"}')).toBe('a failed run: first');
    expect(reject('{"Error":""}')).toBe('a failed run: ');
    expect(reject('{"Error":42}')).toBe('a failed run: 42');
    expect(reject('{"Error":null}')).toBe('a failed run: null');
    expect(reject('{"Error":{"code":1}}')).toBe('a failed run: an object');
    expect(reject('{"Error":[1]}')).toBe('a failed run: a list');
    expect(reject('{"Error":false}')).toBe('a failed run: false');
    // The Error wins over a histogram that is there.
    expect(reject(fortio({ Error: 'boom' }))).toBe('a failed run: boom');
  });

  it('quotes a value in at most 40 characters', () => {
    // JSON.stringify of 38 letters is 40 characters: kept; of 39 letters 41: cut to 39 and "…".
    expect(reject(fortio({ NumThreads: 'a'.repeat(38) }))).toBe(`NumThreads is not a number ("${'a'.repeat(38)}")`);
    expect(reject(fortio({ NumThreads: 'a'.repeat(39) }))).toBe(`NumThreads is not a number ("${'a'.repeat(38)}…)`);
    expect(reject(fortio({ NumThreads: true }))).toBe('NumThreads is not a number (true)');
    expect(reject(fortio({ NumThreads: [4] }))).toBe('NumThreads is not a number (a list)');
    expect(reject(fortio({ NumThreads: { n: 4 } }))).toBe('NumThreads is not a number (an object)');
  });
});

describe('numbers', () => {
  it('reads numbers and decimal strings (trimmed) alike', () => {
    for (const value of [4, '4', ' 4 ', '4.', '4.0', '4e0', '40E-1', '0.4e+1', '.4e1', '.04e2', '4000e-03', '00004']) {
      expect(parse(fortio({ NumThreads: value })).connections, String(value)).toBe(4);
    }
  });

  it('refuses strings that are not plain decimals', () => {
    for (const value of ['+4', '4x', 'x4', '0x4', '4e', '1.2.3', '', ' ', '.', '-', 'e4', 'Infinity', 'NaN']) {
      expect(reject(fortio({ NumThreads: value })), JSON.stringify(value)).toBe(`NumThreads is not a number (${JSON.stringify(value)})`);
    }
  });

  it('refuses numbers too large to be finite, as text or as JSON', () => {
    expect(reject(fortio({ NumThreads: '1e400' }))).toBe('NumThreads is too large ("1e400")');
    expect(reject(fortio({}).replace('"Count":4', '"Count":1e400'))).toBe('DurationHistogram.Count is too large (null)'); // JSON.parse gives Infinity, quoted as null
  });

  it('treats null as absent', () => {
    expect(parse(fortio({ NumThreads: null, ActualQPS: null, RequestedQPS: null, ActualDuration: null, StartTime: null }))).toStrictEqual(FORTIO_SUMMARY);
  });

  it('accepts 0 where only negatives are refused, and 1 where 0 is refused', () => {
    expect(parse(fortio({ ActualQPS: 0, ActualDuration: 0, NumThreads: 1, RequestedQPS: 0.5 }))).toMatchObject({ actualQps: 0, durationSeconds: 0, connections: 1, requestedQps: 0.5 });
    expect(reject(fortio({ ActualQPS: -0.001 }))).toBe('ActualQPS is negative (-0.001)');
    expect(reject(fortio({ RequestedQPS: -0.5 }))).toBe('RequestedQPS is negative (-0.5)');
    expect(reject(fortio({ RequestedQPS: 0 }))).toBe('RequestedQPS is 0 (an unlimited rate is written "max")');
    expect(parse(fortio({ RequestedQPS: 'max' })).requestedQps).toBeNull();
    expect(reject(fortio({ RequestedQPS: 'MAX' }))).toBe('RequestedQPS is not a number ("MAX")');
  });

  it('rounds latencies to the nanosecond', () => {
    // Max 0.0090000004 s = 9000000.4 ns → 9000000 ns = 9 ms; 0.0090000006 s → 9000001 ns = 9.000001 ms.
    expect(parse(fortio({}, { Max: 0.0090000004 })).latencyMs.max).toBe(9);
    expect(parse(fortio({}, { Max: 0.0090000006 })).latencyMs.max).toBe(9.000001);
  });
});

describe('start times', () => {
  const start = (value: unknown) => parse(fortio({ StartTime: value })).startTime;
  const bad = (value: unknown) => reject(fortio({ StartTime: value }));

  it('accepts RFC 3339 date-times, with offsets and lower-case letters, up to now', () => {
    expect(start('2021-05-30T18:03:29Z')).toBe('2021-05-30T18:03:29Z');
    expect(start('2020-02-29T00:00:00+23:59')).toBe('2020-02-29T00:00:00+23:59'); // a leap day
    expect(start('2021-05-30t18:03:29.5z')).toBe('2021-05-30t18:03:29.5z');
    expect(start('2021-12-31T23:59:59-00:00')).toBe('2021-12-31T23:59:59-00:00');
    expect(start(NOW.toISOString())).toBe('2026-12-01T12:00:00.000Z'); // exactly now is not in the future
  });

  it('refuses what is not a real date-time', () => {
    for (const value of ['2021-02-29T00:00:00Z', '2021-04-31T00:00:00Z', '2021-05-30T24:00:00Z', '2021-05-30 18:03:29Z', '2021-05-30T18:03:29', 'x2021-05-30T18:03:29Z', '2021-05-30T18:03:29Zx']) {
      expect(bad(value), value).toBe(`StartTime is not a date-time (${JSON.stringify(value)})`);
    }
    expect(bad(1622397809)).toBe('StartTime is not a date-time (1622397809)');
    expect(bad(true)).toBe('StartTime is not a date-time (true)');
  });

  it('refuses a start one millisecond after now, naming now', () => {
    expect(bad('2026-12-01T12:00:00.001Z')).toBe('StartTime 2026-12-01T12:00:00.001Z is in the future (now is 2026-12-01T12:00:00.000Z)');
    expect(bad('2026-12-01T13:00:00+01:00.5')).toMatch(/^StartTime is not a date-time/);
  });

  it('defaults now to the clock', () => {
    expect(parseLoadResult(fortio({ StartTime: '2021-05-30T18:03:29Z' }), 'x').startTime).toBe('2021-05-30T18:03:29Z');
    expect(() => parseLoadResult(fortio({ StartTime: '2999-01-01T00:00:00Z' }), 'x')).toThrow(/^StartTime 2999-01-01T00:00:00Z is in the future/);
  });
});

describe('calcPercentile', () => {
  const h = (): Histogram => ({ Count: 4, Min: 0.001, Max: 0.009, Data: BUCKETS() });

  it('gives 0 for a histogram without buckets', () => {
    expect(calcPercentile({ Count: 4, Min: 0.001, Max: 0.009, Data: [] }, 50)).toBe(0);
    expect(calcPercentile({ Count: 4, Min: 0.001, Max: 0.009, Data: [] }, 100)).toBe(0);
  });

  it('gives Max at and above 100, Min at and below the first point (25 % of 4 calls)', () => {
    expect(calcPercentile(h(), 100)).toBe(0.009);
    expect(calcPercentile(h(), 150)).toBe(0.009);
    expect(calcPercentile(h(), 25)).toBe(0.001);
    expect(calcPercentile(h(), 0)).toBe(0.001);
    // Just above the first point: 0.001 + (26 − 25) / (50 − 25) × 0.004 = 0.00116.
    expect(calcPercentile(h(), 26)).toBeCloseTo(0.00116, 15);
    // Just below 100: 0.005 + (99.99 − 50) / 50 × 0.004 = 0.0089992.
    expect(calcPercentile(h(), 99.99)).toBeCloseTo(0.0089992, 15);
  });

  it('gives Max above the last bucket when the buckets stop short of 100 %', () => {
    const short: Histogram = { Count: 4, Min: 0.001, Max: 0.02, Data: [{ Start: 0.001, End: 0.005, Percent: 50, Count: 2 }] };
    expect(calcPercentile(short, 60)).toBe(0.02);
    expect(calcPercentile(short, 50)).toBeCloseTo(0.005, 15); // exactly at the bucket's percent: its End
  });
});

describe('Fortio files', () => {
  it('reads the small file: every field, by hand', () => {
    expect(parse(fortio())).toStrictEqual(FORTIO_SUMMARY);
  });

  it('reads every top-level field', () => {
    const s = parse(fortio({ Version: '1.2.3', RunType: 'GRPC', StartTime: '2021-05-30T18:03:29Z', RequestedQPS: '100', ActualQPS: 99.5, NumThreads: '8', ActualDuration: 1500000000, Labels: 'run via NightHawk', RetCodes: { '200': 3 } }));
    expect(s).toStrictEqual({
      ...FORTIO_SUMMARY,
      tool: 'nighthawk', // Labels name Nighthawk, in any case
      toolVersion: '1.2.3',
      runType: 'GRPC',
      startTime: '2021-05-30T18:03:29Z',
      requestedQps: 100,
      actualQps: 99.5,
      connections: 8,
      errors: 1, // 4 calls − 3 OK
      durationSeconds: 1.5, // 1 500 000 000 ns
    });
  });

  it('ignores fields of the wrong type that are only labels', () => {
    expect(parse(fortio({ Version: 1, RunType: 2, Labels: ['nighthawk'], RetCodes: [200] }))).toStrictEqual(FORTIO_SUMMARY);
    expect(parse(fortio({ Labels: 'localhost' })).tool).toBe('fortio');
  });

  it('counts errors from the first OK code present: 200, then SERVING, then 1', () => {
    const errors = (RetCodes: unknown) => parse(fortio({ RetCodes })).errors;
    expect(errors({ '200': 4, SERVING: 1, '1': 2 })).toBe(0);
    expect(errors({ SERVING: 1, '1': 2 })).toBe(3); // 4 − 1
    expect(errors({ '1': 2 })).toBe(2); // 4 − 2
    expect(errors({ '200': null, SERVING: 3 })).toBe(1); // a null code is absent
    expect(errors({ '200': 0 })).toBe(4); // none OK: every call failed
    expect(errors({ '200': 5 })).toBeNull(); // more OK than calls: cannot tell
    expect(errors({})).toBeNull();
    expect(reject(fortio({ RetCodes: { '200': 3.5 } }))).toBe('RetCodes.200 is not a whole number (3.5)');
    expect(reject(fortio({ RetCodes: { SERVING: -1 } }))).toBe('RetCodes.SERVING is negative (-1)');
    expect(reject(fortio({ RetCodes: { '1': 'x' } }))).toBe('RetCodes.1 is not a number ("x")');
  });

  it('needs a Count and a non-empty Data list', () => {
    const message = 'the DurationHistogram has no Count or no Data';
    expect(reject(fortio({}, { Count: undefined }))).toBe(message);
    expect(reject(fortio({}, { Data: [] }))).toBe(message);
    expect(reject(fortio({}, { Data: { 0: BUCKETS()[0] } }))).toBe(message);
    expect(reject(fortio({}, { Data: undefined }))).toBe(message);
    expect(reject(fortio({}, { Count: 1.5 }))).toBe('DurationHistogram.Count is not a whole number (1.5)');
    expect(parse(fortio({}, { Count: 1 })).count).toBe(1);
  });

  it('checks each bucket: End not below Start, Percent at most 100 and never going down', () => {
    const withBucket = (i: number, b: Json) => fortio({}, { Data: BUCKETS().map((x, j) => (j === i ? { ...x, ...b } : x)) });
    expect(reject(withBucket(0, { End: 0.0009 }))).toBe('DurationHistogram.Data[0].End (0.0009) is below its Start (0.001)');
    expect(reject(withBucket(1, { Percent: 100.5 }))).toBe('DurationHistogram.Data[1].Percent is above 100 (100.5)');
    expect(reject(withBucket(1, { Percent: 49.9 }))).toBe("DurationHistogram.Data[1].Percent (49.9) is below the previous bucket's (50); the percents are cumulative");
    expect(reject(withBucket(0, { End: -1 }))).toBe('DurationHistogram.Data[0].End is negative (-1)');
    expect(reject(withBucket(0, { Percent: -1 }))).toBe('DurationHistogram.Data[0].Percent is negative (-1)');
    expect(reject(withBucket(1, { Count: 1.5 }))).toBe('DurationHistogram.Data[1].Count is not a whole number (1.5)');
    expect(reject(withBucket(0, { Start: 'x' }))).toBe('DurationHistogram.Data[0].Start is not a number ("x")');
    expect(reject(fortio({}, { Data: [7] }))).toBe('DurationHistogram.Data[0] is not a bucket (7)');
    // End equal to Start and a Percent equal to the previous one are fine: a bucket [5–5 ms] at 50 %
    // adds nothing, so p75 = 0.005 + (75 − 50) / 50 × 0.004 = 0.007 as before.
    const equal = fortio({}, { Data: [BUCKETS()[0], { Start: 0.005, End: 0.005, Percent: 50, Count: 0 }, BUCKETS()[1]] });
    expect(parse(equal).latencyMs).toStrictEqual(FORTIO_LATENCY);
  });

  it('reads absent bucket fields as 0, as Go does', () => {
    // Buckets {Percent 50, Count 2} and {End 0.009, Percent 100, Count 2}: Start 0 and End 0 for the
    // first, so p50 = 0 + (50 − 25) / 25 × (0 − 0) = 0; p75 = 0 + 25 / 50 × 0.009 = 0.0045 → 4.5 ms;
    // p90 = 40 / 50 × 0.009 = 0.0072; p99 = 49 / 50 × 0.009 = 0.00882; p999 = 49.9 / 50 × 0.009 = 0.008982.
    const text = fortio({}, { Min: 0, Data: [{ Percent: 50, Count: 2 }, { End: 0.009, Percent: 100, Count: 2 }] });
    expect(parse(text).latencyMs).toStrictEqual({ p50: 0, p75: 4.5, p90: 7.2, p99: 8.82, p999: 8.982, avg: null, max: 9 });
    // A bucket without Count counts 0 calls; all of them without: no calls.
    expect(reject(fortio({}, { Data: [{ Start: 0.001, End: 0.009, Percent: 100 }] }))).toBe('DurationHistogram.Data: the bucket counts sum to 0 (no calls recorded)');
    expect(parse(fortio({}, { Data: [{ Start: 0.001, End: 0.005, Percent: 50 }, BUCKETS()[1]] })).count).toBe(4);
  });

  it('checks Min and Max: Max not below Min (equal is fine), both optional', () => {
    expect(reject(fortio({}, { Min: 0.009, Max: 0.0089 }))).toBe('DurationHistogram.Max (0.0089) is below DurationHistogram.Min (0.009)');
    expect(reject(fortio({}, { Max: -0.009 }))).toBe('DurationHistogram.Max is negative (-0.009)');
    // Min = Max = 0.009 s: p50 … p999 are interpolated in the buckets (≤ 9 ms), so the order holds.
    expect(parse(fortio({}, { Min: 0.009, Max: 0.009 })).latencyMs.max).toBe(9);
    // No Min: 0, so below the first point p is 0; no Max: max is absent and 100 gives 0 — not used.
    const noMax = parse(fortio({}, { Max: undefined }));
    expect(noMax.latencyMs).toStrictEqual({ ...FORTIO_LATENCY, max: null });
    expect(parse(fortio({}, { Min: undefined })).latencyMs).toStrictEqual(FORTIO_LATENCY);
  });

  it('uses stored percentiles over the histogram, and only those it knows', () => {
    const Percentiles = [
      { Percentile: 50, Value: 0.004 }, // 4 ms instead of the computed 5
      { Percentile: 95, Value: 0.0085 }, // not a percentile of the summary: ignored
      { Percentile: 90, Value: null }, // no value: computed, 8.2
      { Value: 0.001 }, // no percentile: ignored
      { Percentile: '99', Value: '0.0089' }, // as strings: 8.9 instead of 8.92
    ];
    expect(parse(fortio({}, { Percentiles })).latencyMs).toStrictEqual({ ...FORTIO_LATENCY, p50: 4, p99: 8.9 });
    expect(parse(fortio({}, { Percentiles: { Percentile: 50, Value: 0.004 } })).latencyMs).toStrictEqual(FORTIO_LATENCY); // not a list
    expect(reject(fortio({}, { Percentiles: [{ Percentile: 50, Value: -0.004 }] }))).toBe('DurationHistogram.Percentiles[0].Value is negative (-0.004)');
    expect(reject(fortio({}, { Percentiles: [{ Percentile: 'p', Value: 1 }] }))).toBe('DurationHistogram.Percentiles[0].Percentile is not a number ("p")');
    expect(reject(fortio({}, { Percentiles: [{ Percentile: 50, Value: 0.004 }, [1]] }))).toBe('DurationHistogram.Percentiles[1] is not a percentile (a list)');
    // A stored 0 is a value: p50 0 ms (still in order).
    expect(parse(fortio({}, { Percentiles: [{ Percentile: 50, Value: 0 }] })).latencyMs.p50).toBe(0);
  });

  it('refuses stored percentiles out of order, and accepts equal ones', () => {
    // p75 stored as 5 ms = p50 (computed 5): equal is in order.
    expect(parse(fortio({}, { Percentiles: [{ Percentile: 75, Value: 0.005 }] })).latencyMs.p75).toBe(5);
    expect(reject(fortio({}, { Percentiles: [{ Percentile: 75, Value: 0.0049 }] }))).toBe('DurationHistogram: p75 (4.9 ms) is below p50 (5 ms); the latencies are out of order');
    // p999 stored as 9.1 ms, above Max 9 ms.
    expect(reject(fortio({}, { Percentiles: [{ Percentile: 99.9, Value: 0.0091 }] }))).toBe('DurationHistogram: max (9 ms) is below p999 (9.1 ms); the latencies are out of order');
    expect(parse(fortio({}, { Percentiles: [{ Percentile: 99.9, Value: 0.009 }] })).latencyMs.p999).toBe(9);
  });

  it('takes Avg as stored, else Sum / Count, else none', () => {
    expect(parse(fortio({}, { Avg: 0.003, Sum: 0.1 })).latencyMs.avg).toBe(3);
    expect(parse(fortio({}, { Sum: 0.018 })).latencyMs.avg).toBe(4.5); // 0.018 s / 4 calls = 0.0045 s
    expect(parse(fortio({}, { Sum: 0 })).latencyMs.avg).toBe(0);
    expect(parse(fortio({}, { Avg: 0 })).latencyMs.avg).toBe(0);
    expect(reject(fortio({}, { Sum: -1 }))).toBe('DurationHistogram.Sum is negative (-1)');
    expect(reject(fortio({}, { Avg: 1e300 }))).toBe('DurationHistogram.Avg is too large (1e+300 s)');
  });

  it('uses Min below the first point and Max past the last bucket, in the summary', () => {
    // Count 2: the first point covers 50 %, so p50 is Min (1 ms); one bucket [1–3 ms] at 100 %:
    //   p75 = 0.001 + (75 − 50) / (100 − 50) × 0.002 = 0.002, p90 = 0.001 + 0.8 × 0.002 = 0.0026,
    //   p99 = 0.001 + 0.98 × 0.002 = 0.00296, p999 = 0.001 + 0.998 × 0.002 = 0.002996.
    const two = fortio({}, { Count: 2, Min: 0.001, Max: 0.003, Data: [{ Start: 0.001, End: 0.003, Percent: 100, Count: 2 }] });
    expect(parse(two).latencyMs).toStrictEqual({ p50: 1, p75: 2, p90: 2.6, p99: 2.96, p999: 2.996, avg: null, max: 3 });
    // Count 100 (1 % per point), one bucket [1–2 ms] holding 99 %: p50 = 0.001 + (50 − 1) / (99 − 1) × 0.001
    // = 0.0015; p75 = 0.001 + 74 / 98 × 0.001 = 0.00175510204… → 1.755102; p90 = 0.001 + 89 / 98 × 0.001
    // = 0.00190816326… → 1.908163; p99 = the bucket's End 0.002; p999 is past the buckets: Max 0.005.
    const short = fortio({}, { Count: 100, Min: 0.001, Max: 0.005, Data: [{ Start: 0.001, End: 0.002, Percent: 99, Count: 99 }] });
    expect(parse(short).latencyMs).toStrictEqual({ p50: 1.5, p75: 1.755102, p90: 1.908163, p99: 2, p999: 5, avg: null, max: 5 });
  });

  it('computes every percentile of a file without Percentiles exactly', () => {
    expect(parse(fortio({}, { Percentiles: [] })).latencyMs).toStrictEqual(FORTIO_LATENCY);
  });
});

describe('Nighthawk files', () => {
  it('reads the small file: every field, by hand', () => {
    expect(parse(nighthawk())).toStrictEqual(NIGHTHAWK_SUMMARY);
  });

  it('needs the global result and its request_to_response statistic', () => {
    expect(reject(JSON.stringify({ results: [] }))).toBe('a Nighthawk result without a "global" result');
    expect(reject(JSON.stringify({ results: [{ name: 'worker_0' }, 'global'] }))).toBe('a Nighthawk result without a "global" result');
    const without = `a Nighthawk result without the ${STAT} statistic`;
    expect(reject(JSON.stringify({ results: [{ name: 'global' }] }))).toBe(without);
    expect(reject(JSON.stringify({ results: [{ name: 'global', statistics: { id: STAT } }] }))).toBe(without);
    expect(reject(JSON.stringify({ results: [{ name: 'global', statistics: [null, { id: 'other', count: '1' }] }] }))).toBe(without);
  });

  it('takes the first global result and skips what is not a result', () => {
    const text = JSON.stringify({ results: [null, 7, ...JSON.parse(nighthawk()).results, { name: 'global', statistics: [] }] });
    expect(parse(text)).toStrictEqual(NIGHTHAWK_SUMMARY);
  });

  it('reads the minimal statistic: a count and nothing else', () => {
    expect(parse(JSON.stringify({ results: [{ name: 'global', statistics: [{ id: STAT, count: 3 }] }] }))).toStrictEqual({
      ...NIGHTHAWK_SUMMARY,
      actualQps: null, // no duration, no counters
      count: 3,
      errors: null, // no counters: cannot tell
      durationSeconds: null,
      latencyMs: { p50: null, p75: null, p90: null, p99: null, p999: null, avg: null, max: null },
    });
    expect(reject(JSON.stringify({ results: [{ name: 'global', statistics: [{ id: STAT, count: '2.5' }] }] }))).toBe(`${S}.count is not a whole number (2.5)`);
  });

  it('sorts the percentiles, skips incomplete ones, and takes the first at or above each target', () => {
    const percentiles = [
      { percentile: 1, duration: '0.008s' },
      { percentile: 0.9, duration: '0.004s' },
      { percentile: 0.75 }, // no duration: skipped
      { duration: '0.003s' }, // no percentile: skipped
      { percentile: 0.5, duration: '0.002s' },
      { percentile: 0.99, duration: null }, // skipped
    ];
    expect(parse(nighthawk({ stat: { percentiles } })).latencyMs).toStrictEqual(NIGHTHAWK_SUMMARY.latencyMs);
    // Only up to 0.9: p99 and p999 have no entry at or above them.
    const short = [{ percentile: 0.5, duration: '0.002s' }, { percentile: 0.9, duration: '0.004s' }];
    expect(parse(nighthawk({ stat: { percentiles: short, max: null } })).latencyMs).toStrictEqual({ p50: 2, p75: 4, p90: 4, p99: null, p999: null, avg: 2.5, max: null });
    // Equal latencies at rising percentiles are in order.
    const flat = [{ percentile: 0.5, duration: '0.004s' }, { percentile: 0.9, duration: '0.004s' }, { percentile: 0.999, duration: '0.004s' }];
    expect(parse(nighthawk({ stat: { percentiles: flat, max: '0.004s', mean: '0.004s' } })).latencyMs).toStrictEqual({ p50: 4, p75: 4, p90: 4, p99: 4, p999: 4, avg: 4, max: 4 });
    expect(parse(nighthawk({ stat: { percentiles: 'x' } })).latencyMs.p50).toBeNull();
  });

  it('refuses percentiles that are not fractions or not entries', () => {
    expect(reject(nighthawk({ stat: { percentiles: [{ percentile: 1.0001, duration: '0.008s' }] } }))).toBe(`${S}.percentiles[0].percentile is above 1 (1.0001); Nighthawk writes fractions`);
    expect(reject(nighthawk({ stat: { percentiles: [{ percentile: -0.5, duration: '0.008s' }] } }))).toBe(`${S}.percentiles[0].percentile is negative (-0.5)`);
    expect(reject(nighthawk({ stat: { percentiles: [{ percentile: 0.5, duration: '0.002s' }, 'p99'] } }))).toBe(`${S}.percentiles[1] is not a percentile ("p99")`);
    // The first out-of-order pair after sorting: 0.9 → 1.5 ms is below 0.5 → 2 ms.
    const down = [{ percentile: 0.5, duration: '0.002s' }, { percentile: 0.9, duration: '0.0015s' }];
    expect(reject(nighthawk({ stat: { percentiles: down } }))).toBe(`${S}.percentiles[1].duration (0.0015s at 0.9) is below the one at percentile 0.5 (0.002s); the latencies are out of order`);
  });

  it('reads durations only as decimal seconds with an "s"', () => {
    const mean = (value: unknown) => parse(nighthawk({ stat: { mean: value } })).latencyMs.avg;
    expect(mean('3s')).toBe(3000);
    expect(mean('0s')).toBe(0);
    expect(mean('12.25s')).toBe(12250);
    expect(mean(null)).toBeNull();
    for (const value of ['0.0025', '.5s', '5.s', ' 1s', '1s ', '1e-3s', '+1s', 's', '1ms', 0.0025]) {
      expect(reject(nighthawk({ stat: { mean: value } })), String(value)).toBe(`${S}.mean is not a duration like "0.0012s" (${JSON.stringify(value)})`);
    }
    expect(reject(nighthawk({ stat: { mean: `${'9'.repeat(309)}s` } }))).toBe(`${S}.mean is too large ("${'9'.repeat(38)}…)`);
    expect(reject(nighthawk({ stat: { max: '-0.001s' } }))).toBe(`${S}.max is negative (-0.001)`);
  });

  it('refuses a max below p99.9 and accepts one equal to it', () => {
    expect(reject(nighthawk({ stat: { max: '0.0079s' } }))).toBe(`${S}: max (7.9 ms) is below p999 (8 ms); the latencies are out of order`);
    expect(parse(nighthawk({ stat: { max: '0.008s' } })).latencyMs.max).toBe(8);
  });

  it('counts responses and errors from the counters', () => {
    const counters = [
      { name: 'benchmark.http_2xx', value: '6' },
      { name: 'benchmark.http_3xx', value: 1 },
      { name: 'benchmark.http_4xx', value: '2' },
      { name: 'benchmark.http_5xx', value: '1' },
      { name: 'benchmark.pool_connection_failure', value: '3' },
      { name: 'benchmark.stream_resets', value: '2' },
      { name: 'benchmark.pool_overflow', value: '99' },
      { name: 'upstream_cx_total', value: '4' },
    ];
    // responses 6 + 1 + 2 + 1 = 10 in 2 s → 5 rps; errors 2 + 1 + 3 + 2 = 8 of 10.
    expect(parse(nighthawk({ global: { counters } }))).toMatchObject({ actualQps: 5, errors: 8 });
    // errors equal to the count (10) are told; one more is not.
    expect(parse(nighthawk({ global: { counters: [...counters, { name: 'benchmark.stream_resets', value: '4' }] } })).errors).toBe(10); // the later value wins: 2 + 1 + 3 + 4
    expect(parse(nighthawk({ global: { counters: [...counters, { name: 'benchmark.stream_resets', value: '5' }] } })).errors).toBeNull();
    // A counter without a value counts 0; one without a name is named by its index.
    expect(parse(nighthawk({ global: { counters: [{ name: 'benchmark.http_2xx' }, { value: '5' }] } }))).toMatchObject({ actualQps: null, errors: 0 });
    expect(reject(nighthawk({ global: { counters: [{ value: '-5' }] } }))).toBe('results[global].counters[0].value is negative (-5)');
    expect(reject(nighthawk({ global: { counters: [{ name: 'a', value: '1' }, 'b'] } }))).toBe('results[global].counters[1] is not a counter ("b")');
    expect(parse(nighthawk({ global: { counters: {} } }))).toMatchObject({ actualQps: null, errors: null });
    expect(parse(nighthawk({ global: { counters: [] } }))).toMatchObject({ actualQps: null, errors: null });
  });

  it('rounds the actual rate to 1/1000 and needs a duration above 0', () => {
    // 10 responses in 3 s = 3.3333… → 3.333.
    expect(parse(nighthawk({ global: { execution_duration: '3s' } })).actualQps).toBe(3.333);
    expect(parse(nighthawk({ global: { execution_duration: '0s' } }))).toMatchObject({ actualQps: null, durationSeconds: 0 });
    expect(parse(nighthawk({ global: { execution_duration: null } }))).toMatchObject({ actualQps: null, durationSeconds: null });
    // 10 responses in 1e-320 s (a subnormal) is more than any number.
    const tiny = `0.${'0'.repeat(319)}1s`;
    expect(reject(nighthawk({ global: { execution_duration: tiny } }))).toBe('results[global].execution_duration (1e-320s) is too short for 10 responses');
  });

  it('requested rate: requests_per_second × workers (concurrency, else the worker results)', () => {
    const qps = (options: Json, workers: unknown[] = []) => parse(nighthawk({ top: { options }, workers })).requestedQps;
    expect(qps({ requests_per_second: 100, concurrency: '4' })).toBe(400);
    expect(qps({ requests_per_second: 100, concurrency: 'auto' }, [{ name: 'worker_0' }, { name: 'worker_1' }, null])).toBe(200); // two worker results
    expect(qps({ requests_per_second: 100 }, [{ name: 'worker_0' }])).toBe(100);
    expect(qps({ requests_per_second: 100, concurrency: 'auto' })).toBeNull(); // no workers: cannot tell
    expect(qps({ requests_per_second: 100 })).toBeNull();
    expect(qps({ concurrency: '4' })).toBeNull();
    expect(qps({ requests_per_second: 2.5, concurrency: 1 })).toBe(2.5);
    expect(reject(nighthawk({ top: { options: { requests_per_second: 0, concurrency: 1 } } }))).toBe('options.requests_per_second is 0 (an unlimited rate is written "max")');
    expect(reject(nighthawk({ top: { options: { requests_per_second: 1e308, concurrency: 2 } } }))).toBe('options.requests_per_second is too large (1e+308)');
    expect(reject(nighthawk({ top: { options: { concurrency: 0 } } }))).toBe('options.concurrency is 0; a run needs at least one worker');
    expect(parse(nighthawk({ top: { options: 'x' } }))).toStrictEqual(NIGHTHAWK_SUMMARY);
  });

  it('reads the version, the protocol, the connections and the start time', () => {
    const top = { options: { h2: true, connections: '16' }, version: { version: { major_number: 1, minor_number: '2' } }, timestamp: '2021-01-01T00:00:00Z' };
    expect(parse(nighthawk({ top }))).toStrictEqual({ ...NIGHTHAWK_SUMMARY, toolVersion: '1.2.0', runType: 'HTTP/2', connections: 16, startTime: '2021-01-01T00:00:00Z' });
    expect(parse(nighthawk({ top: { options: { h2: 'true' }, version: { version: { major_number: null, minor_number: {}, patch: 7 } } } }))).toMatchObject({ runType: 'HTTP', toolVersion: '0.0.7' });
    expect(parse(nighthawk({ top: { version: { version: 'v1' } } })).toolVersion).toBeNull();
    expect(parse(nighthawk({ top: { version: '0.3.0' } })).toolVersion).toBeNull();
    // execution_start wins over the timestamp; a null one falls back to it.
    expect(parse(nighthawk({ global: { execution_start: '2021-02-02T00:00:00Z' }, top: { timestamp: '2021-01-01T00:00:00Z' } })).startTime).toBe('2021-02-02T00:00:00Z');
    expect(parse(nighthawk({ global: { execution_start: null }, top: { timestamp: '2021-01-01T00:00:00Z' } })).startTime).toBe('2021-01-01T00:00:00Z');
    expect(reject(nighthawk({ global: { execution_start: 'soon' } }))).toBe('results[global].execution_start is not a date-time ("soon")');
    expect(reject(nighthawk({ top: { options: { connections: 2.5 } } }))).toBe('options.connections is not a whole number (2.5)');
  });
});
