import { SUPPORT_LEVELS, type SupportLevel } from '../schemas/vocab';

/** How each support level is shown: a symbol for scanning and words that carry the meaning. */
export const LEVEL_DISPLAY: Record<SupportLevel, { label: string; symbol: string; description: string }> = {
  full: { label: 'Full', symbol: '✓', description: 'Supported as documented' },
  partial: { label: 'Partial', symbol: '◐', description: 'Supported with limits or only in some configurations' },
  none: { label: 'None', symbol: '✕', description: 'Not supported' },
  unknown: { label: 'Unknown', symbol: '?', description: 'Not verified: no primary source found yet' },
  'not-applicable': { label: 'n/a', symbol: '–', description: 'The question does not apply to this mesh' },
};

export type LevelCounts = Record<SupportLevel, number>;

/** Counts cells per support level; every level is present, zero or not. */
export function countLevels(levels: Iterable<SupportLevel>): LevelCounts {
  const counts = Object.fromEntries(SUPPORT_LEVELS.map((level) => [level, 0])) as LevelCounts;
  for (const level of levels) counts[level] += 1;
  return counts;
}
