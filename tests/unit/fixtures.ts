/**
 * A small valid atlas as raw file data (what YAML parsing yields), for tests that break one rule
 * at a time. `clone()` returns a fresh deep copy so each test mutates its own.
 */
import { COLLECTIONS as SCHEMAS, type RawContent, type RawFile } from '../../src/atlas/node/contentFiles';
import type { AtlasData, Entry, RawAtlasData } from '../../src/atlas/types';
import { deriveAtlas, reportSources } from '../../src/atlas/conformance';

const cell = (level: string, sources: string[] = ['docs-a']) => ({
  level,
  ...(level === 'full' || level === 'partial' ? { maturity: 'stable' } : {}),
  note: 'A note long enough to pass.',
  sources,
  verified: '2026-01-15',
  verifiedAgainst: '1.31.0',
});

const mesh = (order: number, baseline = false) => ({
  name: baseline ? 'No mesh' : 'Mesh A',
  shortName: baseline ? 'No mesh' : 'Mesh A',
  ...(baseline ? {} : { project: 'istio', projectName: 'Istio' }),
  baseline,
  maintainer: 'Somebody',
  licence: 'Apache-2.0',
  cncf: baseline ? 'not-applicable' : 'graduated',
  versionReviewed: '1.31.0',
  reviewed: '2026-01-15',
  order,
  summary: 'A summary that is long enough.',
  architecture: {
    dataPlane: baseline ? 'none' : 'sidecar',
    proxy: 'Envoy',
    l4: 'sidecar',
    l7: 'sidecar',
    controlPlane: 'istiod',
    identity: 'SPIFFE',
    encryption: 'mTLS',
    sources: ['docs-a'],
  },
  resourceModel: { perPod: 'one proxy', perNode: 'none', shared: 'istiod', sources: ['docs-a'] },
  strengths: [{ text: 'A strength with words.', sources: ['docs-a'] }],
  limits: [{ text: 'A limit with words.', sources: ['docs-a'] }],
  support: {
    mtls: cell(baseline ? 'none' : 'full'),
    retries: cell(baseline ? 'not-applicable' : 'partial', baseline ? [] : ['docs-a']),
  },
});

const VALID: RawContent = {
  sources: [
    {
      file: 'content/sources/docs-a.yaml',
      data: { title: 'Docs A', publisher: 'Project A', url: 'https://example.org/a', kind: 'docs', vendorOf: ['istio'], accessed: '2026-01-15' },
    },
  ],
  features: [
    {
      file: 'content/features/mtls.yaml',
      data: { name: 'mTLS', category: 'security', description: 'Mutual TLS between workloads.', whyItMatters: 'Encryption and identity.' },
    },
    {
      file: 'content/features/retries.yaml',
      data: { name: 'Retries', category: 'resilience', description: 'Retry failed requests again.', whyItMatters: 'Masks transient failures.' },
    },
  ],
  meshes: [
    { file: 'content/meshes/mesh-a.mdx', data: mesh(1) },
    { file: 'content/meshes/no-mesh.mdx', data: mesh(0, true) },
  ],
  benchmarks: [
    {
      file: 'content/benchmarks/study-a.mdx',
      data: {
        title: 'Study A',
        publisher: 'Lab A',
        vendorOf: [],
        date: '2025-06-01',
        verified: '2026-01-15',
        summary: 'What study A measured, briefly.',
        versions: { 'mesh-a': '1.31.0' },
        sources: ['docs-a'],
        conditions: {
          environment: 'GKE', nodes: 3, nodeType: null, totalCores: null, services: 100, pods: null, workload: null,
          loadTool: 'fortio', requestRate: '1000 rps', connections: '4', payload: '1 KB', protocol: 'HTTP/1.1',
          encryption: true, l7Policy: false, duration: null,
        },
        results: [
          { mesh: 'mesh-a', metric: 'latency_p50_ms', value: 2, unit: 'ms' },
          { mesh: 'mesh-a', metric: 'latency_p99_ms', value: 9, unit: 'ms' },
          { mesh: 'no-mesh', metric: 'latency_p50_ms', value: 1, unit: 'ms' },
          { mesh: 'mesh-a', metric: 'memory_per_pod_mb', value: 70, unit: 'MB', approximate: true, range: { min: 50, max: 100 } },
        ],
        caveats: ['Only one run at one rate.'],
      },
    },
  ],
  guides: [],
};

