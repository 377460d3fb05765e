import type { Unit } from '../schemas/vocab';

const UNIT_SUFFIX: Record<Unit, string> = {
  ms: ' ms',
  MB: ' MB',
  MiB: ' MiB',
  vCPU: ' vCPU',
  percent: '%',
  qps: ' qps',
  'qps/core': ' qps/core',
  'cpu-ms': ' ms CPU',
};

/** Results in percent are changes or comparisons ("+56%", "-15%"), so they always carry a sign. */
export const signedUnit = (unit: Unit): boolean => unit === 'percent';

/**
 * Formats a number in its unit for tables: "12.3 ms", "-15%", "+56%". `decimals` fixes the number
 * of decimals so a column reads alike (2.0 beside 3.8, as the source printed it).
 */
export function formatValue(
  value: number,
  unit: Unit,
  options: { approximate?: boolean; signed?: boolean; decimals?: number } = {},
): string {
  const sign = options.signed && value > 0 ? '+' : '';
  const digits = options.decimals ?? undefined;
  const number = value.toLocaleString('en-US', {
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: digits ?? 4,
  });
  return `${options.approximate ? '~' : ''}${sign}${number}${UNIT_SUFFIX[unit]}`;
}

/** The most decimals any of the values has (at most 4): the precision a column is shown at. */
export function decimalsOf(values: number[]): number {
  let most = 0;
  for (const value of values) {
    const text = String(value);
    const decimals = text.includes('e') ? 4 : (text.split('.')[1]?.length ?? 0);
    most = Math.max(most, Math.min(decimals, 4));
  }
  return most;
}

/** Formats an ISO date (YYYY-MM-DD) for reading, e.g. "21 Nov 2026". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The latest of several ISO dates (they sort as strings), or undefined for none. */
export function latestDate(dates: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (!latest || date > latest) latest = date;
  return latest;
}

/**
 * The projects a vendor-authored source or study is from, by name ("Istio, Linkerd"), for every
 * vendor mark on the site; `names` maps project ids to names (see `projectNames`).
 */
export function vendorNames(names: Readonly<Record<string, string>>, vendorOf: readonly string[]): string {
  return vendorOf.map((p) => names[p] ?? p).join(', ');
}
