/** The glossary's terms read from disk for the build's MDX plugin (which runs before Astro loads content). Node-only. */
import type { GlossaryTermLike } from '../../domain/glossary';
import { readCollection } from './contentFiles';

export function readGlossaryTerms(contentDir: string): GlossaryTermLike[] {
  return readCollection(contentDir, 'glossary').map(({ id, data }) => ({ id, term: data.term, aliases: data.aliases, short: data.short }));
}
