/**
 * Property-based tests of `parseLoadResult`: whatever text it is given, it either returns a summary
 * that is safe to import (the invariants below) or throws `LoadResultError` with a one-line message;
 * never another exception, never a summary with negative, non-finite or out-of-order numbers.
 *
 * Inputs: (a) arbitrary strings, arbitrary JSON, and JSON shaped like Fortio and Nighthawk results
 * with arbitrary values in the fields the parser reads; (b) the real fixture files, parsed and then
 * mutated (numbers replaced, deleted, negated, scaled, stringified; keys dropped; elements swapped),
 * re-serialised and possibly truncated or prefixed with a byte-order mark.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoadResultError, parseLoadResult, type LoadSummary } from '../../../src/importer/loadResults';

const FIXTURES = 'tests/fixtures/load-results';
/** A fixed "now": after every fixture's start time, so the fixtures themselves are accepted. */
const NOW = new Date('2026-12-01T12:00:00Z');
const RUNS = 300;
const TIMEOUT = 30_000;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/** Every fixture that is a JSON object (load results and the JSON files the parser must refuse). */
const FIXTURE_JSON = walk(FIXTURES)
  .map((file) => {
    const text = readFileSync(file, 'utf8');
    try {
      return { file, text, data: JSON.parse(text) as unknown };
    } catch {
      return null;
    }
  })
  .filter((f): f is { file: string; text: string; data: unknown } => f !== null && typeof f.data === 'object' && f.data !== null);

const LATENCY_ORDER = ['p50', 'p75', 'p90', 'p99', 'p999', 'max'] as const;

/** Throws (with a reason) when a summary is not safe to import. */
function assertValid(s: LoadSummary): void {
  const fail = (why: string) => {
    throw new Error(`accepted an invalid summary (${why}): ${JSON.stringify(s)}`);
  };
  if (s.tool !== 'fortio' && s.tool !== 'nighthawk') fail('tool');
  if (s.count === null || !Number.isInteger(s.count) || s.count <= 0) fail('count is not a positive integer');
  if (s.errors !== null && !(Number.isInteger(s.errors) && s.errors >= 0 && s.errors <= s.count!)) fail('errors');
  if (s.connections !== null && !(Number.isInteger(s.connections) && s.connections > 0)) fail('connections');
  if (s.requestedQps !== null && !(Number.isFinite(s.requestedQps) && s.requestedQps > 0)) fail('requestedQps');
  if (s.actualQps !== null && !(Number.isFinite(s.actualQps) && s.actualQps >= 0)) fail('actualQps');
  if (s.durationSeconds !== null && !(Number.isFinite(s.durationSeconds) && s.durationSeconds >= 0)) fail('durationSeconds');
  for (const [key, value] of Object.entries(s.latencyMs)) {
    if (value !== null && !(Number.isFinite(value) && value >= 0)) fail(`latencyMs.${key}`);
  }
  const present = LATENCY_ORDER.map((key) => [key, s.latencyMs[key]] as const).filter(([, v]) => v !== null);
  for (let i = 1; i < present.length; i++) {
    if (present[i]![1]! < present[i - 1]![1]!) fail(`${present[i]![0]} below ${present[i - 1]![0]}`);
  }
  if (s.startTime !== null) {
    const t = Date.parse(s.startTime);
    if (!Number.isFinite(t)) fail('startTime is not a date');
    if (t > NOW.getTime()) fail('startTime is in the future');
  }
}

let accepted = 0;
let rejected = 0;
/** The property: a valid summary or a one-line LoadResultError, nothing else. */
function parsesSafely(text: string): void {
  let summary: LoadSummary;
  try {
    summary = parseLoadResult(text, 'prop.json', { now: NOW });
  } catch (error) {
    if (!(error instanceof LoadResultError)) {
      throw new Error(`threw ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`);
    }
    if (error.message.trim() === '' || /[\r\n]/.test(error.message)) throw new Error(`a LoadResultError that is not one line: ${JSON.stringify(error.message)}`);
    rejected++;
    return;
  }
  assertValid(summary);
  accepted++;
}

