import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import siteUrl, { placeholderSite } from './siteUrl';

/** Runs the integration's hooks as `astro <command>` would, and returns what it warned. */
async function warningsOf(command: 'build' | 'dev', site: string | undefined): Promise<string[]> {
  const { hooks } = siteUrl();
  const warn = vi.fn();
  const logger = { warn } as unknown as AstroIntegrationLogger;
  type Setup = Parameters<NonNullable<typeof hooks['astro:config:setup']>>[0];
  type Done = Parameters<NonNullable<typeof hooks['astro:build:done']>>[0];
  await hooks['astro:config:setup']!({ command, config: { site }, logger } as unknown as Setup);
  if (command === 'build') await hooks['astro:build:done']!({ logger } as unknown as Done);
  return warn.mock.calls.map(([message]) => String(message));
}

describe('the SITE_URL check', () => {
  it('warns once when a production build keeps the placeholder, and says what to set', async () => {
    const warnings = await warningsOf('build', placeholderSite);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(placeholderSite);
    expect(warnings[0]).toContain('SITE_URL=');
  });

  it('counts the placeholder with a trailing slash as the placeholder', async () => {
    expect(await warningsOf('build', `${placeholderSite}/`)).toHaveLength(1);
  });

  it('stays quiet for a real address and for the dev server', async () => {
    expect(await warningsOf('build', 'https://osteomove.org')).toEqual([]);
    expect(await warningsOf('dev', placeholderSite)).toEqual([]);
  });
});
