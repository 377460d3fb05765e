/**
 * The processor Astro renders MDX bodies with: its default, Sätteri, plus the sanitizer as a hast
 * plugin (the second layer behind the content checker). `astro.config.mjs` uses this, and the unit
 * tests render hostile bodies through it. Build time only.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeContent } from '../sanitizeHast';

export const contentMdxProcessor = () => satteri({ hastPlugins: [sanitizeContent] });