/* ------------------------------------------------------------------------------------------------
 * Values that break parsers: signs, zero, huge and tiny numbers, numbers as text, wrong types.
 */
const SPECIAL = fc.constantFrom<unknown>(
  0, -0, -1, 1, -0.001, 0.5, 2.5, -240000, 1e21, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2,
  '', ' ', '0', '-1', '-0.5', '2.5', '1e3', '1e400', 'NaN', 'Infinity', '0x10', 'abc', '12s', '-0.001s', '1e400s', '9'.repeat(400) + 's',
  '2099-01-01T00:00:00Z', '2019-02-30T00:00:00Z', 'not a date', 'max', 'auto',
  null, true, false, [], {}, [null], { Count: 1 },
);
const anyValue = fc.oneof(SPECIAL, fc.jsonValue({ maxDepth: 2 }), fc.double(), fc.integer(), fc.string({ maxLength: 8 }));
const timeText = fc
  .date({ min: new Date('1969-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/* ------------------------------------------------------------------------------------------------
 * (a) Arbitrary input.
 */
describe('parseLoadResult on arbitrary input', () => {
  it(
    'arbitrary strings (with and without a BOM) are summaries or LoadResultErrors',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), fc.boolean(), (text, bom) => parsesSafely(bom ? `\uFEFF${text}` : text)),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'arbitrary JSON values are summaries or LoadResultErrors',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => parsesSafely(JSON.stringify(value) ?? 'null')),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'JSON shaped like a Fortio result, with arbitrary values, is a summary or a LoadResultError',
    () => {
      const num = fc.oneof({ weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 3, arbitrary: fc.nat(100) }, { weight: 2, arbitrary: anyValue });
      const bucket = fc.record({ Start: num, End: num, Percent: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), anyValue), Count: num }, { requiredKeys: [] });
      const percentile = fc.record({ Percentile: fc.oneof(fc.constantFrom(50, 75, 90, 99, 99.9), anyValue), Value: num }, { requiredKeys: [] });
      const fortio = fc.record(
        {
          DurationHistogram: fc.oneof(
            { weight: 5, arbitrary: fc.record({ Count: num, Min: num, Max: num, Sum: num, Avg: num, Data: fc.oneof(fc.array(bucket, { maxLength: 6 }), anyValue), Percentiles: fc.oneof(fc.array(percentile, { maxLength: 6 }), anyValue) }, { requiredKeys: [] }) },
            { weight: 1, arbitrary: anyValue },
          ),
          StartTime: fc.oneof(timeText, anyValue),
          RequestedQPS: num,
          ActualQPS: num,
          ActualDuration: num,
          NumThreads: num,
          RunType: anyValue,
          Labels: fc.oneof(fc.constant('nighthawk'), anyValue),
          Version: anyValue,
          RetCodes: fc.oneof(fc.record({ '200': num, SERVING: num, '1': num }, { requiredKeys: [] }), anyValue),
        },
        { requiredKeys: ['DurationHistogram'] },
      );
      fc.assert(fc.property(fortio, (value) => parsesSafely(JSON.stringify(value))), { numRuns: RUNS });
    },
    TIMEOUT,
  );

  it(
    'JSON shaped like a Nighthawk result, with arbitrary values, is a summary or a LoadResultError',
    () => {
      const duration = fc.oneof({ weight: 3, arbitrary: fc.double({ min: 0, max: 2, noNaN: true }).map((s) => `${s}s`) }, { weight: 1, arbitrary: anyValue });
      const count = fc.oneof({ weight: 3, arbitrary: fc.nat(1000).map(String) }, { weight: 1, arbitrary: anyValue });
      const entry = fc.record({ percentile: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), anyValue), count, duration }, { requiredKeys: [] });
      const statistic = fc.record(
        { id: fc.oneof(fc.constant('benchmark_http_client.request_to_response'), anyValue), count, percentiles: fc.oneof(fc.array(entry, { maxLength: 8 }), anyValue), mean: duration, max: duration },
        { requiredKeys: [] },
      );
      const counterNames = fc.constantFrom('benchmark.http_2xx', 'benchmark.http_3xx', 'benchmark.http_4xx', 'benchmark.http_5xx', 'benchmark.pool_connection_failure', 'benchmark.stream_resets', 'upstream_rq_total');
      const counter = fc.record({ name: fc.oneof(counterNames, anyValue), value: count }, { requiredKeys: [] });
      const result = fc.oneof(
        fc.record(
          {
            name: fc.oneof(fc.constantFrom('global', 'worker_0'), anyValue),
            statistics: fc.oneof(fc.array(fc.oneof({ weight: 4, arbitrary: statistic }, { weight: 1, arbitrary: anyValue }), { maxLength: 3 }), anyValue),
            counters: fc.oneof(fc.array(fc.oneof({ weight: 4, arbitrary: counter }, { weight: 1, arbitrary: anyValue }), { maxLength: 5 }), anyValue),
            execution_duration: duration,
            execution_start: fc.oneof(timeText, anyValue),
          },
          { requiredKeys: [] },
        ),
        anyValue,
      );
      const nighthawk = fc.record(
        {
          results: fc.array(result, { maxLength: 3 }),
          options: fc.oneof(fc.record({ connections: anyValue, concurrency: anyValue, requests_per_second: anyValue, h2: anyValue }, { requiredKeys: [] }), anyValue),
          timestamp: fc.oneof(timeText, anyValue),
          version: anyValue,
        },
        { requiredKeys: ['results'] },
      );
      fc.assert(fc.property(nighthawk, (value) => parsesSafely(JSON.stringify(value))), { numRuns: RUNS });
    },
    TIMEOUT,
  );
});

