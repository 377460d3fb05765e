/**
 * Linking a glossary term's first use on a page. Pure: the MDX body plugin (build time) and the
 * note component both split text with these functions, so a term is found the same way in both.
 */
export interface GlossaryTermLike {
  id: string;
  term: string;
  aliases: readonly string[];
  short: string;
}

export interface TermMatcher {
  /** Every form of every term, longest first, as whole words, case-insensitive. */
  pattern: RegExp | null;
  byForm: ReadonlyMap<string, GlossaryTermLike>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function termMatcher(terms: readonly GlossaryTermLike[]): TermMatcher {
  const byForm = new Map<string, GlossaryTermLike>();
  for (const term of terms) {
    for (const form of [term.term, ...term.aliases]) {
      const key = form.toLowerCase();
      if (!byForm.has(key)) byForm.set(key, term);
    }
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  // Whole words: not inside a longer word, a hyphenated name, a path or an identifier.
  const pattern = forms.length ? new RegExp(`(?<![\\p{L}\\p{N}_./-])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}_/-]|\\.\\p{L})`, 'giu') : null;
  return { pattern, byForm };
}

export type Segment = { text: string; term?: undefined } | { text: string; term: GlossaryTermLike };

/**
 * `text` split so that the first use of each term not yet in `seen` is its own segment with the
 * term; `seen` gains those terms' ids (a page passes one set to every text it renders).
 */
export function linkFirstUses(text: string, matcher: TermMatcher, seen: Set<string>): Segment[] {
  if (!matcher.pattern) return [{ text }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const term = matcher.byForm.get(match[0].toLowerCase());
    if (!term || seen.has(term.id)) continue;
    seen.add(term.id);
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], term });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments.length ? segments : [{ text }];
}
