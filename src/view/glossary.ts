/**
 * `/glossary/`: every term a reader meets, alphabetically, each with its definition, sources and
 * related terms; and the matcher that links a term's first use in notes on any page.
 */
import { memoize } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { termMatcher, type TermMatcher } from '../domain/glossary';
import { urls } from '../domain/urls';

const entries = (atlas: AtlasData) =>
  [...atlas.glossary].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));

/** Built once per atlas: every page's notes share it. */
export const glossaryMatcher = memoize((atlas: AtlasData): TermMatcher =>
  termMatcher(atlas.glossary.map((g) => ({ id: g.id, term: g.data.term, aliases: g.data.aliases, short: g.data.short }))),
);

export function glossaryPageView(atlas: AtlasData) {
  const names = new Map(atlas.glossary.map((g) => [g.id, g.data.term]));
  const list = entries(atlas).map(({ id, filePath, data }) => ({
    id,
    file: filePath,
    term: data.term,
    aliases: data.aliases.filter((a) => a.toLowerCase() !== data.term.toLowerCase()),
    short: data.short,
    definition: data.definition,
    sources: data.sources,
    related: data.related.flatMap((r) => (names.has(r) ? [{ href: urls.glossaryTerm(r), label: names.get(r)! }] : [])),
  }));
  // A–Z jump links, one per initial that has terms.
  const letters = [...new Set(list.map((e) => e.term[0]!.toUpperCase()))];
  return {
    entries: list,
    letters: letters.map((letter) => ({ letter, href: `#${list.find((e) => e.term[0]!.toUpperCase() === letter)!.id}` })),
    search: { type: 'glossary' as const },
  };
}
