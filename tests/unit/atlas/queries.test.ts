/** Queries over the atlas and two-mesh study rows, on fixture atlases built for each question. */
import { describe, expect, it } from 'vitest';
import {
  byStudyDate,
  cellFor,
  citationsBySource,
  comparedMeshes,
  dataReviewedDate,
  featuresByCategory,
  guideWithRole,
  projectNames,
  projectsOf,
  studyWithRole,
  meshesInStudy,
  memoize,
  resultsByMetric,
  sortedMeshes,
  sourceById,
  sourceIdsOfMesh,
  studiesForMesh,
  supportSummary,
} from '../../../src/atlas/queries';
import { sharedStudyRows } from '../../../src/domain/studyComparison';
import { atlasFrom, content, featureFile, fourMeshContent, meshFile, raw, studyFile, type ResultInput } from '../fixtures';

const four = () => atlasFrom(fourMeshContent());
const ms = (mesh: string, metric: string, value: number, extra: Partial<ResultInput> = {}): ResultInput => ({ mesh, metric, value, unit: 'ms', ...extra });
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('memoize', () => {
  it('derives once per key and keeps keys apart', () => {
    const calls: object[] = [];
    const derive = memoize((key: { n: number }) => {
      calls.push(key);
      return { doubled: key.n * 2 };
    });
    const a = { n: 1 };
    const b = { n: 2 };
    const first = derive(a);
    expect(derive(a)).toBe(first);
    expect(derive(b)).toStrictEqual({ doubled: 4 });
    expect(first).toStrictEqual({ doubled: 2 });
    expect(calls).toStrictEqual([a, b]);
  });

  it('caches a falsy result too', () => {
    let calls = 0;
    const derive = memoize((_: object) => (calls++, 0));
    const key = {};
    expect([derive(key), derive(key)]).toStrictEqual([0, 0]);
    expect(calls).toBe(1);
  });
});

describe('meshes and features in display order', () => {
  it('orders meshes by order, baseline first, and leaves the baseline out of the compared ones', () => {
    const atlas = four();
    expect(ids(sortedMeshes(atlas))).toStrictEqual(['no-mesh', 'istio-sidecar', 'istio-ambient', 'cilium', 'linkerd']);
    expect(ids(comparedMeshes(atlas))).toStrictEqual(['istio-sidecar', 'istio-ambient', 'cilium', 'linkerd']);
    expect(ids(atlas.meshes)[0]).toBe('linkerd'); // the atlas itself is not reordered
  });

  it('breaks order ties by name', () => {
    const atlas = atlasFrom(content({
      meshes: [
        meshFile({ id: 'm-b', order: 2, name: 'Beta mesh', cells: {} }),
        meshFile({ id: 'm-c', order: 1, name: 'Gamma mesh', cells: {} }),
        meshFile({ id: 'm-a', order: 2, name: 'Alpha mesh', cells: {} }),
      ],
    }));
    expect(ids(sortedMeshes(atlas))).toStrictEqual(['m-c', 'm-a', 'm-b']);
  });

  it('groups features by category in vocabulary order, each group by order then name, empty groups left out', () => {
    const atlas = atlasFrom(content({
      features: [
        featureFile({ id: 'zz', name: 'Zeta', category: 'platform', order: 1 }),
        featureFile({ id: 'retries', name: 'Retries', category: 'resilience', order: 5 }),
        featureFile({ id: 'aa', name: 'Alpha', category: 'platform', order: 1 }),
        featureFile({ id: 'first', name: 'Yankee', category: 'platform', order: 0 }),
        featureFile({ id: 'mtls', name: 'Mutual TLS', category: 'security' }),
      ],
    }));
    expect(featuresByCategory(atlas).map((g) => [g.category, g.label, ids(g.features)])).toStrictEqual([
      ['security', 'Security and identity', ['mtls']],
      ['resilience', 'Resilience', ['retries']],
      ['platform', 'Platform and operations', ['first', 'aa', 'zz']],
    ]);
  });
});

describe('cells and support counts', () => {
  it('counts a mesh’s cells per level', () => {
    const cilium = four().meshes.find((m) => m.id === 'cilium')!;
    expect(supportSummary(cilium)).toStrictEqual({ full: 2, partial: 2, none: 1, unknown: 1, 'not-applicable': 0 });
  });

  it('finds a cell, and names the file and field when there is none', () => {
    const cilium = four().meshes.find((m) => m.id === 'cilium')!;
    expect(cellFor(cilium, 'mtls').level).toBe('partial');
    expect(() => cellFor(cilium, 'nope')).toThrow('content/meshes/cilium.mdx: support.nope is missing');
  });
});

