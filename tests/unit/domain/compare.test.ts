import { describe, expect, it } from 'vitest';
import {
  canonicalPair,
  cellSignature,
  comparePairs,
  compareSupport,
  reversePairRedirects,
  signaturesDiffer,
  summarizeDifferences,
} from '../../../src/domain/compare';
import type { SupportCellData } from '../../../src/schemas';

const cell = (level: SupportCellData['level'], extra: Partial<SupportCellData> = {}): SupportCellData => ({
  level,
  requires: [],
  note: 'note text',
  sources: [],
  verified: '2026-01-01',
  verifiedAgainst: '1.0',
  history: [],
  disputes: [],
  ...extra,
});

describe('pairs', () => {
  it('orders a pair alphabetically whichever way it is asked', () => {
    expect(canonicalPair('linkerd', 'cilium')).toEqual({ a: 'cilium', b: 'linkerd', slug: 'cilium-vs-linkerd' });
    expect(canonicalPair('cilium', 'linkerd').slug).toBe('cilium-vs-linkerd');
    expect(() => canonicalPair('cilium', 'cilium')).toThrow(/itself/);
  });

  it('lists every unordered pair exactly once', () => {
    const pairs = comparePairs(['linkerd', 'cilium', 'istio-ambient', 'istio-sidecar', 'cilium']);
    expect(pairs.map((p) => p.slug)).toEqual([
      'cilium-vs-istio-ambient',
      'cilium-vs-istio-sidecar',
      'cilium-vs-linkerd',
      'istio-ambient-vs-istio-sidecar',
      'istio-ambient-vs-linkerd',
      'istio-sidecar-vs-linkerd',
    ]);
    expect(comparePairs(['a', 'b', 'c', 'd', 'e'])).toHaveLength(10);
  });

  it('redirects each reverse URL to its canonical page', () => {
    expect(reversePairRedirects(['linkerd', 'cilium', 'istio-ambient'])).toEqual({
      '/compare/istio-ambient-vs-cilium/': '/compare/cilium-vs-istio-ambient/',
      '/compare/linkerd-vs-cilium/': '/compare/cilium-vs-linkerd/',
      '/compare/linkerd-vs-istio-ambient/': '/compare/istio-ambient-vs-linkerd/',
    });
  });

  it('has no pairs for fewer than two ids, and never pairs an id with itself', () => {
    expect(comparePairs([])).toStrictEqual([]);
    expect(comparePairs(['a', 'a'])).toStrictEqual([]);
    expect(comparePairs(['b', 'a'])).toStrictEqual([{ a: 'a', b: 'b', slug: 'a-vs-b' }]);
    expect(comparePairs(['c', 'a', 'b'])).toStrictEqual([
      { a: 'a', b: 'b', slug: 'a-vs-b' },
      { a: 'a', b: 'c', slug: 'a-vs-c' },
      { a: 'b', b: 'c', slug: 'b-vs-c' },
    ]);
    expect(reversePairRedirects(['a'])).toStrictEqual({});
    expect(() => canonicalPair('x', 'x')).toThrow('cannot compare "x" with itself');
  });
});

