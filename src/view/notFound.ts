/** The 404 page: the places a mistyped link most likely meant. */
import { sortedMeshes } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { urls } from '../domain/urls';
import type { Link } from './shared';

export function notFoundView(atlas: AtlasData): { links: Link[] } {
  return {
    links: [
      { href: urls.home(), label: 'Overview' },
      ...sortedMeshes(atlas).map((m) => ({ href: urls.mesh(m.id), label: m.data.name })),
      { href: urls.benchmarks(), label: 'Benchmark studies' },
      { href: urls.sources(), label: 'Sources' },
    ],
  };
}
