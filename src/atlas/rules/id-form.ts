import type { Rule } from '../types';
import { KEBAB_ID } from '../../schemas/common';
import { allEntries } from './walk';

export const idForm: Rule = {
  id: 'id-form',
  description: 'File names are lowercase-kebab: they become the id, the URL and the anchor.',
  check({ atlas, report }) {
    for (const { collection, entry } of allEntries(atlas)) {
      // A source computed from a conformance report lives in the report's file; its id is built kebab.
      if (!entry.filePath.split(/[\\/]/).includes(collection)) continue;
      const stem = (entry.filePath.split(/[\\/]/).pop() ?? entry.filePath).replace(/\.[^.]+$/, '');
      if (!KEBAB_ID.test(stem)) report(entry.filePath, 'id', `file name "${stem}" must be lowercase-kebab (it becomes the id and the URL)`);
    }
  },
};
