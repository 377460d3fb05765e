/**
 * A small valid atlas as raw file data (what YAML parsing yields), for tests that break one rule
 * at a time. `clone()` returns a fresh deep copy so each test mutates its own.
 */
import type { RawContent } from '../../src/lib/contentFiles';

const cell = (level: string, sources: string[] = ['docs-a']) => ({
  level,
  ...(level === 'full' || level === 'partial' ? { maturity: 'stable' } : {}),
  note: 'A note long enough to pass.',
  sources,
  verified: '2026-01-15',
});

const mesh = (order: number, baseline = false) => ({
  name: baseline ? 'No mesh' : 'Mesh A',
  shortName: baseline ? 'No mesh' : 'Mesh A',
  ...(baseline ? {} : { project: 'istio' }),
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
