/** Benchmark units and metric ids (public data API v1). Re-exported by `vocab.ts`. */

/** Units a benchmark result may be stated in. */
export const UNITS = ['ms', 'MB', 'MiB', 'vCPU', 'percent', 'qps', 'qps/core', 'cpu-ms'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * Benchmark metric ids (public data API v1) with their unit, label and, for latency percentiles,
 * the percentile used to check ordering (p50 ≤ p90 ≤ p99 ≤ p99.9 ≤ max). `signed` metrics are
 * differences and may be negative; every other metric is a quantity and may not. `relative`
 * metrics compare with another mesh, named by the result's `relativeTo`.
 */
export const METRICS = {
  latency_p50_ms: { unit: 'ms', label: 'Latency p50', percentile: 50 },
  latency_p90_ms: { unit: 'ms', label: 'Latency p90', percentile: 90 },
  latency_p99_ms: { unit: 'ms', label: 'Latency p99', percentile: 99 },
  latency_p999_ms: { unit: 'ms', label: 'Latency p99.9', percentile: 99.9 },
  latency_max_ms: { unit: 'ms', label: 'Latency max', percentile: 100 },
  added_latency_p50_ms: { unit: 'ms', label: 'Added latency p50 (vs no mesh)', percentile: 50, signed: true },
  added_latency_p90_ms: { unit: 'ms', label: 'Added latency p90 (vs no mesh)', percentile: 90, signed: true },
  added_latency_p99_ms: { unit: 'ms', label: 'Added latency p99 (vs no mesh)', percentile: 99, signed: true },
  added_latency_max_ms: { unit: 'ms', label: 'Added latency max (vs no mesh)', percentile: 100, signed: true },
  memory_per_pod_mb: { unit: 'MB', label: 'Memory per pod' },
  memory_per_node_mb: { unit: 'MB', label: 'Memory per node' },
  memory_total_mib: { unit: 'MiB', label: 'Total data-plane memory' },
  proxy_memory_max_mb: { unit: 'MB', label: 'Largest data-plane proxy memory' },
  control_plane_memory_mb: { unit: 'MB', label: 'Control-plane memory' },
  proxy_cpu_ms: { unit: 'cpu-ms', label: 'Data-plane proxy CPU time' },
  cpu_vcpu_per_1000_rps: { unit: 'vCPU', label: 'CPU per 1,000 requests/s' },
  memory_mb_per_1000_rps: { unit: 'MB', label: 'Memory per 1,000 requests/s' },
  throughput_change_pct: { unit: 'percent', label: 'Throughput change vs no mesh', signed: true },
  qps_per_core: { unit: 'qps/core', label: 'Queries per second per core' },
  qps_relative_pct: { unit: 'percent', label: 'Queries served, relative to the other mesh', relative: true, signed: true },
  latency_tail_relative_pct: { unit: 'percent', label: 'Tail latency, relative to the other mesh', relative: true, signed: true },
  cpu_relative_pct: { unit: 'percent', label: 'CPU used, relative to the other mesh', relative: true, signed: true },
  latency_p99_relative_ms: { unit: 'ms', label: 'p99 latency, difference from the other mesh', relative: true, signed: true },
  throughput_change_across_releases_pct: { unit: 'percent', label: 'Throughput change across releases', signed: true },
} as const satisfies Record<string, { unit: Unit; label: string; percentile?: number; signed?: true; relative?: true }>;
export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = /* @__PURE__ */ Object.keys(METRICS) as [MetricId, ...MetricId[]];
