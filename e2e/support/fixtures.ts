import { test as base, expect } from '@playwright/test';

/**
 * Every test watches the page it drives: a console error or a request to any host other
 * than the preview server fails the test, whatever the test itself checks.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const ownOrigin = new URL(baseURL!).origin;
      page.on('console', (message) => {
        // A not-found page reports its own 404 status as a console error; that one is expected.
        const ownStatus = message.location().url === page.url() && message.text().includes('status of 404');
        if (message.type() === 'error' && !ownStatus) problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const target = new URL(request.url());
        if (!['data:', 'blob:'].includes(target.protocol) && target.origin !== ownOrigin) {
          problems.push(`request to another host: ${request.url()}`);
        }
      });
      await use(problems);
      expect(problems, 'console errors and requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
