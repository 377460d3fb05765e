import { describe, expect, it } from 'vitest';
import { chooserData, recommend, requiredFeatures, summarizeRecommendation, type ChooserData } from '../../../src/domain/chooser';
import { EMPTY_ANSWERS, parseChooserAnswers, serializeChooserAnswers, urls, type ChooserAnswers } from '../../../src/domain/urls';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { atlasFrom, fourMeshContent, raw, studyFile } from '../fixtures';
import type { RawFile } from '../../../src/atlas/node/contentFiles';

/** A guide holding chooser roles, so reasons link to it. */
const guide = (id: string, roles: string[]): RawFile => ({
  file: `content/guides/${id}.mdx`,
  data: { title: `Guide ${id}`, description: 'A guide that the chooser cites.', reviewed: '2026-01-15', sources: ['docs-a'], roles },
});
const withGuides = () => {
  const c = fourMeshContent();
  c.guides = [guide('picking', ['choosing']), guide('small-estates', ['no-mesh'])];
  return c;
};

const fixtureData = () => chooserData(atlasFrom(withGuides()));
const answers = (over: Partial<ChooserAnswers>): ChooserAnswers => ({ ...EMPTY_ANSWERS, ...over });
const ranking = (data: ChooserData, over: Partial<ChooserAnswers>) => recommend(data, answers(over)).ranked.map((r) => [r.mesh, r.score]);

/** Hand-made data for boundaries the fixture content does not reach. */
const handMade = (perPodMb: Record<string, number | null>, addedP99Ms: Record<string, number | null>): ChooserData => ({
  meshes: Object.keys({ ...perPodMb, ...addedP99Ms }).map((id) => ({ id, name: id.toUpperCase(), cells: {}, project: null, ebpf: false })),
  baseline: null,
  features: {},
  constraints: [],
  projects: [],
  perPodMb,
  addedP99Ms,
  evidence: { study: 'a-study', label: 'A study', unstated: [], memoryHref: '/benchmarks/a-study/#memory', latencyHref: '/benchmarks/a-study/#latency' },
  guides: { choosing: null, noMesh: null },
  baselineHref: null,
});

