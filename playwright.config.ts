import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/*
 * Browsers cannot be downloaded on every machine, so Debian's Chromium is used when it is
 * there (CHROMIUM_PATH overrides); elsewhere Playwright's own download is the fallback.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.PREVIEW_PORT ?? 4321);
/** Each helper or CI job may test its own build folder (see e2e/support/builtPages.ts). */
const distDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'site', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port} --outDir ${distDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