describe('differences', () => {
  it('treats level, maturity and requirements as what makes cells differ, not notes', () => {
    expect(cellSignature(cell('full', { note: 'a' }))).toBe(cellSignature(cell('full', { note: 'b' })));
    expect(cellSignature(cell('full'))).not.toBe(cellSignature(cell('full', { requires: ['waypoint'] })));
    expect(cellSignature(cell('full', { maturity: 'beta' }))).not.toBe(cellSignature(cell('full', { maturity: 'stable' })));
    expect(cellSignature(cell('full', { requires: ['opt-in', 'add-on'] }))).toBe(cellSignature(cell('full', { requires: ['add-on', 'opt-in'] })));
    expect(signaturesDiffer(['x', 'x'])).toBe(false);
    expect(signaturesDiffer(['x', 'y', 'x'])).toBe(true);
  });

  it('splits features into differing and same, keeping order, and counts who is ahead', () => {
    const features = [{ id: 'f1' }, { id: 'f2' }, { id: 'f3' }, { id: 'f4' }, { id: 'f5' }];
    const first = { data: { support: { f1: cell('full'), f2: cell('none'), f3: cell('full'), f4: cell('partial', { maturity: 'beta' }), f5: cell('unknown') } } };
    const second = { data: { support: { f1: cell('partial'), f2: cell('full'), f3: cell('full'), f4: cell('partial', { maturity: 'alpha' }), f5: cell('full') } } };
    const { differing, same } = compareSupport(features, [first, second]);
    expect(differing.map((d) => d.feature.id)).toEqual(['f1', 'f2', 'f4', 'f5']);
    expect(same.map((d) => d.feature.id)).toEqual(['f3']);
    expect(summarizeDifferences([...differing, ...same])).toStrictEqual({
      differ: 4,
      total: 5,
      firstAhead: 1,
      secondAhead: 1,
      sameLevelOtherwiseDifferent: 1,
      notComparable: 1,
    });
  });

  it('counts who is ahead for the side that is ahead (full > partial > none)', () => {
    const pair = (a: SupportCellData['level'], b: SupportCellData['level']) => ({ cells: [cell(a), cell(b)], differs: a !== b });
    // The first mesh is ahead on three features, the second on one: swapping sides must show.
    const summary = summarizeDifferences([pair('full', 'partial'), pair('partial', 'none'), pair('full', 'none'), pair('none', 'partial')]);
    expect(summary).toStrictEqual({ differ: 4, total: 4, firstAhead: 3, secondAhead: 1, sameLevelOtherwiseDifferent: 0, notComparable: 0 });
    const reversed = summarizeDifferences([pair('partial', 'full'), pair('none', 'partial'), pair('none', 'full')]);
    expect([reversed.firstAhead, reversed.secondAhead]).toStrictEqual([0, 3]);
  });

  it('calls a difference not comparable when either side is unknown or not applicable', () => {
    const pair = (a: SupportCellData['level'], b: SupportCellData['level']) => ({ cells: [cell(a), cell(b)], differs: true });
    const summary = summarizeDifferences([pair('unknown', 'full'), pair('none', 'not-applicable'), pair('not-applicable', 'unknown')]);
    expect(summary).toStrictEqual({ differ: 3, total: 3, firstAhead: 0, secondAhead: 0, sameLevelOtherwiseDifferent: 0, notComparable: 3 });
  });

  it('counts features that do not differ in the total only', () => {
    const same = { cells: [cell('full'), cell('partial')], differs: false };
    expect(summarizeDifferences([same, same])).toStrictEqual({ differ: 0, total: 2, firstAhead: 0, secondAhead: 0, sameLevelOtherwiseDifferent: 0, notComparable: 0 });
    expect(summarizeDifferences([])).toStrictEqual({ differ: 0, total: 0, firstAhead: 0, secondAhead: 0, sameLevelOtherwiseDifferent: 0, notComparable: 0 });
  });

  it('keeps each feature with its cells in mesh order, and needs a cell for every mesh', () => {
    const first = { data: { support: { f1: cell('full'), f2: cell('none') } } };
    const second = { data: { support: { f1: cell('none'), f2: cell('none') } } };
    const { differing, same } = compareSupport([{ id: 'f1' }, { id: 'f2' }], [first, second]);
    expect(differing).toStrictEqual([{ feature: { id: 'f1' }, cells: [cell('full'), cell('none')], differs: true }]);
    expect(same).toStrictEqual([{ feature: { id: 'f2' }, cells: [cell('none'), cell('none')], differs: false }]);
    expect(() => compareSupport([{ id: 'f3' }], [first, second])).toThrow('no cell for f3');
  });

  it('writes a signature of level, maturity and sorted requirements', () => {
    expect(cellSignature(cell('full', { maturity: 'beta', requires: ['waypoint', 'add-on'] }))).toBe('full|beta|add-on+waypoint');
    expect(cellSignature(cell('none'))).toBe('none||');
    const requires = ['opt-in', 'add-on'] as SupportCellData['requires'];
    cellSignature(cell('full', { requires }));
    expect(requires).toStrictEqual(['opt-in', 'add-on']); // the cell's own list is not reordered
    expect(signaturesDiffer([])).toBe(false);
    expect(signaturesDiffer(['x'])).toBe(false);
  });
});
