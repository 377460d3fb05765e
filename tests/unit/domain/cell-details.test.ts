import { describe, expect, it } from 'vitest';
import { cellDetails, type FeaturesExportLike } from '../../../src/domain/cellDetails';
import { buildFeaturesExport } from '../../../src/exports/exports';
import { atlasFrom, clone, raw } from '../fixtures';

type Cell = FeaturesExportLike['features'][number]['support'][string];
const cell = (over: Partial<Cell> = {}): Cell => ({
  level: 'full', maturity: null, since: null, removed: null, requires: [], note: 'What the cell says.', sources: [], verified: '2026-02-03',
  verifiedAgainst: '1.2.0', lastChanged: null, stale: false, history: [], disputes: [], derivedFrom: null, ...over,
});
const data = (c: Cell, sources: FeaturesExportLike['sources'] = []): FeaturesExportLike => ({
  meshes: [{ id: 'mesh-a', name: 'Mesh A', versionReviewed: '1.2.3', project: 'istio', projectName: 'Istio' }, { id: 'mesh-b', name: 'Mesh B', versionReviewed: '9.9', project: 'linkerd', projectName: 'Linkerd' }],
  sources,
  features: [{ id: 'retries', name: 'Retries', support: { 'mesh-a': c } }],
});

describe('cell details for the matrix dialog', () => {
  it('describes the cell from the features export, vendor-authored sources marked', () => {
    const content = clone();
    Object.assign(raw(content.meshes[0]!).support.retries, { since: '1.5', requires: ['waypoint'], maturity: 'beta' });
    const details = cellDetails(buildFeaturesExport(atlasFrom(content), '2026-03-01'), 'retries', 'mesh-a');
    expect(details).toStrictEqual({
      title: 'Mesh A · Retries',
      level: 'partial',
      levelDescription: 'Supported with limits or only in some configurations',
      maturity: 'beta',
      note: 'A note long enough to pass.',
      facts: ['Since 1.5', 'Requires a waypoint proxy (Envoy) deployed for the namespace or service', 'Verified 15 Jan 2026 against 1.31.0', 'No dated change recorded'],
      sources: [{ url: 'https://example.org/a', title: 'Docs A', byline: 'Project A', vendor: 'vendor: Istio' }],
      stale: false,
      history: [],
      disputes: [],
      derivedFrom: null,
      featureUrl: '/features/retries/#retries-mesh-a',
    });
  });

  it('gives both sides of a dispute, the claimant by its publisher with its vendor mark, and where a computed cell came from', () => {
    const sources = [
      { url: 'https://blog.example', title: 'A blog post', publisher: 'Istio blog', date: '2025-01-01', vendorOf: ['istio'] },
      { url: 'https://reports.example/r.yaml', title: 'Report 1.0', publisher: 'Gateway API project', date: '2026-01-01', vendorOf: [] },
    ];
    const details = cellDetails(
      data(
        cell({
          disputes: [
            { claim: 'Says it is supported.', level: 'full', source: 'https://blog.example', resolution: 'Only with a flag.' },
            { claim: 'Says nothing.', level: null, source: 'https://unknown.example', resolution: 'Unknown source.' },
          ],
          derivedFrom: { report: 'https://reports.example/r.yaml', profile: 'MESH-HTTP', version: '1.0' },
        }),
        sources,
      ),
      'retries',
      'mesh-a',
    )!;
    expect(details.disputes).toStrictEqual([
      { claim: 'Says it is supported.', level: 'Full', by: { url: 'https://blog.example', title: 'A blog post', publisher: 'Istio blog', vendor: 'vendor: Istio' }, resolution: 'Only with a flag.' },
      { claim: 'Says nothing.', level: null, by: { url: 'https://unknown.example', title: 'https://unknown.example', publisher: '', vendor: null }, resolution: 'Unknown source.' },
    ]);
    expect(details.derivedFrom).toStrictEqual({ url: 'https://reports.example/r.yaml', text: 'Computed from Report 1.0, MESH-HTTP profile' });
  });

  it('lists since, removed, each requirement and the verification, in that order', () => {
    const details = cellDetails(data(cell({ since: '1.0', removed: '2.0', requires: ['opt-in', 'enterprise', 'something-new'] })), 'retries', 'mesh-a')!;
    expect(details.facts).toStrictEqual([
      'Since 1.0',
      'Removed in 2.0',
      'Requires a non-default install or runtime setting',
      'Requires a commercial / enterprise distribution',
      'Requires something-new',
      'Verified 3 Feb 2026 against 1.2.0',
      'No dated change recorded',
    ]);
    expect(cellDetails(data(cell()), 'retries', 'mesh-a')!.facts).toStrictEqual(['Verified 3 Feb 2026 against 1.2.0', 'No dated change recorded']);
  });

  it('says when a cell was never checked, when it last changed, and that a stale one needs checking against the reviewed release', () => {
    const details = cellDetails(data(cell({ verified: null, verifiedAgainst: null, lastChanged: '2026-01-02', stale: true })), 'retries', 'mesh-a')!;
    expect(details.facts).toStrictEqual(['Not yet checked against a release', 'Last changed 2 Jan 2026', 'Stale: re-check against 1.2.3']);
    expect(details.stale).toBe(true);
  });

  it('gives the history newest first, one line each with its reason and its sources by title', () => {
    const history = [
      { date: null, kind: 'release' as const, field: 'level', from: 'none', to: 'partial', version: '1.1', reason: 'First shipped.', sources: ['https://a.example'] },
      { date: '2026-01-20', kind: 'review' as const, field: 'level', from: 'partial', to: 'full', version: null, reason: 'Re-read the docs.', sources: ['https://gone.example'] },
    ];
    const sources = [{ url: 'https://a.example', title: 'Release notes', publisher: 'Pub A', date: null, vendorOf: [] }];
    expect(cellDetails(data(cell({ history }), sources), 'retries', 'mesh-a')!.history).toStrictEqual([
      { line: 'Support: partial → full on 20 Jan 2026', reason: 'Re-read the docs.', sources: [{ url: 'https://gone.example', title: 'https://gone.example' }] },
      { line: 'Support: none → partial in 1.1 (release date not recorded)', reason: 'First shipped.', sources: [{ url: 'https://a.example', title: 'Release notes' }] },
    ]);
  });

  it('keeps the level, its description, the maturity and the note as the cell gives them', () => {
    const details = cellDetails(data(cell({ level: 'unknown', note: 'Nobody has checked.' })), 'retries', 'mesh-a')!;
    expect([details.level, details.levelDescription, details.maturity, details.note]).toStrictEqual(['unknown', 'Not verified: no primary source found yet', null, 'Nobody has checked.']);
  });

  it('names each source with its publisher and year, marks vendors by the project names the meshes give, and shows unknown URLs and projects as they are', () => {
    const sources = [
      { url: 'https://a.example', title: 'A', publisher: 'Pub A', date: '2025-07-01', vendorOf: ['istio', 'linkerd'] },
      { url: 'https://b.example', title: 'B', publisher: 'Pub B', date: null, vendorOf: [] },
      { url: 'https://c.example', title: 'C', publisher: 'Pub C', date: null, vendorOf: ['kuma'] },
    ];
    const details = cellDetails(data(cell({ sources: ['https://b.example', 'https://a.example', 'https://c.example', 'https://gone.example'] }), sources), 'retries', 'mesh-a')!;
    expect(details.sources).toStrictEqual([
      { url: 'https://b.example', title: 'B', byline: 'Pub B', vendor: null },
      { url: 'https://a.example', title: 'A', byline: 'Pub A, 2025', vendor: 'vendor: Istio, Linkerd' },
      { url: 'https://c.example', title: 'C', byline: 'Pub C', vendor: 'vendor: kuma' },
      { url: 'https://gone.example', title: 'https://gone.example', byline: '', vendor: null },
    ]);
  });

  it('returns null for a feature, mesh or cell that does not exist', () => {
    expect(cellDetails(data(cell()), 'retries', 'kuma')).toBeNull();
    expect(cellDetails(data(cell()), 'nope', 'mesh-a')).toBeNull();
    expect(cellDetails(data(cell()), 'retries', 'mesh-b')).toBeNull(); // a known mesh without a cell
    const ghost = data(cell());
    ghost.features[0]!.support['ghost'] = cell();
    expect(cellDetails(ghost, 'retries', 'ghost')).toBeNull(); // a cell for a mesh the export does not list
  });
});
