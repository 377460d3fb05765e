/**
 * Reads load-test result files — Fortio JSON (any version), Nighthawk's Fortio-format output (with or
 * without its "quirks": counts as strings) and Nighthawk's native JSON — into one summary shape, in
 * milliseconds. Percentiles a Fortio file stores are used as stored; missing ones are computed from
 * the histogram exactly as Fortio's `HistogramData.CalcPercentile` does. Pure: text in, summary out.
 *
 * A file that cannot be a real run is refused with a `LoadResultError` whose one-line message names
 * the field: counts that are negative, zero or fractional; a histogram whose buckets hold no calls;
 * negative or non-finite latencies and durations; percentiles out of order; a start time that is not
 * a date or lies in the future; negative or zero request rates; connections that are not a positive
 * whole number. A summary that is returned always has a positive whole `count`, `errors` between 0
 * and `count`, finite non-negative latencies with p50 ≤ p75 ≤ p90 ≤ p99 ≤ p99.9 ≤ max (where present)
 * and a start time that is not after `now`.
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
export class LoadResultError extends Error {
  override name = 'LoadResultError';
}

export interface ParseOptions {
  /** The current time, for refusing start times in the future (default: the clock). */
  now?: Date;
}

const PERCENTILES = { p50: 50, p75: 75, p90: 90, p99: 99, p999: 99.9 } as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as it can be quoted in a one-line message. */
function show(v: unknown): string {
  const text = typeof v === 'string' || typeof v === 'number' ? JSON.stringify(v) : Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'an object' : String(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
const refuse = (message: string): never => {
  throw new LoadResultError(message);
};

/** Decimal numbers as proto JSON writes uint64 and as some tools quote them: "53", "-1.5", "1e3". */
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A number that may arrive as a decimal string (proto uint64 in Nighthawk output); null when the
 * field is absent (or JSON null). Anything else in the field is refused, naming the field.
 */
function numberAt(obj: Json, key: string, field: string): number | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' && DECIMAL.test(v.trim()) ? Number(v.trim()) : Number.NaN;
  if (Number.isNaN(n) || (typeof v !== 'number' && typeof v !== 'string')) refuse(`${field} is not a number (${show(v)})`);
  if (!Number.isFinite(n)) refuse(`${field} is too large (${show(v)})`);
  return n;
}
function nonNegative(n: number | null, field: string): number | null {
  if (n !== null && n < 0) refuse(`${field} is negative (${n})`);
  return n;
}
function wholeNonNegative(n: number | null, field: string): number | null {
  nonNegative(n, field);
  if (n !== null && !Number.isInteger(n)) refuse(`${field} is not a whole number (${n})`);
  return n;
}
function positiveWhole(n: number | null, field: string, what: string): number | null {
  wholeNonNegative(n, field);
  if (n === 0) refuse(`${field} is 0; ${what}`);
  return n;
}
/** A request rate: positive when stated. */
function rate(n: number | null, field: string): number | null {
  nonNegative(n, field);
  if (n === 0) refuse(`${field} is 0 (an unlimited rate is written "max")`);
  return n;
}
/** Seconds → milliseconds, rounded to the nanosecond; refuses what cannot be a latency. */
function ms(seconds: number | null, field: string): number | null {
  if (seconds === null) return null;
  nonNegative(seconds, field);
  const value = Math.round(seconds * 1e9) / 1e6;
  if (!Number.isFinite(value)) refuse(`${field} is too large (${seconds} s)`);
  return value;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/i;
/** A start time: an RFC 3339 date-time that is not after `now`; null when absent. */
function startTimeAt(obj: Json, key: string, field: string, now: Date): string | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  const m = typeof v === 'string' ? RFC3339.exec(v) : null;
  const [year, month, day, hour, minute, second] = (m ? m.slice(1, 7) : []).map(Number);
  const real =
    m !== null &&
    new Date(Date.UTC(year!, month! - 1, day!)).getUTCDate() === day &&
    month! >= 1 && month! <= 12 && hour! <= 23 && minute! <= 59 && second! <= 60 &&
    (m[9] === undefined || (Number(m[9]) <= 23 && Number(m[10]) <= 59));
  const time = real ? Date.parse(v as string) : Number.NaN;
  if (!Number.isFinite(time)) refuse(`${field} is not a date-time (${show(v)})`);
  if (time > now.getTime()) refuse(`${field} ${v as string} is in the future (now is ${now.toISOString()})`);
  return v as string;
}

/** Refuses latencies out of order: p50 ≤ p75 ≤ p90 ≤ p99 ≤ p99.9 ≤ max, among those present. */
function checkOrder(latency: LoadSummary['latencyMs'], where: string): void {
  const ordered = (['p50', 'p75', 'p90', 'p99', 'p999', 'max'] as const).filter((key) => latency[key] !== null);
  for (let i = 1; i < ordered.length; i++) {
    const [low, high] = [ordered[i - 1]!, ordered[i]!];
    if (latency[high]! < latency[low]!) refuse(`${where}: ${high} (${latency[high]} ms) is below ${low} (${latency[low]} ms); the latencies are out of order`);
  }
}

export function parseLoadResult(text: string, file: string, options: ParseOptions = {}): LoadSummary {
  const now = options.now ?? new Date();
  // A UTF-8 byte-order mark (as some Windows editors write) is not part of the JSON.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') throw new LoadResultError('the file is empty');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const lines = body.trim().split('\n').filter((line) => line.trim());
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
  if ('Error' in data) {
    const error = data['Error'];
    throw new LoadResultError(`a failed run: ${typeof error === 'string' ? (error.split(/\r?\n/)[0] ?? '').trim() : show(error)}`);
  }
  if (isObject(data['DurationHistogram'])) return fortioSummary(data, file, now);
  if (Array.isArray(data['results'])) return nighthawkSummary(data, file, now);
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

function fortioSummary(data: Json, file: string, now: Date): LoadSummary {
  const H = 'DurationHistogram';
  const dh = data[H] as Json;
  const count = positiveWhole(numberAt(dh, 'Count', `${H}.Count`), `${H}.Count`, 'the run recorded no calls');
  const rawData = dh['Data'];
  if (count === null || !Array.isArray(rawData) || rawData.length === 0) throw new LoadResultError('the DurationHistogram has no Count or no Data');
  // Go decodes absent fields as 0, and Fortio computes with that; so do we.
  let previousPercent = 0;
  const buckets = rawData.map((b: unknown, i): Bucket => {
    const at = `${H}.Data[${i}]`;
    if (!isObject(b)) return refuse(`${at} is not a bucket (${show(b)})`);
    const bucket = {
      Start: nonNegative(numberAt(b, 'Start', `${at}.Start`), `${at}.Start`) ?? 0,
      End: nonNegative(numberAt(b, 'End', `${at}.End`), `${at}.End`) ?? 0,
      Percent: nonNegative(numberAt(b, 'Percent', `${at}.Percent`), `${at}.Percent`) ?? 0,
      Count: wholeNonNegative(numberAt(b, 'Count', `${at}.Count`), `${at}.Count`) ?? 0,
    };
    if (bucket.End < bucket.Start) refuse(`${at}.End (${bucket.End}) is below its Start (${bucket.Start})`);
    if (bucket.Percent > 100) refuse(`${at}.Percent is above 100 (${bucket.Percent})`);
    if (bucket.Percent < previousPercent) refuse(`${at}.Percent (${bucket.Percent}) is below the previous bucket's (${previousPercent}); the percents are cumulative`);
    previousPercent = bucket.Percent;
    return bucket;
  });
  // Without calls in the buckets every percentile would come out as Min.
  if (buckets.reduce((n, b) => n + b.Count, 0) === 0) refuse(`${H}.Data: the bucket counts sum to 0 (no calls recorded)`);
  const min = nonNegative(numberAt(dh, 'Min', `${H}.Min`), `${H}.Min`);
  const max = nonNegative(numberAt(dh, 'Max', `${H}.Max`), `${H}.Max`);
  if (min !== null && max !== null && max < min) refuse(`${H}.Max (${max}) is below ${H}.Min (${min})`);
  const histogram: Histogram = { Count: count, Min: min ?? 0, Max: max ?? 0, Data: buckets };
  const stored = new Map<number, { value: number; field: string }>();
  const percentiles = dh['Percentiles'];
  if (Array.isArray(percentiles)) {
    percentiles.forEach((p: unknown, i) => {
      const at = `${H}.Percentiles[${i}]`;
      if (!isObject(p)) return refuse(`${at} is not a percentile (${show(p)})`);
      const percentile = numberAt(p, 'Percentile', `${at}.Percentile`);
      const value = nonNegative(numberAt(p, 'Value', `${at}.Value`), `${at}.Value`);
      if (percentile !== null && value !== null) stored.set(percentile, { value, field: `${at}.Value` });
    });
  }
  const latency = Object.fromEntries(
    Object.entries(PERCENTILES).map(([key, p]) => {
      const value = stored.get(p);
      return [key, value ? ms(value.value, value.field) : ms(calcPercentile(histogram, p), `${H} p${p}`)];
    }),
  ) as Record<keyof typeof PERCENTILES, number | null>;
  const sum = nonNegative(numberAt(dh, 'Sum', `${H}.Sum`), `${H}.Sum`);
  const avg = nonNegative(numberAt(dh, 'Avg', `${H}.Avg`), `${H}.Avg`) ?? (sum !== null ? sum / count : null);
  const requested = data['RequestedQPS'];
  const runType = typeof data['RunType'] === 'string' ? data['RunType'] : null;
  const retCodes = isObject(data['RetCodes']) ? data['RetCodes'] : null;
  const okAt = (key: string) => (retCodes ? wholeNonNegative(numberAt(retCodes, key, `RetCodes.${key}`), `RetCodes.${key}`) : null);
  const ok = retCodes ? (okAt('200') ?? okAt('SERVING') ?? okAt('1')) : null;
  const version = typeof data['Version'] === 'string' ? data['Version'] : null;
  const nighthawk = typeof data['Labels'] === 'string' && /nighthawk/i.test(data['Labels']);
  const duration = nonNegative(numberAt(data, 'ActualDuration', 'ActualDuration'), 'ActualDuration');
  const summary: LoadSummary = {
    file,
    tool: nighthawk ? 'nighthawk' : 'fortio',
    toolVersion: version,
    runType,
    startTime: startTimeAt(data, 'StartTime', 'StartTime', now),
    requestedQps: requested === 'max' ? null : rate(numberAt(data, 'RequestedQPS', 'RequestedQPS'), 'RequestedQPS'),
    actualQps: nonNegative(numberAt(data, 'ActualQPS', 'ActualQPS'), 'ActualQPS'),
    connections: positiveWhole(numberAt(data, 'NumThreads', 'NumThreads'), 'NumThreads', 'a run needs at least one connection'),
    count,
    // Only when the successes can be counted and do not exceed the calls (Nighthawk's transform
    // counts them from another source, so they can).
    errors: ok !== null && ok <= count ? count - ok : null,
    durationSeconds: duration === null ? null : duration / 1e9,
    latencyMs: { ...latency, avg: ms(avg, `${H}.Avg`), max: ms(max, `${H}.Max`) },
  };
  checkOrder(summary.latencyMs, H);
  return summary;
}

/** "0.001205247s" → seconds; null when absent; anything else is refused, naming the field. */
function durationAt(obj: Json, key: string, field: string): number | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  const seconds = typeof v === 'string' && /^-?\d+(\.\d+)?s$/.test(v) ? Number(v.slice(0, -1)) : Number.NaN;
  if (Number.isNaN(seconds)) refuse(`${field} is not a duration like "0.0012s" (${show(v)})`);
  if (!Number.isFinite(seconds)) refuse(`${field} is too large (${show(v)})`);
  return nonNegative(seconds, field);
}

const LATENCY_STATISTIC = 'benchmark_http_client.request_to_response';

function nighthawkSummary(data: Json, file: string, now: Date): LoadSummary {
  const results = data['results'] as unknown[];
  const global = results.find((r): r is Json => isObject(r) && r['name'] === 'global');
  if (!global) throw new LoadResultError('a Nighthawk result without a "global" result');
  const G = 'results[global]';
  const statistics = Array.isArray(global['statistics']) ? global['statistics'] : [];
  const latency = statistics.find((s): s is Json => isObject(s) && s['id'] === LATENCY_STATISTIC);
  if (!latency) throw new LoadResultError(`a Nighthawk result without the ${LATENCY_STATISTIC} statistic`);
  const S = `${G}.statistics[${LATENCY_STATISTIC}]`;
  // Proto3 JSON leaves out zero values, so an absent count is a count of 0.
  const count = positiveWhole(numberAt(latency, 'count', `${S}.count`) ?? 0, `${S}.count`, 'the run measured no requests');
  const entries = (Array.isArray(latency['percentiles']) ? latency['percentiles'] : [])
    .map((p: unknown, i) => {
      const at = `${S}.percentiles[${i}]`;
      if (!isObject(p)) return refuse(`${at} is not a percentile (${show(p)})`);
      const percentile = numberAt(p, 'percentile', `${at}.percentile`);
      if (percentile !== null && percentile > 1) refuse(`${at}.percentile is above 1 (${percentile}); Nighthawk writes fractions`);
      return { percentile: nonNegative(percentile, `${at}.percentile`), seconds: durationAt(p, 'duration', `${at}.duration`), field: `${at}.duration` };
    })
    .filter((p): p is { percentile: number; seconds: number; field: string } => p.percentile !== null && p.seconds !== null)
    .sort((a, b) => a.percentile - b.percentile);
  for (let i = 1; i < entries.length; i++) {
    const [low, high] = [entries[i - 1]!, entries[i]!];
    if (high.seconds < low.seconds) refuse(`${high.field} (${high.seconds}s at ${high.percentile}) is below the one at percentile ${low.percentile} (${low.seconds}s); the latencies are out of order`);
  }
  // Nighthawk's own rule: the first recorded percentile at or above the target.
  const at = (target: number) => entries.find((e) => e.percentile >= target) ?? null;
  const msAt = (target: number) => {
    const entry = at(target);
    return entry ? ms(entry.seconds, entry.field) : null;
  };
  const counters = new Map<string, number>();
  (Array.isArray(global['counters']) ? global['counters'] : []).forEach((c: unknown, i) => {
    if (!isObject(c)) return refuse(`${G}.counters[${i}] is not a counter (${show(c)})`);
    const name = typeof c['name'] === 'string' ? c['name'] : String(i);
    counters.set(name, wholeNonNegative(numberAt(c, 'value', `${G}.counters[${name}].value`), `${G}.counters[${name}].value`) ?? 0);
  });
  const options = isObject(data['options']) ? data['options'] : {};
  const duration = durationAt(global, 'execution_duration', `${G}.execution_duration`);
  const responses = ['benchmark.http_2xx', 'benchmark.http_3xx', 'benchmark.http_4xx', 'benchmark.http_5xx'].reduce((n, c) => n + (counters.get(c) ?? 0), 0);
  // Failed requests; pool overflows are requests the client never sent, so they are not counted.
  const errorCounters = ['benchmark.http_4xx', 'benchmark.http_5xx', 'benchmark.pool_connection_failure', 'benchmark.stream_resets'];
  const errors = counters.size ? errorCounters.reduce((n, c) => n + (counters.get(c) ?? 0), 0) : null;
  const workers = results.filter((r) => isObject(r) && r['name'] !== 'global').length;
  // "auto" (one worker per core) says nothing about the number; then the worker results do.
  const concurrency = options['concurrency'] === 'auto' ? null : positiveWhole(numberAt(options, 'concurrency', 'options.concurrency'), 'options.concurrency', 'a run needs at least one worker');
  const workerCount = concurrency ?? (workers > 0 ? workers : null);
  const rps = rate(numberAt(options, 'requests_per_second', 'options.requests_per_second'), 'options.requests_per_second');
  const requestedQps = rps !== null && workerCount !== null ? rps * workerCount : null;
  if (requestedQps !== null && !Number.isFinite(requestedQps)) refuse(`options.requests_per_second is too large (${rps})`);
  const actualQps = duration && responses ? Math.round((responses / duration) * 1000) / 1000 : null;
  if (actualQps !== null && !Number.isFinite(actualQps)) refuse(`${G}.execution_duration (${duration}s) is too short for ${responses} responses`);
  const version = isObject(data['version']) && isObject(data['version']['version']) ? data['version']['version'] : null;
  const versionPart = (key: string) => (version && (typeof version[key] === 'number' || typeof version[key] === 'string') ? String(version[key]) : '0');
  const summary: LoadSummary = {
    file,
    tool: 'nighthawk',
    toolVersion: version ? ['major_number', 'minor_number', 'patch'].map(versionPart).join('.') : null,
    runType: options['h2'] === true ? 'HTTP/2' : 'HTTP',
    startTime: global['execution_start'] !== undefined && global['execution_start'] !== null ? startTimeAt(global, 'execution_start', `${G}.execution_start`, now) : startTimeAt(data, 'timestamp', 'timestamp', now),
    requestedQps,
    actualQps,
    connections: positiveWhole(numberAt(options, 'connections', 'options.connections'), 'options.connections', 'a run needs at least one connection'),
    count,
    // Connection failures and stream resets are failed requests that got no response, so they are
    // not in the latency count; when they outnumber it, the file cannot give errors per call.
    errors: errors !== null && errors <= count! ? errors : null,
    durationSeconds: duration,
    latencyMs: {
      p50: msAt(0.5),
      p75: msAt(0.75),
      p90: msAt(0.9),
      p99: msAt(0.99),
      p999: msAt(0.999),
      avg: ms(durationAt(latency, 'mean', `${S}.mean`), `${S}.mean`),
      max: ms(durationAt(latency, 'max', `${S}.max`), `${S}.max`),
    },
  };
  checkOrder(summary.latencyMs, S);
  return summary;
}
