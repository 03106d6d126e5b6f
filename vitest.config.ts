import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so the crx plugin stays out of the tests.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30000,
  },
});
