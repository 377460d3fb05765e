import { describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from '../../../src/atlas/node/contentFiles';
import { formatProblems } from '../../../src/atlas/integrity';
import { buildBenchmarksExport, buildChangesExport, buildFeaturesExport, buildLifecycleExport } from '../../../src/exports/exports';
import { CATEGORY_IDS } from '../../../src/schemas/vocab';
import { atlasFrom, clone, content, fourMeshContent, NO_CONDITIONS, raw, sourceFile, studyFile } from '../fixtures';

const NOTE = 'A note long enough to pass.';
const A = 'https://example.org/a';
const cellOf = (level: string, over: object = {}) => ({
  level, maturity: null, since: null, removed: null, requires: [], note: NOTE, sources: [A], verified: '2026-01-15',
  verifiedAgainst: '1.31.0', lastChanged: null, stale: false, history: [], disputes: [], derivedFrom: null, ...over,
});
/** A build date 45 days after the fixtures' checks, inside the 180-day policy. */
const TODAY = '2026-03-01';

describe('features.json', () => {
  it('has every mesh, every cited source and every feature’s cell per mesh, absent values as null', () => {
    expect(buildFeaturesExport(atlasFrom(clone()), TODAY)).toStrictEqual({
      version: 1,
      reviewed: '2026-01-15',
      stalePolicy: { asOf: TODAY, maxAgeDays: 180 },
      meshes: [
        { id: 'no-mesh', name: 'No mesh', shortName: 'No mesh', project: null, projectName: null, baseline: true, versionReviewed: '1.31.0', reviewed: '2026-01-15', dataPlane: 'none' },
        { id: 'mesh-a', name: 'Mesh A', shortName: 'Mesh A', project: 'istio', projectName: 'Istio', baseline: false, versionReviewed: '1.31.0', reviewed: '2026-01-15', dataPlane: 'sidecar' },
      ],
      compared: ['mesh-a'],
      sources: [{ id: 'docs-a', url: A, title: 'Docs A', publisher: 'Project A', date: null, kind: 'docs', vendor: true, vendorOf: ['istio'] }],
      features: [
        {
          id: 'mtls', name: 'mTLS', category: 'security', description: 'Mutual TLS between workloads.', aliases: [],
          support: { 'no-mesh': cellOf('none'), 'mesh-a': cellOf('full', { maturity: 'stable' }) },
        },
        {
          id: 'retries', name: 'Retries', category: 'resilience', description: 'Retry failed requests again.', aliases: [],
          support: { 'no-mesh': cellOf('not-applicable', { sources: [] }), 'mesh-a': cellOf('partial', { maturity: 'stable' }) },
        },
      ],
    });
  });

  it('lists each cited source once, sorted by id, with its date and vendor flag; uncited sources stay out', () => {
    const c = fourMeshContent();
    c.sources!.push(sourceFile({ id: 'aa-uncited', title: 'Nobody cites this' }));
    raw(c.meshes![3]!).support.mtls.sources = ['lab-report', 'docs-b', 'docs-a'];
    raw(c.meshes![0]!).support.fips.sources = ['docs-b'];
    const data = buildFeaturesExport(atlasFrom(c), TODAY);
    expect(data.sources).toStrictEqual([
      { id: 'docs-a', url: A, title: 'Docs A', publisher: 'Project A', date: '2025-03-04', kind: 'docs', vendor: true, vendorOf: ['istio'] },
      { id: 'docs-b', url: 'https://example.org/b', title: 'Docs B', publisher: 'Project B', date: null, kind: 'docs', vendor: true, vendorOf: ['cilium', 'linkerd'] },
      { id: 'lab-report', url: 'https://example.org/lab', title: 'Lab report', publisher: 'Lab A', date: null, kind: 'benchmark', vendor: false, vendorOf: [] },
    ]);
    expect(data.features.find((f) => f.id === 'mtls')!.support['cilium']!.sources).toStrictEqual(['https://example.org/lab', 'https://example.org/b', A]);
  });

  it('keeps what a cell says about versions and requirements, features in matrix order, meshes in display order', () => {
    const c = fourMeshContent();
    Object.assign(raw(c.meshes![0]!).support.fips, { since: '2.1', removed: '2.9', maturity: 'deprecated' });
    const data = buildFeaturesExport(atlasFrom(c), TODAY);
    expect(data.features.map((f) => f.id)).toStrictEqual(['mtls', 'authz', 'fault-injection', 'fips', 'windows-nodes', 'vm-workloads']);
    expect(data.features[1]!.aliases).toStrictEqual(['RBAC']);
    expect(data.meshes.map((m) => [m.id, m.project, m.dataPlane])).toStrictEqual([
      ['no-mesh', null, 'none'], ['istio-sidecar', 'istio', 'sidecar'], ['istio-ambient', 'istio', 'per-node-proxy'], ['cilium', 'cilium', 'ebpf-and-per-node-proxy'], ['linkerd', 'linkerd', 'sidecar'],
    ]);
    expect(data.compared).toStrictEqual(['istio-sidecar', 'istio-ambient', 'cilium', 'linkerd']);
    expect(Object.keys(data.features[0]!.support)).toStrictEqual(['no-mesh', 'istio-sidecar', 'istio-ambient', 'cilium', 'linkerd']);
    expect(data.features[3]!.support['linkerd']).toStrictEqual(cellOf('full', { maturity: 'deprecated', since: '2.1', removed: '2.9', requires: ['opt-in', 'enterprise'], verifiedAgainst: '2.18.0' }));
  });

  it('is empty, with no review date, for an empty atlas', () => {
    expect(buildFeaturesExport(atlasFrom(content({ sources: [] })), TODAY)).toStrictEqual({
      version: 1, reviewed: null, stalePolicy: { asOf: TODAY, maxAgeDays: 180 }, meshes: [], compared: [], sources: [], features: [],
    });
  });

  it('exports a cell’s history with source URLs, its last dated change, and cites history sources in the list', () => {
    const c = clone();
    c.sources.push(sourceFile({ id: 'notes-b', url: 'https://example.org/notes' }));
    raw(c.meshes[0]!).support.retries.history = [
      { kind: 'release', version: '1.30', field: 'level', from: 'none', to: 'partial', reason: 'First shipped in 1.30.', sources: ['notes-b'] },
      { kind: 'review', date: '2026-01-10', field: 'note', reason: 'Reworded the note.', sources: ['docs-a'] },
    ];
    const data = buildFeaturesExport(atlasFrom(c), TODAY);
    const cell = data.features.find((f) => f.id === 'retries')!.support['mesh-a']!;
    expect(cell.lastChanged).toBe('2026-01-10');
    expect(cell.history).toStrictEqual([
      { date: null, kind: 'release', field: 'level', from: 'none', to: 'partial', version: '1.30', reason: 'First shipped in 1.30.', sources: ['https://example.org/notes'] },
      { date: '2026-01-10', kind: 'review', field: 'note', from: null, to: null, version: null, reason: 'Reworded the note.', sources: [A] },
    ]);
    expect(data.sources.map((s) => s.id)).toStrictEqual(['docs-a', 'notes-b']);
  });

  it('marks a cell stale by the build date: older release, past the policy age, or never checked', () => {
    const c = clone();
    Object.assign(raw(c.meshes[0]!).support.mtls, { verifiedAgainst: '1.30.2' });
    delete raw(c.meshes[0]!).support.retries.verified;
    delete raw(c.meshes[0]!).support.retries.verifiedAgainst;
    const stale = (today: string) => {
      const data = buildFeaturesExport(atlasFrom(c), today);
      return data.features.flatMap((f) => Object.entries(f.support).filter(([, cell]) => cell.stale).map(([mesh]) => `${f.id}/${mesh}`));
    };
    expect(stale('2026-07-14')).toStrictEqual(['mtls/mesh-a', 'retries/mesh-a']);
    // 181 days after the fixtures' 2026-01-15: every checked cell too.
    expect(stale('2026-07-15')).toStrictEqual(['mtls/no-mesh', 'mtls/mesh-a', 'retries/no-mesh', 'retries/mesh-a']);
    const data = buildFeaturesExport(atlasFrom(c), TODAY);
    expect(data.features[1]!.support['mesh-a']).toMatchObject({ verified: null, verifiedAgainst: null, stale: true });
  });
});

describe('benchmarks.json', () => {
  it('carries every study with its numbers as numbers, units, flags, conditions and sources as URLs', () => {
    expect(buildBenchmarksExport(atlasFrom(clone()))).toStrictEqual({
      version: 1,
      studies: [
        {
          id: 'study-a', title: 'Study A', publisher: 'Lab A', vendor: false, vendorOf: [], date: '2025-06-01', verified: '2026-01-15',
          url: A, sources: [A], versions: { 'mesh-a': '1.31.0' },
          conditions: {
            environment: 'GKE', nodes: 3, nodeType: null, totalCores: null, services: 100, pods: null, workload: null, loadTool: 'fortio',
            requestRate: '1000 rps', connections: '4', payload: '1 KB', protocol: 'HTTP/1.1', encryption: true, l7Policy: false, duration: null, other: null,
          },
          results: [
            { mesh: 'mesh-a', variant: 'default', scenario: 'default', metric: 'latency_p50_ms', value: 2, unit: 'ms', approximate: false, range: null, relativeTo: null },
            { mesh: 'mesh-a', variant: 'default', scenario: 'default', metric: 'latency_p99_ms', value: 9, unit: 'ms', approximate: false, range: null, relativeTo: null },
            { mesh: 'no-mesh', variant: 'default', scenario: 'default', metric: 'latency_p50_ms', value: 1, unit: 'ms', approximate: false, range: null, relativeTo: null },
            { mesh: 'mesh-a', variant: 'default', scenario: 'default', metric: 'memory_per_pod_mb', value: 70, unit: 'MB', approximate: true, range: { min: 50, max: 100 }, relativeTo: null },
          ],
          caveats: ['Only one run at one rate.'],
        },
      ],
    });
  });

  it('orders studies newest first and keeps vendor flags, stated extras and relative results', () => {
    const c = content({
      sources: [sourceFile({ id: 'docs-a' }), sourceFile({ id: 'docs-b' })],
      benchmarks: [
        studyFile({ id: 'older', date: '2023-05-05', results: [{ mesh: 'm', metric: 'latency_p50_ms', value: 0, unit: 'ms' }] }),
        studyFile({
          id: 'vendor-run', date: '2025-02-02', vendorOf: ['cilium', 'istio'], sources: ['docs-b', 'docs-a'],
          conditions: { other: 'Kernel 6.8' },
          results: [{ mesh: 'm', metric: 'qps_relative_pct', value: -12.5, unit: 'percent', relativeTo: 'no-mesh', variant: 'L7', scenario: '64 connections' }],
        }),
        studyFile({ id: 'undated', date: null, results: [{ mesh: 'm', metric: 'latency_p50_ms', value: 1, unit: 'ms' }] }),
      ],
    });
    const [vendor, older, undated] = buildBenchmarksExport(atlasFrom(c)).studies;
    expect([vendor!.id, older!.id, undated!.id]).toStrictEqual(['vendor-run', 'older', 'undated']);
    expect(vendor).toMatchObject({ vendor: true, vendorOf: ['cilium', 'istio'], url: 'https://example.org/docs-b', sources: ['https://example.org/docs-b', 'https://example.org/docs-a'] });
    expect(vendor!.conditions).toStrictEqual({ ...NO_CONDITIONS, other: 'Kernel 6.8' });
    expect(vendor!.results).toStrictEqual([
      { mesh: 'm', variant: 'L7', scenario: '64 connections', metric: 'qps_relative_pct', value: -12.5, unit: 'percent', approximate: false, range: null, relativeTo: 'no-mesh' },
    ]);
    expect(older!.results[0]!.value).toBe(0);
    expect(undated!.date).toBeNull();
  });

  it('is plain JSON: a round trip keeps every field, null ones included', () => {
    const data = buildBenchmarksExport(atlasFrom(fourMeshContent()));
    expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);
    const features = buildFeaturesExport(atlasFrom(fourMeshContent()), TODAY);
    expect(JSON.parse(JSON.stringify(features))).toStrictEqual(features);
  });
});

