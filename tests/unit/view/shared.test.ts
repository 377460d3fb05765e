/** The ordering queries and helpers the view models share. */
import { describe, expect, it } from 'vitest';
import { baselineMeshes, meshesBaselineLast } from '../../../src/atlas/queries';
import { dated, matrixOptions, numberWord } from '../../../src/view/shared';
import { atlasFrom, content, featureFile, fourMeshContent, meshFile } from '../fixtures';

describe('compared meshes, then the baseline', () => {
  it('orders the compared meshes by display order and closes with the baseline', () => {
    const atlas = atlasFrom(fourMeshContent());
    expect(meshesBaselineLast(atlas).map((m) => m.id)).toStrictEqual(['istio-sidecar', 'istio-ambient', 'cilium', 'linkerd', 'no-mesh']);
    expect(baselineMeshes(atlas).map((m) => m.id)).toStrictEqual(['no-mesh']);
    expect(meshesBaselineLast(atlas)).toBe(meshesBaselineLast(atlas));
  });

  it('keeps several baselines in their own display order, and works without one', () => {
    const features = [featureFile({ id: 'mtls', name: 'mTLS', category: 'security' })];
    const atlas = atlasFrom(
      content({
        features,
        meshes: [
          meshFile({ id: 'base-b', order: 1, baseline: true, cells: { mtls: 'none' } }),
          meshFile({ id: 'mesh', order: 5, cells: { mtls: 'full' } }),
          meshFile({ id: 'base-a', order: 0, baseline: true, cells: { mtls: 'none' } }),
        ],
      }),
    );
    expect(meshesBaselineLast(atlas).map((m) => m.id)).toStrictEqual(['mesh', 'base-a', 'base-b']);
    const none = atlasFrom(content({ features, meshes: [meshFile({ id: 'mesh', order: 1, cells: { mtls: 'full' } })] }));
    expect(baselineMeshes(none)).toStrictEqual([]);
    expect(meshesBaselineLast(none).map((m) => m.id)).toStrictEqual(['mesh']);
  });

  it('gives the matrix those columns and its categories as URL-state options', () => {
    expect(matrixOptions(atlasFrom(fourMeshContent()))).toStrictEqual({
      meshIds: ['istio-sidecar', 'istio-ambient', 'cilium', 'linkerd', 'no-mesh'],
      categoryIds: ['security', 'resilience', 'platform'],
    });
  });
});

describe('helpers', () => {
  it('writes small counts in words and dates for <time>', () => {
    expect([0, 2, 4, 10, 11].map(numberWord)).toStrictEqual(['zero', 'two', 'four', 'ten', '11']);
    expect(dated('2026-03-09')).toStrictEqual({ iso: '2026-03-09', text: '9 Mar 2026' });
  });
});
