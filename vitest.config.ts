import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests start the real command in child processes.
    testTimeout: 30_000,
  },
});
