/**
 * The Atom feed, read by real parsers: fast-xml-parser checks it is well-formed XML and gives its
 * tree, on which the tests check what RFC 4287 requires of a feed and its entries; and
 * @rowanmanning/feed-parser, a feed reader's parser, must read it as Atom with every entry.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { allChanges, changeBatches } from '../../../src/atlas/history';
import { buildChangesFeed, xmlEscape } from '../../../src/exports/atom';
import { atlasFrom, clone, raw, sourceFile } from '../fixtures';

const SITE = 'https://atlas.example.net/';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'author', 'id', 'title', 'updated'].includes(name) });

type Node = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'object' && value !== null ? String((value as Node)['#text'] ?? '') : String(value));
const links = (node: Node) => (node['link'] as Node[] | undefined) ?? [];
const isAbsolute = (iri: string) => /^[a-z][a-z0-9+.-]*:/i.test(iri) && !iri.startsWith('javascript:');

/** What RFC 4287 requires of a feed document, as a list of failures (empty when it conforms). */
function atomProblems(xml: string): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed: ${JSON.stringify(valid)}`];
  const doc = parser.parse(xml) as Node;
  const feed = doc['feed'] as Node | undefined;
  if (!feed) return ['no atom:feed root'];
  const problems: string[] = [];
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('feed is not in the Atom namespace');
  const one = (node: Node, name: string, where: string) => {
    const list = (node[name] as unknown[] | undefined) ?? [];
    if (list.length !== 1) problems.push(`${where} has ${list.length} atom:${name}, needs exactly one`);
    return list[0];
  };
  const checkCommon = (node: Node, where: string) => {
    const id = text(one(node, 'id', where));
    if (!isAbsolute(id)) problems.push(`${where} id "${id}" is not an absolute IRI`);
    one(node, 'title', where);
    const updated = text(one(node, 'updated', where));
    if (!RFC3339.test(updated)) problems.push(`${where} updated "${updated}" is not an RFC 3339 date-time`);
    for (const link of links(node)) {
      const href = String(link['@href'] ?? '');
      if (!isAbsolute(href)) problems.push(`${where} link "${href}" is not absolute`);
    }
    const alternates = links(node).filter((l) => (l['@rel'] ?? 'alternate') === 'alternate');
    if (new Set(alternates.map((l) => `${l['@type']}|${l['@hreflang']}`)).size !== alternates.length) problems.push(`${where} has two alternate links of one type`);
    return id;
  };
  checkCommon(feed, 'feed');
  if (!links(feed).some((l) => l['@rel'] === 'self')) problems.push('feed has no rel="self" link (RFC 4287 says it SHOULD)');
  // An empty element parses as '' (and ''.link is a String method): read it as an element with nothing in it.
  const entries = ((feed['entry'] as unknown[] | undefined) ?? []).map((e) => (typeof e === 'object' && e !== null ? (e as Node) : {}));
  const feedHasAuthor = ((feed['author'] as Node[] | undefined) ?? []).some((a) => a['name']);
  const ids = entries.map((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = checkCommon(entry, where);
    if (!feedHasAuthor && !entry['author']) problems.push(`${where} has no author and the feed has none`);
    if (!entry['content'] && !links(entry).some((l) => (l['@rel'] ?? 'alternate') === 'alternate')) problems.push(`${where} has neither content nor an alternate link`);
    return id;
  });
  if (new Set(ids).size !== ids.length) problems.push('two entries share an id');
  return problems;
}

describe('the changes feed of the real content', () => {
  const { atlas } = loadContent('content');
  const xml = buildChangesFeed(atlas, SITE);

  it('conforms to RFC 4287 as a real XML parser reads it', () => {
    expect(atomProblems(xml)).toStrictEqual([]);
  });

  it('has one entry per dated batch, newest first, and a feed reader reads them all', () => {
    const { dated } = changeBatches(allChanges(atlas));
    expect(dated.length).toBeGreaterThan(0);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.map((item) => item.id)).toStrictEqual(dated.map((b) => `${SITE}changes/#changes-${b.date}`));
    expect(feed.items.map((item) => item.url)).toStrictEqual(dated.map((b) => `${SITE}changes/#changes-${b.date}`));
    expect(feed.items.map((item) => item.updated?.toISOString().slice(0, 10))).toStrictEqual(dated.map((b) => b.date));
    expect(feed.url).toBe(`${SITE}changes/`);
    expect(feed.self).toBe(`${SITE}changes.xml`);
    // Every change of a batch is in its entry, linked to its cell by absolute URL.
    const first = dated[0]!;
    for (const { feature, mesh } of first.changes) expect(feed.items[0]!.content).toContain(`${SITE}features/${feature.id}/#${feature.id}-${mesh.id}`);
  });
});

