/**
 * Rows computed from Gateway API conformance reports: the outcome of one report for one row, the
 * atlas both loaders derive, and the two promises the site makes — removing the newest report falls
 * back to the previous one, and adding a newer report changes the site with no other edit.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as yaml from 'js-yaml';
import {
  deriveAtlas,
  profileOutcome,
  reportChanges,
  reportDay,
  reportSeries,
  reportSourceId,
  reportSources,
  reportVersion,
} from '../../../src/atlas/conformance';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { ConformanceReportSchema, type ConformanceReportData } from '../../../src/schemas';
import type { AtlasData, RawAtlasData } from '../../../src/atlas/types';
import { buildFeaturesExport } from '../../../src/exports/exports';
import { findDrift, snapshotOf } from '../../../src/exports/snapshot';
import { conformancePageView } from '../../../src/view/conformance';

const report = (path: string): ConformanceReportData =>
  ConformanceReportSchema().parse(yaml.load(readFileSync(join('content/conformance', `${path}.yaml`), 'utf8')));

// Real reports, read as the loaders read them.
const LINKERD_220 = report('v1.6/linkerd-linkerd/standard-2.20-default-report');
const LINKERD_218 = report('v1.3.0/linkerd-linkerd/standard-2.18-default-report');
const CILIUM_120 = report('v1.6/cilium/standard-v1.20.0-default-report');
const ISTIO_131 = report('v1.6/istio-istio/1.31.0-default-report');

describe('reading a report', () => {
  it('names versions as releases and days in UTC', () => {
    expect(reportVersion('version-2.18')).toBe('2.18');
    expect(reportVersion('v1.20.0')).toBe('1.20.0');
    expect(reportVersion('1.19.0-pre.2')).toBe('1.19.0-pre.2');
    expect(reportVersion('enterprise-2.20.2')).toBe('enterprise-2.20.2');
    // 00:36 at UTC−4 is 04:36 UTC, the same day; 23:30 at UTC−4 is the next UTC day.
    expect(reportDay(LINKERD_220.date)).toBe('2026-09-09');
    expect(reportDay('2026-09-09T23:30:00-04:00')).toBe('2026-09-10');
  });

  it('builds one source id per implementation, version and channel', () => {
    expect(reportSourceId(LINKERD_220)).toBe('gateway-api-conformance-linkerd-2-20-standard');
    expect(reportSourceId(CILIUM_120)).toBe('gateway-api-conformance-cilium-1-20-0-standard');
    expect(reportSourceId(ISTIO_131)).toBe('gateway-api-conformance-istio-1-31-experimental');
  });

  it('takes the level from the core result when the row names no feature', () => {
    expect(profileOutcome(LINKERD_220, { profile: 'MESH-HTTP', features: [] })).toEqual({ level: 'full', text: 'passed all 7 MESH-HTTP core tests' });
    const grpc = profileOutcome(LINKERD_220, { profile: 'MESH-GRPC', features: [] });
    expect(grpc.level).toBe('partial');
    expect(grpc.text).toBe('partly passed the MESH-GRPC core tests (2 passed, 1 skipped: MeshGRPCRouteRequestHeaderModifier skipped)');
  });

  it('says a profile the report leaves out is unknown, not unsupported', () => {
    expect(profileOutcome(ISTIO_131, { profile: 'MESH-GRPC', features: [] })).toEqual({
      level: 'unknown',
      text: 'does not include the MESH-GRPC profile, so it neither claims nor tests it',
    });
  });

  it('reads claimed, unclaimed and unlisted extended features', () => {
    expect(profileOutcome(LINKERD_220, { profile: 'MESH-HTTP', features: ['MeshConsumerRoute'] }).level).toBe('full');
    expect(profileOutcome(CILIUM_120, { profile: 'MESH-HTTP', features: ['MeshConsumerRoute'] })).toEqual({
      level: 'none',
      text: 'passed all 7 MESH-HTTP core tests, and lists MeshConsumerRoute as unsupported',
    });
    const mixed = profileOutcome(LINKERD_220, { profile: 'MESH-HTTP', features: ['MeshConsumerRoute', 'MeshHTTPRouteRewritePath'] });
    expect(mixed.level).toBe('partial');
    expect(mixed.text).toContain('claims MeshConsumerRoute; lists MeshHTTPRouteRewritePath as unsupported');
    const unlisted = profileOutcome(LINKERD_220, { profile: 'MESH-HTTP', features: ['MeshNoSuchFeature'] });
    expect(unlisted).toEqual({ level: 'unknown', text: 'passed all 7 MESH-HTTP core tests, and does not list MeshNoSuchFeature' });
    // A claimed feature on a partly passing profile is partial, not full.
    const partial = structuredClone(LINKERD_220);
    partial.profiles.find((p) => p.name === 'MESH-HTTP')!.core.result = 'partial';
    expect(profileOutcome(partial, { profile: 'MESH-HTTP', features: ['MeshConsumerRoute'] }).level).toBe('partial');
    // Nothing passed: none.
    const failed = structuredClone(LINKERD_220);
    Object.assign(failed.profiles.find((p) => p.name === 'MESH-GRPC')!.core, { result: 'failure', statistics: { Passed: 0, Failed: 3, Skipped: 0 }, skippedTests: [], failedTests: ['A'] });
    expect(profileOutcome(failed, { profile: 'MESH-GRPC', features: [] })).toEqual({ level: 'none', text: 'failed the MESH-GRPC core tests (0 passed, 3 failed: A failed)' });
  });

  it('lists what changed between two reports of one implementation', () => {
    const changes = reportChanges(LINKERD_218, LINKERD_220);
    expect(changes).toContain('Gateway API v1.3.0 → v1.6.2');
    expect(changes).toContain('MESH-GRPC core success → partial');
    expect(changes.some((line) => line.startsWith('MESH-HTTP no longer claims'))).toBe(true);
    expect(reportChanges(LINKERD_220, LINKERD_220)).toEqual([]);
    const dropped = structuredClone(LINKERD_220);
    dropped.profiles = dropped.profiles.filter((p) => p.name !== 'MESH-GRPC');
    expect(reportChanges(LINKERD_220, dropped)).toEqual(['MESH-GRPC no longer reported']);
    expect(reportChanges(dropped, LINKERD_220)).toEqual(['MESH-GRPC newly reported (core partial)']);
  });
});

// --- the derived atlas, on a small fixture -------------------------------------------------------

const entry = <T>(id: string, filePath: string, data: T) => ({ id, filePath, data });
const source = entry('docs-a', 'content/sources/docs-a.yaml', { title: 'Docs', publisher: 'P', url: 'https://example.org/a', kind: 'docs' as const, vendorOf: [], accessed: '2026-01-01' });
const fact = { text: 'A fact long enough.', sources: [{ id: 'docs-a', collection: 'sources' }], verified: '2026-01-01' };

function fixture(reports: { id: string; data: ConformanceReportData }[], cell: Record<string, unknown> = { requires: ['gateway-api'] }): RawAtlasData {
  const mesh = {
    name: 'Mesh', shortName: 'Mesh', project: 'proj', projectName: 'Proj', baseline: false, maintainer: 'm', licence: 'Apache-2.0', cncf: 'graduated',
    versionReviewed: '2.20', reviewed: '2026-01-01', order: 1, summary: 's', strengths: [], limits: [],
    support: { gamma: { sources: [], history: [], disputes: [], ...cell } },
  };
  return {
    meshes: [entry('mesh', 'content/meshes/mesh.mdx', mesh as never)],
    features: [entry('gamma', 'content/features/gamma.yaml', { name: 'GAMMA', category: 'traffic', description: 'd', whyItMatters: 'w', aliases: [], order: 1, conformance: { profile: 'MESH-GRPC', features: [] } } as never)],
    benchmarks: [],
    guides: [],
    sources: [source],
    lifecycle: [entry('proj', 'content/lifecycle/proj.yaml', {
      project: 'proj', cadence: fact, supportPolicy: fact, releases: [], upgrade: fact, distributions: [], licence: { spdx: 'Apache-2.0', sources: [], verified: '2026-01-01' }, governance: fact,
      conformance: [{ organization: 'Linkerd', project: 'Linkerd', role: 'project' }],
    } as never)],
    conformance: reports.map((r) => entry(r.id, `content/conformance/${r.id}.yaml`, r.data)),
    glossary: [],
  };
}
const both = [{ id: 'v1.3.0/l/standard-2.18', data: LINKERD_218 }, { id: 'v1.6/l/standard-2.20', data: LINKERD_220 }];

describe('deriveAtlas', () => {
  it('computes the row from the newest report, with its date, version, source and history', () => {
    // Given in the wrong order on purpose: the version decides which is newest.
    const { atlas, problems } = deriveAtlas(fixture([...both].reverse()));
    expect(problems).toEqual([]);
    const cell = atlas.meshes[0]!.data.support['gamma']!;
    expect(cell.level).toBe('partial');
    expect(cell.verified).toBe('2026-09-09');
    expect(cell.verifiedAgainst).toBe('2.20');
    expect(cell.requires).toEqual(['gateway-api']);
    expect(cell.sources.map((s) => s.id)).toEqual(['gateway-api-conformance-linkerd-2-20-standard']);
    expect(cell.note).toBe("Proj 2.20's Gateway API conformance report (v1.6.2, standard channel, 2026-09-09) partly passed the MESH-GRPC core tests (2 passed, 1 skipped: MeshGRPCRouteRequestHeaderModifier skipped).");
    expect(cell.derivedFrom).toEqual({ report: 'v1.6/l/standard-2.20', source: 'gateway-api-conformance-linkerd-2-20-standard', profile: 'MESH-GRPC', version: '2.20' });
    expect(cell.history).toEqual([
      expect.objectContaining({ kind: 'release', version: '2.20', date: '2026-09-09', field: 'level', from: 'full', to: 'partial', sources: [{ id: 'gateway-api-conformance-linkerd-2-20-standard', collection: 'sources' }] }),
    ]);
  });

  it('falls back to the previous report when the newest is removed', () => {
    const cell = deriveAtlas(fixture(both.slice(0, 1))).atlas.meshes[0]!.data.support['gamma']!;
    expect(cell.level).toBe('full');
    expect(cell.verifiedAgainst).toBe('2.18');
    expect(cell.history).toEqual([]);
  });

  it('keeps the mesh file’s note, sources, maturity and review history after the report’s', () => {
    const review = { kind: 'review', date: '2026-12-01', field: 'note', reason: 'Reworded the note.', sources: [{ id: 'docs-a', collection: 'sources' }] };
    const cell = deriveAtlas(fixture(both, { requires: [], maturity: 'stable', note: 'Applied by the proxy.', sources: [{ id: 'docs-a', collection: 'sources' }], history: [review] }))
      .atlas.meshes[0]!.data.support['gamma']!;
    expect(cell.note.endsWith(' Applied by the proxy.')).toBe(true);
    expect(cell.maturity).toBe('stable');
    expect(cell.sources.map((s) => s.id)).toEqual(['gateway-api-conformance-linkerd-2-20-standard', 'docs-a']);
    expect(cell.history.map((h) => h.kind)).toEqual(['release', 'review']);
  });

  it('drops a maturity when the report leaves the row unsupported or unknown', () => {
    const missing = structuredClone(LINKERD_220);
    missing.profiles = missing.profiles.filter((p) => p.name !== 'MESH-GRPC');
    const cell = deriveAtlas(fixture([{ id: 'x', data: missing }], { requires: [], maturity: 'stable' })).atlas.meshes[0]!.data.support['gamma']!;
    expect(cell.level).toBe('unknown');
    expect(cell.maturity).toBeUndefined();
  });

  it('refuses a level typed by hand where a report decides it, naming the file and field', () => {
    const { problems } = deriveAtlas(fixture(both, { level: 'full', note: 'Typed by hand.', verified: '2026-01-01', verifiedAgainst: '2.20' }));
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/meshes/mesh.mdx', 'support.gamma.level'],
      ['content/meshes/mesh.mdx', 'support.gamma.verified'],
      ['content/meshes/mesh.mdx', 'support.gamma.verifiedAgainst'],
    ]);
    expect(problems[0]!.message).toContain('content/conformance/v1.6/l/standard-2.20.yaml');
  });

  it('asks for a level where no report decides the row', () => {
    const { problems, atlas } = deriveAtlas(fixture([]));
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'conformance', file: 'content/meshes/mesh.mdx', field: 'support.gamma.level', message: expect.stringContaining('no Gateway API conformance report is stored for project "proj"') }),
    ]);
    expect(atlas.meshes[0]!.data.support['gamma']).toBeUndefined();
  });

  it('reports a second report of the same implementation, version and channel', () => {
    const { problems } = deriveAtlas(fixture([...both, { id: 'v1.6/copy/standard-2.20', data: LINKERD_220 }]));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/conformance/v1.6/copy/standard-2.20.yaml', field: 'implementation.version' })]);
  });

  it('cites every report as a vendor-authored source of the project that submitted it', () => {
    const sources = reportSources(fixture(both));
    expect(sources.map((s) => s.id)).toEqual(['gateway-api-conformance-linkerd-2-18-standard', 'gateway-api-conformance-linkerd-2-20-standard']);
    expect(sources[1]!.data).toMatchObject({
      url: 'https://github.com/kubernetes-sigs/gateway-api/blob/main/conformance/reports/v1.6/l/standard-2.20.yaml',
      kind: 'conformance-report',
      vendorOf: ['proj'],
      date: '2026-09-09',
      publisher: 'Gateway API project (Kubernetes SIG Network), report submitted by Linkerd',
    });
  });
});

// --- the real content, and a copy of it with one report more or one fewer ------------------------

describe('conformance reports in the real content', () => {
  let real: AtlasData;
  let scratch: string;
  beforeAll(() => {
    real = loadContent('content', process.cwd()).atlas;
    scratch = mkdtempSync(join(tmpdir(), 'atlas-conformance-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const newestPerProject = (atlas: AtlasData) =>
    reportSeries(atlas)
      .filter((s) => s.owner?.role === 'project')
      .map((s) => ({ project: s.owner!.project, newest: s.reports.at(-1)!, previous: s.reports.at(-2)! }));

  it('computes every conformance row of every mesh whose project has reports from its newest report', () => {
    const newest = newestPerProject(real);
    expect(newest.length).toBeGreaterThanOrEqual(3);
    const computed = real.features.filter((f) => f.data.conformance);
    expect(computed.length).toBeGreaterThanOrEqual(1);
    for (const mesh of real.meshes) {
      const series = newest.find((n) => n.project === mesh.data.project);
      for (const feature of computed) {
        const cell = mesh.data.support[feature.id]!;
        if (!series) {
          expect(cell.derivedFrom, `${mesh.id}/${feature.id}`).toBeUndefined();
          continue;
        }
        expect(cell.derivedFrom?.report, `${mesh.id}/${feature.id}`).toBe(series.newest.id);
        expect(cell.verifiedAgainst).toBe(reportVersion(series.newest.data.implementation.version));
        expect(cell.level).toBe(profileOutcome(series.newest.data, feature.data.conformance!).level);
      }
    }
  });

  it('renders every stored report on /conformance/, with the changes since the one before', () => {
    const view = conformancePageView(real);
    const rendered = [...view.projects.flatMap((p) => p.implementations), ...view.others].flatMap((i) => i.reports);
    expect(rendered.map((r) => r.file).sort()).toEqual(real.conformance.map((c) => `content/conformance/${c.id}.yaml`).sort());
    expect(view.reportCount).toBe(real.conformance.length);
    for (const impl of view.projects.flatMap((p) => p.implementations)) {
      expect(impl.reports.at(-1)!.previous).toBeNull();
      for (const r of impl.reports.slice(0, -1)) expect(r.previous).not.toBeNull();
    }
  });

  function copyContent(name: string): string {
    const dir = join(scratch, name);
    cpSync('content', dir, { recursive: true });
    return dir;
  }

  it('falls back to the previous report when the newest one is removed', () => {
    const dir = copyContent('fewer');
    const before = newestPerProject(real);
    for (const { newest } of before) rmSync(join(dir, 'conformance', `${newest.id}.yaml`));
    const loaded = loadContent(dir, process.cwd());
    // Text that cites a removed report by name now cites nothing: that is the only complaint.
    const removed = new Set(before.map(({ newest }) => reportSourceId(newest.data)));
    const others = loaded.problems.filter((p) => !(p.rule === 'reference' && [...removed].some((id) => p.message === `"${id}" is not a known sources id`)));
    expect(others).toEqual([]);
    for (const { project, previous } of before) {
      const meshes = loaded.atlas.meshes.filter((m) => m.data.project === project);
      expect(meshes.length).toBeGreaterThan(0);
      for (const mesh of meshes) {
        for (const feature of loaded.atlas.features.filter((f) => f.data.conformance)) {
          const cell = mesh.data.support[feature.id]!;
          expect(cell.derivedFrom?.report, `${mesh.id}/${feature.id}`).toBe(previous.id);
          expect(cell.verifiedAgainst).toBe(reportVersion(previous.data.implementation.version));
          expect(cell.level).toBe(profileOutcome(previous.data, feature.data.conformance!).level);
        }
      }
    }
  }, 60_000);

  it('takes a newer report with no other edit: the row, its history and the drift check follow', () => {
    const dir = copyContent('more');
    // The newest report with a partly passing profile: make a next release pass it.
    const target = newestPerProject(real).find(({ newest }) => newest.data.profiles.some((p) => p.name.startsWith('MESH-') && p.core.result === 'partial'))!;
    expect(target).toBeDefined();
    const next = structuredClone(target.newest.data) as Record<string, unknown> & ConformanceReportData;
    const [major, minor] = reportVersion(next.implementation.version).split('.').map(Number) as [number, number];
    next.implementation.version = `${major}.${minor + 1}`;
    next.date = '2026-11-30T12:00:00Z';
    const profile = next.profiles.find((p) => p.core.result === 'partial')!;
    profile.core = { ...profile.core, result: 'success', skippedTests: [], statistics: { Passed: (profile.core.statistics?.Passed ?? 0) + (profile.core.statistics?.Skipped ?? 0), Failed: 0, Skipped: 0 } };
    const path = join(dir, 'conformance', 'v9.9', 'next', 'standard-next-default-report.yaml');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, yaml.dump(next));

    const loaded = loadContent(dir, process.cwd());
    expect(loaded.problems).toEqual([]);
    const feature = loaded.atlas.features.find((f) => f.data.conformance?.profile === profile.name && f.data.conformance.features.length === 0)!;
    for (const mesh of loaded.atlas.meshes.filter((m) => m.data.project === target.project)) {
      const cell = mesh.data.support[feature.id]!;
      expect(cell.level).toBe('full');
      expect(cell.verifiedAgainst).toBe(`${major}.${minor + 1}`);
      expect(cell.verified).toBe('2026-11-30');
      expect(cell.history.at(-1)).toMatchObject({ kind: 'release', field: 'level', from: 'partial', to: 'full', version: `${major}.${minor + 1}` });
    }
    // The committed snapshot still matches: computed rows carry their own history.
    const today = '2026-12-01';
    const committed = JSON.parse(readFileSync('snapshots/features.json', 'utf8'));
    expect(findDrift(committed, snapshotOf(buildFeaturesExport(loaded.atlas, today)))).toEqual([]);
  }, 60_000);
});

// --- edges: names, order, counts and the words of a report --------------------------------------

describe('conformance edges', () => {
  const base = LINKERD_220;
  const variant = (edit: (r: ConformanceReportData) => void) => {
    const copy = structuredClone(base);
    edit(copy);
    return copy;
  };

  it('normalises versions and builds kebab source ids from any spelling', () => {
    expect(reportVersion(' V1.2.3 ')).toBe('1.2.3');
    expect(reportVersion('Version-2.18')).toBe('2.18');
    expect(reportVersion('release-version-2.18')).toBe('release-version-2.18');
    expect(reportVersion('vnext')).toBe('vnext');
    const odd = variant((r) => Object.assign(r.implementation, { project: '  Buoyant Enterprise -- for Linkerd! ', version: 'enterprise-2.20.2' }));
    expect(reportSourceId(odd)).toBe('gateway-api-conformance-buoyant-enterprise-for-linkerd-enterprise-2-20-2-standard');
  });

  it('matches a lifecycle file’s implementation whatever the case, and names a source as the site writes the project', () => {
    const atlas = fixture(both);
    (atlas.lifecycle[0]!.data.conformance[0] as { organization: string; project: string; name?: string }) = { organization: 'LINKERD', project: 'linkerd', role: 'project', name: 'Linkerd (named)' } as never;
    const sources = reportSources(atlas);
    expect(sources[1]!.data.title).toBe('Linkerd (named) 2.20 Gateway API conformance report (v1.6.2, standard)');
    expect(sources[1]!.data.note).toContain('Profiles: MESH-GRPC core partial, MESH-HTTP core success.');
    expect(sources[1]!.data.appliesTo).toBe('Linkerd 2.20, Gateway API v1.6.2');
    expect(sources[1]!.data.accessed).toBe('2026-09-09');
    expect(deriveAtlas(atlas).atlas.meshes[0]!.data.support['gamma']!.derivedFrom).toBeDefined();
    // An implementation no lifecycle file names is nobody's vendor and computes nothing.
    atlas.lifecycle[0]!.data.conformance = [];
    expect(reportSources(atlas)[1]!.data.vendorOf).toEqual([]);
    expect(reportSources(atlas)[1]!.data.title.startsWith('Linkerd 2.20 ')).toBe(true);
  });

  it('orders one implementation’s reports by version, then by the time the suite ran; series by project name', () => {
    const early = variant((r) => { r.date = '2026-09-01T00:00:00Z'; });
    const late = variant((r) => { r.date = '2026-09-02T00:00:00Z'; });
    const atlas = fixture([{ id: 'b/late', data: late }, { id: 'a/early', data: early }, { id: 'c/old', data: LINKERD_218 }]);
    atlas.conformance.push({ id: 'z/other', filePath: 'content/conformance/z/other.yaml', data: variant((r) => Object.assign(r.implementation, { organization: 'Acme', project: 'Acme Mesh' })) });
    const series = reportSeries(atlas);
    expect(series.map((s) => s.project)).toEqual(['Acme Mesh', 'Linkerd']);
    expect(series[1]!.reports.map((r) => r.id)).toEqual(['c/old', 'a/early', 'b/late']);
    // Same version and day: the path decides, so the order never depends on the file system.
    const twin = fixture([{ id: 'b/twin', data: base }, { id: 'a/twin', data: base }]);
    expect(reportSeries(twin)[0]!.reports.map((r) => r.id)).toEqual(['a/twin', 'b/twin']);
    // Of two reports of one version, the later run computes the row.
    const cell = deriveAtlas(fixture([{ id: 'b/late', data: late }, { id: 'a/early', data: variant((r) => { r.date = '2026-09-01T00:00:00Z'; r.gatewayAPIChannel = 'experimental'; r.profiles[0]!.core = { ...r.profiles[0]!.core, result: 'success', skippedTests: [], statistics: { Passed: 3, Failed: 0, Skipped: 0 } }; }) }])).atlas.meshes[0]!.data.support['gamma']!;
    expect(cell.derivedFrom?.report).toBe('b/late');
    expect(cell.level).toBe('partial');
    expect(cell.history).toEqual([]);
  });

  it('counts tests as the report states them, one test in the singular, none when a report gives no statistics', () => {
    const one = variant((r) => { r.profiles[0]!.core = { result: 'success', statistics: { Passed: 1, Failed: 0, Skipped: 0 }, skippedTests: [], failedTests: [], supportedFeatures: [], unsupportedFeatures: [] }; });
    expect(profileOutcome(one, { profile: 'MESH-GRPC', features: [] }).text).toBe('passed all 1 MESH-GRPC core test');
    const mixed = variant((r) => { r.profiles[0]!.core = { result: 'partial', statistics: { Passed: 4, Failed: 2, Skipped: 1 }, skippedTests: ['S'], failedTests: ['F'], supportedFeatures: [], unsupportedFeatures: [] }; });
    expect(profileOutcome(mixed, { profile: 'MESH-GRPC', features: [] }).text).toBe('partly passed the MESH-GRPC core tests (4 passed, 1 skipped, 2 failed: S skipped, F failed)');
    const bare = variant((r) => { r.profiles[0]!.core = { result: 'partial', skippedTests: [], failedTests: [], supportedFeatures: [], unsupportedFeatures: [] }; });
    expect(profileOutcome(bare, { profile: 'MESH-GRPC', features: [] })).toEqual({ level: 'none', text: 'partly passed the MESH-GRPC core tests (0 passed)' });
    const noExtended = variant((r) => { delete r.profiles[1]!.extended; });
    expect(profileOutcome(noExtended, { profile: 'MESH-HTTP', features: ['MeshConsumerRoute'] })).toEqual({ level: 'unknown', text: 'passed all 7 MESH-HTTP core tests, and does not list MeshConsumerRoute' });
  });

  it('orders a computed row’s history by date, report entries before a mesh file’s on the same day, undated first', () => {
    const review = (date: string | undefined, reason: string) => ({ kind: 'review', ...(date ? { date } : {}), field: 'note', reason, sources: [{ id: 'docs-a', collection: 'sources' }] });
    const cell = deriveAtlas(fixture(both, { requires: [], history: [review('2026-09-09', 'Same day as the report.'), review('2025-01-01', 'Long before.'), review(undefined, 'Undated.')] })).atlas.meshes[0]!.data.support['gamma']!;
    expect(cell.history.map((h) => h.reason.split(' ')[0])).toEqual(['Undated.', 'Long', 'Proj', 'Same']);
  });

  it('keeps a maturity on a partial row, drops a mesh file’s copy of the report source, and keeps its disputes', () => {
    const dispute = { claim: 'A blog says it is full.', source: { id: 'docs-a', collection: 'sources' }, resolution: 'The report says partial.' };
    const cell = deriveAtlas(fixture(both, { requires: ['gateway-api'], maturity: 'beta', sources: [{ id: 'gateway-api-conformance-linkerd-2-20-standard', collection: 'sources' }, { id: 'docs-a', collection: 'sources' }], disputes: [dispute] })).atlas.meshes[0]!.data.support['gamma']!;
    expect(cell.level).toBe('partial');
    expect(cell.maturity).toBe('beta');
    expect(cell.sources.map((s) => s.id)).toEqual(['gateway-api-conformance-linkerd-2-20-standard', 'docs-a']);
    expect(cell.disputes).toEqual([dispute]);
    // With no mesh-file cell at all the row still exists, with nothing but the report's facts.
    const bare = deriveAtlas({ ...fixture(both), meshes: fixture(both).meshes.map((m) => ({ ...m, data: { ...m.data, support: {} } })) }).atlas.meshes[0]!.data.support['gamma']!;
    expect(bare).toMatchObject({ level: 'partial', requires: [], disputes: [], history: [expect.objectContaining({ kind: 'release' })] });
    expect(bare.sources.map((s) => s.id)).toEqual(['gateway-api-conformance-linkerd-2-20-standard']);
    expect(bare.note.endsWith('skipped).')).toBe(true);
  });

  it('names the problem of each computed field and of a level missing from an ordinary row', () => {
    const atlas = fixture(both, { level: 'full', note: 'Typed by hand.' });
    (atlas.meshes[0]!.data.support as Record<string, unknown>)['plain'] = { requires: [], sources: [], history: [], disputes: [] };
    const { problems } = deriveAtlas(atlas);
    expect(problems).toEqual([
      { rule: 'conformance', file: 'content/meshes/mesh.mdx', field: 'support.gamma.level', message: 'is computed from content/conformance/v1.6/l/standard-2.20.yaml; remove it (the newest conformance report decides the level, the date and the version)' },
      { rule: 'conformance', file: 'content/meshes/mesh.mdx', field: 'support.plain.level', message: 'is required: feature "plain" is not computed from conformance reports (it has no `conformance` profile)' },
    ]);
  });

  it('says when a report changes channel or gains a claimed feature', () => {
    const next = variant((r) => { r.gatewayAPIChannel = 'experimental'; r.profiles[1]!.extended!.supportedFeatures.push('MeshNew'); });
    expect(reportChanges(base, next)).toEqual(['channel standard → experimental', 'MESH-HTTP now claims MeshNew']);
    expect(reportChanges(next, base)).toEqual(['channel experimental → standard', 'MESH-HTTP no longer claims MeshNew']);
  });
});