describe('chooser data from the atlas', () => {
  it('takes each compared mesh’s cells, the baseline, feature names in matrix order, and the seed study’s figures', () => {
    const data = fixtureData();
    expect(data.meshes.map((m) => [m.id, m.name])).toStrictEqual([['istio-sidecar', 'Istio sidecar'], ['istio-ambient', 'Istio ambient'], ['cilium', 'Cilium'], ['linkerd', 'Linkerd']]);
    expect(data.meshes[1]!.cells).toStrictEqual({
      mtls: { level: 'full', requires: [] },
      authz: { level: 'full', requires: ['waypoint'] },
      'fault-injection': { level: 'full', requires: ['waypoint'] },
      fips: { level: 'unknown', requires: [] },
      'windows-nodes': { level: 'none', requires: [] },
      'vm-workloads': { level: 'none', requires: [] },
    });
    expect(data.baseline).toMatchObject({ id: 'no-mesh', name: 'No mesh' });
    expect(data.baseline!.cells['authz']).toStrictEqual({ level: 'partial', requires: ['add-on'] });
    expect(Object.entries(data.features)).toStrictEqual([
      ['mtls', 'Mutual TLS'], ['authz', 'Authorization policy'], ['fault-injection', 'Fault injection'],
      ['fips', 'FIPS 140 builds'], ['windows-nodes', 'Windows nodes'], ['vm-workloads', 'VM workloads'],
    ]);
    expect(data.perPodMb).toStrictEqual({ 'istio-sidecar': 70, 'istio-ambient': 0, cilium: null, linkerd: 20 });
    // p99 of the default variant minus no mesh's 4.5 ms, to a hundredth (12.3 − 4.5 is 7.800000000000001 in floating point).
    expect(data.addedP99Ms).toStrictEqual({ 'istio-sidecar': 7.8, 'istio-ambient': 2.3, cilium: 0.6, linkerd: 1 });
    expect(data.evidence).toStrictEqual({
      study: 'seed-3-node-latency',
      label: 'Three-node latency and memory',
      unstated: ['load', 'encryption'],
      memoryHref: '/benchmarks/seed-3-node-latency/#chart-seed-memory-per-pod',
      latencyHref: '/benchmarks/seed-3-node-latency/#chart-seed-latency',
    });
    expect(data.constraints).toStrictEqual([
      { flag: 'fips', feature: 'fips', question: 'We need FIPS 140 validated cryptography' },
      { flag: 'windows', feature: 'windows-nodes', question: 'We run Windows nodes' },
      { flag: 'vms', feature: 'vm-workloads', question: 'We need to mesh virtual machines' },
    ]);
    expect(data.projects).toStrictEqual([
      { id: 'istio', name: 'Istio', href: '/compare/istio-ambient-vs-istio-sidecar/' },
      { id: 'cilium', name: 'Cilium', href: '/meshes/cilium/' },
      { id: 'linkerd', name: 'Linkerd', href: '/meshes/linkerd/' },
    ]);
    expect(data.meshes.map((m) => [m.id, m.project, m.ebpf])).toStrictEqual([
      ['istio-sidecar', 'istio', false], ['istio-ambient', 'istio', false], ['cilium', 'cilium', true], ['linkerd', 'linkerd', false],
    ]);
    expect(data.guides).toStrictEqual({ choosing: '/guides/picking/', noMesh: '/guides/small-estates/' });
    expect(data.baselineHref).toBe('/meshes/no-mesh/');
  });

  it('takes figures from the study holding the chooser-evidence role only, and none for a mesh it gives no p99 for', () => {
    const c = fourMeshContent();
    c.benchmarks!.unshift(studyFile({ id: 'another-study', results: [{ mesh: 'linkerd', metric: 'memory_per_pod_mb', value: 99, unit: 'MB' }, { mesh: 'no-mesh', metric: 'latency_p99_ms', value: 1, unit: 'ms' }] }));
    const seed = raw(c.benchmarks![1]!);
    seed.results = seed.results.filter((r: { mesh: string; metric: string }) => !(r.mesh === 'linkerd' && r.metric === 'latency_p99_ms'));
    const data = chooserData(atlasFrom(c));
    expect(data.perPodMb).toStrictEqual({ 'istio-sidecar': 70, 'istio-ambient': 0, cilium: null, linkerd: 20 });
    expect(data.addedP99Ms).toStrictEqual({ 'istio-sidecar': 7.8, 'istio-ambient': 2.3, cilium: 0.6, linkerd: null });
  });

  it('says which of load and encryption the study leaves unstated', () => {
    const c = fourMeshContent();
    raw(c.benchmarks![0]!).conditions.requestRate = '1000 rps';
    expect(chooserData(atlasFrom(c)).evidence!.unstated).toStrictEqual(['encryption']);
    raw(c.benchmarks![0]!).conditions.encryption = false;
    expect(chooserData(atlasFrom(c)).evidence!.unstated).toStrictEqual([]);
    raw(c.benchmarks![0]!).conditions.requestRate = null;
    expect(chooserData(atlasFrom(c)).evidence!.unstated).toStrictEqual(['load']);
  });

  it('links the results table of a metric no chart of the study plots', () => {
    const c = fourMeshContent();
    raw(c.benchmarks![0]!).charts = [];
    const { evidence } = chooserData(atlasFrom(c));
    expect([evidence!.memoryHref, evidence!.latencyHref]).toStrictEqual(['/benchmarks/seed-3-node-latency/#memory_per_pod_mb', '/benchmarks/seed-3-node-latency/#latency_p99_ms']);
  });

  it('gives added p99 latency to a hundredth', () => {
    const c = fourMeshContent();
    raw(c.benchmarks![0]!).results.find((r: { mesh: string; metric: string }) => r.mesh === 'linkerd' && r.metric === 'latency_p99_ms').value = 5.6789;
    expect(chooserData(atlasFrom(c)).addedP99Ms['linkerd']).toBe(1.18); // 5.6789 − 4.5
  });

  it('has no figures without a study in the role, and no added latency without a baseline', () => {
    const withoutStudy = fourMeshContent();
    raw(withoutStudy.benchmarks![0]!).roles = [];
    const data = chooserData(atlasFrom(withoutStudy));
    expect(data.evidence).toBeNull();
    expect(data.guides).toStrictEqual({ choosing: null, noMesh: null });
    expect(data.perPodMb).toStrictEqual({ 'istio-sidecar': null, 'istio-ambient': null, cilium: null, linkerd: null });
    expect(data.addedP99Ms).toStrictEqual({ 'istio-sidecar': null, 'istio-ambient': null, cilium: null, linkerd: null });
    const withoutBaseline = fourMeshContent();
    withoutBaseline.meshes = withoutBaseline.meshes!.filter((m) => !m.file.endsWith('no-mesh.mdx'));
    const noBase = chooserData(atlasFrom(withoutBaseline));
    expect(noBase.baseline).toBeNull();
    expect(noBase.addedP99Ms).toStrictEqual({ 'istio-sidecar': null, 'istio-ambient': null, cilium: null, linkerd: null });
    expect(noBase.perPodMb['istio-sidecar']).toBe(70);
  });
});

