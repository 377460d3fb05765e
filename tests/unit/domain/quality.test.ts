import { describe, expect, it } from 'vitest';
import { evidenceOf, percent, qualityScoreboard, QUALITY_MEASURE_IDS, type QualityInput } from '../../../src/domain/quality';

const S = (url: string, kind: string, vendor: boolean) => ({ url, kind, vendor });
const SOURCES = [S('docs', 'docs', true), S('code', 'repository', true), S('notes', 'release-notes', true), S('issue', 'issue', false), S('report', 'conformance-report', false), S('vblog', 'blog', true), S('vbench', 'benchmark', true), S('blog', 'blog', false), S('article', 'article', false)];
const byUrl = new Map(SOURCES.map((s) => [s.url, s]));

describe('evidence classes', () => {
  it('is primary with any primary kind, whoever wrote it', () => {
    for (const url of ['docs', 'code', 'notes', 'issue', 'report']) expect(evidenceOf([url], byUrl), url).toBe('primary');
    expect(evidenceOf(['vblog', 'blog', 'notes'], byUrl)).toBe('primary');
  });

  it('is vendor-only when no primary source and any vendor material, else third-party-only', () => {
    expect(evidenceOf(['vblog'], byUrl)).toBe('vendor-only');
    expect(evidenceOf(['blog', 'vbench'], byUrl)).toBe('vendor-only');
    expect(evidenceOf(['blog', 'article'], byUrl)).toBe('third-party-only');
  });

  it('is no-source with nothing cited, or only URLs the export does not list', () => {
    expect(evidenceOf([], byUrl)).toBe('no-source');
    expect(evidenceOf(['gone'], byUrl)).toBe('no-source');
  });
});

describe('the scoreboard', () => {
  const cell = (level: 'full' | 'unknown', sources: string[], verifiedAgainst: string | null, stale = false) => ({ level, sources, verifiedAgainst, stale });
  const data: QualityInput = {
    meshes: [{ id: 'a', shortName: 'A', versionReviewed: '1.31.0' }, { id: 'b', shortName: 'B', versionReviewed: '2.20' }],
    sources: SOURCES,
    features: [
      { id: 'f1', name: 'F1', support: { a: cell('full', ['docs'], '1.31'), b: cell('full', ['vblog'], '2.19', true) } },
      { id: 'f2', name: 'F2', support: { a: cell('unknown', [], null, true), b: cell('full', ['blog'], '2.20') } },
      { id: 'f3', name: 'F3', support: { a: cell('full', ['notes'], '1.31.0') } },
    ],
  };
  const board = qualityScoreboard(data);
  const counts = (scope: (typeof board)['overall']) => Object.fromEntries(QUALITY_MEASURE_IDS.map((m) => [m, scope.measures[m].map((r) => `${r.feature}/${r.mesh}`)]));

  it('counts each mesh’s cells into every measure they meet', () => {
    expect(board.meshes.map((m) => [m.mesh, m.name, m.total])).toStrictEqual([['a', 'A', 3], ['b', 'B', 2]]);
    expect(counts(board.meshes[0]!)).toStrictEqual({
      primary: ['f1/a', 'f3/a'], 'vendor-only': [], 'third-party-only': [], 'no-source': ['f2/a'],
      'verified-current': ['f1/a', 'f3/a'], stale: ['f2/a'], unknown: ['f2/a'],
    });
    expect(counts(board.meshes[1]!)).toStrictEqual({
      primary: [], 'vendor-only': ['f1/b'], 'third-party-only': ['f2/b'], 'no-source': [],
      'verified-current': ['f2/b'], stale: ['f1/b'], unknown: [],
    });
  });

  it('adds every mesh into the overall scope, and each cell names its feature', () => {
    expect(board.overall.mesh).toBeNull();
    expect(board.overall.total).toBe(5);
    expect(counts(board.overall)['primary']).toStrictEqual(['f1/a', 'f3/a']);
    expect(counts(board.overall)['stale']).toStrictEqual(['f2/a', 'f1/b']);
    expect(board.overall.measures.primary[0]).toStrictEqual({ feature: 'f1', featureName: 'F1', mesh: 'a' });
  });

  it('rounds shares to whole percentages, zero for an empty scope', () => {
    expect([percent(2, 3), percent(1, 3), percent(1, 8), percent(0, 0), percent(5, 5)]).toStrictEqual([67, 33, 13, 0, 100]);
  });
});
