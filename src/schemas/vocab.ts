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
export const REQUIREMENT_IDS = /* @__PURE__ */ Object.keys(REQUIREMENTS) as [Requirement, ...Requirement[]];

/** Fields of a cell whose changes are recorded in its `history`. */
export const HISTORY_FIELDS = ['level', 'maturity', 'requires', 'since', 'removed', 'note', 'sources'] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];
/**
 * The fields the drift check guards: a change to one of them must come with a history entry.
 * Note and source edits may be recorded too, but are not required to be.
 */
export const GUARDED_FIELDS = ['level', 'maturity', 'requires', 'since', 'removed'] as const satisfies readonly HistoryField[];
export type GuardedField = (typeof GUARDED_FIELDS)[number];

/** Why a cell changed. */
export const HISTORY_KINDS = {
  release: 'the project changed it in a release',
  review: 'the atlas changed its reading after checking the sources',
} as const;
export type HistoryKind = keyof typeof HISTORY_KINDS;

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
export const CATEGORY_IDS = /* @__PURE__ */ Object.keys(CATEGORIES) as [Category, ...Category[]];

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

/**
 * Kinds of source the data-quality scoreboard counts as primary: the project's own record (docs,
 * code, release notes, an issue or pull request in its tracker, a conformance report).
 */
export const PRIMARY_SOURCE_KINDS: ReadonlySet<(typeof SOURCE_KINDS)[number]> = new Set([
  'docs',
  'repository',
  'release-notes',
  'issue',
  'conformance-report',
]);

// Projects (istio, cilium …) are not a vocabulary of the code: each mesh file names its project
// (`project`, `projectName`), and sources and studies may only name those (rule `projects`).

/**
 * What the site's tools take from a study. A study holds a role by listing it in `roles`; each role
 * is held by one study at most (rule `roles`), and a tool whose role no study holds says it has no
 * figures. `metrics`: what the holder must have measured for the tool to work.
 */
export const STUDY_ROLES = {
  'calculator-memory': {
    description: 'memory per pod and per node, and latency added over no mesh, for the overhead calculator',
    metrics: ['memory_per_pod_mb', 'memory_per_node_mb', 'latency_p50_ms', 'latency_p99_ms'],
  },
  'calculator-cpu': {
    description: 'vCPU per 1,000 requests/s per proxy (variants with `traversalsPerHop`), for the overhead calculator',
    metrics: ['cpu_vcpu_per_1000_rps'],
  },
  'chooser-evidence': {
    description: 'memory per pod and p99 latency the chooser cites for memory- and latency-sensitive teams',
    metrics: ['memory_per_pod_mb', 'latency_p99_ms'],
  },
} as const satisfies Record<string, { description: string; metrics: readonly MetricId[] }>;
export type StudyRole = keyof typeof STUDY_ROLES;
export const STUDY_ROLE_IDS = /* @__PURE__ */ Object.keys(STUDY_ROLES) as [StudyRole, ...StudyRole[]];

/** What the site takes from a guide; held by one guide at most (rule `roles`). */
export const GUIDE_ROLES = {
  choosing: 'the guide the chooser cites for team skills, such as operating an eBPF data plane',
  'no-mesh': 'the guide the chooser cites when an estate may be too small to need a mesh',
  'studies-disagree': 'why benchmark studies disagree: its body is shown on the benchmarks page',
} as const;
export type GuideRole = keyof typeof GUIDE_ROLES;
export const GUIDE_ROLE_IDS = /* @__PURE__ */ Object.keys(GUIDE_ROLES) as [GuideRole, ...GuideRole[]];

/** Who publishes a release line. */
export const RELEASE_CHANNELS = ['stable', 'edge', 'vendor-stable'] as const;
export type ReleaseChannel = (typeof RELEASE_CHANNELS)[number];
export const RELEASE_CHANNEL_LABELS: Record<ReleaseChannel, string> = {
  stable: 'project release',
  edge: 'edge (project, unsupported by it)',
  'vendor-stable': 'stable, from a vendor',
};

/** What a distribution is. */
export const DISTRIBUTION_KINDS = ['open-source', 'enterprise', 'managed'] as const;
export type DistributionKind = (typeof DISTRIBUTION_KINDS)[number];

/** CNCF maturity of the upstream project. */
export const CNCF_STATUSES = ['graduated', 'incubating', 'sandbox', 'none', 'not-applicable'] as const;

/** How a mesh places its data plane. */
export const DATA_PLANE_KINDS = [
  'sidecar',
  'per-node-proxy',
  'ebpf-and-per-node-proxy',
  'none',
] as const;
export type DataPlaneKind = (typeof DATA_PLANE_KINDS)[number];
/** Data planes that run eBPF programs in the kernel, so operating them takes kernel-level debugging. */
export const EBPF_DATA_PLANES: ReadonlySet<DataPlaneKind> = new Set(['ebpf-and-per-node-proxy']);

// Units and metrics live in their own module so that browser code needing only the support
// vocabulary (the matrix) does not ship the metric table that the chart code uses.
export { UNITS, METRICS, METRIC_IDS, type Unit, type MetricId } from './metrics';
import type { MetricId } from './metrics';
