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

/** Upstream projects whose vendors or maintainers may author a source. */
export const PROJECTS = ['istio', 'cilium', 'linkerd'] as const;
export type Project = (typeof PROJECTS)[number];
/** How a project is named in prose and vendor marks. */
export const PROJECT_NAMES: Record<Project, string> = { istio: 'Istio', cilium: 'Cilium', linkerd: 'Linkerd' };

/** CNCF maturity of the upstream project. */
export const CNCF_STATUSES = ['graduated', 'incubating', 'sandbox', 'none', 'not-applicable'] as const;

/** How a mesh places its data plane. */
export const DATA_PLANE_KINDS = [
  'sidecar',
  'per-node-proxy',
  'ebpf-and-per-node-proxy',
  'none',
] as const;

// Units and metrics live in their own module so that browser code needing only the support
// vocabulary (the matrix) does not ship the metric table that the chart code uses.
export { UNITS, METRICS, METRIC_IDS, type Unit, type MetricId } from './metrics';
