// Browser end-to-end tests: Debian's Chromium driven by playwright-core against browser mode
// (the built renderer served by `cli serve` on a temporary database). Run after `npm run build`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
