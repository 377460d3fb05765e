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

/** Formats a number in its unit for tables: "12.3 ms", "-15%", "+56%". */
export function formatValue(value: number, unit: Unit, options: { approximate?: boolean; signed?: boolean } = {}): string {
  const sign = options.signed && value > 0 ? '+' : '';
  const number = value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return `${options.approximate ? '~' : ''}${sign}${number}${UNIT_SUFFIX[unit]}`;
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
