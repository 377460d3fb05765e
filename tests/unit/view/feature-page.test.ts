import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { featurePagePaths, featurePageView } from '../../../src/view/featurePage';
import { featureMatrixView } from '../../../src/view/featureMatrix';
import { atlasFrom, fourMeshContent } from '../fixtures';

const atlas = atlasFrom(fourMeshContent());
const view = (id: string) => featurePageView(atlas, atlas.features.find((f) => f.id === id)!);

describe('feature page view', () => {
  it('has a page per feature', () => {
    expect(featurePagePaths(atlas).map((p) => p.params.feature).sort()).toStrictEqual(['authz', 'fault-injection', 'fips', 'mtls', 'vm-workloads', 'windows-nodes']);
  });

  it('lists every mesh’s cell, the baseline last, each linked to the same row on the mesh page', () => {
    const mtls = view('mtls');
    expect(mtls.rows.map((r) => r.anchor)).toStrictEqual(['mtls-istio-sidecar', 'mtls-istio-ambient', 'mtls-cilium', 'mtls-linkerd', 'mtls-no-mesh']);
    expect(mtls.rows[2]).toMatchObject({ href: '/meshes/cilium/#mtls-cilium', name: 'Cilium', cell: { level: 'partial' } });
  });

  it('links the pair pages where the feature differs, at the feature’s row', () => {
    // authz: every mesh full except the baseline's partial (and ambient's waypoint requirement).
    expect(view('authz').differing.map((d) => d.label)).toStrictEqual([
      'Cilium vs Istio ambient',
      'Cilium vs No mesh',
      'Istio ambient vs Istio sidecar',
      'Istio ambient vs Linkerd',
      'Istio ambient vs No mesh',
      'Istio sidecar vs No mesh',
      'Linkerd vs No mesh',
    ]);
    expect(view('authz').differing[0]!.href).toBe('/compare/cilium-vs-istio-ambient/#authz');
  });

  it('titles and describes it with each compared mesh’s level, and links its category and row in the matrix', () => {
    const fips = view('fips');
    expect(fips.title).toBe('FIPS 140 builds: support by mesh');
    expect(fips.description).toBe('What FIPS 140 builds is, in a sentence. Istio sidecar: full, Istio ambient: unknown, Cilium: full, Linkerd: full — with notes, sources and verification dates.');
    expect(fips.category).toStrictEqual({ href: '/features/#category-platform', label: 'Platform and operations' });
    expect(fips.matrixRow).toBe('/features/#fips');
    expect(fips.aliases).toBeNull();
    expect(view('authz').aliases).toBe('RBAC');
  });

  it('keeps long names as the whole title (titles stay under 70 characters with the site name)', () => {
    const long = atlasFrom(fourMeshContent());
    long.features[0]!.data.name = 'A feature with a name well over forty characters long';
    expect(featurePageView(long, long.features[0]!).title).toBe('A feature with a name well over forty characters long');
  });

  it('on the real content: every title fits, every pair link is canonical', () => {
    const real = loadContent('content').atlas;
    for (const { props } of featurePagePaths(real)) {
      const page = featurePageView(real, props.feature);
      expect(`${page.title} · Mesh Atlas`.length, page.title).toBeLessThanOrEqual(70);
      for (const pair of page.differing) {
        const [, a, b] = /^\/compare\/(.+)-vs-(.+)\/#/.exec(pair.href)!;
        expect(a! < b!, pair.href).toBe(true);
      }
    }
  });
});

describe('feature matrix view', () => {
  it('has the compared meshes, then the baseline, as columns and the features by category', () => {
    const matrix = featureMatrixView(atlas);
    expect(matrix.meshes.map((m) => m.id)).toStrictEqual(['istio-sidecar', 'istio-ambient', 'cilium', 'linkerd', 'no-mesh']);
    expect(matrix.groups.map((g) => g.category)).toStrictEqual(['security', 'resilience', 'platform']);
    expect(matrix).toMatchObject({ featureCount: 6, categoryCount: 3, columnCount: 5 });
  });
});
