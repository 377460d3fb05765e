/**
 * The search page's URL (`/search/?q=retry&type=feature&mesh=Cilium`) and its state. Apart from
 * ./urls (which re-exports it) so that the search launcher in every page's header ships these few
 * lines, not every URL builder of the site.
 */

/** The search page's query and filters; an empty string is "any". */
export interface SearchState {
  q: string;
  type: string;
  mesh: string;
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { q: params.get('q') ?? '', type: params.get('type') ?? '', mesh: params.get('mesh') ?? '' };
}

/** Writes the state as a query string (with `?`), leaving out empty fields; '' when all are empty. */
export function serializeSearchState(state: Partial<SearchState>): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type) params.set('type', state.type);
  if (state.mesh) params.set('mesh', state.mesh);
  return params.size ? `?${params}` : '';
}

/** The search page, with a query when given. */
export const searchPath = (state: Partial<SearchState> = {}): string => `/search/${serializeSearchState(state)}`;
