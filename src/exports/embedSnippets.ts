/** Copy-ready snippets for embedding a chart in wikis and docs, from its artifact URLs. */
import type { ChartSpec } from '../charts/charts';
import type { ChartLinks } from './dataExports';
import { unitAxisLabel } from '../charts/charts';

export interface EmbedSnippet {
  id: 'iframe' | 'markdown' | 'html' | 'confluence';
  label: string;
  short: string;
  code: string;
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function embedSnippets(spec: ChartSpec, links: ChartLinks): EmbedSnippet[] {
  const alt = `${spec.title} (${unitAxisLabel(spec.unit)}). ${spec.conditions}. Source: ${spec.source.publisher}.`;
  return [
    {
      id: 'iframe',
      label: 'Interactive chart (iframe)',
      short: 'iframe',
      code: `<iframe src="${links.embed}" title="${escapeHtml(spec.title)} — Mesh Atlas" width="100%" height="640" style="border:0" loading="lazy"></iframe>`,
    },
    {
      id: 'markdown',
      label: 'Markdown image with link (GitHub, GitLab, Notion)',
      short: 'Markdown',
      code: `[![${alt.replaceAll(']', ')')}](${links.png})](${links.page})`,
    },
    {
      id: 'html',
      label: 'HTML image with link',
      short: 'HTML',
      code: `<a href="${links.page}"><img src="${links.svg}" alt="${escapeHtml(alt)}" width="1200" height="630"></a>`,
    },
    {
      id: 'confluence',
      label: 'Confluence wiki markup',
      short: 'Confluence',
      code: `[!${links.png}|alt="${alt.replaceAll('"', "'").replaceAll('|', '/')}"!|${links.page}]`,
    },
  ];
}
