/** The link checker's model of the site, on the fixture atlas (the e2e suite holds it to the build). */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/atlas/node/contentFiles';
import { DATA_FILES, LIFECYCLE_ANCHORS, STATIC_PAGES, internalLinkProblem, linkTargets } from '../../../src/atlas/linkTargets';
import { clone, raw } from '../fixtures';

// Built inside each test (not at import), so mutation testing credits the tests that use them.
const atlasWithChart = () => {
  const content = clone();
  raw(content.benchmarks[0]!).charts = [{ id: 'lat', title: 'Latency', metrics: ['latency_p50_ms'] }];
  return validateContent(content, { today: '2026-06-01' }).atlas;
};
const headings = () => ({ guides: new Map([['g', ['why', 'how']]]), meshes: new Map([['mesh-a', ['history']]]), benchmarks: new Map([['study-a', ['method']]]) });
const withGuideAtlas = () => {
  const atlas = atlasWithChart();
  (atlas.guides as unknown[]).push({ id: 'g', filePath: 'content/guides/g.mdx', data: { roles: ['studies-disagree'] } });
  return atlas;
};
const fact = { text: 'A fact with words.', sources: ['docs-a'], verified: '2026-01-15' };
const LIFECYCLE = {
  project: 'istio', cadence: fact, supportPolicy: fact, upgrade: fact, governance: fact,
  releases: [{ version: '1.31', channel: 'stable', endOfSupportNote: 'Six weeks after 1.33.0.', sources: ['docs-a'], verified: '2026-01-15' }],
  distributions: [{ name: 'Upstream', by: 'The project', kind: 'open-source', support: 'Community support.', sources: ['docs-a'], verified: '2026-01-15' }],
  licence: { spdx: 'Apache-2.0', sources: ['docs-a'], verified: '2026-01-15' },
};
const sorted = (path: string, t: ReturnType<typeof linkTargets>) => [...(t.get(path) ?? ['(not a page)'])].sort();

describe('linkTargets', () => {
  it('lists every page with the anchors links may use', () => {
    const targets = linkTargets(atlasWithChart(), headings());
    const withGuide = linkTargets(withGuideAtlas(), headings());
    expect([...targets.keys()].sort()).toEqual(
      [
        '/', '/features/', '/features/mtls/', '/features/retries/', '/meshes/mesh-a/', '/meshes/no-mesh/', '/compare/mesh-a-vs-no-mesh/',
        '/benchmarks/', '/benchmarks/study-a/', '/embed/charts/lat/', '/sources/', '/changes/', '/lifecycle/', '/quality/cells/', '/conformance/', '/glossary/',
        ...Object.keys(STATIC_PAGES), ...DATA_FILES,
      ].sort(),
    );
    expect(sorted('/', targets)).toEqual(['changed-recently', 'data-quality', 'meshes', 'studies']);
    expect(sorted('/quality/', targets)).toEqual(['measures']);
    expect(sorted('/quality/cells/', targets)).toEqual(
      ['no-source', 'primary', 'stale', 'third-party-only', 'unknown', 'vendor-only', 'verified-current'].flatMap((m) => [m, `${m}-mesh-a`, `${m}-no-mesh`]).sort(),
    );
    // No history and no lifecycle file in the fixture: the pages exist, with nothing to link to.
    expect(sorted('/changes/', targets)).toEqual([]);
    expect(sorted('/lifecycle/', targets)).toEqual([]);
    expect(sorted('/conformance/', targets)).toEqual([]);
    expect(sorted('/glossary/', targets)).toEqual([]);
    expect(DATA_FILES).toEqual(expect.arrayContaining(['/data/changes.json', '/data/lifecycle.json', '/changes.xml']));
    expect(sorted('/features/', targets)).toEqual(['category-resilience', 'category-security', 'mtls', 'mtls-mesh-a', 'mtls-no-mesh', 'retries', 'retries-mesh-a', 'retries-no-mesh']);
    expect(sorted('/features/mtls/', targets)).toEqual(['comparisons', 'mtls-mesh-a', 'mtls-no-mesh', 'support', 'what', 'why']);
    expect(sorted('/meshes/mesh-a/', targets)).toEqual([
      'architecture', 'category-resilience', 'category-security', 'history', 'how-it-works', 'mtls-mesh-a', 'resources', 'results', 'retries-mesh-a', 'sources', 'support',
    ]);
    expect(sorted('/compare/mesh-a-vs-no-mesh/', targets)).toEqual(['agree', 'architecture', 'differences', 'mtls', 'retries', 'sources', 'studies']);
    // "Why the studies disagree" only with a guide in that role, carrying that guide's headings.
    expect(sorted('/benchmarks/', targets)).toEqual(['all', 'conditions', 'study-a']);
    expect(sorted('/benchmarks/', withGuide)).toEqual(['all', 'conditions', 'disagree', 'how', 'study-a', 'why']);
    expect(sorted('/benchmarks/study-a/', targets)).toEqual([
      'caveats', 'chart-lat', 'charts', 'conditions', 'latency_p50_ms', 'latency_p99_ms', 'memory_per_pod_mb', 'method', 'reading', 'results', 'sources',
    ]);
    expect(sorted('/embed/charts/lat/', targets)).toEqual(['chart-lat']);
    expect(sorted('/sources/', targets)).toEqual(['docs-a']);
    expect(sorted('/choose/', targets)).toEqual(['excluded', 'ranked', 'result']);
    expect(targets.get('/data/features.json')).toBeNull();
    expect(sorted('/guides/g/', withGuide)).toEqual(['how', 'sources', 'why']);
  });

  it('a site without studies has no studies anchor on the home page, and a study without charts no charts anchor', () => {
    const bare = validateContent({ ...clone(), benchmarks: [] }, { today: '2026-06-01' }).atlas;
    expect(sorted('/', linkTargets(bare))).toEqual(['changed-recently', 'data-quality', 'meshes']);
    const noCharts = validateContent(clone(), { today: '2026-06-01' }).atlas;
    expect(sorted('/benchmarks/study-a/', linkTargets(noCharts))).not.toContain('charts');
  });

  it('keeps the pages of broken files, and their ids in the matrix and pairs', () => {
    const known = { meshes: new Set(['mesh-b']), features: new Set(['broken-feature']), benchmarks: new Set(['study-b']), guides: new Set(['guide-b']) };
    const t = linkTargets(atlasWithChart(), {}, known);
    // Study and guide pages depend on their own data: anchors unchecked. Mesh and feature pages are
    // made from the templates and the ids alone, so their anchors stay checked.
    for (const path of ['/benchmarks/study-b/', '/guides/guide-b/']) expect(t.get(path), path).toBeNull();
    expect(t.get('/meshes/mesh-b/')).toContain('mtls-mesh-b');
    expect(t.get('/features/broken-feature/')).toContain('broken-feature-mesh-a');
    expect(t.get('/features/')).toContain('broken-feature-mesh-b');
    expect(t.has('/compare/mesh-a-vs-mesh-b/')).toBe(true);
    expect(t.get('/meshes/mesh-a/')).toContain('broken-feature-mesh-a');
  });
});