describe('study results', () => {
  it('groups results by metric in vocabulary order, meshes in the given order, unknown meshes last', () => {
    const atlas = four();
    const seed = atlas.benchmarks[0]!;
    const tables = resultsByMetric(seed, ids(sortedMeshes(atlas)));
    expect(tables.map((t) => [t.metric, t.label, t.unit])).toStrictEqual([
      ['latency_p50_ms', 'Latency p50', 'ms'],
      ['latency_p99_ms', 'Latency p99', 'ms'],
      ['memory_per_pod_mb', 'Memory per pod', 'MB'],
      ['memory_per_node_mb', 'Memory per node', 'MB'],
    ]);
    expect(tables[0]!.results.map((r) => [r.mesh.id, r.value])).toStrictEqual([
      ['no-mesh', 1.2], ['istio-sidecar', 3.8], ['istio-ambient', 2.1], ['cilium', 1.4], ['linkerd', 2],
    ]);
    expect(tables[1]!.results.map((r) => [r.mesh.id, r.variant])).toStrictEqual([
      ['no-mesh', 'default'], ['istio-sidecar', 'tuned'], ['istio-sidecar', 'default'], ['istio-ambient', 'default'], ['cilium', 'default'], ['linkerd', 'default'],
    ]);
    const partial = resultsByMetric(seed, ['linkerd', 'cilium']);
    expect(partial[0]!.results.map((r) => r.mesh.id)).toStrictEqual(['linkerd', 'cilium', 'istio-sidecar', 'istio-ambient', 'no-mesh']);
    expect(resultsByMetric({ ...seed, data: { ...seed.data, results: [] } }, [])).toStrictEqual([]);
  });

  const dated = () =>
    atlasFrom(content({
      benchmarks: [
        studyFile({ id: 'b-undated', date: null, results: [ms('m1', 'latency_p50_ms', 1)] }),
        studyFile({ id: 'old', date: '2024-01-01', results: [ms('m1', 'latency_p50_ms', 2), ms('m2', 'latency_p50_ms', 3)] }),
        studyFile({ id: 'zeta', date: '2025-06-01', results: [ms('m2', 'latency_p50_ms', 4)] }),
        studyFile({ id: 'a-undated', date: null, results: [ms('m2', 'latency_p50_ms', 5)] }),
        studyFile({ id: 'alpha', date: '2025-06-01', results: [ms('m1', 'latency_p50_ms', 6), ms('m1', 'latency_p99_ms', 7)] }),
      ],
      meshes: [meshFile({ id: 'm2', order: 2, cells: {} }), meshFile({ id: 'm1', order: 1, cells: {} })],
    }));

  it('sorts studies newest first, same dates by id, undated last', () => {
    expect(ids([...dated().benchmarks].sort(byStudyDate))).toStrictEqual(['alpha', 'zeta', 'old', 'a-undated', 'b-undated']);
  });

  it('finds the studies that measured a mesh, newest first, each with only that mesh’s results', () => {
    const found = studiesForMesh(dated(), 'm1');
    expect(found.map(({ study, results }) => [study.id, results.map((r) => r.value)])).toStrictEqual([
      ['alpha', [6, 7]],
      ['old', [2]],
      ['b-undated', [1]],
    ]);
    expect(studiesForMesh(dated(), 'nobody')).toStrictEqual([]);
  });

  it('lists the meshes a study measured in display order, once each', () => {
    const atlas = dated();
    const old = atlas.benchmarks.find((b) => b.id === 'old')!;
    expect(ids(meshesInStudy(atlas, old))).toStrictEqual(['m1', 'm2']);
    expect(ids(meshesInStudy(atlas, atlas.benchmarks.find((b) => b.id === 'alpha')!))).toStrictEqual(['m1']);
  });
});

