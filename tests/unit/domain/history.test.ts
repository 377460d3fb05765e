import { describe, expect, it } from 'vitest';
import { changeLine, changeSummary, changeWhen, lastChanged, newestFirst, valueText, type HistoryLike } from '../../../src/domain/history';

const entry = (over: Partial<HistoryLike>): HistoryLike => ({ kind: 'review', field: 'level', reason: 'Why it changed.', ...over });

describe('cell history in words', () => {
  it('writes values: text as is, lists joined, an empty list as none, absent as not set', () => {
    expect([valueText('full'), valueText(['waypoint', 'opt-in']), valueText([]), valueText(undefined), valueText(null)]).toStrictEqual([
      'full', 'waypoint, opt-in', 'none', 'not set', 'not set',
    ]);
  });

  it('summarises what changed by field, and a note or source edit without values as an edit', () => {
    expect(changeSummary(entry({ from: 'partial', to: 'full' }))).toBe('Support: partial → full');
    expect(changeSummary(entry({ field: 'maturity', from: 'beta', to: 'deprecated' }))).toBe('Maturity: beta → deprecated');
    expect(changeSummary(entry({ field: 'requires', from: [], to: ['waypoint'] }))).toBe('Requirements: none → waypoint');
    expect(changeSummary(entry({ field: 'since', to: '2.13' }))).toBe('First version: not set → 2.13');
    expect(changeSummary(entry({ field: 'removed', to: '1.18' }))).toBe('Removed in: not set → 1.18');
    expect(changeSummary(entry({ field: 'note' }))).toBe('Note reworded');
    expect(changeSummary(entry({ field: 'sources' }))).toBe('Sources revised');
    expect(changeSummary(entry({ field: 'note', from: 'old words', to: 'new words' }))).toBe('Note: old words → new words');
    expect(changeSummary(entry({ field: 'colour', from: 'a', to: 'b' }))).toBe('colour: a → b');
  });

  it('says when: version and date, a version whose date is not recorded, a day, or nothing known', () => {
    expect(changeWhen(entry({ version: '2.13', date: '2023-04-10' }))).toBe('in 2.13, 10 Apr 2023');
    expect(changeWhen(entry({ version: '1.20' }))).toBe('in 1.20 (release date not recorded)');
    expect(changeWhen(entry({ date: '2026-12-01' }))).toBe('on 1 Dec 2026');
    expect(changeWhen(entry({}))).toBe('date not recorded');
    expect(changeLine(entry({ from: 'none', to: 'full', version: '2.13', date: '2023-04-10' }))).toBe('Support: none → full in 2.13, 10 Apr 2023');
  });

  it('finds the last dated change, ignoring undated ones', () => {
    expect(lastChanged([entry({ date: '2024-02-21' }), entry({ version: '2.20' }), entry({ date: '2026-12-01' }), entry({ date: '2025-01-01' })])).toBe('2026-12-01');
    expect(lastChanged([entry({ version: '1.20' })])).toBeNull();
    expect(lastChanged([])).toBeNull();
  });

  it('orders newest first: dated by date, undated after them, later entries of a day first', () => {
    const a = entry({ date: '2024-01-01', reason: 'a' });
    const b = entry({ version: '1.14', reason: 'b' });
    const c = entry({ date: '2026-12-01', reason: 'c' });
    const d = entry({ date: '2026-12-01', reason: 'd' });
    const e = entry({ version: '1.20', reason: 'e' });
    expect(newestFirst([a, b, c, d, e]).map((x) => x.reason)).toStrictEqual(['d', 'c', 'a', 'e', 'b']);
  });
});
