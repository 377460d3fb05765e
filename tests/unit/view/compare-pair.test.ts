import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { comparePairPaths, comparePairView } from '../../../src/view/comparePair';
import { atlasFrom, fourMeshContent, raw } from '../fixtures';

const atlas = atlasFrom(fourMeshContent());
const mesh = (id: string) => atlas.meshes.find((m) => m.id === id)!;

describe('compare pair view', () => {
  it('has one page per unordered pair, at the canonical slug', () => {
    const paths = comparePairPaths(atlas);
    expect(paths).toHaveLength(10);
    const ciliumLinkerd = paths.find((p) => p.params.pair === 'cilium-vs-linkerd')!;
    expect([ciliumLinkerd.props.a.id, ciliumLinkerd.props.b.id]).toStrictEqual(['cilium', 'linkerd']);
    expect(paths.some((p) => p.params.pair === 'linkerd-vs-cilium')).toBe(false);
  });

  const view = comparePairView(atlas, mesh('cilium'), mesh('linkerd'), '2026-03-01');

  it('leads with the differences and counts who is ahead', () => {
    expect(view.differing.map((d) => d.id)).toStrictEqual(['mtls', 'fault-injection', 'fips', 'windows-nodes', 'vm-workloads']);
    expect(view.differing[0]).toMatchObject({ href: '/features/mtls/', name: 'Mutual TLS', category: 'Security and identity' });
    expect(view.differing[0]!.cells.map((c) => c.level)).toStrictEqual(['partial', 'full']);
    expect(view.summary).toStrictEqual({ differ: 5, total: 6, firstAhead: 1, secondAhead: 2, sameLevelOtherwiseDifferent: 1, notComparable: 1 });
    expect(view.same).toStrictEqual([{ id: 'authz', href: '/features/authz/', name: 'Authorization policy', level: 'full' }]);
  });

  it('titles, describes and links the page', () => {
    expect(view.title).toBe('Cilium vs Linkerd: where they differ');
    expect(view.description).toBe(
      'Cilium and Linkerd differ on 5 of 6 features, including Mutual TLS, Fault injection, FIPS 140 builds. Architecture side by side, 1 study that measured both, every claim sourced.',
    );
    expect(view.image).toBe('/og/compare/cilium-vs-linkerd.png');
    expect(view.search).toStrictEqual({ type: 'comparison', meshes: ['Cilium', 'Linkerd'] });
    expect(view.links).toStrictEqual({
      compare: '/compare/',
      matrix: '/features/?m=cilium,linkerd&diff=1',
      profiles: [
        { href: '/meshes/cilium/', label: 'Cilium profile' },
        { href: '/meshes/linkerd/', label: 'Linkerd profile' },
      ],
    });
    expect(view.sides).toHaveLength(9);
    expect(view.sourceIds).toStrictEqual([{ id: 'docs-a' }]);
  });

  it('lines up the shared study’s numbers, keeping rows only one side has, and charts cut to the pair and the baseline', () => {
    const [study] = view.studies;
    expect(study!.study.id).toBe('seed-3-node-latency');
    // The memory chart is left out: Cilium has no memory number in it.
    expect(study!.charts.map((c) => c.id)).toStrictEqual(['seed-latency']);
    expect(study!.charts[0]!.meshes).toStrictEqual(['no-mesh', 'cilium', 'linkerd']);
    expect(study!.charts[0]!.subset).toStrictEqual(['cilium', 'linkerd', 'no-mesh']);
    const memory = study!.rows.find((r) => r.label.toLowerCase().startsWith('memory'))!;
    expect(memory.sides[0]).toStrictEqual([]);
    expect(memory.sides[1]).toStrictEqual([{ value: '20 MB', variant: null }]);
    expect(study!.rows.every((r) => r.load === '—')).toBe(true);
  });

  it('names a variant beside its number unless the mesh’s name already says it', () => {
    const sidecar = comparePairView(atlas, mesh('istio-ambient'), mesh('istio-sidecar'), '2026-03-01');
    const p99 = sidecar.studies[0]!.rows.find((r) => r.label === 'Latency p99');
    expect(p99!.sides[1]).toStrictEqual([
      { value: '9 ms', variant: 'tuned' },
      { value: '12.3 ms', variant: null },
    ]);
  });

  it('on the real content: differences plus agreements cover every feature on every pair page', () => {
    const real = loadContent('content').atlas;
    for (const { props } of comparePairPaths(real)) {
      const page = comparePairView(real, props.a, props.b, '2026-12-01');
      expect(page.differing.length + page.same.length).toBe(real.features.length);
      expect(page.links.matrix.startsWith('/features/?m=')).toBe(true);
      expect(page.image).toBe(`/og/compare/${props.a.id}-vs-${props.b.id}.png`);
    }
  });
});

describe('compare pair staleness', () => {
  it('gives each differing row why each side’s cell is stale on the build date', () => {
    const c = fourMeshContent();
    const cilium = raw(c.meshes!.find((m) => m.file.endsWith('/cilium.mdx'))!);
    delete cilium.support.mtls.verified;
    delete cilium.support.mtls.verifiedAgainst;
    const a = atlasFrom(c);
    const of = (id: string) => a.meshes.find((m) => m.id === id)!;
    const row = comparePairView(a, of('cilium'), of('linkerd'), '2026-03-01').differing.find((r) => r.id === 'mtls')!;
    expect(row.stale).toStrictEqual([['never checked'], []]);
    const later = comparePairView(a, of('cilium'), of('linkerd'), '2026-12-01').differing.find((r) => r.id === 'mtls')!;
    expect(later.stale).toStrictEqual([['never checked'], ['checked 320 days ago (limit 180)']]);
  });
});
