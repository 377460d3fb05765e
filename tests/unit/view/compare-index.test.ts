import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { compareIndexView } from '../../../src/view/compareIndex';
import { atlasFrom, content, featureFile, fourMeshContent, meshFile } from '../fixtures';

describe('compare index view', () => {
  it('selects by default the first four compared meshes when there are more: the default obeys the 2-to-4 bound', () => {
    const ids = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
    const atlas = atlasFrom(
      content({
        features: [featureFile({ id: 'mtls', name: 'mTLS', category: 'security' })],
        meshes: [
          // Files in an order other than the display order: the default follows `order`.
          ...[...ids].reverse().map((id, i) => meshFile({ id, order: ids.length - i, cells: { mtls: i % 2 ? 'full' : 'partial' } })),
          meshFile({ id: 'no-mesh', order: 0, baseline: true, cells: { mtls: 'none' } }),
        ],
      }),
    );
    const view = compareIndexView(atlas);
    expect(view.matrix.meshes.map((m) => m.id)).toStrictEqual([...ids, 'no-mesh']);
    expect(view.matrix.defaultMeshes).toStrictEqual(['m1', 'm2', 'm3', 'm4']);
    expect(view.matrix.defaultMeshes).toHaveLength(4);
    expect(view.matrix.minMeshes).toBe(2);
    expect(view.matrix.maxMeshes).toBe(4);
    expect(view.bounds).toBe('two to four');
    expect(view.pairs).toHaveLength(21);
  });

  it('lists every pair once at its canonical page, with how many features differ', () => {
    const view = compareIndexView(atlasFrom(fourMeshContent()));
    expect(view.pairs).toHaveLength(10);
    expect(view.featureCount).toBe(6);
    expect(view.pairs.find((p) => p.href === '/compare/cilium-vs-linkerd/')).toStrictEqual({ href: '/compare/cilium-vs-linkerd/', label: 'Cilium vs Linkerd', differ: 5 });
    expect(view.pairs.find((p) => p.label === 'Istio ambient vs Istio sidecar')!.href).toBe('/compare/istio-ambient-vs-istio-sidecar/');
    expect(view.pairs.every((p) => /^\/compare\/([a-z-]+)-vs-([a-z-]+)\/$/.test(p.href))).toBe(true);
    // Four compared meshes: the default is all of them, the baseline is offered but not selected.
    expect(view.matrix.defaultMeshes).toStrictEqual(['istio-sidecar', 'istio-ambient', 'cilium', 'linkerd']);
    expect(view.address).toBe('/compare/');
  });

  it('on the real content: the default selection is within the bounds the legend states', () => {
    const view = compareIndexView(loadContent('content').atlas);
    expect(view.matrix.defaultMeshes.length).toBeGreaterThanOrEqual(view.matrix.minMeshes);
    expect(view.matrix.defaultMeshes.length).toBeLessThanOrEqual(view.matrix.maxMeshes);
    const n = view.matrix.meshes.length;
    expect(view.pairs).toHaveLength((n * (n - 1)) / 2);
    for (const pair of view.pairs) expect(pair.differ).toBeLessThanOrEqual(view.featureCount);
  });
});
