/** Linking a glossary term's first use: the matcher, the note splitter, the MDX plugin and the page. */
import { describe, expect, it } from 'vitest';
import { linkFirstUses, termMatcher } from '../../../src/domain/glossary';
import { contentMdxProcessor } from '../../../src/atlas/node/mdxProcessor';
import { readGlossaryTerms } from '../../../src/atlas/node/glossaryTerms';
import { glossaryPageView } from '../../../src/view/glossary';
import { loadContent } from '../../../src/atlas/node/contentFiles';

const TERMS = [
  { id: 'waypoint', term: 'Waypoint proxy', aliases: ['waypoint', 'waypoints'], short: 'An Envoy for L7.' },
  { id: 'mtls', term: 'mTLS', aliases: ['mutual TLS'], short: 'Both sides prove identity.' },
  { id: 'l7', term: 'L7', aliases: [], short: 'Application layer.' },
];
const matcher = termMatcher(TERMS);
const linked = (segments: ReturnType<typeof linkFirstUses>) => segments.flatMap((s) => (s.term ? [`${s.text}→${s.term.id}`] : []));

describe('linkFirstUses', () => {
  it('links the first use of each term, whatever its case or form, and keeps every character', () => {
    const text = 'Waypoints apply L7 policy; a waypoint proxy and Mutual TLS, then mTLS again.';
    const segments = linkFirstUses(text, matcher, new Set());
    expect(segments.map((s) => s.text).join('')).toBe(text);
    // The longest form wins ("waypoint proxy" over "waypoint"); the second use of a term stays text.
    expect(linked(segments)).toEqual(['Waypoints→waypoint', 'L7→l7', 'Mutual TLS→mtls']);
  });

  it('links nothing twice on a page: the set carries over from one text to the next', () => {
    const seen = new Set<string>();
    expect(linked(linkFirstUses('A waypoint.', matcher, seen))).toEqual(['waypoint→waypoint']);
    expect(linked(linkFirstUses('Another waypoint and mTLS.', matcher, seen))).toEqual(['mTLS→mtls']);
    expect([...seen].sort()).toEqual(['mtls', 'waypoint']);
  });

  it('matches whole words only: not inside identifiers, labels, paths or longer words', () => {
    const text = 'istio.io/use-waypoint, mtls-strict, waypointed, L7s, prewaypoint, waypoint.yaml';
    expect(linked(linkFirstUses(text, matcher, new Set()))).toEqual([]);
    expect(linked(linkFirstUses('(waypoint)', matcher, new Set()))).toEqual(['waypoint→waypoint']);
    expect(linked(linkFirstUses('Ends with a waypoint.', matcher, new Set()))).toEqual(['waypoint→waypoint']);
  });

  it('treats regular-expression characters in a term as text', () => {
    const special = termMatcher([{ id: 'c', term: 'C++ (Envoy)', aliases: [], short: 's' }]);
    expect(linked(linkFirstUses('Written in C++ (Envoy) here', special, new Set()))).toEqual(['C++ (Envoy)→c']);
    expect(linked(linkFirstUses('Written in C (Envoy)', special, new Set()))).toEqual([]);
  });

  it('prefers the longest form where two start at the same place, and gives a shared form to the first term', () => {
    const segments = linkFirstUses('A waypoint proxy here.', matcher, new Set());
    expect(segments).toEqual([{ text: 'A ' }, { text: 'waypoint proxy', term: TERMS[0] }, { text: ' here.' }]);
    const shared = termMatcher([{ id: 'a', term: 'Alpha', aliases: ['shared'], short: 's' }, { id: 'b', term: 'Beta', aliases: ['Shared'], short: 's' }]);
    expect(linked(linkFirstUses('shared', shared, new Set()))).toEqual(['shared→a']);
  });

  it('leaves no empty segment when a term opens or closes the text', () => {
    expect(linkFirstUses('mTLS', matcher, new Set())).toEqual([{ text: 'mTLS', term: TERMS[1] }]);
    expect(linkFirstUses('mTLS, L7', matcher, new Set())).toEqual([{ text: 'mTLS', term: TERMS[1] }, { text: ', ' }, { text: 'L7', term: TERMS[2] }]);
  });

  it('returns the text whole when there are no terms or no matches', () => {
    expect(linkFirstUses('Anything', termMatcher([]), new Set())).toEqual([{ text: 'Anything' }]);
    expect(linkFirstUses('Nothing here', matcher, new Set())).toEqual([{ text: 'Nothing here' }]);
    expect(linkFirstUses('', matcher, new Set())).toEqual([{ text: '' }]);
  });
});

describe('glossary links in MDX bodies', () => {
  async function render(source: string, terms = TERMS): Promise<string> {
    const renderer = await contentMdxProcessor(terms).createMdxRenderer!(
      { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true } as never,
      { optimize: false } as never,
    );
    const result = await renderer.process(source, '/virtual/terms.mdx', {});
    return typeof result === 'string' ? result : (result as { code: string }).code;
  }

  it('links the first use in running text, never in headings, links or code', async () => {
    const code = await render('## Waypoint basics\n\nSee [the waypoint docs](/x/) and `waypoint`. A waypoint adds L7; a second waypoint does not link.\n');
    expect(code.match(/\/glossary\/#waypoint/g)).toHaveLength(1);
    expect(code.match(/\/glossary\/#l7/g)).toHaveLength(1);
    expect(code).toContain('"Waypoint basics"');
    expect(code).toContain('title: "An Envoy for L7."');
  });

  it('leaves a body alone when the glossary is empty', async () => {
    expect(await render('A waypoint.\n', [])).not.toContain('/glossary/');
  });
});

describe('the glossary on the real content', () => {
  const atlas = loadContent('content').atlas;
  it('lists every entry alphabetically with its sources, and links related entries that exist', () => {
    const view = glossaryPageView(atlas);
    expect(view.entries.length).toBe(atlas.glossary.length);
    const terms = view.entries.map((e) => e.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    for (const entry of view.entries) {
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const related of entry.related) expect(view.entries.some((e) => `/glossary/#${e.id}` === related.href)).toBe(true);
    }
    expect(view.letters.map((l) => l.letter)).toEqual([...new Set(terms.map((t) => t[0]!.toUpperCase()))]);
  });

  it('gives the build the same terms the atlas has', () => {
    expect(readGlossaryTerms('content').map((t) => t.id).sort()).toEqual(atlas.glossary.map((g) => g.id).sort());
    expect(readGlossaryTerms('no-such-folder')).toEqual([]);
  });
});
