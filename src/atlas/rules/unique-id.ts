import type { Rule } from '../types';
import { allEntries } from './walk';

export const uniqueId: Rule = {
  id: 'unique-id',
  description: 'No two files of a collection have the same id.',
  check({ atlas, report }) {
    const seen = new Map<string, string>();
    for (const { collection, entry } of allEntries(atlas)) {
      const key = `${collection}/${entry.id}`;
      const previous = seen.get(key);
      if (previous) report(entry.filePath, 'id', `id "${entry.id}" is already used by ${previous} in ${collection}`);
      else seen.set(key, entry.filePath);
    }
  },
};
