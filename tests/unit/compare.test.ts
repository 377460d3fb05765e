import { describe, expect, it } from 'vitest';
import {
  canonicalPair,
  cellSignature,
  comparePairs,
  compareSupport,
  parsePairSlug,
  reversePairRedirects,
  signaturesDiffer,
  summarizeDifferences,
} from '../../src/lib/compare';
import type { SupportCellData } from '../../src/schemas';

const cell = (level: SupportCellData['level'], extra: Partial<SupportCellData> = {}): SupportCellData => ({
  level,
  requires: [],
  note: 'note text',
  sources: [],
  verified: '2026-01-01',
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

  it('reads slugs whose ids contain hyphens', () => {
    const ids = ['istio-ambient', 'istio-sidecar', 'no-mesh'];
    expect(parsePairSlug('istio-ambient-vs-no-mesh', ids)).toEqual({ a: 'istio-ambient', b: 'no-mesh' });
    expect(parsePairSlug('istio-vs-no-mesh', ids)).toBeNull();
    expect(parsePairSlug('no-mesh-vs-no-mesh', ids)).toBeNull();
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
    expect(summarizeDifferences([...differing, ...same])).toEqual({
      differ: 4,
      total: 5,
      firstAhead: 1,
      secondAhead: 1,
      sameLevelOtherwiseDifferent: 1,
      notComparable: 1,
    });
  });
});
