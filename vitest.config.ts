import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // end-to-end tests spawn the CLI over every fixture; correctness, not speed, is tested here
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