describe('recommendations from required features', () => {
  it('excludes a mesh that lacks a required feature, with the cell as the reason', () => {
    const result = recommend(fixtureData(), answers({ need: ['fault-injection'] }));
    expect(result.excluded).toStrictEqual([{ mesh: 'cilium', name: 'Cilium', reasons: [{ text: 'No support for Fault injection', href: '/features/#fault-injection-cilium', weight: 0 }] }]);
    expect(result.ranked).toStrictEqual([
      { mesh: 'istio-sidecar', name: 'Istio sidecar', score: 2, reasons: [{ text: 'Fault injection: full support', href: '/features/#fault-injection-istio-sidecar', weight: 2 }] },
      { mesh: 'istio-ambient', name: 'Istio ambient', score: 2, reasons: [{ text: 'Fault injection: full support (requires waypoint)', href: '/features/#fault-injection-istio-ambient', weight: 2 }] },
      { mesh: 'linkerd', name: 'Linkerd', score: 2, reasons: [{ text: 'Fault injection: full support', href: '/features/#fault-injection-linkerd', weight: 2 }] },
    ]);
  });

  it('weighs full support 2, enterprise-only and partial 1, unverified 0, and ranks by score, ties in mesh order', () => {
    const data = fixtureData();
    const fips = recommend(data, answers({ need: ['fips'] }));
    expect(fips.ranked.map((r) => [r.mesh, r.score, r.reasons.map((x) => x.text)])).toStrictEqual([
      ['istio-sidecar', 1, ['FIPS 140 builds: full support, in the enterprise distribution only']],
      ['cilium', 1, ['FIPS 140 builds: full support, in the enterprise distribution only']],
      ['linkerd', 1, ['FIPS 140 builds: full support, in the enterprise distribution only']],
      ['istio-ambient', 0, ['FIPS 140 builds: not verified either way']],
    ]);
    expect(ranking(data, { need: ['vm-workloads'] })).toStrictEqual([['istio-sidecar', 2], ['linkerd', 1], ['cilium', 0]]);
    expect(recommend(data, answers({ need: ['vm-workloads'] })).ranked[1]!.reasons[0]!.text).toBe('VM workloads: partial support — read the note');
    expect(ranking(data, { need: ['mtls', 'authz'] })).toStrictEqual([['istio-sidecar', 4], ['istio-ambient', 4], ['linkerd', 4], ['cilium', 3]]);
    expect(recommend(data, EMPTY_ANSWERS).ranked.map((r) => [r.mesh, r.score, r.reasons])).toStrictEqual([
      ['istio-sidecar', 0, []], ['istio-ambient', 0, []], ['cilium', 0, []], ['linkerd', 0, []],
    ]);
  });

  it('names every requirement of a full cell that needs more than the open-source mesh', () => {
    const data: ChooserData = {
      ...handMade({}, {}),
      meshes: [{ id: 'm', name: 'M', cells: { rl: { level: 'full', requires: ['add-on', 'external-service'] } }, project: null, ebpf: false }],
      features: { rl: 'Rate limiting' },
    };
    expect(recommend(data, answers({ need: ['rl'] })).ranked[0]!.reasons).toStrictEqual([
      { text: 'Rate limiting: full support (requires add-on, external-service)', href: '/features/#rl-m', weight: 2 },
    ]);
  });

  it('says when a feature does not apply, and skips features it has no cell or name for', () => {
    const data: ChooserData = {
      ...handMade({}, {}),
      meshes: [{ id: 'm', name: 'M', cells: { tcp: { level: 'not-applicable', requires: [] } }, project: null, ebpf: false }],
      features: { tcp: 'TCP', udp: 'UDP' },
    };
    const result = recommend(data, answers({ need: ['tcp', 'udp', 'not-a-feature'] }));
    expect(result.ranked).toStrictEqual([{ mesh: 'm', name: 'M', score: 0, reasons: [{ text: 'TCP: does not apply to this mesh', href: '/features/#tcp-m', weight: 0 }] }]);
  });

  it('turns constraints into required features, each once', () => {
    const data = fixtureData();
    expect(requiredFeatures(data, answers({ constraints: ['fips', 'windows', 'vms'] }))).toStrictEqual(['fips', 'windows-nodes', 'vm-workloads']);
    expect(requiredFeatures(data, answers({ need: ['vm-workloads', 'mtls'], constraints: ['vms'] }))).toStrictEqual(['vm-workloads', 'mtls']);
    expect(requiredFeatures(data, answers({ constraints: ['windows'] }))).toStrictEqual(['windows-nodes']);
    expect(requiredFeatures(data, answers({ constraints: ['teleport'] }))).toStrictEqual([]);
    expect(requiredFeatures(data, EMPTY_ANSWERS)).toStrictEqual([]);
    const windows = recommend(data, answers({ constraints: ['windows'] }));
    expect(windows.ranked.map((r) => r.mesh)).toStrictEqual(['cilium']);
    expect(windows.excluded.map((e) => e.mesh)).toStrictEqual(['istio-sidecar', 'istio-ambient', 'linkerd']);
  });
});

