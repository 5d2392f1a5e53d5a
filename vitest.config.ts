import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/results/unit.json' },
  },
});
