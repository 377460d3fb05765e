import type { Rule } from '../types';
import { eachText } from './walk';

export const nonBlankText: Rule = {
  id: 'non-blank-text',
  description: 'No text field is blank or only white space, and none starts or ends with white space.',
  check({ atlas, report }) {
    eachText(atlas, (file, path, value) => {
      if (value.trim() === '') report(file, path, value ? `is only white space (${value.length} characters)` : 'is empty');
      else if (value.trim() !== value && !value.endsWith('\n')) report(file, path, 'starts or ends with white space');
    });
  },
};
