import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/*.test.ts', 'scripts/**/*.test.ts', 'bench/*.test.ts'],
    environment: 'node',
    // Property tests walk thousands of profiles; on a busy 2-core machine that takes seconds.
    testTimeout: 60_000,
  },
});
