import { describe, expect, it } from 'vitest';
import { changesPageView, meshFreshness, qualityCellsView, qualityHeadline, qualityPageView, recentChanges } from '../../../src/view/freshness';
import { lifecyclePageView, meshLifecycle } from '../../../src/view/lifecycle';
import { atlasFrom, fourMeshContent, raw } from '../fixtures';

const change = (extra: object) => ({ kind: 'review', field: 'note', reason: 'Reworded the note.', sources: ['docs-a'], ...extra });

function atlas() {
  const c = fourMeshContent();
  const mesh = (id: string) => raw(c.meshes!.find((m) => m.file.endsWith(`/${id}.mdx`))!);
  mesh('linkerd').support.mtls.history = [change({ kind: 'release', version: '2.1', field: 'level', from: 'none', to: 'full' }), change({ date: '2026-03-01' })];
  mesh('cilium').support.fips.history = [change({ date: '2026-02-01' })];
  delete mesh('cilium').support.fips.verified;
  delete mesh('cilium').support.fips.verifiedAgainst;
  const lifecycle = {
    file: 'content/lifecycle/istio.yaml',
    data: {
      project: 'istio',
      cadence: { text: 'Quarterly minors.', sources: ['docs-a'], verified: '2026-01-15' },
      supportPolicy: { text: 'Until six weeks after N+2.', sources: ['docs-a'], verified: '2026-01-15' },
      releases: [
        { version: '1.27', channel: 'stable', released: '2025-08-11', kubernetes: { min: '1.29', max: '1.33' }, endOfSupportNote: 'Six weeks after 1.29.0.', sources: ['docs-a'], verified: '2026-01-15' },
        { version: '1.26', channel: 'stable', endOfSupport: '2026-01-01', sources: ['docs-a'], verified: '2026-01-15' },
      ],
      upgrade: { text: 'Canary or in place.', sources: ['docs-a'], verified: '2026-01-15' },
      distributions: [{ name: 'Upstream', by: 'The project', kind: 'managed', support: 'Community support.', sources: ['docs-a'], verified: '2026-01-15' }],
      licence: { spdx: 'Apache-2.0', sources: ['docs-a'], verified: '2026-01-15' },
      governance: { text: 'A CNCF project.', sources: ['docs-a'], verified: '2026-01-15' },
    },
  };
  return atlasFrom({ ...c, lifecycle: [lifecycle] } as never);
}
const TODAY = '2026-03-01';

describe('the changes page', () => {
  it('groups dated changes by day with anchors, and lists undated ones apart', () => {
    const view = changesPageView(atlas());
    expect(view.total).toBe(3);
    expect(view.meshIds).toBe('istio-sidecar,istio-ambient,cilium,linkerd,no-mesh');
    expect(view.batches.map((b) => [b.anchor, b.date.text, b.count, b.changes.map((c) => c.id)])).toStrictEqual([
      ['changes-2026-03-01', '1 Mar 2026', 1, ['mtls-linkerd-2']],
      ['changes-2026-02-01', '1 Feb 2026', 1, ['fips-cilium-1']],
    ]);
    expect(view.undated.map((c) => [c.id, c.line, c.kind, c.date])).toStrictEqual([['mtls-linkerd-1', 'Support: none → full in 2.1 (release date not recorded)', 'Upstream release', '']]);
    expect(view.batches[0]!.changes[0]).toMatchObject({ mesh: 'linkerd', cell: { href: '/features/mtls/#mtls-linkerd', label: 'Mutual TLS — Linkerd' }, kind: 'Atlas review', reason: 'Reworded the note.' });
    expect(view.batches[0]!.changes[0]!.sources.map((s) => s.id)).toStrictEqual(['docs-a']);
    expect([view.feed, view.json]).toStrictEqual(['/changes.xml', '/data/changes.json']);
  });

  it('gives the home page the newest dated changes, each linked to its place on the changes page', () => {
    const recent = recentChanges(atlas(), 1);
    expect(recent.map((c) => [c.id, c.date.iso, c.href])).toStrictEqual([['mtls-linkerd-2', '2026-03-01', '/changes/#mtls-linkerd-2']]);
    expect(recentChanges(atlas()).map((c) => c.id)).toStrictEqual(['mtls-linkerd-2', 'fips-cilium-1']);
  });
});