export const clone = (): RawContent & Required<Pick<RawContent, 'sources' | 'features' | 'meshes' | 'benchmarks'>> =>
  structuredClone(VALID) as never;

/** Reaches into raw fixture data without fighting `unknown` at every step. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const raw = (file: { data: unknown }): any => file.data;

// ---------------------------------------------------------------------------------------------
// Builders for logic tests: small atlases with exactly the meshes, features and studies a test
// needs, parsed with the content schemas (defaults filled in, references resolved to `{ id }`)
// but without the integrity rules, so a derivation's tests do not depend on the checker.
// ---------------------------------------------------------------------------------------------

/** A cell by level alone (`'full'`), or with the fields a test cares about. */
export type CellInput =
  | string
  | {
      level: string;
      maturity?: string | null;
      since?: string;
      removed?: string;
      requires?: string[];
      sources?: string[];
      note?: string;
      verified?: string;
      verifiedAgainst?: string;
      history?: Record<string, unknown>[];
    };

/** A cell's raw data; checked against `versionReviewed` (the mesh's) unless the input says otherwise. */
export function cellData(input: CellInput, versionReviewed = '1.31.0') {
  const { maturity, ...spec } = typeof input === 'string' ? { level: input } : input;
  const supported = spec.level === 'full' || spec.level === 'partial';
  const cited = spec.level !== 'unknown' && spec.level !== 'not-applicable';
  return {
    ...(maturity === null ? {} : maturity !== undefined ? { maturity } : supported ? { maturity: 'stable' } : {}),
    note: 'A note long enough to pass.',
    sources: cited ? ['docs-a'] : [],
    verified: '2026-01-15',
    verifiedAgainst: versionReviewed,
    ...spec,
  };
}

export interface SourceInput {
  id: string;
  title?: string;
  publisher?: string;
  url?: string;
  date?: string;
  vendorOf?: string[];
  kind?: string;
}
export const sourceFile = ({ id, ...data }: SourceInput): RawFile => ({
  file: `content/sources/${id}.yaml`,
  data: { title: `Title of ${id}`, publisher: `Publisher of ${id}`, url: `https://example.org/${id}`, kind: 'docs', vendorOf: [], accessed: '2026-01-15', ...data },
});

export interface FeatureInput {
  id: string;
  name: string;
  category: string;
  order?: number;
  aliases?: string[];
  description?: string;
  chooser?: { flag: string; question: string };
}
export const featureFile = ({ id, ...data }: FeatureInput): RawFile => ({
  file: `content/features/${id}.yaml`,
  data: { description: `What ${data.name} is, in a sentence.`, whyItMatters: `Why ${data.name} matters to a platform team.`, ...data },
});

export interface MeshInput {
  id: string;
  order: number;
  name?: string;
  shortName?: string;
  baseline?: boolean;
  project?: string;
  /** Defaults to the project id, capitalised. */
  projectName?: string;
  versionReviewed?: string;
  reviewed?: string;
  dataPlane?: string;
  cells: Record<string, CellInput>;
}
export const meshFile = ({ id, order, cells, baseline = false, name = id, shortName = name, ...rest }: MeshInput): RawFile => ({
  file: `content/meshes/${id}.mdx`,
  data: {
    name,
    shortName,
    baseline,
    maintainer: 'Somebody',
    licence: 'Apache-2.0',
    cncf: baseline ? 'not-applicable' : 'graduated',
    versionReviewed: rest.versionReviewed ?? '1.0.0',
    reviewed: rest.reviewed ?? '2026-01-15',
    order,
    ...(rest.project ? { project: rest.project, projectName: rest.projectName ?? rest.project[0]!.toUpperCase() + rest.project.slice(1) } : {}),
    summary: `A summary of ${name}, long enough.`,
    architecture: {
      dataPlane: rest.dataPlane ?? (baseline ? 'none' : 'sidecar'),
      proxy: 'Envoy', l4: 'sidecar', l7: 'sidecar', controlPlane: 'istiod', identity: 'SPIFFE', encryption: 'mTLS', sources: ['docs-a'],
    },
    resourceModel: { perPod: 'one proxy', perNode: 'none', shared: 'control plane', sources: ['docs-a'] },
    strengths: [{ text: 'A strength with words.', sources: ['docs-a'] }],
    limits: [{ text: 'A limit with words.', sources: ['docs-a'] }],
    support: Object.fromEntries(Object.entries(cells).map(([feature, cell]) => [feature, cellData(cell, rest.versionReviewed ?? '1.0.0')])),
  },
});