/** The real content, loaded once, on first use inside a test. */
let loaded: LoadedContent | undefined;
const real = () => (loaded ??= loadContent('content'));

describe('the real content', () => {
  it('passes every schema and integrity rule', () => {
    const { problems } = real();
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('has one no-mesh baseline, meshes to compare, and features only in known categories', () => {
    const { atlas } = real();
    expect(atlas.meshes.filter((m) => m.data.baseline)).toHaveLength(1);
    expect(atlas.meshes.some((m) => !m.data.baseline)).toBe(true);
    for (const f of atlas.features) expect(CATEGORY_IDS, f.id).toContain(f.data.category);
  });

  it('covers every row of the servicemesh.es table and the seed feature matrix', () => {
    // Row names as servicemesh.es and the seed article print them; each must be a feature's name or alias.
    const rows = [
      'TCP', 'HTTP/1.1+', 'HTTP/2', 'gRPC', 'Automatic Sidecar Injection', 'CNI plugin', 'Cloud Integrations',
      'Mesh Expansion', 'Multi-Cluster Mesh', 'Service Log Collection', 'Access Log Generation',
      'Integrated pre-configured Prometheus', 'Integrated pre-configured Grafana', 'Per-Route Metrics', 'Dashboard',
      'Compatible Tracing-Backends', 'Integrated pre-configured Tracing-Backends', 'Load Balancing',
      'Percentage-based Traffic Splits', 'Header- and Path-based Traffic Splits', 'Circuit Breaking', 'Retry & Timeout',
      'Path- & Method-based Retry & Timeout', 'Fault Injection', 'Delay Injection', 'mTLS', 'mTLS Enforcement',
      'mTLS Permissive Mode', 'mTLS by default', 'External CA certificate and key pluggable',
      'Service-to-Service Authorization Rules', 'Ingress Controller',
      'L7 traffic management', 'Canary deployments', 'Retries/timeouts', 'Rate limiting', 'Multi-cluster',
      'Gateway API', 'Windows', 'CNI bundled',
    ];
    const names = new Set(real().atlas.features.flatMap((f) => [f.data.name, ...f.data.aliases].map((n) => n.toLowerCase())));
    expect(rows.filter((row) => !names.has(row.toLowerCase()))).toEqual([]);
  });

  it('exports every result exactly as the content states it', () => {
    const { atlas } = real();
    const exported = new Map(buildBenchmarksExport(atlas).studies.map((s) => [s.id, s]));
    for (const study of atlas.benchmarks) {
      const out = exported.get(study.id)!;
      expect(out.results, study.id).toStrictEqual(
        study.data.results.map((r) => ({
          mesh: r.mesh.id, variant: r.variant, scenario: r.scenario, metric: r.metric, value: r.value, unit: r.unit,
          approximate: r.approximate, range: r.range ?? null, relativeTo: r.relativeTo?.id ?? null,
        })),
      );
      expect(out.url, study.id).toMatch(/^https:\/\//);
    }
    expect(exported.size).toBe(atlas.benchmarks.length);
  });

  it('cites a source for every supported cell and every study', () => {
    const { atlas } = real();
    for (const feature of buildFeaturesExport(atlas, TODAY).features) {
      for (const [mesh, cell] of Object.entries(feature.support)) {
        if (cell.level !== 'unknown' && cell.level !== 'not-applicable') {
          expect(cell.sources.length, `${mesh} ${feature.id}`).toBeGreaterThan(0);
        }
      }
    }
    for (const study of buildBenchmarksExport(atlas).studies) expect(study.sources.length).toBeGreaterThan(0);
  });
});

describe('changes.json', () => {
  it('lists every history entry newest first, with its cell, page and source URLs', () => {
    const c = clone();
    raw(c.meshes[0]!).support.retries.history = [
      { kind: 'release', version: '1.30', field: 'level', from: 'none', to: 'partial', reason: 'First shipped in 1.30.', sources: ['docs-a'] },
    ];
    raw(c.meshes[1]!).support.mtls.history = [{ kind: 'review', date: '2026-01-10', field: 'note', reason: 'Reworded the note.', sources: ['docs-a'] }];
    expect(buildChangesExport(atlasFrom(c))).toStrictEqual({
      version: 1,
      changes: [
        { id: 'mtls-no-mesh-1', mesh: 'no-mesh', feature: 'mtls', date: '2026-01-10', kind: 'review', field: 'note', from: null, to: null, version: null, reason: 'Reworded the note.', sources: [A], page: '/features/mtls/#mtls-no-mesh' },
        { id: 'retries-mesh-a-1', mesh: 'mesh-a', feature: 'retries', date: null, kind: 'release', field: 'level', from: 'none', to: 'partial', version: '1.30', reason: 'First shipped in 1.30.', sources: [A], page: '/features/retries/#retries-mesh-a' },
      ],
    });
    expect(buildChangesExport(atlasFrom(clone()))).toStrictEqual({ version: 1, changes: [] });
  });
});

describe('lifecycle.json', () => {
  const lifecycleFile = (releases: object[]) => ({
    file: 'content/lifecycle/istio.yaml',
    data: {
      project: 'istio',
      cadence: { text: 'Quarterly minors.', sources: ['docs-a'], verified: '2026-01-15' },
      supportPolicy: { text: 'Until six weeks after N+2.', sources: ['docs-a'], verified: '2026-01-15' },
      releases,
      upgrade: { text: 'Canary or in place.', sources: ['docs-a'], verified: '2026-01-15' },
      distributions: [{ name: 'Upstream', by: 'The project', kind: 'open-source', support: 'Community support.', sources: ['docs-a'], verified: '2026-01-15' }],
      licence: { spdx: 'Apache-2.0', sources: ['docs-a'], verified: '2026-01-15' },
      governance: { text: 'A CNCF project.', sources: ['docs-a'], verified: '2026-01-15' },
    },
  });
  const release = (version: string, extra: object) => ({ version, channel: 'stable', sources: ['docs-a'], verified: '2026-01-15', ...extra });

  it('gives each project its facts, meshes and releases with their status on the build date', () => {
    const c = clone();
    (c as { lifecycle?: unknown[] }).lifecycle = [
      lifecycleFile([
        release('1.31', { released: '2025-08-31', kubernetes: { min: '1.32', max: '1.36' }, endOfSupportNote: 'Six weeks after 1.33.0.' }),
        release('1.30', { released: '2025-05-18', endOfSupport: '2026-03-01' }),
      ]),
    ];
    const on = (today: string) => buildLifecycleExport(atlasFrom(c), today);
    const data = on('2026-03-01');
    expect(data.asOf).toBe('2026-03-01');
    expect(data.projects).toHaveLength(1);
    const [project] = data.projects;
    expect([project!.project, project!.projectName, project!.meshes]).toStrictEqual(['istio', 'Istio', ['mesh-a']]);
    expect(project!.cadence).toStrictEqual({ text: 'Quarterly minors.', sources: [A], verified: '2026-01-15' });
    expect(project!.releases).toStrictEqual([
      { version: '1.31', channel: 'stable', released: '2025-08-31', endOfSupport: null, endedBy: null, endOfSupportNote: 'Six weeks after 1.33.0.', status: 'no-date', kubernetes: { min: '1.32', max: '1.36' }, note: null, sources: [A], verified: '2026-01-15' },
      { version: '1.30', channel: 'stable', released: '2025-05-18', endOfSupport: '2026-03-01', endedBy: null, endOfSupportNote: null, status: 'supported', kubernetes: null, note: null, sources: [A], verified: '2026-01-15' },
    ]);
    expect(on('2026-03-02').projects[0]!.releases[1]!.status).toBe('ended');
    expect(project!.distributions).toStrictEqual([{ name: 'Upstream', by: 'The project', kind: 'open-source', support: 'Community support.', sources: [A], verified: '2026-01-15' }]);
    expect(project!.licence).toStrictEqual({ spdx: 'Apache-2.0', sources: [A], verified: '2026-01-15' });
  });

  it('leaves out projects with no lifecycle file', () => {
    expect(buildLifecycleExport(atlasFrom(clone()), '2026-03-01')).toStrictEqual({ version: 1, asOf: '2026-03-01', projects: [] });
  });
});
