// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

// The public origin the site is deployed at; canonical URLs, the sitemap and exports use it.
const site = process.env.MESH_ATLAS_SITE ?? 'https://mesh-atlas.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') })],
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
