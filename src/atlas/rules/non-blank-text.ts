import type { Rule } from '../types';
import { allEntries, walkValues } from './walk';

export const nonBlankText: Rule = {
  id: 'non-blank-text',
  description: 'No text field is blank or only white space, and none starts or ends with white space.',
  check({ atlas, report }) {
    for (const { entry } of allEntries(atlas)) {
      walkValues(entry.data, (path, value) => {
        if (typeof value !== 'string') return;
        if (value.trim() === '') report(entry.filePath, path, value ? `is only white space (${value.length} characters)` : 'is empty');
        else if (value.trim() !== value && !value.endsWith('\n')) report(entry.filePath, path, 'starts or ends with white space');
      });
    }
  },
};
