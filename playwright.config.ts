import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
// Debian's Chromium when it is there; elsewhere Playwright's own download is the fallback.
import { quietChromiumFlags, systemChromium } from './bench/browser.ts';

const port = Number(process.env.PREVIEW_PORT ?? 4321);
/** Each helper or CI job may test its own build folder (see e2e/support/builtPages.ts). */
const distDir = process.env.DIST_DIR ?? 'dist';

/*
 * The sub-path deploy: `npm run build:base` builds the site for /osteomove/ into dist-base/,
 * and the `base` project runs the main flows against it on its own preview server. Without
 * that build (a quick run against one's own DIST_DIR) the project and its server are left out;
 * `npm test` names the project, so there a missing build fails instead of being skipped.
 */
const basePath = '/osteomove/';
const baseDistDir = process.env.BASE_DIST_DIR ?? 'dist-base';
const basePort = Number(process.env.BASE_PREVIEW_PORT ?? port + 1000);
const hasBaseBuild = existsSync(baseDistDir);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  /*
   * Playwright's default is half the cores: one worker on the 2-core machines `npm test` must
   * finish on within 10 minutes. The tests wait mostly on the browser, so two workers share
   * the cores well (measured here: 4.6 minutes against 5.8 with one).
   */
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // A page's own service worker would answer requests that tests intercept; e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: systemChromium,
      args: quietChromiumFlags,
    },
  },
  projects: [
    { name: 'site', testIgnore: /base-path\.spec\.ts/, use: { ...devices['Desktop Chrome'] } },
    ...(hasBaseBuild
      ? [
          {
            name: 'base',
            testMatch: /base-path\.spec\.ts/,
            // Read by siteOf() in e2e/support/builtPages.ts.
            metadata: { distDir: baseDistDir, basePath },
            use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${basePort}` },
          },
        ]
      : []),
  ],
  /*
   * --ignore-lock: Astro allows one tracked preview server per project (and backgrounds it when
   * it thinks an agent runs it); the tests need one per build, in the foreground, and helpers
   * may run their own at the same time.
   */
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port} --outDir ${distDir} --ignore-lock`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(hasBaseBuild
      ? [
          {
            // astro preview serves under the base of the config, which reads BASE_PATH.
            command: `npx astro preview --host 127.0.0.1 --port ${basePort} --outDir ${baseDistDir} --ignore-lock`,
            env: { BASE_PATH: basePath },
            url: `http://127.0.0.1:${basePort}${basePath}`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