describe('the changes feed', () => {
  it('escapes what the content says, so text never becomes markup', () => {
    const c = clone();
    c.sources.push(sourceFile({ id: 'odd', publisher: 'A & B <Labs>', url: 'https://example.org/odd?a=1&b=2' }));
    raw(c.meshes[0]!).support.mtls.history = [
      { kind: 'review', date: '2026-01-10', field: 'note', reason: 'Said "<script>alert(1)</script>" & more.', sources: ['odd'] },
    ];
    const xml = buildChangesFeed(atlasFrom(c), SITE);
    expect(atomProblems(xml)).toStrictEqual([]);
    expect(xml).not.toContain('<script>');
    // The entry's HTML, once the XML parser has undone one level of escaping: the text is still escaped in it.
    const content = text(((parser.parse(xml) as Node)['feed'] as Node)['entry'] && (((parser.parse(xml) as Node)['feed'] as Node)['entry'] as Node[])[0]!['content']);
    expect(content).toContain('&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; more.');
    expect(content).toContain('href="https://example.org/odd?a=1&amp;b=2"');
    expect(content).toContain('A &amp; B &lt;Labs&gt;');
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('is a valid empty feed, dated by the data, when nothing has a dated change', () => {
    const xml = buildChangesFeed(atlasFrom(clone()), SITE);
    expect(atomProblems(xml)).toStrictEqual([]);
    expect(parseFeed(xml).items).toStrictEqual([]);
    expect(xml).toContain('<updated>2026-01-15T00:00:00Z</updated>');
  });

  it('titles an entry with its count, day and meshes', () => {
    const c = clone();
    const entry = { kind: 'review', date: '2026-01-10', field: 'note', reason: 'Reworded the note.', sources: ['docs-a'] };
    raw(c.meshes[0]!).support.mtls.history = [entry];
    raw(c.meshes[0]!).support.retries.history = [entry];
    raw(c.meshes[1]!).support.mtls.history = [entry];
    expect(parseFeed(buildChangesFeed(atlasFrom(c), SITE)).items.map((i) => i.title)).toStrictEqual(['3 changes on 10 Jan 2026: Mesh A, No mesh']);
    raw(c.meshes[0]!).support.retries.history = [];
    raw(c.meshes[1]!).support.mtls.history = [];
    expect(parseFeed(buildChangesFeed(atlasFrom(c), SITE)).items.map((i) => i.title)).toStrictEqual(['1 change on 10 Jan 2026: Mesh A']);
  });

  it('fails the RFC 4287 checks for the faults they look for', () => {
    const good = buildChangesFeed(atlasFrom(clone()), SITE);
    expect(atomProblems(good.replace('<id>', '<id>x').replace(`${SITE}changes/</id>`, 'relative/</id>'))[0]).toMatch(/is not an absolute IRI/);
    expect(atomProblems(good.replace(/<updated>[^<]*<\/updated>/, '<updated>1 Dec 2026</updated>'))).toStrictEqual(['feed updated "1 Dec 2026" is not an RFC 3339 date-time']);
    expect(atomProblems(good.replace('</feed>', '<entry></entry></feed>')).length).toBeGreaterThan(2);
    expect(atomProblems(good.replace('<author><name>Mesh Atlas</name></author>', ''))).toStrictEqual([]);
    expect(atomProblems('<feed><id>')[0]).toMatch(/^not well-formed/);
  });
});
