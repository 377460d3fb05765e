import { describe, expect, it } from 'vitest';
import { filterChanges } from '../../../src/domain/changesFilter';
import { parseChangesState, serializeChangesState, urls } from '../../../src/domain/urls';

const CHANGES = [
  { mesh: 'cilium', date: '2026-12-01' },
  { mesh: 'linkerd', date: '2026-11-02' },
  { mesh: 'cilium', date: '2024-02-21' },
  { mesh: 'linkerd', date: '' },
];
const NAMES = { cilium: 'Cilium', linkerd: 'Linkerd' };

describe('the changes page filter', () => {
  it('shows everything without a filter', () => {
    const result = filterChanges(CHANGES, { since: null, mesh: null });
    expect(result.visible).toStrictEqual([true, true, true, true]);
    expect(result.summary(NAMES)).toBe('Showing all 4 changes.');
  });

  it('keeps changes on or after the date, leaving undated ones out', () => {
    const result = filterChanges(CHANGES, { since: '2026-11-02', mesh: null });
    expect(result.visible).toStrictEqual([true, true, false, false]);
    expect(result.shown).toBe(2);
    expect(result.summary(NAMES)).toBe('Showing 2 of 4 changes since 2 Nov 2026.');
  });

  it('keeps one mesh’s changes, dated or not, and combines both filters', () => {
    expect(filterChanges(CHANGES, { since: null, mesh: 'linkerd' }).visible).toStrictEqual([false, true, false, true]);
    const both = filterChanges(CHANGES, { since: '2025-01-01', mesh: 'cilium' });
    expect(both.visible).toStrictEqual([true, false, false, false]);
    expect(both.summary(NAMES)).toBe('Showing 1 of 4 changes since 1 Jan 2025 to Cilium.');
    expect(filterChanges(CHANGES, { since: null, mesh: 'kuma' }).summary(NAMES)).toBe('Showing 0 of 4 changes to kuma.');
  });
});

describe('the changes page URL', () => {
  it('reads a real date and a known mesh', () => {
    expect(parseChangesState('?since=2026-11-01&mesh=cilium', ['cilium'])).toStrictEqual({ state: { since: '2026-11-01', mesh: 'cilium' }, errors: [] });
    expect(parseChangesState('', ['cilium'])).toStrictEqual({ state: { since: null, mesh: null }, errors: [] });
    expect(parseChangesState('?since=&mesh=', ['cilium'])).toStrictEqual({ state: { since: null, mesh: null }, errors: [] });
  });

  it('refuses what is not a calendar date or a mesh, saying so, and keeps the rest', () => {
    expect(parseChangesState('?since=2026-02-30&mesh=cilium', ['cilium'])).toStrictEqual({
      state: { since: null, mesh: 'cilium' },
      errors: ['“2026-02-30” is not a date written YYYY-MM-DD, so every date is shown.'],
    });
    expect(parseChangesState('?since=yesterday&mesh=kuma', ['cilium']).errors).toStrictEqual([
      '“yesterday” is not a date written YYYY-MM-DD, so every date is shown.',
      '“kuma” is not a mesh on this site, so every mesh is shown.',
    ]);
    expect(parseChangesState('?since=2026-1-5', []).state.since).toBeNull();
  });

  it('writes the state back in a fixed order, leaving out what is unset', () => {
    expect(serializeChangesState({ mesh: 'cilium', since: '2026-11-01' })).toBe('?since=2026-11-01&mesh=cilium');
    expect(serializeChangesState({ since: null, mesh: null })).toBe('');
    expect(urls.changesView({ mesh: 'linkerd' })).toBe('/changes/?mesh=linkerd');
    expect([urls.changes(), urls.changesFeed(), urls.changeBatch('2026-12-01'), urls.change('mtls-cilium-2')]).toStrictEqual([
      '/changes/', '/changes.xml', '/changes/#changes-2026-12-01', '/changes/#mtls-cilium-2',
    ]);
    expect([urls.quality(), urls.qualityCells('stale'), urls.qualityCells('stale', 'cilium'), urls.lifecycle(), urls.lifecycleProject('istio')]).toStrictEqual([
      '/quality/', '/quality/cells/#stale', '/quality/cells/#stale-cilium', '/lifecycle/', '/lifecycle/#istio',
    ]);
    expect([urls.changesExport(), urls.lifecycleExport()]).toStrictEqual(['/data/changes.json', '/data/lifecycle.json']);
  });
});
