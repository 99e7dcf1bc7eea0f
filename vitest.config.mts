// Unit and integration tests (real SQLite files, real .docx files). Browser end-to-end tests live in
// tests/e2e and run through scripts/test.mjs after the build, not here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
