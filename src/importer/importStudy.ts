/**
 * Turns load-result summaries into benchmark-study content: results with units, the conditions the
 * files tell, and, for a new study, the frontmatter around them. Merging never overwrites what a person
 * wrote: results for the same mesh, variant and load are replaced; stated conditions are kept.
 */
import type { LoadSummary } from './loadResults';
import { STATED_CONDITION_KEYS } from '../schemas/benchmark';

type Raw = Record<string, unknown>;

export interface ImportTarget {
  study: string;
  mesh: string;
  variant: string;
  today: string;
}

export interface NewStudy {
  title: string;
  publisher: string;
  url: string;
}

/** The load point of a run, as the scenario of its results: "1000 rps, 64 connections". */
export function scenarioOf(summary: LoadSummary): string {
  const rate = summary.requestedQps === null ? 'max rate' : `${summary.requestedQps} rps`;
  return summary.connections === null ? rate : `${rate}, ${summary.connections} connections`;
}

const METRIC_OF = { p50: 'latency_p50_ms', p90: 'latency_p90_ms', p99: 'latency_p99_ms', p999: 'latency_p999_ms', max: 'latency_max_ms' } as const;

/** Result entries (benchmark schema shape) for one run. */
export function resultsOf(summary: LoadSummary, target: ImportTarget): Raw[] {
  return (Object.keys(METRIC_OF) as (keyof typeof METRIC_OF)[])
    .filter((key) => summary.latencyMs[key] !== null)
    .map((key) => ({
      mesh: target.mesh,
      variant: target.variant,
      scenario: scenarioOf(summary),
      metric: METRIC_OF[key],
      value: summary.latencyMs[key],
      unit: 'ms',
      note: `Imported from ${summary.file.split(/[\\/]/).pop()} (${summary.tool}${summary.toolVersion ? ` ${summary.toolVersion}` : ''}).`,
    }));
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

/** Conditions the result files tell (everything else stays "not stated"). */
export function conditionsOf(summaries: LoadSummary[]): Raw {
  const join = (values: (string | null)[]) => (unique(values).length ? unique(values).join('; ') : null);
  return {
    loadTool: join(summaries.map((s) => `${s.tool === 'fortio' ? 'Fortio' : 'Nighthawk'}${s.toolVersion ? ` ${s.toolVersion}` : ''}`)),
    requestRate: join(summaries.map((s) => (s.requestedQps === null ? 'max rate' : `${s.requestedQps} rps`))),
    connections: join(summaries.map((s) => (s.connections === null ? null : String(s.connections)))),
    protocol: join(summaries.map((s) => s.runType)),
    duration: join(summaries.map((s) => (s.durationSeconds === null ? null : `${Math.round(s.durationSeconds)} s per run`))),
  };
}

const EMPTY_CONDITIONS = Object.fromEntries(STATED_CONDITION_KEYS.map((k) => [k, null]));

export interface MergeResult {
  data: Raw;
  changes: string[];
}

/**
 * Merges runs into a study's frontmatter (`existing`), or builds a new study when `existing` is
 * null (then `create` is required).
 */
export function mergeIntoStudy(existing: Raw | null, summaries: LoadSummary[], target: ImportTarget, create?: NewStudy, sourceId?: string): MergeResult {
  const changes: string[] = [];
  let data: Raw;
  if (existing) {
    data = structuredClone(existing);
  } else {
    if (!create || !sourceId) throw new Error('a new study needs a title, a publisher and the URL of its raw results');
    const dates = unique(summaries.map((s) => (s.startTime ? s.startTime.slice(0, 10) : null))).sort();
    data = {
      title: create.title,
      publisher: create.publisher,
      vendorOf: [],
      date: dates[0] ?? target.today,
      verified: target.today,
      summary: `Load-test results imported from ${summaries.length} ${summaries[0]?.tool === 'nighthawk' ? 'Nighthawk' : 'Fortio'} result file(s).`,
      sources: [sourceId],
      conditions: { ...EMPTY_CONDITIONS },
      results: [],
      caveats: [
        'Imported from load-tool result files: cluster, nodes, encryption and L7 policy are not stated until someone writes them in.',
      ],
      charts: [{ id: `${target.study}-latency`, title: 'Latency percentiles per mesh and load', metrics: ['latency_p50_ms', 'latency_p90_ms', 'latency_p99_ms'] }],
    };
    changes.push(`created study "${target.study}"`);
  }
  const conditions = (data['conditions'] ?? { ...EMPTY_CONDITIONS }) as Raw;
  for (const [key, value] of Object.entries(conditionsOf(summaries))) {
    if (value !== null && (conditions[key] === null || conditions[key] === undefined)) {
      conditions[key] = value;
      changes.push(`conditions.${key}: ${value}`);
    }
  }
  data['conditions'] = conditions;
  const incoming = summaries.flatMap((s) => resultsOf(s, target));
  const key = (r: Raw) => [r['mesh'], r['variant'] ?? 'default', r['scenario'] ?? 'default', r['metric']].join('\u0000');
  const incomingKeys = new Set(incoming.map(key));
  const kept = ((data['results'] ?? []) as Raw[]).filter((r) => !incomingKeys.has(key(r)));
  const replaced = ((data['results'] ?? []) as Raw[]).length - kept.length;
  data['results'] = [...kept, ...incoming];
  changes.push(`results: ${incoming.length - replaced} added, ${replaced} replaced (${target.mesh}${target.variant !== 'default' ? `, ${target.variant}` : ''})`);
  return { data, changes };
}
