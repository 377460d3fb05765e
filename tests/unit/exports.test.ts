import { describe, expect, it } from 'vitest';
import { loadContent, validateContent } from '../../src/lib/contentFiles';
import { formatProblems } from '../../src/lib/integrity';
import { buildBenchmarksExport, buildFeaturesExport } from '../../src/lib/exports';
import { clone } from './fixtures';

describe('exports from fixture content', () => {
  const { atlas } = validateContent(clone());

  it('features.json has every mesh’s cell for every feature, sources as URLs, absent values as null', () => {
    const data = buildFeaturesExport(atlas);
    expect(data.version).toBe(1);
    expect(data.meshes.map((m) => m.id)).toEqual(['no-mesh', 'mesh-a']);
    expect(data.compared).toEqual(['mesh-a']);
    expect(data.features.map((f) => f.id)).toEqual(['mtls', 'retries']);
    const cell = data.features[0]!.support['mesh-a']!;
    expect(cell).toEqual({
      level: 'full',
      maturity: 'stable',
      since: null,
      removed: null,
      requires: [],
      note: 'A note long enough to pass.',
      sources: ['https://example.org/a'],
      verified: '2026-01-15',
    });
    expect(data.reviewed).toBe('2026-01-15');
  });

  it('benchmarks.json carries numbers as numbers with units, conditions and the vendor flag', () => {
    const data = buildBenchmarksExport(atlas);
    const [study] = data.studies;
    expect(study!.id).toBe('study-a');
    expect(study!.vendor).toBe(false);
    expect(study!.url).toBe('https://example.org/a');
    expect(study!.conditions.nodes).toBe(3);
    expect(study!.conditions.other).toBeNull();
    expect(study!.results[3]).toEqual({
      mesh: 'mesh-a', variant: 'default', scenario: 'default', metric: 'memory_per_pod_mb',
      value: 70, unit: 'MB', approximate: true, range: { min: 50, max: 100 }, relativeTo: null,
    });
  });

  it('is plain JSON (survives a round trip unchanged)', () => {
    const data = buildBenchmarksExport(atlas);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe('the real content', () => {
  const { atlas, problems } = loadContent('content');

  it('passes every schema and integrity rule', () => {
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('profiles the four meshes and the no-mesh baseline, with at least 35 features in 6 categories', () => {
    expect(atlas.meshes.map((m) => m.id).sort()).toEqual(['cilium', 'istio-ambient', 'istio-sidecar', 'linkerd', 'no-mesh']);
    expect(atlas.features.length).toBeGreaterThanOrEqual(35);
    expect(new Set(atlas.features.map((f) => f.data.category)).size).toBeGreaterThanOrEqual(6);
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
    const names = new Set(atlas.features.flatMap((f) => [f.data.name, ...f.data.aliases].map((n) => n.toLowerCase())));
    expect(rows.filter((row) => !names.has(row.toLowerCase()))).toEqual([]);
  });

  it('exports the seed 3-node table exactly as published', () => {
    const study = buildBenchmarksExport(atlas).studies.find((s) => s.id === 'seed-3-node-latency')!;
    const value = (mesh: string, metric: string) =>
      study.results.find((r) => r.mesh === mesh && r.metric === metric && r.variant === 'default')?.value;
    // Figures as printed in the seed article (shared/seeds/002): p50 and p99 latency in ms.
    const published = {
      'no-mesh': [1.2, 4.5],
      'istio-sidecar': [3.8, 12.3],
      'istio-ambient': [2.1, 6.8],
      cilium: [1.4, 5.1],
      linkerd: [2.0, 6.2],
    };
    for (const [mesh, [p50, p99]] of Object.entries(published)) {
      expect([value(mesh, 'latency_p50_ms'), value(mesh, 'latency_p99_ms')], mesh).toEqual([p50, p99]);
    }
    expect(study.url).toMatch(/^https:\/\//);
  });

  it('cites a source for every supported cell and every study', () => {
    const data = buildFeaturesExport(atlas);
    for (const feature of data.features) {
      for (const [mesh, cell] of Object.entries(feature.support)) {
        if (cell.level !== 'unknown' && cell.level !== 'not-applicable') {
          expect(cell.sources.length, `${mesh} ${feature.id}`).toBeGreaterThan(0);
        }
      }
    }
    for (const study of buildBenchmarksExport(atlas).studies) expect(study.sources.length).toBeGreaterThan(0);
  });
});
