/**
 * The processor Astro renders MDX bodies with: its default, Sätteri, plus the sanitizer as a hast
 * plugin (the second layer behind the content checker). `astro.config.mjs` uses this, and the unit
 * tests render hostile bodies through it. Build time only.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeContent } from '../sanitizeHast';
import { glossaryLinks } from '../glossaryLinks';
import type { GlossaryTermLike } from '../../domain/glossary';

/** With `glossary`, the first use of each term in a body links to its glossary entry (after sanitizing). */
export const contentMdxProcessor = (glossary: readonly GlossaryTermLike[] = []) =>
  satteri({ hastPlugins: glossary.length ? [sanitizeContent, glossaryLinks(glossary)] : [sanitizeContent] });
