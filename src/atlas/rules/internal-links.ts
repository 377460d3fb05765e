import type { Rule } from '../types';
import { ENTRY_PAGES, headingIdsOf, internalLinkProblem, linkTargets } from '../linkTargets';

export const internalLinks: Rule = {
  id: 'internal-links',
  description: 'Links in MDX bodies to pages of this site name a page the site builds and, with #anchor, an anchor on it.',
  check({ atlas, documents, known, report }) {
    if (documents.length === 0) return;
    const targets = linkTargets(atlas, headingIdsOf(documents), known);
    for (const { collection, id, file, body } of documents) {
      const from = ENTRY_PAGES[collection]?.(id) ?? '/';
      for (const link of body.links) {
        const problem = internalLinkProblem(link.url, from, targets);
        if (problem) report(file, `body (line ${link.line})`, `${link.kind} ${problem}`);
      }
    }
  },
};
