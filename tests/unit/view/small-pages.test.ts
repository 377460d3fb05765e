/** The view models of the small pages: 404, guides, a guide, a chart's embed page. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { allChartSpecs } from '../../../src/charts/charts';
import { embedChartPaths, embedChartView } from '../../../src/view/embedChart';
import { guidePagePaths, guidePageView, guidesView } from '../../../src/view/guides';
import { notFoundView } from '../../../src/view/notFound';
import { atlasFrom, chartContent, fourMeshContent } from '../fixtures';

describe('404 view', () => {
  it('offers the overview, every mesh, the studies and the sources', () => {
    expect(notFoundView(atlasFrom(fourMeshContent())).links).toStrictEqual([
      { href: '/', label: 'Overview' },
      { href: '/meshes/no-mesh/', label: 'No mesh' },
      { href: '/meshes/istio-sidecar/', label: 'Istio (sidecar mode)' },
      { href: '/meshes/istio-ambient/', label: 'Istio (ambient mode)' },
      { href: '/meshes/cilium/', label: 'Cilium' },
      { href: '/meshes/linkerd/', label: 'Linkerd' },
      { href: '/benchmarks/', label: 'Benchmark studies' },
      { href: '/sources/', label: 'Sources' },
    ]);
  });
});

describe('guides views', () => {
  const { atlas } = loadContent('content');

  it('lists the guides in their order, linked, and links the chooser', () => {
    const view = guidesView(atlas);
    expect(view.chooser).toBe('/choose/');
    expect(view.guides).toHaveLength(atlas.guides.length);
    const order = view.guides.map((g) => atlas.guides.find((x) => `/guides/${x.id}/` === g.href)!.data.order);
    expect(order).toStrictEqual([...order].sort((a, b) => a - b));
  });

  it('gives each guide its page, tagged for search with the meshes it is about', () => {
    for (const { params, props } of guidePagePaths(atlas)) {
      const page = guidePageView(atlas, props.guide);
      expect(page.id).toBe(params.guide);
      expect(page.guides).toBe('/guides/');
      expect(page.search.type).toBe('guide');
      expect(page.search.meshes).toHaveLength(props.guide.data.meshes.length);
      expect(page.reviewed.iso).toBe(props.guide.data.reviewed);
    }
  });
});

describe('embed view', () => {
  it('previews with the chart image and points search engines at the study page', () => {
    const atlas = atlasFrom(chartContent());
    expect(embedChartPaths(atlas).map((p) => p.params.chart)).toStrictEqual(allChartSpecs(atlas).map((s) => s.id));
    const spec = allChartSpecs(atlas).find((s) => s.id === 'seed-latency')!;
    const view = embedChartView(spec);
    expect(view.image).toBe('/charts/seed-latency.png');
    expect(view.canonicalPath).toBe('/benchmarks/seed-3-node-latency/');
    expect(view.imageAlt).toBe('Latency per mesh chart');
    expect(view.description).toBe(`Latency per mesh: ${spec.conditions}. From Three-node latency and memory, with the numbers as a table and a link to the source.`);
  });
});