describe('the quality pages', () => {
  it('shows shares as percentages and counts as numbers, each linked to its cells unless zero', () => {
    const view = qualityPageView(atlas(), TODAY);
    const cilium = view.rows.find((r) => r.mesh === 'cilium')!;
    expect(cilium.total).toBe(6);
    expect(cilium.href).toBe('/meshes/cilium/');
    expect(cilium.cells.find((c) => c.measure === 'stale')).toStrictEqual({ measure: 'stale', count: 1, text: '1', label: '1 of 6 cells', href: '/quality/cells/#stale-cilium' });
    expect(cilium.cells.find((c) => c.measure === 'verified-current')).toMatchObject({ count: 5, text: '83 %', href: '/quality/cells/#verified-current-cilium' });
    expect(cilium.cells.find((c) => c.measure === 'vendor-only')).toMatchObject({ count: 0, text: '0 %', href: null });
    expect(view.overall).toMatchObject({ mesh: null, name: 'All meshes', total: 30, href: null });
    expect(view.overall.cells.find((c) => c.measure === 'stale')!.href).toBe('/quality/cells/#stale');
    expect(view.measures.map((m) => [m.id, m.share])).toStrictEqual([
      ['primary', true], ['vendor-only', true], ['third-party-only', true], ['no-source', true], ['verified-current', true], ['stale', false], ['unknown', false],
    ]);
    expect([view.cellsPage, view.featuresJson, view.changes, view.staleAfterDays]).toStrictEqual(['/quality/cells/', '/data/features.json', '/changes/', 180]);
  });

  it('lists the cells behind each number by measure and mesh, stale ones with their reasons', () => {
    const view = qualityCellsView(atlas(), TODAY);
    const stale = view.measures.find((m) => m.id === 'stale')!;
    expect(stale.count).toBe(1);
    const cilium = stale.meshes.find((m) => m.anchor === 'stale-cilium')!;
    expect(cilium).toStrictEqual({ anchor: 'stale-cilium', name: 'Cilium', cells: [{ href: '/features/fips/#fips-cilium', label: 'FIPS 140 builds', stale: ['never checked'] }] });
    expect(view.measures.find((m) => m.id === 'unknown')!.meshes.find((m) => m.anchor === 'unknown-cilium')!.cells[0]!.stale).toStrictEqual([]);
  });

  it('gives the home page its headline, and a mesh page its stale and change counts', () => {
    expect(qualityHeadline(atlas(), TODAY)).toStrictEqual({ href: '/quality/', total: 30, primary: 87, current: 97, stale: 1, unknown: 2 });
    const a = atlas();
    expect(meshFreshness(a, a.meshes.find((m) => m.id === 'cilium')!, TODAY)).toStrictEqual({
      stale: 1, total: 6, staleHref: '/quality/cells/#stale-cilium', changes: 1, changesHref: '/changes/?mesh=cilium',
    });
    expect(meshFreshness(a, a.meshes.find((m) => m.id === 'linkerd')!, TODAY)).toMatchObject({ stale: 0, changes: 2 });
  });
});

/** The fixture with lifecycle files for Linkerd (listed first) and Istio, as two projects. */
function twoProjects() {
  const c = fourMeshContent();
  const base = (project: string, extra: object) => ({
    file: `content/lifecycle/${project}.yaml`,
    data: {
      project,
      cadence: { text: 'Often, quarterly.', sources: ['docs-a'], verified: '2026-01-15' },
      supportPolicy: { text: 'A support policy.', sources: ['docs-a'], verified: '2026-01-15' },
      upgrade: { text: 'Upgraded in place.', sources: ['docs-a'], verified: '2026-01-15' },
      licence: { spdx: 'Apache-2.0', sources: ['docs-a'], verified: '2026-01-15' },
      governance: { text: 'A CNCF project.', sources: ['docs-a'], verified: '2026-01-15' },
      ...extra,
    },
  });
  const linkerd = base('linkerd', {
    releases: [
      { version: '2.18', channel: 'vendor-stable', endOfSupportNote: 'Set by the vendor.', note: 'Announced, not tagged.', sources: ['docs-a'], verified: '2026-01-15' },
      { version: '2.17', channel: 'vendor-stable', endedBy: '2026-01-01', endOfSupportNote: 'Called ended.', sources: ['docs-a'], verified: '2026-01-15' },
    ],
    distributions: [
      { name: 'Edge releases', by: 'The project', kind: 'open-source', support: 'No support at all.', sources: ['docs-a'], verified: '2026-01-15' },
      { name: 'A vendor build', by: 'A vendor', kind: 'enterprise', support: 'Paid support.', sources: ['docs-a'], verified: '2026-01-15' },
    ],
  });
  const istio = base('istio', {
    releases: [{ version: '1.27', channel: 'stable', endOfSupport: '2026-06-01', sources: ['docs-a'], verified: '2026-01-15' }],
    distributions: [{ name: 'Upstream', by: 'The project', kind: 'open-source', support: 'Community support.', sources: ['docs-a'], verified: '2026-01-15' }],
  });
  return atlasFrom({ ...c, lifecycle: [linkerd, istio] } as never);
}

