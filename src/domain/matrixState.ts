/**
 * The feature matrix's view state and its URL form. The URL is the state: every view can be linked.
 *   m=cilium,linkerd   meshes shown (columns), in the order given
 *   cat=security       categories shown
 *   q=retry            text filter over name, aliases and description
 *   diff=1             only rows where the shown meshes differ
 * Defaults are left out of the URL, so the plain page URL is the full matrix.
 */
export interface MatrixState {
  meshes: string[];
  categories: string[];
  q: string;
  diff: boolean;
}

export interface MatrixOptions {
  meshIds: readonly string[];
  categoryIds: readonly string[];
  /** Meshes shown when the URL names none (default: all). */
  defaultMeshes?: readonly string[];
  /** Fewest and most meshes a selection may have; outside that, the default applies. */
  minMeshes?: number;
  maxMeshes?: number;
}

export function defaultMatrixState(options: MatrixOptions): MatrixState {
  return { meshes: [...(options.defaultMeshes ?? options.meshIds)], categories: [...options.categoryIds], q: '', diff: false };
}

const list = (value: string | null, known: readonly string[]) =>
  [...new Set((value ?? '').split(',').map((s) => s.trim()).filter((s) => known.includes(s)))];

/** Reads the state from a query string; unknown ids are dropped, bad selections fall back to defaults. */
export function parseMatrixState(search: string, options: MatrixOptions): MatrixState {
  const params = new URLSearchParams(search);
  const defaults = defaultMatrixState(options);
  const meshes = list(params.get('m'), options.meshIds);
  const categories = list(params.get('cat'), options.categoryIds);
  const min = options.minMeshes ?? 1;
  const max = options.maxMeshes ?? options.meshIds.length;
  return {
    meshes: meshes.length >= min && meshes.length <= max ? meshes : defaults.meshes,
    categories: categories.length ? categories : defaults.categories,
    q: (params.get('q') ?? '').trim().slice(0, 100),
    diff: params.get('diff') === '1',
  };
}

/** Writes the state as a query string (with `?`), or '' when everything is at its default. */
export function serializeMatrixState(state: MatrixState, options: MatrixOptions): string {
  const defaults = defaultMatrixState(options);
  const params = new URLSearchParams();
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(state.meshes, defaults.meshes)) params.set('m', state.meshes.join(','));
  if (!same([...state.categories].sort(), [...defaults.categories].sort())) {
    params.set('cat', options.categoryIds.filter((c) => state.categories.includes(c)).join(','));
  }
  if (state.q) params.set('q', state.q);
  if (state.diff) params.set('diff', '1');
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

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
