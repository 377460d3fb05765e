/**
 * Fixed vocabularies shared by the content schemas, the integrity checks and the pages.
 * Each list is the single place a value is allowed; the schemas build `z.enum()` from them.
 */

/** How well a mesh provides a feature. `unknown` is an answer, never a default. */
export const SUPPORT_LEVELS = ['full', 'partial', 'none', 'unknown', 'not-applicable'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/** Upstream maturity of the implementation that provides the feature. */
export const MATURITIES = ['stable', 'beta', 'alpha', 'deprecated'] as const;
export type Maturity = (typeof MATURITIES)[number];

/** What a reader has to add or configure before the support applies. */
export const REQUIREMENTS = {
  waypoint: 'a waypoint proxy (Envoy) deployed for the namespace or service',
  enterprise: 'a commercial / enterprise distribution',
  'manual-envoy-config': 'hand-written Envoy configuration (EnvoyFilter or CiliumEnvoyConfig)',
  'opt-in': 'a non-default install or runtime setting',
  'add-on': 'an extra component installed beside the mesh',
  'external-service': 'a service outside the mesh (CA, rate-limit server, tracing backend)',
  'gateway-api': 'Gateway API resources (HTTPRoute, GRPCRoute) rather than mesh-specific CRDs',
} as const;
export type Requirement = keyof typeof REQUIREMENTS;

/** Compact labels for requirement chips in matrix cells. */
export const REQUIREMENT_SHORT: Record<Requirement, string> = {
  waypoint: 'waypoint',
  enterprise: 'enterprise',
  'manual-envoy-config': 'manual Envoy',
  'opt-in': 'opt-in',
  'add-on': 'add-on',
  'external-service': 'external service',
  'gateway-api': 'Gateway API',
};
export const REQUIREMENT_IDS = Object.keys(REQUIREMENTS) as [Requirement, ...Requirement[]];

/** Feature categories, in the order the matrix shows them. */
export const CATEGORIES = {
  security: 'Security and identity',
  traffic: 'Traffic management',
  resilience: 'Resilience',
  observability: 'Observability',
  protocols: 'Protocols',
  platform: 'Platform and operations',
} as const;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as [Category, ...Category[]];

/** Kinds of citation. */
export const SOURCE_KINDS = [
  'docs',
  'blog',
  'benchmark',
  'conformance-report',
  'issue',
  'release-notes',
  'repository',
  'article',
] as const;

/** Upstream projects whose vendors or maintainers may author a source. */
export const PROJECTS = ['istio', 'cilium', 'linkerd'] as const;
export type Project = (typeof PROJECTS)[number];

/** CNCF maturity of the upstream project. */
export const CNCF_STATUSES = ['graduated', 'incubating', 'sandbox', 'none', 'not-applicable'] as const;

/** How a mesh places its data plane. */
export const DATA_PLANE_KINDS = [
  'sidecar',
  'per-node-proxy',
  'ebpf-and-per-node-proxy',
  'none',
] as const;

/** Units a benchmark result may be stated in. */
export const UNITS = ['ms', 'MB', 'MiB', 'vCPU', 'percent', 'qps', 'qps/core', 'cpu-ms'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * Benchmark metric ids (public data API v1) with their unit, label and, for latency percentiles,
 * the percentile used to check ordering (p50 ≤ p90 ≤ p99 ≤ p99.9 ≤ max).
 */
export const METRICS = {
  latency_p50_ms: { unit: 'ms', label: 'Latency p50', percentile: 50 },
  latency_p90_ms: { unit: 'ms', label: 'Latency p90', percentile: 90 },
  latency_p99_ms: { unit: 'ms', label: 'Latency p99', percentile: 99 },
  latency_p999_ms: { unit: 'ms', label: 'Latency p99.9', percentile: 99.9 },
  latency_max_ms: { unit: 'ms', label: 'Latency max', percentile: 100 },
  added_latency_p50_ms: { unit: 'ms', label: 'Added latency p50 (vs no mesh)', percentile: 50 },
  added_latency_p90_ms: { unit: 'ms', label: 'Added latency p90 (vs no mesh)', percentile: 90 },
  added_latency_p99_ms: { unit: 'ms', label: 'Added latency p99 (vs no mesh)', percentile: 99 },
  added_latency_max_ms: { unit: 'ms', label: 'Added latency max (vs no mesh)', percentile: 100 },
  memory_per_pod_mb: { unit: 'MB', label: 'Memory per pod' },
  memory_per_node_mb: { unit: 'MB', label: 'Memory per node' },
  memory_total_mib: { unit: 'MiB', label: 'Total data-plane memory' },
  proxy_memory_max_mb: { unit: 'MB', label: 'Largest data-plane proxy memory' },
  control_plane_memory_mb: { unit: 'MB', label: 'Control-plane memory' },
  proxy_cpu_ms: { unit: 'cpu-ms', label: 'Data-plane proxy CPU time' },
  cpu_vcpu_per_1000_rps: { unit: 'vCPU', label: 'CPU per 1,000 requests/s' },
  memory_mb_per_1000_rps: { unit: 'MB', label: 'Memory per 1,000 requests/s' },
  throughput_change_pct: { unit: 'percent', label: 'Throughput change vs no mesh' },
  qps_per_core: { unit: 'qps/core', label: 'Queries per second per core' },
  qps_relative_pct: { unit: 'percent', label: 'Queries served, relative to the other mesh' },
  latency_tail_relative_pct: { unit: 'percent', label: 'Tail latency, relative to the other mesh' },
  cpu_relative_pct: { unit: 'percent', label: 'CPU used, relative to the other mesh' },
} as const satisfies Record<string, { unit: Unit; label: string; percentile?: number }>;
export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = Object.keys(METRICS) as [MetricId, ...MetricId[]];