/* ------------------------------------------------------------------------------------------------
 * (b) Mutations of the real fixture files.
 */
type Path = (string | number)[];
type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every node below the root, as the path of keys that leads to it. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...prefix, i]), pathsOf(v, [...prefix, i], out)));
  else if (isContainer(value)) for (const [k, v] of Object.entries(value)) (out.push([...prefix, k]), pathsOf(v, [...prefix, k], out));
  return out;
}

/** The fields the parser reads; mutations pick one of these half of the time. */
const READ_KEYS = new Set([
  'DurationHistogram', 'Count', 'Min', 'Max', 'Sum', 'Avg', 'Data', 'Start', 'End', 'Percent', 'Percentiles', 'Percentile', 'Value',
  'StartTime', 'RequestedQPS', 'ActualQPS', 'ActualDuration', 'NumThreads', 'RetCodes', '200', 'Labels', 'Version', 'RunType', 'Error',
  'results', 'name', 'statistics', 'id', 'count', 'percentiles', 'percentile', 'duration', 'mean', 'max', 'counters', 'value',
  'execution_duration', 'execution_start', 'timestamp', 'options', 'connections', 'concurrency', 'requests_per_second', 'version',
]);

type Mutation =
  | { kind: 'delete' }
  | { kind: 'negate' }
  | { kind: 'stringify' }
  | { kind: 'numberify' }
  | { kind: 'scale'; factor: number }
  | { kind: 'replace'; value: unknown }
  | { kind: 'swap'; other: number };

const mutationArb: fc.Arbitrary<{ pick: number; readField: boolean; op: Mutation }> = fc.record({
  pick: fc.nat(),
  readField: fc.boolean(),
  op: fc.oneof(
    fc.constant<Mutation>({ kind: 'delete' }),
    fc.constant<Mutation>({ kind: 'negate' }),
    fc.constant<Mutation>({ kind: 'stringify' }),
    fc.constant<Mutation>({ kind: 'numberify' }),
    fc.constantFrom(0, -1, 0.5, 2, 1000, 1e-9, 1e9, 1e300).map((factor): Mutation => ({ kind: 'scale', factor })),
    SPECIAL.map((value): Mutation => ({ kind: 'replace', value })),
    anyValue.map((value): Mutation => ({ kind: 'replace', value })),
    timeText.map((value): Mutation => ({ kind: 'replace', value })),
    fc.nat().map((other): Mutation => ({ kind: 'swap', other })),
  ),
});

