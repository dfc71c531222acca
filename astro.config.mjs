// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

/** A sub-path deploy (e.g. a project page) sets BASE_PATH=/osteomove/; absolute URLs use SITE_URL. */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://osteomove.example';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
