// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/serviceWorker.ts';
import siteUrl, { placeholderSite } from './src/integrations/siteUrl.ts';
import { metaDirectives, scriptSources, styleSources } from './src/lib/security/headers.ts';
import { defaultLocale, locales } from './src/i18n/locales.ts';

/** A sub-path deploy (e.g. a project page) sets BASE_PATH=/osteomove/; absolute URLs use SITE_URL. */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? placeholderSite;

export default defineConfig({
  site,
  base,
  output: 'static',
  // English keeps its addresses; every other language lives under /<locale>/ (src/i18n/locales.ts).
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false } },
  trailingSlash: 'always',
  // Scripts and styles stay files of their own, so the header CSP (public/_headers) needs no hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // For hosts that send no headers: Astro writes the same policy into a <meta> tag on every page.
  security: {
    csp: {
      directives: [...metaDirectives],
      scriptDirective: { resources: scriptSources },
      styleDirective: { resources: styleSources },
    },
  },
  // Pagefind indexes the HTML the other integrations leave behind; the service worker comes after it, as its copy lists the index.
  integrations: [
    mdx(),
    // The same language codes as the pages' hreflang links.
    sitemap({ i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) } }),
    siteUrl(),
    pagefind(),
    serviceWorker({ locales, defaultLocale }),
  ],
  // Shiki colours code with inline styles, which the CSP forbids; the site has no code to colour.
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
