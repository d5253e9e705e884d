import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // Builds dist/ once so tests that spawn bin/clausecheck.js run the current sources.
    globalSetup: ['test/cli/global-setup.ts'],
  },
});
