import type { Rule } from '../types';

export const glossary: Rule = {
  id: 'glossary',
  description: 'Glossary entries name related entries that exist (not themselves), and no spelling of a term (its name or an alias) belongs to two entries.',
  check({ atlas, report }) {
    const ids = new Set(atlas.glossary.map((g) => g.id));
    const owner = new Map<string, string>();
    for (const { id, filePath, data } of atlas.glossary) {
      data.related.forEach((related, index) => {
        if (related === id) report(filePath, `related[${index}]`, 'an entry cannot be related to itself');
        else if (!ids.has(related)) report(filePath, `related[${index}]`, `"${related}" is not a glossary entry`);
      });
      const forms: [string, string][] = [['term', data.term], ...data.aliases.map((alias, index): [string, string] => [`aliases[${index}]`, alias])];
      const own = new Set<string>();
      for (const [field, form] of forms) {
        const key = form.toLowerCase();
        const first = owner.get(key);
        if (first && !own.has(key)) report(filePath, field, `"${form}" is already a spelling of ${first}: a word can link to one entry only`);
        else if (!first) owner.set(key, filePath);
        own.add(key);
      }
    }
  },
};
