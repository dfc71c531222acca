import type { AstroIntegration } from 'astro';

/** What astro.config.mjs uses when SITE_URL is unset: a reserved name that no real site answers to. */
export const placeholderSite = 'https://osteomove.example';

const isPlaceholder = (site: string | undefined) => site !== undefined && new URL(site).origin === new URL(placeholderSite).origin;

/**
 * Canonical addresses, Open Graph tags, the sitemap and robots.txt all name SITE_URL. A production
 * build with the placeholder is fine for tests (CI builds one), so it is a warning, not an error:
 * one that whoever deploys the folder cannot miss at the end of the build.
 */
export default function siteUrlIntegration(): AstroIntegration {
  let warn = false;
  return {
    name: 'osteomove-site-url',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        warn = command === 'build' && isPlaceholder(config.site);
      },
      'astro:build:done': ({ logger }) => {
        if (!warn) return;
        logger.warn(
          `SITE_URL is not set, so this build names the placeholder ${placeholderSite} in its canonical addresses, Open Graph tags, sitemap and robots.txt. ` +
            'Do not deploy it: build again with SITE_URL set to the public address, e.g. SITE_URL=https://osteomove.org npm run build.',
        );
      },
    },
  };
}
