import { defineConfig } from 'vitest/config';

/**
 * `npm run test:robustness`: hostile pages, bad files and faults (issue 6).
 * Files are named *.spec.ts(x) so the plain `npm test` (which takes
 * test/**\/*.test.ts) never starts browsers. The global setup builds the
 * extension into artifacts/robustness/dist (apart from dist/, which other
 * runs rebuild); the table reporter prints the figures the tests counted.
 * Set ISNAD_LONG=1 for the long loops (100 worker kills, 100,000 articles,
 * 30 s of growing page).
 */
export default defineConfig({
  test: {
    include: ['test/robustness/**/*.spec.ts', 'test/robustness/**/*.spec.tsx', 'test/store/schema-upgrade.test.ts'],
    environment: 'node',
    globalSetup: ['test/robustness/harness/global-setup.ts'],
    // Real browsers and long-task measurements share two cores: one file at a time.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ['default', './test/robustness/harness/table-reporter.ts'],
  },
});
