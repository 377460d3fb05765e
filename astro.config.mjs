// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

// The public origin the site is deployed at; canonical URLs and exports use it.
const site = process.env.MESH_ATLAS_SITE ?? 'https://mesh-atlas.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
