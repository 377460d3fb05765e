import type { Rule } from '../types';
import { urlProblem } from '../contentPolicy';
import { eachText, fieldName } from './walk';

/** Fields whose value is a URL readers follow. */
const URL_FIELDS = new Set(['url', 'homepage', 'href']);
/** A value that starts like a URL (scheme and colon), whatever field it is in. */
const SCHEME = /^\s*(https?|ftp|javascript|vbscript|data|file|mailto|blob|ws|wss):/i;

export const httpsOnly: Rule = {
  id: 'https-only',
  description: 'Every URL in frontmatter is https (no http:, javascript:, data: or protocol-relative URLs).',
  check({ atlas, report }) {
    eachText(atlas, (file, path, value) => {
      if (URL_FIELDS.has(fieldName(path))) {
        const problem = urlProblem(value, 'link') ?? (/^https:\/\//i.test(value) ? null : `"${value}" is not an https URL`);
        if (problem) report(file, path, problem);
      } else if (SCHEME.test(value) && !/^https:\/\//i.test(value.trim())) {
        report(file, path, `"${value.slice(0, 60)}" is a non-https URL; only https URLs are allowed`);
      }
    });
  },
};
