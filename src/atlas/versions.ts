/**
 * Orders upstream version strings (`1.20`, `1.20.3`, `2.13`, `edge-26.9.1`, `enterprise-2.20.2`).
 * Versions of one series (same prefix) compare by their numbers, missing parts counting as 0 and a
 * pre-release (`1.22.0-rc.1`) before its release; versions of different series do not compare.
 */
const VERSION = /^([a-z][a-z-]*-)?v?(\d+(?:\.\d+)*)(?:-(.+))?$/i;

export interface ParsedVersion {
  series: string;
  numbers: number[];
  prerelease: string | null;
}

export function parseVersion(version: string): ParsedVersion | null {
  const match = VERSION.exec(version.trim());
  if (!match) return null;
  return { series: (match[1] ?? '').toLowerCase(), numbers: match[2]!.split('.').map(Number), prerelease: match[3] ?? null };
}

/** Negative when a < b, 0 when equal, positive when a > b; null when they are not comparable. */
export function compareVersions(a: string, b: string): number | null {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y || x.series !== y.series) return null;
  for (let i = 0; i < Math.max(x.numbers.length, y.numbers.length); i++) {
    const difference = (x.numbers[i] ?? 0) - (y.numbers[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  if (x.prerelease === y.prerelease) return 0;
  if (x.prerelease === null) return 1;
  if (y.prerelease === null) return -1;
  return x.prerelease < y.prerelease ? -1 : 1;
}