describe('recommendations from the team and the estate', () => {
  it('counts eBPF experience for meshes with an eBPF data plane only: +1 with it, −2 without, nothing unanswered', () => {
    const data = fixtureData();
    const cilium = (ebpf: boolean | null) => recommend(data, answers({ ebpf })).ranked.find((r) => r.mesh === 'cilium')!;
    expect(cilium(true).reasons).toStrictEqual([{ text: 'Your team knows eBPF, which Cilium operations rely on', href: '/guides/picking/', weight: 1 }]);
    expect(cilium(false).reasons).toStrictEqual([{ text: 'Cilium problems are debugged at kernel level; without eBPF experience that is harder', href: '/guides/picking/', weight: -2 }]);
    expect(cilium(null).reasons).toStrictEqual([]);
    // Without a guide in the role, the reason links the mesh's own page.
    const noGuide = chooserData(atlasFrom(fourMeshContent()));
    expect(recommend(noGuide, answers({ ebpf: false })).ranked.find((r) => r.mesh === 'cilium')!.reasons[0]!.href).toBe('/meshes/cilium/');
    expect(ranking(data, { ebpf: false })).toStrictEqual([['istio-sidecar', 0], ['istio-ambient', 0], ['linkerd', 0], ['cilium', -2]]);
    expect(ranking(data, { ebpf: true })[0]).toStrictEqual(['cilium', 1]);
  });

  it('favours the meshes of the project a team already runs', () => {
    const result = recommend(fixtureData(), answers({ runs: 'istio' }));
    expect(result.ranked.map((r) => [r.mesh, r.score])).toStrictEqual([['istio-sidecar', 1], ['istio-ambient', 1], ['cilium', 0], ['linkerd', 0]]);
    expect(result.ranked[0]!.reasons).toStrictEqual([{ text: 'You already run Istio: no migration between meshes', href: '/compare/istio-ambient-vs-istio-sidecar/', weight: 1 }]);
    const linkerd = recommend(fixtureData(), answers({ runs: 'linkerd' }));
    expect(linkerd.ranked[0]).toStrictEqual({ mesh: 'linkerd', name: 'Linkerd', score: 1, reasons: [{ text: 'You already run Linkerd: no migration between meshes', href: '/meshes/linkerd/', weight: 1 }] });
    expect(recommend(fixtureData(), answers({ runs: 'kuma' })).ranked.every((r) => r.score === 0)).toBe(true);
  });

  it('on memory-bound nodes, rewards no per-pod proxy and penalises 50 MB a pod or more twice as hard', () => {
    const result = recommend(fixtureData(), answers({ memory: true }));
    const reasons = Object.fromEntries(result.ranked.map((r) => [r.mesh, r.reasons]));
    const href = '/benchmarks/seed-3-node-latency/#chart-seed-memory-per-pod';
    expect(reasons).toStrictEqual({
      'istio-ambient': [{ text: 'No proxy per pod, so no memory per pod (Three-node latency and memory)', href, weight: 1 }],
      cilium: [],
      linkerd: [{ text: 'About 20 MB per pod (Three-node latency and memory)', href, weight: -1 }],
      'istio-sidecar': [{ text: 'About 70 MB per pod (Three-node latency and memory)', href, weight: -2 }],
    });
    expect(result.ranked.map((r) => r.mesh)).toStrictEqual(['istio-ambient', 'cilium', 'linkerd', 'istio-sidecar']);
    expect(ranking(handMade({ a: 50, b: 49.9, c: 0.1 }, {}), { memory: true })).toStrictEqual([['b', -1], ['c', -1], ['a', -2]]);
    expect(ranking(handMade({ a: 70 }, {}), { memory: false })).toStrictEqual([['a', 0]]);
  });

  it('on latency, rewards at most 1 ms added at p99 and penalises more than 5 ms', () => {
    const result = recommend(fixtureData(), answers({ latency: true }));
    expect(result.ranked.map((r) => [r.mesh, r.score])).toStrictEqual([['cilium', 1], ['linkerd', 1], ['istio-ambient', 0], ['istio-sidecar', -1]]);
    expect(result.ranked[3]!.reasons).toStrictEqual([
      { text: 'Adds 7.8 ms at p99 (Three-node latency and memory; its load and encryption settings are not stated)', href: '/benchmarks/seed-3-node-latency/#chart-seed-latency', weight: -1 },
    ]);
    expect(recommend(handMade({}, { a: 2 }), answers({ latency: true })).ranked[0]!.reasons[0]!.text).toBe('Adds 2 ms at p99 (A study)');
    expect(recommend({ ...handMade({ a: 2 }, { a: 2 }), evidence: null }, answers({ latency: true, memory: true })).ranked[0]!.reasons).toStrictEqual([]);
    expect(ranking(handMade({}, { a: 1, b: 1.01, c: 5, d: 5.01, e: null }), { latency: true })).toStrictEqual([['a', 1], ['b', 0], ['c', 0], ['e', 0], ['d', -1]]);
    expect(recommend(handMade({}, { e: null }), answers({ latency: true })).ranked[0]!.reasons).toStrictEqual([]);
    expect(ranking(handMade({}, { a: 9 }), { latency: false })).toStrictEqual([['a', 0]]);
  });

  it('skips a mesh the figures do not mention', () => {
    const data = { ...handMade({}, {}), meshes: [{ id: 'x', name: 'X', cells: {}, project: null, ebpf: false }] };
    expect(recommend(data, answers({ memory: true, latency: true })).ranked).toStrictEqual([{ mesh: 'x', name: 'X', score: 0, reasons: [] }]);
  });

  it('adds every reason’s weight into the score', () => {
    const result = recommend(fixtureData(), answers({ need: ['vm-workloads'], memory: true, latency: true, runs: 'istio' }));
    expect(result.ranked.map((r) => [r.mesh, r.score])).toStrictEqual([['cilium', 1], ['linkerd', 1], ['istio-sidecar', 0]]);
    expect(result.ranked[2]!.reasons.map((r) => r.weight)).toStrictEqual([2, 1, -2, -1]);
  });
});

