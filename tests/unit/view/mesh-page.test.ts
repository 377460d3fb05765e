import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { meshPagePaths, meshPageView } from '../../../src/view/meshPage';
import { atlasFrom, fourMeshContent } from '../fixtures';

const atlas = atlasFrom(fourMeshContent());
const view = (id: string) => meshPageView(atlas, atlas.meshes.find((m) => m.id === id)!);

describe('mesh page view', () => {
  it('has a page per mesh, the baseline included', () => {
    expect(meshPagePaths(atlas).map((p) => p.params.mesh)).toStrictEqual(['no-mesh', 'istio-sidecar', 'istio-ambient', 'cilium', 'linkerd']);
  });

  it('states the facts, with the CNCF status in words and the baseline called a baseline', () => {
    const cilium = view('cilium');
    expect(cilium.kicker).toBe('Mesh profile');
    expect(cilium.facts).toMatchObject({ project: 'cilium', cncf: 'Graduated', versionReviewed: '1.18.0', reviewed: { iso: '2026-01-15', text: '15 Jan 2026' } });
    expect(cilium.search).toStrictEqual({ type: 'mesh', meshes: ['Cilium'] });
    expect(cilium.description).toBe('A summary of Cilium, long enough. Architecture, support for 6 features and benchmark results, each with sources.');
    const baseline = view('no-mesh');
    expect(baseline.kicker).toBe('Baseline');
    expect(baseline.facts.cncf).toBe('n/a');
    expect(baseline.facts.project).toBeUndefined();
  });

  it('lists every cell by category, each row anchored and its feature linked', () => {
    const cilium = view('cilium');
    expect(cilium.groups.map((g) => g.id)).toStrictEqual(['category-security', 'category-resilience', 'category-platform']);
    expect(cilium.groups[0]!.rows.map((r) => r.anchor)).toStrictEqual(['mtls-cilium', 'authz-cilium']);
    expect(cilium.groups[0]!.rows[0]).toMatchObject({ featureHref: '/features/mtls/', name: 'Mutual TLS', cell: { level: 'partial' } });
    expect(cilium.levels).toStrictEqual([
      { level: 'full', count: 2 },
      { level: 'partial', count: 2 },
      { level: 'none', count: 1 },
      { level: 'unknown', count: 1 },
      { level: 'not-applicable', count: 0 },
    ]);
    expect(cilium.tradeOffs.map((t) => [t.id, t.label, t.items.length])).toStrictEqual([['strengths', 'Strengths', 1], ['limits', 'Limits', 1]]);
    expect(cilium.architecture.rows[0]).toStrictEqual(['Data plane', 'Envoy']);
    expect(cilium.resources.rows.map(([label]) => label)).toStrictEqual(['Per pod', 'Per node', 'Shared']);
  });

  it('shows only the mesh’s own numbers and the charts it appears in', () => {
    const cilium = view('cilium');
    expect(cilium.studies).toHaveLength(1);
    const [study] = cilium.studies;
    expect(study!.tables.map((t) => t.id)).toStrictEqual(['seed-3-node-latency-latency_p50_ms', 'seed-3-node-latency-latency_p99_ms']);
    expect(study!.tables.every(({ table }) => table.results.every((r) => r.mesh.id === 'cilium'))).toBe(true);
    expect(study!.charts.map((c) => c.id)).toStrictEqual(['seed-latency']);
    expect(view('istio-sidecar').studies[0]!.charts.map((c) => c.id)).toStrictEqual(['seed-latency', 'seed-memory-per-pod']);
  });

  it('lists each cited source once, with its date when it has one', () => {
    expect(view('cilium').cited).toStrictEqual([
      { url: 'https://example.org/a', title: 'Docs A', publisher: 'Project A', date: { iso: '2025-03-04', text: '4 Mar 2025' }, vendorOf: ['istio'] },
    ]);
  });

  it('on the real content: every feature has a row on every mesh page', () => {
    const real = loadContent('content').atlas;
    for (const { props } of meshPagePaths(real)) {
      const page = meshPageView(real, props.mesh);
      expect(page.groups.flatMap((g) => g.rows)).toHaveLength(real.features.length);
      expect(page.cited.length).toBeGreaterThan(0);
    }
  });
});