/** Every condition unstated; override the ones a test needs. */
export const NO_CONDITIONS = {
  environment: null, nodes: null, nodeType: null, totalCores: null, services: null, pods: null, workload: null, loadTool: null,
  requestRate: null, connections: null, payload: null, protocol: null, encryption: null, l7Policy: null, duration: null,
};

export interface ResultInput {
  mesh: string;
  metric: string;
  value: number;
  unit: string;
  variant?: string;
  scenario?: string;
  approximate?: boolean;
  range?: { min: number; max: number };
  relativeTo?: string;
}
export interface StudyInput {
  id: string;
  title?: string;
  publisher?: string;
  vendorOf?: string[];
  date?: string | null;
  verified?: string;
  sources?: string[];
  versions?: Record<string, string>;
  conditions?: Partial<Record<keyof typeof NO_CONDITIONS, unknown>> & { other?: string };
  results: ResultInput[];
  charts?: { id: string; title: string; metrics: string[]; groupBy?: 'series' | 'scenario'; scenarios?: string[] }[];
  caveats?: string[];
  roles?: string[];
  variants?: Record<string, { traversalsPerHop: number }>;
}
export const studyFile = ({ id, conditions = {}, ...data }: StudyInput): RawFile => ({
  file: `content/benchmarks/${id}.mdx`,
  data: {
    title: `Study ${id}`,
    publisher: 'Lab A',
    vendorOf: [],
    date: '2025-06-01',
    verified: '2026-01-15',
    summary: `What study ${id} measured, briefly.`,
    sources: ['docs-a'],
    caveats: ['Only one run at one rate.'],
    conditions: { ...NO_CONDITIONS, ...conditions },
    ...data,
  },
});

export interface ContentInput {
  sources?: RawFile[];
  features?: RawFile[];
  meshes?: RawFile[];
  benchmarks?: RawFile[];
  guides?: RawFile[];
}
export const content = (input: ContentInput): RawContent => ({
  sources: input.sources ?? [sourceFile({ id: 'docs-a', title: 'Docs A', publisher: 'Project A', url: 'https://example.org/a', vendorOf: ['istio'] })],
  features: input.features ?? [],
  meshes: input.meshes ?? [],
  benchmarks: input.benchmarks ?? [],
  guides: input.guides ?? [],
});


/**
 * Parses raw content with the collection schemas into an atlas (ids from file names, as Astro
 * does). Throws on a schema error, naming the file and field, so a broken fixture is obvious.
 * Integrity rules (every mesh has every cell, references resolve) are not run.
 */
export function atlasFrom(raw: RawContent): AtlasData {
  const atlas: RawAtlasData = { meshes: [], features: [], benchmarks: [], guides: [], sources: [], lifecycle: [], conformance: [], glossary: [] };
  for (const name of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
    const { ext, schema } = SCHEMAS[name];
    for (const { file, data } of raw[name] ?? []) {
      const result = schema.safeParse(data);
      if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const base = file.split('/').pop()!;
      (atlas[name] as Entry<unknown>[]).push({ id: base.slice(0, -ext.length), filePath: file, data: result.data });
    }
  }
  atlas.sources.push(...reportSources(atlas));
  return deriveAtlas(atlas).atlas;
}

/** The fixture atlas of `clone()` (two meshes, two features, one study). */
export const fixtureAtlas = () => atlasFrom(clone());

/**
 * Four meshes and the baseline, in the shape the pages expect (ids the chooser and calculator
 * name), with a study of the kind the seed study is. The numbers are made up for the tests.
 *
 *   feature          no-mesh  istio-sidecar       istio-ambient   cilium              linkerd
 *   mtls             none     full                full            partial             full
 *   authz            partial  full                full (waypoint) full                full
 *   fault-injection  n/a      full                full (waypoint) none                full
 *   fips             none     full (enterprise)   unknown         full (enterprise)   full (enterprise, opt-in)
 *   windows-nodes    full     none                none            partial             none
 *   vm-workloads     n/a      full (beta)         none            unknown             partial
 */
