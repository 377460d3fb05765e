/**
 * Reads load-test result files — Fortio JSON (any version), Nighthawk's Fortio-format output (with or
 * without its "quirks": counts as strings) and Nighthawk's native JSON — into one summary shape, in
 * milliseconds. Percentiles a Fortio file stores are used as stored; missing ones are computed from
 * the histogram exactly as Fortio's `HistogramData.CalcPercentile` does. Pure: text in, summary out.
 */

export interface LoadSummary {
  file: string;
  tool: 'fortio' | 'nighthawk';
  /** Version of the load tool, when the file says. */
  toolVersion: string | null;
  runType: string | null;
  startTime: string | null;
  requestedQps: number | null;
  actualQps: number | null;
  connections: number | null;
  count: number | null;
  errors: number | null;
  /** Seconds the run lasted, when the file says. */
  durationSeconds: number | null;
  latencyMs: { p50: number | null; p75: number | null; p90: number | null; p99: number | null; p999: number | null; avg: number | null; max: number | null };
}

/** A file that is not a usable load result; the message says why, in one line. */
export class LoadResultError extends Error {}

const PERCENTILES = { p50: 50, p75: 75, p90: 90, p99: 99, p999: 99.9 } as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Numbers that may arrive as JSON strings (proto uint64 in Nighthawk output). */
const num = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
};
const ms = (seconds: number | null) => (seconds === null ? null : Math.round(seconds * 1e9) / 1e6);

export function parseLoadResult(text: string, file: string): LoadSummary {
  if (text.trim() === '') throw new LoadResultError('the file is empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const lines = text.trim().split('\n').filter((line) => line.trim());
    const jsonLines = lines.length > 1 && lines.every((line) => {
      try {
        JSON.parse(line);
        return true;
      } catch {
        return false;
      }
    });
    throw new LoadResultError(jsonLines ? 'JSON Lines (one object per line), not a single load result' : 'not JSON');
  }
  if (!isObject(data)) throw new LoadResultError('not a Fortio or Nighthawk result (the JSON is not an object)');
  if ('Error' in data) throw new LoadResultError(`a failed run: ${String(data['Error']).split('\n')[0]}`);
  if (isObject(data['DurationHistogram'])) return fortioSummary(data, file);
  if (Array.isArray(data['results'])) return nighthawkSummary(data, file);
  throw new LoadResultError('not a Fortio or Nighthawk result (no DurationHistogram and no results)');
}

interface Bucket {
  Start: number;
  End: number;
  Percent: number;
  Count: number;
}
export interface Histogram {
  Count: number;
  Min: number;
  Max: number;
  Data: Bucket[];
}

/** Fortio's `CalcPercentile`, line for line (values in the histogram's unit, seconds). */
export function calcPercentile(h: Histogram, percentile: number): number {
  if (h.Data.length === 0) return 0;
  if (percentile >= 100) return h.Max;
  // Fortio assumes Min is at least one point, so it covers at least 1/Count percent.
  let previous = 100 / h.Count;
  if (percentile <= previous) return h.Min;
  for (const bucket of h.Data) {
    if (percentile <= bucket.Percent) {
      return bucket.Start + ((percentile - previous) / (bucket.Percent - previous)) * (bucket.End - bucket.Start);
    }
    previous = bucket.Percent;
  }
  return h.Max;
}

function fortioSummary(data: Json, file: string): LoadSummary {
  const dh = data['DurationHistogram'] as Json;
  const count = num(dh['Count']);
  const buckets = Array.isArray(dh['Data'])
    ? (dh['Data'] as Json[]).map((b) => ({ Start: num(b['Start']) ?? 0, End: num(b['End']) ?? 0, Percent: num(b['Percent']) ?? 0, Count: num(b['Count']) ?? 0 }))
    : [];
  if (count === null || buckets.length === 0) throw new LoadResultError('the DurationHistogram has no Count or no Data');
  // Go decodes absent fields as 0, and Fortio computes with that; so do we.
  const histogram: Histogram = { Count: count, Min: num(dh['Min']) ?? 0, Max: num(dh['Max']) ?? 0, Data: buckets };
  const stored = new Map<number, number>();
  if (Array.isArray(dh['Percentiles'])) {
    for (const p of dh['Percentiles'] as Json[]) {
      const percentile = num(p['Percentile']);
      const value = num(p['Value']);
      if (percentile !== null && value !== null) stored.set(percentile, value);
    }
  }
  const latency = Object.fromEntries(
    Object.entries(PERCENTILES).map(([key, p]) => [key, ms(stored.get(p) ?? calcPercentile(histogram, p))]),
  ) as Record<keyof typeof PERCENTILES, number | null>;
  const avg = num(dh['Avg']) ?? (num(dh['Sum']) !== null ? num(dh['Sum'])! / count : null);
  const requested = data['RequestedQPS'];
  const runType = typeof data['RunType'] === 'string' ? (data['RunType'] as string) : null;
  const retCodes = isObject(data['RetCodes']) ? (data['RetCodes'] as Json) : null;
  const ok = retCodes ? (num(retCodes['200']) ?? num(retCodes['SERVING']) ?? num(retCodes['1'])) : null;
  const version = typeof data['Version'] === 'string' ? (data['Version'] as string) : null;
  const nighthawk = typeof data['Labels'] === 'string' && /nighthawk/i.test(data['Labels'] as string);
  const duration = num(data['ActualDuration']);
  return {
    file,
    tool: nighthawk ? 'nighthawk' : 'fortio',
    toolVersion: version,
    runType,
    startTime: typeof data['StartTime'] === 'string' ? (data['StartTime'] as string) : null,
    requestedQps: requested === 'max' ? null : num(requested),
    actualQps: num(data['ActualQPS']),
    connections: num(data['NumThreads']),
    count,
    // Only when the successes can be counted and do not exceed the calls (Nighthawk's transform
    // counts them from another source, so they can).
    errors: ok !== null && ok <= count ? count - ok : null,
    durationSeconds: duration === null ? null : duration / 1e9,
    latencyMs: { ...latency, avg: ms(avg), max: dh['Max'] === undefined ? null : ms(num(dh['Max'])) },
  };
}