describe('whether to run no mesh at all', () => {
  const noMesh = (over: Partial<ChooserAnswers>, data = fixtureData()) => recommend(data, answers(over)).noMesh;
  const BELOW = (n: number) => ({ text: `${n} services is below the ~20 at which the decision guides start to recommend a mesh`, href: '/guides/small-estates/', weight: 0 });

  it('suggests it for fewer than 20 services whose needs plain Kubernetes meets', () => {
    expect(noMesh({ services: 8 })).toStrictEqual({ suggested: true, reasons: [BELOW(8)] });
    expect(noMesh({ services: 19, need: ['authz', 'windows-nodes'] })).toStrictEqual({
      suggested: true,
      reasons: [BELOW(19), { text: 'Plain Kubernetes (with add-ons) covers every feature you ticked', href: '/meshes/no-mesh/', weight: 0 }],
    });
  });

  it('says why not when a small estate needs what only a mesh gives', () => {
    expect(noMesh({ services: 8, need: ['mtls', 'authz', 'fault-injection'] })).toStrictEqual({
      suggested: false,
      reasons: [{ text: 'Small enough to skip a mesh, but you need Mutual TLS, Fault injection, which plain Kubernetes does not provide', href: '/features/#mtls-no-mesh', weight: 0 }],
    });
  });

  it('says nothing from 20 services up, or when the size is not given', () => {
    expect(noMesh({ services: 20 })).toStrictEqual({ suggested: false, reasons: [] });
    expect(noMesh({ services: null })).toStrictEqual({ suggested: false, reasons: [] });
    expect(noMesh({ services: 20, need: ['mtls'] })).toStrictEqual({ suggested: false, reasons: [] });
  });

  it('without a baseline profile, counts every need as mesh-only and links the no-mesh guide', () => {
    const data = { ...fixtureData(), baseline: null, baselineHref: null };
    expect(noMesh({ services: 5 }, data)).toStrictEqual({ suggested: true, reasons: [BELOW(5)] });
    expect(noMesh({ services: 5, need: ['authz'] }, data)).toStrictEqual({
      suggested: false,
      reasons: [{ text: 'Small enough to skip a mesh, but you need Authorization policy, which plain Kubernetes does not provide', href: '/guides/small-estates/', weight: 0 }],
    });
    // With neither a baseline nor a guide in the role, the reasons link the home page.
    const bare = { ...data, guides: { choosing: null, noMesh: null } };
    expect(noMesh({ services: 5 }, bare).reasons[0]!.href).toBe('/');
  });

  it('ignores required features the atlas does not have', () => {
    expect(noMesh({ services: 5, need: ['teleport'] })).toStrictEqual({ suggested: true, reasons: [BELOW(5)] });
  });

  it('counts a feature the baseline has no cell for as mesh-only', () => {
    const data = fixtureData();
    delete data.baseline!.cells['authz'];
    expect(noMesh({ services: 5, need: ['authz'] }, data).suggested).toBe(false);
  });
});

