import type { CollectionKey, Rule } from '../integrity';
import { internalLinkProblem, linkTargets, type HeadingIds } from '../linkTargets';
import { urls } from '../urls';

/** The page an MDX body is rendered on (for its `#anchor` links). */
const PAGE_OF: Partial<Record<CollectionKey, (id: string) => string>> = {
  meshes: urls.mesh,
  benchmarks: urls.study,
  guides: urls.guide,
};

export const internalLinks: Rule = {
  id: 'internal-links',
  description: 'Links in MDX bodies to pages of this site name a page the site builds and, with #anchor, an anchor on it.',
  check({ atlas, documents, known, report }) {
    if (documents.length === 0) return;
    const headings: HeadingIds = {};
    for (const { collection, id, body } of documents) {
      const map = (headings[collection] ??= new Map()) as Map<string, readonly string[]>;
      map.set(id, body.headingIds);
    }
    const targets = linkTargets(atlas, headings, known);
    for (const { collection, id, file, body } of documents) {
      const from = PAGE_OF[collection]?.(id) ?? '/';
      for (const link of body.links) {
        const problem = internalLinkProblem(link.url, from, targets);
        if (problem) report(file, `body (line ${link.line})`, `${link.kind} ${problem}`);
      }
    }
  },
};
