import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { studyPagePaths, studyPageView } from '../../../src/view/studyPage';
import { atlasFrom, chartContent, fourMeshContent } from '../fixtures';

describe('study page view', () => {
  const atlas = atlasFrom(fourMeshContent());
  const view = studyPageView(atlas, atlas.benchmarks[0]!);

  it('names the meshes it measured, in display order, with the versions it tested', () => {
    expect(studyPagePaths(atlas).map((p) => p.params.study)).toStrictEqual(['seed-3-node-latency']);
    expect(view.measured.map((m) => m.href)).toStrictEqual(['/meshes/no-mesh/', '/meshes/istio-sidecar/', '/meshes/istio-ambient/', '/meshes/cilium/', '/meshes/linkerd/']);
    expect(view.measured.every((m) => m.version === undefined)).toBe(true);
    expect(view.search).toStrictEqual({ type: 'benchmark', meshes: ['No mesh', 'Istio sidecar', 'Istio ambient', 'Cilium', 'Linkerd'] });
  });

  it('uses its headline chart as the link preview', () => {
    expect(view.image).toBe('/og/benchmarks/seed-3-node-latency.png');
    expect(view.imageAlt).toBe('Latency per mesh chart');
    expect(view.charts.map((c) => c.id)).toStrictEqual(['seed-latency', 'seed-memory-per-pod']);
  });

  it('marks the conditions the study does not state, and dates what it can', () => {
    expect(view.conditions.find((c) => c.id === 'condition-nodes')).toStrictEqual({ id: 'condition-nodes', label: 'Nodes', value: '3', unstated: false });
    expect(view.conditions.find((c) => c.id === 'condition-payload')!.unstated).toBe(true);
    expect(view.dateLabel).toBe('published');
    expect(view.verified).toStrictEqual({ iso: '2026-01-15', text: '15 Jan 2026' });
    expect(view.tables.map((t) => t.metric)).toStrictEqual(['latency_p50_ms', 'latency_p99_ms', 'memory_per_pod_mb', 'memory_per_node_mb']);
  });

  it('says "publication date … undated" for an undated study, and uses its title when it has no chart', () => {
    const raw = fourMeshContent();
    Object.assign(raw.benchmarks![0]!.data as object, { date: null, charts: [] });
    const undated = atlasFrom(raw);
    const page = studyPageView(undated, undated.benchmarks[0]!);
    expect(page.dateLabel).toBe('publication date');
    expect(page.date).toBeNull();
    expect(page.imageAlt).toBe('Three-node latency and memory');
  });

  it('carries the vendor flag of a vendor-run study', () => {
    const charts = atlasFrom(chartContent());
    const vendor = studyPageView(charts, charts.benchmarks.find((b) => b.id === 'load-steps')!);
    expect(vendor.vendorOf).toStrictEqual(['linkerd']);
  });

  it('on the real content: every study page with results names the meshes they measure, and links its preview image', () => {
    const real = loadContent('content').atlas;
    for (const { props } of studyPagePaths(real)) {
      const page = studyPageView(real, props.study);
      expect(page.measured.map((m) => m.href).sort()).toEqual([...new Set(props.study.data.results.map((r) => `/meshes/${r.mesh.id}/`))].sort());
      expect(page.image).toBe(`/og/benchmarks/${props.study.id}.png`);
    }
  });
});