describe('sources', () => {
  it('lists a mesh’s sources once each in first-cited order: architecture, resources, strengths, limits, cells', () => {
    const file = meshFile({ id: 'mesh-m', order: 1, cells: { mtls: { level: 'full', sources: ['s-cell', 's-str'] }, tcp: { level: 'none', sources: ['s-cell-2'] } } });
    const data = raw(file);
    data.architecture.sources = ['s-arch'];
    data.resourceModel.sources = ['s-res', 's-arch'];
    data.strengths = [{ text: 'A strength with words.', sources: ['s-str'] }, { text: 'Another strength.', sources: ['s-str-2'] }];
    data.limits = [{ text: 'A limit with words.', sources: ['s-lim', 's-res'] }];
    const mesh = atlasFrom(content({ meshes: [file] })).meshes[0]!;
    expect(sourceIdsOfMesh(mesh)).toStrictEqual(['s-arch', 's-res', 's-str', 's-str-2', 's-lim', 's-cell', 's-cell-2']);
    data.support.mtls.history = [{ kind: 'review', date: '2026-01-10', field: 'note', reason: 'Reworded the note.', sources: ['s-hist', 's-cell'] }];
    const withHistory = atlasFrom(content({ meshes: [file] })).meshes[0]!;
    expect(sourceIdsOfMesh(withHistory)).toStrictEqual(['s-arch', 's-res', 's-str', 's-str-2', 's-lim', 's-cell', 's-hist', 's-cell-2']);
  });

  it('backlinks the sources of lifecycle facts to the project’s place on the lifecycle page', () => {
    const c = fourMeshContent();
    const fact = (sources: string[]) => ({ text: 'A fact with words.', sources, verified: '2026-01-15' });
    (c as { lifecycle?: unknown[] }).lifecycle = [{
      file: 'content/lifecycle/linkerd.yaml',
      data: {
        project: 'linkerd', cadence: fact(['lab-report']), supportPolicy: fact(['docs-b']), upgrade: fact(['docs-b']), governance: fact(['docs-b']),
        releases: [{ version: 'edge', channel: 'edge', endOfSupportNote: 'Edge releases are not supported.', sources: ['docs-b'], verified: '2026-01-15' }],
        distributions: [{ name: 'Upstream', by: 'The project', kind: 'open-source', support: 'Community support.', sources: ['docs-b'], verified: '2026-01-15' }],
        licence: { spdx: 'Apache-2.0', sources: ['docs-b'], verified: '2026-01-15' },
      },
    }];
    const backlinks = citationsBySource(atlasFrom(c));
    expect(backlinks.get('docs-b')).toStrictEqual([{ label: 'Linkerd lifecycle', href: '/lifecycle/#linkerd' }]);
    expect(backlinks.get('lab-report')).toStrictEqual([{ label: 'Linkerd lifecycle', href: '/lifecycle/#linkerd' }]);
  });

  it('backlinks each source to the meshes (by full name) and studies citing it, once per page', () => {
    const raw4 = fourMeshContent();
    raw(raw4.benchmarks![0]!).sources = ['lab-report', 'docs-a', 'lab-report'];
    const backlinks = citationsBySource(atlasFrom(raw4));
    expect(backlinks.get('docs-a')).toStrictEqual([
      { label: 'No mesh', href: '/meshes/no-mesh/' },
      { label: 'Istio (sidecar mode)', href: '/meshes/istio-sidecar/' },
      { label: 'Istio (ambient mode)', href: '/meshes/istio-ambient/' },
      { label: 'Cilium', href: '/meshes/cilium/' },
      { label: 'Linkerd', href: '/meshes/linkerd/' },
      { label: 'Three-node latency and memory', href: '/benchmarks/seed-3-node-latency/' },
    ]);
    expect(backlinks.get('lab-report')).toStrictEqual([{ label: 'Three-node latency and memory', href: '/benchmarks/seed-3-node-latency/' }]);
    expect(backlinks.has('docs-b')).toBe(false);
  });

  it('looks sources up by id', () => {
    const atlas = four();
    expect(sourceById(atlas, 'docs-b').data.title).toBe('Docs B');
    expect(sourceById(atlas, 'lab-report').id).toBe('lab-report');
    expect(() => sourceById(atlas, 'nope')).toThrow('unknown source id "nope"');
  });
});