/** "0.001205247s" → seconds. */
const protoDuration = (v: unknown): number | null => (typeof v === 'string' && /^-?\d+(\.\d+)?s$/.test(v) ? Number(v.slice(0, -1)) : null);

function nighthawkSummary(data: Json, file: string): LoadSummary {
  const results = data['results'] as Json[];
  const global = results.find((r) => r['name'] === 'global');
  if (!global) throw new LoadResultError('a Nighthawk result without a "global" result');
  const statistics = Array.isArray(global['statistics']) ? (global['statistics'] as Json[]) : [];
  const latency = statistics.find((s) => s['id'] === 'benchmark_http_client.request_to_response');
  if (!latency) throw new LoadResultError('a Nighthawk result without the benchmark_http_client.request_to_response statistic');
  const entries = (Array.isArray(latency['percentiles']) ? (latency['percentiles'] as Json[]) : [])
    .map((p) => ({ percentile: num(p['percentile']), seconds: protoDuration(p['duration']) }))
    .filter((p): p is { percentile: number; seconds: number } => p.percentile !== null && p.seconds !== null)
    .sort((a, b) => a.percentile - b.percentile);
  // Nighthawk's own rule: the first recorded percentile at or above the target.
  const at = (target: number) => entries.find((e) => e.percentile >= target)?.seconds ?? null;
  const counters = new Map(
    (Array.isArray(global['counters']) ? (global['counters'] as Json[]) : []).map((c) => [String(c['name']), num(c['value']) ?? 0]),
  );
  const options = isObject(data['options']) ? (data['options'] as Json) : {};
  const duration = protoDuration(global['execution_duration']);
  const responses = ['benchmark.http_2xx', 'benchmark.http_3xx', 'benchmark.http_4xx', 'benchmark.http_5xx'].reduce((n, c) => n + (counters.get(c) ?? 0), 0);
  // Failed requests; pool overflows are requests the client never sent, so they are not counted.
  const errorCounters = ['benchmark.http_4xx', 'benchmark.http_5xx', 'benchmark.pool_connection_failure', 'benchmark.stream_resets'];
  const workers = results.filter((r) => r['name'] !== 'global').length;
  const concurrency = num(options['concurrency']) ?? (workers > 0 ? workers : null);
  const rps = num(options['requests_per_second']);
  const version = isObject(data['version']) && isObject((data['version'] as Json)['version']) ? (data['version'] as Json)['version'] as Json : null;
  return {
    file,
    tool: 'nighthawk',
    toolVersion: version ? [version['major_number'] ?? 0, version['minor_number'] ?? 0, version['patch'] ?? 0].join('.') : null,
    runType: options['h2'] === true ? 'HTTP/2' : 'HTTP',
    startTime: typeof global['execution_start'] === 'string' ? (global['execution_start'] as string) : typeof data['timestamp'] === 'string' ? (data['timestamp'] as string) : null,
    requestedQps: rps !== null && concurrency !== null ? rps * concurrency : null,
    actualQps: duration && responses ? Math.round((responses / duration) * 1000) / 1000 : null,
    connections: num(options['connections']),
    count: num(latency['count']),
    errors: counters.size ? errorCounters.reduce((n, c) => n + (counters.get(c) ?? 0), 0) : null,
    durationSeconds: duration,
    latencyMs: {
      p50: ms(at(0.5)),
      p75: ms(at(0.75)),
      p90: ms(at(0.9)),
      p99: ms(at(0.99)),
      p999: ms(at(0.999)),
      avg: ms(protoDuration(latency['mean'])),
      max: ms(protoDuration(latency['max'])),
    },
  };
}