export function fourMeshContent(): RawContent {
  const features = [
    featureFile({ id: 'mtls', name: 'Mutual TLS', category: 'security', order: 1 }),
    featureFile({ id: 'authz', name: 'Authorization policy', category: 'security', order: 2, aliases: ['RBAC'] }),
    featureFile({ id: 'fault-injection', name: 'Fault injection', category: 'resilience', order: 1 }),
    featureFile({ id: 'fips', name: 'FIPS 140 builds', category: 'platform', order: 1, chooser: { flag: 'fips', question: 'We need FIPS 140 validated cryptography' } }),
    featureFile({ id: 'windows-nodes', name: 'Windows nodes', category: 'platform', order: 2, chooser: { flag: 'windows', question: 'We run Windows nodes' } }),
    featureFile({ id: 'vm-workloads', name: 'VM workloads', category: 'platform', order: 3, chooser: { flag: 'vms', question: 'We need to mesh virtual machines' } }),
  ];
  const enterprise = { level: 'full', requires: ['enterprise'] };
  const meshes = [
    meshFile({
      id: 'linkerd', order: 4, name: 'Linkerd', project: 'linkerd', versionReviewed: '2.18.0',
      cells: { mtls: 'full', authz: 'full', 'fault-injection': 'full', fips: { level: 'full', requires: ['opt-in', 'enterprise'] }, 'windows-nodes': 'none', 'vm-workloads': 'partial' },
    }),
    meshFile({
      id: 'no-mesh', order: 0, name: 'No mesh', baseline: true,
      cells: { mtls: 'none', authz: { level: 'partial', requires: ['add-on'] }, 'fault-injection': 'not-applicable', fips: 'none', 'windows-nodes': 'full', 'vm-workloads': 'not-applicable' },
    }),
    meshFile({
      id: 'istio-sidecar', order: 1, name: 'Istio (sidecar mode)', shortName: 'Istio sidecar', project: 'istio', versionReviewed: '1.27.0',
      cells: { mtls: 'full', authz: 'full', 'fault-injection': 'full', fips: enterprise, 'windows-nodes': 'none', 'vm-workloads': { level: 'full', maturity: 'beta' } },
    }),
    meshFile({
      id: 'cilium', order: 3, name: 'Cilium', project: 'cilium', versionReviewed: '1.18.0', dataPlane: 'ebpf-and-per-node-proxy',
      cells: { mtls: 'partial', authz: 'full', 'fault-injection': 'none', fips: enterprise, 'windows-nodes': 'partial', 'vm-workloads': 'unknown' },
    }),
    meshFile({
      id: 'istio-ambient', order: 2, name: 'Istio (ambient mode)', shortName: 'Istio ambient', project: 'istio', versionReviewed: '1.27.0', dataPlane: 'per-node-proxy',
      cells: {
        mtls: 'full', authz: { level: 'full', requires: ['waypoint'] }, 'fault-injection': { level: 'full', requires: ['waypoint'] },
        fips: 'unknown', 'windows-nodes': 'none', 'vm-workloads': 'none',
      },
    }),
  ];
  const r = (mesh: string, metric: string, value: number, extra: Partial<ResultInput> = {}): ResultInput => ({
    mesh, metric, value, unit: metric.endsWith('_ms') ? 'ms' : metric.endsWith('_mb') ? 'MB' : 'vCPU', ...extra,
  });
  const seed = studyFile({
    id: 'seed-3-node-latency',
    title: 'Three-node latency and memory',
    publisher: 'A blog',
    roles: ['chooser-evidence', 'calculator-memory'],
    conditions: { nodes: 3, services: 100 },
    results: [
      // A tuned variant listed first: the derivations must pick the default one.
      r('istio-sidecar', 'latency_p99_ms', 9, { variant: 'tuned' }),
      r('istio-sidecar', 'latency_p50_ms', 3.8),
      r('istio-sidecar', 'latency_p99_ms', 12.3),
      r('istio-sidecar', 'memory_per_pod_mb', 70, { approximate: true, range: { min: 50, max: 100 } }),
      r('istio-ambient', 'latency_p50_ms', 2.1),
      r('istio-ambient', 'latency_p99_ms', 6.8),
      r('istio-ambient', 'memory_per_pod_mb', 0),
      r('istio-ambient', 'memory_per_node_mb', 50, { approximate: true }),
      r('cilium', 'latency_p50_ms', 1.4),
      r('cilium', 'latency_p99_ms', 5.1),
      r('linkerd', 'latency_p50_ms', 2),
      r('linkerd', 'latency_p99_ms', 5.5),
      r('linkerd', 'memory_per_pod_mb', 20),
      r('no-mesh', 'latency_p50_ms', 1.2),
      r('no-mesh', 'latency_p99_ms', 4.5),
    ],
    charts: [
      { id: 'seed-latency', title: 'Latency per mesh', metrics: ['latency_p50_ms', 'latency_p99_ms'] },
      { id: 'seed-memory-per-pod', title: 'Memory per pod', metrics: ['memory_per_pod_mb'] },
    ],
  });
  return content({
    sources: [
      sourceFile({ id: 'docs-a', title: 'Docs A', publisher: 'Project A', url: 'https://example.org/a', vendorOf: ['istio'], date: '2025-03-04' }),
      sourceFile({ id: 'docs-b', title: 'Docs B', publisher: 'Project B', url: 'https://example.org/b', vendorOf: ['cilium', 'linkerd'] }),
      sourceFile({ id: 'lab-report', title: 'Lab report', publisher: 'Lab A', url: 'https://example.org/lab', kind: 'benchmark' }),
    ],
    features,
    meshes,
    benchmarks: [seed],
  });
}

