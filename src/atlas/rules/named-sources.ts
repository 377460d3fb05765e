import type { Rule } from '../types';
import { eachText } from './walk';

/**
 * Phrases that point at a source without naming it — by the role it played in our research, or as
 * an anonymous comparison or article: a reader cannot tell which source is meant. Text names a source
 * by its publisher ("Luca Berton's comparison on lucaberton.com") and cites it.
 */
const UNNAMED = /\b(the|a|one|this) seed (article|comparison|table|study)\b|\bthe seed\b|\bone (comparison|article|blog post)\b(?! (on|by|from) )/i;

export const namedSources: Rule = {
  id: 'named-sources',
  description: 'No text refers to a source without naming it (by its role in our research, or as an anonymous comparison): name the publisher.',
  check({ atlas, report }) {
    eachText(atlas, (file, path, text) => {
      const match = UNNAMED.exec(text);
      if (match) report(file, path, `"${match[0]}" does not say which source; name its publisher and cite it`);
    });
  },
};
