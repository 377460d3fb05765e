import type { Rule } from '../types';
import { authorAttributeProblem, authorElementProblem, urlProblem } from '../contentPolicy';

export const bodySafety: Rule = {
  id: 'body-safety',
  description:
    'MDX bodies contain no imports, exports or {expressions}, only allowed HTML elements and attributes (no event handlers, no styles), https or on-site links, and images on this site.',
  check({ documents, report }) {
    for (const { file, body } of documents) {
      for (const { kind, line } of body.code) {
        report(file, `body (line ${line})`, kind === 'esm' ? 'import/export statements run code at build time and are not allowed in content' : '{…} expressions run code at build time and are not allowed in content; write the text, or escape the brace as \\{');
      }
      for (const element of body.elements) {
        const field = `body (line ${element.line})`;
        const problem = authorElementProblem(element.name);
        if (problem) {
          report(file, field, problem);
          continue;
        }
        for (const { name, value } of element.attributes) {
          const attributeProblem = authorAttributeProblem(name, value);
          if (attributeProblem) report(file, field, `<${element.name}> ${attributeProblem}`);
        }
      }
      for (const link of body.links) {
        const problem = urlProblem(link.url, link.kind === 'image' ? 'resource' : 'link');
        if (problem) report(file, `body (line ${link.line})`, `${link.kind} ${problem}`);
      }
    }
  },
};
