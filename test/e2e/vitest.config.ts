import { defineConfig } from 'vitest/config';

// Real browsers on a 2-core machine: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/results/e2e.json' },
  },
});
