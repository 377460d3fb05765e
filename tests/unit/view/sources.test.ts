import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { sourcesView } from '../../../src/view/sources';
import { atlasFrom, chartContent } from '../fixtures';

describe('sources view', () => {
  const view = sourcesView(atlasFrom(chartContent()));

  it('lists sources by publisher then title, counting the vendor-written ones', () => {
    expect(view.sources.map((s) => s.id)).toStrictEqual(['lab-report', 'docs-a', 'docs-b']);
    expect(view.count).toBe(3);
    expect(view.vendorCount).toBe(2);
  });

  it('dates each source and links back to the pages that cite it', () => {
    const docsA = view.sources.find((s) => s.id === 'docs-a')!;
    expect(docsA).toMatchObject({ url: 'https://example.org/a', title: 'Docs A', publisher: 'Project A', kind: 'docs', date: { iso: '2025-03-04', text: '4 Mar 2025' }, accessed: { iso: '2026-01-15', text: '15 Jan 2026' } });
    expect(docsA.citedBy.map((c) => c.href)).toStrictEqual([
      '/meshes/no-mesh/',
      '/meshes/istio-sidecar/',
      '/meshes/istio-ambient/',
      '/meshes/cilium/',
      '/meshes/linkerd/',
      '/benchmarks/seed-3-node-latency/',
    ]);
    const docsB = view.sources.find((s) => s.id === 'docs-b')!;
    expect(docsB.date).toBeNull();
    expect(docsB.citedBy).toStrictEqual([{ label: 'Load steps', href: '/benchmarks/load-steps/' }]);
  });

  it('on the real content: every source once, every citation a mesh or study page or a project’s lifecycle', () => {
    const { atlas } = loadContent('content');
    const real = sourcesView(atlas);
    expect(new Set(real.sources.map((s) => s.id)).size).toBe(atlas.sources.length);
    for (const source of real.sources) for (const c of source.citedBy) expect(c.href).toMatch(/^\/(meshes|benchmarks)\/[a-z0-9-]+\/$|^\/lifecycle\/#[a-z0-9-]+$/);
    // Every lifecycle fact's source is backlinked to the lifecycle page.
    const lifecycleIds = new Set(atlas.lifecycle.flatMap((l) => JSON.stringify(l.data).match(/"id":"[a-z0-9-]+","collection":"sources"/g) ?? []).map((m) => m.slice(6, m.indexOf('"', 6))));
    expect(lifecycleIds.size).toBeGreaterThan(10);
    for (const id of lifecycleIds) expect(real.sources.find((s) => s.id === id)!.citedBy.some((c) => c.href.startsWith('/lifecycle/#')), id).toBe(true);
  });
});
