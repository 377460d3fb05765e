export type Theme = 'light' | 'dark';

/** localStorage key holding the reader's explicit choice. */
export const THEME_STORAGE_KEY = 'mesh-atlas-theme';

/** The theme to show: the stored choice when valid, else the system preference. */
export function effectiveTheme(stored: string | null, systemPrefersDark: boolean): Theme {
  if (stored === 'light' || stored === 'dark') return stored;
  return systemPrefersDark ? 'dark' : 'light';
}
