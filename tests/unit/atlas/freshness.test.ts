import { describe, expect, it } from 'vitest';
import { cellFreshness, daysBetween, releaseLine, STALE_AFTER_DAYS, staleReasonText } from '../../../src/atlas/freshness';

const checked = (verified: string, verifiedAgainst: string) => ({ verified, verifiedAgainst });

describe('cell freshness', () => {
  it('counts whole days between two dates, across months and leap days', () => {
    expect(daysBetween('2026-01-15', '2026-01-15')).toBe(0);
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-01-31')).toBe(-29);
  });

  it('is fresh when checked against the reviewed release (however written) within the policy age', () => {
    expect(cellFreshness(checked('2026-06-01', '1.31'), '1.31.0', '2026-06-02')).toStrictEqual({ stale: false, reasons: [] });
    expect(cellFreshness(checked('2026-06-01', '1.32'), '1.31.0', '2026-06-02').stale).toBe(false);
  });

  it('compares release lines, not patches: a check against 1.20.0 is current for a profile reviewed against 1.20.2', () => {
    expect(releaseLine('1.20.2')).toBe('1.20');
    expect(releaseLine('v1.20.0')).toBe('v1.20');
    expect(releaseLine('1.19.0-pre.2')).toBe('1.19-pre.2');
    expect(releaseLine('2.20')).toBe('2.20');
    expect(releaseLine('edge-26.9.1')).toBe('edge-26.9.1');
    expect(cellFreshness(checked('2026-06-01', '1.20.0'), '1.20.2', '2026-06-02')).toStrictEqual({ stale: false, reasons: [] });
    expect(cellFreshness(checked('2026-06-01', '1.19.9'), '1.20.2', '2026-06-02').reasons).toStrictEqual([{ kind: 'older-release', checked: '1.19.9', current: '1.20.2' }]);
    // A pre-release of the reviewed line is older than the line itself.
    expect(cellFreshness(checked('2026-06-01', '1.20.0-rc.1'), '1.20.2', '2026-06-02').stale).toBe(true);
  });

  it('is stale when never checked, and says only that', () => {
    expect(cellFreshness({}, '1.31.0', '2026-06-02')).toStrictEqual({ stale: true, reasons: [{ kind: 'unchecked' }] });
    expect(cellFreshness({ verified: '2026-06-01' }, '1.31.0', '2026-06-02').reasons).toStrictEqual([{ kind: 'unchecked' }]);
  });

  it('is stale when checked against an older release, or one of another series', () => {
    expect(cellFreshness(checked('2026-06-01', '1.30.9'), '1.31.0', '2026-06-02').reasons).toStrictEqual([{ kind: 'older-release', checked: '1.30.9', current: '1.31.0' }]);
    expect(cellFreshness(checked('2026-06-01', 'edge-26.9.1'), '2.20', '2026-06-02').reasons).toStrictEqual([{ kind: 'older-release', checked: 'edge-26.9.1', current: '2.20' }]);
  });

  it('is stale one day past the policy age, not on its last day', () => {
    expect(STALE_AFTER_DAYS).toBe(180);
    expect(cellFreshness(checked('2026-01-01', '1.31'), '1.31', '2026-06-30').stale).toBe(false); // 180 days
    expect(cellFreshness(checked('2026-01-01', '1.31'), '1.31', '2026-07-01').reasons).toStrictEqual([{ kind: 'age', days: 181, limit: 180 }]);
    expect(cellFreshness(checked('2026-01-01', '1.31'), '1.31', '2026-01-11', 9).reasons).toStrictEqual([{ kind: 'age', days: 10, limit: 9 }]);
  });

  it('gives every reason at once, in words', () => {
    const { reasons } = cellFreshness(checked('2025-01-01', '1.29'), '1.31', '2026-01-01');
    expect(reasons.map(staleReasonText)).toStrictEqual(['checked against 1.29, not the reviewed 1.31', 'checked 365 days ago (limit 180)']);
    expect(staleReasonText({ kind: 'unchecked' })).toBe('never checked');
  });
});
