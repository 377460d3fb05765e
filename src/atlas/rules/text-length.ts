import type { Rule } from '../types';
import { eachText, fieldName } from './walk';

/** Names and labels are shown in headers, legends and link text: they stay short. */
export const NAME_LIMITS: Readonly<Record<string, number>> = {
  name: 60,
  shortName: 24,
  title: 160,
  publisher: 80,
  author: 120,
  maintainer: 200,
  licence: 60, // room for an SPDX expression such as "Apache-2.0 AND (GPL-2.0-only OR BSD-2-Clause)"
  variant: 60,
  scenario: 60,
  scenarios: 60,
  aliases: 60,
  affiliation: 160,
  appliesTo: 100,
};
/** Any other text: long enough for a careful paragraph, short enough to read in a cell or card. */
export const TEXT_LIMIT = 1200;

export const textLength: Rule = {
  id: 'text-length',
  description: `Names stay within their limits (${Object.entries(NAME_LIMITS).map(([k, v]) => `${k} ${v}`).join(', ')}); other text within ${TEXT_LIMIT} characters.`,
  check({ atlas, report }) {
    eachText(atlas, (file, path, value) => {
      const limit = NAME_LIMITS[fieldName(path)] ?? TEXT_LIMIT;
      if (value.length > limit) report(file, path, `is ${value.length} characters; at most ${limit}`);
    });
  },
};
