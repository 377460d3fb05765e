import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { homeView } from '../../../src/view/home';
import { atlasFrom, fourMeshContent } from '../fixtures';

describe('home view', () => {
  const view = homeView(atlasFrom(fourMeshContent()));

  it('lists the compared meshes in display order and the baseline last, each linked with its data plane and review', () => {
    expect(view.meshes.map((m) => m.href)).toStrictEqual([
      '/meshes/istio-sidecar/',
      '/meshes/istio-ambient/',
      '/meshes/cilium/',
      '/meshes/linkerd/',
      '/meshes/no-mesh/',
    ]);
    const cilium = view.meshes[2]!;
    expect(cilium).toMatchObject({ name: 'Cilium', dataPlane: 'eBPF in the kernel + Envoy per node', versionReviewed: '1.18.0', reviewed: { iso: '2026-01-15', text: '15 Jan 2026' } });
    expect(view.meshes[4]!.dataPlane).toBe('No data plane');
    expect(view.meshes[0]!.dataPlane).toBe('Sidecar proxy per pod');
  });

  it('counts each mesh’s cells per level, leaving out levels it has none of', () => {
    // cilium: mtls partial, authz full, fault-injection none, fips full, windows partial, vm unknown
    expect(view.meshes[2]!.levels).toStrictEqual([
      { level: 'full', count: 2 },
      { level: 'partial', count: 2 },
      { level: 'none', count: 1 },
      { level: 'unknown', count: 1 },
    ]);
    // no-mesh: none ×2, partial, n/a ×2, full
    expect(view.meshes[4]!.levels.map((l) => l.level)).toStrictEqual(['full', 'partial', 'none', 'not-applicable']);
    expect(view.featureCount).toBe(6);
  });

  it('explains every level in one line and links the matrix, the compare page and each study', () => {
    expect(view.levelKey).toBe(
      'Full: supported as documented. Partial: supported with limits or only in some configurations. None: not supported. ' +
        'Unknown: not verified: no primary source found yet. n/a: the question does not apply to this mesh.',
    );
    expect(view.links).toStrictEqual({ features: '/features/', compare: '/compare/', changes: '/changes/', feed: '/changes.xml', lifecycle: '/lifecycle/' });
    expect(view.studies).toStrictEqual([
      { href: '/benchmarks/seed-3-node-latency/', title: 'Three-node latency and memory', publisher: 'A blog', date: '2025-06-01', vendorOf: [], summary: 'What study seed-3-node-latency measured, briefly.' },
    ]);
  });

  it('on the real content: every mesh once, the baseline last, studies newest first', () => {
    const { atlas } = loadContent('content');
    const real = homeView(atlas);
    expect(real.meshes).toHaveLength(atlas.meshes.length);
    const baseline = atlas.meshes.filter((m) => m.data.baseline).map((m) => `/meshes/${m.id}/`);
    expect(real.meshes.slice(-baseline.length).map((m) => m.href)).toStrictEqual(baseline);
    const dates = real.studies.map((s) => s.date ?? '');
    expect(dates.filter(Boolean)).toStrictEqual([...dates.filter(Boolean)].sort().reverse());
    for (const mesh of real.meshes) expect(mesh.levels.reduce((n, l) => n + l.count, 0)).toBe(real.featureCount);
  });
});