function mutate(root: unknown, { pick, readField, op }: { pick: number; readField: boolean; op: Mutation }): void {
  const all = pathsOf(root);
  const read = all.filter((p) => READ_KEYS.has(String(p[p.length - 1])));
  const candidates = readField && read.length ? read : all;
  if (!candidates.length) return;
  const path = candidates[pick % candidates.length]!;
  let parent = root as Container;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key] as Container;
  const key = path[path.length - 1]!;
  const holder = parent as Record<string | number, unknown>;
  const current = holder[key];
  switch (op.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete holder[key];
      break;
    case 'negate':
      if (typeof current === 'number') holder[key] = -current;
      else if (typeof current === 'string') holder[key] = current.startsWith('-') ? current.slice(1) : `-${current}`;
      break;
    case 'stringify':
      if (typeof current === 'number') holder[key] = String(current);
      break;
    case 'numberify':
      if (typeof current === 'string' && current.trim() !== '' && Number.isFinite(Number(current))) holder[key] = Number(current);
      break;
    case 'scale':
      if (typeof current === 'number') holder[key] = current * op.factor;
      else if (typeof current === 'string' && Number.isFinite(Number(current)) && current.trim() !== '') holder[key] = String(Number(current) * op.factor);
      break;
    case 'replace':
      holder[key] = structuredClone(op.value);
      break;
    case 'swap':
      if (Array.isArray(parent) && parent.length > 1) {
        const other = op.other % parent.length;
        [parent[Number(key)], parent[other]] = [parent[other], parent[Number(key)]];
      }
      break;
  }
}

const textArb = fc.record({
  pretty: fc.boolean(),
  bom: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  crlf: fc.boolean(),
  truncate: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }),
});

function render(data: unknown, t: { pretty: boolean; bom: boolean; crlf: boolean; truncate: number | null }): string {
  let text = JSON.stringify(data, null, t.pretty ? 2 : undefined) ?? '';
  if (t.crlf) text = text.replace(/\n/g, '\r\n');
  if (t.truncate !== null) text = text.slice(0, Math.floor(text.length * t.truncate));
  return t.bom ? `\uFEFF${text}` : text;
}

describe('parseLoadResult on mutated real fixtures', () => {
  it('has fixtures to mutate', () => {
    expect(FIXTURE_JSON.length).toBeGreaterThanOrEqual(45);
  });

  it(
    'every fixture, unchanged, is accepted as valid or refused with a LoadResultError',
    () => {
      for (const { text } of FIXTURE_JSON) parsesSafely(text);
    },
    TIMEOUT,
  );

  it('a byte-order mark or CRLF line endings change nothing: same summary, or the same refusal', () => {
    const outcome = (text: string) => {
      try {
        return parseLoadResult(text, 'f.json', { now: NOW });
      } catch (error) {
        return { refused: (error as Error).message };
      }
    };
    for (const { file, text } of FIXTURE_JSON) {
      const plain = outcome(text);
      expect(outcome(`\uFEFF${text}`), file).toEqual(plain);
      expect(outcome(text.replace(/\n/g, '\r\n')), file).toEqual(plain);
      expect(outcome(`\uFEFF${text.replace(/\n/g, '\r\n')}`), file).toEqual(plain);
    }
  }, TIMEOUT);

  it(
    'a fixture with one to four random mutations is a valid summary or a LoadResultError',
    () => {
      const before = { accepted, rejected };
      fc.assert(
        fc.property(fc.nat(FIXTURE_JSON.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), textArb, (index, mutations, t) => {
          const data = structuredClone(FIXTURE_JSON[index]!.data);
          for (const m of mutations) mutate(data, m);
          parsesSafely(render(data, t));
        }),
        { numRuns: 500 },
      );
      // Both outcomes happen: the mutations are not all fatal, and not all harmless.
      expect(accepted - before.accepted).toBeGreaterThan(RUNS / 10);
      expect(rejected - before.rejected).toBeGreaterThan(RUNS / 10);
    },
    TIMEOUT,
  );
});