/**
 * `fourMeshContent()` plus a vendor-run study of latency at several loads (a mesh the atlas does
 * not profile, `kuma`, among its results), with a chart per grouping, for the chart tests.
 */
export function chartContent(): RawContent {
  const raw = fourMeshContent();
  const p99 = (mesh: string, scenario: string, value: number, extra: Partial<ResultInput> = {}): ResultInput => ({
    mesh, metric: 'latency_p99_ms', value, unit: 'ms', scenario, ...extra,
  });
  const pct = (mesh: string, value: number, scenario = '100 rps'): ResultInput => ({ mesh, metric: 'throughput_change_pct', value, unit: 'percent', scenario });
  raw.benchmarks!.push(
    studyFile({
      id: 'load-steps',
      title: 'Load steps',
      publisher: 'Linkerd maintainers',
      vendorOf: ['linkerd'],
      date: '2025-01-01',
      sources: ['docs-b', 'lab-report'],
      conditions: { environment: 'kind', pods: 1200, loadTool: 'fortio', requestRate: '10-1000 rps', connections: '64', encryption: true, l7Policy: false },
      results: [
        p99('kuma', '100 rps', 4),
        p99('cilium', '1000 rps', 8),
        p99('linkerd', '100 rps', 3),
        p99('cilium', '100 rps', 2.5),
        p99('no-mesh', '100 rps', 1),
        p99('linkerd', '1000 rps', 6, { approximate: true }),
        p99('linkerd', '10 rps', 2),
        p99('linkerd', '100 rps', 2.75, { variant: 'edge' }),
        { mesh: 'cilium', metric: 'latency_p50_ms', value: 1.5, unit: 'ms', scenario: '100 rps' },
        p99('linkerd', '5000 rps', 20),
        pct('no-mesh', 0),
        pct('cilium', -2.5),
        pct('linkerd', 5),
        pct('istio-sidecar', -1.125, 'idle'), // a load the throughput chart leaves out
      ],
      charts: [
        { id: 'load-p99', title: 'p99 latency by load', metrics: ['latency_p99_ms'], groupBy: 'scenario', scenarios: ['10 rps', '100 rps', '1000 rps'] },
        { id: 'load-series', title: 'p99 latency per mesh and load', metrics: ['latency_p99_ms'] },
        { id: 'load-throughput', title: 'Throughput change', metrics: ['throughput_change_pct'], scenarios: ['100 rps'] },
      ],
    }),
  );
  return raw;
}
