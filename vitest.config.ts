import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // Builds dist/ once so tests that spawn bin/clausecheck.js run the current sources.
    globalSetup: ['test/cli/global-setup.ts'],
    // One fast-check seed for the whole suite (PROPERTY_SEED, else a fixed default): the same cases on the same code.
    setupFiles: ['test/helpers/property-seed.ts'],
  },
});
