/**
 * `/changes.xml`: the changes as an Atom feed (RFC 4287). One entry per dated batch of changes (a
 * day), its id the absolute URL of that day on `/changes/` — stable, since a day's anchor never
 * changes — and every link absolute. Undated release changes are on the page, not in the feed.
 */
import type { AtlasData } from '../atlas/types';
import { allChanges, changeBatches, type CellChange } from '../atlas/history';
import { dataReviewedDate, sourceById } from '../atlas/queries';
import { changeLine } from '../domain/history';
import { formatDate } from '../domain/format';
import { urls } from '../domain/urls';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Escapes text for XML character data and attribute values. */
export const xmlEscape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
/** Escapes text for HTML (inside an Atom `type="html"` element it is escaped once more). */
const htmlEscape = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

const timestamp = (date: string) => `${date}T00:00:00Z`;

/** The names of the meshes a batch touches, in order of first appearance. */
const meshNames = (changes: readonly CellChange[]) => [...new Set(changes.map((c) => c.mesh.data.shortName))];

/** Builds the feed; `site` is the public origin every link is made absolute against. */
export function buildChangesFeed(atlas: AtlasData, site: URL | string): string {
  const at = (path: string) => new URL(path, site).href;
  const { dated } = changeBatches(allChanges(atlas));
  // A feed with no dated change yet still needs an updated date: the data's own review date.
  const updated = dated[0]?.date ?? dataReviewedDate(atlas) ?? '1970-01-01';
  const entries = dated.map(({ date, changes }) => {
    const count = `${changes.length} change${changes.length === 1 ? '' : 's'}`;
    const title = `${count} on ${formatDate(date)}: ${meshNames(changes).join(', ')}`;
    const items = changes.map(({ mesh, feature, entry }) => {
      const sources = entry.sources
        .map((ref) => {
          const { data } = sourceById(atlas, ref.id);
          return `<a href="${htmlEscape(data.url)}">${htmlEscape(data.publisher)}</a>`;
        })
        .join(', ');
      return (
        `<li><a href="${htmlEscape(at(urls.featureCell(feature.id, mesh.id)))}">${htmlEscape(`${feature.data.name} — ${mesh.data.shortName}`)}</a>: ` +
        `${htmlEscape(changeLine(entry))}. ${htmlEscape(entry.reason)} (per ${sources})</li>`
      );
    });
    return [
      '  <entry>',
      `    <id>${xmlEscape(at(urls.changeBatch(date)))}</id>`,
      `    <title>${xmlEscape(title)}</title>`,
      `    <updated>${timestamp(date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(at(urls.changeBatch(date)))}"/>`,
      `    <content type="html">${xmlEscape(`<ul>${items.join('')}</ul>`)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(at(urls.changes()))}</id>`,
    '  <title>Mesh Atlas: changes to the support matrix</title>',
    '  <subtitle>Every recorded change to a support cell, one entry per day, with its reason and source.</subtitle>',
    `  <updated>${timestamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(at(urls.changesFeed()))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(at(urls.changes()))}"/>`,
    '  <author><name>Mesh Atlas</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
