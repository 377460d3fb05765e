import { describe, expect, it } from 'vitest';
import { benchmarksPageView, calculatorPageView, chooserPageView } from '../../../src/view/tools';
import { atlasFrom, fourMeshContent, raw, studyFile } from '../fixtures';
import type { RawFile } from '../../../src/atlas/node/contentFiles';

const guide = (id: string, title: string, roles: string[]): RawFile => ({
  file: `content/guides/${id}.mdx`,
  data: { title, description: 'A guide the tools rely on, by role.', reviewed: '2026-01-15', sources: ['docs-a'], roles },
});

describe('chooser page view', () => {
  it('groups the required-feature boxes by category, keeps its two priorities, and points readers without script to the guide in the choosing role', () => {
    const c = fourMeshContent();
    c.guides = [guide('picking', 'Picking a mesh', ['choosing'])];
    const view = chooserPageView(atlasFrom(c));
    expect(view.groups).toStrictEqual([
      { label: 'Security and identity', features: [{ id: 'mtls', name: 'Mutual TLS' }, { id: 'authz', name: 'Authorization policy' }] },
      { label: 'Resilience', features: [{ id: 'fault-injection', name: 'Fault injection' }] },
      { label: 'Platform and operations', features: [{ id: 'fips', name: 'FIPS 140 builds' }, { id: 'windows-nodes', name: 'Windows nodes' }, { id: 'vm-workloads', name: 'VM workloads' }] },
    ]);
    expect(view.priorities.map((p) => p.flag)).toStrictEqual(['memory', 'latency']);
    expect(view.priorities.every((p) => p.label.length > 10)).toBe(true);
    expect(view.noScript).toStrictEqual({ href: '/guides/picking/', label: 'guide “Picking a mesh”', verb: 'covers' });
    expect(view.data.meshes).toHaveLength(4);
  });

  it('sends readers without script to the guides list when no guide holds the choosing role', () => {
    expect(chooserPageView(atlasFrom(fourMeshContent())).noScript).toStrictEqual({ href: '/guides/', label: 'guides', verb: 'cover' });
  });
});

describe('calculator page view', () => {
  it('takes the worked example from the first mesh with a per-pod figure above zero', () => {
    const view = calculatorPageView(atlasFrom(fourMeshContent()));
    expect(view.model?.study.id).toBe('seed-3-node-latency');
    // istio-sidecar is first with 70 MB (ambient and cilium have 0 or none).
    expect(view.example?.mesh).toBe('istio-sidecar');
  });

  it('skips meshes whose per-pod figure is zero', () => {
    const c = fourMeshContent();
    Object.assign(raw(c.benchmarks![0]!).results.find((r: { mesh: string; metric: string }) => r.mesh === 'istio-sidecar' && r.metric === 'memory_per_pod_mb'), { value: 0, range: undefined });
    expect(calculatorPageView(atlasFrom(c)).example?.mesh).toBe('linkerd');
  });

  it('has no example without per-pod figures, and no model without a study in the memory role', () => {
    const c = fourMeshContent();
    raw(c.benchmarks![0]!).results = raw(c.benchmarks![0]!).results.filter((r: { metric: string }) => r.metric !== 'memory_per_pod_mb');
    expect(calculatorPageView(atlasFrom(c)).example).toBeNull();
    raw(c.benchmarks![0]!).roles = [];
    expect(calculatorPageView(atlasFrom(c))).toStrictEqual({ model: null, example: null });
  });
});

describe('benchmarks page view', () => {
  it('has a column per compared condition, a row per study newest first, and the guide in the studies-disagree role', () => {
    const c = fourMeshContent();
    c.benchmarks!.push(studyFile({ id: 'older', date: '2020-01-01', vendorOf: ['linkerd'], conditions: { nodes: 3, encryption: true }, results: [{ mesh: 'linkerd', metric: 'latency_p50_ms', value: 1, unit: 'ms' }, { mesh: 'no-mesh', metric: 'latency_p50_ms', value: 1, unit: 'ms' }] }));
    c.benchmarks!.push(studyFile({ id: 'newest', date: '2026-01-01', results: [{ mesh: 'linkerd', metric: 'latency_p50_ms', value: 1, unit: 'ms' }] }));
    c.guides = [guide('why', 'Why they differ', ['studies-disagree'])];
    const view = benchmarksPageView(atlasFrom(c));
    expect(view.studies[0]!.id).toBe('newest');
    view.studies.shift();
    expect(view.columns.map((col) => [col.key, col.label])).toStrictEqual([
      ['environment', 'Cluster'], ['nodes', 'Nodes'], ['services', 'Services'], ['pods', 'Pods'],
      ['loadTool', 'Load tool'], ['requestRate', 'Rate'], ['encryption', 'Encryption'], ['l7Policy', 'L7 policy'],
    ]);
    expect(view.studies.map((s) => s.id)).toStrictEqual(['seed-3-node-latency', 'older']);
    expect(view.studies[1]).toStrictEqual({
      id: 'older', href: '/benchmarks/older/', title: 'Study older', date: '2020-01-01', publisher: 'Lab A', vendorOf: ['linkerd'],
      summary: 'What study older measured, briefly.', meshes: 'No mesh, Linkerd',
      conditions: ['not stated', '3', 'not stated', 'not stated', 'not stated', 'not stated', 'on', 'not stated'],
    });
    expect(view.studies[0]!.meshes).toBe('No mesh, Istio sidecar, Istio ambient, Cilium, Linkerd');
    expect(view.disagree).toStrictEqual({ id: 'why', title: 'Why they differ', href: '/guides/why/' });
    expect(benchmarksPageView(atlasFrom(fourMeshContent())).disagree).toBeNull();
  });
});
