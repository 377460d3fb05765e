/** The sources page: every source with who wrote it and when, a vendor mark, and the pages that cite it. */
import { citationsBySource } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { dated } from './shared';

export function sourcesView(atlas: AtlasData) {
  const citations = citationsBySource(atlas);
  const sources = [...atlas.sources].sort(
    (a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.data.title.localeCompare(b.data.title),
  );
  return {
    count: sources.length,
    vendorCount: sources.filter((s) => s.data.vendorOf.length > 0).length,
    sources: sources.map(({ id, data }) => ({
      id,
      url: data.url,
      title: data.title,
      vendorOf: data.vendorOf,
      publisher: data.publisher,
      author: data.author,
      affiliation: data.affiliation,
      date: data.date ? dated(data.date) : null,
      kind: data.kind,
      appliesTo: data.appliesTo,
      accessed: dated(data.accessed),
      note: data.note,
      /** The mesh and study pages that cite it. */
      citedBy: citations.get(id) ?? [],
    })),
  };
}
