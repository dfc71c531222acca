import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** Debian's Chromium where it is (CHROMIUM_PATH overrides): browsers cannot be downloaded on every machine. */
export const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** No updates, syncing or first-run pages of Chromium's own, so a test or a measurement sees only the site. */
export const quietChromiumFlags = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Chromium as the browser tests run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: systemChromium, args: quietChromiumFlags });
}