describe('projects and roles, from the content', () => {
  it('lists the projects the mesh files declare, in the display order of their first mesh, with their meshes', () => {
    const atlas = four();
    expect(projectsOf(atlas)).toStrictEqual([
      { id: 'istio', name: 'Istio', meshes: ['istio-sidecar', 'istio-ambient'] },
      { id: 'cilium', name: 'Cilium', meshes: ['cilium'] },
      { id: 'linkerd', name: 'Linkerd', meshes: ['linkerd'] },
    ]);
    expect(projectNames(atlas)).toStrictEqual({ istio: 'Istio', cilium: 'Cilium', linkerd: 'Linkerd' });
  });

  it('finds the study and the guide holding a role, or none', () => {
    const c = fourMeshContent();
    c.guides = [{ file: 'content/guides/g.mdx', data: { title: 'Guide G', description: 'A guide holding a role here.', reviewed: '2026-01-15', sources: ['docs-a'], roles: ['no-mesh'] } }];
    const atlas = atlasFrom(c);
    expect(studyWithRole(atlas, 'chooser-evidence')?.id).toBe('seed-3-node-latency');
    expect(studyWithRole(atlas, 'calculator-cpu')).toBeUndefined();
    expect(guideWithRole(atlas, 'no-mesh')?.id).toBe('g');
    expect(guideWithRole(atlas, 'choosing')).toBeUndefined();
  });
});

describe('the date the data was reviewed', () => {
  const reviewed = (edit: (c: ReturnType<typeof fourMeshContent>) => void) => {
    const c = fourMeshContent();
    edit(c);
    return dataReviewedDate(atlasFrom(c));
  };

  it('is the latest of mesh reviews, cell verifications and study verifications', () => {
    expect(reviewed(() => {})).toBe('2026-01-15');
    expect(reviewed((c) => (raw(c.meshes![3]!).reviewed = '2026-02-01'))).toBe('2026-02-01');
    expect(reviewed((c) => (raw(c.meshes![2]!).support.fips.verified = '2026-03-01'))).toBe('2026-03-01');
    expect(reviewed((c) => (raw(c.benchmarks![0]!).verified = '2026-04-01'))).toBe('2026-04-01');
    expect(dataReviewedDate(atlasFrom(content({})))).toBeUndefined();
  });
});

describe('two meshes side by side in shared studies', () => {
  const atlas = () =>
    atlasFrom(content({
      benchmarks: [
        studyFile({ id: 'older', date: '2024-01-01', results: [ms('cilium', 'latency_p50_ms', 10), ms('linkerd', 'latency_p50_ms', 11)] }),
        studyFile({ id: 'cilium-only', date: '2025-12-01', results: [ms('cilium', 'latency_p50_ms', 20), ms('istio-sidecar', 'latency_p50_ms', 21)] }),
        studyFile({
          id: 'newer',
          date: '2025-09-01',
          results: [
            ms('linkerd', 'latency_p99_ms', 1),
            ms('cilium', 'latency_p50_ms', 2),
            ms('istio-sidecar', 'latency_p50_ms', 3),
            ms('cilium', 'latency_p99_ms', 4),
            ms('linkerd', 'latency_p50_ms', 5, { scenario: '100 rps' }),
            ms('linkerd', 'latency_p50_ms', 6),
            { mesh: 'cilium', metric: 'memory_per_pod_mb', value: 7, unit: 'MB' },
            ms('cilium', 'latency_p50_ms', 8, { variant: 'wireguard' }),
          ],
        }),
      ],
    }));
  const rowsOf = (first: string, second: string) =>
    sharedStudyRows(atlas(), first, second).map(({ study, rows }) => [
      study.id,
      rows.map((r) => [r.metric, r.label, r.scenario, r.first.map((x) => x.value), r.second.map((x) => x.value)]),
    ]);

  it('lines the two up by metric (vocabulary order) and load, newest study first, only studies with both', () => {
    expect(rowsOf('cilium', 'linkerd')).toStrictEqual([
      ['newer', [
        ['latency_p50_ms', 'Latency p50', 'default', [2, 8], [6]],
        ['latency_p50_ms', 'Latency p50', '100 rps', [], [5]],
        ['latency_p99_ms', 'Latency p99', 'default', [4], [1]],
        ['memory_per_pod_mb', 'Memory per pod', 'default', [7], []],
      ]],
      ['older', [['latency_p50_ms', 'Latency p50', 'default', [10], [11]]]],
    ]);
  });

  it('puts each mesh on its own side', () => {
    expect(rowsOf('linkerd', 'cilium')[1]).toStrictEqual(['older', [['latency_p50_ms', 'Latency p50', 'default', [11], [10]]]]);
    expect(rowsOf('cilium', 'kuma')).toStrictEqual([]);
  });
});
