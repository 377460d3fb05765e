/** Which changes the changes page shows for a filter, and the status line saying so. Browser-safe. */
import type { ChangesState } from './urls';
import { formatDate } from './format';

export interface FilterableChange {
  mesh: string;
  /** YYYY-MM-DD, or '' when undated (a date filter leaves it out). */
  date: string;
}

export function filterChanges(changes: readonly FilterableChange[], state: ChangesState) {
  const visible = changes.map((c) => (!state.mesh || c.mesh === state.mesh) && (!state.since || (c.date !== '' && c.date >= state.since)));
  const shown = visible.filter(Boolean).length;
  return {
    visible,
    shown,
    /** "Showing 3 of 40 changes since 1 Nov 2026 to Cilium." — mesh names from the page. */
    summary(names: Readonly<Record<string, string>>): string {
      if (!state.mesh && !state.since) return `Showing all ${changes.length} changes.`;
      const parts = [
        `Showing ${shown} of ${changes.length} changes`,
        state.since ? ` since ${formatDate(state.since)}` : '',
        state.mesh ? ` to ${names[state.mesh] ?? state.mesh}` : '',
      ];
      return `${parts.join('')}.`;
    },
  };
}
