/** The search page: what search covers (with links) and the choices of its type and mesh filters. */
import { sortedMeshes } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { urls } from '../domain/urls';

/** Page types the index is filtered by (`data-pagefind-filter="type"`, set by BaseLayout's `search`). */
export const SEARCH_TYPES = [
  ['', 'Everything'],
  ['mesh', 'Mesh profiles'],
  ['feature', 'Features'],
  ['comparison', 'Comparisons'],
  ['benchmark', 'Benchmark studies'],
  ['guide', 'Guides'],
  ['lifecycle', 'Releases and support'],
  ['conformance', 'Conformance reports'],
  ['glossary', 'Glossary'],
] as const;

/** The type a page is indexed under. */
export type SearchType = Exclude<(typeof SEARCH_TYPES)[number][0], ''>;

export function searchView(atlas: AtlasData) {
  return {
    links: {
      meshes: urls.meshes(),
      features: urls.features(),
      compare: urls.compare(),
      benchmarks: urls.benchmarks(),
      guides: urls.guides(),
      lifecycle: urls.lifecycle(),
      conformance: urls.conformance(),
      glossary: urls.glossary(),
    },
    types: SEARCH_TYPES,
    /** The mesh filter's choices: short names, as pages are tagged. */
    meshes: sortedMeshes(atlas).map((m) => m.data.shortName),
  };
}