describe('internalLinkProblem', () => {
  const from = '/guides/g/';
  const targets = () => linkTargets(withGuideAtlas(), headings());
  it.each([
    ['/features/', null],
    ['/features/#mtls-mesh-a', null],
    ['/calculator/?pods=10#estimate', null],
    ['/data/features.json', null],
    ['/data/features.json#anything', null],
    ['#why', null],
    ['?q=1', null],
    ['https://example.org/#x', null],
    ['//example.org/', null],
    ['/features/#mtls%2Dmesh-a', null],
  ])('%s resolves', (url, expected) => {
    expect(internalLinkProblem(url, from, targets())).toBe(expected);
  });
  it.each([
    ['/features', '"/features": write /features/ (site URLs end with a slash)'],
    ['/nowhere/', '"/nowhere/": no page /nowhere/ is built'],
    ['/nowhere', '"/nowhere": no page /nowhere is built'],
    ['/data/nothing.json', '"/data/nothing.json": no page /data/nothing.json is built'],
    ['/features/#nope', '"/features/#nope": /features/ has no anchor #nope'],
    ['#nope', '"#nope": /guides/g/ has no anchor #nope'],
    ['/features/#%E0%A4%A', '"/features/#%E0%A4%A": #%E0%A4%A is not a valid percent-encoded anchor'],
    ['features/', '"features/" is a relative link; write the path from the site root (/features/…)'],
  ])('%s does not', (url, expected) => {
    expect(internalLinkProblem(url, from, targets())).toBe(expected);
  });
});

describe('link targets of freshness pages', () => {
  it('anchors each change, each day and the undated list on /changes/, and lifecycle facts where a project has them', () => {
    const c = clone();
    raw(c.meshes[0]!).support.mtls.history = [
      { kind: 'release', version: '1.30', field: 'level', from: 'none', to: 'full', reason: 'First shipped.', sources: ['docs-a'] },
      { kind: 'review', date: '2026-01-10', field: 'note', reason: 'Reworded the note.', sources: ['docs-a'] },
    ];
    (c as { lifecycle?: unknown[] }).lifecycle = [{ file: 'content/lifecycle/istio.yaml', data: LIFECYCLE }];
    const targets = linkTargets(validateContent(c, { today: '2026-06-01' }).atlas);
    expect(sorted('/changes/', targets)).toEqual(['changes-2026-01-10', 'mtls-mesh-a-1', 'mtls-mesh-a-2', 'undated']);
    expect(sorted('/lifecycle/', targets)).toEqual(['istio', ...LIFECYCLE_ANCHORS.map((a) => `istio-${a}`)].sort());
    expect(sorted('/meshes/mesh-a/', targets)).toEqual(expect.arrayContaining(['lifecycle', 'lifecycle-releases', 'lifecycle-cadence']));
    expect(sorted('/meshes/no-mesh/', targets)).not.toContain('lifecycle');
  });
});
