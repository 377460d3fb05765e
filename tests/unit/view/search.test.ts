import { describe, expect, it } from 'vitest';
import { searchView } from '../../../src/view/search';
import { atlasFrom, fourMeshContent } from '../fixtures';

describe('search view', () => {
  const view = searchView(atlasFrom(fourMeshContent()));

  it('links what search covers and offers each page type and mesh as a filter', () => {
    expect(view.links).toStrictEqual({ conformance: '/conformance/', glossary: '/glossary/', meshes: '/#meshes', features: '/features/', compare: '/compare/', benchmarks: '/benchmarks/', guides: '/guides/', lifecycle: '/lifecycle/' });
    expect(view.types.map(([value]) => value)).toStrictEqual(['', 'mesh', 'feature', 'comparison', 'benchmark', 'guide', 'lifecycle', 'conformance', 'glossary']);
    expect(view.meshes).toStrictEqual(['No mesh', 'Istio sidecar', 'Istio ambient', 'Cilium', 'Linkerd']);
  });
});
