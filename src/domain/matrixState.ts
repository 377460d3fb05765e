/**
 * Which rows of the feature matrix a view state shows. The state and its URL form (`?m=…&cat=…`)
 * are in src/domain/urls.ts with every other URL shape.
 */
import type { MatrixState } from './urls';

/** A matrix row as the filter sees it. */
export interface MatrixRow {
  id: string;
  category: string;
  /** Lowercase text the filter searches: name, aliases, description. */
  text: string;
  /** Cell signature per mesh id (see `cellSignature`). */
  signatures: Record<string, string>;
}

/** The ids of the rows the state shows. */
export function visibleRows(rows: readonly MatrixRow[], state: MatrixState): Set<string> {
  const words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = new Set<string>();
  for (const row of rows) {
    if (!state.categories.includes(row.category)) continue;
    if (!words.every((word) => row.text.includes(word))) continue;
    if (state.diff && state.meshes.length > 1 && new Set(state.meshes.map((m) => row.signatures[m])).size < 2) continue;
    shown.add(row.id);
  }
  return shown;
}