describe('the one-line summary', () => {
  it('names how many are recommended and the first, then the excluded ones, then no mesh', () => {
    const data = fixtureData();
    expect(summarizeRecommendation(recommend(data, answers({ need: ['fault-injection'] })))).toBe('3 recommended, best first Istio sidecar; 1 excluded (Cilium).');
    expect(summarizeRecommendation(recommend(data, answers({ constraints: ['windows'] })))).toBe('1 recommended, best first Cilium; 3 excluded (Istio sidecar, Istio ambient, Linkerd).');
    expect(summarizeRecommendation(recommend(data, answers({ services: 8 })))).toBe('4 recommended, best first Istio sidecar; consider running no mesh at all.');
    expect(summarizeRecommendation(recommend(data, EMPTY_ANSWERS))).toBe('4 recommended, best first Istio sidecar.');
  });

  it('says so when every mesh is excluded', () => {
    const none = { ranked: [], excluded: [{ mesh: 'a', name: 'A', reasons: [] }], noMesh: { suggested: false, reasons: [] } };
    expect(summarizeRecommendation(none)).toBe('No mesh has some support for everything you require; 1 excluded (A).');
  });
});

describe('chooser URL state', () => {
  const vocabulary = { featureIds: ['mtls', 'retries', 'fips'], constraintFlags: ['fips', 'windows', 'vms'], projects: ['istio', 'linkerd'] };
  const parse = (query: string) => parseChooserAnswers(query, vocabulary);

  it('round-trips every answer exactly', () => {
    const all: ChooserAnswers = { need: ['mtls', 'retries'], services: 40, pods: 900, nodes: 12, constraints: ['fips', 'windows', 'vms'], runs: 'istio', ebpf: false, memory: true, latency: true };
    const query = serializeChooserAnswers(all);
    expect(query).toBe('?need=mtls,retries&services=40&pods=900&nodes=12&fips=1&windows=1&vms=1&runs=istio&memory=1&latency=1&ebpf=no');
    expect(parse(query)).toStrictEqual(all);
    const some = answers({ nodes: 3, memory: true, ebpf: true });
    expect(serializeChooserAnswers(some)).toBe('?nodes=3&memory=1&ebpf=yes');
    expect(parse(serializeChooserAnswers(some))).toStrictEqual(some);
    expect(serializeChooserAnswers(EMPTY_ANSWERS)).toBe('');
    expect(parse('')).toStrictEqual(EMPTY_ANSWERS);
    expect(urls.chooserView(some)).toBe('/choose/?nodes=3&memory=1&ebpf=yes');
    expect(urls.chooserView(EMPTY_ANSWERS)).toBe('/choose/');
  });

  it('reads a yes/no flag as yes only for "1": ?fips=0 is no', () => {
    const flags = ['fips', 'windows', 'vms', 'memory', 'latency'] as const;
    const read = (value: string) => parse(`?${flags.map((f) => `${f}=${value}`).join('&')}`);
    expect(read('1')).toStrictEqual({ ...EMPTY_ANSWERS, constraints: ['fips', 'windows', 'vms'], memory: true, latency: true });
    for (const value of ['0', '', 'yes', 'true', 'on']) expect(read(value), value).toStrictEqual(EMPTY_ANSWERS);
  });

  it('keeps constraint flags and projects the vocabulary knows, constraints in its order', () => {
    expect(parse('?vms=1&fips=1&teleport=1').constraints).toStrictEqual(['fips', 'vms']);
    expect(parse('?runs=linkerd').runs).toBe('linkerd');
    expect(parse('?runs=kuma').runs).toBeNull();
    expect(parse('?runs=').runs).toBeNull();
  });

  it('reads the older ?<project>=1 links as runs=<project>, and runs= first when both are given', () => {
    expect(parse('?istio=1').runs).toBe('istio');
    expect(parse('?linkerd=1').runs).toBe('linkerd');
    expect(parse('?istio=0').runs).toBeNull();
    expect(parse('?runs=linkerd&istio=1').runs).toBe('linkerd');
    expect(parse('?runs=kuma&istio=1').runs).toBe('istio');
  });

  it('reads eBPF experience as yes, no or unanswered', () => {
    expect(parse('?ebpf=yes').ebpf).toBe(true);
    expect(parse('?ebpf=no').ebpf).toBe(false);
    for (const value of ['1', '0', '', 'maybe']) expect(parse(`?ebpf=${value}`).ebpf, value).toBeNull();
  });

  it('keeps sizes that are whole numbers from 1 to 10,000,000', () => {
    const sizes = (value: string) => {
      const a = parse(`?services=${value}&pods=${value}&nodes=${value}`);
      return [a.services, a.pods, a.nodes];
    };
    expect(sizes('1')).toStrictEqual([1, 1, 1]);
    expect(sizes('10000000')).toStrictEqual([10_000_000, 10_000_000, 10_000_000]);
    for (const value of ['0', '-3', '2.5', '10000001', '', 'abc']) expect(sizes(value), value).toStrictEqual([null, null, null]);
  });

  it('keeps known features once each, in the order given', () => {
    expect(parse('?need=fips,mtls,teleport,fips').need).toStrictEqual(['fips', 'mtls']);
    expect(parse('?need=').need).toStrictEqual([]);
  });
});

