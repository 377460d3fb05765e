import type { Rule } from '../types';

export const publishedInPast: Rule = {
  id: 'published-in-past',
  description: 'Publication dates of studies and sources are today or earlier.',
  check({ atlas, today, report }) {
    for (const { filePath, data } of atlas.benchmarks) {
      if (data.date && data.date > today) report(filePath, 'date', `${data.date} is in the future; a study cannot have been published yet`);
    }
    for (const { filePath, data } of atlas.sources) {
      if (data.date && data.date > today) report(filePath, 'date', `${data.date} is in the future; a source cannot have been published yet`);
    }
  },
};