describe('the lifecycle views', () => {
  it('orders projects as the meshes are ordered, and sums each mesh up across projects', () => {
    const view = lifecyclePageView(twoProjects(), TODAY);
    expect(view.projects.map((p) => p.id)).toStrictEqual(['istio', 'linkerd']);
    expect(view.search).toStrictEqual({ type: 'lifecycle', meshes: ['Istio sidecar', 'Istio ambient', 'Linkerd'] });
    expect(view.missing).toStrictEqual(['Cilium']);
    expect(view.summary.map((r) => [r.mesh.name, r.current, r.ended, r.offerings])).toStrictEqual([
      ['Istio (sidecar mode)', ['1.27 until 1 Jun 2026'], [], []],
      ['Istio (ambient mode)', ['1.27 until 1 Jun 2026'], [], []],
      ['Linkerd', ['2.18, end not published'], ['2.17'], ['A vendor build']],
    ]);
    const linkerd = view.projects[1]!;
    expect(linkerd.releases.map((r) => [r.version, r.status, r.endedBy?.text ?? null, r.endOfSupportNote, r.note])).toStrictEqual([
      ['2.18', 'no-date', null, 'Set by the vendor.', 'Announced, not tagged.'],
      ['2.17', 'ended', '1 Jan 2026', 'Called ended.', null],
    ]);
    expect(linkerd.releases[0]!.channel).toBe('stable, from a vendor');
    expect(linkerd.name).toBe('Linkerd');
  });

  it('shows each release’s status on the build date, with its facts and the meshes it applies to', () => {
    const view = lifecyclePageView(atlas(), TODAY);
    expect(view.missing).toStrictEqual(['Cilium', 'Linkerd']);
    const [istio] = view.projects;
    expect(istio!.meshes.map((m) => m.name)).toStrictEqual(['Istio (sidecar mode)', 'Istio (ambient mode)']);
    expect(istio!.releases.map((r) => [r.version, r.status, r.statusText, r.kubernetes, r.released?.text ?? null, r.endOfSupport?.text ?? null, r.channel])).toStrictEqual([
      ['1.27', 'no-date', 'No end date published', '1.29 to 1.33', '11 Aug 2025', null, 'project release'],
      ['1.26', 'ended', 'Support ended', 'not stated', null, '1 Jan 2026', 'project release'],
    ]);
    expect(istio!.distributions[0]!.kindLabel).toBe('Cloud-managed');
    expect(istio!.cadence.verified.text).toBe('15 Jan 2026');
    expect(view.json).toBe('/data/lifecycle.json');
    expect(view.summary.map((r) => [r.mesh.name, r.project.href, r.newest?.version, r.current, r.ended, r.licence, r.offerings])).toStrictEqual([
      ['Istio (sidecar mode)', '#istio', '1.27', ['1.27, end not published'], ['1.26'], 'Apache-2.0', ['Upstream']],
      ['Istio (ambient mode)', '#istio', '1.27', ['1.27, end not published'], ['1.26'], 'Apache-2.0', ['Upstream']],
    ]);
    const later = lifecyclePageView(atlas(), '2025-12-01');
    expect(later.summary[0]!.current).toStrictEqual(['1.27, end not published', '1.26 until 1 Jan 2026']);
    expect(later.summary[0]!.ended).toStrictEqual([]);
  });

  it('gives a mesh page its project’s facts, or none for the baseline and projects without a file', () => {
    const a = atlas();
    expect(meshLifecycle(a, a.meshes.find((m) => m.id === 'istio-ambient')!, TODAY)).toMatchObject({ id: 'istio', href: '/lifecycle/#istio' });
    expect(meshLifecycle(a, a.meshes.find((m) => m.id === 'cilium')!, TODAY)).toBeNull();
    expect(meshLifecycle(a, a.meshes.find((m) => m.id === 'no-mesh')!, TODAY)).toBeNull();
  });
});
