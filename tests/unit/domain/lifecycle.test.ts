import { describe, expect, it } from 'vitest';
import { kubernetesRange, releaseStatus, RELEASE_STATUS_TEXT } from '../../../src/domain/lifecycle';

describe('release lifecycle', () => {
  it('is supported through its last day and ended the day after, judged on the build date', () => {
    expect(releaseStatus({ endOfSupport: '2026-10-12' }, '2026-10-11')).toBe('supported');
    expect(releaseStatus({ endOfSupport: '2026-10-12' }, '2026-10-12')).toBe('supported');
    expect(releaseStatus({ endOfSupport: '2026-10-12' }, '2026-10-13')).toBe('ended');
  });

  it('has ended from the day a source called it ended, when no end date is published', () => {
    expect(releaseStatus({ endedBy: '2026-08-04' }, '2026-08-03')).toBe('no-date');
    expect(releaseStatus({ endedBy: '2026-08-04' }, '2026-08-04')).toBe('ended');
    // A published end date wins over a later statement.
    expect(releaseStatus({ endOfSupport: '2026-10-12', endedBy: '2026-08-04' }, '2026-09-01')).toBe('supported');
  });

  it('has no status without a published end date', () => {
    expect(releaseStatus({}, '2026-10-13')).toBe('no-date');
    expect(releaseStatus({ endOfSupport: null }, '2026-10-13')).toBe('no-date');
    expect(RELEASE_STATUS_TEXT).toStrictEqual({ supported: 'Supported', ended: 'Support ended', 'no-date': 'No end date published' });
  });

  it('writes a Kubernetes range', () => {
    expect(kubernetesRange({ min: '1.32', max: '1.36' })).toBe('1.32 to 1.36');
    expect(kubernetesRange({ min: '1.33', max: '1.33' })).toBe('1.33 only');
    expect(kubernetesRange(null)).toBe('not stated');
    expect(kubernetesRange(undefined)).toBe('not stated');
  });
});