describe('the real content', () => {
  it('gives the chooser its constraints, projects, evidence and guides, and every reason links a page that exists', () => {
    const { atlas } = loadContent('content');
    const data = chooserData(atlas);
    expect(data.constraints.length).toBeGreaterThan(0);
    expect(data.evidence).not.toBeNull();
    expect(data.guides.choosing).not.toBeNull();
    expect(data.guides.noMesh).not.toBeNull();
    expect(data.meshes.some((m) => m.ebpf)).toBe(true);
    const everything = answers({ constraints: data.constraints.map((c) => c.flag), memory: true, latency: true, services: 5 });
    expect(requiredFeatures(data, everything).filter((f) => !(f in data.features))).toStrictEqual([]);
    const meshIds = atlas.meshes.map((m) => m.id);
    const hrefs = new Set<string>();
    for (const ebpf of [true, false]) {
      for (const project of data.projects) {
        const result = recommend(data, { ...everything, ebpf, runs: project.id, need: Object.keys(data.features) });
        const small = recommend(data, { ...everything, ebpf, runs: project.id, need: [] });
        for (const r of [result, small]) {
          for (const reason of [...r.ranked.flatMap((x) => x.reasons), ...r.excluded.flatMap((x) => x.reasons), ...r.noMesh.reasons]) hrefs.add(reason.href);
        }
      }
    }
    expect(hrefs.size).toBeGreaterThan(0);
    for (const href of hrefs) {
      const [path, hash] = href.split('#') as [string, string | undefined];
      const [, section, id] = path.split('/');
      if (section === 'guides') expect(atlas.guides.map((g) => g.id), href).toContain(id);
      else if (section === 'meshes') expect(meshIds, href).toContain(id);
      else if (section === 'compare') expect(meshIds.some((a) => meshIds.some((b) => a < b && `${a}-vs-${b}` === id)), href).toBe(true);
      else if (section === 'features') expect(atlas.features.some((f) => meshIds.some((m) => `${f.id}-${m}` === hash)), href).toBe(true);
      else if (section === 'benchmarks') {
        const study = atlas.benchmarks.find((b) => b.id === id);
        expect(study, href).toBeDefined();
        expect(study!.data.charts.map((c) => `chart-${c.id}`), href).toContain(hash);
      } else throw new Error(`unexpected link ${href}`);
    }
  });
});
