import type { Rule } from '../types';
import { allEntries, walkValues } from './walk';

/**
 * Phrases that point at a source without naming it: a reader cannot know what "the seed article" is.
 * Text names a source by its publisher ("Luca Berton's comparison on lucaberton.com") and cites it.
 */
const UNNAMED = /\b(the|a|one|this) seed (article|comparison|table|study)\b|\bthe seed\b|\bone (comparison|article|blog post)\b(?! (on|by|from) )/i;

export const namedSources: Rule = {
  id: 'named-sources',
  description: 'No text refers to a source without naming it ("the seed article", "one comparison"): name the publisher.',
  check({ atlas, report }) {
    for (const { entry } of allEntries(atlas)) {
      walkValues(entry.data, (path, value) => {
        if (typeof value !== 'string') return;
        const match = UNNAMED.exec(value);
        if (match) report(entry.filePath, path, `"${match[0]}" does not say which source; name its publisher and cite it`);
      });
    }
  },
};
