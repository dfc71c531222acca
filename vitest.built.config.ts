import { defineConfig } from 'vitest/config';

/*
 * Checks that only read the built HTML: they run after `npm run build` over every page of
 * `dist/` (or DIST_DIR) with an HTML parser, far quicker than loading each page in a browser.
 */
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
