import { describe, expect, it } from 'vitest';
import { compareVersions, parseVersion } from '../../../src/atlas/versions';

describe('parseVersion', () => {
  it('splits series, numbers and pre-release', () => {
    expect(parseVersion('1.20.3')).toStrictEqual({ series: '', numbers: [1, 20, 3], prerelease: null });
    expect(parseVersion('v2.13')).toStrictEqual({ series: '', numbers: [2, 13], prerelease: null });
    expect(parseVersion('edge-26.9.1')).toStrictEqual({ series: 'edge-', numbers: [26, 9, 1], prerelease: null });
    expect(parseVersion('Enterprise-2.20.2')).toStrictEqual({ series: 'enterprise-', numbers: [2, 20, 2], prerelease: null });
    expect(parseVersion(' 1.22.0-rc.1 ')).toStrictEqual({ series: '', numbers: [1, 22, 0], prerelease: 'rc.1' });
  });
  it('refuses what is not a version', () => {
    for (const text of ['', 'latest', '1..2', '.1', '1.', 'x1.2', '1.2 beta']) expect(parseVersion(text), text).toBeNull();
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.9', '1.10', -1],
    ['1.10', '1.9', 1],
    ['1.20', '1.20.0', 0],
    ['1.20.1', '1.20', 1],
    ['2', '10', -1],
    ['1.22.0-rc.1', '1.22.0', -1],
    ['1.22.0', '1.22.0-rc.1', 1],
    ['1.22.0-rc.1', '1.22.0-rc.2', -1],
    ['1.22.0-rc.2', '1.22.0-rc.1', 1],
    ['1.22.0-rc.1', '1.22.0-rc.1', 0],
    ['edge-24.1.1', 'edge-24.10.1', -1],
  ] as const)('%s vs %s → %d', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
  it('does not compare different series or non-versions', () => {
    expect(compareVersions('edge-24.1.1', '2.14')).toBeNull();
    expect(compareVersions('1.0', 'latest')).toBeNull();
    expect(compareVersions('latest', '1.0')).toBeNull();
  });
});
