import { defineConfig } from 'vitest/config';

// End-to-end tests on the built extension (npm run test:e2e builds first).
// Real browsers are slow and share the machine: one file at a time, long timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
