// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/atlas/node/contentCheckIntegration.ts';
import { contentMdxProcessor } from './src/atlas/node/mdxProcessor.ts';
import { readGlossaryTerms } from './src/atlas/node/glossaryTerms.ts';
import { urls } from './src/domain/urls.ts';

// The public origin the site is deployed at; canonical URLs, the sitemap and exports use it.
const site = process.env.MESH_ATLAS_SITE ?? 'https://mesh-atlas.example.org';

// The content checker runs first; from the validated meshes it also sets the redirects of every
// comparison's reverse URL to the canonical one (and lists them, for the sitemap to leave out).
const contentDir = process.env.MESH_ATLAS_CONTENT ?? './content';
const checked = contentCheck(contentDir);

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    // First: the content checker (the same as `npm run validate`) stops the build on bad content,
    // naming file and field, before Astro reads any of it.
    checked,
    // MDX bodies are rendered by Astro's default compiler (Sätteri) with one extra hast plugin that
    // strips anything the content policy forbids: a second layer behind the checker.
    // It also links each glossary term's first use in a body to its entry on /glossary/.
    mdx({ processor: contentMdxProcessor(readGlossaryTerms(contentDir)) }),
    sitemap({ filter: (page) => !page.includes(urls.embeds()) && !checked.redirected.has(new URL(page).pathname) }),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Never inline scripts: the Content Security Policy allows scripts from this origin only.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // MDX content modules carry Astro's "use astro:head-inject" marker, which the bundler
        // reports on every build although Astro handles it; keep the log for real warnings.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
